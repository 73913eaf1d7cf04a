// Functions here are serialised and run inside the page: they must not close over anything.

/**
 * Finds the `occurrence`-th occurrence of `text` in one text node of the document, scrolls it into
 * view (unless `scroll` is false), and returns a point `at` of the way across its first client
 * rect (viewport coordinates).
 */
export function locateText(arg: { text: string; occurrence?: number; at?: number; scroll?: boolean }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    let from = 0;
    for (;;) {
      const i = data.indexOf(arg.text, from);
      if (i < 0) break;
      if (seen++ === (arg.occurrence ?? 0)) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + arg.text.length);
        if (arg.scroll !== false) node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        return { x: rect.left + rect.width * (arg.at ?? 0.5), y: rect.top + rect.height / 2 };
      }
      from = i + 1;
    }
  }
  return null;
}
