// Removing an article from the library, which deletes the reader's highlights and notes on it: it
// is always asked first, saying how many highlights and notes go (countWork), and it can be undone
// right after. Saving is never the way to it: the toolbar's "Saved" only opens this question.
import { useCallback, useState } from 'react';
import { errorText } from '../../components/errorText';
import { listAnnotations, removeArticle, restoreArticle, type RemovedArticle } from '../../lib/db';
import { countWork } from '../../lib/model';
import { db } from './db';

export interface RemovalQuestion {
  id: string;
  title: string;
  highlights: number;
  notes: number;
}

export function useArticleRemoval(onError: (message: string) => void) {
  const [asking, setAsking] = useState<RemovalQuestion | null>(null);
  const [removed, setRemoved] = useState<RemovedArticle | null>(null);

  const ask = useCallback(
    async (id: string, title: string) => {
      try {
        const work = countWork(await listAnnotations(db, id));
        setAsking({ id, title, ...work });
      } catch (error) {
        onError(errorText(error));
      }
    },
    [onError],
  );

  const confirm = useCallback(async () => {
    if (!asking) return;
    setAsking(null);
    try {
      setRemoved(await removeArticle(db, asking.id));
    } catch (error) {
      onError(errorText(error));
    }
  }, [asking, onError]);

  const undo = useCallback(async () => {
    if (!removed) return;
    try {
      await restoreArticle(db, removed);
      setRemoved(null);
    } catch (error) {
      onError(errorText(error));
    }
  }, [removed, onError]);

  return {
    asking,
    removed,
    ask,
    confirm,
    cancel: useCallback(() => setAsking(null), []),
    undo,
    dismiss: useCallback(() => setRemoved(null), []),
  };
}
