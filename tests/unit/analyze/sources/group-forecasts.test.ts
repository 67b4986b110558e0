// Pass "group-forecasts": the estimate of a group of forecasters ("analysts had expected …") is a
// source, with the poll that asked them; an expectation of anyone else is not.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string, string[]]> = [
  ['en', 'Analysts had expected earnings of $2.52 a share.', ['Analysts']],
  ['en', 'Wall Street analysts surveyed by Refinitiv had been expecting $2.52 a share on revenue of $27.5 billion.', ['Wall Street analysts surveyed by Refinitiv']],
  ['en', 'Economists polled by Dow Jones Newswires expected a rise of 0.3%.', ['Economists polled by Dow Jones Newswires']],
  ['en', 'The figure beat the consensus, as economists expected.', ['economists']],
  // an expectation of anyone else, or a group that is the object, is no claim
  ['en', 'The law is expected to pass. The company expected a loss. Prices rose more than traders of oil futures expected.', []],
  ['en', 'He told analysts expected results would improve.', []],
  ['fr', 'Les analystes interrogés par Bloomberg tablaient sur une hausse de 2 %.', ['Les analystes interrogés par Bloomberg']],
  ['de', 'Analysten hatten mit einem Rückgang gerechnet.', ['Analysten']],
  ['uk', 'Аналітики очікували зростання на 2%.', ['Аналітики']],
  ['ru', 'Экономисты прогнозировали замедление инфляции.', ['Экономисты']],
];

describe('group-forecasts', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['group-forecasts']))).toEqual(want);
  });
});

// "were/are expecting" is a cue of its own (a plural subject's progressive, lexicon speechVerbs), and a poll with its agent
// is a qualifier of any source noun (compiled from groupForecasts.polled and agentPreps): the cue pass finds these, and
// the group-forecasts pass needs no second copy of either.
const BY_CUES: Array<[string, string, string[]]> = [
  ['en', 'Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.5 billion.', ['Wall Street analysts surveyed by Refinitiv']],
  ['en', 'Economists polled by Reuters said inflation would slow.', ['Economists polled by Reuters']],
  ['fr', 'Les économistes sondés par Reuters ont estimé que l’inflation ralentirait.', ['Les économistes sondés par Reuters']],
];

describe('group-forecasts: the cue pass covers the progressive and the poll', () => {
  it.each(BY_CUES)('%s: %s', (lang, text, want) => {
    expect(texts(sourcesOf(text, lang, ['cues']))).toEqual(want);
  });
});
