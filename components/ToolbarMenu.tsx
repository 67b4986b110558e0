// What does not fit on a narrow panel's toolbar row (text size and theme; on the narrowest panels
// the library too), behind one button. A disclosure rather than an ARIA menu: its items are ordinary
// buttons in the tab order. Esc or a click outside closes it, Esc handing focus back to the button;
// an item marked data-closes-menu closes it when used.
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  children: ReactNode;
}

export function ToolbarMenu({ label, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Attached in the commit that shows the menu (a layout effect), so an Escape or a click outside
  // right after it opens is never missed.
  useLayoutEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="toolbar-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        data-testid="toolbar-menu"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div
        id={id}
        className="toolbar-menu-panel"
        role="group"
        aria-label={label}
        data-testid="toolbar-menu-panel"
        hidden={!open}
        onClick={(e) => {
          if ((e.target as Element).closest('[data-closes-menu]')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
