// Modules that build.mjs provides at bundle time (buildDataPlugin). Unit tests cannot import
// them: code takes the entries as a parameter, and only the contexts' main files import these.

declare module 'gloss:builtin' {
  import type { GlossaryHeader } from '../core/facts/glossary.ts';
  import type { Entry } from '../core/facts/types.ts';
  const glossary: { header: GlossaryHeader; entries: Entry[] };
  export default glossary;
}

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
