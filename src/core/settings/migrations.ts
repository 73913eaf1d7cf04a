/**
 * Ordered migrations of the stored settings format. Each step takes the raw stored record of one
 * version and returns the record of the next; it must accept garbage without throwing (parseSettings
 * resets whatever is still invalid afterwards) and must not mutate its input.
 *
 * History of the format:
 * - v1 (preview builds): a flat list of switched-off hosts, `disabledSites: string[]`, as the reader
 *   typed them ("www.Example.com", sometimes a whole URL), and `highlight: 'underline' | 'background'`.
 * - v2: per-site rules in both directions, `sites: Record<siteKey, 'on' | 'off'>`, so a site can be
 *   switched on as well as off; keys are normalised site keys (lowercase, no "www.").
 * - v3: `highlight` became `highlightStyle` when 'none-until-hover' was added, and 'background' was
 *   renamed 'tint' (it tints the text, it never was a background image).
 *
 * The newest version (version.ts) is the `to` of the last step. Add a step, never edit an old one.
 */
import { siteKeyFromInput } from './site-key.ts';
import { CURRENT_VERSION } from './version.ts';


export type RawSettings = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  migrate(raw: RawSettings): RawSettings;
}

export const migrations: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate(raw) {
      const { disabledSites, ...rest } = raw;
      const previous = raw['sites'];
      const sites: Record<string, unknown> = isRecord(previous) ? { ...previous } : {};
      if (Array.isArray(disabledSites)) {
        for (const host of disabledSites) {
          const key = typeof host === 'string' ? siteKeyFromInput(host) : null;
          if (key !== null) sites[key] = 'off';
        }
      }
      return { ...rest, sites, version: 2 };
    },
  },
  {
    from: 2,
    to: 3,
    migrate(raw) {
      const { highlight, ...rest } = raw;
      const next: RawSettings = { ...rest, version: 3 };
      if (highlight === 'background') next['highlightStyle'] = 'tint';
      else if (highlight !== undefined && !('highlightStyle' in raw)) next['highlightStyle'] = highlight;
      return next;
    },
  },
];


export interface MigrationOutcome {
  raw: RawSettings;
  /** The version the record had before, when at least one step ran. */
  migratedFrom: number | null;
  warnings: string[];
}

/**
 * Moves a raw record forward to CURRENT_VERSION. A record without a version is taken as current:
 * every format since v1 wrote its version, so a missing one means nothing was stored yet.
 */
export function runMigrations(input: RawSettings, steps: readonly Migration[] = migrations): MigrationOutcome {
  const warnings: string[] = [];
  const latest = steps[steps.length - 1]?.to ?? CURRENT_VERSION;
  const stored = input['version'];
  if (stored === undefined) return { raw: input, migratedFrom: null, warnings };
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    warnings.push(`version: ${describe(stored)} is not a format version; read as version ${latest}`);
    return { raw: { ...input, version: latest }, migratedFrom: null, warnings };
  }
  if (stored > latest) {
    warnings.push(`version: ${stored} was written by a newer Gloss; reading the settings this one knows`);
    return { raw: input, migratedFrom: null, warnings };
  }
  let raw = input;
  let version = stored;
  for (const step of steps) {
    if (step.from !== version) continue;
    raw = step.migrate(raw);
    version = step.to;
  }
  if (version !== latest) {
    // A gap in the chain is a programming error; the tests keep the chain whole.
    warnings.push(`version: no migration from ${version}; read as version ${latest}`);
    raw = { ...raw, version: latest };
  }
  return { raw, migratedFrom: stored === latest ? null : stored, warnings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return String(value);
  return `a ${typeof value}`;
}
