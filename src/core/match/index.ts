// The public API of the matching engine. Pure: no browser globals; DOM types come in as parameters.
export { normalizeKey } from './normalize.ts';
export { compile } from './compile.ts';
export { createMatcher, createMatcherGradually, type Match, type Matcher } from './matcher.ts';
export { termSourcesFromEntries } from './sources.ts';
export { DICTIONARY_FORMAT, DICTIONARY_VERSION, type CompiledDictionary, type TermSource } from './dictionary.ts';
// DOM side: DOM types as parameters only; the owner document comes from the nodes themselves.
export { walkBlocks, blockOf, type TextBlock, type WalkOptions } from './walker.ts';
export { blockRange, type BlockRange } from './block-range.ts';
export { isSkipped, INLINE_TAGS } from './skip.ts';
