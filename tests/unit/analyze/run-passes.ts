// Runs some of the analysis passes on a text, for the per-pass tests: the passes named (in the
// order of their registry), over the same context analyzeText builds.
import type { TextLink } from '../../../lib/extract/types';
import { makeContext } from '../../../lib/analyze/context';
import { findFigures } from '../../../lib/analyze/figures';
import { findSources } from '../../../lib/analyze/sources';

export function sourcesOf(text: string, lang = 'en', only?: string[], links: TextLink[] = []) {
  return findSources(makeContext(text, { lang, links }), only);
}

export function figuresOf(text: string, lang = 'en', only?: string[], published = '2024-10-02') {
  return findFigures(makeContext(text, { lang, published }), only);
}

/** The texts of the spans. */
export const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);
