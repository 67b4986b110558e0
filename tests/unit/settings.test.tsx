// @vitest-environment jsdom
// The panel's reader settings (entrypoints/sidepanel/useSettings.ts): one copy per page, and writes
// that never put back defaults over stored settings. Before, a change made before the first read
// arrived wrote the defaults over the stored text size and theme, and the toolbar's and the article
// pane's copies could undo each other's change (seen as a flaky theme switch in the Firefox suite).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const KEY = 'gloss:settings';
type Mod = typeof import('../../entrypoints/sidepanel/useSettings');

async function mount(mod: Mod, count: number) {
  const seen: Array<ReturnType<Mod['useSettings']>> = [];
  function Probe({ i }: { i: number }) {
    seen[i] = mod.useSettings();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<>{Array.from({ length: count }, (_, i) => <Probe key={i} i={i} />)}</>));
  return { seen, unmount: () => act(() => root.unmount()) };
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
const stored = async () => (await fakeBrowser.storage.local.get(KEY))[KEY];

describe('reader settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.resetModules();
    await fakeBrowser.storage.local.set({ [KEY]: { theme: 'dark', fontScale: 1.2, showSources: true, showFigures: true, showTableFigures: true } });
  });
  afterEach(() => fakeBrowser.reset());

  it('a change made before the stored settings are read keeps the others', async () => {
    // the first read is slow to arrive (a busy browser): the user clicks before it does
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let first = true;
    fakeBrowser.storage.local.get = (async (...args: Parameters<typeof get>) => {
      if (first) {
        first = false;
        const value = await get(...args);
        await gate;
        return value;
      }
      return get(...args);
    }) as typeof get;
    const mod: Mod = await import('../../entrypoints/sidepanel/useSettings');
    const { seen, unmount } = await mount(mod, 1);
    await act(async () => seen[0][1]({ showSources: false }));
    await settle();
    release();
    await settle();
    expect(seen[0][0]).toEqual({ theme: 'dark', fontScale: 1.2, showSources: false, showFigures: true, showTableFigures: true });
    expect(await stored()).toEqual({ theme: 'dark', fontScale: 1.2, showSources: false, showFigures: true, showTableFigures: true });
    await unmount();
  });

  it('two components changing different settings at once both keep their change', async () => {
    const mod: Mod = await import('../../entrypoints/sidepanel/useSettings');
    const { seen, unmount } = await mount(mod, 2);
    await settle();
    await act(async () => {
      seen[0][1]({ theme: 'light' });
      seen[1][1]({ showFigures: false });
    });
    await settle();
    const want = { theme: 'light', fontScale: 1.2, showSources: true, showFigures: false, showTableFigures: true };
    expect(seen[0][0]).toEqual(want);
    expect(seen[1][0]).toEqual(want);
    expect(await stored()).toEqual(want);
    await unmount();
  });

  it('a change from another page (storage event) shows here', async () => {
    const mod: Mod = await import('../../entrypoints/sidepanel/useSettings');
    const { seen, unmount } = await mount(mod, 1);
    await settle();
    await act(async () => {
      await fakeBrowser.storage.local.set({ [KEY]: { theme: 'light', fontScale: 1.5 } });
    });
    await settle();
    expect(seen[0][0]).toMatchObject({ theme: 'light', fontScale: 1.5 });
    await unmount();
  });
});
