// Opens Gloss's panel for the current tab (Chrome side panel, Firefox sidebar) and reads tabs for
// the panel. Messages are dispatched through a table of named handlers; each validates its input
// and checks who sent it: only Gloss's own pages may ask to read a tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import {
  parseContentMessage,
  parsePanelMessage,
  parseSnapshot,
  type PanelToBackground,
  type ReadTabResponse,
} from '../lib/messages';
import { isRestrictedUrl } from '../lib/url';

type Sender = Browser.runtime.MessageSender;

const CONTENT_SCRIPT = '/content-scripts/page.js';

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
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
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
  if (import.meta.env.MODE === 'e2e' && import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?e2e=harness'), active: false });
    });
  }
});
