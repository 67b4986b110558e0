// Pass "reserved": digits in URLs, e-mail addresses, domains, phone numbers, footnote markers and
// list numbers are claimed, so no later pass reads a figure out of them.
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  ['en', 'Call +44 20 7946 0958 or visit https://example.com/2024/10/report-123 or mail a1@x12.com; rk.gov.ru has 5 pages.', ['5']],
  ['de', 'Die VRN-Hotline unter 0621 1077077 hilft; 12 Leute rufen an.', ['12']],
  ['en', 'Comments (8)\n1. First item with 3 things', ['3']],
];

describe('reserved', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['reserved', 'numbers']), want));
});
