import { describe, expect, it } from 'vitest';
import { luminance, themeFor } from '../../../../src/content/card/page-theme.ts';
import { html } from '../support.ts';

describe('page theme', () => {
  it('reads the luminance of rgb colours and ignores transparent ones', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
    expect(luminance('rgb(23 24 26 / 100%)')).toBeLessThan(0.02);
  });

  it('picks a dark card on a dark page and follows the system elsewhere', () => {
    html('<div id="dark" style="background: rgb(23, 24, 26)"><p id="in">x</p></div><p id="out">y</p>');
    expect(themeFor(window, document.getElementById('in'))).toBe('dark');
    expect(themeFor(window, document.getElementById('out'))).toBe('auto');
    document.body.style.background = 'rgb(250, 250, 250)';
    expect(themeFor(window, document.getElementById('out'))).toBe('auto');
  });
});
