import { useEffect, useState } from 'preact/hooks';
import { toLanguage } from '../core/facts/localize.ts';
import { useLocale } from '../ui/i18n.tsx';
import type { OptionsPorts } from './browser-api.ts';

/**
 * Entry titles in the UI language (else English), asked of the background, which owns the
 * glossaries: the options page carries no facts. Ids it does not know (an entry whose glossary was
 * removed) are left out; the caller shows the id.
 */
export function useTitles(ports: OptionsPorts, ids: readonly string[]): Readonly<Record<string, string>> {
  const language = toLanguage(useLocale()) ?? 'en';
  const [titles, setTitles] = useState<Readonly<Record<string, string>>>({});
  const key = ids.join('\n');
  useEffect(() => {
    if (ids.length === 0) return;
    let alive = true;
    void ports.background.request({ type: 'getTitles', ids: [...ids], languages: [language] }).then((answer) => {
      if (alive && answer.ok) setTitles(answer.value);
    });
    return () => {
      alive = false;
    };
  }, [ports, key, language]);
  return titles;
}
