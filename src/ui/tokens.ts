/**
 * Colours of the Gloss UI. The card carries its own palette because it sits on arbitrary pages
 * (white, black, sepia): it must never borrow the page's colours. Every text/background pair used
 * together is held to WCAG AA in tests/dom/ui/palette.test.ts.
 */
export interface Palette {
  bg: string;
  /** Panels inside the card: disputed values, the timeline rail. */
  surface: string;
  text: string;
  muted: string;
  border: string;
  link: string;
  focus: string;
  chipBg: string;
  chipText: string;
  /** The "Sources disagree" hint. */
  warnBg: string;
  warnText: string;
  hoverBg: string;
  /** Scrollbar thumbs (`scrollbar-color`): visible on the background, quieter than text. */
  scrollbar: string;
  shadow: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f5f6f8',
  text: '#1b1e22',
  muted: '#59616c',
  border: '#dfe3e8',
  link: '#1a56b0',
  focus: '#2563d6',
  chipBg: '#e9eff8',
  chipText: '#284a7a',
  warnBg: '#fdf1dc',
  warnText: '#7a4300',
  hoverBg: '#eef1f5',
  scrollbar: '#b9c0c9',
  shadow: '0 12px 32px rgba(15, 23, 42, 0.16), 0 2px 6px rgba(15, 23, 42, 0.08)',
};

export const DARK: Palette = {
  bg: '#1c1f24',
  surface: '#252a31',
  text: '#e7e9ec',
  muted: '#a4adb8',
  border: '#373d46',
  link: '#8fb8f6',
  focus: '#8fb8f6',
  chipBg: '#2a3546',
  chipText: '#c9d9f2',
  warnBg: '#3b3019',
  warnText: '#f1c777',
  hoverBg: '#2c323a',
  scrollbar: '#5a6370',
  shadow: '0 12px 32px rgba(0, 0, 0, 0.5), 0 2px 6px rgba(0, 0, 0, 0.3)',
};

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--gloss-bg: …; --gloss-chip-text: …; …` for one palette. */
function paletteDeclarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--gloss-${kebab(name)}:${value};`)
    .join('');
}

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

/**
 * Palette variables for `selector`, light by default, dark under `prefers-color-scheme: dark`,
 * and forced by `${selector}--light` / `${selector}--dark` modifier classes. The popup and options
 * page can use this for their own root so they match the card.
 */
export function themeCss(selector: string): string {
  return [
    `${selector}{${paletteDeclarations(LIGHT)}color-scheme:light;}`,
    `@media (prefers-color-scheme: dark){${selector}:not(${selector}--light){${paletteDeclarations(DARK)}color-scheme:dark;}}`,
    `${selector}${selector}--dark{${paletteDeclarations(DARK)}color-scheme:dark;}`,
  ].join('\n');
}
