// Opens Gloss's panel for the current tab (Chrome side panel, Firefox sidebar) and reads tabs for
// the panel. Messages are dispatched through a table of named handlers; each validates its input
// and checks who sent it: only Gloss's own pages may ask to read a tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import {
  parseCapturedSelection,
  parseContentMessage,
  parsePanelMessage,
  parseSnapshot,
  PENDING_ANNOTATIONS_KEY as PENDING_KEY,
  PONG,
  type PanelToBackground,
  type ReadTabResponse,
} from '../lib/messages';
import { isRestrictedUrl } from '../lib/url';

type Sender = Browser.runtime.MessageSender;

const CONTENT_SCRIPT = '/content-scripts/page.js';

/** Colours of highlights drawn on the page (CSS Custom Highlight API: no DOM change). */
const PAGE_HIGHLIGHT_CSS = [
  ['yellow', 'rgba(255, 208, 0, 0.45)'],
  ['green', 'rgba(80, 200, 120, 0.40)'],
  ['blue', 'rgba(90, 160, 255, 0.40)'],
  ['pink', 'rgba(255, 120, 180, 0.40)'],
  ['purple', 'rgba(170, 120, 255, 0.40)'],
].map(([c, bg]) => `::highlight(gloss-${c}) { background-color: ${bg}; }`).join('\n');

/** Whether Gloss's content script answers in the tab's current document. */
async function contentScriptAnswers(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'gloss/ping' })) === PONG;
  } catch {
    return false; // no receiver: not injected in this document (yet)
  }
}

/**
 * Injects the content script (and the page highlight styles) once per document. Asks the script
 * itself rather than looking at the page: a page element with id="__glossContent" is a property of
 * `window` too, and made the old probe believe the script was there, so Gloss never read that page.
 */
async function ensureContentScript(tabId: number): Promise<void> {
  if (await contentScriptAnswers(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  await browser.scripting.insertCSS({ target: { tabId }, css: PAGE_HIGHLIGHT_CSS }).catch(() => undefined);
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
    return { ok: false, reason: 'no-tab', message: 'This tab no longer exists.' };
  }
  if (tab.url && isRestrictedUrl(tab.url)) {
    return { ok: false, reason: 'restricted', message: 'Browsers do not let extensions read this page.', url: tab.url };
  }
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    const restricted = /cannot be scripted|extensions gallery|chrome:\/\/|about:|restricted|Missing host permission.*(chrome|about)/i.test(text);
    return restricted
      ? { ok: false, reason: 'restricted', message: 'Browsers do not let extensions read this page.', url: tab.url }
      : { ok: false, reason: 'no-access', message: 'Gloss may read this page once you click its toolbar button.', url: tab.url };
  }
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'gloss/snapshot' });
    const snapshot = parseSnapshot(answer);
    if (!snapshot) return { ok: false, reason: 'error', message: 'The page sent something Gloss cannot read.', url: tab.url };
    return { ok: true, snapshot };
  } catch (error) {
    return { ok: false, reason: 'error', message: `Gloss could not read this page: ${String((error as Error)?.message ?? error)}`, url: tab.url };
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
    .then(() => browser.runtime.sendMessage({ type: 'gloss/invoked', tabId: tab.id }).catch(() => undefined));
}

/**
 * Annotates what the user selected on the page (context menu, shortcut): opens the panel at once
 * (this must happen inside the user gesture), then captures the selection with its context and
 * leaves it for the panel, which places it in the article text and stores it.
 */
async function annotateSelection(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (!tab?.id) return false;
  openPanel(tab);
  try {
    await ensureContentScript(tab.id);
    const captured = parseCapturedSelection(await browser.tabs.sendMessage(tab.id, { type: 'gloss/capture-selection' }));
    if (!captured) return false;
    const stored = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY];
    const pending = Array.isArray(stored) ? stored : [];
    pending.push({ ...captured, tabId: tab.id, color: 'yellow', at: Date.now() });
    await browser.storage.session.set({ [PENDING_KEY]: pending.slice(-50) });
    await browser.runtime.sendMessage({ type: 'gloss/invoked', tabId: tab.id }).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

type Handlers = {
  [K in PanelToBackground['type']]: (message: Extract<PanelToBackground, { type: K }>) => Promise<unknown>;
};

const handlers: Handlers = {
  'gloss/read-tab': ({ tabId }) => readTab(tabId),
  'gloss/open-panel': async ({ tabId }) => openPanel(await browser.tabs.get(tabId)),
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
    if (parseContentMessage(raw)) return undefined; // page-changed notices are for the panel
    const message = parsePanelMessage(raw);
    if (!message || !fromExtensionPage(sender)) return undefined;
    const handler = handlers[message.type] as (m: PanelToBackground) => Promise<unknown>;
    return handler(message);
  });

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
