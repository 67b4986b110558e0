// White space inside the figure regexes, in a module of its own so that the modules compile.ts builds
// the figure lexicon from can use it without importing compile.ts back.

/** Any white space, with the no-break spaces. */
export const SP = '[\\s\\u00a0\\u202f]';
