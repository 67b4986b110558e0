// The library as the panel shows it: saved articles, newest first, each readable offline.
import { t } from './i18n';
import { formatDate } from './ReaderView';

export interface SavedItem {
  id: string;
  title: string;
  siteName: string | null;
  savedAt: number;
}

interface Props {
  items: SavedItem[] | undefined;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
  onOpenLibrary: () => void;
}

export function SavedList({ items, onOpen, onRemove, onOpenLibrary }: Props) {
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('savedListTitle')}</h2>
      <p>
        <button type="button" className="button" data-testid="open-library" onClick={onOpenLibrary}>{t('openLibrary')}</button>
      </p>
      {items && items.length === 0 && <p className="state-reason">{t('savedListEmpty')}</p>}
      <ul data-testid="saved-list" className="saved-list">
        {items?.map((item) => (
          <li key={item.id} data-testid="saved-item">
            <button type="button" className="saved-open" onClick={() => onOpen(item.id)}>
              <span className="saved-title">{item.title}</span>
              <span className="saved-meta">
                {[item.siteName, formatDate(new Date(item.savedAt).toISOString())].filter(Boolean).join(' · ')}
              </span>
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('removeSavedLabel', item.title)}
              title={t('removeSaved')}
              onClick={() => onRemove(item.id)}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
