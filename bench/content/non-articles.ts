// Non-article pages for the content-script bench: the fixtures in tests/fixtures/non-articles, and
// the corpus pages with every article marker taken out, written to a temporary folder at run time
// (the corpus is never copied into the repository).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The page without what core/settings/article-check.ts reads as an article: og:type and
 * article:* meta tags, JSON-LD, microdata types, and the elements its prose checks count
 * (<article>, <main>, and <p>, which become <div>s so the text and layout stay much as they were).
 */
function stripArticleMarkers(html: string): string {
  return html
    .replace(/<meta\b[^>]*(?:og:type|article:)[^>]*>/gi, '')
    .replace(/<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/\sitem(?:type|scope)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '')
    .replace(/<(\/?)(?:article|main|p)(?=[\s>/])/gi, '<$1div');
}

export interface NonArticleSet {
  dir: string;
  /** File names in `dir`: "fixture-….html" and "stripped-….html". */
  files: string[];
}

export function prepareNonArticles(fixtures: string, corpus: string | null, corpusFiles: string[]): NonArticleSet {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-non-articles-'));
  const files: string[] = [];
  for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.html')).sort()) {
    copyFileSync(join(fixtures, f), join(dir, `fixture-${f}`));
    files.push(`fixture-${f}`);
  }
  if (corpus) {
    for (const f of corpusFiles) {
      writeFileSync(join(dir, `stripped-${f}`), stripArticleMarkers(readFileSync(join(corpus, f), 'utf8')));
      files.push(`stripped-${f}`);
    }
  }
  return { dir, files };
}
