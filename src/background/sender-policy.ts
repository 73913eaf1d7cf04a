/**
 * Who may ask what. Only this extension's contexts are heard at all (sender.id). Content scripts
 * run inside web pages, so a compromised page process could forge their messages: they may only
 * read, report their own page, mute a term, and set the rule of their own site (the card's
 * "not on this site"). Exporting, importing, resetting and changing other settings need an
 * extension page (popup, options).
 */
import { isExtensionPageSender, isOwnSender, type BackgroundRequest, type BackgroundRequestType, type MessageError, type SenderLike } from '../core/messages/index.ts';
import { parentSites, siteKey } from '../core/settings/index.ts';

export interface ExtensionIdentity {
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://abc…/". */
  origin: string;
}

const CONTENT_SCRIPT_MAY: ReadonlySet<BackgroundRequestType> = new Set<BackgroundRequestType>([
  'getEntry',
  'getSettings',
  'getStatus',
  'reportPage',
  'setMuted',
  'setSiteRule',
]);

export function senderProblem(request: BackgroundRequest, sender: SenderLike, self: ExtensionIdentity): MessageError | null {
  if (!isOwnSender(sender, self.id)) return forbidden('Gloss answers only its own extension.');
  const fromPage = isExtensionPageSender(sender, self.origin);
  if (request.type === 'reportPage') {
    return !fromPage && typeof sender.tab?.id === 'number' ? null : forbidden('reportPage comes from a content script in a tab.');
  }
  if (fromPage) return null;
  if (!CONTENT_SCRIPT_MAY.has(request.type)) return forbidden(`${request.type} is for the popup and the options page.`);
  if (request.type === 'setSiteRule') {
    const own = sender.url === undefined ? null : siteKey(sender.url);
    if (own === null || (request.site !== own && !parentSites(own).includes(request.site))) {
      return forbidden('A page may set the rule of its own site only.');
    }
  }
  return null;
}

function forbidden(message: string): MessageError {
  return { code: 'forbidden-sender', message };
}
