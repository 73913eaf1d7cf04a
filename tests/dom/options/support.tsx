// Mounts the options page with a fake background (options-background.ts), on the real built-in
// glossary and catalogues.
import { render } from 'preact';
import type { Entry } from '../../../src/core/facts/types.ts';
import { createMatcher, type Matcher } from '../../../src/core/match/index.ts';
import { OptionsApp } from '../../../src/options/App.tsx';
import type { OptionsPorts } from '../../../src/options/browser-api.ts';
import { I18nProvider, type I18n } from '../../../src/ui/i18n.tsx';
import { settle } from '../popup/fake-extension.ts';
import { buildData, OptionsBackground } from './options-background.ts';
import { EN } from '../ui/support.tsx';

let shared: { entries: Entry[]; matcher: Matcher } | undefined;

/** The built-in entries and a matcher over the terms the build compiles from them. */
export async function dictionary(): Promise<{ entries: Entry[]; matcher: Matcher }> {
  if (shared === undefined) {
    const data = await buildData();
    shared = { entries: data.entries, matcher: createMatcher(data.dictionary) };
  }
  return shared;
}

export interface MountedOptions {
  root: HTMLElement;
  background: OptionsBackground;
  downloads: { filename: string; text: string }[];
  text(): string;
  section(id: string): HTMLElement;
  button(name: string | RegExp, within?: ParentNode): HTMLButtonElement;
  unmount(): void;
}

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
}

export async function mountOptions(background = new OptionsBackground(), i18n: I18n = EN): Promise<MountedOptions> {
  await background.ready;
  const root = document.createElement('div');
  document.body.append(root);
  const downloads: { filename: string; text: string }[] = [];
  const ports: OptionsPorts = {
    background,
    onSettingsChanged: (listener) => background.onChanged(listener),
    download: (filename, text) => downloads.push({ filename, text }),
    readTerms: () => background.readTerms(),
    onTermsChanged: (listener) => background.onTermsChanged(listener),
  };
  render(
    <I18nProvider value={i18n}>
      <OptionsApp ports={ports} />
    </I18nProvider>,
    root,
  );
  await settle();
  const mounted: MountedOptions = {
    root,
    background,
    downloads,
    text: () => root.textContent.replace(/\s+/g, ' ').trim(),
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

/** Settles until `check` holds (a few hundred rounds of the fake clock at most), then settles once more. */
export async function settleUntil(check: () => boolean, what = 'the condition'): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await settle(1);
  if (!check()) throw new Error(`${what} never came true`);
  await settle();
}

/** Puts a file into the hidden file input, as choosing one in the dialog does. */
export async function chooseFile(input: HTMLInputElement, file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(10);
}
