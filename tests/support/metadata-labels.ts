// How the hand-labelled metadata set (tests/fixtures/metadata/labels.json) judges an extraction:
// shared by the unit test and the scratch scorer so both count the same thing.
export interface MetadataLabel {
  id: string;
  half: 'tune' | 'check';
  title: string;
  byline: string[] | null;
  date: string | null;
  url: string;
}

interface Extracted {
  title: string;
  byline: string | null;
  publishedTime: string | null;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[‘’ʼ`]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Title: the same words as the page's headline. Byline: every labelled name and no date or
 *  number beside them (none when the page shows none). Date: the labelled day, as the ISO string's
 *  own date part (the page's offset, never converted). */
export function judgeMetadata(label: MetadataLabel, got: Extracted | null): { title: boolean; byline: boolean; date: boolean } {
  if (!got) return { title: false, byline: false, date: false };
  const title = norm(got.title) === norm(label.title);
  const byline = label.byline === null
    ? !got.byline
    : !!got.byline && !/\d/.test(got.byline) && label.byline.every((n) => norm(got.byline!).includes(norm(n)));
  const date = label.date === null ? !got.publishedTime : (got.publishedTime ?? '').slice(0, 10) === label.date;
  return { title, byline, date };
}
