import { beforeEach, describe, expect, it } from 'vitest';
import { blockOf, blockRange, compile, createMatcher, isSkipped, walkBlocks, type TextBlock } from '../../src/core/match/index.ts';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Node, options?: Parameters<typeof walkBlocks>[1]): string[] => [...walkBlocks(root, options)].map((b) => b.text);

const matcher = createMatcher(
  compile([
    { id: 'pos2', terms: [{ text: 'Power of Siberia 2', caseSensitive: false }] },
    { id: 'instc', terms: [{ text: 'North-South Transport Corridor', caseSensitive: false }] },
    { id: 'ns', terms: [{ text: 'Nord Stream', caseSensitive: false }] },
  ]),
);

/** Every match in the tree, as the text a DOM Range over it reads. */
function rangesOf(root: Node): string[] {
  const out: string[] = [];
  for (const block of walkBlocks(root)) {
    for (const m of matcher.scan(block.text)) {
      const r = blockRange(block, m.start, m.end);
      const range = root.ownerDocument!.createRange();
      range.setStart(r.startNode, r.startOffset);
      range.setEnd(r.endNode, r.endOffset);
      out.push(`${m.id}:${range.toString()}`);
    }
  }
  return out;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('blocks', () => {
  it('joins text across inline elements', () => {
    const root = body('<p>Power of <em>Siberia <b>2</b></em> and <a href="#">North–South</a> Transport <span>Corridor</span></p>');
    expect(texts(root)).toEqual(['Power of Siberia 2 and North–South Transport Corridor']);
    expect(rangesOf(root)).toEqual(['pos2:Power of Siberia 2', 'instc:North–South Transport Corridor']);
  });

  it('never crosses a block boundary', () => {
    for (const tag of ['p', 'li', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'section', 'my-widget']) {
      const root = body(`<div>Nord <${tag}>Stream</${tag}> x</div>`);
      expect(texts(root), tag).toEqual(['Nord ', 'Stream', ' x']);
      expect(rangesOf(root), tag).toEqual([]);
    }
    expect(texts(body('<p>Nord<br>Stream</p>'))).toEqual(['Nord', 'Stream']);
    expect(texts(body('<table><tr><td>Nord</td><td>Stream</td></tr></table>'))).toEqual(['Nord', 'Stream']);
  });

  it('leaves out whitespace-only blocks', () => {
    expect(texts(body('<div>\n  <p>One</p>\n  <p>Two</p>\n</div>'))).toEqual(['One', 'Two']);
  });

  it('walks a document, an element or a lone text node', () => {
    body('<p>Hello <i>world</i></p>');
    expect(texts(document)).toContain('Hello world');
    const p = document.querySelector('p')!;
    expect(texts(p.firstChild!)).toEqual(['Hello ']);
  });

  it('is lazy: a generator that can be paused between blocks', () => {
    const root = body('<p>a</p><p>b</p><p>c</p>');
    const it = walkBlocks(root);
    expect(it.next().value?.text).toBe('a');
    root.querySelector('p:last-child')!.textContent = 'changed';
    expect([...it].map((b) => b.text)).toEqual(['b', 'changed']);
  });

  // A walk paused between slices meets a live page: the block it stopped at may be gone when it
  // goes on. It must still read the rest of the page (a news ticker once hid every paragraph below it).
  it('goes on after the page removed the block it paused at', () => {
    const root = body('<ul><li>a</li><li>b</li></ul><p>static</p>');
    const it = walkBlocks(root);
    expect(it.next().value?.text).toBe('a');
    expect(it.next().value?.text).toBe('b');
    root.querySelector('li:last-child')!.remove();
    expect([...it].map((b) => b.text)).toEqual(['static']);
  });

  it('goes on after the page removed a block it paused at and its neighbours, and after an ancestor went', () => {
    let root = body('<ul><li>a</li><li>b</li><li>c</li></ul><p>static</p>');
    let it = walkBlocks(root);
    expect(it.next().value?.text).toBe('a');
    const ul = root.querySelector('ul')!;
    ul.innerHTML = '<li>new</li>';
    // What the page put in its place may be read again (harmless: a block read twice is recorded once).
    expect([...it].map((b) => b.text)).toEqual(['new', 'static']);

    root = body('<div><section><p>x</p><p>y</p></section></div><p>z</p>');
    it = walkBlocks(root);
    expect(it.next().value?.text).toBe('x');
    root.querySelector('section')!.remove();
    expect([...it].map((b) => b.text)).toEqual(['z']);
  });

  it('reads what was there when it paused, wherever the page inserts and removes around it', () => {
    const root = body('<ul><li>1</li><li>2</li><li>3</li></ul><p>static</p>');
    const ul = root.querySelector('ul')!;
    const it = walkBlocks(root);
    expect(it.next().value?.text).toBe('1');
    // A feed: the newest item on top, the oldest dropped at the bottom.
    for (const text of ['n1', 'n2']) {
      const li = document.createElement('li');
      li.textContent = text;
      ul.prepend(li);
    }
    ul.lastElementChild!.remove();
    expect([...it].map((b) => b.text)).toEqual(['2', 'static']);
  });
});

describe('skip rules', () => {
  it('skips code, scripts, forms, svg, navigation, hidden and editable content', () => {
    const root = body(`
      <p>keep</p>
      <script>var a = "Nord Stream";</script><style>p{}</style><noscript>x</noscript><template><p>t</p></template>
      <textarea>ta</textarea><select><option>o</option></select><code>c</code><pre>pre</pre><svg><text>s</text></svg>
      <nav>n</nav><aside>as</aside><div role="navigation">rn</div><div aria-hidden="true">ah</div>
      <div contenteditable>ce</div><div contenteditable="true">ce2</div>
      <div contenteditable="false">readable</div><div aria-hidden="false">visible</div>`);
    expect(texts(root)).toEqual(['keep', 'readable', 'visible']);
  });

  it('skips page headers and footers but not an article’s own', () => {
    const root = body(`
      <header>site header</header>
      <article><header><h1>Headline</h1></header><p>text</p><footer>byline</footer></article>
      <main><footer>main footer</footer></main>
      <footer>site footer</footer>`);
    expect(texts(root)).toEqual(['Headline', 'text', 'byline', 'main footer']);
  });

  it('treats skipped content as a boundary', () => {
    const root = body('<p>Nord <code>x</code>Stream</p>');
    expect(texts(root)).toEqual(['Nord ', 'Stream']);
  });

  it('isSkipped follows the same rules', () => {
    body('<header id="h"></header><article><header id="ah"></header></article><p id="p"></p><nav id="n"></nav>');
    const el = (id: string): Element => document.getElementById(id)!;
    expect(isSkipped(el('h'))).toBe(true);
    expect(isSkipped(el('ah'))).toBe(false);
    expect(isSkipped(el('n'))).toBe(true);
    expect(isSkipped(el('p'))).toBe(false);
  });
});

describe('partial walks', () => {
  const html = `<article><h1>Title</h1><p>One <b>bold</b> two</p><ul><li>a</li><li id="mid">b <i>c</i></li></ul>
    <p>Three</p><nav><p id="in-nav">menu</p></nav><p>Four</p></article>`;

  it('from + until give exactly the full walk, for any start node', () => {
    const root = body(html);
    const full = texts(root);
    const all = [root, ...root.querySelectorAll('*')].flatMap((e) => [e, ...e.childNodes]);
    for (const node of all) {
      const after = texts(root, { from: node });
      const before = texts(root, { until: node });
      expect([...before, ...after], (node as Partial<Element>).outerHTML ?? node.textContent ?? '').toEqual(full);
    }
  });

  it('sets no limit for a node outside root', () => {
    const root = body(html);
    const outside = document.createElement('p');
    expect(texts(root, { from: outside })).toEqual(texts(root));
    expect(texts(root, { until: outside })).toEqual(texts(root));
  });

  it('starts at the block holding the node', () => {
    const root = body(html);
    const italic = document.querySelector('#mid i')!;
    expect(texts(root, { from: italic.firstChild! })).toEqual(['b c', 'Three', 'Four']);
  });

  it('walks a mutated subtree through blockOf, and nothing inside a skipped one', () => {
    const root = body(html);
    expect(blockOf(document.querySelector('#mid i')!)).toBe(document.getElementById('mid'));
    expect(texts(blockOf(document.querySelector('#mid i')!.firstChild!))).toEqual(['b c']);
    expect(texts(document.getElementById('in-nav')!)).toEqual([]);
    expect(texts(root.querySelector('nav')!)).toEqual([]);
  });
});

describe('blockRange', () => {
  function blockOfText(html: string): TextBlock {
    const [b] = walkBlocks(body(html));
    if (!b) throw new Error('no block');
    return b;
  }

  it('maps offsets to text nodes, starting after and ending before node edges', () => {
    const b = blockOfText('<p>ab<i>cd</i>ef</p>');
    expect(b.text).toBe('abcdef');
    const r = blockRange(b, 2, 4);
    expect([r.startNode.data, r.startOffset, r.endNode.data, r.endOffset]).toEqual(['cd', 0, 'cd', 2]);
    const r2 = blockRange(b, 1, 5);
    expect([r2.startNode.data, r2.startOffset, r2.endNode.data, r2.endOffset]).toEqual(['ab', 1, 'ef', 1]);
  });

  it('skips empty text nodes', () => {
    const p = body('<p></p>').firstChild as HTMLElement;
    p.append(document.createTextNode('ab'), document.createTextNode(''), document.createTextNode('cd'));
    const [b] = walkBlocks(p);
    expect(b?.nodes.length).toBe(2);
    const r = blockRange(b!, 2, 3);
    expect([r.startNode.data, r.startOffset]).toEqual(['cd', 0]);
  });

  it('rejects offsets outside the block', () => {
    const b = blockOfText('<p>abc</p>');
    expect(() => blockRange(b, 2, 9)).toThrow(RangeError);
  });

  it('maps a match across NBSP, soft hyphen and inline markup back to the right text', () => {
    const root = body('<p>the <a>Nord</a>&nbsp;Str&shy;eam pipeline</p>');
    expect(rangesOf(root)).toEqual(['ns:Nord\u00a0Str\u00adeam']);
  });
});
