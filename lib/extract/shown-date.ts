// The publication day a page shows next to its headline ("By Jeff Foust — November 18, 2019",
// "publiziert am 30. Juli 2018", "Posted Nov 18, 8:19 PM"). Metadata often gives the instant in
// UTC or with a wrong offset (a story posted at 20:19 local time is dated the next day), or no date
// at all; the reader shows the day the page shows. Pure text work: no browser APIs.

/** Month names and abbreviations (en, de, fr, es, pt, it, nl, id, uk, ru) → month number. */
const MONTHS: [RegExp, number][] = [
  [/^(?:jan(?:uary|vier|uar|eiro|uari)?|gen(?:naio)?|enero|ene|janv|січ(?:ня)?|янв(?:аря)?)$/, 1],
  [/^(?:feb(?:ruary|ruar|braio|rero|ruari)?|f[ée]v(?:rier|ereiro)?|лют(?:ого)?|фев(?:раля)?)$/, 2],
  [/^(?:mar(?:ch|s|zo|ço|et|t)?|märz|maart|берез(?:ня)?|марта?)$/, 3],
  [/^(?:apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|квіт(?:ня)?|апр(?:еля)?)$/, 4],
  [/^(?:may|mai|mayo|maio|maggio|mei|трав(?:ня)?|мая)$/, 5],
  [/^(?:june?|juni|juin|junio|junho|giu(?:gno)?|черв(?:ня)?|июн[яь]?)$/, 6],
  [/^(?:july?|juli|juil(?:let)?|julio|julho|lug(?:lio)?|лип(?:ня)?|июл[яь]?)$/, 7],
  [/^(?:aug(?:ust|ustus)?|août|ago(?:sto)?|agu(?:stus)?|серп(?:ня)?|авг(?:уста)?)$/, 8],
  [/^(?:sep(?:t(?:ember|embre)?)?|setembro|settembre|septiembre|верес(?:ня)?|сен(?:тября)?)$/, 9],
  [/^(?:oct(?:ober|obre|ubre)?|okt(?:ober)?|outubro|ott(?:obre)?|жовт(?:ня)?|окт(?:ября)?)$/, 10],
  [/^(?:nov(?:ember|embre|embro|iembre)?|листоп(?:ада)?|ноя(?:бря)?)$/, 11],
  [/^(?:dec(?:ember)?|dez(?:ember|embro)?|d[ée]c(?:embre)?|dic(?:embre|iembre)?|des(?:ember)?|груд(?:ня)?|дек(?:абря)?)$/, 12],
];
const MONTH_WORD = '(\\p{L}{3,10})\\.?';
/** "November 18th, 2019", "Nov. 19, 2019", "Maret 30, 2015" (year optional: "Posted Nov 18, 8:19 PM"). */
const MDY = new RegExp(`(?<!\\p{L})${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?!\\d)`, 'gu');
/** "19 November 2019", "30. Juli 2018", "22 de outubro de 2010", "20 Nov 2019". */
const DMY = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'gu');
/** 2019-11-18 and 11/19/2019 or 21/06/2014 (day-first when the first number cannot be a month). */
const NUMERIC = /(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))(?!\d)/g;
/** A date right after these is when the story changed, not when it was published. */
const UPDATED_BEFORE = /(?:updated|last updated|aktualisiert|mis à jour|atualizado|actualizado|aggiornato|оновлено|обновлено)\W{0,3}(?:\p{L}+\W{1,3}){0,2}$/iu;
/** How far from the headline the shown date may be (characters of text after, then before it). */
const AFTER_CHARS = 400;
const BEFORE_CHARS = 200;
/** A shown day overrides the metadata's only this close to it: farther is another date (a photo's, an event's). */
const MAX_SHIFT_DAYS = 2;

function month(word: string): number | null {
  const w = word.toLowerCase();
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

interface Found { at: number; day: string }

/** Every date written in `text` (year taken from `yearHint` when the text leaves it out), in order. */
export function datesIn(text: string, yearHint: number | null): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(MDY)) {
    const mo = month(m[1]);
    const y = m[3] ? Number(m[3]) : yearHint;
    const d = mo && y ? day(y, mo, Number(m[2])) : null;
    if (d) out.push({ at: m.index!, day: d });
  }
  for (const m of text.matchAll(DMY)) {
    const mo = month(m[2]);
    const d = mo ? day(Number(m[3]), mo, Number(m[1])) : null;
    if (d) out.push({ at: m.index!, day: d });
  }
  for (const m of text.matchAll(NUMERIC)) {
    let d: string | null;
    if (m[1]) d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    else {
      const a = Number(m[4]);
      const b = Number(m[5]);
      d = a > 12 ? day(Number(m[6]), b, a) : day(Number(m[6]), a, b);
    }
    if (d) out.push({ at: m.index!, day: d });
  }
  return out.sort((x, y) => x.at - y.at).filter((f) => !UPDATED_BEFORE.test(text.slice(Math.max(0, f.at - 40), f.at)));
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/**
 * The publication date to show: the day written next to the headline when the metadata has none
 * or dates it a day or two off (a UTC or mis-offset instant); else the metadata's own value.
 * `after`/`before`: the page's text right after and before its headline; `urlDay`: a /YYYY/MM/DD/
 * day in the page's URL.
 */
export function shownPublicationDate(metaDate: string | null, after: string, before: string, urlDay: string | null): string | null {
  const yearHint = metaDate && /^\d{4}/.test(metaDate) ? Number(metaDate.slice(0, 4)) : urlDay ? Number(urlDay.slice(0, 4)) : null;
  const shown = datesIn(after.slice(0, AFTER_CHARS), yearHint)[0] ?? datesIn(before.slice(-BEFORE_CHARS), yearHint).pop() ?? null;
  const candidate = shown?.day ?? urlDay;
  if (!candidate) return metaDate;
  if (!metaDate || !/^\d{4}-\d{2}-\d{2}/.test(metaDate)) return metaDate ?? candidate;
  if (metaDate.slice(0, 10) === candidate) return metaDate;
  return daysBetween(metaDate, candidate) <= MAX_SHIFT_DAYS ? candidate : metaDate;
}

/** The day a URL's path names (/2019/11/18/), null when none. */
export function urlDay(url: string): string | null {
  const m = url.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//);
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
