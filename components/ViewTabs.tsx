// Switches the panel between the article and its Sources, Figures and Notes lists. The tabs never
// hide: when the four do not fit on one row with their counts beside them, the counts go under
// the labels; when that does not fit either (a 250 px sidebar in German), the tabs become a select.
// The views are tab panels while there are tabs, and labelled regions while there is a select
// (viewPanelProps gives each view the attributes for the layout in use).
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { t, tn, type MessageKey } from './i18n';
import { useElementHeight } from './useElementHeight';
import { useFitLevel } from './useFitLevel';

export type PanelView = 'article' | 'sources' | 'figures' | 'notes';
export type TabsLayout = 'tabs' | 'select';

interface Props {
  view: PanelView;
  /** null while not known yet (the analysis follows the reader's first render): shown as "…", not 0. */
  counts: { sources: number | null; figures: number | null; notes: number };
  onChange: (view: PanelView) => void;
  /** Told when the layout switches between tabs and a select. */
  onLayout?: (layout: TabsLayout) => void;
}

const VIEWS: Array<{ view: PanelView; label: MessageKey }> = [
  { view: 'article', label: 'tabArticle' },
  { view: 'sources', label: 'tabSources' },
  { view: 'figures', label: 'tabFigures' },
  { view: 'notes', label: 'tabNotes' },
];
const LABEL = Object.fromEntries(VIEWS.map((v) => [v.view, v.label])) as Record<PanelView, MessageKey>;

/** Levels: counts beside the labels · counts under them · a select. */
const SELECT = 2;
const LEVELS = 3;

/** The attributes of a view's container for the tabs' layout. */
export function viewPanelProps(view: PanelView, layout: TabsLayout) {
  return layout === 'tabs'
    ? { id: `view-${view}`, role: 'tabpanel', 'aria-labelledby': `tab-${view}` }
    : { id: `view-${view}`, role: 'region', 'aria-label': t(LABEL[view]) };
}

export function ViewTabs({ view, counts, onChange, onLayout }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const row = useRef<HTMLElement | null>(null);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const level = useFitLevel(box, row, LEVELS, `${counts.sources}|${counts.figures}|${counts.notes}`);
  useElementHeight(box, '--tabs-h');
  const layout: TabsLayout = level === SELECT ? 'select' : 'tabs';
  useEffect(() => onLayout?.(layout), [layout, onLayout]);

  const onKey = (e: KeyboardEvent, i: number) => {
    const last = VIEWS.length - 1;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (i + last) % VIEWS.length : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    refs.current[next]?.focus();
    onChange(VIEWS[next].view);
  };

  return (
    <div className="view-tabs" ref={box} data-level={level}>
      {layout === 'select' ? (
        <select
          ref={(el) => {
            row.current = el;
          }}
          className="view-select"
          data-testid="view-select"
          aria-label={t('viewTabsLabel')}
          value={view}
          onChange={(e) => onChange(e.target.value as PanelView)}
        >
          {VIEWS.map((v) => (
            <option key={v.view} value={v.view}>
              {v.view === 'article' ? t(v.label) : counts[v.view] === null ? `${t(v.label)} …` : tn('tabWithCount', counts[v.view]!, t(v.label))}
            </option>
          ))}
        </select>
      ) : (
        <div
          ref={(el) => {
            row.current = el;
          }}
          className="tab-row"
          role="tablist"
          aria-label={t('viewTabsLabel')}
        >
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
              <span className="tab-label">{t(v.label)}</span>
              {v.view !== 'article' && <span className="tab-count">{counts[v.view] ?? '…'}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
