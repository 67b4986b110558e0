// Challenging a view states the opposite one ("A number of experts have challenged the idea that …"): a weak verb,
// reporting only with its clause — challenging a ruling in court is an act — and a noun after an article or an
// adjective ("the biggest challenge that …").
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['A number of experts have challenged the idea that the attack was terrorism.', ['A number of experts']],
  ['Critics challenge the notion that growth is enough.', ['Critics']],
  ['The company challenged the ruling in court. The union will challenge the decision.', []],
  ['The biggest challenge that the company faces is debt. The challenges that remain are large.', []],
];

describe('verbs of challenging a view', () => {
  it.each(CASES)('%s', (text, want) => expect(texts(sourcesOf(text, 'en'))).toEqual(want));
});
