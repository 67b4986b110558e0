import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analyze';

const sources = (t: string, lang: string) => analyzeText(t, { lang } as never).sources.map((s) => s.text);

// phrases.ts forwardPunct: where nouns are capitalised, a listed role noun makes the role a title for the name set off
describe('name set off after a capitalised role', () => {
  it('keeps the name after the role (de)', () => {
    expect(sources('„Die Lage ist ernst“, sagte die Bürgermeisterin, Eva Huber, der Zeitung.', 'de')).toEqual(['die Bürgermeisterin, Eva Huber']);
  });
});
