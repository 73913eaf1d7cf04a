import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { siteKeyFromInput, type SiteMode, type SiteRule } from '../../core/settings/index.ts';
import { publicSuffixFromInput } from '../../core/settings/site-key.ts';
import { Switch } from '../../ui/controls/Switch.tsx';
import { siteLabel } from '../../ui/controls/site-label.ts';
import { useT, type Translate } from '../../ui/i18n.tsx';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';
import { CloseIcon } from '../../ui/icons.tsx';

/** In "everywhere except" a new site is most likely one to switch off; otherwise one to switch on. */
export function defaultRuleFor(mode: SiteMode): SiteRule {
  return mode === 'all-except' ? 'off' : 'on';
}

export type AddCheck =
  | { ok: true; site: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'duplicate' }
  /** "github.io", "co.uk": shared by many unrelated sites, so no rule may be kept for it. */
  | { ok: false; reason: 'public-suffix'; suffix: string };

/** What typing `text` into the add box would add, checked against the sites already listed. */
export function checkNewSite(text: string, sites: Readonly<Record<string, SiteRule>>, rule: SiteRule): AddCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const site = siteKeyFromInput(text);
  if (site === null) {
    const suffix = publicSuffixFromInput(text);
    return suffix === null ? { ok: false, reason: 'invalid' } : { ok: false, reason: 'public-suffix', suffix };
  }
  if (sites[site] === rule) return { ok: false, reason: 'duplicate' };
  return { ok: true, site };
}

/** Why the add box refused what was typed, in the reader's words. */
function refusal(check: Exclude<AddCheck, { ok: true }>, text: string, t: Translate): string {
  switch (check.reason) {
    case 'empty':
      return t('options_siteEmpty');
    case 'invalid':
      return t('options_siteInvalid', text.trim().slice(0, 80));
    case 'public-suffix':
      return t('options_sitePublicSuffix', check.suffix);
    case 'duplicate':
      return t('options_siteDuplicate', siteLabel(siteKeyFromInput(text) ?? text, t));
  }
}

export function SitesSection({ controller }: { controller: SettingsController }) {
  const t = useT();
  const { settings } = controller;
  const [text, setText] = useState('');
  const [rule, setRule] = useState<SiteRule | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const input = useRef<HTMLInputElement>(null);
  if (settings === null) return null;

  const newRule = rule ?? defaultRuleFor(settings.siteMode);
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  const setSite = async (site: string, next: SiteRule | null, done: string): Promise<boolean> => {
    const answer = await controller.write({ type: 'setSiteRule', site, rule: next });
    setStatus(answer.ok ? { tone: 'ok', text: done } : { tone: 'error', text: t('options_errorSave') });
    return answer.ok;
  };

  const add = async (event: TargetedEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const check = checkNewSite(text, settings.sites, newRule);
    if (!check.ok) {
      setError(refusal(check, text, t));
      input.current?.focus();
      return;
    }
    setError(null);
    const label = siteLabel(check.site, t);
    if (await setSite(check.site, newRule, t(newRule === 'on' ? 'options_siteAddedOn' : 'options_siteAddedOff', label))) setText('');
  };

  return (
    <Section id="sites" title={t('options_sitesTitle')} intro={t('options_sitesIntro')}>
      <form class="gloss-add-site" onSubmit={(event) => void add(event)} noValidate>
        <div class="gloss-field">
          <label for="gloss-new-site">{t('options_siteAddLabel')}</label>
          <input
            ref={input}
            id="gloss-new-site"
            class="gloss-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder={t('options_siteAddPlaceholder')}
            value={text}
            aria-invalid={error === null ? undefined : 'true'}
            aria-describedby={error === null ? 'gloss-new-site-hint' : 'gloss-new-site-error gloss-new-site-hint'}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error !== null) setError(null);
            }}
          />
        </div>
        <div class="gloss-field">
          <label for="gloss-new-site-rule">{t('options_siteRuleLabel')}</label>
          <select
            id="gloss-new-site-rule"
            class="gloss-input"
            value={newRule}
            onChange={(event) => setRule(event.currentTarget.value === 'off' ? 'off' : 'on')}
          >
            <option value="on">{t('options_siteRuleOn')}</option>
            <option value="off">{t('options_siteRuleOff')}</option>
          </select>
        </div>
        <button type="submit" class="gloss-button gloss-button--primary">
          {t('options_siteAdd')}
        </button>
      </form>
      <p class="gloss-hint" id="gloss-new-site-hint">
        {t('options_siteAddHint')}
      </p>
      <p class="gloss-field-error" id="gloss-new-site-error" role="alert">
        {error ?? ''}
      </p>
      {sites.length === 0 ? (
        <p class="gloss-empty-list">{t('options_sitesEmpty')}</p>
      ) : (
        <ul class="gloss-list" aria-label={t('options_sitesListLabel')}>
          {sites.map(([site, siteRule]) => {
            const label = siteLabel(site, t);
            return (
              <li class="gloss-list__row" key={site} data-site={site}>
                <Switch checked={siteRule === 'on'} onChange={(on) => void setSite(site, on ? 'on' : 'off', t(on ? 'options_siteNowOn' : 'options_siteNowOff', label))}>
                  <span class="gloss-site-name">{label}</span>
                </Switch>
                <button
                  type="button"
                  class="gloss-button gloss-button--quiet gloss-icon-button"
                  aria-label={t('options_siteRemove', label)}
                  title={t('options_siteRemove', label)}
                  onClick={() => void setSite(site, null, t('options_siteRemoved', label))}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Status status={status} />
    </Section>
  );
}
