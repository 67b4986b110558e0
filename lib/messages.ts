// The message contract: every message that crosses a process (page ↔ background ↔ panel) is
// declared here. Each receiver has one call map (message type → request and response), and the
// same map types both ends: `createSender(contract, transport)` gives the sender a `send()` whose
// request and answer are checked by the compiler, and `dispatch(contract, handlers, raw)` gives the
// receiver handlers typed by the same map (the pattern of hypothesis/client's port-rpc.ts with
// its call-map types). Every request and every answer is validated at run time as well, because
// content scripts are untrusted and an answer may come from a page that was replaced meanwhile.
// No browser API here: the caller hands in the transport (runtime.sendMessage, tabs.sendMessage).
import { cleanTags, isHighlightColor, type HighlightColor } from './model';

/** What the page's content script hands over: its serialized DOM, never anything executable. */
export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
}

/** Largest serialized page we accept from a content script (characters). */
export const MAX_SNAPSHOT_CHARS = 30_000_000;
/** Most highlights drawn on one page, and the longest note shown there (characters). */
export const MAX_PAGE_HIGHLIGHTS = 5000;
export const MAX_PAGE_NOTE_CHARS = 2000;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isHttpUrl = (v: unknown): v is string => {
  if (typeof v !== 'string' || v.length > 8192) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:';
  } catch {
    return false;
  }
};

// ── the shapes that travel ───────────────────────────────────────────────────────────────────
export type ReadTabFailure = 'restricted' | 'no-access' | 'no-tab' | 'unreadable-answer' | 'error';

export type ReadTabResponse =
  | { ok: true; snapshot: PageSnapshot }
  /** `detail`: the browser's own words for an unexpected failure, shown untranslated. */
  | { ok: false; reason: ReadTabFailure; detail?: string; url?: string };

/** A highlight to draw on the live page: found there by its quote and context, shown with its note. */
export interface PageHighlight {
  id: string;
  color: HighlightColor;
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  /** The note (shortened to MAX_PAGE_NOTE_CHARS) and tags, shown when the reader points at it. */
  note: string;
  tags: string[];
}

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

/** What the content script answers to `gloss/capture-selection`: the selection with its context. */
export interface CapturedSelection {
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A selection annotated on a page, waiting in the background's queue for a panel to place it. */
export interface PendingSelection extends CapturedSelection {
  id: string;
  tabId: number;
  color: HighlightColor;
  /** When it was captured (epoch ms). */
  at: number;
}

// ── call maps: one per receiver ──────────────────────────────────────────────────────────────
interface Call<Request, Response> {
  request: Request;
  response: Response;
}
type NoArgs = Record<string, never>;
/** A map of calls: every entry a Call (the constraint the helpers below put on their map). */
export type CallMap<M> = { [K in keyof M]: Call<object, unknown> };

/** What Gloss's extension pages (panel, library) ask the background. */
export interface BackgroundCalls {
  'gloss/read-tab': Call<{ tabId: number }, ReadTabResponse>;
  'gloss/open-panel': Call<{ tabId: number }, { ok: boolean }>;
  /** Hands over (and removes) the selections annotated on this tab's page: each goes to one panel only. */
  'gloss/take-pending': Call<{ tabId: number }, PendingSelection[]>;
}

/** What the background and the panel ask a page's content script. */
export interface ContentCalls {
  /** Is Gloss's own script in this document? (A page element with id="__glossContent" is not.) */
  'gloss/ping': Call<NoArgs, typeof PONG>;
  'gloss/snapshot': Call<NoArgs, PageSnapshot>;
  /** `url`: the page the article was read from; the script draws only on that very document. */
  'gloss/highlights': Call<{ items: PageHighlight[]; url: string }, { drawn: number }>;
  'gloss/capture-selection': Call<NoArgs, { selection: CapturedSelection | null }>;
}

/** Notices to every Gloss page (no answer). `gloss/page-changed` comes from a content script. */
export interface Notices {
  /** The user invoked Gloss on this tab (toolbar button, shortcut): activeTab now lets it be read. */
  'gloss/invoked': { tabId: number };
  /** A selection on this tab's page waits to be placed (see gloss/take-pending). */
  'gloss/pending': { tabId: number };
  /** A single-page app navigated (from the page: untrusted). */
  'gloss/page-changed': { url: string };
}

export type Message<M extends CallMap<M>, K extends keyof M & string> = { type: K } & M[K]['request'];
export type Notice = { [K in keyof Notices]: { type: K } & Notices[K] }[keyof Notices];

/** Run-time checks for both ends of a map: `undefined` means "not a valid request / answer". */
export type Contract<M extends CallMap<M>> = {
  [K in keyof M & string]: { request: (v: Obj) => M[K]['request'] | undefined; response: (v: unknown) => M[K]['response'] | undefined };
};

// ── validators ───────────────────────────────────────────────────────────────────────────────
const tabIdRequest = (v: Obj) => (isTabId(v.tabId) ? { tabId: v.tabId } : undefined);
const noArgs = (): NoArgs => ({});

/** Validates what a content script answered to `gloss/snapshot`. */
export function parseSnapshot(v: unknown): PageSnapshot | null {
  if (!isObject(v)) return null;
  const { url, title, html } = v;
  if (!isHttpUrl(url) || typeof title !== 'string' || typeof html !== 'string') return null;
  if (html.length > MAX_SNAPSHOT_CHARS) return null;
  return { url, title: title.slice(0, 2000), html };
}

/** Validates a captured selection (from a content script, or read back from the queue). */
export function parseCapturedSelection(v: unknown): CapturedSelection | null {
  if (!isObject(v)) return null;
  const { url, exact, prefix, suffix } = v;
  if (!isHttpUrl(url) || !isString(exact, 100_000) || !exact.trim() || !isString(prefix, 1000) || !isString(suffix, 1000)) return null;
  return { url, exact, prefix, suffix };
}

export function parsePendingSelection(v: unknown): PendingSelection | null {
  const captured = parseCapturedSelection(v);
  if (!captured || !isObject(v) || !isString(v.id, 100) || !isTabId(v.tabId) || !isHighlightColor(v.color)) return null;
  const at = Number.isFinite(v.at) ? (v.at as number) : 0;
  return { ...captured, id: v.id, tabId: v.tabId, color: v.color, at };
}

export function parseReadTabResponse(v: unknown): ReadTabResponse | null {
  if (!isObject(v)) return null;
  if (v.ok === true) {
    const snapshot = parseSnapshot(v.snapshot);
    return snapshot ? { ok: true, snapshot } : null;
  }
  const reasons: ReadTabFailure[] = ['restricted', 'no-access', 'no-tab', 'unreadable-answer', 'error'];
  if (v.ok === false && reasons.includes(v.reason as ReadTabFailure)) {
    return {
      ok: false,
      reason: v.reason as ReadTabFailure,
      ...(isString(v.detail, 2000) ? { detail: v.detail } : {}),
      ...(isString(v.url, 8192) ? { url: v.url } : {}),
    };
  }
  return null;
}

/** Page highlights as the content script accepts them: well-formed, known colours, bounded. */
export function parsePageHighlights(raw: unknown): PageHighlight[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: PageHighlight[] = [];
  for (const h of raw.slice(0, MAX_PAGE_HIGHLIGHTS)) {
    if (!isObject(h) || !isString(h.id, 100) || !isHighlightColor(h.color) || !isObject(h.quote)) continue;
    const { exact, prefix, suffix } = h.quote;
    if (!isString(exact, 100_000) || !isString(prefix, 1000) || !isString(suffix, 1000)) continue;
    out.push({
      id: h.id,
      color: h.color,
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      note: typeof h.note === 'string' ? h.note.slice(0, MAX_PAGE_NOTE_CHARS) : '',
      tags: Array.isArray(h.tags) ? cleanTags(h.tags).slice(0, 50) : [],
    });
  }
  return out;
}

export const BACKGROUND_CONTRACT: Contract<BackgroundCalls> = {
  'gloss/read-tab': { request: tabIdRequest, response: (v) => parseReadTabResponse(v) ?? undefined },
  'gloss/open-panel': { request: tabIdRequest, response: (v) => (isObject(v) && typeof v.ok === 'boolean' ? { ok: v.ok } : undefined) },
  'gloss/take-pending': {
    request: tabIdRequest,
    response: (v) => (Array.isArray(v) ? v.map(parsePendingSelection).filter((p): p is PendingSelection => p !== null) : undefined),
  },
};

export const CONTENT_CONTRACT: Contract<ContentCalls> = {
  'gloss/ping': { request: noArgs, response: (v) => (v === PONG ? PONG : undefined) },
  'gloss/snapshot': { request: noArgs, response: (v) => parseSnapshot(v) ?? undefined },
  'gloss/highlights': {
    request: (v) => {
      const items = parsePageHighlights(v.items);
      return items && isHttpUrl(v.url) ? { items, url: v.url } : undefined;
    },
    response: (v) => (isObject(v) && Number.isInteger(v.drawn) ? { drawn: v.drawn as number } : undefined),
  },
  'gloss/capture-selection': {
    request: noArgs,
    response: (v) => (isObject(v) && 'selection' in v ? { selection: v.selection === null ? null : parseCapturedSelection(v.selection) } : undefined),
  },
};

/** Validates a notice; `gloss/page-changed` only with a web URL (it comes from a page). */
export function parseNotice(msg: unknown): Notice | null {
  if (!isObject(msg)) return null;
  if ((msg.type === 'gloss/invoked' || msg.type === 'gloss/pending') && isTabId(msg.tabId)) return { type: msg.type, tabId: msg.tabId };
  if (msg.type === 'gloss/page-changed' && isHttpUrl(msg.url)) return { type: msg.type, url: msg.url };
  return null;
}

// ── both ends ────────────────────────────────────────────────────────────────────────────────
/** Delivers one message and resolves with the raw answer (runtime.sendMessage, tabs.sendMessage…). */
export type Transport = (message: unknown) => Promise<unknown>;

/** A call that got no valid answer: `cause` holds what the transport threw, if it threw. */
export class MessageError extends Error {
  constructor(
    readonly type: string,
    readonly reason: 'no-answer' | 'bad-answer',
    options?: { cause?: unknown },
  ) {
    super(`${type}: ${reason === 'no-answer' ? 'no answer' : 'an answer that is not valid'}${options?.cause ? ` (${String((options.cause as Error)?.message ?? options.cause)})` : ''}`, options);
    this.name = 'MessageError';
  }
}

/** A typed `send(type, request)` over `transport`: the request and the answer follow the map. */
export function createSender<M extends CallMap<M>>(contract: Contract<M>, transport: Transport) {
  return async function send<K extends keyof M & string>(type: K, request: M[K]['request']): Promise<M[K]['response']> {
    let answer: unknown;
    try {
      answer = await transport({ ...request, type });
    } catch (error) {
      throw new MessageError(type, 'no-answer', { cause: error });
    }
    const valid = contract[type].response(answer);
    if (valid === undefined) throw new MessageError(type, answer === undefined ? 'no-answer' : 'bad-answer');
    return valid;
  };
}

/** Sends a notice (no answer expected; nobody listening is fine). */
export function notify<K extends keyof Notices>(transport: Transport, type: K, body: Notices[K]): Promise<void> {
  return transport({ ...body, type }).then(
    () => undefined,
    () => undefined,
  );
}

export type Handlers<M extends CallMap<M>, Context> = {
  [K in keyof M & string]: (request: M[K]['request'], context: Context) => M[K]['response'] | Promise<M[K]['response']>;
};

/** The call a raw message makes, validated against the contract; null when it is none of ours. */
export function parseCall<M extends CallMap<M>>(contract: Contract<M>, raw: unknown): { type: keyof M & string; request: M[keyof M & string]['request'] } | null {
  if (!isObject(raw) || typeof raw.type !== 'string' || !Object.hasOwn(contract, raw.type)) return null;
  const type = raw.type as keyof M & string;
  const request = contract[type].request(raw);
  return request === undefined ? null : { type, request };
}

/** Runs the handler a raw message asks for; undefined when the message is none of ours (ignore it). */
export function dispatch<M extends CallMap<M>, Context>(
  contract: Contract<M>,
  handlers: Handlers<M, Context>,
  raw: unknown,
  context: Context,
): Promise<M[keyof M & string]['response']> | undefined {
  const call = parseCall(contract, raw);
  if (!call) return undefined;
  const handler = handlers[call.type] as (request: unknown, context: Context) => unknown;
  return Promise.resolve(handler(call.request, context)) as Promise<M[keyof M & string]['response']>;
}
