// The public API of the matching engine. Pure: no browser globals; DOM types come in as parameters.
export { nameKey, tokenStrings } from './tokens.ts';
export { compile, termSourcesFromEntries, type CompileOptions, type NameSource, type RuleSource, type TermSource } from './compile/index.ts';
export { createMatcher, matchBlocks, pageContextOf, type ExplainedMatch, type Match, type Matcher } from './matcher.ts';
export { resolvePage, resolveFull, resolveShort, type PageContext } from './resolve.ts';
export type { BlockScan, Candidate, Reading } from './scan-block.ts';
export {
  decodeMatcher,
  encodeMatcher,
  MATCHER_FORMAT,
  MATCHER_VERSION,
  ELEMENT_TYPES,
  type CompiledRule,
  type MatcherCheck,
  type MatcherData,
  type StoredMatcher,
} from './data.ts';
export { compileTerms, latinSources } from './latin-terms.ts';
export { hasOtherScript, latinTermsFirst } from './scripts.ts';
// DOM side: DOM types as parameters only; the owner document comes from the nodes themselves.
export { walkBlocks, blockOf, type TextBlock, type WalkOptions } from './walker.ts';
export { blockRange, type BlockRange } from './block-range.ts';
export { isSkipped, INLINE_TAGS } from './skip.ts';
