import { isAfter, isRealDate } from './dates.ts';
import { describeValue, joinPath } from './issues.ts';
import type { ArraySpec, ObjectSpec, Spec, TextSpec } from './spec.ts';
import { TRIMMED } from './spec.ts';
import { closest } from './suggest.ts';

export interface ShapeContext {
  /** YYYY-MM-DD; dates after it are errors. */
  today: string;
  /** `path` is relative to the value the walk started at. */
  report(path: string, message: string): void;
}

/** Walks `value` against `spec`, reports every problem it finds, and returns true when there were none. */
export function checkShape(value: unknown, spec: Spec, path: string, ctx: ShapeContext): boolean {
  switch (spec.kind) {
    case 'text':
      return checkText(value, spec, path, ctx);
    case 'array':
      return checkArray(value, spec, path, ctx);
    case 'object':
      return checkObject(value, spec, path, ctx);
  }
}

const compiled = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (re === undefined) compiled.set(source, (re = new RegExp(source)));
  return re;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkObject(value: unknown, spec: ObjectSpec, path: string, ctx: ShapeContext): boolean {
  if (!isPlainObject(value)) {
    ctx.report(path, `must be an object (got ${describeValue(value)})`);
    return false;
  }
  let ok = true;
  const known = Object.keys(spec.fields);
  for (const [key, field] of Object.entries(spec.fields)) {
    const fieldPath = joinPath(path, key);
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (!field.optional) {
        ctx.report(fieldPath, 'is required');
        ok = false;
      }
      continue;
    }
    ok = checkShape(value[key], field.spec, fieldPath, ctx) && ok;
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(spec.fields, key)) continue;
    ctx.report(joinPath(path, key), unknownKeyMessage(key, known));
    ok = false;
  }
  return ok;
}

export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  const hint = guess === undefined ? `known fields: ${known.join(', ')}` : `did you mean "${guess}"?`;
  return `is not a known field (${hint})`;
}

function checkArray(value: unknown, spec: ArraySpec, path: string, ctx: ShapeContext): boolean {
  if (!Array.isArray(value)) {
    ctx.report(path, `must be a list (got ${describeValue(value)})`);
    return false;
  }
  let ok = true;
  if (spec.minItems !== undefined && value.length < spec.minItems) {
    ctx.report(path, `must have at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'} (has ${value.length})`);
    ok = false;
  }
  const seen = new Map<string, number>();
  value.forEach((item, index) => {
    const itemPath = joinPath(path, index);
    ok = checkShape(item, spec.items, itemPath, ctx) && ok;
    if (!spec.uniqueItems || typeof item !== 'string') return;
    const first = seen.get(item);
    if (first === undefined) {
      seen.set(item, index);
    } else {
      ctx.report(itemPath, `repeats ${joinPath(path, first)} (${describeValue(item)})`);
      ok = false;
    }
  });
  return ok;
}

function checkText(value: unknown, spec: TextSpec, path: string, ctx: ShapeContext): boolean {
  if (typeof value !== 'string') {
    ctx.report(path, `must be a string (got ${describeValue(value)})`);
    return false;
  }
  const got = `(got ${describeValue(value)})`;
  if (value.trim() === '') {
    ctx.report(path, 'must not be empty');
    return false;
  }
  if (value !== value.trim()) {
    ctx.report(path, `must not start or end with whitespace ${got}`);
    return false;
  }
  if (spec.enum !== undefined) {
    if (spec.enum.includes(value)) return true;
    ctx.report(path, `must be one of: ${spec.enum.join(', ')} ${got}`);
    return false;
  }
  const rule = spec.pattern ?? TRIMMED;
  if (!regex(rule.source).test(value)) {
    ctx.report(path, `${rule.message} ${got}`);
    return false;
  }
  if (spec.maxLength !== undefined) {
    const length = [...value].length;
    if (length > spec.maxLength) {
      ctx.report(path, `is ${length} characters long; at most ${spec.maxLength} are allowed`);
      return false;
    }
  }
  if (spec.format === 'date') return checkDate(value, path, ctx);
  if (spec.format === 'https-url') return checkHttpsUrl(value, path, ctx);
  return true;
}

function checkDate(value: string, path: string, ctx: ShapeContext): boolean {
  if (!isRealDate(value)) {
    ctx.report(path, `is not a real calendar date (got ${describeValue(value)})`);
    return false;
  }
  if (isAfter(value, ctx.today)) {
    ctx.report(path, `must not be later than today, ${ctx.today} (got ${describeValue(value)})`);
    return false;
  }
  return true;
}

function checkHttpsUrl(value: string, path: string, ctx: ShapeContext): boolean {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || url.protocol !== 'https:' || url.hostname === '') {
    ctx.report(path, `must be an https URL (got ${describeValue(value)})`);
    return false;
  }
  return true;
}
