// The two reference extensions bench:content measures beside Gloss, written to temporary folders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The floor under the non-article figure: an extension whose content script does only what any
 * gate that reads its settings must (one storage.local read of the same key, a message listener,
 * a storage listener), at the same document_end. Measured the same way on the same pages.
 */
export function floorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Floor',
    version: '1.0',
    permissions: ['storage'],
    // The harness waits for an extension's worker before it opens pages.
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['floor.js'], run_at: 'document_end' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const script = [
    'chrome.runtime.onMessage.addListener(() => undefined);',
    'chrome.storage.onChanged.addListener(() => undefined);',
    "void chrome.storage.local.get(['gloss.view']).then((items) => items['gloss.view']);",
  ];
  writeFileSync(join(dir, 'floor.js'), `${script.join('\n')}\n`);
  writeFileSync(join(dir, 'worker.js'), '');
  return dir;
}

/** An extension with nothing in it but an empty worker: the control run, Gloss absent. */
export function controlExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-control-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Control', version: '1.0', background: { service_worker: 'worker.js' } }));
  writeFileSync(join(dir, 'worker.js'), '');
  return dir;
}
