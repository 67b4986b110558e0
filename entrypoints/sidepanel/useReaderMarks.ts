// Draws the reader's marks — the user's highlights and the analyzer's sources and figures — over
// the article body, and jumps to one (scroll, focus, flash). The caller decides what is drawn: it
// passes the annotations placed on the text and the source and figure spans (with their ids) to
// mark, so a kind or a subset (say, figures inside tables) can be left out without touching this.
// Redrawing replaces the text nodes under the marks; the user's selection and the focused mark
// are carried across, so a highlight saved a moment ago never takes a new selection with it.
import { useCallback, useRef } from 'react';
import type { FigureSpan, SourceSpan } from '../../lib/analyze/types';
import type { Mention } from '../../components/analysisView';
import { clearMarks, drawMarks, type MarkSpec } from '../../components/marks';
import { keepSelectionAcross } from '../../components/selection';
import { t } from '../../components/i18n';

export interface MarkedAnnotation {
  id: string;
  color: string;
  start: number;
  end: number;
  note: string;
  /** A team member's name when the highlight is theirs (team libraries): dotted, and named in its tooltip. */
  by?: string;
}

export interface ReaderMarks {
  text: string;
  annotations: MarkedAnnotation[];
  sources: Mention<SourceSpan>[];
  figures: Mention<FigureSpan>[];
}

/** Longest note shown in a highlight's tooltip (characters). */
const TITLE_CHARS = 200;
// How many frames a jump waits for its mark to be drawn (table figures are drawn only once shown).
const JUMP_WAIT_FRAMES = 30;

/** A highlight's tooltip: its note (or "Highlight"), after its author's name when it is a team member's. */
function markTitle(a: MarkedAnnotation): string {
  const own = a.note ? a.note.slice(0, TITLE_CHARS) : t('highlight');
  return a.by ? `${t('annotationBy', a.by)}: ${own}` : own;
}

function specsOf({ annotations, sources, figures }: ReaderMarks): MarkSpec[] {
  return [
    ...annotations.map((a) => ({
      start: a.start,
      end: a.end,
      attrs: {
        'data-annotation-id': a.id,
        'data-span-id': a.id,
        class: `user-highlight color-${a.color}${a.by ? ' by-other' : ''}`,
        title: markTitle(a),
        ...(a.by ? { 'data-author': a.by } : {}),
      },
    })),
    ...sources.map(({ id, span }) => ({
      start: span.start,
      end: span.end,
      attrs: { 'data-highlight': 'source', 'data-span-id': id, 'data-kind': span.kind, title: t('sourceMarkTitle', span.name) },
    })),
    ...figures.map(({ id, span }) => ({
      start: span.start,
      end: span.end,
      attrs: { 'data-highlight': 'figure', 'data-span-id': id, 'data-kind': span.kind, title: t('figureMarkTitle', span.text) },
    })),
  ];
}

const signature = (m: ReaderMarks) =>
  [m.text.length, m.annotations.map((a) => `${a.id}:${a.color}:${a.start}:${a.end}:${a.note.length}:${a.by ?? ''}`).join('|'), m.sources.map((s) => s.id + s.span.start).join(','), m.figures.map((f) => f.id + f.span.start).join(',')].join('#');

export function useReaderMarks(marks: ReaderMarks) {
  const byId = useRef(new Map<string, HTMLElement[]>());
  const current = useRef(marks);
  current.current = marks;

  /** Draws every mark into `body` (ReaderView calls it when the body's HTML is in place). */
  const draw = useCallback(
    (body: HTMLElement) => {
      const focusedMark = body.contains(document.activeElement) ? document.activeElement?.closest('mark[data-span-id]') : null;
      const focusedSpan = focusedMark?.getAttribute('data-span-id') ?? null;
      const specs = specsOf(current.current);
      let drawn: HTMLElement[][] | null = null;
      keepSelectionAcross(body, () => {
        clearMarks(body, 'mark[data-highlight], mark[data-annotation-id]');
        drawn = drawMarks(body, specs, current.current.text);
      });
      byId.current = new Map();
      (drawn as HTMLElement[][] | null)?.forEach((list, i) => byId.current.set(specs[i].attrs['data-span-id'], list));
      // A keyboard user on a mark (after a jump) stays on the same span instead of dropping to the page.
      const refocus = focusedSpan ? byId.current.get(focusedSpan)?.[0] : undefined;
      if (refocus) {
        refocus.setAttribute('tabindex', '-1');
        refocus.focus({ preventScroll: true });
      }
    },
    [signature(marks)], // eslint-disable-line react-hooks/exhaustive-deps
  );

  /** Scrolls to a mark, focuses it and flashes it (after the view showing it is visible). */
  const jump = useCallback((id: string) => {
    const reveal = (frames: number) => requestAnimationFrame(() => {
      const list = byId.current.get(id);
      if (!list?.length) {
        if (frames > 0) reveal(frames - 1); // its mark may be drawn on the next render (table figures)
        return;
      }
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      list[0].scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      list[0].setAttribute('tabindex', '-1');
      list[0].focus({ preventScroll: true });
      for (const m of list) {
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation
        m.classList.add('flash');
      }
    });
    reveal(JUMP_WAIT_FRAMES);
  }, []);

  return { draw, jump };
}
