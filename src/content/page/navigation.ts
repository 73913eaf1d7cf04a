/**
 * Single-page-app navigations (pushState, replaceState, back/forward). A content script lives in an
 * isolated world, so wrapping history.pushState there would never see the page's own calls.
 * Where the Navigation API exists its `currententrychange` event fires for every same-document
 * navigation, whichever world caused it; elsewhere `popstate` catches back/forward and a cheap
 * poll of location.href (one string comparison a second) catches pushState.
 */
import { guard } from '../log.ts';

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** The URL without its fragment: jumping to an anchor is not a new page. */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export const POLL_MS = 1000;

/** Calls `onChange` (debounced by `settleMs`, for the new page to render) when the page's URL changes. */
export function watchNavigation(win: Window, onChange: () => void, settleMs = 400): () => void {
  let last = pageKey(win.location.href);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = guard('watching navigation failed', () => {
    const now = pageKey(win.location.href);
    if (now === last) return;
    last = now;
    clearTimeout(timer);
    timer = setTimeout(guard('handling a navigation failed', onChange), settleMs);
  });
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('currententrychange', check);
  else poll = setInterval(check, POLL_MS);
  win.addEventListener('popstate', check);
  return () => {
    nav?.removeEventListener('currententrychange', check);
    clearInterval(poll);
    clearTimeout(timer);
    win.removeEventListener('popstate', check);
  };
}
