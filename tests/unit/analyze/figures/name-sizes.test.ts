// Pass "name-sizes": a hyphenated size before a capitalised word that recurs after it names a product
// ("the 16-inch MacBook Pro" twice), no figure; before a common noun it is a measure (read by "numbers").
import { describe, it } from 'vitest';
import { figuresOf } from '../run-passes';
import { expectFigures, type Case } from './cases';

const CASES: Case[] = [
  // a name that recurs after the same size
  ['en', 'The new 16-inch MacBook Pro replaces the 15-inch MacBook Pro. A 65-inch Samsung TV. The 15-inch MacBook Pro sold out; the 65-inch Samsung TV did not.', [{ text: '16-inch', kind: 'measure' }]],
  ["en", "16-inch MacBook Pro's new scissor keyboard; the 16-inch MacBook Pro's screen", []],
  // once, or before an acronym, a day or a month, the size is a measure
  ['en', 'The phone has a 6-inch OLED screen and a 12-inch Retina display is optional.', [{ text: '6-inch', kind: 'measure', unit: 'in' }, { text: '12-inch', kind: 'measure', unit: 'in' }]],
  ['en', 'It was a 10-inch Chicago snowstorm. Snowfall totals reached 12-inch Tuesday in Denver.', [{ text: '10-inch', kind: 'measure' }, { text: '12-inch', kind: 'measure' }]],
  ['en', 'A 12-inch OLED panel; another 12-inch OLED panel.', [{ text: '12-inch', kind: 'measure' }, { text: '12-inch', kind: 'measure' }]],
  // before a common noun, or not hyphenated, the size is a measure
  ['en', 'a 15.6-inch touchscreen, 22-inch wheels and a screen of 16 inches', [{ text: '15.6-inch', kind: 'measure', unit: 'in' }, { text: '22-inch', kind: 'measure' }, { text: '16 inches', kind: 'measure' }]],
  // other hyphen units before a name stay figures ("a 180-day Earth-Mars cruise")
  ['en', 'their projected 180-day Earth-Mars cruise', [{ text: '180-day', kind: 'measure' }]],
  // a line break is no name after the size
  ['en', 'a screen of 16-inch\nThe next line', [{ text: '16-inch', kind: 'measure' }]],
  // German capitalises every noun: no such rule ("ein 65-Zoll Fernseher")
  ['de', 'ein 65-Zoll Fernseher für 500 Euro', ['65', '500 Euro']],
];

describe('name-sizes', () => {
  it.each(CASES)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang, ['name-sizes', 'numbers']), want));
});

// Session 22: a product page capitalises its specification ("11-Inch edge-to-edge display"): the unit in title case
// was no unit, and "11" a count; a recurring "16-Inch MacBook Pro" is the name's size as "16-inch" is.
const TITLE_CASE_UNITS: Case[] = [
  ['en', 'Apple iPad Pro (11-inch, Wi-Fi, 64GB)\n\n11-Inch edge-to-edge Liquid Retina display', [{ text: '11-inch', kind: 'measure', unit: 'in' }, '64GB', { text: '11-Inch', kind: 'measure', value: 11, unit: 'in' }]],
  ['en', 'The 16-Inch MacBook Pro is here. I like the 16-Inch MacBook Pro a lot. A 5-Year Plan.', [{ text: '5-Year', kind: 'measure', unit: 'yr' }]],
];

describe('hyphenated units in title case', () => {
  it.each(TITLE_CASE_UNITS)('%s: %s', (lang, text, want) => expectFigures(figuresOf(text, lang), want));
});
