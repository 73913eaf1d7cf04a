/**
 * Which elements the walker leaves out (DESIGN.md, "How a page is read", point 1) and which
 * elements a term may cross. DOM types only; no globals.
 */

/** Elements whose text is never a reader's prose, or that are navigation/boilerplate. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'code', 'pre', 'svg', 'math',
  'nav', 'aside',
]);

/**
 * Elements a term may run across ("Power of <em>Siberia 2</em>"). Everything else, including
 * unknown and custom elements, ends a block: missing a rare term beats gluing two blocks together.
 */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time',
  'tt', 'u', 'var', 'wbr',
]);

const ATTRIBUTE_CANDIDATES = '[contenteditable],[aria-hidden],[role]';

/** The skip rule with the article context already known, for the walker's hot loop. Attributes are
 * read in JS rather than with one selector: DOM libraries disagree on the `i` flag. */
export function isSkippedIn(el: Element, name: string, insideArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  // An article's own header holds its headline; a page header or footer is boilerplate.
  if ((name === 'header' || name === 'footer') && !insideArticle) return true;
  // One native call rules out the common case: none of the three attributes is present.
  if (!el.matches(ATTRIBUTE_CANDIDATES)) return false;
  // contenteditable="false" (or "inherit" under a non-editable parent) is not editable, so it is read.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && !/^(false|inherit)$/i.test(editable)) return true;
  const hidden = el.getAttribute('aria-hidden');
  if (hidden !== null && /^\s*true\s*$/i.test(hidden)) return true;
  const role = el.getAttribute('role');
  // role is a token list; the first token the browser knows wins, and "navigation" is known.
  return role !== null && /^\s*navigation(\s|$)/i.test(role);
}

/** Whether the walker skips `el` and everything inside it. */
export function isSkipped(el: Element): boolean {
  const name = el.localName;
  const insideArticle = (name === 'header' || name === 'footer') && el.parentElement?.closest('article, main') != null;
  return isSkippedIn(el, name, insideArticle);
}

export function isArticleTag(name: string): boolean {
  return name === 'article' || name === 'main';
}
