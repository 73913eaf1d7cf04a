/**
 * Requests to a content script (tabs.sendMessage), sent by the popup and the background, and
 * what each answers. Answers come from a web page's process, so callers validate them too.
 */
import * as v from 'valibot';
import { CountSchema, EntryIdSchema, ReasonSchema, describeIssues, request } from './fields.ts';

export const ContentRequestSchema = v.variant('type', [
  /** The popup's "on this page" list. */
  request('listTerms', {}),
  /** Scroll to the term's first mention and open its card. */
  request('revealTerm', { id: EntryIdSchema }),
  /**
   * From the selection context menu. `id` is the entry the background recognised in `text`;
   * the content script opens its card at the selection (or at the term's first mention).
   */
  request('explainSelection', { text: v.pipe(v.string(), v.maxLength(1000)), id: EntryIdSchema }),
  /** Keyboard commands: move to the next or previous marked term and open its card. */
  request('stepTerm', { direction: v.picklist(['next', 'previous']) }),
  /**
   * The worker asks the tab in front how it stands (badge, toolbar menu), instead of every page
   * reporting on its own: a page Gloss leaves alone sends nothing.
   */
  request('pageState', {}),
]);

export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
export type ContentRequestType = ContentRequest['type'];

const FoundSchema = v.object({ found: v.boolean() });

/** Which parts of the content script a page has loaded: the gate alone, the scanner, the card. */
const CONTENT_MODULES = ['scan', 'card'] as const;

const PageStateResponseSchema = v.object({
  site: v.nullable(v.pipe(v.string(), v.maxLength(300))),
  on: v.boolean(),
  reason: ReasonSchema,
  distinct: CountSchema,
  modules: v.pipe(v.array(v.picklist(CONTENT_MODULES)), v.maxLength(CONTENT_MODULES.length)),
});

const ListTermsResponseSchema = v.object({
  terms: v.pipe(
    v.array(v.object({ id: EntryIdSchema, title: v.pipe(v.string(), v.maxLength(500)), count: CountSchema })),
    v.maxLength(10_000),
  ),
  site: v.nullable(v.string()),
  isArticle: v.boolean(),
  on: v.boolean(),
  reason: ReasonSchema,
});

/** Value schemas of the answers, checked by the client before a caller sees them. */
export const ContentResponseSchemas = {
  listTerms: ListTermsResponseSchema,
  revealTerm: FoundSchema,
  explainSelection: FoundSchema,
  stepTerm: FoundSchema,
  pageState: PageStateResponseSchema,
} as const satisfies Record<ContentRequestType, v.GenericSchema>;

export type ContentResponses = { [K in ContentRequestType]: v.InferOutput<(typeof ContentResponseSchemas)[K]> };
export type ListTermsResponse = ContentResponses['listTerms'];

export function parseContentRequest(raw: unknown): { ok: true; request: ContentRequest } | { ok: false; message: string } {
  const parsed = v.safeParse(ContentRequestSchema, raw);
  if (parsed.success) return { ok: true, request: parsed.output };
  return { ok: false, message: describeIssues(parsed.issues) };
}
