/**
 * Requests about glossaries and entries, from the options page, the popup and the cards. The
 * background owns the glossaries (background/glossaries/); these carry only what a page of the
 * extension shows or the reader sends (a file's text on import).
 */
import * as v from 'valibot';
import type { GlossaryHeader } from '../facts/glossary.ts';
import { MAX_GLOSSARY_BYTES } from '../facts/glossary.ts';
import type { Entry } from '../facts/types.ts';
import type { SearchHit } from '../search/search-index.ts';
import { EntryIdSchema, request } from './fields.ts';

const GlossaryIdSchema = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a glossary id'));

export const GLOSSARY_REQUESTS = [
  request('listGlossaries', {}),
  /** A file the reader picked or dropped: its name (for messages) and text. Checked by the background. */
  request('importGlossary', { fileName: v.pipe(v.string(), v.maxLength(300)), text: v.pipe(v.string(), v.maxLength(MAX_GLOSSARY_BYTES)) }),
  request('setGlossaryEnabled', { id: GlossaryIdSchema, enabled: v.boolean() }),
  /** Order is priority: a higher glossary wins a term two of them claim. */
  request('moveGlossary', { id: GlossaryIdSchema, direction: v.picklist(['up', 'down']) }),
  request('removeGlossary', { id: GlossaryIdSchema }),
  /** Gives back the file exactly as it was imported. */
  request('exportGlossary', { id: GlossaryIdSchema }),
  /** The popup's search over every enabled glossary, in the reader's languages (best first). */
  request('search', { query: v.pipe(v.string(), v.maxLength(200)), languages: v.pipe(v.array(v.picklist(['en', 'de', 'ru', 'fa'])), v.maxLength(4)), limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)) }),
  /** Titles for a list of ids (muted terms, related chips), in the reader's languages. */
  request('getTitles', { ids: v.pipe(v.array(EntryIdSchema), v.maxLength(500)), languages: v.pipe(v.array(v.picklist(['en', 'de', 'ru', 'fa'])), v.maxLength(4)) }),
] as const;

export interface GlossaryInfo extends GlossaryHeader {
  entryCount: number;
  enabled: boolean;
  builtin: boolean;
  /** Terms this glossary shares with higher ones, which win them: "12 terms also in X". */
  shadowedBy: Array<{ id: string; name: string; count: number }>;
}

/** An entry as the background serves it, with the glossary it comes from (a card says so). */
export interface EntryView {
  entry: Entry;
  glossary: { id: string; name: string; builtin: boolean };
}

export type ImportOutcome = { ok: true; glossary: GlossaryInfo; replaced: boolean } | { ok: false; problems: string[]; total: number };

export interface GlossaryResponses {
  listGlossaries: GlossaryInfo[];
  importGlossary: ImportOutcome;
  setGlossaryEnabled: GlossaryInfo[];
  moveGlossary: GlossaryInfo[];
  removeGlossary: GlossaryInfo[];
  exportGlossary: { fileName: string; text: string };
  search: SearchHit[];
  getTitles: Record<string, string>;
}
