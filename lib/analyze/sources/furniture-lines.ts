// Pass: page furniture that names a source, in lines of their own rather than in sentences.
// - A pull quote's attribution: a short name- or role-shaped line ("Michael Shadlen, Ph.D.", "— News
//   industry analyst Ken Doctor") right after a quotation. The quotation is a paragraph that is all
//   quoted, or a pull quote: a paragraph that repeats the opening of a quotation of the article (a
//   blockquote reaches the text without its marks). A subhead after a quotation is no source: the
//   line must read as a name (capitals, no verb, no function word), never as a phrase.
// - A closing line crediting the wires ("With Post wires", "Mit Material von dpa"): the names after
//   the lexicon's lead (`wireCreditLeads`).
// - A closing reference line ("More information: G. Petit et al. Hibernation and Torpor …"): the
//   reference after the lexicon's label (`referenceLabels`) and its colon.
// - A DOI ("DOI: 10.1007/…") anywhere: the paper it names, as a link to doi.org.
import { tokenAt, T } from '../text';
import { CLOSE_Q, OPEN_Q } from './phrases';
import type { SourceCandidate, SourceContext, SourcePass } from './types';

// A pull quote's attribution is at most this many words ("News industry analyst Ken Doctor") and characters.
const MAX_ATTRIBUTION_WORDS = 7;
const MAX_ATTRIBUTION_CHARS = 80;
// A pull quote is matched to a quotation of the article by this many letters and digits of its opening.
const QUOTE_KEY_CHARS = 40;
// A wire credit line has at most this many words ("With files from The Canadian Press").
const MAX_WIRE_WORDS = 8;
// A reference is read at most this far; past it, it is cut at its last comma ("…, Handbook of …").
const MAX_REFERENCE_CHARS = 200;
// A DOI: "10.", a registrant code, a slash and a suffix without spaces.
const DOI = /\b(?:DOI|doi)[ \u00a0]*:?[ \u00a0]*(10\.\d{4,9}\/[^\s\u00a0]+)/g;

interface Block {
  start: number;
  end: number;
}

export const furnitureLines: SourcePass = {
  name: 'furniture-lines',
  run(ctx, found) {
    const blocks = blocksOf(ctx.text);
    let quoteKeys: Set<string> | null = null;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      const wire = wireCredit(ctx, b);
      if (wire) {
        found.push(wire);
        continue;
      }
      const ref = referenceLine(ctx, b);
      if (ref) {
        found.push(ref);
        continue;
      }
      if (i === 0 || !attributionShaped(ctx, b) || !nameShaped(ctx, b)) continue;
      // (the article's quotation openings, built once, only when a line could be an attribution)
      quoteKeys ??= quotationKeys(ctx.text);
      if (!isQuotation(ctx, blocks[i - 1], quoteKeys)) continue;
      const lead = /^[—–-][ \u00a0]*/.exec(ctx.text.slice(b.start, b.end))?.[0].length ?? 0;
      found.push(span(ctx, b.start + lead, b.end, 'quote', undefined));
    }
    for (const m of ctx.text.matchAll(DOI)) {
      let end = m.index! + m[0].length;
      while (/[.,;:)\]]/.test(ctx.text[end - 1])) end--;
      const id = ctx.text.slice(m.index! + m[0].length - m[1].length, end);
      found.push({ ...span(ctx, m.index!, end, 'link', undefined), href: `https://doi.org/${id}` });
    }
  },
};

/** The text's blocks (paragraphs: runs between blank lines), trimmed. */
function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let at = 0;
  while (at < text.length) {
    const k = text.indexOf('\n\n', at);
    const end = k < 0 ? text.length : k;
    let s = at;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    at = end + 2;
  }
  return out;
}

/** Does block b read as a name or a role with a name, and nothing else ("Michael Shadlen, Ph.D.")? */
function attributionShaped(ctx: SourceContext, b: Block): boolean {
  const line = ctx.text.slice(b.start, b.end).replace(/^[—–-][ \u00a0]*/, '');
  if (line.length > MAX_ATTRIBUTION_CHARS || /[\n\d?!:;"“”«»„]/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  // a name is written in letters, with lower case ("ARGENTINA CRUISES" is a heading; "Jo** Al****" a name masked)
  if (!/\p{Ll}/u.test(line) || /[^\p{L}\p{M}\s\u00a0.,’'-]/u.test(line)) return false;
  const words = line.split(/[ \u00a0]+/);
  if (words.length > MAX_ATTRIBUTION_WORDS || words.length < 2) return false;
  const S = ctx.C.set;
  let caps = 0;
  for (const raw of words) {
    const w = raw.replace(/[,.’']+$/u, '');
    const lc = w.toLowerCase();
    if (!w) return false;
    if (/^\p{Lu}/u.test(w)) {
      // a capitalised function word is a heading's ("What Comes Next", "The Hypothesis")
      if (S.stop.has(lc) || S.determiners.has(lc) || S.pronouns.has(lc) || S.personal.has(lc)) return false;
      caps++;
      continue;
    }
    // lower case: a role's words ("industry analyst"), a name's particle ("of", "van"); never a verb or a pronoun
    if (S.auxiliaries.has(lc) || S.pronouns.has(lc) || S.personal.has(lc) || ctx.C.cueKind.has(lc) || S.determiners.has(lc)) return false;
    if (/ing$/.test(lc) || ctx.C.pastEndings.some((e) => lc.endsWith(e))) return false;
  }
  // a name has two capitalised words at least, and one ends the line ("… Ken Doctor", "…, Ph.D.")
  return caps >= 2 && /^\p{Lu}/u.test(words[words.length - 1]);
}

/**
 * Does block b name someone, beyond its shape: a role word (lexicon sourceNouns: "analyst", "Minister"),
 * or a name the phrase reader takes whose capitalised words the text never writes in lower case (a
 * subhead after a quoted paragraph is common words: "Raised Garden Beds" on a page about raised garden
 * beds, "Related Articles")?
 */
function nameShaped(ctx: SourceContext, b: Block): boolean {
  const a = tokenAt(ctx.tokens, b.start);
  let z = a;
  while (z + 1 < ctx.tokens.length && ctx.tokens[z + 1].s < b.end) z++;
  const words = ctx.tokens.slice(a, z + 1).filter((t) => t.t === T.Word);
  if (words.some((t) => ctx.C.sourceNouns.includes(t.lc))) return true;
  const lower = ctx.np.lowerSeen;
  if (words.some((t) => t.cap && lower.has(t.lc))) return false;
  return ctx.np.valid({ a, b: z });
}

/** Is block b a quotation: all quoted, or the opening of one of the article's quotations (a pull quote)? */
function isQuotation(ctx: SourceContext, b: Block, keys: Set<string>): boolean {
  const t = ctx.text.slice(b.start, b.end);
  const last = t.replace(/[ \u00a0.,!?…]+$/u, '');
  if (OPEN_Q.has(t[0]) && CLOSE_Q.has(last[last.length - 1]) && last.length > 1) return true;
  if (OPEN_Q.has(t[0]) || t.includes('\n')) return false;
  const key = quoteKey(t, 0);
  return key.length === QUOTE_KEY_CHARS && keys.has(key);
}

/** The first QUOTE_KEY_CHARS letters and digits of text from `from`, lower case. */
function quoteKey(text: string, from: number): string {
  let key = '';
  // (read no further than a few keys' length: a run of marks without letters must not be read to its end per mark)
  for (let k = from; k < text.length && key.length < QUOTE_KEY_CHARS && k - from < QUOTE_KEY_CHARS * 3; k++) {
    const c = text[k];
    if (c === '\n') break;
    if (/[\p{L}\p{N}]/u.test(c)) key += c.toLowerCase();
  }
  return key;
}

/** The keys of the openings of the text's quotations (after an opening mark), one pass over the text. */
function quotationKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const OPENING = /[“«„"]/g;
  for (const m of text.matchAll(OPENING)) {
    const key = quoteKey(text, m.index! + 1);
    if (key.length === QUOTE_KEY_CHARS) keys.add(key);
  }
  return keys;
}

const isWireSpace = (c: number) => c === 0x20 || c === 0xa0;

/**
 * Has the block more than MAX_WIRE_WORDS words, or a line break? The test wireCredit makes on its line (the block
 * without trailing spaces and dots, split at runs of spaces), read off the character codes: a line of n words has
 * n - 1 runs of spaces inside it (and one more before a leading space), so MAX_WIRE_WORDS runs mean too many.
 */
function longerThanWireLine(text: string, b: Block): boolean {
  let end = b.end;
  while (end > b.start && (isWireSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2e)) end--;
  let runs = 0;
  for (let i = b.start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (isWireSpace(c) && !(i > b.start && isWireSpace(text.charCodeAt(i - 1))) && ++runs >= MAX_WIRE_WORDS) return true;
  }
  return false;
}

/** "With Post wires", "With files from The Canadian Press": the names after a wire lead filling block b. */
function wireCredit(ctx: SourceContext, b: Block): SourceCandidate | null {
  const { tokens, lex } = ctx;
  // (most blocks are paragraphs of prose: told by counting their spaces, before the line is sliced)
  if (longerThanWireLine(ctx.text, b)) return null;
  const line = ctx.text.slice(b.start, b.end).replace(/[ \u00a0.]+$/, '');
  const lower = line.toLowerCase();
  const lead = lex.wireCreditLeads.filter((l) => lower.startsWith(`${l} `) || lower.startsWith(`${l}\u00a0`)).sort((x, y) => y.length - x.length)[0];
  if (!lead) return null;
  const from = b.start + lead.length + 1;
  const end = b.start + line.length;
  const name = ctx.text.slice(from, end);
  // an agency of the lexicon, as written ("Mit Material von dpa")
  if (lex.creditAgencies.includes(name)) return span(ctx, from, end, 'attribution', ctx.text.slice(b.start, b.start + lead.length));
  // the names: capitalised words (and their connectors) to the end, or to a wire noun ending the line
  let k = tokenAt(tokens, from);
  if (k < 0 || tokens[k].s < from || !tokens[k].cap) return null;
  let wireNoun = false;
  for (; k < tokens.length && tokens[k].e <= end; k++) {
    const t = tokens[k];
    if (t.cap || t.t === T.Punct) continue;
    if (lex.wireNouns.includes(t.lc) && t.e === end) {
      wireNoun = true;
      continue;
    }
    if (ctx.C.set.connectors.has(t.lc) || ctx.C.set.coordinators.has(t.lc)) continue;
    return null;
  }
  // "With Love": a lone lead and a name is a heading's; a wire noun or a longer lead credits
  if (!wireNoun && !lead.includes(' ')) return null;
  return span(ctx, from, end, 'attribution', ctx.text.slice(b.start, b.start + lead.length));
}

/** "More information: G. Petit et al. …": the reference after a reference label opening block b, to its DOI or link. */
function referenceLine(ctx: SourceContext, b: Block): SourceCandidate | null {
  const line = ctx.text.slice(b.start, b.end);
  const colon = line.indexOf(':');
  if (colon < 0 || !ctx.lex.referenceLabels.includes(line.slice(0, colon).trim().toLowerCase())) return null;
  let from = b.start + colon + 1;
  while (from < b.end && /[\s\u00a0]/.test(ctx.text[from])) from++;
  const rest = ctx.text.slice(from, b.end);
  // a reference names its authors and its year ("et al.", "(2018)") or its DOI
  if (!/^\p{Lu}/u.test(rest) || !/et al\.?|\(\d{4}\)|\b(?:DOI|doi)\b/u.test(rest)) return null;
  let len = rest.search(/[ \u00a0]*(?:\b(?:DOI|doi)\b|https?:\/\/|\n)/u);
  if (len < 0) len = rest.length;
  if (len > MAX_REFERENCE_CHARS) len = Math.max(rest.lastIndexOf(',', MAX_REFERENCE_CHARS), 0) || MAX_REFERENCE_CHARS;
  while (len > 0 && /[\s\u00a0.,;]/.test(rest[len - 1])) len--;
  return len >= 10 ? span(ctx, from, from + len, 'attribution', line.slice(0, colon)) : null;
}

function span(ctx: SourceContext, start: number, end: number, kind: SourceCandidate['kind'], cue: string | undefined): SourceCandidate {
  const t = ctx.text.slice(start, end);
  return { start, end, text: t, kind, name: t, cue, sentence: ctx.sentences.at(start) };
}
