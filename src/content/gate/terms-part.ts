/**
 * Which part of the terms a page reads first (core/match/latin-terms.ts): the gate starts that read,
 * and the page module asks for the same part, so the read is not made twice.
 */
import { latinTermsFirst } from '../../core/match/scripts.ts';

/** The Latin-script part where the page says it is in a Latin-script language; else the whole. */
export function pageWantsLatinTerms(doc: Document): boolean {
  // The page may have no root element though the DOM types say otherwise.
  const root = doc.documentElement as Element | null;
  return latinTermsFirst(root?.getAttribute('lang') ?? '', doc.title);
}
