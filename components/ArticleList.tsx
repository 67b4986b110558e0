// The library's articles: title, site, dates and counts, each opening in the reader from its
// saved copy; its highlights (quote, note, tags) loaded and shown under it on demand. Virtualised
// (@tanstack/react-virtual): only the rows on screen are in the DOM, whatever the library's size.
// In a team library each highlight says whose it is, and the author filter narrows them too.
// A new set of rows (a search's result) is drawn in as little time as can be, the user waiting on
// it: the rows flow in the list (placed after the space of the rows above them), so none has to be
// measured before it is painted — the ResizeObserver measures them after the browser's own layout,
// instead of a forced layout in React's commit — and the rows off screen are added once it is idle.
import { memo, useEffect, useRef, useState } from 'react';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { authorOf } from '../lib/authors';
import type { AnnotationRecord, ArticleSummary } from '../lib/db';
import { MiniMarkdown } from './MiniMarkdown';
import { authorLine } from './authorText';
import { formatDate } from './ReaderView';
import { t, tn } from './i18n';

interface Props {
  rows: ArticleSummary[];
  snippets?: Map<string, string>;
  loadAnnotations: (articleId: string) => Promise<AnnotationRecord[]>;
  /** Team libraries: the sync user, and the author the filter keeps (null: any). Absent: no authors shown. */
  authors?: { me: string | null; only: string | null };
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
}

/** A collapsed row's height before it is measured (px); rows are measured once on screen. */
const ROW_ESTIMATE = 110;
/** Rows rendered beyond each edge of the viewport, so a fast scroll shows no blank. */
const OVERSCAN = 8;
/** Rows beyond each edge when a new set is first shown (the user waits for it; the rest follow when idle). */
const FIRST_FRAME_OVERSCAN = 1;

/**
 * A row's height: the ResizeObserver's when it reports one, otherwise the one known (or the
 * estimate) — never read from the DOM in the commit, which would force a layout before the paint.
 */
function rowHeight(el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  return v.measurementsCache[v.indexFromElement(el)]?.size ?? ROW_ESTIMATE;
}

/** Longest wait (ms) for an idle moment before the rows off screen are added anyway. */
const OFFSCREEN_DEADLINE = 200;

/**
 * Whether these rows may have their full overscan: false from the commit that first shows them
 * until the page is idle after that frame, so the rows off screen are rendered after the ones the
 * user waits for have been painted — not in the task right after it, ahead of whatever is next.
 */
function useOffscreenReady(rows: unknown): boolean {
  const [ready, setReady] = useState<unknown>(null);
  useEffect(() => {
    if (ready === rows) return;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
    const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
    let handle: number | undefined;
    // A frame callback runs before that frame's paint: ask for the idle moment after it from there.
    const frame = requestAnimationFrame(() => {
      handle = idle(() => setReady(rows), { timeout: OFFSCREEN_DEADLINE });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (handle !== undefined) cancelIdle(handle);
    };
  }, [rows, ready]);
  return ready === rows;
}

/** An expanded article's highlights, narrowed to the filtered author when there is one. */
function byAuthor(annotations: AnnotationRecord[], authors: Props['authors']): AnnotationRecord[] {
  if (!authors || authors.only === null) return annotations;
  const { me, only } = authors;
  return annotations.filter((n) => authorOf(n, me) === only);
}

export const ArticleList = memo(function ArticleList({ rows, snippets, loadAnnotations, authors, onOpen, onRemove }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<{ id: string; annotations: AnnotationRecord[] } | null>(null);
  // Rows are keyed by their place in the list, not by article: a new result set reuses the rows'
  // elements and the heights measured at each place (the ResizeObserver corrects those that differ),
  // instead of recomputing every row's position by id and building every element anew.
  const offscreen = useOffscreenReady(rows);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: offscreen ? OVERSCAN : FIRST_FRAME_OVERSCAN,
    measureElement: rowHeight,
  });
  const items = virtual.getVirtualItems();
  // The rows flow from where the first one starts; the list keeps the whole height for the scrollbar.
  const top = items.length ? items[0].start : 0;
  const toggle = async (id: string) => {
    if (open?.id === id) setOpen(null);
    else setOpen({ id, annotations: await loadAnnotations(id) });
  };
  return (
    <div ref={scroller} className="article-scroller" data-testid="library-scroller">
      <ol className="article-list" data-testid="library-list" style={{ height: virtual.getTotalSize(), paddingTop: top }}>
        {items.map((item) => {
          const a = rows[item.index];
          const expanded = open?.id === a.id;
          return (
            <li
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              className="article-row"
              data-testid="library-item"
              aria-posinset={item.index + 1}
              aria-setsize={rows.length}
            >
              <div className="article-row-head">
                <button type="button" className="article-title link-button" onClick={() => onOpen(a.id)}>{a.title}</button>
                <span className="article-site">{a.site}</span>
              </div>
              <p className="article-meta">
                {a.publishedTime && <span>{formatDate(a.publishedTime)}</span>}
                <span>{t('savedOn', formatDate(new Date(a.savedAt).toISOString()) ?? '')}</span>
                <span data-testid="count-annotations">{tn('countHighlights', a.highlights)}</span>
                {a.textMissing ? (
                  <span data-testid="text-missing">{t('textMissingShort')}</span>
                ) : (
                  <>
                    <span>{a.sources !== null ? tn('countSources', a.sources) : '…'}</span>
                    <span>{a.figures !== null ? tn('countFigures', a.figures) : '…'}</span>
                  </>
                )}
              </p>
              {snippets?.get(a.id) && <p className="article-snippet" data-testid="search-snippet">{snippets.get(a.id)}</p>}
              <div className="entity-actions">
                {a.highlights > 0 && (
                  <button type="button" className="chip" aria-expanded={expanded} onClick={() => void toggle(a.id)}>
                    {expanded ? t('hideHighlights') : t('showHighlights')}
                  </button>
                )}
                <a className="chip" href={a.url} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>
                <button type="button" className="chip danger" onClick={() => onRemove(a.id)}>{t('removeSaved')}</button>
              </div>
              {expanded && (
                <ul className="entity-list">
                  {byAuthor(open.annotations, authors).map((n) => (
                    <li key={n.id} className={`annotation color-${n.color}`} data-testid="library-annotation">
                      <blockquote className="annotation-quote">{n.selectors[0].exact}</blockquote>
                      {authors && (
                        <p className="hint annotation-author" data-testid="annotation-author">
                          {authorLine(authorOf(n, authors.me), authors.me)}
                        </p>
                      )}
                      {n.note && <MiniMarkdown source={n.note} />}
                      {n.tags.length > 0 && (
                        <ul className="tag-chips">{n.tags.map((tag) => <li key={tag} className="tag-chip">{tag}</li>)}</ul>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
