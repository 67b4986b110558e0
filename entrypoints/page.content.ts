// The only code Gloss runs in a web page. It is injected on demand (activeTab + scripting), never
// on every page: it hands the extension the page's serialized DOM and says when a single-page app
// navigates. All parsing and rendering happen in the extension's own pages, away from the page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { PageSnapshot, ToContent } from '../lib/messages';

declare global {
  interface Window {
    __glossContent?: boolean;
  }
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (window.__glossContent) return; // injected again into the same document: one listener is enough
    window.__glossContent = true;

    browser.runtime.onMessage.addListener((message: ToContent, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || message?.type !== 'gloss/snapshot') return;
      const snapshot: PageSnapshot = {
        url: location.href,
        title: document.title,
        html: document.documentElement.outerHTML,
      };
      sendResponse(snapshot);
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      browser.runtime.sendMessage({ type: 'gloss/page-changed', url: newUrl.href }).catch(() => {
        // no panel open: nobody needs to know
      });
    });
  },
});
