const CANDIDATES = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The element with focus in the tree that holds `node` (a shadow root has its own). */
function activeElementFor(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return 'activeElement' in root ? root.activeElement : null;
}

function isTabbable(el: Element): boolean {
  if (el.closest('[hidden], [inert]') !== null) return false;
  // Only form controls have `disabled`; on any other element it is undefined.
  if ((el as Partial<HTMLButtonElement>).disabled === true) return false;
  const tabindex = el.getAttribute('tabindex');
  return tabindex === null || Number(tabindex) >= 0;
}

/** Controls reachable with Tab inside `root`, in document order. */
export function tabbables(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(CANDIDATES)).filter(isTabbable);
}

/**
 * Keeps Tab and Shift+Tab inside `root`: from the last control Tab wraps to the first, and back.
 * Between controls the browser moves focus as usual. Returns true when it moved focus itself.
 */
export function trapTab(event: KeyboardEvent, root: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const controls = tabbables(root);
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (first === undefined || last === undefined) {
    event.preventDefault();
    return true;
  }
  const active = activeElementFor(root);
  const outsideControls = active === root || active === null || !controls.includes(active as HTMLElement);
  let target: HTMLElement | undefined;
  if (event.shiftKey && (active === first || outsideControls)) target = last;
  else if (!event.shiftKey && (active === last || outsideControls)) target = first;
  if (target === undefined) return false;
  event.preventDefault();
  target.focus();
  return true;
}
