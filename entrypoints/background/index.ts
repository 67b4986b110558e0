// Opens Gloss's panel for the current tab (Chrome side panel, Firefox sidebar), reads tabs for
// the panel and runs sync when it is on (./sync.ts). Messages are dispatched through a table of named handlers; each validates its input
// and checks who sent it: only Gloss's own pages may ask to read a tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import {
  BACKGROUND_CONTRACT,
  CONTENT_CONTRACT,
  MessageError,
  createSender,
  dispatch,
  notify,
  PONG,
  type BackgroundCalls,
  type Handlers,
  type ReadTabResponse,
} from '../../lib/messages';
import { HIGHLIGHT_COLORS, DEFAULT_COLOR, type HighlightColor } from '../../lib/model';
import { createPendingQueue } from '../../lib/pendingQueue';
import { isRestrictedUrl } from '../../lib/url';
import { installSync } from './sync';

type Sender = Browser.runtime.MessageSender;

const CONTENT_SCRIPT = '/content-scripts/page.js';

/** Colours of highlights drawn on the page (CSS Custom Highlight API: no DOM change). */
const PAGE_HIGHLIGHT_BACKGROUND: Record<HighlightColor, string> = {
  yellow: 'rgba(255, 208, 0, 0.45)',
  green: 'rgba(80, 200, 120, 0.40)',
  blue: 'rgba(90, 160, 255, 0.40)',
  pink: 'rgba(255, 120, 180, 0.40)',
  purple: 'rgba(170, 120, 255, 0.40)',
};
const PAGE_HIGHLIGHT_CSS = HIGHLIGHT_COLORS.map((c) => `::highlight(gloss-${c}) { background-color: ${PAGE_HIGHLIGHT_BACKGROUND[c]}; }`).join('\n');

/** Typed calls to a tab's content script (lib/messages: the answer is validated too). */
const contentOf = (tabId: number) => createSender(CONTENT_CONTRACT, (message) => browser.tabs.sendMessage(tabId, message));
const toPanels = (message: unknown) => browser.runtime.sendMessage(message);

/** Selections annotated on pages, waiting for a panel (lib/pendingQueue: one owner, taken once). */
const pending = createPendingQueue(browser.storage.session as unknown as Parameters<typeof createPendingQueue>[0]);

/** Whether Gloss's content script answers in the tab's current document. */
async function contentScriptAnswers(tabId: number): Promise<boolean> {
  try {
    return (await contentOf(tabId)('gloss/ping', {})) === PONG;
  } catch {
    return false; // no receiver: not injected in this document (yet)
  }
}

/** Injections under way, per tab: two reads of a tab at once must not inject the script twice. */
const injecting = new Map<number, Promise<void>>();

/**
 * Injects the content script (and the page highlight styles) once per document. Asks the script
 * itself rather than looking at the page: a page element with id="__glossContent" is a property of
 * `window` too, and made the old probe believe the script was there, so Gloss never read that page.
 */
async function ensureContentScript(tabId: number): Promise<void> {
  const running = injecting.get(tabId);
  if (running) return running;
  const work = (async () => {
    if (await contentScriptAnswers(tabId)) return;
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    await browser.scripting.insertCSS({ target: { tabId }, css: PAGE_HIGHLIGHT_CSS }).catch(() => undefined);
  })();
  injecting.set(tabId, work);
  try {
    await work;
  } finally {
    injecting.delete(tabId);
  }
}

/** True for messages from Gloss's own extension pages (panel, library), not from content scripts. */
function fromExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

async function readTab(tabId: number): Promise<ReadTabResponse> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  if (tab.url && isRestrictedUrl(tab.url)) {
    return { ok: false, reason: 'restricted', url: tab.url };
  }
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    const restricted = /cannot be scripted|extensions gallery|chrome:\/\/|about:|restricted|Missing host permission.*(chrome|about)/i.test(text);
    return restricted
      ? { ok: false, reason: 'restricted', url: tab.url }
      : { ok: false, reason: 'no-access', url: tab.url };
  }
  try {
    return { ok: true, snapshot: await contentOf(tabId)('gloss/snapshot', {}) };
  } catch (error) {
    if (error instanceof MessageError && error.reason === 'bad-answer') return { ok: false, reason: 'unreadable-answer', url: tab.url };
    const cause = error instanceof MessageError ? error.cause : error;
    return { ok: false, reason: 'error', detail: String((cause as Error)?.message ?? cause), url: tab.url };
  }
}

/** Opens the panel from a user gesture (toolbar button, shortcut). Must not await before opening. */
function openPanel(tab: Browser.tabs.Tab | undefined) {
  if (!tab?.id) return;
  const opened = browser.sidePanel
    ? browser.sidePanel.open({ windowId: tab.windowId })
    : (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  // The click granted activeTab for this tab: tell an already open panel to read it again.
  void Promise.resolve(opened)
    .catch(() => undefined)
    .then(() => notify(toPanels, 'gloss/invoked', { tabId: tab.id! }));
}

/**
 * Annotates what the user selected on the page (context menu, shortcut): opens the panel at once
 * (this must happen inside the user gesture), then captures the selection with its context and
 * queues it for the panel, which places it in the article text and stores it.
 */
async function annotateSelection(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (!tab?.id) return false;
  const tabId = tab.id;
  openPanel(tab);
  try {
    await ensureContentScript(tabId);
    const { selection } = await contentOf(tabId)('gloss/capture-selection', {});
    if (!selection) return false;
    await pending.add(tabId, selection, DEFAULT_COLOR);
    await notify(toPanels, 'gloss/pending', { tabId });
    return true;
  } catch {
    return false;
  }
}

const handlers: Handlers<BackgroundCalls, Sender> = {
  'gloss/read-tab': ({ tabId }) => readTab(tabId),
  'gloss/open-panel': async ({ tabId }) => {
    openPanel(await browser.tabs.get(tabId));
    return { ok: true };
  },
  'gloss/take-pending': ({ tabId }) => pending.take(tabId),
};

export default defineBackground(() => {
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  browser.action.onClicked.addListener((tab) => openPanel(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-gloss') openPanel(tab);
    if (command === 'highlight-selection') void annotateSelection(tab);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'gloss-highlight', title: browser.i18n.getMessage('menuHighlight'), contexts: ['selection'] });
    browser.contextMenus.create({ id: 'gloss-library', title: browser.i18n.getMessage('openLibrary'), contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'gloss-highlight') void annotateSelection(tab);
    if (info.menuItemId === 'gloss-library') void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    // Only Gloss's own pages may call the background (content scripts only send notices to panels).
    if (!fromExtensionPage(sender)) return undefined;
    return dispatch(BACKGROUND_CONTRACT, handlers, raw, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void pending.drop(tabId));
  installSync();

  // Test-only build (`wxt build --mode e2e`): WebDriver BiDi cannot navigate to moz-extension://
  // pages, so the Firefox suite gets an extension page by having the extension open one itself.
  if (import.meta.env.MODE === 'e2e') {
    // Test-only: tests cannot click a context menu; they call the same function it calls.
    (globalThis as unknown as { glossTest: unknown }).glossTest = {
      annotateSelection: async (tabId: number) => annotateSelection(await browser.tabs.get(tabId)),
    };
  }
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?e2e=harness'), active: false });
    });
  }
});
