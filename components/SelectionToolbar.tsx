// The small toolbar that appears over a text selection in the reader: highlight in one of five
// colours, highlight with a note, with tags, or copy the passage with a citation. Each action has a
// key (shown in its tooltip); the keys work while the selection is there.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { COLORS, COLOR_LABEL, type Color } from './colors';
import { t } from './i18n';

export type SelectionAction = { kind: 'highlight'; color: Color } | { kind: 'note' } | { kind: 'tags' } | { kind: 'copy' };

interface Props {
  /** Position relative to the offset parent (below the selection). */
  top: number;
  left: number;
  onAction: (action: SelectionAction) => void;
  /** Reattach mode: a single button that re-attaches an orphaned annotation here. */
  reattachLabel?: string;
  onReattach?: () => void;
}

/** Keyboard: h or 1–5 highlight, n note, t tags, c copy. */
export function actionForKey(key: string): SelectionAction | null {
  if (key === 'h') return { kind: 'highlight', color: 'yellow' };
  const n = Number(key);
  if (Number.isInteger(n) && n >= 1 && n <= COLORS.length) return { kind: 'highlight', color: COLORS[n - 1] };
  if (key === 'n') return { kind: 'note' };
  if (key === 't') return { kind: 'tags' };
  if (key === 'c') return { kind: 'copy' };
  return null;
}

export function SelectionToolbar({ top, left, onAction, reattachLabel, onReattach }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Kept inside its container (the reader's width): a selection near the end of a line on a narrow
  // panel would otherwise push the toolbar past the panel's edge, and the panel would scroll sideways.
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.offsetParent as HTMLElement | null;
    if (el && box) el.style.left = `${Math.max(0, Math.min(left, box.clientWidth - el.offsetWidth))}px`;
  }, [top, left]);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [top, left]);
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('selectionToolbar')}
      data-testid="selection-toolbar"
      style={{ top, left }}
      onMouseDown={(e) => e.preventDefault() /* keep the selection */}
    >
      {reattachLabel && onReattach ? (
        <button type="button" className="chip" data-testid="reattach-here" onClick={onReattach}>{reattachLabel}</button>
      ) : (
        <>
          {COLORS.map((color, i) => (
            <button
              key={color}
              type="button"
              className={`color-button color-${color}`}
              data-testid={`highlight-${color}`}
              aria-label={t(COLOR_LABEL[color])}
              title={t('withKey', t(COLOR_LABEL[color]), String(i + 1))}
              onClick={() => onAction({ kind: 'highlight', color })}
            />
          ))}
          <button type="button" className="chip" data-testid="selection-note" title={t('withKey', t('addNote'), 'n')} onClick={() => onAction({ kind: 'note' })}>
            {t('addNote')}
          </button>
          <button type="button" className="chip" data-testid="selection-tags" title={t('withKey', t('addTags'), 't')} onClick={() => onAction({ kind: 'tags' })}>
            {t('addTags')}
          </button>
          <button type="button" className="chip" data-testid="selection-copy" title={t('withKey', t('copyWithCitation'), 'c')} onClick={() => onAction({ kind: 'copy' })}>
            {t('copy')}
          </button>
        </>
      )}
    </div>
  );
}
