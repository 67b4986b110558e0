// URL helpers shared by the panel, the database and the CLI: one article reached through many
// URLs (tracking parameters, fragments, AMP variants, canonical links) must get one key.

const TRACKING_PARAMS = [
  /^utm_/i, /^mc_(cid|eid)$/i, /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|ttclid)$/i,
  /^_ga$/i, /^_gl$/i, /^(ref|ref_src|ref_url|referrer|source|src)$/i, /^(cmpid|ocid|icid|ncid|mbid|sr_share|share)$/i,
  /^(at_[a-z_]+|s_cid|s_kwcid|cid)$/i, /^(amp|outputtype|_amp)$/i, /^(guccounter|guce_referrer|guce_referrer_sig)$/i,
  /^(hsa_[a-z]+|__hstc|__hssc|__hsfp|_hsenc|_hsmi|hsctatracking)$/i, /^(spm|scm|from|feature|smid|smtyp)$/i,
];

const isTracking = (name: string) => TRACKING_PARAMS.some((re) => re.test(name));

/**
 * The key under which an article is stored: the canonical URL when the page declares a usable one
 * (http(s), same registrable host or an AMP cache), else the page URL; lower-case host, no default
 * port, no fragment, no tracking parameters, remaining parameters sorted, AMP path suffix removed.
 */
export function articleKey(pageUrl: string, canonicalUrl?: string | null): string {
  const page = safeUrl(pageUrl);
  const canonical = canonicalUrl ? safeUrl(canonicalUrl, pageUrl) : null;
  const chosen = canonical && isWebUrl(canonical) ? canonical : page;
  if (!chosen) return pageUrl.trim();
  return normalizeUrl(chosen);
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
