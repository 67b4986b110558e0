// Challenging a view states the opposite one (past tense only: "challenge(s)" is nearly always the noun) ("A number of experts have challenged the idea that …"): a weak verb,
// reporting only with its clause — challenging a ruling in court is an act — and a noun after an article or an
// adjective ("the biggest challenge that …").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['A number of experts have challenged the idea that the attack was terrorism.', ['A number of experts']],
  ['Critics challenged the notion that growth was enough.', ['Critics']],
  // the bare form is nearly always the noun (review of session 25)
  ['Before each match the team performs a haka, a traditional Māori challenge, before kick-off.', []],
  ['The company challenged the ruling in court. The union will challenge the decision.', []],
  ['The biggest challenge that the company faces is debt. The challenges that remain are large.', []],
];

describe('verbs of challenging a view', () => {
  it.each(CASES)('%s', (text, want) => expect(texts(sourcesOf(text, 'en'))).toEqual(want));
});
