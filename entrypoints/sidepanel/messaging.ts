// The panel's typed ends of the message contract (lib/messages): calls to the background and to a
// tab's content script, each request and answer checked by the compiler and validated at run time.
import { browser } from 'wxt/browser';
import { BACKGROUND_CONTRACT, CONTENT_CONTRACT, createSender } from '../../lib/messages';

export const toBackground = createSender(BACKGROUND_CONTRACT, (message) => browser.runtime.sendMessage(message));

export const toPage = (tabId: number) => createSender(CONTENT_CONTRACT, (message) => browser.tabs.sendMessage(tabId, message));
