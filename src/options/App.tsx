import { useMemo } from 'preact/hooks';
import { GlossMark } from '../ui/controls/GlossMark.tsx';
import { useT } from '../ui/i18n.tsx';
import type { OptionsPorts } from './browser-api.ts';
import { AppearanceSection } from './sections/AppearanceSection.tsx';
import { BackupSection } from './sections/BackupSection.tsx';
import { CategoriesSection } from './sections/CategoriesSection.tsx';
import { GlossariesSection } from './sections/GlossariesSection.tsx';
import { GeneralSection } from './sections/GeneralSection.tsx';
import { HoverDelaySection } from './sections/HoverDelaySection.tsx';
import { MutedSection } from './sections/MutedSection.tsx';
import { ResetSection } from './sections/ResetSection.tsx';
import { SitesSection } from './sections/SitesSection.tsx';
import { categoriesOf, useStoredMatcher } from './preview/stored-terms.ts';
import { useSettings } from './use-settings.ts';

export interface OptionsAppProps {
  ports: OptionsPorts;
}

/**
 * The options page. It carries no facts: the glossaries and entry titles come from the background,
 * and the preview marks its paragraph with the terms the background compiled for pages.
 */
export function OptionsApp({ ports }: OptionsAppProps) {
  const t = useT();
  const controller = useSettings(ports);
  const matcher = useStoredMatcher(ports);
  const categoryOf = useMemo(() => categoriesOf(matcher), [matcher]);

  return (
    <div class="gloss-options">
      <header class="gloss-options__header">
        <GlossMark size={32} />
        <h1>{t('options_title')}</h1>
      </header>
      <main class="gloss-options__main">
        {controller.settings === null ? (
          <p class="gloss-loading" role="status">
            {controller.failed ? t('options_loadFailed') : t('options_loading')}
          </p>
        ) : (
          <>
            <GeneralSection controller={controller} />
            <SitesSection controller={controller} />
            <AppearanceSection controller={controller} matcher={matcher} categoryOf={categoryOf} />
            <HoverDelaySection controller={controller} />
            <CategoriesSection controller={controller} />
            <GlossariesSection ports={ports} />
            <MutedSection controller={controller} ports={ports} />
            <BackupSection controller={controller} ports={ports} />
            <ResetSection controller={controller} />
          </>
        )}
      </main>
    </div>
  );
}
