// Reader preferences (theme, text size, which highlights show), kept in extension storage so every
// panel shares them and they survive a restart.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export type { Theme } from '../../components/types';
import type { Theme } from '../../components/types';
export interface Settings {
  theme: Theme;
  fontScale: number;
  /** The Sources and Figures switches of the legend. */
  showSources: boolean;
  showFigures: boolean;
  /** Figures in tables: listed always, marked in the reader only when asked (a table would be a wall of marks). */
  showTableFigures: boolean;
}

const KEY = 'gloss:settings';
const DEFAULTS: Settings = { theme: 'auto', fontScale: 1, showSources: true, showFigures: true, showTableFigures: false };
export const FONT_SCALES = [0.85, 0.93, 1, 1.1, 1.2, 1.35, 1.5];

function parseSettings(v: unknown): Settings {
  const s = (typeof v === 'object' && v) ? (v as Partial<Settings>) : {};
  return {
    theme: s.theme === 'light' || s.theme === 'dark' ? s.theme : 'auto',
    fontScale: typeof s.fontScale === 'number' && FONT_SCALES.includes(s.fontScale) ? s.fontScale : 1,
    showSources: typeof s.showSources === 'boolean' ? s.showSources : DEFAULTS.showSources,
    showFigures: typeof s.showFigures === 'boolean' ? s.showFigures : DEFAULTS.showFigures,
    showTableFigures: typeof s.showTableFigures === 'boolean' ? s.showTableFigures : DEFAULTS.showTableFigures,
  };
}

export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  useEffect(() => {
    void browser.storage.local.get(KEY).then((got) => setSettings(parseSettings(got[KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[KEY]) setSettings(parseSettings(changes[KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      void browser.storage.local.set({ [KEY]: next });
      return next;
    });
  }, []);
  return [settings, update] as const;
}
