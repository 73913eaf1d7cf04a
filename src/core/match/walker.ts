import { INLINE_TAGS, isArticleTag, isSkippedIn } from './skip.ts';

/**
 * The text of one block (a paragraph, list item, cell, heading…): its text nodes joined, so a
 * term can cross inline elements but never a block boundary.
 */
export interface TextBlock {
  text: string;
  /** The non-empty text nodes, in document order. */
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

export interface WalkOptions {
  /** Start at the block holding this node and go on in document order to the end of root
   * (e.g. the element at the top of the viewport). */
  from?: Node;
  /** Stop before the block holding this node: with the same node as `from`, exactly the rest.
   * A node outside root sets no limit. */
  until?: Node;
}

const ELEMENT = 1;
const TEXT = 3;
const HAS_TEXT = /\S/;

/** The nearest ancestor-or-self that is a block boundary: rescan this after a mutation. */
export function blockOf(node: Node): Node {
  let n = node;
  for (;;) {
    if (n.nodeType === ELEMENT && !INLINE_TAGS.has((n as Element).localName)) return n;
    const parent = n.parentNode;
    if (!parent) return n;
    n = parent;
  }
}

/** The outermost skipped ancestor-or-self of `node` below `stop`, or null. */
function skippedAncestor(node: Node, stop: Node | null): Element | null {
  let found: Element | null = null;
  for (let n: Node | null = node; n && n !== stop; n = n.parentNode) {
    if (n.nodeType === ELEMENT && isSkippedIn(n as Element, (n as Element).localName, articleAbove(n))) found = n as Element;
  }
  return found;
}

function articleAbove(node: Node): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT && isArticleTag((n as Element).localName)) return true;
  }
  return false;
}

function countArticles(node: Node): number {
  let count = 0;
  for (let n = node.parentNode; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT && isArticleTag((n as Element).localName)) count++;
  }
  return count;
}

/**
 * Where a partial walk starts (`from`) or stops (`until`): the block holding `node`, lifted out
 * of any skipped element, so that the two walks are exact complements. Null when `node` is not
 * inside root (no limit); root itself when its block is root (or holds root).
 */
function resumePoint(root: Node, node: Node): Node | null {
  if (!root.contains(node)) return null;
  const point = blockOf(node);
  if (point === root || !root.contains(point)) return root;
  return skippedAncestor(point, root) ?? point;
}

/** Collects the text nodes of the block being read. */
class Pending {
  text = '';
  nodes: Text[] = [];
  starts: number[] = [];

  add(node: Text, data: string): void {
    this.starts.push(this.text.length);
    this.nodes.push(node);
    this.text += data;
  }

  /** The finished block, or null when it holds no visible text; starts a new one either way. */
  take(): TextBlock | null {
    if (this.nodes.length === 0) return null;
    const block = HAS_TEXT.test(this.text) ? { text: this.text, nodes: this.nodes, starts: this.starts } : null;
    this.text = '';
    this.nodes = [];
    this.starts = [];
    return block;
  }
}

/**
 * Yields the text blocks under `root`, lazily, in document order, leaving out skipped elements.
 * Works on any subtree (after a mutation, walk blockOf(node)); yields nothing when root sits
 * inside a skipped element. Whitespace-only blocks are not yielded. The page may change while the
 * walk is paused at a yield (the scan reads a slice at a time): a walk whose block was removed
 * goes on where that block was, so a live feed cannot end it before the text below the feed.
 */
export function* walkBlocks(root: Node, options: WalkOptions = {}): Generator<TextBlock, void, undefined> {
  if (root.parentNode && skippedAncestor(root.parentNode, null)) return;
  const start = (options.from && resumePoint(root, options.from)) ?? root;
  const until = options.until ? resumePoint(root, options.until) : null;
  let articles = countArticles(start);
  const pending = new Pending();
  // What each entered element is (ENDS_BLOCK, IS_ARTICLE), so leaving it reads nothing from the DOM.
  const open: number[] = [];
  let block: TextBlock | null;
  let node: Node = start;
  /** Parents whose children were read again from the first after the walk lost its place in them. */
  let restarted: Set<Node> | null = null;

  /**
   * After a pause at `node` (`place`, taken before the yield): if the page removed or moved `node`
   * or an ancestor meanwhile, moves the walk to the nearest place still in the page and returns
   * whether to visit `node` there or leave it. Null: the walk is where it paused.
   */
  const resume = (place: Place): 'visit' | 'leave' | null => {
    const { chain, next } = place;
    // The outermost ancestor-or-self of the paused node that is no longer where it was, and the
    // node it was in, which still is.
    let lost = -1;
    let parent: Node | undefined;
    for (let i = chain.length - 2; i >= 0 && !parent; i--) {
      const above = chain[i + 1];
      if (chain[i]?.parentNode !== above) {
        lost = i;
        parent = above;
      }
    }
    if (!parent) return null;
    // The levels inside `parent` are left. Nothing is pending at a pause, so leaving them reads nothing.
    open.length = Math.max(0, open.length - lost);
    articles = countArticles(parent) + (parent.nodeType === ELEMENT && isArticleTag((parent as Element).localName) ? 1 : 0);
    let to = next[lost] ?? null;
    if (to !== null && to.parentNode !== parent) {
      // Its neighbour went too: read the parent's children again, once; past that, leave the rest
      // to the mutation scans rather than chase a parent whose children keep going.
      restarted ??= new Set();
      to = restarted.has(parent) ? null : parent.firstChild;
      restarted.add(parent);
    }
    if (to !== null) {
      node = to;
      return 'visit';
    }
    node = parent;
    return 'leave';
  };

  walk: for (;;) {
    if (node === until) break;
    const type = node.nodeType;
    let entered = -1;
    if (type === TEXT) {
      const data = (node as Text).data;
      if (data.length > 0) pending.add(node as Text, data);
    } else if (type === ELEMENT) {
      const el = node as Element;
      const name = el.localName;
      // A block element ends the block before it; skipped content does too ("Nord <code>x</code> Stream").
      const skipped = isSkippedIn(el, name, articles > 0);
      const kind = (INLINE_TAGS.has(name) ? 0 : ENDS_BLOCK) | (isArticleTag(name) ? IS_ARTICLE : 0);
      let leave = false;
      if ((skipped || kind & ENDS_BLOCK) && (block = pending.take())) {
        const place = placeOf(node, root);
        yield block;
        const to = resume(place);
        if (to === 'visit') continue;
        leave = to === 'leave';
      }
      if (leave) entered = open.pop() ?? kindOf(node);
      else if (!skipped) {
        if (kind & IS_ARTICLE) articles++;
        const child = el.firstChild;
        if (child) {
          open.push(kind);
          node = child;
          continue;
        }
        entered = kind;
      }
    } else {
      // Document, fragment: walk their children.
      const child = node.firstChild;
      if (child) {
        open.push(0);
        node = child;
        continue;
      }
    }
    // Leave `node` (entered and done, or never entered), then go to the next sibling or up.
    for (;;) {
      if (entered >= 0) {
        if (entered & IS_ARTICLE) articles--;
        if (entered & ENDS_BLOCK && (block = pending.take())) {
          const place = placeOf(node, root);
          yield block;
          const to = resume(place);
          if (to === 'visit') continue walk;
          if (to === 'leave') {
            entered = open.pop() ?? kindOf(node);
            continue;
          }
        }
      }
      if (node === root) break walk;
      const next = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent = node.parentNode;
      // Unreachable: root contains start, and resume() moves a walk whose place the page removed.
      if (!parent) break walk;
      node = parent;
      // Above `start` (a walk `from` a node) the ancestors were never entered: read them now.
      entered = open.pop() ?? kindOf(parent);
    }
  }
  if ((block = pending.take())) yield block;
}

/**
 * Where a walk paused: the paused node and its ancestors up to root (innermost first), and the
 * next sibling each had then, which is where the walk goes on if the page removes that one.
 */
interface Place {
  chain: Node[];
  next: Array<Node | null>;
}

function placeOf(node: Node, root: Node): Place {
  const chain: Node[] = [];
  const next: Array<Node | null> = [];
  for (let n: Node | null = node; n; n = n.parentNode) {
    chain.push(n);
    if (n === root) break;
    next.push(n.nextSibling);
  }
  return { chain, next };
}

const ENDS_BLOCK = 1;
const IS_ARTICLE = 2;

function kindOf(node: Node): number {
  if (node.nodeType !== ELEMENT) return 0;
  const name = (node as Element).localName;
  return (INLINE_TAGS.has(name) ? 0 : ENDS_BLOCK) | (isArticleTag(name) ? IS_ARTICLE : 0);
}
