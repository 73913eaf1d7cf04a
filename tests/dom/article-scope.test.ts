import { describe, expect, it } from 'vitest';
import { ARTICLE_MIN_TEXT } from '../../src/core/settings/article-check.ts';
import { articleScope, laterStories } from '../../src/core/settings/article-scope.ts';

const parse = (body: string): Document => new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
const prose = (chars: number): string => `<p>${'The pipeline carried gas under the Baltic Sea for years. '.repeat(Math.ceil(chars / 57)).slice(0, chars)}</p>`;
const LONG = prose(ARTICLE_MIN_TEXT + 100);
const SHORT = prose(ARTICLE_MIN_TEXT - 200);
/** The scope as ids, or null. */
const ids = (doc: Document): string[] | null => articleScope(doc)?.map((el) => el.id) ?? null;

describe('which part of the page is read', () => {
  it("the page's one long article, with the headline inside it", () => {
    expect(ids(parse(`<div>Most read</div><article id="story"><h1>Gas</h1>${LONG}</article><aside>More</aside>`))).toEqual(['story']);
  });

  it('the headline outside the article too, in document order', () => {
    expect(ids(parse(`<header><h1 id="head">Gas</h1></header><article id="story">${LONG}</article>`))).toEqual(['head', 'story']);
    expect(ids(parse(`<article id="story">${LONG}</article><h1 id="head">Gas</h1>`))).toEqual(['story', 'head']);
  });

  it('only the first <h1> is the headline', () => {
    expect(ids(parse(`<h1 id="head">Gas</h1><article id="story">${LONG}</article><h1 id="other">More</h1>`))).toEqual(['head', 'story']);
  });

  it('teaser articles beside the story do not count; the outer one of nested long articles is the story', () => {
    expect(ids(parse(`<article>${SHORT}</article><article id="story">${LONG}</article><article>${SHORT}</article>`))).toEqual(['story']);
    expect(ids(parse(`<article id="story">${LONG}<article id="inner">${LONG}</article></article>`))).toEqual(['story']);
  });

  it('two long articles side by side leave no one story: the one long <main>, else the whole body', () => {
    expect(ids(parse(`<main id="main"><article>${LONG}</article><article>${LONG}</article></main>`))).toEqual(['main']);
    expect(ids(parse(`<article>${LONG}</article><article>${LONG}</article>`))).toBeNull();
  });

  it("a page without a long article: its one long <main>, else the whole body", () => {
    expect(ids(parse(`<nav>Menu</nav><main id="main">${LONG}</main>`))).toEqual(['main']);
    expect(ids(parse(`<main>${SHORT}</main><main>${LONG}</main>`))).toBeNull();
    expect(ids(parse(`<article>${SHORT}</article><main>${SHORT}</main>`))).toBeNull();
    expect(ids(parse(`<div>${LONG}</div>`))).toBeNull();
  });

  it('counts the text a reader sees: not scripts, styles or whitespace runs', () => {
    const json = `<script type="application/json">${'{"teaser": "x"},'.repeat(400)}</script><style>${'p { color: red } '.repeat(200)}</style>`;
    expect(ids(parse(`<article id="story">${json}${SHORT}${' '.repeat(3000)}<b>  </b></article>`))).toBeNull();
    expect(ids(parse(`<article id="story">${json}${LONG}</article>`))).toEqual(['story']);
  });

  it('a story the page adds later: the long article around a node, or the outermost long ones inside it', () => {
    const doc = parse(`<div id="feed"><article id="next"><div id="in">${LONG}<article id="nested">${LONG}</article></div></article><article id="teaser">${SHORT}</article></div>`);
    const at = (id: string): Element => doc.getElementById(id)!;
    const storyIds = (node: Node): string[] => laterStories(node).map((el) => el.id);
    expect(storyIds(at('feed'))).toEqual(['next']);
    expect(storyIds(at('in'))).toEqual(['next']);
    expect(storyIds(at('nested'))).toEqual(['next']);
    expect(storyIds(at('in').firstChild!.firstChild!)).toEqual(['next']);
    expect(storyIds(at('teaser'))).toEqual([]);
    expect(storyIds(parse(`<div id="rail">${LONG}</div>`).getElementById('rail')!)).toEqual([]);
  });
});
