import { useCallback, useMemo } from 'preact/hooks';
import type { Category, Entry } from '../core/facts/types.ts';
import type { Matcher } from '../core/match/index.ts';
import { GlossMark } from '../ui/controls/GlossMark.tsx';
import { useT } from '../ui/i18n.tsx';
import type { OptionsPorts } from './browser-api.ts';
import { AppearanceSection } from './sections/AppearanceSection.tsx';
import { BackupSection } from './sections/BackupSection.tsx';
import { CategoriesSection } from './sections/CategoriesSection.tsx';
import { GeneralSection } from './sections/GeneralSection.tsx';
import { HoverDelaySection } from './sections/HoverDelaySection.tsx';
import { MutedSection } from './sections/MutedSection.tsx';
import { ResetSection } from './sections/ResetSection.tsx';
import { SitesSection } from './sections/SitesSection.tsx';
import { useSettings } from './use-settings.ts';

export interface OptionsAppProps {
  ports: OptionsPorts;
  entries: readonly Entry[];
  /** Marks the preview paragraph the way the content script marks a page. */
  matcher: Pick<Matcher, 'scan'>;
}

export function OptionsApp({ ports, entries, matcher }: OptionsAppProps) {
  const t = useT();
  const controller = useSettings(ports);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const titleOf = useCallback((id: string) => byId.get(id)?.title, [byId]);
  const categoryOf = useCallback((id: string): Category | undefined => byId.get(id)?.category, [byId]);

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
            <MutedSection controller={controller} titleOf={titleOf} />
            <BackupSection controller={controller} ports={ports} />
            <ResetSection controller={controller} />
          </>
        )}
      </main>
    </div>
  );
}
