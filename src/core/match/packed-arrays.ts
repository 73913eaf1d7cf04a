/**
 * Integer arrays packed into one buffer, each in the narrowest element type its values fit. Most
 * of the matcher's numbers are node, word or pattern indices under 65,536, or small kinds and
 * lengths: stored as 32-bit numbers they were twice the size, and every page reads and decodes
 * them. Arrays are laid out widest type first, so each starts aligned for its own view and a
 * page gets typed views over the decoded bytes without copying them.
 */

export type IntArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array;

const TYPES = {
  u8: { make: (b: ArrayBuffer, at: number, n: number) => new Uint8Array(b, at, n), size: 1, min: 0, max: 0xff },
  i8: { make: (b: ArrayBuffer, at: number, n: number) => new Int8Array(b, at, n), size: 1, min: -0x80, max: 0x7f },
  u16: { make: (b: ArrayBuffer, at: number, n: number) => new Uint16Array(b, at, n), size: 2, min: 0, max: 0xffff },
  i16: { make: (b: ArrayBuffer, at: number, n: number) => new Int16Array(b, at, n), size: 2, min: -0x8000, max: 0x7fff },
  i32: { make: (b: ArrayBuffer, at: number, n: number) => new Int32Array(b, at, n), size: 4, min: -0x80000000, max: 0x7fffffff },
} as const;

export type ElementType = keyof typeof TYPES;

/** Narrowest first: the first that holds every value is taken. */
export const ELEMENT_TYPES: readonly ElementType[] = ['u8', 'i8', 'u16', 'i16', 'i32'];

export function isElementType(name: unknown): name is ElementType {
  return typeof name === 'string' && Object.hasOwn(TYPES, name);
}

export function narrowestType(values: ArrayLike<number>): ElementType {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return ELEMENT_TYPES.find((t) => lo >= TYPES[t].min && hi <= TYPES[t].max) ?? 'i32';
}

/** Each array's byte offset (widest first, in their order within a width) and the total, padded to 4. */
function layout(types: readonly ElementType[], lengths: readonly number[]): { offsets: number[]; bytes: number } {
  const offsets: number[] = new Array<number>(types.length).fill(0);
  let at = 0;
  for (const size of [4, 2, 1]) {
    types.forEach((t, i) => {
      if (TYPES[t].size !== size) return;
      offsets[i] = at;
      at += size * (lengths[i] ?? 0);
    });
  }
  return { offsets, bytes: Math.ceil(at / 4) * 4 };
}

export function packArrays(arrays: readonly IntArray[]): { types: ElementType[]; bytes: Uint8Array } {
  const types = arrays.map(narrowestType);
  const lengths = arrays.map((a) => a.length);
  const { offsets, bytes } = layout(types, lengths);
  const buffer = new ArrayBuffer(bytes);
  arrays.forEach((a, i) => TYPES[types[i] as ElementType].make(buffer, offsets[i] ?? 0, a.length).set(a));
  return { types, bytes: new Uint8Array(buffer) };
}

/** Views over `bytes`; throws when the types, the lengths and the byte count disagree. */
export function unpackArrays(bytes: Uint8Array, types: readonly ElementType[], lengths: readonly number[]): IntArray[] {
  const { offsets, bytes: expected } = layout(types, lengths);
  if (bytes.byteLength !== expected) throw new Error(`${bytes.byteLength} bytes for ${expected}`);
  // A view needs its offset aligned to its element size: copy only a buffer that starts unaligned.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return types.map((t, i) => TYPES[t].make(own.buffer as ArrayBuffer, own.byteOffset + (offsets[i] ?? 0), lengths[i] ?? 0));
}
