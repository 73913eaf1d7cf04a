import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import type { TestPage } from './types.ts';

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let source: string | undefined;

/**
 * Loads axe-core into the page and runs it on `selector` (the whole document by default;
 * open shadow roots are included). The source goes in as an evaluated expression, not through
 * eval() or a <script>: extension pages forbid both under their content security policy, while
 * the test driver's own evaluation is not bound by it.
 */
export async function runAxe(page: TestPage, selector?: string): Promise<AxeFinding[]> {
  source ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  // Both drivers accept a string and evaluate it as a script; the harness types only functions.
  if (!loaded) await page.evaluate(`${source}\n;void 0` as unknown as () => void);
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const context = sel === null ? document : document.querySelector(sel);
    if (context === null) throw new Error(`runAxe: nothing matches ${sel}`);
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
}

/** The findings a release must not have: serious and critical ones. */
export function blocking(findings: AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
