import { describe, expect, it } from 'vitest';
import { categoryKey } from '../../../src/ui/category.ts';
import { textDirection } from '../../../src/ui/card/text-direction.ts';
import { substitute, translatorFromMessages } from '../../../src/ui/i18n-messages.ts';
import { httpsHref } from '../../../src/ui/safe-url.ts';

describe('httpsHref', () => {
  it('accepts well-formed https URLs', () => {
    expect(httpsHref('https://ria.ru/20250902/memorandum-2038999572.html')).toBe('https://ria.ru/20250902/memorandum-2038999572.html');
    expect(httpsHref('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b');
  });

  it('refuses every other scheme, garbage and credentials', () => {
    for (const bad of [
      'http://example.com/',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//example.com/',
      '/relative',
      '',
      'https://',
      'https://user:pw@example.com/',
      'https://bank.example@evil.example/',
    ]) {
      expect(httpsHref(bad), bad).toBeUndefined();
    }
  });
});

describe('message substitution (as browser.i18n does it)', () => {
  const entry = (message: string, placeholders?: Record<string, string>) => ({
    message,
    ...(placeholders === undefined
      ? {}
      : { placeholders: Object.fromEntries(Object.entries(placeholders).map(([k, v]) => [k, { content: v }])) }),
  });

  it('fills named and positional placeholders', () => {
    expect(substitute(entry('as of $date$', { date: '$1' }), '2 May 2025')).toBe('as of 2 May 2025');
    expect(substitute(entry('$B$ then $a$', { a: '$1', b: '$2' }), ['one', 'two'])).toBe('two then one');
    expect(substitute(entry('$1 and $2'), ['x', 'y'])).toBe('x and y');
  });

  it('treats "$$" as a dollar sign and leaves missing substitutions empty', () => {
    expect(substitute(entry('costs $$5'), [])).toBe('costs $5');
    expect(substitute(entry('a $1 b'), undefined)).toBe('a  b');
  });

  it('does not re-read placeholders inside substituted text', () => {
    expect(substitute(entry('see $url$', { url: '$1' }), 'https://x.example/?a=$1&b=$$')).toBe('see https://x.example/?a=$1&b=$$');
  });

  it('returns the key for an unknown message', () => {
    const t = translatorFromMessages({ card_close: { message: 'Close' } });
    expect(t('card_close')).toBe('Close');
    expect(t('card_related')).toBe('card_related');
  });
});

describe('small helpers', () => {
  it('finds a category key, with a fallback for bad data', () => {
    expect(categoryKey('payment-system')).toBe('category_payment_system');
    expect(categoryKey('toString')).toBe('category_other');
    expect(categoryKey('__proto__')).toBe('category_other');
  });

  it('gives the text direction of a UI language', () => {
    expect(textDirection('en-GB')).toBe('ltr');
    expect(textDirection('de')).toBe('ltr');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('AR')).toBe('rtl');
  });
});
