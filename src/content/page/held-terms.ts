/**
 * Which terms a page holds: their stamp, and whether only their Latin-script part
 * (core/match/latin-terms.ts). A page in a Latin-script language starts with the part; once Cyrillic
 * or Arabic-script text turns up on it, only the whole will do, from then on.
 */
import type { StoredMatcher } from '../../core/match/index.ts';
import { pageWantsLatinTerms } from '../gate/terms-part.ts';

export class HeldTerms {
  private stamp: string | undefined;
  /** The terms held are only the Latin-script part. */
  latin = false;
  /** The part will do here: the page said it is in a Latin-script language, and no other script turned up since. */
  latinWill: boolean;

  constructor(doc: Document) {
    this.latinWill = pageWantsLatinTerms(doc);
  }

  /** The stamp for decide(): the held terms', where they will do (new terms are read otherwise). */
  get usable(): string | undefined {
    return this.latin && !this.latinWill ? undefined : this.stamp;
  }

  /** Takes new terms; true when they are the whole of the part held (the page is read again in place). */
  take(terms: StoredMatcher): boolean {
    const wholeOfPart = terms.stamp === this.stamp && this.latin && terms.part !== 'latin';
    this.stamp = terms.stamp;
    this.latin = terms.part === 'latin';
    return wholeOfPart;
  }

  /** Other script turned up: true the first time (the page must read the whole terms). */
  needWhole(): boolean {
    if (!this.latinWill) return false;
    this.latinWill = false;
    return true;
  }
}
