// The message contract: every message that crosses a process (page ↔ background ↔ panel) is
// declared here, one union per direction, with a validator for each direction that receives
// messages from a less trusted side. Both ends import these types, so both are type-checked.

/** What the page's content script hands over: its serialized DOM, never anything executable. */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
}

/** Largest serialized page we accept from a content script (characters). */
export const MAX_SNAPSHOT_CHARS = 30_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isHttpUrl = (v: unknown): v is string => {
  if (typeof v !== 'string' || v.length > 8192) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
  } catch {
    return false;
  }
};

// ── extension page (panel) → background ──────────────────────────────────────────────────────
export type PanelToBackground =
  | { type: 'gloss/read-tab'; tabId: number }
  | { type: 'gloss/open-panel'; tabId: number };

export type ReadTabResponse =
  | { ok: true; snapshot: PageSnapshot }
  | { ok: false; reason: 'restricted' | 'no-access' | 'no-tab' | 'error'; message: string; url?: string };

// ── background/panel → content script ────────────────────────────────────────────────────────
/** A highlight to draw on the live page: found there by its quote and context. */
export interface PageHighlight {
  id: string;
  color: string;
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
}

export type ToContent =
  | { type: 'gloss/ping' }
  | { type: 'gloss/snapshot' }
  /** `url`: the page the article was read from; the script draws only on that very document. */
  | { type: 'gloss/highlights'; items: PageHighlight[]; url: string }
  | { type: 'gloss/capture-selection' };

/** What the content script answers to `gloss/ping`: proof that Gloss's own script is there. */
export const PONG = 'gloss/pong';

/**
 * Whether two URLs name the same document (fragments aside). An article's highlights go only to a
 * tab whose own URL is the one the article was read from: a tab that navigated elsewhere, or a page
 * that merely claims the article (a canonical link), gets none of its quotes.
 */
export function sameDocumentUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}

/** storage.session key: selections annotated on a page, waiting for the panel to place them. */
export const PENDING_ANNOTATIONS_KEY = 'gloss:pending-annotations';

/** What the content script answers to `gloss/capture-selection`: the selection with its context. */
export interface CapturedSelection {
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
}

// ── background → panel ──────────────────────────────────────────────────────────────────────
/** The user invoked Gloss on this tab (toolbar button, shortcut): activeTab now lets it be read. */
export type BackgroundToPanel = { type: 'gloss/invoked'; tabId: number };

export function parseBackgroundMessage(msg: unknown): BackgroundToPanel | null {
  if (!isObject(msg)) return null;
  return msg.type === 'gloss/invoked' && isTabId(msg.tabId) ? { type: msg.type, tabId: msg.tabId } : null;
}

// ── content script → extension (untrusted: validate) ─────────────────────────────────────────
export type ContentToExtension = { type: 'gloss/page-changed'; url: string };

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Validates what a content script answered to `gloss/capture-selection`. */
export function parseCapturedSelection(v: unknown): CapturedSelection | null {
  if (!isObject(v)) return null;
  const { url, exact, prefix, suffix } = v;
  if (!isHttpUrl(url) || !isString(exact, 100_000) || !exact.trim() || !isString(prefix, 1000) || !isString(suffix, 1000)) return null;
  return { url, exact, prefix, suffix };
}

export function parsePanelMessage(msg: unknown): PanelToBackground | null {
  if (!isObject(msg)) return null;
  if ((msg.type === 'gloss/read-tab' || msg.type === 'gloss/open-panel') && isTabId(msg.tabId)) {
    return { type: msg.type, tabId: msg.tabId };
  }
  return null;
}

export function parseContentMessage(msg: unknown): ContentToExtension | null {
  if (!isObject(msg)) return null;
  if (msg.type === 'gloss/page-changed' && isHttpUrl(msg.url)) return { type: msg.type, url: msg.url };
  return null;
}

/** Validates what a content script answered to `gloss/snapshot`. */
export function parseSnapshot(v: unknown): PageSnapshot | null {
  if (!isObject(v)) return null;
  const { url, title, html } = v;
  if (!isHttpUrl(url) || typeof title !== 'string' || typeof html !== 'string') return null;
  if (html.length > MAX_SNAPSHOT_CHARS) return null;
  return { url, title: title.slice(0, 2000), html };
}

export function parseReadTabResponse(v: unknown): ReadTabResponse | null {
  if (!isObject(v)) return null;
  if (v.ok === true) {
    const snapshot = parseSnapshot(v.snapshot);
    return snapshot ? { ok: true, snapshot } : null;
  }
  if (v.ok === false && typeof v.message === 'string' &&
      (v.reason === 'restricted' || v.reason === 'no-access' || v.reason === 'no-tab' || v.reason === 'error')) {
    return { ok: false, reason: v.reason, message: v.message, url: typeof v.url === 'string' ? v.url : undefined };
  }
  return null;
}
