// A capitalised word that opens its sentence and that the page also writes in lower case is read as a
// common noun (no name) — except as the subject of a verb of saying with its clause right after:
// "Neuroscience tells us that …" is a source, on a page that speaks of "advances in neuroscience" too.
import { describe, expect, it } from 'vitest';
import { sourcesOf, texts } from '../run-passes';

const CASES: Array<[string, string[]]> = [
  ['Neuroscience tells us that most of the work done by our brains happens on an unconscious level.\n\nAdvances in neuroscience are fast.', ['Neuroscience']],
  ['Deficit hawks have warned for years that a day of reckoning is coming.\n\nThe deficit is soaring.', ['Deficit hawks']],
  // the same words as no verb's subject, or with a verb of other senses, stay common words
  ['Deficit spending has grown for years.\n\nThe deficit is soaring.', []],
  ['Growth showed that the plan worked.\n\nThe growth was slow.', []],
  ['Neuroscience tells a story of its own.\n\nAdvances in neuroscience are fast.', []],
  // an abstract noun that names no people, body or field of knowledge speaks for nobody
  ['Experience tells us that a recession follows.\n\nWe learn from experience.', []],
  ['Tradition says that the bride wears white.\n\nThe tradition is old.', []],
  ['Critics say that the plan failed.\n\nThe critics met.', ['Critics']],
];

describe('opening common nouns as the subject of a verb of saying', () => {
  for (const [text, want] of CASES) it(text.split('\n')[0], () => expect(texts(sourcesOf(text))).toEqual(want));
});
