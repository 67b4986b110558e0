// The contract between the source passes: each pass reads the shared context and adds candidate
// spans (or edits earlier ones); lib/analyze/sources/index.ts runs them in the order of its list.
import type { AnalysisContext } from '../context';
import type { SourceSpan } from '../types';
import type { SourceLexicon } from './compile';
import type { PhraseReader } from './phrases';

/** A source found by a pass, with the index of its sentence (for links and grouping). */
export interface SourceCandidate extends SourceSpan {
  sentence: number;
}

export interface SourceContext extends AnalysisContext {
  /** The language's source words, compiled once per language. */
  C: SourceLexicon;
  /** Reads noun phrases (names) off the token stream around a cue. */
  np: PhraseReader;
}

export interface SourcePass {
  /** Short name, used in tests and to run a subset of passes. */
  name: string;
  run(ctx: SourceContext, found: SourceCandidate[]): void;
}
