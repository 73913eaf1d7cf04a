// The two reference extensions bench:content measures beside Gloss, written to temporary folders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An extension with an empty worker (the harness waits for a worker before it opens pages) and
 * `files`, loadable in both browsers: Chromium runs the worker, Firefox the same file as a
 * background script, and Firefox's harness needs a gecko id.
 */
function writeExtension(name: string, manifest: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `gloss-bench-${name.toLowerCase()}-`));
  const both = {
    background: { service_worker: 'worker.js', scripts: ['worker.js'] },
    browser_specific_settings: { gecko: { id: `${name.toLowerCase()}@gloss.bench` } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0', ...both, ...manifest }));
  for (const [file, text] of Object.entries({ 'worker.js': '', ...files })) writeFileSync(join(dir, file), text);
  return dir;
}

/**
 * The floor under the non-article figure: an extension whose content script does only what any
 * gate that reads its settings and honours a publisher's opt-out must (one storage.local read of
 * the same key, a message listener, a storage listener, one look at the page's <meta> elements),
 * at the same document_end. Measured the same way on the same pages. The look at the page is the
 * isolated world's first DOM access, which costs the same whatever asks for it.
 */
export function floorExtension(): string {
  const script = [
    'chrome.runtime.onMessage.addListener(() => undefined);',
    'chrome.storage.onChanged.addListener(() => undefined);',
    "void chrome.storage.local.get(['gloss.view']).then((items) => items['gloss.view']);",
    "for (const meta of document.getElementsByTagName('meta')) if (meta.getAttribute('name') === 'gloss') break;",
  ];
  return writeExtension(
    'Floor',
    { permissions: ['storage'], content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_end' }] },
    { 'floor.js': `${script.join('\n')}\n` },
  );
}

/** An extension with nothing in it but an empty worker: the control run, Gloss absent. */
export function controlExtension(): string {
  return writeExtension('Control', {});
}
