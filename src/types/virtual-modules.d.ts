// Modules that build.mjs provides at bundle time (buildDataPlugin). Unit tests cannot import
// them: code takes the entries as a parameter, and only the contexts' main files import these.

declare module 'gloss:facts' {
  import type { Entry } from '../core/facts/types.ts';
  const entries: Entry[];
  export default entries;
}

declare module 'gloss:dictionary' {
  import type { StoredMatcher } from '../core/match/index.ts';
  const dictionary: StoredMatcher;
  export default dictionary;
}
