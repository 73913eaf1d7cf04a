/**
 * The popup's search over the bundled entries. Pure: no browser globals.
 *
 *   const index = createSearchIndex(entries);
 *   index.search('kraft sib'); // [{ id: 'power-of-siberia-2', title, category, score, matched }, …]
 */
export { createSearchIndex, allowedTypos, type SearchHit, type SearchIndex } from './search-index.ts';
export { searchTerms } from './terms.ts';
