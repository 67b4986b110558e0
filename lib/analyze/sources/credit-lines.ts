// Pass: credits without a "Label:" — the photographer and agency a caption ends with
// ("REUTERS/Brendan McDermid", "(Joshua Roberts/Reuters)", "(AP Photo/David Zalubowski)", "(NASA via AP, File)", an agency
// alone at the end of a caption without final punctuation ("… and his colleague Timothy Weeks AP"),
// "Alex Wong | Getty Images", "… 2019.J. Scott Applewhite / AP file"), a credit after a label and
// its agent preposition or "via" ("Photo by David Dyer-Bennet", "(Photo by Kevin Mazur/Getty Images)", "Image via
// Getty Images"), and
// a credit after a mark ("© John Brecher", "Image copyright Getty Images"). Captions that end
// without punctuation may carry a slash credit glued to their last word ("… marmots Vesti/The
// Siberian Times"), a part of a slash credit the page gave before ("… a large rodent The Siberian
// Times") or an agency with a dash label ("… a rabbit Getty - Contributor").
// The slash form is a credit only where captions put one: a whole line, the end of a line after a
// sentence, or the last parenthesis of a line — never inside running prose ("Kyiv/Moscow talks").
import { T, tokenAt } from '../text';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// A credit longer than this is a caption sentence, not a credit.
const MAX_CREDIT_CHARS = 80;
// A word of a credit: capitalised, with inner dots ("Polygraph.info", "R.R") but no final one, or
// an initial ("J."); a name part is up to six of them ("J. Scott Applewhite", "AP Photo", "REUTERS").
const WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{N}’'&-]*(?:\.\p{L}[\p{L}\p{N}’'&-]*)*)`;
const PART = String.raw`${WORD}(?:[ \u00a0](?:${WORD}|von|van|de|der|da|di|la|le|del|for)){0,5}`;
// Parts joined by "/" or "|" (with or without spaces), optionally ending in "file" or "via …".
// Sticky: it is tried only where a credit may start (at `lastIndex`), not searched for further on.
// After the slash parts, a second agency set off by a dash may close the credit ("Ashraf
// Shazly/Agence France-Presse — Getty Images": the photographer's agency and the one distributing it).
// Before "via", a one-word credit label of the lexicon in lower case may name what was passed on
// ("Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP"): built once per lexicon.
const slashRes = new WeakMap<object, RegExp>();
function slashRe(ctx: SourceContext): RegExp {
  let re = slashRes.get(ctx.lex);
  if (!re) {
    const labels = ctx.lex.creditLabels.filter((l) => /^\p{Ll}+$/u.test(l)).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const label = labels.length ? `(?:[ \u00a0](?:${labels.join('|')}))?` : '';
    re = new RegExp(String.raw`(${PART}(?:[ \u00a0]?[/|][ \u00a0]?${PART}){1,4}(?:[ \u00a0][—–][ \u00a0]${PART})?(?:${label}[ \u00a0]via[ \u00a0]${PART})?)(?:,?[ \u00a0](?:file|File|FILE))?(?=[ \u00a0]*[).\]]?[ \u00a0]*$)`, 'uy');
    slashRes.set(ctx.lex, re);
  }
  return re;
}
// Where a slash credit may start in a line: its start, after a sentence's end (also glued:
// "2019.J. Scott"), or after an opening parenthesis ("( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)").
const CREDIT_START = /(?:^|[.!?…”"»][ \u00a0]*|[([][ \u00a0]*)(?=\p{Lu})/gu;
// "(NASA via AP, File)": a source and the agency that passed the picture on, in the parenthesis a line ends with.
const VIA = new RegExp(String.raw`\([ \u00a0]*(${PART}[ \u00a0]via[ \u00a0]${PART})(?:,?[ \u00a0](?:file|File|FILE))?[ \u00a0]*\)[ \u00a0]*$`, 'u');
// A credit read after a label or a mark: name parts joined by slashes, bars or commas.
const AFTER = new RegExp(String.raw`^${PART}(?:[ \u00a0]?[/|,][ \u00a0]?${PART})*`, 'u');

export const creditLines: SourcePass = {
  name: 'credit-lines',
  run(ctx, found) {
    const { text } = ctx;
    const LINE = /[^\n]+/g;
    // lines with no credit of the kinds above, and the parts of the page's slash credits ("Vesti/The
    // Siberian Times"): a caption may end with one of those parts alone ("… a large rodent The Siberian Times")
    const rest: Array<[string, number]> = [];
    const parts = new Set<string>();
    for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
      const line = m[0];
      const at = m.index;
      const c = slashCredit(ctx, line, at) ?? viaCredit(ctx, line, at) ?? labelParenCredit(ctx, line, at) ?? markCredit(ctx, line, at) ?? gluedSlashCredit(ctx, line, at) ?? agencyCredit(ctx, line, at, ctx.lex.creditAgencies) ?? commaAgencyCredit(ctx, line, at) ?? captionViaCredit(ctx, line, at) ?? capitalsTailCredit(ctx, line, at);
      if (c) found.push(c);
      else rest.push([line, at]);
      const second = c ? creditAfterPosition(ctx, line, at, c) : null;
      if (second) found.push(second);
      // "Photo illustration by Slate. Photo by David Dyer-Bennet.": a second label with its agent in the same line
      if (c) found.push(...labelAgentCredits(ctx, line, at, (second ?? c).end));
      if (c && /[/|]/.test(c.text)) for (const p of c.text.split(/[ \u00a0]*[/|][ \u00a0]*/)) if (/\p{Ll}/u.test(p) && p.includes(' ')) parts.add(p);
    }
    if (!parts.size) return;
    const known = [...parts];
    for (const [line, at] of rest) {
      const c = agencyCredit(ctx, line, at, known);
      if (c) found.push(c);
    }
  },
};

/** "Name/Agency" ending the line. */
function slashCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  // only the tail of a line can be a credit: look at its last MAX_CREDIT_CHARS * 2 characters
  const from = Math.max(0, line.length - MAX_CREDIT_CHARS * 2);
  if (!/[/|]/.test(line.slice(from))) return null;
  CREDIT_START.lastIndex = from;
  for (let s = CREDIT_START.exec(line); s; s = CREDIT_START.exec(line)) {
    const start = s.index + s[0].length;
    // (a search of the rest of the line from each start found only matches that were then refused)
    const SLASH = slashRe(ctx);
    SLASH.lastIndex = start;
    const m = SLASH.exec(line);
    // an all-capitals line ("DIGG PICKS | AFFILIATE") is a label, not a person and an agency; in
    // the parenthesis a caption ends with, capitals are a credit ("(STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)")
    const bracketed = /^[([]/.test(s[0]) && m?.[1].includes('/');
    if (m && m[1].length <= MAX_CREDIT_CHARS && (bracketed || /\p{Ll}/u.test(m[1])) && !barMenu(ctx, m[1])) return credit(ctx, at + start, at + start + m[1].length, undefined);
    if (CREDIT_START.lastIndex === s.index) CREDIT_START.lastIndex++;
  }
  return null;
}

/** "Order Reprints | Today’s Paper | Subscribe": three or more parts joined only by bars, none of them an agency of the
 * lexicon, are a menu of links, not a photographer and agencies ("Natalie Naccache | Bloomberg | Getty Images" is a credit,
 * "Alex Wong | Getty Images" has two parts; slash credits may have more: "Reuters/Brendan McDermid/File"). */
function barMenu(ctx: SourceContext, s: string): boolean {
  const parts = s.split(/[ \u00a0]*\|[ \u00a0]*/);
  return !s.includes('/') && parts.length >= 3 && !parts.some((p) => ctx.lex.creditAgencies.includes(p) || (ctx.lex.commaCreditAgencies ?? []).includes(p));
}

// "(Photo Prakash Mathema. AFP)": the parenthesis a line ends with, a credit label, a space and a capitalised credit.
const LABEL_PAREN = /\(([^()]{2,40}?)[ \u00a0]+(\p{Lu}[^()\d]*?)[ \u00a0.]*\)[ \u00a0]*$/u;

/**
 * "Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)": in the parenthesis
 * ending a caption line, a credit label of the lexicon (`creditLabels`) without a colon, then the credit,
 * capitalised and without digits; the label alone in its words ("(photo prise en 2015)" is no credit:
 * its word after the label is lower case).
 */
function labelParenCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const from = Math.max(0, trimmed.length - MAX_CREDIT_CHARS * 2);
  const m = LABEL_PAREN.exec(trimmed.slice(from));
  const labels = ctx.lex.creditLabels;
  // "(Photo Illustration)": a label of two words is no label and a credit
  if (!m || m[2].length > MAX_CREDIT_CHARS || !labels.includes(m[1].toLowerCase()) || labels.some((l) => `${m[1]} ${m[2]}`.toLowerCase().startsWith(`${l} `) && l.includes(' ') && l.startsWith(`${m[1].toLowerCase()} `)) || labels.includes(m[2].toLowerCase().replace(/[\s.,\u00a0]+$/u, ''))) return null;
  let end = m[2].length;
  while (end > 0 && /[\s.,\u00a0]/.test(m[2][end - 1])) end--;
  const start = at + from + m.index + m[0].indexOf(m[2], m[1].length + 1);
  return end >= 2 ? credit(ctx, start, start + end, m[1]) : null;
}

/** "… during construction of the station. (NASA via AP, File)": a via credit in the parenthesis ending the line. */
function viaCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const from = Math.max(0, line.length - MAX_CREDIT_CHARS * 2);
  if (line.indexOf(' via ', from) < 0) return null;
  const tail = line.slice(from);
  const m = VIA.exec(tail);
  if (!m || m[1].length > MAX_CREDIT_CHARS) return null;
  const start = at + from + m.index + m[0].indexOf(m[1]);
  // "(Image via Reuters)": before "via" a credit label, not a source — the credit is the one after it
  const k = m[1].indexOf(' via ');
  const label = k < 0 ? '' : m[1].slice(0, k);
  // (the credit starts after the label and " via ", whose 5 characters are skipped)
  if (label && ctx.lex.creditLabels.includes(label.toLowerCase())) return credit(ctx, start + k + ' via '.length, start + m[1].length, `${label} via`);
  return credit(ctx, start, start + m[1].length, undefined);
}

// "Al Goldis, Associated Press": a name and an agency after a comma, the whole line; the agency may name its
// collection after a slash ("Jupiterimages, Getty Images/Creatas RF").
const COMMA_AGENCY = new RegExp(String.raw`^[ \u00a0]*(${PART}),[ \u00a0]+(${PART}(?:[ \u00a0]?/[ \u00a0]?${PART})?)[ \u00a0]*$`, 'u');

/**
 * "Al Goldis, Associated Press" alone on its line, under the caption it credits: a photographer's name
 * (two words or more, with lower case: not an all-capitals label) and, after a comma, an agency of the
 * lexicon's `creditAgencies` or `commaCreditAgencies`. A place and an agency ("Paris, AFP") are a dateline: one word is no name.
 */
function commaAgencyCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  if (line.length > MAX_CREDIT_CHARS || line.indexOf(',') < 0) return null;
  const m = COMMA_AGENCY.exec(line);
  if (!m) return null;
  // (with a collection after the agency the credit is plain enough for a one-word source: "Jupiterimages, Getty Images/…")
  const [agency, collection] = m[2].split(/[ \u00a0]*\/[ \u00a0]*/);
  if (!(ctx.lex.creditAgencies.includes(agency) || ctx.lex.commaCreditAgencies?.includes(agency)) || !(collection || /[ \u00a0]/.test(m[1])) || !/\p{Ll}/u.test(m[1])) return null;
  const start = at + line.indexOf(m[1]);
  return credit(ctx, start, at + line.trimEnd().length, undefined);
}

// "… new scissor switch keyboard via iFixit": a caption's last content word, "via" and a name ending the
// line without final punctuation (a name may open with a lower-case letter before a capital: "iFixit", "eBay").
const CAPTION_VIA = new RegExp(String.raw`(?<=\p{Ll}[ \u00a0])via[ \u00a0]((?:\p{Ll}\p{Lu}[\p{L}\p{N}]*|${PART}))[ \u00a0]*$`, 'u');

/**
 * "16-inch MacBook Pro's new scissor switch keyboard via iFixit": a caption that ends with where its
 * picture came from, "via" and a name, without final punctuation; at least MIN_CAPTION_WORDS words before
 * it, the last one a lower-case content word and no auxiliary in the line ("Songs are available via Apple
 * Music" is a sentence; a stop word or a past before "via" is prose too; "… Registry via AP" after a name is left to the other credits).
 */
function captionViaCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const trimmed = line.trimEnd();
  if (trimmed.lastIndexOf(' via ') < 0 || /[.!?…:;,”"»)\]]$/u.test(trimmed)) return null;
  const m = CAPTION_VIA.exec(trimmed.slice(Math.max(0, trimmed.length - MAX_CREDIT_CHARS * 2)));
  if (!m || m[1].length > MAX_CREDIT_CHARS) return null;
  const k = trimmed.length - m[0].length;
  const words = trimmed.slice(0, k).trim().split(/\s+/);
  const last = words[words.length - 1];
  const S = ctx.C.set;
  // a caption is a noun phrase: a line with an auxiliary is a sentence ("Songs are now available via Apple Music")
  if (words.some((w) => S.auxiliaries.has(w.toLowerCase()))) return null;
  if (words.length < MIN_CAPTION_WORDS || S.stop.has(last) || S.determiners.has(last) || S.connectors.has(last) || ctx.C.pastEndings.some((e) => last.endsWith(e)) || last.endsWith('ing')) return null;
  const start = at + trimmed.length - m[1].length;
  return credit(ctx, start, start + m[1].length, undefined);
}

// The caption's last word before a credit glued to it: lower case, after at least MIN_CAPTION_WORDS
// words; the credit then runs to the line's end with no final punctuation.
const GLUED_START = /(?<=[\p{Ll}\p{N}][ \u00a0])(?=\p{Lu}[^ \u00a0]*[/|])/gu;

/**
 * "… due to some plague-contaminated marmots Vesti/The Siberian Times": a slash credit right after a
 * caption's last word, the caption without final punctuation. The word before is a content word (not
 * a stop word or an article: "the US/China Trade War" is a heading's name, not a credit).
 */
function gluedSlashCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const trimmed = line.trimEnd();
  if (/[.!?…:;,”"»)\]]$/u.test(trimmed)) return null;
  const from = Math.max(0, trimmed.length - MAX_CREDIT_CHARS);
  if (trimmed.indexOf('/', from) < 0 && trimmed.indexOf('|', from) < 0) return null;
  GLUED_START.lastIndex = from;
  const g = GLUED_START.exec(trimmed);
  if (!g) return null;
  const before = trimmed.slice(0, g.index).trim();
  const words = before.split(/\s+/);
  const last = words[words.length - 1];
  const S = ctx.C.set;
  if (words.length < MIN_CAPTION_WORDS || !/^\p{Ll}/u.test(last) || S.stop.has(last) || S.determiners.has(last) || S.connectors.has(last)) return null;
  const SLASH = slashRe(ctx);
  SLASH.lastIndex = g.index;
  const m = SLASH.exec(trimmed);
  if (!m || m[1].length > MAX_CREDIT_CHARS || !/\p{Ll}/u.test(m[1]) || g.index + m[1].length !== trimmed.length) return null;
  return credit(ctx, at + g.index, at + g.index + m[1].length, undefined);
}

// "… the day after the military takeover HARARE HERALD": two to four words in capitals ending a caption.
const CAPS_TAIL = /(?<=[\p{Ll}\p{N}][ \u00a0])((?:\p{Lu}[\p{Lu}&’'-]+[ \u00a0]){1,3}\p{Lu}[\p{Lu}&’'-]+)[ \u00a0]*$/u;

/**
 * "… in an image the Harare Herald claims was taken on November 16 - the day after the military takeover
 * HARARE HERALD": an outlet or agency in capitals (two to four words) run on at the end of a caption
 * without final punctuation, after a lower-case content word and at least MIN_CAPTION_WORDS words
 * (a line all in capitals is a heading, and a single word in capitals may be an acronym of the sentence).
 */
function capitalsTailCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const trimmed = line.trimEnd();
  const m = CAPS_TAIL.exec(trimmed.slice(Math.max(0, trimmed.length - MAX_CREDIT_CHARS)));
  if (!m || m[1].length > MAX_CREDIT_CHARS) return null;
  const k = trimmed.length - m[0].length;
  const words = trimmed.slice(0, k).trim().split(/\s+/);
  const last = words[words.length - 1];
  const S = ctx.C.set;
  if (words.length < MIN_CAPTION_WORDS || S.stop.has(last) || S.determiners.has(last) || S.connectors.has(last) || S.auxiliaries.has(last)) return null;
  // capitals that are grammar words name no outlet: a specification's "servers SHOULD NOT" at a line's end
  if (m[1].split(/[ \u00a0]+/).some((w) => grammarWord(S, w.toLowerCase()))) return null;
  if (!capitalsNameOutlet(ctx, m[1])) return null;
  return credit(ctx, at + k, at + k + m[1].length, undefined);
}

/**
 * Capitals that name an outlet or agency rather than a thing the sentence speaks of ("NVIDIA RTX",
 * "REST API"): a word of them says what an outlet is ("HERALD", "IMAGES"), or the text writes the
 * same words in mixed case elsewhere, as a name ("the Harare Herald claims …").
 */
function capitalsNameOutlet(ctx: SourceContext, caps: string): boolean {
  const outletWords = new Set([...ctx.lex.mastheadWords, ...ctx.lex.creditLabels]);
  if (caps.split(/[ \u00a0]+/).some((w) => outletWords.has(w.toLowerCase()))) return true;
  const same = new RegExp(caps.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ \u00a0]+/g, '[ \\u00a0]+'), 'giu');
  for (const m of ctx.text.matchAll(same)) if (/\p{Ll}/u.test(m[0])) return true;
  return false;
}

/** A verb's grammar word (an auxiliary or a negation: "SHOULD NOT"); an article may open a masthead ("LE PARISIEN"). */
function grammarWord(S: SourceContext['C']['set'], w: string): boolean {
  return S.auxiliaries.has(w) || S.negations.has(w);
}

// A caption that ends with a bare agency has at least this many words before it (a short line is a heading or a name).
const MIN_CAPTION_WORDS = 4;
// A dash and one capitalised word ending a line: the label an agency's credit may carry ("Getty - Contributor").
const DASH_TAIL = /[ \u00a0][-–][ \u00a0]\p{Lu}\p{Ll}+$/u;

/** Does the text end with the agency in brackets ("… (Reuters)")? `text.endsWith(`(${agency})`)`, without building that string per line and agency. */
function inParenthesisAtEnd(text: string, agency: string): boolean {
  const n = text.length;
  return text.charCodeAt(n - 1) === 0x29 && text.charCodeAt(n - agency.length - 2) === 0x28 && text.endsWith(agency, n - 1);
}

/**
 * An agency (lexicon `creditAgencies`, or a part of a slash credit the page gave elsewhere) ending a caption line: after the caption's last word without
 * final punctuation ("… Timothy Weeks AP"), after the caption's last sentence ("… in Hong Kong. Getty
 * Images"), or alone on its line (a credit set apart from its caption: "Reuters"). (In brackets at a
 * line's end an agency may name a linked story's outlet: "… It’s Complicated [Bloomberg]"; left alone.)
 */
function agencyCredit(ctx: SourceContext, line: string, at: number, agencies: readonly string[]): SourceCandidate | null {
  const trimmed = line.trimEnd();
  const lead = line.length - line.trimStart().length;
  const whole = trimmed.trimStart();
  for (const agency of agencies) {
    if (whole === agency) return credit(ctx, at + lead, at + lead + agency.length, undefined);
    // "… most of them foreign tourists. (Reuters)": the agency in a parenthesis after the caption's last sentence
    if (inParenthesisAtEnd(trimmed, agency)) {
      const k = trimmed.length - agency.length - 2;
      const before = trimmed.slice(0, k);
      if (before.trim().split(/\s+/).length >= MIN_CAPTION_WORDS && /[.!?…”"»][ \u00a0]+$/u.test(before)) return credit(ctx, at + k + 1, at + k + 1 + agency.length, undefined);
      continue;
    }
    if (!trimmed.endsWith(agency)) continue;
    const k = trimmed.length - agency.length;
    const before = trimmed.slice(0, k);
    if (before.trim().split(/\s+/).length < MIN_CAPTION_WORDS) continue;
    // a space before it, after the caption's last word ("Weeks AP", "(left) AP") or its last sentence ("Kong. Getty Images")
    if (!/[\p{L}\p{N})][ \u00a0]$|[.!?…”"»][ \u00a0]$/u.test(before)) continue;
    return credit(ctx, at + k, at + k + agency.length, undefined);
  }
  // "… after a hunter killed and ate a rabbit Getty - Contributor": the agency, a dash and one word of its own label
  const dash = DASH_TAIL.exec(trimmed);
  const c = dash ? agencyCredit(ctx, trimmed.slice(0, dash.index), at, agencies) : null;
  return c ? credit(ctx, c.start, at + trimmed.length, undefined) : null;
}

// Per analysis (its tokens): the credit marks its text holds anywhere, in lexicon order.
const marksByText = new WeakMap<SourceContext['tokens'], readonly string[]>();

/**
 * The lexicon's credit marks the lower-cased text holds: a mark no line of the text can hold is not searched for
 * in each line (a lower-cased copy of every line and a search per mark were 1 % of the analysis). A line's lower
 * case is a piece of the text's: the one letter whose lower case reads its neighbours (Greek final sigma) sees a
 * line feed at a line's edge as it sees the string's edge.
 */
function marksInText(ctx: SourceContext): readonly string[] {
  let marks = marksByText.get(ctx.tokens);
  if (!marks) {
    const lower = ctx.text.toLowerCase();
    marksByText.set(ctx.tokens, (marks = ctx.C.creditMarks.filter((m) => lower.includes(m))));
  }
  return marks;
}

/** "Photo by X", "© X", "Image copyright X": the credit after a label with its agent preposition, or after a mark. */
function markCredit(ctx: SourceContext, line: string, at: number): SourceCandidate | null {
  const marks = marksInText(ctx);
  const lower = marks.length ? line.toLowerCase() : '';
  for (const mark of marks) {
    const k = lower.indexOf(mark);
    if (k < 0 || (k > 0 && /[\p{L}\p{N}]/u.test(line[k - 1]) && /^\p{L}/u.test(mark))) continue;
    const c = creditAfter(ctx, line, at, k + mark.length, mark);
    if (c) return c;
  }
  // "Photo by …": a credit label followed by an agent preposition
  return labelAgentCredits(ctx, line, at, at, 1)[0] ?? null;
}

// After a credit read behind "via", at most this many characters (a bracket, a stop, spaces) may end its line.
const VIA_TAIL = 4;

/** The credits after a credit label and its agent preposition ("Photo by …") in the line from offset `from`, at most `max`. */
function labelAgentCredits(ctx: SourceContext, line: string, at: number, from: number, max = Infinity): SourceCandidate[] {
  const { tokens, C } = ctx;
  const out: SourceCandidate[] = [];
  for (let i = tokenAt(tokens, from); i >= 0 && i < tokens.length && tokens[i].s < at + line.length && out.length < max; i++) {
    if (tokens[i].s < from || tokens[i].t !== T.Word || !tokens[i].cap) continue;
    const len = C.credits.at(tokens, i);
    const by = tokens[i + len];
    if (!len || !by) continue;
    // ("Image via Getty Images": a label and the preposition of who passed the picture on, lexicon `creditVias` — only
    // as the line's or its bracket's opening words, a credit line; in a sentence "photos via …" are what someone sent)
    const via = !C.set.agent.has(by.lc) && C.set.creditVias.has(by.lc) && /^[\s\u00a0([]*$/u.test(ctx.text.slice(at, tokens[i].s));
    if (!C.set.agent.has(by.lc) && !via) continue;
    const c = creditAfter(ctx, line, at, by.e - at, ctx.text.slice(tokens[i].s, by.e));
    // (… and ending it: "Photos via Reuters and AP show the crowd" is a sentence)
    // (a bounded read: only a closing bracket or stop may follow)
    if (c && via && (at + line.length - c.end > VIA_TAIL || /\p{L}/u.test(ctx.text.slice(c.end, at + line.length)))) continue;
    if (c) {
      out.push(c);
      i = tokenAt(tokens, c.end) - 1;
    }
  }
  return out;
}

const positionRes = new WeakMap<object, RegExp | null>();
/** ", left, and " between two credits, for the lexicon's positions and coordinators (built once per lexicon). */
function positionRe(ctx: SourceContext): RegExp | null {
  let re = positionRes.get(ctx.lex);
  if (re === undefined) {
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pos = ctx.lex.creditPositions.map(esc).join('|');
    const and = ctx.lex.coordinators.map(esc).join('|');
    re = pos && and ? new RegExp(`^,[ \u00a0]*\\(?(?:${pos})\\)?[ \u00a0]*,?[ \u00a0]+(?:${and})[ \u00a0]+`, 'iu') : null;
    positionRes.set(ctx.lex, re);
  }
  return re;
}

/** "Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP": the second credit, after a position and a coordinator. */
function creditAfterPosition(ctx: SourceContext, line: string, at: number, first: SourceCandidate): SourceCandidate | null {
  const re = positionRe(ctx);
  const k = first.end - at;
  const m = re?.exec(line.slice(k, k + MAX_CREDIT_CHARS));
  return m ? creditAfter(ctx, line, at, k + m[0].length, first.cue ?? '') : null;
}

/** The credit starting at line[k]: capitalised words, initials and slashes, up to punctuation that ends it. */
function creditAfter(ctx: SourceContext, line: string, at: number, k: number, cue: string): SourceCandidate | null {
  while (k < line.length && /[\s\u00a0:]/.test(line[k])) k++;
  const m = AFTER.exec(line.slice(k, k + MAX_CREDIT_CHARS * 2));
  if (!m || m[0].length > MAX_CREDIT_CHARS || /^\d/.test(line.slice(k))) return null;
  let end = k + m[0].length;
  while (end > k && /[\s,.\u00a0]/.test(line[end - 1])) end--;
  return end - k >= 2 ? credit(ctx, at + k, at + end, cue) : null;
}

function credit(ctx: SourceContext, start: number, end: number, cue: string | undefined): SourceCandidate {
  const t = ctx.text.slice(start, end);
  return { start, end, text: t, kind: 'credit', name: t, cue, sentence: ctx.sentences.at(start) };
}
