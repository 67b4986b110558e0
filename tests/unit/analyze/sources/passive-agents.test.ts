// Pass "passive-agents": the agent of a claim's participle ("confirmed by lab testing", "recommended
// as … by the panel") and the author after a document's topic ("findings of … by the OIG") are
// sources; an act's agent ("found by hikers") and a time or pronoun after "by" are none.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  // tune zyte-7bb1ca90: evidence confirms too
  ['en', 'Dempsey came up with a preliminary diagnosis that was later confirmed by lab testing: hypersensitivity pneumonitis.', ['lab testing']],
  // tune zyte-e1c7023e: an as-phrase between the participle and its agent
  ['en', 'Hibernation was then recommended as a key "enabling technology" for space by the Agency\'s Future Technology Advisory Panel, resulting in a team.', ["the Agency's Future Technology Advisory Panel"]],
  // tune zyte-abd9d629: a document's topic between it and its author
  ['en', 'The doctors noted findings of overcrowded and unsanitary conditions at detention facilities by the DHS Office of Inspector General.', ['the DHS Office of Inspector General']],
  ['en', 'The plan was announced on Tuesday by the ministry.', ['the ministry']],
  ['fr', 'La hausse a été confirmée par le ministère de la Santé.', ['le ministère de la Santé']],
  ['de', 'Der Tod wurde am Montag bestätigt von der Polizei.', ['der Polizei']],
  // an act's agent, a clause after the participle, a verb form listed as a document, an idiom after "par"
  ['en', 'The body was found by hikers.', []],
  ['en', 'The company confirmed on Monday that it had been contacted by the office of the attorney general.', []],
  ['en', 'Her office said the deaths were caused by gunshot wounds.', []],
  ['fr', 'Le président a annoncé par avance qu’il saisirait les Sages.', []],
];

describe('passive-agents', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['passive-agents']))).toEqual(want);
  });
});
