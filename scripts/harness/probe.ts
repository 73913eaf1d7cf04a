/**
 * The test probe (probe/): a second, test-only extension loaded beside Gloss in e2e runs. Gloss's
 * card sits in a closed shadow root, which page scripts (and so the test driver's page.evaluate)
 * cannot open; the probe, being an extension's content script, can. Tests ask it through
 * window.postMessage and get plain data: what the card shows, where its buttons are (so the test
 * clicks them with the real mouse, as a reader would), axe's findings inside the card, and when the
 * card opened and closed. It is read-only: nothing it offers lets a page act on the card.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';
import type { AxeFinding } from './axe.ts';
import type { TestPage } from './types.ts';
import { PATIENCE_MS, waitFor } from './wait.ts';

let prepared: string | undefined;

/** A folder with the probe extension (its manifest, script and axe-core), made once per process. */
export function probeDir(): string {
  if (prepared) return prepared;
  const dir = mkdtempSync(join(tmpdir(), 'gloss-probe-'));
  mkdirSync(dir, { recursive: true });
  const here = join(ROOT, 'scripts', 'harness', 'probe');
  copyFileSync(join(here, 'manifest.json'), join(dir, 'manifest.json'));
  copyFileSync(join(here, 'probe.js'), join(dir, 'probe.js'));
  for (const file of ['color.html', 'color.js']) copyFileSync(join(here, file), join(dir, file));
  copyFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), join(dir, 'axe.min.js'));
  return (prepared = dir);
}

export interface CardButton {
  name: string;
  /** Its centre, in viewport coordinates: where a real click goes. */
  x: number;
  y: number;
}

/** One piece of the card's text and the language it is in (its nearest `lang` attribute). */
interface CardPart {
  text: string;
  lang: string | null;
  /** Inside a `hidden` element (e.g. conversions before the reader asks for them). */
  hidden: boolean;
}

interface ProbedFact {
  label: CardPart | null;
  /** The fact's own figure: value and unit ("50 bcm a year"), without the "as of" date. */
  figure: CardPart | null;
  /** The figure in other units, present when its unit converts; hidden until asked for. */
  conversions: CardPart | null;
  note: CardPart | null;
  /** Label and figure are both in view without scrolling the card or the page, and clear of its fade. */
  visible: boolean;
}

/** The card's parts, for tests of what language each is in and what the first view shows. */
export interface ProbedParts {
  /** The language the entry's text is shown in (the dialog's data-content-lang). */
  contentLang: string | null;
  title: CardPart | null;
  summary: (CardPart & { clamped: boolean }) | null;
  /** Quiet notes under the title: the language fallback, "may be out of date". */
  notices: CardPart[];
  facts: ProbedFact[];
  /** How many rows the footer's action buttons take (distinct tops). */
  actionRows: number;
  actions: number;
}

export interface ProbedCard {
  /** Gloss host elements on the page. */
  hosts: number;
  open: boolean;
  title: string | null;
  entryId: string | null;
  lang: string | null;
  /** The dialog or something inside it has focus. */
  focused: boolean;
  text: string;
  /** The polite live region beside the card (announcements of the keyboard commands). */
  announced: string;
  theme: string | null;
  background: string | null;
  /** Computed styles a hostile page's CSS must not reach: the host's position, the card's width and corner. */
  look: { host: string; width: string; radius: string } | null;
  /** Open, placed, and its entrance animation finished: ready for a screenshot. */
  atRest: boolean;
  rect: { x: number; y: number; left: number; top: number; width: number; height: number } | null;
  links: Array<{ href: string; target: string | null; rel: string | null }>;
  buttons: CardButton[];
  /** Null while there is no card. */
  parts: ProbedParts | null;
}

interface ProbedAxe {
  /** False when no card was open to check. */
  ran: boolean;
  violations: AxeFinding[];
}

export interface CardTimeline {
  lastMove: number;
  opened: number[];
  closed: number[];
  open: boolean;
}

type Ops = { card: ProbedCard; axe: ProbedAxe; timelineStart: true; timelineRead: CardTimeline };

/** Asks the probe in `page` and returns its answer (throws when it does not answer in time). */
export async function askProbe<K extends keyof Ops>(page: TestPage, op: K): Promise<Ops[K]> {
  return page.evaluate(
    (name) =>
      new Promise<Ops[K]>((resolve, reject) => {
        const id = `${Date.now()}-${Math.random()}`;
        const timer = setTimeout(() => {
          removeEventListener('message', onReply);
          reject(new Error(`the Gloss test probe did not answer "${name}" (is it loaded?)`));
        }, 10_000);
        function onReply(event: MessageEvent): void {
          const reply = (event.data as { __glossProbeReply?: { id: string; result?: unknown; error?: string } } | null)?.__glossProbeReply;
          if (!reply || reply.id !== id) return;
          clearTimeout(timer);
          removeEventListener('message', onReply);
          if (reply.error !== undefined) reject(new Error(reply.error));
          else resolve(reply.result as Ops[K]);
        }
        addEventListener('message', onReply);
        postMessage({ __glossProbe: { id, op: name } }, '*');
      }),
    op,
  );
}

export const probeCard = (page: TestPage): Promise<ProbedCard> => askProbe(page, 'card');

/** The centre of the card's button named `name` (a real click goes there). */
export async function cardButton(page: TestPage, name: RegExp): Promise<CardButton> {
  const button = (await probeCard(page)).buttons.find((b) => name.test(b.name));
  if (!button) throw new Error(`the card has no button named ${String(name)}`);
  return button;
}

/** Polls the probe until the card satisfies `test`, and returns what it then shows. */
export function waitForCard(page: TestPage, test: (card: ProbedCard) => boolean, what = 'the card', timeout = PATIENCE_MS): Promise<ProbedCard> {
  return waitFor(
    async () => {
      const card = await probeCard(page);
      return test(card) ? card : null;
    },
    { timeout, interval: 40, what },
  );
}

export const cardOpen = (page: TestPage, timeout?: number): Promise<ProbedCard> => waitForCard(page, (c) => c.open, 'the card to open', timeout);
export const cardClosed = (page: TestPage, timeout?: number): Promise<ProbedCard> => waitForCard(page, (c) => !c.open, 'the card to close', timeout);
