// Data for the boilerplate clean-up (lib/extract/cleanup.ts): what publishers wrap around an
// article that Readability tends to keep. Patterns only — the logic that applies them and the
// guards that keep real body text live in cleanup.ts. Add to these lists; keep them generic
// (no site names).

/**
 * Hyphen/underscore-separated parts of a class token or id that mark a boilerplate container,
 * e.g. "share-bar", "post_share", "newsletter-signup", "read-also", "tags-links".
 * Matched per token as a whole part: "share" matches "share-bar" but not "shareholders".
 */
export const BOILERPLATE_CLASS_PARTS = [
  // share bars and social buttons
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'sharethis', 'addthis', 'social',
  'socials', 'socialbar', 'social-links', 'social-media', 'social-icons', 'social-share', 'follow-us',
  // newsletter / sign-up
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'sign-up', 'optin', 'opt-in',
  // related / read also / more from / recirculation
  'related', 'read-also', 'readalso', 'also-read', 'see-also', 'more-from', 'more-stories',
  'more-articles', 'recommended', 'recommendations', 'recirc', 'recirculation', 'most-read',
  'most-popular', 'most-viewed', 'trending', 'popular', 'next-article', 'prev-article',
  'outbrain', 'taboola', 'zergnet', 'read-next', 'up-next', 'whats-next',
  // cookie / consent banners
  'cookie', 'cookies', 'cookiebar', 'consent', 'gdpr', 'cmp',
  // donation / patron / membership appeals
  'donate', 'donation', 'donations', 'patron', 'patreon', 'support-box', 'support-us', 'supportus',
  'contribute', 'contribution', 'memberful',
  // tag lists
  'tags', 'taglist', 'tag-list', 'tag-cloud', 'tagcloud', 'tags-links', 'post-tags', 'keywords',
  // author bio boxes
  'author-bio', 'authorbio', 'author-box', 'author-info', 'author-card', 'author-profile',
  'about-author', 'about-the-author', 'bio-box', 'author-about', 'contributor-bio',
  // comments
  'comment', 'comments', 'comment-list', 'commentlist', 'disqus', 'respond', 'discussion',
  // misc chrome
  'breadcrumb', 'breadcrumbs', 'promo', 'ad', 'ads', 'advert', 'adverts', 'advertisement',
  'sponsored', 'sponsor', 'banner-ad', 'skip-link', 'screen-reader-text', 'sr-only',
  'visually-hidden', 'visuallyhidden', 'print-only', 'noprint', 'toolbar', 'article-tools',
  'print', 'rss', 'app-promo', 'app-download',
];

/**
 * Class tokens that describe the article rather than the element (WordPress' "tag-newsletter",
 * "category-social", "post-format-…"): never treated as boilerplate evidence.
 */
export const TAXONOMY_TOKEN = /^(?:tag|tags|category|cat|post|format|type|status|topic|topics|section|term|page-id|postid|author)-/i;

/** Class tokens/ids that are content even when they also say "social" etc. (embedded posts). */
export const CONTENT_TOKEN = /(?:^|[-_])(?:embed|embeds|embedded|tweet|twitter-tweet|instagram-media|blockquote|quote|pullquote)(?:$|[-_])/i;

/** aria-label / title values that mark boilerplate regions. */
export const BOILERPLATE_LABEL = /\b(?:share|sharing|social|newsletter|subscribe|related|read also|more from|cookie|consent|advert|comments?|breadcrumb|donat|support us)\b/i;

/** Roles that are never article text. */
export const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Tags never part of an article body (removed before Readability, their content too). */
export const NON_CONTENT_TAGS = new Set(['NAV', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'DIALOG', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'SVG']);

/**
 * Lead phrases of "see also" blocks, in the languages we meet most. A short, link-dense block (or a
 * heading) that starts with one of these is a pointer to other articles, not body text.
 */
export const READ_ALSO_LEAD = new RegExp(
  '^\\s*(?:' +
    [
      'read (?:also|more|next|the full|our)', 'also read', 'see also', 'related(?: (?:articles?|stories|content|coverage|posts?|news|reading|links|topics))?',
      'more (?:from|on|about|stories|news|in|like this|coverage)', 'recommended(?: (?:for you|stories|articles|reading))?',
      'you (?:may|might) (?:also )?(?:like|be interested|enjoy)', 'further reading', 'most (?:read|popular|viewed|shared)',
      'trending(?: now)?', "don'?t miss", 'latest (?:news|stories|articles)', 'top stories', 'editor\'?s picks?',
      'watch(?: now)?:', 'listen(?: now)?:', 'what to read next', 'keep reading', 'next article', 'previous article',
      'читайте (?:також|также|ещё|еще)', 'дивіться також', 'по темі', 'по теме', 'вас може зацікавити',
      'самые (?:популярные|читаемые|обсуждаемые)', 'самое (?:популярное|читаемое)', 'популярное', 'вам (?:может|будет) (?:интересно|понравиться)', 'похожие (?:статьи|материалы|новости)',
      'найпопулярніше', 'найпопулярніші', 'популярне', 'схожі (?:статті|матеріали|новини)',
      'meistgelesen', 'am meisten gelesen', 'beliebte artikel', 'les plus lus', 'les plus populaires', 'articles similaires',
      'lesen sie (?:auch|mehr)', 'mehr zum thema', 'weitere artikel',
      'à lire aussi', 'lire aussi', 'lire la suite', 'sur le même sujet', 'voir aussi',
      'lee (?:también|más)', 'leer más', 'te puede interesar', 'noticias relacionadas', 'más información',
      'leia (?:também|mais)', 'veja também', 'você (?:também )?pode gostar',
      'vous (?:aimerez|pourriez aimer) (?:aussi|également|peut-être)', 'à découvrir (?:aussi|également)', 'das könnte sie (?:auch )?interessieren', 'вам може сподобатися', 'leggi anche', 'potrebbe interessarti', 'czytaj (?:też|także|więcej)',
      'lees ook', 'läs också', 'les også', 'læs også',
      'see more', '\\[related', 'more(?=\\s*:)', 'also(?=\\s*:)', 'also on [\\w.-]+\\.[a-z]{2,}', 'popular (?:this week|now|today)', 'recent (?:articles|posts|stories|news)',
      'more great [\\w ]{1,30} stories', 'about the author', 'related video', 'more videos', 'watch more',
      'اقرأ أيضا', 'اقرأ أيضًا', 'إقرأ أيضا', 'קראו גם', 'ראו גם',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

/**
 * Headings that title a box of other stories, and nothing else ("You may also like", "Related
 * stories", "Читайте также"): the narrow part of READ_ALSO_LEAD. A box titled so goes whole before
 * Readability (cleanup.ts); "Read the full statement", "More about the vote", "Watch:" can title the
 * article's own sections, so they are not here.
 */
export const OTHER_STORIES_HEADING = new RegExp(
  '^\\s*(?:' +
    [
      'you (?:may|might) (?:also )?(?:like|be interested|enjoy)', 'related(?: (?:articles?|stories|content|coverage|posts?|news|reading))?',
      'recommended(?: (?:for you|stories|articles|reading))?', 'more stories', 'read (?:also|next)', 'also read', 'see also',
      'most (?:read|popular|viewed|shared)', 'what to read next',
      'читайте (?:також|также)', 'дивіться також', 'вас може зацікавити', 'вам може сподобатися', 'схожі (?:статті|матеріали|новини)',
      'вам (?:может|будет) (?:интересно|понравиться)', 'похожие (?:статьи|материалы|новости)',
      'lesen sie auch', 'das könnte sie (?:auch )?interessieren', 'weitere artikel', 'mehr zum thema',
      'à lire aussi', 'lire aussi', 'sur le même sujet', 'voir aussi', 'vous (?:aimerez|pourriez aimer) (?:aussi|également|peut-être)', 'à découvrir (?:aussi|également)',
      'você (?:também )?pode gostar', 'leia também', 'veja também',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);

/** What the block-text lists hold: a pattern, or a pattern behind its gate (GatedPattern). */
export interface TextPattern {
  test(text: string): boolean;
}

/**
 * A pattern tried only on texts that match its gate: a cheap pattern that every text the pattern
 * matches also matches (the words it cannot match without). cleanup.ts tries these lists on every
 * short block at an article's edges; the patterns that look for their words anywhere in a block
 * ("^(?=[\s\S]{0,400}$)[\s\S]*\b…", or a share bar's start with a letter class of the u flag)
 * cost V8 a try at every position of every block, and 100k short paragraphs took 0.2 s here. The
 * gate finds no word at far less; the outcome is the pattern's own.
 */
export class GatedPattern implements TextPattern {
  constructor(
    readonly gate: RegExp,
    readonly pattern: RegExp,
  ) {}

  test(text: string): boolean {
    return this.gate.test(text) && this.pattern.test(text);
  }
}

/**
 * "Does any pattern of `list` match?" asked with one regular expression per flag set instead of one
 * per pattern. cleanup.ts asks these lists of every short block at an article's edges (about 35
 * patterns per block: 100k short paragraphs spent 0.3 s in the calls); a call costs about as much
 * as a failed search of a short text, so fewer calls is most of the saving. The answer is the
 * same: an alternation matches at a position when one of its alternatives does, and the patterns
 * keep no state (no g or y flag) and number no groups (no back-references). Gated patterns stay
 * whole, behind the union of their gates (none of them matches where no gate does).
 */
export function anyOf(list: readonly TextPattern[]): (text: string) => boolean {
  const plain = list.filter((p): p is RegExp => p instanceof RegExp);
  const gated = list.filter((p): p is GatedPattern => p instanceof GatedPattern);
  if (plain.length + gated.length !== list.length) throw new Error('anyOf: a pattern that is neither a RegExp nor a GatedPattern');
  const unions = (res: RegExp[]) => {
    const byFlags = new Map<string, RegExp[]>();
    for (const re of res) {
      if (re.global || re.sticky || /\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(re.source)) throw new Error(`anyOf: ${re} keeps state or numbers groups`);
      byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), re]);
    }
    return [...byFlags].map(([flags, group]) => (group.length === 1 ? group[0] : new RegExp(group.map((re) => `(?:${re.source})`).join('|'), flags)));
  };
  const plainUnions = unions(plain);
  const gateUnions = unions(gated.map((g) => g.gate));
  return (text) =>
    plainUnions.some((re) => re.test(text)) || (gated.length > 0 && gateUnions.some((re) => re.test(text)) && gated.some((g) => g.test(text)));
}

/** Texts of whole short blocks that are chrome: share bars, sign-up boxes, appeals, notices. */
export const BOILERPLATE_BLOCK_TEXT: TextPattern[] = [
  // share bars ("Share: Facebook X Telegram", "Share this article")
  new GatedPattern(
    /^(?:share|spread the word|teilen|partager|compartir|поділитися|поделиться)/iu,
    /^(?:share(?: (?:this|on|via|the|article|story|post|page))*|spread the word|teilen|partager|compartir|поділитися|поделиться)(?![\p{L}\p{N}])[\s\S]{0,160}$/iu,
  ),
  /^(?:(?:share on |share via )?(?:facebook|twitter|x|x \(twitter\)|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|copy link|messenger|viber|tumblr|flipboard|pocket|mastodon|bluesky|threads|vk)[\s,·|•/]*){2,}$/i,
  // newsletter sign-up
  // ("subscribe to" alone is not enough: "if you subscribe to all three services…")
  new GatedPattern(
    /\b(?:sign up|subscribe|register|newsletter|delivered (?:to|in) your inbox|get (?:our|the))/i,
    /^(?=[\s\S]{0,400}$)[\s\S]*\b(?:(?:sign up|subscribe|register)\b[^.!?]{0,80}\b(?:newsletters?|e-?mails?|inbox|digest|briefing|updates|alerts)|newsletter|delivered (?:to|in) your inbox|get (?:our|the) [\w\s]{0,40}(?:digest|briefing|newsletter))\b/i,
  ),
  /^subscribe (?:to|now|today)\b[\s\S]{0,120}$/i,
  // donation / patron appeals
  new GatedPattern(
    /\b(?:become a|donate|support|make a|you could close)/i,
    /^(?=[\s\S]{0,600}$)[\s\S]*\b(?:become a (?:patron|member|supporter)|donate (?:now|today)|support (?:our|independent|quality) (?:journalism|reporting|work)|make a (?:one-off |monthly )?(?:donation|contribution)|you could close this page)\b/i,
  ),
  // reprint / copyright notices
  new GatedPattern(
    /reprinting|all rights|republish|copyright|©/i,
    /^(?=[\s\S]{0,300}$)[\s\S]*(?:\b(?:reprinting (?:is )?(?:allowed|permitted|prohibited)|all rights reserved|republish(?:ing)? (?:this|is|guidelines)|copyright ©)|© ?\d{4})/i,
  ),
  // tag lists
  /^(?:tags?|tagged(?: with)?|topics?|filed under|keywords|themen|теги|мітки|темы)\s*:/i,
  // comments
  /^(?:\d+ (?:comments?|responses?|thoughts? on)|leave a (?:reply|comment)|comments? (?:are )?closed|join the (?:discussion|conversation)|post a comment|show comments|view comments)\b/i,
  /^(?:(?:отзывы|комментарии|коментарі|відгуки|kommentare|commentaires|comentários|comentarios)(?:\s*\(\d+\))?|(?:добавить|оставить|додати|залишити) (?:отзыв|комментарий|коментар|відгук)|kommentar schreiben|laisser un commentaire|ajouter un commentaire)$/iu,
  // cookie banners
  new GatedPattern(/cookie/i, /^(?=[\s\S]{0,500}$)(?=[\s\S]*\bcookies?\b)[\s\S]*\b(?:we use|this (?:site|website) uses|accept|consent|privacy policy)\b/i),
  // follow us
  /^(?:follow us(?: on)?|find us on|join us on|подписывайтесь|підписуйтесь)(?![\p{L}\p{N}])[\s\S]{0,160}$/iu,
];

/** Hosts of share/intent links: a block made of such links is a share bar. */
export const SHARE_LINK = /(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|sharing|shareArticle)|t\.me\/share|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/|reddit\.com\/submit|pinterest\.com\/pin\/create|mailto:\?|vk\.com\/share|tumblr\.com\/(?:share|widgets)|getpocket\.com\/save|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink)/i;

/** Whole blocks that are widget labels (galleries, players, toolbars), never prose. */
/** A gallery's bare counter standing alone ("1 of 6", "3 von 12"); not in a table, where it is data. */
export const GALLERY_COUNTER = /^\d{1,3}\s*(?:of|von|de|sur|из|з)\s*\d{1,3}$/i;

export const UI_LABEL = /^(?:(?:image|photo|picture|slide|foto|bild)\s*\d+\s*(?:of|\/|von|de|из|з)\s*\/?\s*\d*|\d+\s*\/\s*\d+|caption|close|expand|enlarge|next|previous|prev|back to (?:gallery|top)|view (?:gallery|slideshow)|open gallery|full ?screen|play video|watch video|advertisement|advert|ads?|sponsored|anzeige|werbung|реклама|publicité|publicidad|pubblicità|reklama|iklan|media playback is unsupported on your device|loading…?|text size|font size|listen to (?:this )?article|print|email|comments?|subscribe|subscribe now|sign in|log in|register|hide caption|show caption|toggle caption|skip (?:ad|advert)|continue reading|(?:story|article) continues below(?: (?:the )?(?:gallery|advertisement|ad|video))?|read more|show more|see more|load more)$/i;

/** Date and "Published/Updated" lines of an article header. */
export const DATELINE = new RegExp(
  '^(?:(?:published|updated|posted|last updated|first published|modified|created|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|опубліковано|опубликовано|оновлено)(?![\\p{L}\\p{N}])' +
    '|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)' +
    '|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?:,?\\s+\\d{1,2}:\\d{2})?\\s*$' +
    '|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b[^.!?]{0,40}$' +
    '|\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b[^.!?]{0,40}$' +
    ')',
  'iu',
);

/** "By Jane Doe", "By Jane Doe - 11/18/19" (case-sensitive on the name). */
export const BYLINE_LINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:and|und|et|y|e|и|і|&)\s+)?\p{Lu}[\p{L}.'’-]+){0,7}\s*(?:[-–—|,•·/]|$)/u;

/** Sign-off lines after the body: contact, bios, follow/newsletter prompts. */
export const TAIL_CONTACT: TextPattern[] = [
  /^(?:e-?mail|write to|contact|reach|follow)\b[^.]{0,120}(?:@|\bat\b|twitter|facebook|instagram)/i,
  /^\S+@\S+\.[a-z]{2,}$/i,
  /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|t)\.(?:com|me)\/\S+$/i,
  /^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?: \([^)]{1,60}\))? (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,4}(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|producer|author|intern|photographer)\b/u,
  /^(?:want more stories|every day we send|sign up for our|get (?:our|the) (?:best|top|latest)|don't miss|never miss)\b/i,
  /^(?:join (?:our|the) (?:\w+ ){0,2}(?:forums?|community|conversation|discussion))\b/i,
  /^(?:have a (?:news )?tip|got a (?:news )?tip|send us (?:a|your) (?:tip|story))\b/i,
  /\bmay be reached at\b|\bcan be reached at\b/i,
  /^(?:listen|watch) (?:to \S+ )?(?:live|back|again|now)\b/i,
  /^via [\w.-]+\.[a-z]{2,}$/i,
  // a postal address with phone and fax numbers ("… Washington DC 20006 | 202-628-8500 tel | … fax")
  new GatedPattern(/tel|phone|fax|tél|тел/i, /(?:\b(?:tel|phone|fax|telefon|tél|тел)\b\.?:?\s*\+?[\d(][\d\s().-]{6,}|[\d(][\d\s().-]{6,}\d\s*(?:tel|phone|fax)\b)/i),
  /^subscribe to\b|^get [\w ]{1,40} delivered\b|\bclick here for more information\b/i,
];

/**
 * An organisation's standard self-description, as press releases end ("Ascom is a global solutions
 * provider…", "Ascom is headquartered in Baar…", "X ist ein führender Anbieter…", "X est un leader…",
 * "X — це…", "X является…"): the name (group 1, maybe with a parenthesis after it) and the verb
 * phrase that opens the description. en, de, fr, uk, ru. Only the publisher's own name counts
 * (cleanup.ts): a closing paragraph about anyone else stays.
 */
/**
 * What every text SELF_DESCRIPTION matches holds: white space, then its verb or a dash (see
 * GatedPattern: tried on every closing block, the lazy name of up to 60 characters costs it 60 tries).
 */
export const SELF_DESCRIPTION_GATE = /\s(?:is|ist|hat|est|це|є|это|является|[—–-])/iu;
export const SELF_DESCRIPTION = new RegExp(
  '^(.{2,60}?)(?:\\s*\\([^)]{1,60}\\))?,?\\s+(?:' +
    [
      'is (?:a|an|the|one of|headquartered|based)', 'ist (?:ein|eine|einer|der|die|das)', 'hat (?:seinen|ihren) sitz',
      "est (?:un|une|le|la|l['’]|basée?|située?)", '(?:[—–-]\\s*)?(?:це|є)', '(?:[—–-]\\s*)?это', 'является',
    ].join('|') +
    ')(?:(?<=[\'’])|(?![\\p{L}]))',
  'iu',
);

/**
 * What a company's "About us" says and a closing paragraph about a place or a subject does not:
 * where it is based, when founded, how many work for it, where it is listed, its web address. The
 * second signal SELF_DESCRIPTION needs ("Berlin ist eine der am schnellsten wachsenden Städte" on
 * berlin.de is the article's last word, not boilerplate). en, de, fr, uk, ru.
 */
export const COMPANY_MARKER =
  /\b(?:headquartered|founded in|employs|employees|subsidiaries|listed on|publicly traded|www\.)|\b(?:sitz in|gegründet|mitarbeite(?:r|nde)|tochtergesellschaften|börsennotiert)|\b(?:siège|fondée? en|salariés|collaborateurs|filiales|cotée? (?:à|en|sur))|(?:штаб-квартир|засновано|заснована|заснований|працівник|співробітник|основан[аоы]?\b|сотрудник|дочерн)/iu;

/** Short blocks that are promotions or disclosures wherever they stand. */
export const PROMO_TEXT: RegExp[] = [
  /^(?:click here to )?(?:download|get) (?:the|our) [\w ]{1,30} app\b/i,
];

/**
 * Subscription and paywall offers: a call to act (subscribe, try, sign up…) next to a price. Both
 * must be there: an article about subscription prices names prices but does not tell the reader
 * to subscribe. en, de, fr, uk, ru.
 */
export const OFFER_CALL = new RegExp(
  [
    'subscribe (?:now|today|for)', 'start (?:your )?(?:free )?trial', 'get unlimited (?:digital )?access',
    'cancel any ?time', 'already a subscriber', 'become a (?:member|subscriber)', 'sign up (?:now|today)', 'join (?:now|today)',
    'abonnieren', 'jetzt (?:testen|abonnieren|weiterlesen|bestellen)', 'weiterlesen mit', 'jederzeit kündbar', 'probe-?abo', 'testen sie',
    "abonnez-vous", "je m'abonne", 'sans engagement', 'offre (?:spéciale|découverte|d.essai)', 'essai gratuit', 'déjà abonné',
    'передплат(?:іть|ити|а)', 'оформ(?:ити|іть) передплату', 'підпишіться', 'оформите подписку', 'оформить подписку', 'подпишитесь', 'подписк[аиу]',
  ].join('|'),
  'i',
);
/** A price: a currency sign or word next to a number ("$9.99", "0,99 €", "49 грн", "299 рублей", "Rs 599"). */
export const PRICE = /(?:[$£€₴₽¥]\s?\d|\d(?:[\d.,\s]*\d)?\s?(?:[$£€₴₽]|(?:usd|eur|gbp|rs|грн|гривень|гривні|руб(?:\.|лей|ля|ль)?|euro)(?!\p{L}))|(?<!\p{L})(?:rs\.?|inr|usd|eur)\s?\d)/iu;

/** Republishing-licence boxes ("republish this story for free under Creative Commons"). */
export const REPUBLISH_TEXT = new RegExp(
  '(?:' +
    [
      'republish (?:this|our|the) (?:article|story|stories|articles)', 'republish(?:ing)? (?:it|them) for free', 'creative commons licen[cs]e',
      'republier cet article', 'reprendre gratuitement', 'licence creative commons', 'sous licence cc',
      'diesen artikel (?:können sie|dürfen sie|kostenlos)', 'unter der lizenz cc', 'kostenlos übernehmen',
      'передрук (?:матеріалу|статті) дозволен', 'за ліцензією creative commons',
      'перепечатка (?:материала|статьи) разрешена', 'по лицензии creative commons',
    ].join('|') +
    ')',
  'i',
);
/** The button-like lines of such boxes ("Copy HTML", "Republish this article"). */
export const REPUBLISH_LABEL = /^(?:republish(?: this (?:article|story))?|copy (?:html|code)|html kopieren|copier le code|скопіювати html|скопировать html|creative commons)$/i;

/** Error-report prompts: "Found a typo? Select it and press Ctrl+Enter" in any language. */
export const TYPO_PROMPT = /(?:ctrl|strg|control)\s*\+\s*(?:enter|entrée|entree|ввод|enter\b)|\borphus\b/i;

/** Media players' fallback text ("Media playback is unsupported on your device"), en/de/fr/uk/ru. */
export const PLAYER_FALLBACK = /(?:playback|wiedergabe|lecture|воспроизведение|відтворення)(?!\p{L}).{0,50}?(?<!\p{L})(?:unsupported|not supported|nicht unterstützt|pas prise en charge|n'est pas supportée|не поддерживается|не підтримується)/iu;

/**
 * Screen-reader labels that open a caption ("Media caption", "Image copyright", "Подпись к фото"):
 * the label goes, the caption or credit after it stays.
 */
export const CAPTION_LABEL = /^(?:media caption|image caption|video caption|image copyright|image source|picture caption|caption|credit|photo credit|videobeschreibung|bildunterschrift|bildquelle|bildrechte|légende(?: (?:vidéo|photo|de l'image))?|crédit photo|подпись к (?:фото|видео|изображению)|автор фото|фото|підпис до (?:фото|відео|зображення)|автор фото|джерело фото)\s*(?:[:.…]+\s*|\s+|$)/iu;

/**
 * Section and genre labels that publishers print above or at the top of the body ("Analysis",
 * "Opinion", "Kommentar", "Décryptage", "Думка", "Мнение"). Only a short first line that is one of
 * these, or the section the page itself declares, is taken for a label.
 */
export const SECTION_LABELS = new Set([
  'analysis', 'news analysis', 'opinion', 'comment', 'commentary', 'review', 'exclusive', 'explainer', 'interview',
  'feature', 'features', 'editorial', 'breaking', 'breaking news', 'column', 'fact check', 'obituary', 'letters', 'essay',
  'investigation', 'sponsored', 'partner content', 'advertisement feature', 'opinion columnist', 'guest column', 'long read',
  'analyse', 'kommentar', 'meinung', 'interview', 'reportage', 'hintergrund', 'gastbeitrag', 'kolumne', 'exklusiv',
  'eilmeldung', 'leitartikel', 'porträt', 'glosse', 'gastkommentar', 'essay', 'rezension', 'kritik',
  'décryptage', 'tribune', 'éditorial', 'entretien', 'chronique', 'enquête', 'exclusif', 'portrait', 'billet', 'point de vue',
  'аналітика', 'аналіз', 'думка', 'колонка', 'інтерв\'ю', 'інтерв’ю', 'репортаж', 'ексклюзив', 'розслідування', 'блог', 'погляд', 'коментар', 'точка зору',
  'аналитика', 'анализ', 'мнение', 'интервью', 'эксклюзив', 'расследование', 'комментарий', 'точка зрения',
]);

/**
 * Words a date or time line is made of, besides numbers and punctuation (en, de, fr, es, pt, it,
 * uk, ru): months, weekdays, "at", "am/pm", time zones, "updated"/"published". A short line with
 * nothing else in it is a dateline ("Updated 10:01 pm PST, Tuesday, November 19, 2019",
 * "sexta-feira, 22 de outubro de 2010 às 20:13", "| UPDATED: 11:05, Tue, Nov 19, 2019").
 */
const DATE_NAMES = [
  'jan(?:uary|vier|uar|eiro)?', 'feb(?:ruary|ruar)?', 'f[ée]v(?:rier)?', 'fevereiro', 'mar(?:ch|s|zo|ço)?', 'märz', 'apr(?:il)?', 'avr(?:il)?', 'abril', 'aprile',
  'may', 'mai', 'mayo', 'maio', 'maggio', 'jun[ei]?', 'juin', 'junho', 'giugno', 'jul[iy]?', 'juil(?:let)?', 'julho', 'luglio', 'aug(?:ust)?', 'août', 'agosto',
  'sep(?:t(?:ember|embre)?)?', 'setembro', 'settembre', 'oct(?:ober|obre)?', 'okt(?:ober)?', 'outubro', 'ottobre', 'nov(?:ember|embre|embro)?',
  'dec(?:ember)?', 'dez(?:ember|embro)?', 'd[ée]c(?:embre)?', 'dicembre', 'diciembre', 'gen', 'giu', 'lug', 'ago', 'set', 'ott', 'dic',
  'mon(?:day)?', 'tue(?:s(?:day)?)?', 'wed(?:nesday)?', 'thu(?:rs(?:day)?)?', 'fri(?:day)?', 'sat(?:urday)?', 'sun(?:day)?',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?', 'sábado', 'domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes',
  'січ(?:ня)?', 'лют(?:ого)?', 'берез(?:ня)?', 'квіт(?:ня)?', 'трав(?:ня)?', 'черв(?:ня)?', 'лип(?:ня)?', 'серп(?:ня)?', 'верес(?:ня)?', 'жовт(?:ня)?', 'листоп(?:ада)?', 'груд(?:ня)?',
  'янв(?:аря)?', 'фев(?:раля)?', 'марта', 'апр(?:еля)?', 'мая', 'июн[яь]', 'июл[яь]', 'авг(?:уста)?', 'сен(?:тября)?', 'окт(?:ября)?', 'ноя(?:бря)?', 'дек(?:абря)?',
  'today', 'yesterday', 'heute', 'gestern', "aujourd'hui", 'hier', 'hoy', 'ayer', 'hoje', 'ontem',
];
/** "Updated", "published" and their kin, which open a dateline. */
const UPDATE_WORDS = ['updated', 'published', 'posted', 'last updated', 'first published', 'aktualisiert', 'veröffentlicht', 'publié', 'mis à jour',
  'publicado', 'atualizado', 'actualizado', 'оновлено', 'опубліковано', 'обновлено', 'опубликовано'];
/** The words that glue a date line together: "at", "de", "am/pm", time zones. */
const DATE_GLUE = ['at', 'on', 'of', 'de', 'del', 'às', 'a las', 'um', 'à', 'le', 'в', 'о', 'року', 'года', 'г', 'р', 'uhr', 'h',
  'a\\.?m\\.?', 'p\\.?m\\.?', '[a-z]?[ecmp][sd]t', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'et', 'pt', 'ct', 'mt'];
const wordsRe = (words: string[]) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu');

/**
 * Words a date or time line is made of, besides numbers and punctuation (en, de, fr, es, pt, it,
 * uk, ru): months, weekdays, "updated"/"published" (DATE_NAME) and "at", "am/pm", time zones. A
 * short line with nothing else in it that names a date is a dateline ("Updated 10:01 pm PST,
 * Tuesday, November 19, 2019", "sexta-feira, 22 de outubro de 2010 às 20:13"); a bare time
 * ("4:14 p.m.") heads an entry of a live story and stays.
 */
export const DATE_WORD = wordsRe([...DATE_NAMES, ...UPDATE_WORDS, ...DATE_GLUE]);
export const DATE_NAME = wordsRe(DATE_NAMES);
export const UPDATE_WORD = wordsRe(UPDATE_WORDS);

/** Short prompts and widget lines that are never prose (comment, share, "requires JavaScript"). */
export const PROMPT_LINE: RegExp[] = [
  /^(?:post (?:a )?comment|add (?:a )?comment|leave a comment|write a comment|tell us what you think|what do you think\?|have your say)\b/i,
  /^like this (?:story|article|post)\?/i,
  /\bsubscribe to our\b|\bsubscribe (?:now|today)\b|^subscribe to\b/i,
  /\brequires javascript\b|\benable javascript\b|\bjavascript (?:is )?(?:required|disabled)\b/i,
  /^\[[a-z_-]+(?:\s[^\]]*)?\][\s\S]*\[\/[a-z_-]+\]$/i, // a leaked shortcode: [button link="…"]…[/button]
  /^(?:\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|de lecture|lesezeit|de leitura|de lectura)|(?:reading time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura|время чтения|час читання)\s*:?\s*\d+[\s\S]{0,12})$/i,
  /\b(?:affiliate (?:links?|commission|partnerships?)|(?:may|might) (?:earn|receive) (?:a )?(?:small )?commission|contains? (?:affiliate|referral))\b/i,
  // comment moderation notices ("we are temporarily moderating all comments", "Comentários … moderador")
  /(?<!\p{L})(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|комментари\p{L}*|коментар\p{L}*)(?!\p{L}).{0,100}(?<!\p{L})(?:modera\p{L}*|modér\p{L}*|closed|fermés|geschlossen|spam)/iu,
  // view counters ("2,289 views", "letture")
  /^(?:[\d.,\s]+k?\s*)?(?:views?|reads?|letture|leituras|visualizações|vues|lectures|aufrufe|просмотр\w*|перегляд\w*)$/iu,
  /^by$/i,
];

/** Longer promotions: membership pitches and sister-title ads. */
export const PROMO_LONG: RegExp[] = [
  /^if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|journalism|reporting|work)\b/i,
  /\bour sister (?:publication|title|magazine|site)\b|\bget a subscription (?:of|to)\b/i,
];

/** Words of a by-/date-/category line ("Published …", "Publicado por: … - Categoria: … - Tags: …"). */
export const META_LINE = /(?<![\p{L}-])(?:published|updated|posted|publié|mis à jour|veröffentlicht|aktualisiert|publicado|atualizado|pubblicato|опубликовано|опубліковано|оновлено|(?:posted by|publicado por|categor(?:y|ia|ía|ie)|kategorie|рубрика|tags?)\s*:)(?!\p{L})/iu;
/** Two such words: a line of post metadata even without a date. */
export const META_LINE_TWICE = new RegExp(`${META_LINE.source}[\\s\\S]*${META_LINE.source}`, 'iu');

/**
 * Headings of an article's own sources (references, notes, bibliography, further reading,
 * external links) in en/de/fr/uk/ru, with a wiki's "[edit]" link after them: what a researcher
 * reads the article for, never a tail of related stories however many links they hold.
 */
export const SOURCES_HEADING = new RegExp(
  '^(?:' +
    [
      'references?', 'notes', 'notes and references', 'references and notes', 'footnotes', 'citations', 'sources', 'bibliography',
      'works cited', 'further reading', 'external links',
      'einzelnachweise', 'anmerkungen', 'quellen', 'literatur', 'weblinks', 'fußnoten',
      'références', 'notes et références', 'bibliographie', 'liens externes', 'pour approfondir',
      'примітки', 'джерела', 'література', 'посилання', 'примечания', 'источники', 'литература', 'ссылки',
    ].join('|') +
    // the same joined with the links it lists ("Sources & links", "References and links", "Quellen und Links")
    ')(?:\\s*(?:&|\\+|and|und|et|и|і)\\s*(?:links|liens|ссылки|посилання))?\\s*(?:\\[[^\\]]{1,24}\\])?$',
  'iu',
);
