/**
 * Who sent a message. The shape is the part of runtime.MessageSender Gloss looks at, so core
 * stays free of the browser API.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; active?: boolean; url?: string };
}

/** Only this extension's own contexts may talk to Gloss; anything else is refused. */
export function isOwnSender(sender: SenderLike, extensionId: string): boolean {
  return typeof sender.id === 'string' && sender.id === extensionId;
}

/**
 * True for the popup, options page and worker (their URL is on the extension's origin), false
 * for a content script, whose URL is the web page's. `extensionOrigin` is runtime.getURL('').
 */
export function isExtensionPageSender(sender: SenderLike, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && extensionOrigin !== '' && sender.url.startsWith(extensionOrigin);
}
