// The options page's fake background: the settings fake the popup tests use, plus glossaries
// answered as src/background answers them (the real store and handlers over an in-memory
// database, on the real built-in glossary), and the compiled terms it keeps in storage.local
// for pages, which the preview reads.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossaryHandlers } from '../../../src/background/glossary-handlers.ts';
import { createGlossaries, type Glossaries } from '../../../src/background/glossaries/store.ts';
import { loadBuildData, type BuildData } from '../../../src/cli/lib/build-data.ts';
import { compile, encodeMatcher, termSourcesFromEntries } from '../../../src/core/match/index.ts';
import { fail, runHandler, type BackgroundRequest, type Result } from '../../../src/core/messages/index.ts';
import type { Settings } from '../../../src/core/settings/index.ts';
import { memoryGlossaryDb, TODAY, type MemoryGlossaryDb } from '../../unit/background/glossary-files.ts';
import { FakeBackground } from '../popup/fake-extension.ts';

// A path, not a URL object: under happy-dom the global URL is the DOM's, which Node's fs refuses.
const FACTS = join(dirname(fileURLToPath(import.meta.url)), '../../../src/facts');

let builtin: Promise<BuildData> | undefined;
/** Compiled terms by the glossaries' state key (content-addressed), shared by every fake: compiling is the slow part. */
const compiledByKey = new Map<string, unknown>();

/** The built-in glossary and its compiled terms, exactly as the build makes them (once per run). */
export function buildData(): Promise<BuildData> {
  return (builtin ??= loadBuildData({ factsDir: FACTS }));
}

const GLOSSARY_REQUESTS = new Set<BackgroundRequest['type']>([
  'listGlossaries',
  'importGlossary',
  'setGlossaryEnabled',
  'moveGlossary',
  'removeGlossary',
  'exportGlossary',
  'getTitles',
  'getEntry',
  'search',
]);

export interface OptionsBackgroundOptions {
  /** 'missing': the background has not written the terms yet (a fresh install). */
  terms?: 'compiled' | 'missing';
}

export class OptionsBackground extends FakeBackground {
  readonly db: MemoryGlossaryDb = memoryGlossaryDb();
  /** What storage.local holds under "gloss.terms"; undefined before the background wrote it. */
  terms: unknown;
  private glossaries: Glossaries | undefined;
  /** The state key of the glossaries the terms were last compiled from. */
  private termsKey = '';
  private readonly termsListeners = new Set<() => void>();
  readonly ready: Promise<void>;

  constructor(initial: Partial<Settings> = {}, options: OptionsBackgroundOptions = {}) {
    super(initial);
    this.ready = buildData().then(async (data) => {
      this.glossaries = createGlossaries(this.db, data.glossary);
      // The build compiles the built-in glossary alone exactly as the page cache does.
      this.termsKey = await this.glossaries.stateKey();
      compiledByKey.set(this.termsKey, data.dictionary);
      if (options.terms !== 'missing') this.terms = data.dictionary;
    });
  }

  /** storage.local.get("gloss.terms") as the options page does it. */
  async readTerms(): Promise<unknown> {
    await this.ready;
    return structuredClone(this.terms);
  }

  /** Like storage.onChanged for "gloss.terms": a moment after every rewrite. */
  onTermsChanged(listener: () => void): () => void {
    this.termsListeners.add(listener);
    return () => this.termsListeners.delete(listener);
  }

  /** The background rewrote the terms (another window changed a glossary, or the first write after install). */
  writeTerms(terms: unknown): void {
    this.terms = terms;
    setTimeout(() => {
      for (const listener of this.termsListeners) listener();
    }, 0);
  }

  /** A glossary the reader imported before the page opened. */
  async seedGlossary(fileName: string, text: string): Promise<void> {
    await this.ready;
    const outcome = await this.store().import(fileName, text, TODAY);
    if (!outcome.ok) throw new Error(`the seed glossary ${fileName} was refused: ${outcome.problems.join('; ')}`);
    await this.recompile();
  }

  /** The glossaries as the background holds them now. */
  async list() {
    await this.ready;
    return this.store().list();
  }

  /**
   * What the page cache does after a glossary change: compile the enabled glossaries, highest
   * first, and write them, only when what they are made of changed. (Muted entries stay in; the
   * preview leaves them out itself.)
   */
  private async recompile(): Promise<void> {
    const key = await this.store().stateKey();
    if (key === this.termsKey) return;
    this.termsKey = key;
    let terms = compiledByKey.get(key);
    if (terms === undefined) {
      terms = encodeMatcher(compile(termSourcesFromEntries((await this.store().active()).flatMap((g) => g.entries))));
      compiledByKey.set(key, terms);
    }
    this.writeTerms(terms);
  }

  private store(): Glossaries {
    if (this.glossaries === undefined) throw new Error('the fake background is not ready: await its `ready`');
    return this.glossaries;
  }

  override async request(request: BackgroundRequest): Promise<Result<never>> {
    const r = request;
    if (!GLOSSARY_REQUESTS.has(r.type)) return super.request(request);
    this.requests.push(structuredClone(r));
    await this.ready;
    if (this.failing.has(r.type)) return fail('internal', 'storage failed');
    const handlers = glossaryHandlers({
      glossaries: this.store(),
      pageCache: { refresh: () => this.recompile() },
      search: { search: async () => [] },
      today: () => TODAY,
    });
    // The set above holds exactly the handlers' request types.
    const answer = await runHandler(handlers, r as never, undefined);
    // Across the message boundary every answer is a structured clone.
    return structuredClone(answer) as Result<never>;
  }
}
