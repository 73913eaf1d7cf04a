/**
 * Which part of a page Gloss reads (DESIGN.md, "How a page is read": the text of the article).
 * A news page's one long `<article>` holds the story; the rest of the body is navigation rails,
 * teasers, "most read" lists and footers, whose terms a reader of the story did not come for, and
 * which cost two thirds of the walk on a typical corpus page. The page's headline often sits outside
 * the article element, so it is read too. Pure: it reads only the document passed in.
 */
import { ARTICLE_MIN_TEXT, textLength } from './article-check.ts';

/**
 * The elements to read, in document order, or null to read the whole body: the page's one long
 * `<article>` (nested ones count as part of it), else its one long `<main>`, plus the first `<h1>`
 * where it lies outside. Two long articles side by side (a live blog, a front page) leave no one
 * story to prefer, so the body is read.
 */
export function articleScope(doc: Document): Element[] | null {
  const story = longArticle(doc.getElementsByTagName('article')) ?? onlyLongMain(doc.getElementsByTagName('main'));
  if (!story) return null;
  const headline = doc.getElementsByTagName('h1')[0];
  if (!headline || story.contains(headline) || headline.contains(story)) return [story];
  // Node.DOCUMENT_POSITION_FOLLOWING, spelled out: core code uses no browser globals.
  return story.compareDocumentPosition(headline) & 4 ? [story, headline] : [headline, story];
}

/** The one long article (the outermost, where long ones nest), or null when there are none or several. */
function longArticle(articles: ArrayLike<Element>): Element | null {
  let found: Element | null = null;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    if (!article || (found && found.contains(article)) || textLength(article) < ARTICLE_MIN_TEXT) continue;
    // Document order puts an outer article before the ones inside it: this one lies beside the first.
    if (found) return null;
    found = article;
  }
  return found;
}

function onlyLongMain(mains: ArrayLike<Element>): Element | null {
  const main = mains.length === 1 ? mains[0] : undefined;
  return main && textLength(main) >= ARTICLE_MIN_TEXT ? main : null;
}

/**
 * Long articles the page put in after the scope was picked, at or around `node`: an endless news
 * page appends the next story below the first. The outermost article around the node, or the
 * outermost ones inside it, where long enough to be a story.
 */
export function laterStories(node: Node): Element[] {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return [];
  let around = el.closest('article');
  for (let up = around?.parentElement?.closest('article'); up; up = up.parentElement?.closest('article')) around = up;
  const found = around ? [around] : Array.from(el.getElementsByTagName('article')).filter((a) => !a.parentElement?.closest('article'));
  return found.filter((a) => textLength(a) >= ARTICLE_MIN_TEXT);
}
