/**
 * Page text as the matcher reads it: normalised (normalize.ts), then cut into tokens. A word is a
 * run of letters, digits and marks; every other character but a separator is a token of its own
 * ("OPEC" "+", "U" "." "S" "."). Separators only separate: spaces, and also dashes, quotes and
 * apostrophes, so "Rasht - Astara" reads like "Rasht-Astara" and "Rasht Astara", "“North-South”
 * corridor" like "North South corridor", and "Hezbollah’s" ends the word "Hezbollah".
 *
 * Each token carries its span in the original text and two 32-bit hashes of its normalised
 * units, which is how the compiled word table finds it (data.ts) without building a string.
 */
import { normalizeStream, type UnitSink } from './normalize.ts';

export const TOKEN_WORD = 0;
const TOKEN_PUNCT = 1;

const SEPARATORS = new Set([0x20, 0x2d /* - */, 0x27 /* ' */, 0x22 /* " */]);

/** FNV-1a and a second, independent 32-bit hash: a word is known by the pair (64 bits). */
const H1_SEED = 0x811c9dc5 | 0;
const H2_SEED = 0x2545f491 | 0;

function hash1(h: number, unit: number): number {
  return Math.imul(h ^ unit, 16777619);
}

function hash2(h: number, unit: number): number {
  const x = Math.imul(h ^ unit, 0x5bd1e995);
  return x ^ (x >>> 15);
}

export interface TokenSink {
  /** `start`/`end`: the token's span in the original text (end exclusive). */
  token(start: number, end: number, h1: number, h2: number, kind: number): void;
}

/** Turns the normalised unit stream into tokens. Reused: one per caller, reset per text. */
class Tokenizer implements UnitSink {
  private open = false;
  private start = 0;
  private end = 0;
  private h1 = H1_SEED;
  private h2 = H2_SEED;
  sink: TokenSink | null = null;

  emit(unit: number, from: number, to: number, word: number): void {
    if (word) {
      if (!this.open) {
        this.open = true;
        this.start = from;
        this.h1 = H1_SEED;
        this.h2 = H2_SEED;
      }
      this.end = to;
      this.h1 = hash1(this.h1, unit);
      this.h2 = hash2(this.h2, unit);
      return;
    }
    this.flush();
    if (SEPARATORS.has(unit)) return;
    this.sink?.token(from, to, hash1(H1_SEED, unit), hash2(H2_SEED, unit), TOKEN_PUNCT);
  }

  flush(): void {
    if (!this.open) return;
    this.open = false;
    this.sink?.token(this.start, this.end, this.h1, this.h2, TOKEN_WORD);
  }
}

const shared = new Tokenizer();

/** Streams the tokens of `text` (folded unless `fold` is false) into `sink`. */
export function tokenize(text: string, sink: TokenSink, fold = true): void {
  const t = shared.sink === null ? shared : new Tokenizer();
  t.sink = sink;
  try {
    normalizeStream(text, fold, t);
    t.flush();
  } finally {
    t.sink = null;
  }
}

/**
 * The tokens of a name as strings: what the compiler stores and what two names are compared by.
 * Folded unless `fold` is false (the exact form of a case-sensitive name).
 */
export function tokenStrings(text: string, fold = true): string[] {
  const out: string[] = [];
  const units: number[] = [];
  const collect: UnitSink = {
    emit(unit, _from, _to, word) {
      if (word) {
        units.push(unit);
        return;
      }
      if (units.length > 0) out.push(String.fromCharCode(...units.splice(0)));
      if (!SEPARATORS.has(unit)) out.push(String.fromCharCode(unit));
    },
  };
  normalizeStream(text, fold, collect);
  if (units.length > 0) out.push(String.fromCharCode(...units));
  return out;
}

/** The hashes of one token string (as tokenStrings gives it), the same the tokenizer computes. */
export function hashToken(token: string): [number, number] {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (let i = 0; i < token.length; i++) {
    const u = token.charCodeAt(i);
    h1 = hash1(h1, u);
    h2 = hash2(h2, u);
  }
  return [h1, h2];
}

/** Two names are the same to the matcher iff their keys are equal (folded tokens, one space between). */
export function nameKey(text: string, caseSensitive = false): string {
  return tokenStrings(text, !caseSensitive).join(' ');
}
