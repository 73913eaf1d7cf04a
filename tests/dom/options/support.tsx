// Mounts the options page with a fake background, on the real dictionary and catalogues.
import { render } from 'preact';
import type { Entry } from '../../../src/core/facts/types.ts';
import { compile, createMatcher, termSourcesFromEntries, type Matcher } from '../../../src/core/match/index.ts';
import { OptionsApp } from '../../../src/options/App.tsx';
import type { OptionsPorts } from '../../../src/options/browser-api.ts';
import { I18nProvider, type I18n } from '../../../src/ui/i18n.tsx';
import { realEntries } from '../../unit/search/support.ts';
import { FakeBackground, settle } from '../popup/fake-extension.ts';
import { EN } from '../ui/support.tsx';

let shared: { entries: Entry[]; matcher: Matcher } | undefined;

export async function dictionary(): Promise<{ entries: Entry[]; matcher: Matcher }> {
  if (shared === undefined) {
    const entries = await realEntries();
    shared = { entries, matcher: createMatcher(compile(termSourcesFromEntries(entries))) };
  }
  return shared;
}

export interface MountedOptions {
  root: HTMLElement;
  background: FakeBackground;
  downloads: { filename: string; text: string }[];
  text(): string;
  section(id: string): HTMLElement;
  button(name: string | RegExp, within?: ParentNode): HTMLButtonElement;
  unmount(): void;
}

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function mountOptions(background = new FakeBackground(), i18n: I18n = EN): Promise<MountedOptions> {
  const { entries, matcher } = await dictionary();
  const root = document.createElement('div');
  document.body.append(root);
  const downloads: { filename: string; text: string }[] = [];
  const ports: OptionsPorts = {
    background,
    onSettingsChanged: (listener) => background.onChanged(listener),
    download: (filename, text) => downloads.push({ filename, text }),
  };
  render(
    <I18nProvider value={i18n}>
      <OptionsApp ports={ports} entries={entries} matcher={matcher} />
    </I18nProvider>,
    root,
  );
  await settle();
  const mounted: MountedOptions = {
    root,
    background,
    downloads,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    section(id) {
      const el = root.querySelector<HTMLElement>(`section#${id}`);
      if (el === null) throw new Error(`no section #${id}`);
      return el;
    },
    button(name, within = root) {
      const found = Array.from(within.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
        typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
      );
      if (found === undefined) throw new Error(`no button named ${String(name)}`);
      return found;
    },
    unmount() {
      render(null, root);
      root.remove();
    },
  };
  return mounted;
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

export async function submit(form: HTMLFormElement): Promise<void> {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

/** Puts a file into the hidden file input, as choosing one in the dialog does. */
export async function chooseFile(input: HTMLInputElement, file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(10);
}
