// Pass: text that holds digits but never a figure — URLs, e-mail addresses, domains, identifiers
// after their label ("DOI: 10.1007/…", "ISBN …"), phone
// numbers (also emergency numbers next to a word of calling: "911 calls"), footnote and comment counters ("[3]", "(8)", "(10, 11)"), a code's section glued to its number ("401(k)"), a reference's volume and pages ("2015; 28: 685-690"), a case number ("FHC/ABJ/03/095/2018") and list numbering — is claimed first so
// that no later pass reads a number out of it.
import { claim, type FigurePass } from './types';

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"“”«»]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// a domain is found from its top-level part, then widened back to the start of the name
const TLD_RE = /\.(?<=[\p{L}\p{N}]\.)(?:com|org|net|gov|edu|int|eu|ua|ru|de|fr|uk|io|info|test|co|ch|at|pl|by|kz)(?:\/[^\s]*)?(?![\p{L}\p{N}])/giu;
// (a look-ahead for the first character: see `startsWith` in ../text)
const PHONE_RE = /(?=[+(0])(?:\+\d{1,3}(?:[\s\u00a0.-]?\(?\d{1,5}\)?){2,5}(?![\p{N}])|(?<![\p{L}\p{N}]|\p{N}[.,])(?:\+\d{1,3}[\s\u00a0./-]?)?\(?0\d{2,5}\)?[\s\u00a0./-]?\d{3,}(?:[\s\u00a0.-]\d{2,})*(?![\p{N}]))/gu;
// North American numbers: "347-966-3806", "(212) 555-0100". The look-behind (no digit or hyphen
// before the number) stands after the number's first character, which the regex can then look for
// first; before it, an unoptimised regex (see `startsWith` in ../text) tried it at every character.
const NANP_RE = /(?:\((?<![\p{N}-]\()\d{3}\)[\s\u00a0]?|\d(?<![\p{N}-]\d)\d{2}[-.])\d{3}[-.]\d{4}(?![\p{N}])/gu;
// (also a list of references: "(10, 11)", "[27, 28, 29]")
const MARKER_RE = /[[(]\d{1,3}(?:,[\s\u00a0]?\d{1,3})*[\])]|\n\d{1,2}[.)](?=\s)/gu;
// A section of a code glued to its number: "401(k)", "403(b)", "501(c)(3)" name a plan or a status, no quantity.
const SECTION_RE = /(?<![\p{L}\p{N}])\d{1,4}(?=\([a-z]\))(?:\([a-z0-9]{1,3}\))+/gu;
// A reference's volume, issue and pages, which are no quantity (labelling policy: page and issue
// numbers): after the year in the Vancouver style ("2015; 28: 685-690", "2019;12(3):45–52") or as
// volume(issue), pages in the APA style ("Nature, 28(3), 685–690"). Without this the volume was
// listed as a count and the pages as a range.
const CITATION_RE = /(?<=(?:1[89]|20)\d\d;[\s\u00a0]?)\d{1,4}(?:\(\d{1,4}\))?:[\s\u00a0]?\d{1,6}(?:[-–]\d{1,6})?|(?<![\p{L}\p{N}])\d{1,4}\(\d{1,4}\),[\s\u00a0]\d{1,6}[-–]\d{1,6}(?![\p{N}])/gu;
// A file or case number of capitals and digits joined by slashes, three parts or more: "FHC/ABJ/03/095/2018",
// "A/RES/70/1". Its digits are no quantity (the suit number's "03" was listed as a count); a part of
// capitals is required, so a date ("12/05/2019") or "24/7/365" is left to the other passes.
const CODE_RE = /(?<![\p{L}\p{N}/])(?=[\p{Lu}\d]*\p{Lu})(?:[\p{Lu}\d]+\/){2,}[\p{Lu}\d]+(?![\p{L}\p{N}]|\/[\p{L}\p{N}])|(?<![\p{L}\p{N}/])(?:\d+\/)+(?=\p{Lu})(?:[\p{Lu}\d]+\/)+[\p{Lu}\d]+(?![\p{L}\p{N}]|\/[\p{L}\p{N}])/gu;
// Longest run of name characters a domain is widened over.
const MAX_DOMAIN = 253;

export const reserved: FigurePass = {
  name: 'reserved',
  run(ctx) {
    const { text } = ctx;
    for (const re of [URL_RE, EMAIL_RE, TLD_RE, PHONE_RE, NANP_RE, MARKER_RE, SECTION_RE, CITATION_RE, CODE_RE]) {
      if (re === EMAIL_RE && !text.includes('@')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (re === TLD_RE) {
          let a = m.index;
          while (a > 0 && m.index - a < MAX_DOMAIN && /[\p{L}\p{N}.-]/u.test(text[a - 1])) a--;
          claim(ctx, a, m.index + m[0].length);
          continue;
        }
        // a code needs digits as well as its capitals ("EU/UK/US" is a list of names)
        if (re === CODE_RE && !/\d/.test(m[0])) continue;
        // a "phone" that is really a spaced thousands group ("180 000") or a lone year is left alone
        if (re === PHONE_RE && !/^[+(]|^0/.test(m[0])) continue;
        claim(ctx, m.index, m.index + m[0].length);
      }
    }
    // "DOI: 10.1007/978-3-319-09575-2_199-1", "ISBN 978-3-16-148410-0": an identifier is no quantity
    const id = ctx.F.identifier;
    // most texts name no identifier: a plain search for its labels (as the lexicon writes them, and in
    // lower case: "doi:") spares the regex its scan
    if (id && ctx.F.identifierHint!.test(text)) {
      id.lastIndex = 0;
      for (let m = id.exec(text); m; m = id.exec(text)) claim(ctx, m.index, m.index + m[0].length);
    }
    const em = ctx.F.emergency;
    // most texts hold no emergency number: a plain search spares the regex its scan
    if (em && ctx.lex.emergencyNumbers.some((n) => text.includes(n))) {
      em.lastIndex = 0;
      for (let m = em.exec(text); m; m = em.exec(text)) {
        const [a, b] = m.indices![m[1] ? 1 : 2]!;
        claim(ctx, a, b);
      }
    }
  },
};
