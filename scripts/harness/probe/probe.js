// Test-only content script (scripts/harness/probe, loaded beside Gloss in e2e runs, never shipped).
// Gloss's card lives in a closed shadow root that page scripts cannot open; an extension's content
// script can (chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot). The
// tests ask from the page with window.postMessage and get plain data back: what the card shows,
// where its buttons are (for real, trusted clicks), and axe's findings inside it. Read-only.
(() => {
  const rootOf = (host) => {
    if (!host) return null;
    if (typeof chrome !== 'undefined' && chrome.dom && typeof chrome.dom.openOrClosedShadowRoot === 'function') return chrome.dom.openOrClosedShadowRoot(host);
    return host.openOrClosedShadowRoot ?? null;
  };
  // Gloss's host carries no attribute to select it by: it is the element on <html> whose (closed)
  // shadow root holds the card's float.
  const hostsOf = () =>
    [...document.documentElement.children].filter((el) => el instanceof HTMLElement && rootOf(el)?.querySelector('.gloss-float'));
  const hostOf = () => hostsOf()[0] ?? null;
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').replace(/\s+/g, ' ').trim();
  const textOf = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  // A part's text and the language it is in: the nearest lang attribute, as a screen reader or a
  // hyphenator would take it (the dialog itself carries one, so every part has an answer).
  const part = (el) => {
    if (!el) return null;
    const tagged = el.closest('[lang]');
    return { text: textOf(el), lang: tagged ? tagged.getAttribute('lang') : null, hidden: el.closest('[hidden]') !== null };
  };
  // Seen without scrolling: inside the card's scrolling body, above the fade that covers its last
  // lines while there is more below, and inside the viewport.
  const inView = (el, body, fade) => {
    const r = el.getBoundingClientRect();
    const b = body ? body.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    const bottom = Math.min(b.bottom, fade ? fade.getBoundingClientRect().top : Infinity, innerHeight);
    return r.height > 0 && r.top >= Math.max(b.top, 0) - 1 && r.bottom <= bottom + 1;
  };

  // What the card shows, piece by piece, with each piece's language and whether it is in view.
  function partsOf(dialog, title) {
    const body = dialog.querySelector('.gloss-card__body');
    const fade = dialog.querySelector('.gloss-card__fade');
    const summary = dialog.querySelector('.gloss-card__summary');
    return {
      contentLang: dialog.getAttribute('data-content-lang'),
      title: part(title),
      summary: summary ? { ...part(summary), clamped: summary.scrollHeight > summary.clientHeight + 1 } : null,
      notices: [...dialog.querySelectorAll('.gloss-card__notice')].map(part),
      facts: [...dialog.querySelectorAll('.gloss-card__fact')].map((li) => ({
        label: part(li.querySelector('.gloss-card__fact-label')),
        // The first figure: the fact's own value (alternatives follow it).
        figure: part(li.querySelector('.gloss-card__value-line, .gloss-card__value')),
        conversions: part(li.querySelector('.gloss-card__conversions')),
        note: part(li.querySelector(':scope > .gloss-card__note')),
        // Its label and its figure, both, without scrolling the card or the page and clear of the fade.
        visible: [li.querySelector('.gloss-card__fact-label'), li.querySelector('.gloss-card__value-row')].every((el) => el && inView(el, body, fade)),
      })),
      // The footer's action buttons, with their rows (distinct tops): one row is one top.
      actionRows: new Set([...dialog.querySelectorAll('.gloss-card__action')].map((b) => Math.round(b.getBoundingClientRect().top))).size,
      actions: dialog.querySelectorAll('.gloss-card__action').length,
    };
  }

  function card() {
    const root = rootOf(hostOf());
    const dialog = root ? root.querySelector('[role="dialog"]') : null;
    const float = dialog ? dialog.closest('.gloss-float') : null;
    const open = !!dialog && !!float && !float.hidden;
    const labelId = dialog ? dialog.getAttribute('aria-labelledby') : null;
    const title = labelId && root ? root.getElementById(labelId) : null;
    const active = root ? root.activeElement : null;
    const themeClass = dialog ? [...dialog.classList].find((c) => /--(light|dark)$/.test(c)) || 'auto' : null;
    return {
      hosts: hostsOf().length,
      open,
      title: title ? title.textContent.trim() : null,
      entryId: dialog ? dialog.getAttribute('data-entry-id') : null,
      lang: dialog ? dialog.getAttribute('lang') : null,
      focused: !!dialog && !!active && (active === dialog || dialog.contains(active)),
      text: dialog ? dialog.textContent.replace(/\s+/g, ' ').trim() : '',
      announced: root && root.querySelector('.gloss-live') ? root.querySelector('.gloss-live').textContent.trim() : '',
      theme: themeClass,
      background: dialog ? getComputedStyle(dialog).backgroundColor : null,
      look: dialog ? { host: getComputedStyle(hostOf()).position, width: getComputedStyle(dialog).width, radius: getComputedStyle(dialog).borderTopLeftRadius } : null,
      // Placed (floating-ui has set its transform) and no entrance animation still running.
      atRest: open && float.style.transform !== '' && root.getAnimations().every((a) => a.playState !== 'running'),
      rect: dialog ? rect(dialog) : null,
      links: dialog ? [...dialog.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href') || '', target: a.getAttribute('target'), rel: a.getAttribute('rel') })) : [],
      buttons: dialog ? [...dialog.querySelectorAll('button')].map((b) => ({ name: nameOf(b), ...rect(b) })) : [],
      parts: dialog ? partsOf(dialog, title) : null,
    };
  }

  /**
   * Runs `fn` while element.shadowRoot also answers for closed roots. axe builds its tree through
   * element.shadowRoot, which is null for a closed root, and then finds no dialog to check ("No
   * elements found for include"). The getter is this content script's own (Chromium's isolated
   * world, Firefox's sandbox): the page never sees it, and it is put back when the run ends.
   */
  async function withClosedRootsVisible(fn) {
    const proto = Element.prototype;
    const native = Object.getOwnPropertyDescriptor(proto, 'shadowRoot');
    Object.defineProperty(proto, 'shadowRoot', {
      configurable: true,
      get() {
        // chrome.dom takes HTML elements only (an <svg> throws): the rest keep the native answer.
        if (!(this instanceof HTMLElement)) return native.get.call(this);
        try {
          return rootOf(this);
        } catch {
          return native.get.call(this);
        }
      },
    });
    try {
      return await fn();
    } finally {
      Object.defineProperty(proto, 'shadowRoot', native);
    }
  }

  async function axeCard() {
    const root = rootOf(hostOf());
    const dialog = root ? root.querySelector('[role="dialog"]') : null;
    if (!dialog || typeof axe === 'undefined') return { ran: false, violations: [] };
    const result = await withClosedRootsVisible(() => axe.run(dialog, { resultTypes: ['violations'] }));
    return { ran: true, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })) };
  }

  // When the card opened and closed, against the last pointer move, on the page's clock: a
  // MutationObserver on the closed root notes each change the moment it happens (see
  // tests/e2e/support/card-timeline.ts, which reads this).
  let timeline = null;
  function timelineStart() {
    if (timeline) timeline.stop();
    const isOpen = () => card().open;
    const observed = new WeakSet();
    const t = { lastMove: -1, opened: [], closed: [], open: isOpen(), stop: () => {} };
    const check = () => {
      const root = rootOf(hostOf());
      if (root && !observed.has(root)) {
        observed.add(root);
        observer.observe(root, { subtree: true, childList: true, attributes: true });
      }
      const now = isOpen();
      if (now === t.open) return;
      t.open = now;
      (now ? t.opened : t.closed).push(performance.now());
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { subtree: true, childList: true });
    const onMove = (e) => {
      t.lastMove = e.timeStamp;
    };
    addEventListener('pointermove', onMove, true);
    t.stop = () => {
      observer.disconnect();
      removeEventListener('pointermove', onMove, true);
    };
    check();
    timeline = t;
    return true;
  }
  function timelineRead() {
    if (!timeline) throw new Error('timelineRead: timelineStart first');
    return { lastMove: timeline.lastMove, opened: [...timeline.opened], closed: [...timeline.closed], open: timeline.open };
  }

  const ops = { card: async () => card(), axe: axeCard, timelineStart: async () => timelineStart(), timelineRead: async () => timelineRead() };
  window.addEventListener('message', (event) => {
    const ask = event.data && event.data.__glossProbe;
    if (!ask || event.source !== window || !ops[ask.op]) return;
    Promise.resolve(ops[ask.op]())
      .then((result) => window.postMessage({ __glossProbeReply: { id: ask.id, result } }, '*'))
      .catch((error) => window.postMessage({ __glossProbeReply: { id: ask.id, error: String(error) } }, '*'));
  });
})();
