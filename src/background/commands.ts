/** Keyboard commands next-term / previous-term: the active tab's content script moves to the term. */
import type { TabClient } from '../core/messages/index.ts';
import type { EventPort, Logger, TabLike, TabsPort } from './browser-api.ts';

const STEP_COMMANDS: Readonly<Record<string, 'next' | 'previous'>> = {
  'next-term': 'next',
  'previous-term': 'previous',
};

export type CommandHandler = (command: string, tabId: number | undefined) => Promise<boolean>;

/** Resolves to whether a content script found a term to move to. */
export function createCommandHandler(deps: { tabs: TabsPort; tabClient: TabClient }): CommandHandler {
  return async (command, tabId) => {
    const direction = STEP_COMMANDS[command];
    if (direction === undefined) return false;
    const target = tabId ?? (await deps.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target === undefined) return false;
    const answer = await deps.tabClient.request(target, { type: 'stepTerm', direction });
    return answer.ok && answer.value.found;
  };
}

/** browser.commands.onCommand → the content script of the active tab. */
export function registerCommands(onCommand: EventPort<(command: string, tab?: TabLike) => void>, handle: CommandHandler, log: Logger = console): void {
  onCommand.addListener((command, tab) => {
    handle(command, tab?.id).catch((error: unknown) => log.warn(`Gloss: the command ${command} failed`, error));
  });
}
