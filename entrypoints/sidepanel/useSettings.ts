// Reader preferences (theme, text size, which highlights show), kept in extension storage so every
// panel shares them and they survive a restart.
import { useSyncExternalStore } from 'react';
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

/**
 * One copy of the settings per page, shared by every component that calls useSettings (the toolbar
 * and the article pane each did keep their own, and one's write could undo the other's change).
 * A change shows at once and is written as read-modify-write of the stored object, one write at a
 * time, so it never puts back defaults over settings it has not loaded yet; a change made before
 * the first read arrives is applied on top of what that read finds.
 */
let current: Settings = DEFAULTS;
let loaded = false;
/** Changes made before the first read arrived, re-applied over what it reads. */
let early: Partial<Settings> = {};
let writes: Promise<unknown> = Promise.resolve();
/** Writes not finished: storage events meanwhile are this page's own, older than what it shows. */
let pending = 0;
let started = false;
const listeners = new Set<() => void>();
const publish = (next: Settings) => {
  current = next;
  for (const l of listeners) l();
};

function start() {
  void browser.storage.local.get(KEY).then((got) => {
    loaded = true;
    publish({ ...parseSettings(got[KEY]), ...early });
  });
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY] && pending === 0) {
      loaded = true;
      publish(parseSettings(changes[KEY].newValue));
    }
  });
}

function subscribe(listener: () => void) {
  if (listeners.size === 0 && !started) {
    started = true;
    start();
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function updateSettings(patch: Partial<Settings>) {
  if (!loaded) early = { ...early, ...patch };
  publish({ ...current, ...patch });
  pending++;
  writes = writes
    .then(async () => {
      const next = { ...parseSettings((await browser.storage.local.get(KEY))[KEY]), ...patch };
      await browser.storage.local.set({ [KEY]: next });
      if (pending === 1) publish(next); // the last write: what storage now holds, other pages' changes included
    })
    .catch(() => undefined) // storage unavailable: the change holds for this page
    .finally(() => pending--);
}

export function useSettings() {
  const settings = useSyncExternalStore(subscribe, () => current);
  return [settings, updateSettings] as const;
}
