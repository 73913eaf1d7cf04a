/**
 * A publisher's opt-out: `<meta name="gloss" content="off">` in the page. Read by the content
 * script before anything else runs (decide.ts gives it its place: below the reader's own rule for
 * the site, above the mode). Pure: it reads only the document passed in.
 */
export function publisherOptedOut(doc: Document): boolean {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    if (meta?.getAttribute('name')?.trim().toLowerCase() !== 'gloss') continue;
    if ((meta.getAttribute('content') ?? '').trim().toLowerCase() === 'off') return true;
  }
  return false;
}
