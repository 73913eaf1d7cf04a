import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const BINARIES: Record<BrowserName, { path: string; apt: string }> = {
  chromium: { path: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: process.env.GLOSS_FIREFOX ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

const warned = new Set<BrowserName>();

/**
 * Whether e2e tests can run in this browser. On CI a missing browser is a failure, never a silent
 * skip; on a developer's machine it is a loud notice, so nobody mistakes a skip for a pass.
 */
export function browserAvailable(name: BrowserName): boolean {
  const { path, apt } = BINARIES[name];
  if (existsSync(path)) return true;
  const msg = `${name} not found at ${path}: install it with \`sudo apt-get install -y ${apt}\``;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`CI: ${msg}. e2e tests cannot be skipped on CI.`);
  }
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING ${name.toUpperCase()} E2E TESTS: ${msg}\n${'!'.repeat(78)}\n`);
  }
  return false;
}

/** Chromium flags for a quiet headless run: nothing phones home, nothing updates itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
