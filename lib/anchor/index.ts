// lib/anchor: W3C text selectors for annotations — describe a selection, find it again later.
//
// Why one entry point: the panel, the content script (on the live page's text) and the CLI all use
// the same pure functions; no DOM, no browser APIs, text and selectors in, offsets out.
export type { TextQuoteSelector, TextPositionSelector, Selector, AnchorResult, AnchorOptions } from './types';
export { describe, DEFAULT_CONTEXT_LENGTH, LEGACY_CONTEXT_LENGTH } from './describe';
export { anchor, anchorMany } from './match';
export { indexText, normalize, type TextIndex } from './normalize';
export { wordDiff, type DiffPart } from './diff';
