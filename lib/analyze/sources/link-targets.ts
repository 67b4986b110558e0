// What a body link's address says about the page it opens, read from the URL alone (no hostnames
// of particular outlets): the real target behind the outlet's own redirector ("/click?url=…"), a
// deep page (a document, a story, a data page) rather than a site's home or section page, a story
// (dated or numbered), a page about one thing (a profile, a topic, a catalogue entry) and a post on a
// social network. The links pass uses them to judge a link to another site on words that are not a
// claim or a cue: such a link is a source only when it opens a page that can back the words.
import { siteOf } from '../context';

/** The parsed address, or null for none. */
export function parseUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

// Query parameters through which a site's redirector passes the address it sends the reader on to.
const REDIRECT_PARAMS = ['url', 'u', 'to', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'redirect_uri', 'goto', 'link', 'out'];

/**
 * "webmd.com/click?url=https%3A%2F%2Fobamawhitehouse.archives.gov%2F…": a link through the outlet's own
 * redirector opens the page its parameter names; that page's site is the link's target. Another site's
 * redirector is left as it is (an affiliate network's "?u=" is an offer, and the shop rules judge the wrapper).
 */
export function unwrapRedirect(href: string, isOwn: (site: string) => boolean): string {
  const u = parseUrl(href);
  const site = siteOf(href);
  if (!u || !site || !isOwn(site)) return href;
  for (const p of REDIRECT_PARAMS) {
    const v = u.searchParams.get(p);
    if (v && /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(v)) return v;
  }
  return href;
}

// Social networks, messengers and video sites: a link to them opens a person's or a body's own channel
// (a profile, a post, a clip), not a document that backs the words it sits on.
const SOCIAL_SITE = /(?:^|\.)(?:t\.me|telegram\.(?:me|org)|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|threads\.net|vk\.com|bsky\.app|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|t\.co|pinterest\.com|reddit\.com)$/;

/** Is the site a social network or a video site (matched on the link's registrable site)? */
export function socialSite(site: string): boolean {
  return SOCIAL_SITE.test(site);
}

// Path segments of pages about one thing — a person's profile, a topic's or a tag's index, a catalogue's
// entry — that describe it rather than report ("/people/jane-doe", "/topics/…/facebook-inc.htm", "/books/321477/…").
const ENTITY_SEGMENTS = new Set([
  'profile', 'profiles', 'people', 'person', 'persons', 'author', 'authors', 'team', 'staff', 'faculty', 'directory', 'bio', 'bios',
  'user', 'users', 'member', 'members', 'topic', 'topics', 'tag', 'tags', 'category', 'categories', 'organization', 'organisation',
  'company', 'companies', 'book', 'books', 'product', 'products', 'about',
  // a film's or a person's database entry ("/name/nm0000801", "/title/tt…"), a wiki's or a glossary's entry, a
  // software manual's page ("/docs/current/tutorial-window.html"), an add-on's page, a search or label index,
  // an image file's folder: they define or show a thing, they back no claim
  'name', 'title', 'wiki', 'glossary', 'dictionary', 'definition', 'define', 'encyclopedia', 'docs', 'documentation',
  'manual', 'tutorial', 'addon', 'addons', 'search', 'label', 'labels', 'image', 'images',
]);

// A photo's or a gallery's page ("/photos/jetheriot/6186786217", "/pic-227832739/stock-vector-…"): it shows a picture,
// as an image file does; a link to one credits the picture's maker ("Photos by <a>J E Theriot</a>")
const MEDIA_SEGMENT = /^(?:photos?|pics?|pictures?|gallery|galleries)(?:[-_]\d+)?$/;

// A path segment at least this long, or of at least this many words, spells a page's title ("/banks-rely-on-…-study-finds");
// shorter ones ("/jobs", "/NBT", "/management/fisheries") name a site's sections and entries.
const DEEP_SEGMENT_LENGTH = 16;
const DEEP_SLUG_WORDS = 3;
// A run of at least this many digits in a path is a date or an article's number ("/2019/02/17/", "/tech/8464/").
const STORY_DIGITS = 3;
const DIGIT_RUN = new RegExp(`\\d{${STORY_DIGITS}}`);

// An image file opens a picture, not a document.
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|svg|avif)$/;

/** The path's non-empty segments, lower-cased (null for no http(s) address). */
function segments(href: string): string[] | null {
  const u = parseUrl(href);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  return u.pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
}

/**
 * A deep page: a document, a story or a data page, its path numbered or spelling a title ("/data/landings-2019",
 * "/pubmed/18344808", "/press-release/nasa-announces-new-partnerships…"), not a home, section or profile page.
 */
export function deepPage(href: string): boolean {
  const segs = segments(href);
  if (!segs || !segs.length || segs.some((s) => ENTITY_SEGMENTS.has(s) || MEDIA_SEGMENT.test(s)) || IMAGE_FILE.test(segs[segs.length - 1])) return false;
  return segs.some((s) => DIGIT_RUN.test(s) || s.length >= DEEP_SEGMENT_LENGTH || s.split(/[-_]+/).filter(Boolean).length >= DEEP_SLUG_WORDS);
}

// A page's own name in its path ("/players/300452/mason-rudolph") has at most this many words; a story's headline more.
const MAX_ENTRY_SLUG_WORDS = 3;

/**
 * A story about what the anchor names: a deep page whose path is dated or numbered ("/2016/11/16/president-obama-names…",
 * "/tech/8464/facebook-pay…"), its last words no more than the name itself ("/nfl/players/300452/mason-rudolph" is
 * the player's page, an entry like a profile).
 */
export function storyPage(href: string, anchor: string): boolean {
  if (!deepPage(href)) return false;
  const segs = segments(href)!;
  return segs.some((s) => DIGIT_RUN.test(s)) && !entrySlug(segs, anchor);
}

/** Is the path's last worded segment a short slug holding a word of the anchor ("larry-ogunjobi" for "Ogunjobi")? */
function entrySlug(segs: string[], anchor: string): boolean {
  const last = [...segs].reverse().find((s) => /\p{L}{2}/u.test(s));
  if (!last) return false;
  const slug = last.replace(/\.[a-z]+$/, '').split(/[-_+.]+/).filter((w) => /\p{L}/u.test(w));
  if (slug.length > MAX_ENTRY_SLUG_WORDS) return false;
  const names = anchor.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  return names.some((w) => slug.includes(w));
}
