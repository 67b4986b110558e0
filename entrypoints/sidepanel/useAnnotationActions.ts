// What the reader's actions do to annotations, with the message each one ends with: a selection
// turned into a highlight (or a highlight with its note or tag editor open), a selection that
// re-attaches a highlight that could not be placed, a delete that can be undone, a copy with a
// citation. The selection is taken (used up) inside the same event as the key or click, and a note
// or tag editor opens in that event too (flushSync), so the next key the reader types lands in it.
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import type { SelectionAction } from '../../components/SelectionToolbar';
import { errorText } from '../../components/errorText';
import { t } from '../../components/i18n';
import type { AnnotationRecord, SavedArticle } from '../../lib/db';
import type { Article } from '../../lib/extract/types';
import { quoteForCopy } from '../../components/citationStyle';
import { DEFAULT_COLOR } from '../../lib/model';
import type { useAnnotations } from './useAnnotations';
import type { ReaderSelection } from './useReaderSelection';

interface Options {
  article: Article | SavedArticle;
  annotations: ReturnType<typeof useAnnotations>;
  say: (text: string, undo?: () => void) => void;
  clear: () => void;
  /** Shows the new annotation with its note or tag editor open (called inside flushSync). */
  openEditor: (kind: 'note' | 'tags', id: string) => void;
}

/** Uses the selection up (null when it was used already): useReaderSelection's `take`. */
export type Take = () => ReaderSelection | null;

export function useAnnotationActions({ article, annotations, say, clear, openEditor }: Options) {
  const copyText = useCallback(
    async (quote: string) => {
      try {
        await navigator.clipboard.writeText(await quoteForCopy(quote, article));
        say(t('copied'));
      } catch {
        say(t('copyFailed'));
      }
    },
    [article, say],
  );

  const fromSelection = useCallback(
    (action: SelectionAction, selection: ReaderSelection, take: Take) => {
      if (action.kind === 'copy') {
        void copyText(selection.text);
        return;
      }
      let made: ReturnType<typeof annotations.create> | null = null;
      flushSync(() => {
        if (!take()) return;
        const created = annotations.create(article, selection.start, selection.end, action.kind === 'highlight' ? action.color : DEFAULT_COLOR);
        if (action.kind !== 'highlight') openEditor(action.kind === 'note' ? 'note' : 'tags', created.id);
        made = created;
      });
      (made as ReturnType<typeof annotations.create> | null)?.written.then(
        () => action.kind === 'highlight' && say(t('highlightSaved')),
        (error) => say(errorText(error)),
      );
    },
    [annotations, article, copyText, say, openEditor],
  );

  const reattach = useCallback(
    async (id: string, selection: ReaderSelection, take: Take) => {
      if (!take()) return false;
      try {
        await annotations.reattach(id, selection.start, selection.end);
        say(t('reattached'));
        return true;
      } catch (error) {
        say(errorText(error));
        return false;
      }
    },
    [annotations, say],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        const removed: AnnotationRecord | undefined = await annotations.remove(id);
        if (removed) say(t('annotationDeleted'), () => void annotations.restore(removed).then(clear, (e) => say(errorText(e))));
      } catch (error) {
        say(errorText(error));
      }
    },
    [annotations, say, clear],
  );

  return { copyText, fromSelection, reattach, remove };
}
