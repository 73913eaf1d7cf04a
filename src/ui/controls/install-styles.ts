/**
 * Adds a stylesheet to a page once, marked by `name`. The popup and the options page ship their
 * CSS inside their script (no separate file to list in the build), and extension pages allow
 * <style> elements under the default content security policy.
 */
export function installStyles(doc: Document, name: string, css: string): void {
  // A document may have no head (an SVG or XML page): the types promise one, the page decides.
  const head = (doc.head as HTMLHeadElement | null) ?? doc.documentElement;
  if (head.querySelector(`style[data-gloss-styles="${name}"]`) !== null) return;
  const style = doc.createElement('style');
  style.dataset['glossStyles'] = name;
  style.textContent = css;
  head.append(style);
}
