import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../../src/content/hover/hover-intent.ts';

type Target = { name: string };
const A: Target = { name: 'A' };
const B: Target = { name: 'B' };

let log: string[];
let intent: HoverIntent<Target>;

beforeEach(() => {
  vi.useFakeTimers();
  log = [];
  intent = new HoverIntent<Target>(
    { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    { show: (t, pinned) => log.push(`show ${t.name}${pinned ? ' pinned' : ''}`), hide: () => log.push('hide'), prefetch: (t) => log.push(`prefetch ${t.name}`) },
    { delay: 300, hideDelay: 300, restPx: 6, recheckMs: 80 },
  );
});

afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent', () => {
  it('opens after the pointer rests on a term for the delay, not before', () => {
    intent.pointer(A, 10, 10);
    expect(log).toEqual(['prefetch A']);
    vi.advanceTimersByTime(299);
    expect(log).not.toContain('show A');
    vi.advanceTimersByTime(1);
    expect(log).toContain('show A');
    expect(intent.state).toBe('open');
  });

  it('does not open during a fast sweep across terms', () => {
    for (let i = 0; i < 20; i++) {
      intent.pointer(i % 2 ? A : B, i * 30, 10);
      vi.advanceTimersByTime(60);
      intent.pointer(null, i * 30 + 15, 10);
      vi.advanceTimersByTime(60);
    }
    vi.advanceTimersByTime(1000);
    expect(log.filter((l) => l.startsWith('show'))).toEqual([]);
  });

  it('waits while the pointer still travels along a term, then opens once it rests', () => {
    intent.pointer(A, 0, 10);
    vi.advanceTimersByTime(250);
    intent.pointer(A, 40, 10);
    vi.advanceTimersByTime(50);
    expect(log).not.toContain('show A');
    vi.advanceTimersByTime(80);
    expect(log).toContain('show A');
  });

  it('closes the delay after the pointer leaves, and stays open while it travels into the card', () => {
    intent.pointer(A, 10, 10);
    vi.advanceTimersByTime(300);
    intent.pointer(null, 10, 30);
    vi.advanceTimersByTime(200);
    intent.enterCard();
    vi.advanceTimersByTime(2000);
    expect(log).not.toContain('hide');
    intent.leaveCard();
    vi.advanceTimersByTime(299);
    expect(log).not.toContain('hide');
    vi.advanceTimersByTime(1);
    expect(log).toContain('hide');
    expect(intent.state).toBe('idle');
  });

  it('stays open when the pointer comes back to the term in time', () => {
    intent.pointer(A, 10, 10);
    vi.advanceTimersByTime(300);
    intent.pointer(null, 10, 30);
    vi.advanceTimersByTime(200);
    intent.pointer(A, 12, 10);
    vi.advanceTimersByTime(1000);
    expect(log).not.toContain('hide');
  });

  it('switches to another term after the delay without a hide in between', () => {
    intent.pointer(A, 10, 10);
    vi.advanceTimersByTime(300);
    intent.pointer(B, 100, 10);
    vi.advanceTimersByTime(300);
    expect(log.filter((l) => l !== 'prefetch B' && l !== 'prefetch A')).toEqual(['show A', 'show B']);
    vi.advanceTimersByTime(1000);
    expect(log).not.toContain('hide');
    expect(intent.current).toBe(B);
  });

  it('pins on click: leaving does not close it, close() does', () => {
    intent.pin(A);
    expect(log).toEqual(['show A pinned']);
    intent.pointer(null, 0, 0);
    intent.pointer(B, 50, 0);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['show A pinned']);
    expect(intent.state).toBe('pinned');
    intent.close();
    expect(log).toEqual(['show A pinned', 'hide']);
  });

  it('keeps a hover card open once the reader interacted with it', () => {
    intent.pointer(A, 10, 10);
    vi.advanceTimersByTime(300);
    intent.enterCard();
    intent.keep();
    intent.leaveCard();
    vi.advanceTimersByTime(5000);
    expect(log).not.toContain('hide');
  });

  it('follows a changed delay', () => {
    intent.options = { ...intent.options, delay: 1000 };
    intent.pointer(A, 10, 10);
    vi.advanceTimersByTime(900);
    expect(log).not.toContain('show A');
    vi.advanceTimersByTime(100);
    expect(log).toContain('show A');
  });
});
