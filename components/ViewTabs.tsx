// Switches the panel between the article and its Sources and Figures lists.
import { useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from './i18n';

export type PanelView = 'article' | 'sources' | 'figures' | 'notes';

interface Props {
  view: PanelView;
  counts: { sources: number; figures: number; notes: number };
  onChange: (view: PanelView) => void;
}

const VIEWS: Array<{ view: PanelView; label: MessageKey }> = [
  { view: 'article', label: 'tabArticle' },
  { view: 'sources', label: 'tabSources' },
  { view: 'figures', label: 'tabFigures' },
  { view: 'notes', label: 'tabNotes' },
];

export function ViewTabs({ view, counts, onChange }: Props) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = (i + step + VIEWS.length) % VIEWS.length;
    refs.current[next]?.focus();
    onChange(VIEWS[next].view);
  };
  return (
    <div className="view-tabs" role="tablist" aria-label={t('viewTabsLabel')}>
      {VIEWS.map((v, i) => (
        <button
          key={v.view}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${v.view}`}
          aria-controls={`view-${v.view}`}
          aria-selected={view === v.view}
          tabIndex={view === v.view ? 0 : -1}
          data-testid={`tab-${v.view}`}
          onClick={() => onChange(v.view)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(v.label)}
          {v.view !== 'article' && <span className="tab-count">{counts[v.view]}</span>}
        </button>
      ))}
    </div>
  );
}
