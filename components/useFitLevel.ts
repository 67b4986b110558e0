// How compact a row must be to fit its box, measured rather than guessed: the panel is 250 px in
// Firefox's sidebar and a full window elsewhere, labels are twice as long in German as in English,
// and the browser's text size scales everything. A row comes in levels, 0 the fullest; the hook
// renders the fullest level whose content fits on one line, remembers how wide each level needed
// to be, and steps back up when the box grows past that width again.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * @param box     the element whose width is available (its content box)
 * @param content the row inside it, on one line and at least as wide as its content
 *                (`min-width: max-content`), so a row that does not fit is wider than the box
 * @param levels  how many levels there are; the last one is used however narrow the box gets
 * @param key     anything that changes the row's content width (labels, locale): measurements restart
 */
export function useFitLevel(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, levels: number, key: string): number {
  const [level, setLevel] = useState(0);
  const needed = useRef<number[]>([]);
  const levelNow = useRef(level);
  levelNow.current = level;

  const measure = useCallback(() => {
    const outer = box.current;
    const inner = content.current;
    if (!outer || !inner) return;
    const style = getComputedStyle(outer);
    const available = outer.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const current = levelNow.current;
    const width = inner.getBoundingClientRect().width;
    if (width > available + 0.5 && current < levels - 1) {
      needed.current[current] = width;
      setLevel(current + 1);
    } else if (current > 0 && available >= (needed.current[current - 1] ?? 0)) {
      // Unknown (never measured) or known to fit: try the fuller level; it steps back if it does not fit.
      setLevel(current - 1);
    }
  }, [box, content, levels]);

  // After each render (the content may have changed) measure again, before paint, so no flash.
  // New content starts over from the fullest level.
  const measuredKey = useRef(key);
  useLayoutEffect(() => {
    if (measuredKey.current !== key) {
      measuredKey.current = key;
      needed.current = [];
      if (levelNow.current !== 0) {
        setLevel(0);
        return;
      }
    }
    measure();
  });

  // The box resizing, or the row (a level may swap the row's element, hence `level`).
  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => measure());
    if (box.current) observer.observe(box.current);
    if (content.current) observer.observe(content.current);
    return () => observer.disconnect();
  }, [box, content, measure, level]);

  return level;
}
