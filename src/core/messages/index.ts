/**
 * The one message protocol between Gloss's contexts: requests, their answers, validation and
 * typed clients. See messages/background-requests.ts and messages/content-requests.ts for the
 * requests themselves.
 *
 * Background (runtime.sendMessage): getEntry, getSettings, getPageData, getStatus, setSiteRule, setMuted,
 * updateSettings, exportSettings, importSettings, resetSettings, reportPage, takePendingSearch.
 * Content script (tabs.sendMessage): listTerms, revealTerm, explainSelection, stepTerm.
 * Every answer is a Result; clients never throw.
 */
export * from './result.ts';
export {
  parseBackgroundRequest,
  parseBackgroundRequest as parseRequest,
  type BackgroundRequest,
  type BackgroundRequestType,
  type PageData,
  type PageState,
  type PageStatus,
} from './background-requests.ts';
export {
  parseContentRequest,
  type ContentRequest,
  type ListTermsResponse,
} from './content-requests.ts';
export type { EntryView, GlossaryInfo, ImportOutcome } from './glossary-requests.ts';
export * from './protocol.ts';
export * from './client.ts';
export { isOwnSender, isExtensionPageSender, type SenderLike } from './sender.ts';
