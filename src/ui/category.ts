import type { Category } from '../core/facts/types.ts';
import type { MessageKey } from './i18n.tsx';

/**
 * Message key of each category's label. Written out (not built from the id) so the compiler
 * insists on a label for every new category and the locales test can see each key in the source.
 */
export const CATEGORY_KEYS: Record<Category, MessageKey> = {
  pipeline: 'category_pipeline',
  corridor: 'category_corridor',
  treaty: 'category_treaty',
  organisation: 'category_organisation',
  company: 'category_company',
  person: 'category_person',
  place: 'category_place',
  sanction: 'category_sanction',
  'payment-system': 'category_payment_system',
  weapon: 'category_weapon',
  event: 'category_event',
  energy: 'category_energy',
  military: 'category_military',
  economy: 'category_economy',
};

/** The key for a category; an unknown value (bad data at run time) gets the generic label. */
export function categoryKey(category: string): MessageKey {
  return Object.hasOwn(CATEGORY_KEYS, category) ? CATEGORY_KEYS[category as Category] : 'category_other';
}
