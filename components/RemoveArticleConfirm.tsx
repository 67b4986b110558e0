// Asks before an article leaves the library, saying what goes with it: its highlights and notes.
// The Remove button names them too, so the one action that deletes a reader's work says so.
import { useEffect, useRef } from 'react';
import { t, tn } from './i18n';

interface Props {
  title: string;
  highlights: number;
  notes: number;
  onRemove: () => void;
  onKeep: () => void;
}

export function RemoveArticleConfirm({ title, highlights, notes, onRemove, onKeep }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="banner banner-warning banner-stack" role="alertdialog" aria-labelledby="remove-question" data-testid="remove-confirm">
      <p id="remove-question">
        {highlights > 0 ? t('removeArticleQuestionWork', title, tn('countHighlights', highlights), tn('countNotes', notes)) : t('removeArticleQuestion', title)}
      </p>
      <p className="entity-actions">
        <button type="button" className="button danger" data-testid="confirm-remove" onClick={onRemove}>
          {highlights > 0 ? t('removeArticleWithWork', tn('countHighlights', highlights), tn('countNotes', notes)) : t('removeArticle')}
        </button>
        <button ref={keep} type="button" className="button" data-testid="keep-article" onClick={onKeep}>{t('keepArticle')}</button>
      </p>
    </div>
  );
}
