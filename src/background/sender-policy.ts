/**
 * Who may ask what. Only this extension's contexts are heard at all (sender.id). Content scripts
 * run inside web pages, so a compromised page process could forge their messages: they may only
 * read entries and their own page's data (never the site list, the muted list or another page's
 * status), report their own page, mute a term (the card's button, after a trusted click), and
 * switch Gloss off on their own site (the card's "not on this site"; the background takes the
 * site from the sender's address). Every answer they get says nothing of the other settings.
 * Exporting, importing, resetting and changing other settings need an extension page.
 */
import { isExtensionPageSender, isOwnSender, type BackgroundRequest, type BackgroundRequestType, type MessageError, type SenderLike } from '../core/messages/index.ts';
import { siteKey } from '../core/settings/index.ts';

export interface ExtensionIdentity {
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://abc…/". */
  origin: string;
}

const CONTENT_SCRIPT_MAY: ReadonlySet<BackgroundRequestType> = new Set<BackgroundRequestType>([
  'getEntry',
  'getPageData',
  'reportPage',
  'muteTerm',
  'turnOffHere',
]);

export function senderProblem(request: BackgroundRequest, sender: SenderLike, self: ExtensionIdentity): MessageError | null {
  if (!isOwnSender(sender, self.id)) return forbidden('Gloss answers only its own extension.');
  const fromPage = isExtensionPageSender(sender, self.origin);
  if (request.type === 'reportPage') {
    return !fromPage && typeof sender.tab?.id === 'number' ? null : forbidden('reportPage comes from a content script in a tab.');
  }
  if (fromPage) return null;
  if (!CONTENT_SCRIPT_MAY.has(request.type)) return forbidden(`${request.type} is for the popup and the options page.`);
  if (request.type === 'turnOffHere' && (sender.url === undefined || siteKey(sender.url) === null)) {
    return forbidden('turnOffHere comes from a page that has a site.');
  }
  return null;
}

function forbidden(message: string): MessageError {
  return { code: 'forbidden-sender', message };
}
