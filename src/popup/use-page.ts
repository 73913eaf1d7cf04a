import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultSettings, isRestrictedUrl, type Settings } from '../core/settings/index.ts';
import type { ListTermsResponse, Result } from '../core/messages/index.ts';
import { useT } from '../ui/i18n.tsx';
import { pageView, ruleForSwitch, type PageFacts, type PageView, type Target } from './page-state.ts';
import type { PopupPorts } from './browser-api.ts';

interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export interface PageController {
  view: PageView;
  /** A settings change is on its way. */
  busy: boolean;
  notice: Notice | null;
  setSiteOn(on: boolean): void;
  enableEverywhere(): void;
  reveal(id: string): void;
  mute(id: string, title: string): void;
}

/** How often, and how long, the popup asks the page again until it has caught up with a change. */
const FOLLOW_EVERY_MS = 250;
const FOLLOW_TRIES = 8;

function canAsk(target: Target): target is Extract<Target, { kind: 'tab' }> {
  return target.kind === 'tab' && !(target.url !== null && isRestrictedUrl(target.url));
}

/**
 * The tab the popup is about: what Gloss does there, the terms found, and the actions on it.
 * Settings are read from the background and followed through storage.onChanged, so a change made
 * in the options page (or another window) shows here at once.
 */
export function usePage(ports: PopupPorts): PageController {
  const t = useT();
  const [facts, setFacts] = useState<PageFacts | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const latest = useRef<PageFacts | null>(null);
  latest.current = facts;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const readSettings = async (): Promise<Settings | null> => {
    const answer = await ports.background.request({ type: 'getSettings' });
    return answer.ok ? answer.value : null;
  };
  const listTerms = (target: Target): Promise<Result<ListTermsResponse> | null> =>
    canAsk(target) ? ports.tabs.request(target.tabId, { type: 'listTerms' }) : Promise.resolve(null);

  /** The content script re-reads the settings on its own; ask it again until it agrees with them. */
  const askPage = async (attempt: number): Promise<void> => {
    const current = latest.current;
    if (current === null || !canAsk(current.target)) return;
    const answer = await listTerms(current.target);
    const next = { ...(latest.current ?? current), answer };
    latest.current = next;
    setFacts(next);
    const expected = pageView(next);
    const behind = answer?.ok === true && expected.kind === 'site' && answer.value.on !== expected.on;
    if (behind && attempt < FOLLOW_TRIES) followPage(attempt + 1);
  };
  const followPage = (attempt = 0): void => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void askPage(attempt), FOLLOW_EVERY_MS);
  };

  const applySettings = (settings: Settings): void => {
    const current = latest.current;
    if (current === null) return;
    const next = { ...current, settings };
    latest.current = next;
    setFacts(next);
    followPage();
  };

  useEffect(() => {
    // An object, not a `let`: the cleanup below changes it while the awaits are pending.
    const mounted = { alive: true };
    void (async () => {
      const target = await ports.findTarget();
      const [settings, answer] = await Promise.all([readSettings(), listTerms(target)]);
      if (!mounted.alive) return;
      if (settings === null) setNotice({ tone: 'error', text: t('popup_errorBackground') });
      setFacts({ target, settings: settings ?? defaultSettings(), answer });
    })();
    const unsubscribe = ports.onSettingsChanged(() => {
      void readSettings().then((settings) => {
        if (mounted.alive && settings !== null) applySettings(settings);
      });
    });
    return () => {
      mounted.alive = false;
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, []);

  const view: PageView = useMemo(() => (facts === null ? { kind: 'loading' } : pageView(facts)), [facts]);

  const write = async (send: () => Promise<Result<Settings>>): Promise<void> => {
    setBusy(true);
    setNotice(null);
    const answer = await send();
    setBusy(false);
    if (answer.ok) applySettings(answer.value);
    else setNotice({ tone: 'error', text: t('popup_errorSave') });
  };

  return {
    view,
    busy,
    notice,
    setSiteOn(on) {
      const current = latest.current;
      if (current === null || view.kind !== 'site' || busy) return;
      const rule = ruleForSwitch(current.settings, view.site, view.isArticle, on, view.publisherOff);
      void write(() => ports.background.request({ type: 'setSiteRule', site: view.site, rule }));
    },
    enableEverywhere() {
      void write(() => ports.background.request({ type: 'updateSettings', patch: { enabled: true } }));
    },
    reveal(id) {
      const target = latest.current?.target;
      if (target === undefined || !canAsk(target)) return;
      setNotice(null);
      void ports.tabs.request(target.tabId, { type: 'revealTerm', id }).then((answer) => {
        if (answer.ok && answer.value.found) {
          if (!ports.isTab) ports.close();
          return;
        }
        setNotice({ tone: 'error', text: t(answer.ok ? 'popup_revealMissing' : 'popup_revealFailed') });
      });
    },
    mute(id, title) {
      void ports.background.request({ type: 'setMuted', id, muted: true }).then((answer) => {
        if (answer.ok) {
          setNotice({ tone: 'info', text: t('popup_muted', title) });
          applySettings(answer.value);
        } else setNotice({ tone: 'error', text: t('popup_errorSave') });
      });
    },
  };
}

