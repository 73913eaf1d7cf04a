// Guards the _locales catalogues for everyone who adds strings:
// - every key is in both en and de, with the same placeholders;
// - every key is used somewhere in src/ (or in manifest.json as __MSG_key__).
// A key that code builds at run time (so its full name is not in the source) must be listed in
// DYNAMIC_KEYS below with the code that builds it; category labels show how.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/facts/types.ts';
import { CATEGORY_KEYS } from '../../../src/ui/category.ts';
import type { MessagesFile } from '../../../src/ui/i18n-messages.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LOCALES = ['en', 'de'] as const;

function readCatalogue(lang: string): MessagesFile {
  return JSON.parse(readFileSync(join(ROOT, 'src/_locales', lang, 'messages.json'), 'utf8')) as MessagesFile;
}

/** Keys whose full name never appears in the source, each with where it comes from. */
const DYNAMIC_KEYS: Record<string, string> = Object.fromEntries(
  CATEGORIES.map((c) => [`category_${c.replace(/-/g, '_')}`, 'src/ui/category.ts (one per CATEGORIES id)']),
);

/** What a message expects from its caller: named placeholders and the $n each one takes. */
function placeholderSignature(entry: MessagesFile[string]): string[] {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const signature = new Set<string>();
  for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
    const lower = (name ?? '').toLowerCase();
    signature.add(`${lower}=${placeholders[lower] ?? 'UNDEFINED'}`);
  }
  // Positional $1…$9 written directly in the text (not "$$", an escaped dollar).
  const withoutNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, '').replace(/\$\$/g, '');
  for (const [, n] of withoutNamed.matchAll(/\$([1-9])/g)) signature.add(`$${n}`);
  return [...signature].sort();
}

function catalogueProblems(catalogues: Record<string, MessagesFile>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(catalogues);
  const allKeys = new Set(langs.flatMap((l) => Object.keys(catalogues[l] ?? {})));
  for (const key of allKeys) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: only A-Z, a-z, 0-9 and _ are allowed in a key`);
    const entries = langs.map((l) => [l, catalogues[l]?.[key]] as const);
    for (const [lang, entry] of entries) {
      if (entry === undefined) problems.push(`${key}: missing in ${lang}`);
      else if (typeof entry.message !== 'string' || entry.message.trim() === '') problems.push(`${key}: empty message in ${lang}`);
      else if (placeholderSignature(entry).some((s) => s.endsWith('=UNDEFINED'))) {
        problems.push(`${key}: ${lang} uses a $placeholder$ it does not define`);
      }
    }
    const signatures = entries.flatMap(([lang, e]) =>
      e === undefined || typeof e.message !== 'string' ? [] : [[lang, placeholderSignature(e).join(' ')] as const],
    );
    const distinct = new Set(signatures.map(([, s]) => s));
    if (distinct.size > 1) {
      problems.push(`${key}: placeholders differ (${signatures.map(([l, s]) => `${l}: [${s}]`).join(', ')})`);
    }
  }
  // Browsers look message names up case-insensitively, so two keys differing in case collide.
  const lowered = new Map<string, string>();
  for (const key of allKeys) {
    const other = lowered.get(key.toLowerCase());
    if (other !== undefined) problems.push(`${key}: same name as ${other} when case is ignored`);
    lowered.set(key.toLowerCase(), key);
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_locales' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs|html|json|css)$/.test(name) ? [path] : [];
  });
}

function unusedKeys(keys: Iterable<string>, texts: readonly string[], dynamic: Record<string, string>): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...keys].filter((key) => {
    if (Object.hasOwn(dynamic, key)) return false;
    const asWord = new RegExp(`(^|[^A-Za-z0-9_])${escape(key)}([^A-Za-z0-9_]|$)`);
    const inManifest = `__MSG_${key}__`;
    return !texts.some((text) => asWord.test(text) || text.includes(inManifest));
  });
}

describe('locales', () => {
  const catalogues = Object.fromEntries(LOCALES.map((l) => [l, readCatalogue(l)]));

  it('have the same keys with the same placeholders in en and de', () => {
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('use every key somewhere in src/ or the manifest', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')];
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    expect(files.map((f) => relative(ROOT, f))).toContain('src/ui/category.ts');
    expect(unusedKeys(Object.keys(catalogues['en'] ?? {}), texts, DYNAMIC_KEYS)).toEqual([]);
  });

  it('label every category', () => {
    for (const c of CATEGORIES) {
      const key = `category_${c.replace(/-/g, '_')}`;
      expect(CATEGORY_KEYS[c]).toBe(key);
      for (const l of LOCALES) expect(catalogues[l]?.[key]?.message, `${key} in ${l}`).toBeTruthy();
    }
  });

  it('name a usable date locale of their own language in ui_locale', () => {
    for (const l of LOCALES) {
      const tag = catalogues[l]?.['ui_locale']?.message ?? '';
      expect(Intl.getCanonicalLocales(tag)[0]?.split('-')[0]).toBe(l);
      expect(Intl.DateTimeFormat.supportedLocalesOf([tag])).toHaveLength(1);
    }
  });
});

describe('the locale checks themselves', () => {
  const entry = (message: string, placeholders?: Record<string, string>) => ({
    message,
    ...(placeholders === undefined
      ? {}
      : { placeholders: Object.fromEntries(Object.entries(placeholders).map(([k, v]) => [k, { content: v }])) }),
  });

  it('catch a missing key, a placeholder mismatch and an undefined placeholder', () => {
    const problems = catalogueProblems({
      en: { a: entry('A'), b: entry('as of $date$', { date: '$1' }), c: entry('x $1'), d: entry('$who$') },
      de: { b: entry('Stand: $datum$', { datum: '$1' }), c: entry('x'), d: entry('$who$') },
    });
    expect(problems).toEqual([
      'a: missing in de',
      'b: placeholders differ (en: [date=$1], de: [datum=$1])',
      'c: placeholders differ (en: [$1], de: [])',
      'd: en uses a $placeholder$ it does not define',
      'd: de uses a $placeholder$ it does not define',
    ]);
  });

  it('treat "$$" as an escaped dollar, not a placeholder', () => {
    expect(placeholderSignature(entry('costs $$1'))).toEqual([]);
    expect(placeholderSignature(entry('$1 and $count$', { count: '$2' }))).toEqual(['$1', 'count=$2']);
  });

  it('find keys that no source uses, accepting whole words, __MSG_ and dynamic keys', () => {
    const texts = ["t('card_close')", '"name": "__MSG_extName__"', "t('card_closeAll')"];
    expect(unusedKeys(['card_close', 'extName', 'card_clos', 'category_x', 'card_copy'], texts, { category_x: 'built' })).toEqual([
      'card_clos',
      'card_copy',
    ]);
  });
});
