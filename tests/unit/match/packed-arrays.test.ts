// Arrays packed each in its narrowest type (packed-arrays.ts): the same numbers come back, in
// views that start aligned, and a buffer that does not fit its types and lengths is refused.
import { describe, expect, it } from 'vitest';
import { narrowestType, packArrays, unpackArrays } from '../../../src/core/match/packed-arrays.ts';

describe('packed arrays', () => {
  it('take the narrowest type that holds every value, at its limits', () => {
    expect(narrowestType([])).toBe('u8');
    expect(narrowestType([0, 255])).toBe('u8');
    expect(narrowestType([-1, 127])).toBe('i8');
    expect(narrowestType([-1, 128])).toBe('i16');
    expect(narrowestType([0, 256])).toBe('u16');
    expect(narrowestType([0, 65535])).toBe('u16');
    expect(narrowestType([-32768, 32767])).toBe('i16');
    expect(narrowestType([0, 65536])).toBe('i32');
    expect(narrowestType([-2147483648, 2147483647])).toBe('i32');
  });

  it('give back the same numbers, each view aligned, whatever the order of widths', () => {
    const arrays = [Int32Array.of(1, 2, 3), Int32Array.of(1, 40000), Int32Array.of(70000, -5), Int32Array.of(7), Int32Array.of(), Int32Array.of(300, -300, 2)];
    const { types, bytes } = packArrays(arrays);
    expect(types).toEqual(['u8', 'u16', 'i32', 'u8', 'u8', 'i16']);
    // Through base64 and back into a buffer that starts elsewhere: a copy, still aligned.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    for (const source of [bytes, shifted]) {
      const back = unpackArrays(source, types, arrays.map((a) => a.length));
      expect(back.map((a) => Array.from(a))).toEqual(arrays.map((a) => Array.from(a)));
      for (const view of back) expect(view.byteOffset % view.BYTES_PER_ELEMENT).toBe(0);
    }
  });

  it('refuses bytes that do not fit the types and lengths', () => {
    const { types, bytes } = packArrays([Int32Array.of(1, 70000), Int32Array.of(1, 2, 3, 4, 5)]);
    expect(() => unpackArrays(bytes.subarray(0, bytes.length - 4), types, [2, 5])).toThrow(/bytes for/);
    expect(() => unpackArrays(bytes, types, [3, 5])).toThrow(/bytes for/);
  });
});
