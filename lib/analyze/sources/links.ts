// Pass: body links. A link on a document ("statement", "звіт", "Pressemitteilung") is a source of
// kind link, and so is a link to another site on the words it backs ("$300 million in synergies"
// → a filing; a link to the outlet's own earlier story is background, a shop's or affiliate's link an
// offer, a site's home page its name, and a link to the site that first published a syndicated
// article — its note "originally published by …" names it — is the outlet's own; a link on a story's noun to
// another site, "a <a>story</a> published at MAKEzine", cites that outlet's story); a link on a found name or
// on its cue adds its href to that source; an outlet's name in brackets linked to one of its stories ("[Engadget]")
// cites the passage before it; a proper name linked inside a longer found phrase
// narrows the mark to the name (two linked names, "NBC News and Bloomberg", make two sources).
// Linear in links and sources: both are walked in order, and the sentence lookups are maps.
import { siteOf } from '../context';
import { firstAfter, firstAtOrAfter } from '../sorted';
import { T, tokenAt } from '../text';
import { clauseAround, creditLine, referenceEntry } from './link-lines';
import { deepPage, socialSite, storyPage, unwrapRedirect } from './link-targets';
import type { TextLink } from '../../extract/types';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

export const links: SourcePass = {
  name: 'links',
  run(ctx, found) {
    const { text, C } = ctx;
    const docs = C.set.docs;
    const dets = C.set.determiners;
    const spans = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
    // maxEnd[k]: the furthest end among spans[0..k], to find the first span overlapping a link
    const maxEnd: number[] = [];
    spans.forEach((s, k) => maxEnd.push(Math.max(s.end, k ? maxEnd[k - 1] : -1)));
    const byCue = new Map<string, SourceCandidate>();
    for (const s of spans) {
      const key = `${s.sentence}\u0000${s.cue?.toLowerCase()}`;
      if (s.cue && !byCue.has(key)) byCue.set(key, s);
    }
    const syndicated = syndicators(ctx);
    const cued = cueSentences(spans);
    const edits: Array<() => void> = [];
    const touched = new Set<SourceCandidate>();
    const extra: SourceCandidate[] = [];
    for (const raw of ctx.links) {
      const l = trimEdges(text, withoutClosingBracket(text, raw));
      const anchor = text.slice(l.start, l.end);
      const over = firstOverlap(spans, maxEnd, l.start, l.end);
      if (over) {
        if (!over.href) over.href = l.href;
        if (over.kind === 'credit') continue;
        if (l.start >= over.start && l.end <= over.end && /^[\p{Lu}«"“]/u.test(anchor)) {
          // a proper name linked inside a longer phrase: highlight the name itself
          if (touched.has(over)) extra.push({ ...over, start: l.start, end: l.end, text: anchor, href: l.href });
          else edits.push(() => Object.assign(over, { start: l.start, end: l.end, text: anchor }));
          touched.add(over);
        } else if (!touched.has(over) && isDocPhrase(anchor, docs, dets) && isDocPhrase(over.text, docs, dets)) {
          // "according to a <statement>": the link is the source
          touched.add(over);
          edits.push(() => Object.assign(over, { start: l.start, end: l.end, text: anchor, kind: 'link' }));
        }
        continue;
      }
      const sentence = ctx.sentences.at(l.start);
      const cueLinked = byCue.get(`${sentence}\u0000${anchor.toLowerCase()}`);
      if (cueLinked) {
        if (!cueLinked.href) cueLinked.href = l.href;
        continue;
      }
      // a link on a reporting adverb ("reportedly", "angeblich", "нібито") backs the claim it marks, wherever it points
      const adverb = C.reportingAdverbs.has(anchor.trim().toLowerCase());
      // "Order Reprints | Today’s Paper | Subscribe": an item of a menu of links set off by bars backs no claim
      if (/\|[ \u00a0]*$/u.test(text.slice(Math.max(0, l.start - 3), l.start)) || /^[ \u00a0]*\|/u.test(text.slice(l.end, l.end + 3))) continue;
      if (adverb || (isDocPhrase(anchor, docs, dets, C.set.stop) && !namesLinkedSite(anchor, l.href, docs)) || evidence(ctx, anchor, l.href, l.start, syndicated, cued)) found.push({ start: l.start, end: l.end, text: anchor, kind: 'link', name: '', href: l.href, sentence });
    }
    for (const e of edits) e();
    found.push(...extra);
  },
};

/**
 * "[<a>CNBC]</a>": a link whose anchor took in the bracket that closes it, its opener outside, ends before that
 * bracket (the page's other citations, "[<a>Engadget</a>]", leave it out).
 */
function withoutClosingBracket(text: string, l: TextLink): TextLink {
  const last = text[l.end - 1];
  const opener = last === ']' ? '[' : last === ')' ? '(' : '';
  if (!opener || l.end - l.start < 2 || text.slice(l.start, l.end).includes(opener) || text[l.start - 1] !== opener) return l;
  return { ...l, end: l.end - 1 };
}

/**
 * The link without the punctuation at its edges, which belongs to the sentence ("<a>Patrick McMullen,</a> a 17-year-old",
 * "<a>privacy-preserving techniques.</a>") or wraps an aside ("<a>(by Colin Percival)</a>"); the full stop of an
 * abbreviation stays ("<a>Acme Inc.</a>": a capital opens its last word).
 */
function trimEdges(text: string, l: TextLink): TextLink {
  let { start, end } = l;
  const pair = text[start] + text[end - 1];
  if ((pair === '()' || pair === '[]') && !/[()[\]]/u.test(text.slice(start + 1, end - 1))) {
    start++;
    end--;
  }
  while (end - start > 1 && (/[,;:]/u.test(text[end - 1]) || (text[end - 1] === '.' && /(?:^|[^\p{L}])\p{Ll}{2,}$/u.test(text.slice(start, end - 1))))) end--;
  return start === l.start && end === l.end ? l : { ...l, start, end };
}

// An anchor longer than this is a linked passage, not the words a link backs.
const MAX_ANCHOR = 200;
// A link on up to this many capitalised words is a link on a name ("Linksys Velop Wi-Fi 6 Mesh Router").
const MAX_NAME_WORDS = 8;
// A link covering more than this share of its line is the line itself (a call to action, a list item).
const LINK_SHARE_OF_LINE = 0.6;
// How much of a line's end is read for its closing stop (trailing spaces, a stop and a closing quote fit well within).
const LINE_TAIL_CHARS = 64;
// A price's currency follows its number within this many words ("ab 49 Euro", "for 1,5 млн грн").
const PRICE_WORDS = 4;
// A linked word is in prose when the words around it in its sentence, within this many tokens on either side, count at least
// MIN_PROSE_WORDS, one in lower case: "— Robert Maguire (@RobertMaguire_) <a>November 18, 2019</a>" or a reference line is not.
const PROSE_REACH = 20;
const MIN_PROSE_WORDS = 3;

/**
 * A link to another site on the words it backs — not a bare name (a profile, an encyclopedia entry),
 * an address, a call to action that is its whole line ("Get it on Amazon for $67.77") or a price.
 */
function evidence(ctx: SourceContext, anchor: string, link: string, start: number, syndicated: Set<string>, cued: Set<number>): boolean {
  if (!ctx.site || anchor.length > MAX_ANCHOR || !/\p{L}{2}/u.test(anchor) || /@|https?:|www\.|\.(?:com|org|net|co|ly|gl)\b/iu.test(anchor)) return false;
  // (the outlet's own redirector, "/click?url=…", opens the page it names: that page is judged)
  const href = unwrapRedirect(link, (site) => ownSite(ctx, site));
  const target = siteOf(href);
  if (!target || ownSite(ctx, target) || syndicated.has(target) || /^[#@]/.test(anchor)) return false;
  // a reference list's entry files the page it links and a credit line credits a picture's maker: neither backs the words
  if (referenceEntry(ctx.text, start) || creditLine(ctx, start)) return false;
  // a shop's or an affiliate network's link offers a deal ("save $100", "no interest financing"), and a
  // link to a site's home page on the site's own name names the site ("Money 20/20 conference" →
  // money2020.com/): neither backs a claim ("Inflation <a>hit a 40-year high</a>" → bls.gov/ does)
  if (isHomePage(href) && anchorNamesDomain(anchor, target)) return false;
  // (a work's title in quotation marks is a publication cited, wherever it is sold: 'In his book "Financial Freedom: …"',
  // also through a shop's short link)
  if (offerLink(target, href) && !quotedTitle(ctx.text, start, start + anchor.length)) return false;
  const words = anchor.trim().split(/[\s\u00a0]+/);
  // a link on "he" or "this" backs nothing the reader can see
  const S = ctx.C.set;
  if (words.every((w) => { const lc = w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''); return !lc || S.pronouns.has(lc) || S.personal.has(lc) || S.determiners.has(lc) || S.stop.has(lc); })) return false;
  // ("59% PHP and 27% JavaScript": a share or an amount makes the words a claim, not a name)
  const figure = words.some((w) => /^[$€£¥₴₽]?\d[\d.,]*\s?%?$/u.test(w) && /[%$€£¥₴₽]/u.test(w));
  // (a name opens on a capital or a number: "(by Colin Percival)" is an aside)
  if (!figure && words.length <= MAX_NAME_WORDS && /^[\p{Lu}\p{N}]/u.test(words[0]) && words.every((w) => /^[\p{Lu}\p{N}&(]/u.test(w) || ctx.C.set.connectors.has(w.toLowerCase()))) {
    // a name is a source when it links to a story on its own site, in a sentence that reports
    // ("said in a statement to Rolling Stone" → rollingstone.com/music/…); else a profile or a home page
    // ("Russia" → a Reuters story, "Presidential Medal of Freedom" → the White House's release of 2016/11/16): a name
    // linked in a sentence to a dated or numbered story there backs what the sentence says of it
    if ((namesItsSite(anchor, target, href) && cued.has(ctx.sentences.at(start))) || bracketedCitation(ctx.text, start, start + anchor.length, anchor, target, href)) return true;
    const end = start + anchor.length;
    return storyPage(href, anchor) && !socialSite(target) && (!mostOfLine(ctx, start, anchor.length) || sentenceLine(ctx, start, end)) && inClause(ctx, start, end) && !commonWordOpening(ctx, start, words);
  }
  if (offeredPrice(ctx, anchor)) return false;
  // the link is most of its line: a call to action or a list of links, not words in a sentence (a one-sentence
  // paragraph is a sentence: "Australian-born Assange faces <a>a charge of conspiracy …</a>.")
  if (mostOfLine(ctx, start, anchor.length) && !sentenceLine(ctx, start, start + anchor.length)) return false;
  if (claimLike(ctx, start, start + anchor.length) || cued.has(ctx.sentences.at(start))) return true;
  // other words in a sentence ("a series of recent <a>manhole fires</a>" → another outlet's story, "faces <a>a charge of
  // conspiracy …</a>" → the indictment): a deep page on another site backs them; a single word is a term
  // ("So-called <a>neo-banks</a>"), and a profile, a post or a section page backs nothing
  // … and so does a link on a story's noun ("in a <a>story</a> published at MAKEzine", "an <a>op-ed</a>"): the other outlet's story
  const story = isDocPhrase(anchor, ctx.C.storyNouns, ctx.C.set.determiners, ctx.C.set.stop);
  return (words.length > 1 || story) && deepPage(href) && !socialSite(target) && inClause(ctx, start, start + anchor.length);
}

/** Is the link on words in a clause of prose: inProse, with a verb in its sentence (within its line)? */
function inClause(ctx: SourceContext, a: number, b: number): boolean {
  return inProse(ctx, a, b) && clauseAround(ctx, a);
}

/** Does the link cover most of its line (a call to action, an item of a list of links)? */
function mostOfLine(ctx: SourceContext, start: number, length: number): boolean {
  const [ls, le] = lineAround(ctx, start);
  return length >= LINK_SHARE_OF_LINE * (le - ls);
}

/** The text's newline offsets, found once per text (a line's ends were searched per link: 6,400 links on one 400 KB line took 3.9 s). */
const newlinesOf = new WeakMap<object, number[]>();

/** [start, end) of the line holding offset `at`. */
function lineAround(ctx: SourceContext, at: number): [number, number] {
  let nl = newlinesOf.get(ctx.tokens);
  if (!nl) {
    nl = [];
    for (let i = ctx.text.indexOf('\n'); i >= 0; i = ctx.text.indexOf('\n', i + 1)) nl.push(i);
    newlinesOf.set(ctx.tokens, nl);
  }
  const k = firstAtOrAfter(nl, at);
  return [k > 0 ? nl[k - 1] + 1 : 0, k < nl.length ? nl[k] : ctx.text.length];
}

/** Is the link's line a sentence of prose, words around the link and a closing stop ("… in the US.")? */
function sentenceLine(ctx: SourceContext, a: number, b: number): boolean {
  const le = lineAround(ctx, b)[1];
  // (the line's last characters only: a line's whole rest, sliced per link, is quadratic on one long line)
  const line = ctx.text.slice(Math.max(b, le - LINE_TAIL_CHARS), le).trimEnd();
  return /[.!?…]["”’»)]?$/u.test(line || ctx.text.slice(a, b).trimEnd()) && inProse(ctx, a, b);
}

/**
 * A price offered ("… for $700", "from $139", "ab 49 Euro"): a preposition, then an amount of money — a currency sign,
 * or a number and a currency's name ("capped at 29.4 million pounds" is a weight: "pounds" is an ambiguous unit).
 */
function offeredPrice(ctx: SourceContext, anchor: string): boolean {
  const m = /(?:^|\s)(?:for|from|at|für|ab|pour|à|за|від|от)[\s\u00a0]+([$€£¥₴₽]|\d)/iu.exec(anchor);
  if (!m) return false;
  if (m[1] < '0' || m[1] > '9') return true;
  const after = anchor.slice(m.index + m[0].length).toLowerCase().split(/[\s\u00a0]+/u).slice(0, PRICE_WORDS);
  return after.some((w) => /[$€£¥₴₽]/u.test(w) || (Object.hasOwn(ctx.lex.currencies, w) && !Object.hasOwn(ctx.lex.ambiguousUnits, w)));
}

/**
 * Is the link on words inside a prose sentence: around it, in its sentence and within PROSE_REACH tokens either side,
 * at least MIN_PROSE_WORDS other words, one of them in lower case? (Bounded reads: a text of one long sentence with
 * many links is not rescanned per link.)
 */
function inProse(ctx: SourceContext, a: number, b: number): boolean {
  const { tokens, sentences } = ctx;
  const s = sentences.at(a);
  if (s < 0) return false;
  const from = sentences.starts[s];
  const to = sentences.ends[s];
  let words = 0;
  let lower = false;
  const count = (i: number) => {
    const t = tokens[i];
    if (t.t !== T.Word || !/\p{L}/u.test(t.lc)) return;
    words++;
    if (!t.cap) lower = true;
  };
  const first = tokenAt(tokens, a);
  for (let i = first - 1, n = 0; i >= 0 && n < PROSE_REACH && tokens[i].s >= from; i--, n++) count(i);
  for (let i = tokenAt(tokens, b), n = 0; i < tokens.length && n < PROSE_REACH && tokens[i].s < to; i++, n++) count(i);
  return words >= MIN_PROSE_WORDS && lower;
}

const lowerWordCache = new WeakMap<SourceContext['tokens'], Set<string>>();
/**
 * "<a>Supernova</a> explosions and …": one capitalised word opening its sentence, a word the text also writes in
 * lower case, is a common word capitalised by its place, not a name. (The text's lower-case words, found once.)
 */
function commonWordOpening(ctx: SourceContext, start: number, words: string[]): boolean {
  if (words.length !== 1 || ctx.sentences.starts[ctx.sentences.at(start)] !== start) return false;
  let lower = lowerWordCache.get(ctx.tokens);
  if (!lower) {
    lower = new Set();
    for (const t of ctx.tokens) if (t.t === T.Word && !t.cap) lower.add(t.lc);
    lowerWordCache.set(ctx.tokens, lower);
  }
  return lower.has(words[0].toLowerCase().replace(/[’']s$/u, ''));
}

/**
 * Short-link and affiliate domains of shops and affiliate networks: a link through them is an offer
 * (the policy's shop, affiliate and deal links), whatever its words.
 */
const SHOP_SITES = new Set([
  'amzn.to', 'bhpho.to', 'linksynergy.com', 'rfvk.net', 'redirectingat.com', 'skimresources.com', 'shareasale.com', 'anrdoezrs.net',
  'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com', 'avantlink.com', 'prf.hn', 'awin1.com', 'pntra.com', 'sjv.io', '7tiv.net',
  'georiot.com', 'geni.us', 'howl.me', 'fave.co', 'shop-links.co', 'viglink.com', 'narrativ.com',
]);

/**
 * General short-link services: the link hides its target, and in a body text it is the tracked link of an offer
 * ("the <a href=bit.ly/…>black Monoprice Essentials USB-C charging cable</a>", a gift guide's picks); a cited page
 * is linked at its own address. A link through one is a source only on a document or a cue, as any link is.
 */
const SHORTENERS = new Set(['bit.ly', 'ow.ly', 'buff.ly', 'tinyurl.com', 'goo.gl', 'is.gd', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'tiny.cc']);

// The first path segment of a site's shop ("teambeachbody.com/shop/us/…", "apple.com/shop/buy-iphone").
const SHOP_SEGMENTS = new Set(['shop', 'store', 'buy', 'cart', 'checkout']);

/** A link that offers something (a shop, a short link, a product page, a shop's path, a paid or tracked link): its address parsed once. */
function offerLink(target: string, href: string): boolean {
  if (SHOP_SITES.has(target) || SHORTENERS.has(target)) return true;
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return false;
  }
  return productPage(target, u) || shopPath(u) || paidLink(u);
}

/**
 * A page of a shop: under a site's shop path ("/shop/…"), an Amazon search ("/s?k=…", "/gp/search/…"), or any Amazon
 * page with an associate's tag ("?tag=theantjuncle-20"): an offer, like a product page.
 */
function shopPath(u: URL): boolean {
  const first = u.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  if (first && SHOP_SEGMENTS.has(first)) return true;
  if (!/(?:^|\.)amazon\.[a-z.]+$/i.test(u.hostname)) return false;
  return u.searchParams.has('tag') || /^\/(?:s|gp\/search)(?:\/|$)/.test(u.pathname);
}

/**
 * "Evidence Action" → evidenceaction.org: an anchor in capitals that spells the linked site's name is the name of the
 * site's owner, though its first word is a document noun ("Evidence", "Report", "Bericht") — not a document cited.
 * A name that ends on one names what the agency supplies ("Image via <a>Getty Images</a>" → gettyimages.com: a credit).
 */
function namesLinkedSite(anchor: string, href: string, docs: Set<string>): boolean {
  const target = siteOf(href);
  const last = anchor.trim().split(/[\s\u00a0]+/u).pop()!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return !!target && /^\p{Lu}/u.test(anchor.trim()) && !docs.has(last) && anchorNamesDomain(anchor, target);
}

// The campaign media of a paid placement (utm_medium=cpc), and an affiliate's query parameters.
const PAID_MEDIA = /^(?:cpc|ppc|cpm|cpa|paid|paidsearch|paid_?social|affiliates?|sponsored|partners?|display|ads?)$/i;
const AFFILIATE_PARAMS = /^(?:aff|aff_?id|affiliate(?:_?id)?|afftrack|clickref)$/i;
// The first label of a click-tracking host ("r.zdbb.net", "click.example.com").
const REDIRECT_LABELS = new Set(['r', 'click', 'clicks', 'clk', 'track', 'tracking', 'redirect', 'redir', 'aff', 'affiliate', 'affiliates']);
// A redirect's path is a short code ("/u/bcnx"): at most this many segments of at most this many characters.
const MAX_CODE_SEGMENTS = 2;
const MAX_CODE_LENGTH = 12;

/**
 * A paid or tracked link: an advertiser's campaign ("?utm_medium=cpc"), an affiliate's parameters, or a
 * click-tracking redirect's short code ("r.zdbb.net/u/bcnx") — an offer, like a shop's link, whatever its words.
 */
function paidLink(u: URL): boolean {
  for (const [k, v] of u.searchParams) if ((k.toLowerCase() === 'utm_medium' && PAID_MEDIA.test(v)) || AFFILIATE_PARAMS.test(k)) return true;
  const labels = u.hostname.toLowerCase().split('.');
  if (labels.length < 3 || !REDIRECT_LABELS.has(labels[0])) return false;
  const segs = u.pathname.split('/').filter(Boolean);
  return segs.length > 0 && segs.length <= MAX_CODE_SEGMENTS && segs.every((p) => p.length <= MAX_CODE_LENGTH && !p.includes('.'));
}

/**
 * App stores' pages of one app, by host and path: a link to one sells the app (like a shop's product page),
 * whatever its words ("AgileBits hat Version 5.3 … freigegeben" linked to the App Store).
 */
const APP_STORE_PAGES: ReadonlyArray<[string, RegExp]> = [
  ['itunes.apple.com', /^\/(?:[a-z]{2}\/)?app\//],
  ['apps.apple.com', /^\/(?:[a-z]{2}\/)?app\//],
  ['play.google.com', /^\/store\/apps\/details/],
  ['apps.microsoft.com', /^\/(?:store\/)?detail\//],
  ['chrome.google.com', /^\/webstore\/detail\//],
  ['chromewebstore.google.com', /^\/detail\//],
];

/** A shop's product page: Amazon's "/dp/…" and "/gp/product/…" pages, on any of its country domains; an app store's page of an app. */
function productPage(target: string, u: URL): boolean {
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (APP_STORE_PAGES.some(([h, path]) => host === h && path.test(u.pathname))) return true;
  if (!target.startsWith('amazon.')) return false;
  return /^\/(?:[^/]+\/)?(?:dp|gp\/product)\//.test(u.pathname);
}

/**
 * "[Engadget]", "(The Verge)": an outlet's name in brackets, linked to one of its stories, cites the passage
 * it follows (a roundup of reviews, a quotation's origin) — a source though no verb reports.
 */
function bracketedCitation(text: string, a: number, b: number, anchor: string, target: string, href: string): boolean {
  let i = a;
  while (i > 0 && /[\s\u00a0]/u.test(text[i - 1])) i--;
  let j = b;
  while (j < text.length && /[\s\u00a0]/u.test(text[j])) j++;
  const open = text[i - 1];
  const close = text[j];
  if (!((open === '[' && close === ']') || (open === '(' && close === ')'))) return false;
  if (namesItsSite(anchor, target, href)) return true;
  // ("The Verge" → theverge.com: the outlet's article is part of its domain)
  const letters = anchor.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  try {
    return letters === target.split('.')[0] && new URL(href).pathname.length >= MIN_STORY_PATH;
  } catch {
    return false;
  }
}

/** Is the text from a to b enclosed in quotation marks ("…", “…”, «…»)? */
function quotedTitle(text: string, a: number, b: number): boolean {
  // (a comma or a full stop may close the title inside its marks: '"… Ever Need," Sabatier shares')
  // (or the marks inside the link: '<a>"Financial Freedom"</a>')
  if (b - a > 2 && /["“«„]/.test(text[a]) && /["”»“]/.test(text[b - 1])) return true;
  return /["“«„]/.test(text[a - 1] ?? '') && (/["”»“]/.test(text[b] ?? '') || (/[,.]/.test(text[b] ?? '') && /["”»“]/.test(text[b + 1] ?? '')));
}

/** Do some consecutive words of the anchor spell the site's name ("Money 20/20 conference" → money2020.com, "The Guardian" → theguardian.com)? */
function anchorNamesDomain(anchor: string, target: string): boolean {
  const name = target.split('.')[0];
  const words = anchor.split(/[\s\u00a0]+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    // (a name: its first word capitalised or a number — "researchers who …" → who.int names no site)
    if (!/^[\p{Lu}\p{N}]/u.test(words[i])) continue;
    let joined = '';
    for (let j = i; j < words.length && joined.length < name.length; j++) {
      joined += words[j].toLowerCase();
      if (joined.length >= 3 && (joined === name || (name.startsWith(joined) && OUTLET_SUFFIXES.includes(name.slice(joined.length))))) return true;
    }
  }
  return false;
}

/** Is the link to a site's home page (no path, query or fragment to name a page)? */
function isHomePage(href: string): boolean {
  try {
    const u = new URL(href);
    return (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash;
  } catch {
    return false;
  }
}

// A syndication note is a short line of its own ("This article was originally published by Futurism.").
const MAX_SYNDICATION_LINE = 200;

/**
 * The sites that published the article first, as its syndication note links them ("This article was
 * originally published by <a>Futurism</a>. Read the <a>original article</a>."): their links in the body
 * are the outlet's own stories (background), like links to the site itself. Lexicon `syndicationCues`.
 */
function syndicators(ctx: SourceContext): Set<string> {
  const out = new Set<string>();
  const cues = ctx.lex.syndicationCues;
  if (!cues.length || !ctx.links.length) return out;
  const { text } = ctx;
  let lastLines: number | undefined; // found once, when a note needs it
  for (const l of ctx.links) {
    // (bounded reads around the link: a text of one long line with many links is not rescanned per link)
    const from = Math.max(0, l.start - MAX_SYNDICATION_LINE);
    const head = text.slice(from, l.start);
    const tail = text.slice(l.end, l.end + MAX_SYNDICATION_LINE);
    const nl = head.lastIndexOf('\n');
    const ls = nl >= 0 ? from + nl + 1 : from;
    if (nl < 0 && from > 0) continue;
    const te = tail.indexOf('\n');
    const end = te >= 0 ? l.end + te : l.end + tail.length;
    if ((te < 0 && end < text.length) || end - ls > MAX_SYNDICATION_LINE) continue;
    const line = text.slice(ls, end).toLowerCase();
    if (!cues.some((c) => line.includes(c))) continue;
    // the note names the piece itself ("This article was originally published …") or closes the text:
    // "The findings were originally published in <a>Nature</a> last month" is a claim's source
    if (!ctx.lex.syndicationPieces.some((c) => line.includes(c)) && end < (lastLines ??= lastLinesStart(text))) continue;
    const site = siteOf(l.href);
    if (site) out.add(site);
  }
  return out;
}

// A syndication note that does not name the piece stands in the text's last this many (non-empty) lines.
const SYNDICATION_LAST_LINES = 1;

/** Where the text's last SYNDICATION_LAST_LINES non-empty lines begin: a note there closes the text. */
function lastLinesStart(text: string): number {
  let lines = 0;
  for (let at = text.length; at > 0; ) {
    const nl = text.lastIndexOf('\n', at - 1);
    if (text.slice(nl + 1, at).trim() && ++lines > SYNDICATION_LAST_LINES) return at;
    at = nl < 0 ? 0 : nl;
  }
  return 0;
}

// A link's path at least this long is a page of its own (a story), not a site's home or section page.
const MIN_STORY_PATH = 20;

/** Does the anchor spell the linked site's name ("Rolling Stone" → rollingstone.com), the link going to a story there? */
function namesItsSite(anchor: string, target: string, href: string): boolean {
  const letters = anchor.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');
  const name = target.split('.')[0];
  if (letters.length < 3 || (letters !== name && !(name.startsWith(letters) && OUTLET_SUFFIXES.includes(name.slice(letters.length))))) return false;
  try {
    return new URL(href).pathname.length >= MIN_STORY_PATH;
  } catch {
    return false;
  }
}

// Words an outlet adds to its name for another of its domains (ap.org → apnews.com, bbc.co.uk → bbcnews.com).
const OUTLET_SUFFIXES = ['news', 'online', 'digital', 'media', 'tv'];

/**
 * Is the linked site the outlet's own: the page's or its canonical address's site under any of its
 * domains, or a domain that spells the outlet's name ("Healthline" → healthline.com, "the Guardian" →
 * theguardian.com, "Business Insider Deutschland" → businessinsider.com)?
 */
export function ownSite(ctx: Pick<SourceContext, 'ownSites' | 'siteName'>, target: string): boolean {
  if (ctx.ownSites.some((s) => sameOutlet(s, target))) return true;
  return !!ctx.siteName && spellsSiteName(ctx.siteName, target);
}

/** Do the first words of the outlet's name, with or without its article, spell the domain's name? */
function spellsSiteName(siteName: string, target: string): boolean {
  const name = target.split('.')[0];
  const words = siteName.toLowerCase().split(/[\s\u00a0]+/u).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  for (const from of words[0] === 'the' ? [0, 1] : [0]) {
    let joined = '';
    for (let k = from; k < words.length && joined.length < name.length; k++) {
      joined += words[k];
      if (joined.length >= 3 && (joined === name || (name.startsWith(joined) && OUTLET_SUFFIXES.includes(name.slice(joined.length))))) return true;
    }
  }
  return false;
}

/**
 * Is the site linked to the outlet's own, under another domain? The same name before the public
 * suffix (bbc.co.uk and bbc.com, hosted.ap.org and ap.org), or that name with a generic word (apnews.com).
 */
export function sameOutlet(site: string, target: string): boolean {
  if (site === target) return true;
  const a = site.split('.')[0];
  const b = target.split('.')[0];
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && OUTLET_SUFFIXES.includes(long.slice(short.length));
}

/**
 * Do the linked words state something (a number, also in words, a verb form, a document or a source) rather than
 * name a thing ("black holes", "gallium nitride", a product)?
 */
function claimLike(ctx: SourceContext, a: number, b: number): boolean {
  const { tokens, C } = ctx;
  const first = tokenAt(tokens, a);
  // a single noun is a term ("So-called <a>neo-banks</a>"), not a statement — unless it names people or a body
  // that can speak ("<a>researchers</a> linked the gene to autism")
  const single = !(tokens[first + 1] && tokens[first + 1].s < b);
  for (let i = first; i < tokens.length && tokens[i].s < b; i++) {
    const t = tokens[i];
    if (t.t === T.Num) return true;
    if (t.t !== T.Word) continue;
    if ((!(single && !sourceWord(ctx, t.lc)) && ctx.np.isNounish(t)) || C.cueKind.has(t.lc) || C.set.auxiliaries.has(t.lc) || /n[’']t$/.test(t.lc)) return true;
    // a number in words ("nearly one-third of Europe’s population", "two million")
    if (Object.hasOwn(ctx.lex.numberWords, t.lc) || Object.hasOwn(ctx.lex.fractions, t.lc) || Object.hasOwn(ctx.lex.scales, t.lc)) return true;
    if (!t.cap && [...C.pastEndings, ...C.participleEndings].some((e) => t.lc.length > e.length + 2 && t.lc.endsWith(e))) return true;
  }
  return false;
}

/** A noun that names people or a body that can be a source by itself ("researchers", "officials"), not by a hyphen compound's last part ("neo-banks"). */
function sourceWord(ctx: SourceContext, lc: string): boolean {
  const C = ctx.C;
  const w = lc.replace(/[’']s$/u, '');
  return C.set.anonymous.has(w) || C.set.docs.has(w) || C.sourceNouns.some((n) => w.startsWith(n));
}

/**
 * The sentences where the cue passes accepted a reporting cue ("as NBC News reported"): the found sources' own.
 * (A cue word alone is not enough: "offered support for the drivers" or "expressed concerns" has a cue's word and
 * reports nothing, and any link in such a sentence would become a source.)
 */
function cueSentences(spans: readonly SourceCandidate[]): Set<number> {
  const set = new Set<number>();
  for (const s of spans) if (s.cue) set.add(s.sentence);
  return set;
}

/** The first span (in start order) that overlaps [a, b), by binary search on the running maximum of ends. */
function firstOverlap(spans: SourceCandidate[], maxEnd: number[], a: number, b: number): SourceCandidate | undefined {
  for (let k = firstAfter(maxEnd, a); k < spans.length && spans[k].start < b; k++) if (spans[k].end > a) return spans[k];
  return undefined;
}

/** A short phrase headed by a document noun ("the statement", "research note", "Fahrgaststatistik"). */
export function isDocPhrase(s: string, docs: Set<string>, dets: Set<string>, stop?: Set<string>): boolean {
  const raw = s.split(/[\s\u00a0]+/).filter(Boolean);
  const words = raw.map((w) => w.toLowerCase()).filter((w) => !dets.has(w));
  if (!words.length || words.length > 4) return false;
  // "protect your data" is an action: a document phrase starts with its determiner, a name or a noun
  const first = raw[0];
  if (words.length > 1 && !dets.has(first.toLowerCase()) && !/^[\p{Lu}\p{N}]/u.test(first) && !docs.has(first.toLowerCase()) && raw.length > 2) return false;
  const last = words[words.length - 1];
  if (docs.has(words.join(' ')) || docs.has(last)) return true;
  // "report by the IMF", "statement from the ministry", "study Nature published": a document noun first, then its
  // author or a preposition; a lower-case noun after it makes a compound the last word heads ("video creation tool")
  if (docs.has(words[0])) {
    const k = raw.findIndex((w) => w.toLowerCase() === words[0]);
    const nx = raw[k + 1];
    if (!nx || !stop || stop.has(nx.toLowerCase()) || !/^\p{Ll}/u.test(nx)) return true;
  }
  // German compounds: "Fahrgaststatistik", "Pressemitteilung"
  for (const d of docs) if (d.length >= 5 && last.endsWith(d)) return true;
  return false;
}
