import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/facts/vocabulary.ts';
import { CATEGORY_KEYS } from '../../ui/category.ts';
import { useT } from '../../ui/i18n.tsx';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';

/** The categories switched off after the reader ticks (`on`) or unticks one. */
export function withCategory(off: readonly Category[], category: Category, on: boolean): Category[] {
  const rest = off.filter((c) => c !== category);
  return on ? rest : [...rest, category];
}

export function CategoriesSection({ controller }: { controller: SettingsController }) {
  const t = useT();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { settings } = controller;
  if (settings === null) return null;

  const toggle = async (category: Category, on: boolean): Promise<void> => {
    const answer = await controller.write({ type: 'updateSettings', patch: { categoriesOff: withCategory(settings.categoriesOff, category, on) } });
    setStatus(answer.ok ? null : { tone: 'error', text: t('options_errorSave') });
  };

  return (
    <Section id="categories" title={t('options_categoriesTitle')}>
      <fieldset class="gloss-checks">
        <legend class="gloss-radios__legend">{t('options_categoriesLegend')}</legend>
        {CATEGORIES.map((category) => {
          const id = `gloss-category-${category}`;
          return (
            <div class="gloss-check" key={category}>
              <input
                type="checkbox"
                id={id}
                checked={!settings.categoriesOff.includes(category)}
                onChange={(event) => void toggle(category, event.currentTarget.checked)}
              />
              <label for={id}>{t(CATEGORY_KEYS[category])}</label>
            </div>
          );
        })}
      </fieldset>
      <Status status={status} />
    </Section>
  );
}
