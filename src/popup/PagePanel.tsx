import type { SiteMode } from '../core/settings/index.ts';
import { Switch } from '../ui/controls/Switch.tsx';
import { siteLabel } from '../ui/controls/site-label.ts';
import { useT, type MessageKey } from '../ui/i18n.tsx';
import { switchUsable, type PageTerm, type SiteView } from './page-state.ts';
import type { PageController } from './use-page.ts';

const MODE_KEYS: Record<SiteMode, MessageKey> = {
  articles: 'popup_modeArticles',
  'all-except': 'popup_modeAllExcept',
  'only-listed': 'popup_modeOnlyListed',
};

function modeKey(mode: SiteMode): MessageKey {
  return MODE_KEYS[mode];
}

function TermList({ terms, onReveal }: { terms: readonly PageTerm[]; onReveal: (id: string) => void }) {
  const t = useT();
  if (terms.length === 0) return <p class="gloss-empty">{t('popup_noTerms')}</p>;
  return (
    <ul class="gloss-terms" aria-labelledby="gloss-on-page-heading">
      {terms.map((term) => (
        <li key={term.id}>
          <button type="button" class="gloss-term" data-entry-id={term.id} onClick={() => onReveal(term.id)}>
            <span class="gloss-term__title">{term.title}</span>
            <span class="gloss-term__count" aria-hidden="true" title={t('popup_mentions', String(term.count))}>
              {term.count}
            </span>
            <span class="gloss-sr-only">{t('popup_mentions', String(term.count))}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Why Gloss is off here, with the one action that changes it. */
function OffReason({ view, page }: { view: SiteView; page: PageController }) {
  const t = useT();
  const site = siteLabel(view.site, t);
  switch (view.reason) {
    case 'disabled':
      return (
        <div class="gloss-note">
          <p>{t('popup_reasonDisabled')}</p>
          <button type="button" class="gloss-button gloss-button--primary" disabled={page.busy} onClick={() => page.enableEverywhere()}>
            {t('popup_turnOnEverywhere')}
          </button>
        </div>
      );
    case 'not-article':
      return (
        <div class="gloss-note">
          <p>{t('popup_reasonNotArticle')}</p>
          <button type="button" class="gloss-button" disabled={page.busy} onClick={() => page.setSiteOn(true)}>
            {t('popup_turnOnForSite', site)}
          </button>
        </div>
      );
    case 'publisher-off':
      return (
        <div class="gloss-note">
          <p>{t('popup_reasonPublisherOff')}</p>
          <button type="button" class="gloss-button" disabled={page.busy} onClick={() => page.setSiteOn(true)}>
            {t('popup_turnOnForSite', site)}
          </button>
        </div>
      );
    case 'not-listed':
      return <p class="gloss-note">{t('popup_reasonNotListed')}</p>;
    default:
      return null;
  }
}

function SiteSection({ view, page }: { view: SiteView; page: PageController }) {
  const t = useT();
  const inherited = view.ruleFrom !== null && view.ruleFrom !== view.site;
  return (
    <section class="gloss-site" aria-labelledby="gloss-site-switch">
      <Switch
        id="gloss-site-switch"
        checked={view.on}
        onChange={(on) => page.setSiteOn(on)}
        describedBy="gloss-site-detail"
        disabled={!switchUsable(view)}
        busy={page.busy}
      >
        <span class="gloss-site__name">{t('popup_siteSwitch', siteLabel(view.site, t))}</span>
      </Switch>
      <p class="gloss-site__detail gloss-muted" id="gloss-site-detail">
        {t(modeKey(view.mode))}
        {inherited && view.ruleFrom !== null && <> · {t('popup_ruleFrom', siteLabel(view.ruleFrom, t))}</>}
      </p>
      {!view.on && <OffReason view={view} page={page} />}
    </section>
  );
}

/** The part of the popup about the open tab: the site switch and the terms on the page. */
export function PagePanel({ page }: { page: PageController }) {
  const t = useT();
  const { view } = page;
  if (view.kind === 'loading') return <p class="gloss-empty gloss-muted">{t('popup_loading')}</p>;
  if (view.kind === 'none') return <p class="gloss-empty gloss-muted">{t('popup_searchHint')}</p>;
  if (view.kind === 'restricted') {
    return (
      <section class="gloss-site gloss-site--restricted" aria-label={t('popup_thisPage')}>
        <p>{t('popup_restricted')}</p>
      </section>
    );
  }
  return (
    <>
      <SiteSection view={view} page={page} />
      {view.on && (
        <section class="gloss-on-page" aria-labelledby="gloss-on-page-heading">
          <h2 class="gloss-heading" id="gloss-on-page-heading">
            {t('popup_onThisPage')}
          </h2>
          {view.terms === null ? (
            <p class="gloss-empty">{t('popup_notReadYet')}</p>
          ) : (
            <TermList terms={view.terms} onReveal={(id) => page.reveal(id)} />
          )}
        </section>
      )}
    </>
  );
}
