// Test-only content script (scripts/harness/probe, loaded beside Gloss in e2e runs, never shipped).
// Gloss's card lives in a closed shadow root that page scripts cannot open; an extension's content
// script can (chrome.dom.openOrClosedShadowRoot, Firefox's element.openOrClosedShadowRoot). The
// tests ask from the page with window.postMessage and get plain data back: what the card shows,
// where its buttons are (for real, trusted clicks), and axe's findings inside it. Read-only.
(() => {
  const hostOf = () => document.querySelector('[data-gloss-host]');
  const rootOf = (host) => {
    if (!host) return null;
    if (typeof chrome !== 'undefined' && chrome.dom && typeof chrome.dom.openOrClosedShadowRoot === 'function') return chrome.dom.openOrClosedShadowRoot(host);
    return host.openOrClosedShadowRoot ?? null;
  };
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || el.getAttribute('title') || '').replace(/\s+/g, ' ').trim();

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
      hosts: document.querySelectorAll('[data-gloss-host]').length,
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
    };
  }

  async function axeCard() {
    const root = rootOf(hostOf());
    const dialog = root ? root.querySelector('[role="dialog"]') : null;
    if (!dialog || typeof axe === 'undefined') return { ran: false, violations: [] };
    const result = await axe.run(dialog, { resultTypes: ['violations'] });
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
