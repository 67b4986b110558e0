// The reader's text selection and its keys. It tracks what is selected in the article body (as
// offsets of the article text, and where to put the selection toolbar), and while something is
// selected it turns the toolbar's keys (h, 1–5, n, t, c; Enter when re-attaching) into actions.
//
// One selection makes at most one annotation: `take()` uses the selection up — it is cleared and
// remembered as taken at once, in the same event, before anything is written — so a second key
// press (or a double click) finds nothing to annotate, and a new selection made while a write runs
// is never cleared by it. Keys typed into an editor (note, tags) never reach these shortcuts: they
// are ignored when their target is a text field, and the caller opens its editor within the same
// key event (see ArticlePane), so the very next key already lands in the editor.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { actionForKey, type SelectionAction } from '../../components/SelectionToolbar';
import { selectionOffsets } from '../../components/selection';

export interface ReaderSelection {
  start: number;
  end: number;
  text: string;
  /** Where the selection toolbar goes, relative to the pane (below the selection). */
  top: number;
  left: number;
}

/** The selection toolbar's width (px): it is kept inside the pane. */
const TOOLBAR_WIDTH = 300;
/** Gap between the selection and the toolbar under it (px). */
const TOOLBAR_GAP = 6;

interface Options {
  pane: RefObject<HTMLElement | null>;
  body: RefObject<HTMLElement | null>;
  /** A toolbar key was pressed on a selection (called inside the key event). */
  onAction: (action: SelectionAction, selection: ReaderSelection) => void;
  /** Enter on a selection while re-attaching; when set, the other keys do nothing. */
  onConfirm?: (selection: ReaderSelection) => void;
}

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export function useReaderSelection({ pane, body, onAction, onConfirm }: Options) {
  const [selected, setSelected] = useState<ReaderSelection | null>(null);
  const taken = useRef<ReaderSelection | null>(null);

  /** Reads the document selection (after a mouse up or a selecting key). */
  const read = useCallback(() => {
    const root = body.current;
    const box = pane.current;
    const sel = document.getSelection();
    if (!root || !box || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      setSelected(null);
      return;
    }
    const range = sel.getRangeAt(0);
    const offsets = selectionOffsets(root, range);
    if (!offsets) {
      setSelected(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    const paneBox = box.getBoundingClientRect();
    const left = Math.max(0, Math.min(rect.left - paneBox.left, paneBox.width - TOOLBAR_WIDTH));
    setSelected({ ...offsets, top: rect.bottom - paneBox.top + TOOLBAR_GAP, left });
  }, [body, pane]);

  /**
   * Uses the selection up: returns it once, then null. The document selection and the toolbar go
   * at once; a write that follows can neither repeat it nor clear a selection made meanwhile.
   */
  const take = useCallback((): ReaderSelection | null => {
    if (!selected || taken.current === selected) return null;
    taken.current = selected;
    document.getSelection()?.removeAllRanges();
    setSelected(null);
    return selected;
  }, [selected]);

  // A selection that collapses (a click elsewhere) closes the toolbar.
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      if (!sel || sel.isCollapsed) setSelected(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  // The toolbar's keys, while there is a selection. A layout effect: it is attached in the same
  // commit that shows the toolbar, not after the next paint, so a key pressed as soon as the toolbar
  // appears is never lost (a passive effect left a gap in which the key found no listener).
  useLayoutEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      if (taken.current === selected) return; // already used: this key is not for it
      if (onConfirm) {
        if (e.key === 'Enter') {
          e.preventDefault();
          onConfirm(selected);
        }
        return;
      }
      const action = actionForKey(e.key);
      if (!action) return;
      e.preventDefault();
      onAction(action, selected);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, onAction, onConfirm]);

  return {
    selected,
    take,
    /** Handlers for the element around the reader: where selections end. */
    watch: {
      onMouseUp: () => setTimeout(read, 0), // the selection is final once the mouse up is handled
      onKeyUp: (e: { shiftKey: boolean; key: string }) => {
        if (e.shiftKey || e.key.startsWith('Arrow')) read();
      },
    },
  };
}
