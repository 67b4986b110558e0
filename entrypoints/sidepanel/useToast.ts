// The panel's one-line status message ("Highlight saved", "Copied"), with an optional Undo. It
// stays long enough to be read, longer when it offers Undo, and a newer message replaces it.
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a message stays (ms): long enough to read a short sentence; Undo needs time to reach. */
const TOAST_MS = 2500;
const UNDO_TOAST_MS = 8000;

export interface Toast {
  text: string;
  undo?: () => void;
}

export function useToast() {
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const say = useCallback((text: string, undo?: () => void) => {
    clearTimeout(timer.current);
    setToast({ text, undo });
    timer.current = setTimeout(() => setToast(null), undo ? UNDO_TOAST_MS : TOAST_MS);
  }, []);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    setToast(null);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { toast, say, clear };
}
