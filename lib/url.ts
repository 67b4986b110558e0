// URL helpers shared by the panel, the database and the CLI: one article reached through many
// URLs (tracking parameters, fragments, AMP variants, canonical links) must get one key — and a
// page must never get another site's key by declaring that site's URL as its canonical.
//
// "Same site" is the registrable domain from the Public Suffix List (tldts, which ships the list
// and is kept current upstream): a hand-made list of suffixes would let evil.co.uk and bbc.co.uk
// share "co.uk", or two github.io users share a site. Private suffixes (github.io, blogspot.com…)
// count as suffixes, so one user's page cannot claim another user's article.
import { getDomain } from 'tldts';

const TRACKING_PARAMS = [
  /^utm_/i, /^mc_(cid|eid)$/i, /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|ttclid)$/i,
  /^_ga$/i, /^_gl$/i, /^(ref|ref_src|ref_url|referrer|source|src)$/i, /^(cmpid|ocid|icid|ncid|mbid|sr_share|share)$/i,
  /^(at_[a-z_]+|s_cid|s_kwcid|cid)$/i, /^(amp|outputtype|_amp)$/i, /^(guccounter|guce_referrer|guce_referrer_sig)$/i,
  /^(hsa_[a-z]+|__hstc|__hssc|__hsfp|_hsenc|_hsmi|hsctatracking)$/i, /^(spm|scm|from|feature|smid|smtyp)$/i,
];

const isTracking = (name: string) => TRACKING_PARAMS.some((re) => re.test(name));

/**
 * The key under which an article is stored: the canonical URL when the page declares a usable one
 * (http(s) on the same registrable domain as the page, see `sameSite`), else the page URL. A page
 * served from an AMP cache counts as the page it caches (`ampCacheOrigin`). Then normalised:
 * lower-case host, no default port, no fragment, no tracking parameters, remaining parameters
 * sorted, AMP path suffix removed.
 */
export function articleKey(pageUrl: string, canonicalUrl?: string | null): string {
  const served = safeUrl(pageUrl);
  const page = served ? ampCacheOrigin(served) ?? served : null;
  if (!page) return pageUrl.trim();
  const canonical = canonicalUrl ? safeUrl(canonicalUrl, page.href) : null;
  const chosen = canonical && isWebUrl(canonical) && sameSite(canonical, page) ? canonical : page;
  return normalizeUrl(chosen);
}

/**
 * The registrable domain of a host ("news.bbc.co.uk" → "bbc.co.uk", "alice.github.io" stays),
 * or the host itself when it has none (an IP address, localhost, a single label).
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Both URLs are on one registrable domain (scheme and port may differ). */
export function sameSite(a: URL, b: URL): boolean {
  return !!a.hostname && registrableDomain(a.hostname) === registrableDomain(b.hostname);
}

/**
 * AMP caches serve a publisher's page from their own host, the publisher's URL in the path:
 *   https://example-com.cdn.ampproject.org/c/s/example.com/a  (Google's cache; /v/ is its viewer)
 *   https://example-com.bing-amp.com/c/s/example.com/a        (Bing's cache)
 *   https://www.google.com/amp/s/example.com/a                (Google's AMP viewer)
 * "/s/" means https. Listed by name: the issue is exactly that a page cannot be trusted to say
 * which site it belongs to, so only these known caches may speak for another host.
 */
const AMP_CACHE_PATHS: Array<{ host: RegExp; path: RegExp }> = [
  { host: /\.cdn\.ampproject\.org$/, path: /^\/[cv]\/(s\/)?([^/?#]+)(\/[^?#]*)?$/ },
  { host: /\.bing-amp\.com$/, path: /^\/[cv]\/(s\/)?([^/?#]+)(\/[^?#]*)?$/ },
  { host: /^www\.google\.com$/, path: /^\/amp\/(s\/)?([^/?#]+)(\/[^?#]*)?$/ },
];

/** The publisher's URL of a page served by an AMP cache, or null for any other page. */
export function ampCacheOrigin(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  for (const cache of AMP_CACHE_PATHS) {
    if (!cache.host.test(host)) continue;
    const m = cache.path.exec(url.pathname);
    if (!m || !m[2].includes('.')) return null;
    const origin = safeUrl(`${m[1] ? 'https' : 'http'}://${m[2]}${m[3] ?? '/'}${url.search}`);
    return origin && isWebUrl(origin) ? origin : null;
  }
  return null;
}

export function normalizeUrl(input: URL | string): string {
  const url = typeof input === 'string' ? safeUrl(input) : new URL(input.href);
  if (!url) return String(input).trim();
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? '?' + new URLSearchParams(kept).toString() : '';
  url.pathname = url.pathname.replace(/\/amp\/?$/i, '/').replace(/\.amp(\.html)?$/i, '$1') || '/';
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

function safeUrl(s: string, base?: string): URL | null {
  try {
    return new URL(s.trim(), base);
  } catch {
    return null;
  }
}

const isWebUrl = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';

/**
 * An http(s) URL in the form the URL parser writes it and keeps: lower-case scheme and host (labels
 * of letters, digits and hyphens, the last starting with a letter, so no IPv4 number), no user or
 * port, a path from "/", and path, query and fragment of characters no parser escapes or decodes
 * (no "%", "'" or white space). Dot segments and punycode labels are rewritten: see isParsedForm.
 */
const PARSED_FORM = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z](?:[a-z0-9-]*[a-z0-9])?\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?(?:#[\w\-.~!$&()*+,;=:@/?]*)?$/;
const REWRITTEN_PART = /\/\.\.?(?:[/?#]|$)|xn--/;

/**
 * True for a string `new URL(s).href` gives back unchanged (PARSED_FORM): the links Readability has
 * just written absolute are, and parsing 16k of them again was most of sanitising a page of links.
 */
export function isParsedForm(s: string): boolean {
  return PARSED_FORM.test(s) && !REWRITTEN_PART.test(s);
}

/**
 * A link a reader may follow, as the URL parser writes it: absolute http(s) with a host, or mailto.
 * Null for anything else — including strings that only look like URLs ("http://", "https://exa
 * mple.com", "http://[::1", "https://a:99999/"), which a `^https?:` test lets through and `new
 * URL()` then throws on wherever it is called.
 */
export function linkHref(href: string | null | undefined): string | null {
  if (!href) return null;
  if (isParsedForm(href)) return href;
  const u = safeUrl(href);
  if (!u) return null;
  if (u.protocol === 'mailto:') return u.href;
  // "%" in a host: Chromium's parser escapes what the URL Standard refuses ("exa mple.com" becomes
  // "exa%20mple.com"), so the same page would keep a broken link in one browser and not another.
  return isWebUrl(u) && u.hostname && !u.hostname.includes('%') ? u.href : null;
}

/** Pages no extension may read (browser UI, extension stores, other extensions). */
export function isRestrictedUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  const u = safeUrl(url);
  if (!u) return true;
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) return true;
  const host = u.hostname;
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com' ||
    host === 'accounts-static.cdn.mozilla.net'
  );
}

/** The host of a URL without "www.", for display ("kyivindependent.com"). */
export function displayHost(url: string): string {
  const u = safeUrl(url);
  return u ? u.hostname.replace(/^www\./, '') : url;
}
