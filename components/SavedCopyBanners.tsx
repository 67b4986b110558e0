// What the reader is told about the library's copy of the article above the reader: the page
// changed since it was annotated (with the way to accept the new text), or the copy was imported
// without its text (with the way to restore it from the original).
import { t, tn } from './i18n';

interface ChangedProps {
  placed: number;
  total: number;
  onShowUnplaced: () => void;
  /** "Update the saved copy" (absent where there is no live page to take the text from). */
  onUpdate?: () => void;
  updating: boolean;
}

export function PageChangedBanner({ placed, total, onShowUnplaced, onUpdate, updating }: ChangedProps) {
  return (
    <div className="banner banner-info banner-stack" role="status" data-testid="changed-banner">
      <p>
        {tn('articleChanged', total, placed)}
        {total > placed && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onShowUnplaced}>{tn('articleChangedOrphans', total - placed)}</button>
          </>
        )}
      </p>
      {onUpdate && (
        <p>
          <button type="button" className="button" data-testid="update-saved" disabled={updating} onClick={onUpdate}>
            {t('updateSavedCopy')}
          </button>{' '}
          <span className="hint">{t('updateSavedCopyHint')}</span>
        </p>
      )}
    </div>
  );
}

export function TextMissingBanner({ count, url }: { count: number; url: string }) {
  return (
    <div className="banner banner-info banner-stack" role="status" data-testid="text-missing">
      <p>{tn('textMissing', count)}</p>
      <p>
        <a className="button primary" data-testid="restore-text" href={url} target="_blank" rel="noopener noreferrer">{t('restoreText')}</a>
      </p>
      <p className="hint">{t('restoreTextHint')}</p>
    </div>
  );
}
