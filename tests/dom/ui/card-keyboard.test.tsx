import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabbables } from '../../../src/ui/card/focus-trap.ts';
import { accessibleName, baseProps, buttonNamed, fixtureEntry, mountCard, press, settle } from './support.tsx';
import type { Mounted } from './support.tsx';
import { useFakeTimers } from '../fake-time.ts';

let mounted: Mounted | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const allCallbacks = {
  onMute: () => {},
  onSiteOff: () => {},
  onCopy: () => {},
  pageUrl: 'https://example.com/news/1',
};

describe('Card keyboard and focus', () => {
  it('calls onClose on Esc and keeps the Esc from the page', () => {
    const onClose = vi.fn();
    const pageSawEsc = vi.fn();
    document.addEventListener('keydown', pageSawEsc);
    try {
      mounted = mountCard({ onClose });
      const control = mounted.card.querySelector('button');
      if (control === null) throw new Error('no button');
      control.focus();
      const event = press(control, 'Escape');
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(event.defaultPrevented).toBe(true);
      expect(pageSawEsc).not.toHaveBeenCalled();
      press(control, 'a');
      expect(onClose).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', pageSawEsc);
    }
  });

  it('calls onClose from the close button', () => {
    const onClose = vi.fn();
    mounted = mountCard({ onClose });
    buttonNamed(mounted.card, 'Close')?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('wraps Tab from the last control to the first, and Shift+Tab back', () => {
    mounted = mountCard(allCallbacks);
    const controls = tabbables(mounted.card);
    const first = controls[0];
    const last = controls[controls.length - 1];
    expect(accessibleName(first as Element)).toBe('Close');
    expect(accessibleName(last as Element)).toBe('Turn off on this site');

    last?.focus();
    const forward = press(last as Element, 'Tab');
    expect(forward.defaultPrevented).toBe(true);
    expect(mounted.active()).toBe(first);

    const back = press(first as Element, 'Tab', { shiftKey: true });
    expect(back.defaultPrevented).toBe(true);
    expect(mounted.active()).toBe(last);
  });

  it('leaves Tab between inner controls to the browser', () => {
    mounted = mountCard(allCallbacks);
    const controls = tabbables(mounted.card);
    const middle = controls[2];
    middle?.focus();
    const event = press(middle as Element, 'Tab');
    expect(event.defaultPrevented).toBe(false);
    expect(mounted.active()).toBe(middle);
  });

  it('wraps without the footer too: the last related chip is the last control', () => {
    mounted = mountCard();
    const controls = tabbables(mounted.card);
    const last = controls[controls.length - 1];
    expect(accessibleName(last as Element)).toBe('Gazprom');
    last?.focus();
    press(last as Element, 'Tab');
    expect(accessibleName(mounted.active() as Element)).toBe('Close');
  });

  it('moves Tab from the focused card itself into it', () => {
    mounted = mountCard({ autoFocus: true });
    expect(mounted.active()).toBe(mounted.card);
    press(mounted.card, 'Tab');
    expect(accessibleName(mounted.active() as Element)).toBe('Close');
    mounted.card.focus();
    press(mounted.card, 'Tab', { shiftKey: true });
    expect(accessibleName(mounted.active() as Element)).toBe('Gazprom');
  });

  it('does not take focus on mount unless asked (a hover must not steal focus)', () => {
    mounted = mountCard();
    expect(mounted.active()).toBeNull();
  });

  it('keeps focus in the card when a related entry replaces the current one', async () => {
    const opened: string[] = [];
    mounted = mountCard({ onOpenRelated: (id) => opened.push(id) });
    const chip = buttonNamed(mounted.card, 'Gazprom');
    chip?.focus();
    chip?.click();
    expect(opened).toEqual(['gazprom']);
    mounted.handle.update(baseProps({ entry: fixtureEntry('gazprom'), relatedTitles: { 'power-of-siberia-2': 'Power of Siberia 2' } }));
    await settle();
    expect(mounted.card.getAttribute('data-entry-id')).toBe('gazprom');
    expect(mounted.active()).toBe(mounted.card);
    const titleId = mounted.card.getAttribute('aria-labelledby') ?? '';
    expect(mounted.shadow.getElementById(titleId)?.textContent).toBe('Gazprom');
  });

  it('shows each footer button only when its callback is given', () => {
    mounted = mountCard();
    expect(mounted.card.querySelector('.gloss-card__footer')).toBeNull();
    mounted.unmount();
    mounted = mountCard({ onCopy: () => {} });
    expect(buttonNamed(mounted.card, 'Copy with citation')).toBeDefined();
    expect(buttonNamed(mounted.card, 'Mute this term')).toBeUndefined();
    expect(buttonNamed(mounted.card, 'Turn off on this site')).toBeUndefined();
    mounted.unmount();
    const onMute = vi.fn();
    const onSiteOff = vi.fn();
    mounted = mountCard({ onMute, onSiteOff });
    expect(buttonNamed(mounted.card, 'Copy with citation')).toBeUndefined();
    expect(buttonNamed(mounted.card, 'Copy this fact with citation')).toBeUndefined();
    buttonNamed(mounted.card, 'Mute this term')?.click();
    buttonNamed(mounted.card, 'Turn off on this site')?.click();
    expect(onMute).toHaveBeenCalledWith('power-of-siberia-2');
    expect(onSiteOff).toHaveBeenCalledTimes(1);
  });

  it('names every control', () => {
    mounted = mountCard(allCallbacks);
    const controls = tabbables(mounted.card);
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(accessibleName(control)).not.toBe('');
  });
});
