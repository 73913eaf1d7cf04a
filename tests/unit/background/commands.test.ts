import { describe, expect, it } from 'vitest';
import { createCommandHandler } from '../../../src/background/commands.ts';
import { createTabClient } from '../../../src/core/messages/index.ts';
import { FakeTabs } from './fakes.ts';

describe('keyboard commands', () => {
  it('sends stepTerm to the tab the command came from', async () => {
    const tabs = new FakeTabs(async () => ({ ok: true, value: { found: true } }));
    const step = createCommandHandler({ tabs, tabClient: createTabClient((id, m) => tabs.sendMessage(id, m)) });
    expect(await step('next-term', 8)).toBe(true);
    expect(await step('previous-term', 8)).toBe(true);
    expect(tabs.sent).toEqual([
      { tabId: 8, message: { type: 'stepTerm', direction: 'next' } },
      { tabId: 8, message: { type: 'stepTerm', direction: 'previous' } },
    ]);
  });

  it('falls back to the active tab, and ignores other commands', async () => {
    const tabs = new FakeTabs(async () => ({ ok: true, value: { found: false } }), 3);
    const step = createCommandHandler({ tabs, tabClient: createTabClient((id, m) => tabs.sendMessage(id, m)) });
    expect(await step('next-term', undefined)).toBe(false);
    expect(await step('_execute_action', 3)).toBe(false);
    expect(tabs.sent).toEqual([{ tabId: 3, message: { type: 'stepTerm', direction: 'next' } }]);
  });

  it('does not fail on a tab without a content script', async () => {
    const tabs = new FakeTabs();
    const step = createCommandHandler({ tabs, tabClient: createTabClient((id, m) => tabs.sendMessage(id, m)) });
    await expect(step('next-term', 2)).resolves.toBe(false);
  });
});
