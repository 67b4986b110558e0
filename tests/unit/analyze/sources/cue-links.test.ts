// Pass "cue-links": a link on the reporting verb of a found source is a link source of its own.
import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../run-passes';

const link = (text: string, anchor: string, href: string, from = 0) => {
  const start = text.indexOf(anchor, from);
  return { start, end: start + anchor.length, href };
};

describe('cue-links', () => {
  it('adds a link source on a linked cue, next to the name it attributes', () => {
    const text = 'The health commission said it had traced contacts. Officials later announced a quarantine.';
    const links = [link(text, 'said', 'https://health.example/notice'), link(text, 'announced', 'https://gov.example/release')];
    const got = sourcesOf(text, 'en', ['cues', 'links', 'cue-links', 'names'], links);
    expect(got.map((s) => [s.text, s.kind, s.href ?? null])).toEqual([
      ['The health commission', 'attribution', 'https://health.example/notice'],
      ['said', 'link', 'https://health.example/notice'],
      ['Officials', 'attribution', 'https://gov.example/release'],
      ['announced', 'link', 'https://gov.example/release'],
    ]);
    // the link source is named after its sentence's source
    expect(got[1].name).toBe(got[0].name);
  });

  it('adds a link that opens with a found source’s cue and goes on with its claim', () => {
    const text = 'Home Depot reported $2.53 a share. Wall Street predicted $2.52 a share. Analysts said prices rose, predictably.';
    const links = [link(text, 'predicted $2.52 a share', 'https://www.barrons.com/market-data/HD'), link(text, 'said prices', 'https://x.example/')];
    const got = sourcesOf(text, 'en', ['cues', 'links', 'cue-links'], links);
    expect(got.filter((s) => s.kind === 'link').map((s) => s.text)).toEqual(['predicted $2.52 a share', 'said prices']);
    // a word that only starts like the cue is not it
    const other = 'Analysts say the sayings of the week are wrong.';
    expect(sourcesOf(other, 'en', ['cues', 'links', 'cue-links'], [link(other, 'sayings of the week', 'https://x.example/')]).filter((s) => s.kind === 'link')).toEqual([]);
  });

  it('leaves a link on a verb that is not the cue of a source in its sentence alone', () => {
    const text = 'Prices rose sharply, the ministry said. The plan was announced in May.';
    const links = [link(text, 'rose', 'https://x.example/a'), link(text, 'announced', 'https://x.example/b')];
    const got = sourcesOf(text, 'en', ['cues', 'links', 'cue-links'], links);
    expect(got.filter((s) => s.kind === 'link')).toEqual([]);
  });

  it('keeps a cue linked to the speaker’s own social post as an href on the name, not a second source', () => {
    const text = 'Governor Ivan Fedorov said the shelling went on.';
    const got = sourcesOf(text, 'en', ['cues', 'links', 'cue-links'], [link(text, 'said', 'https://t.me/ivan_fedorov_zp/5120')]);
    expect(got.map((s) => [s.text, s.kind, s.href ?? null])).toEqual([['Governor Ivan Fedorov', 'attribution', 'https://t.me/ivan_fedorov_zp/5120']]);
  });
});
