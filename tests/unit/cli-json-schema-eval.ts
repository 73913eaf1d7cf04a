/**
 * A small evaluator for the JSON Schema keywords the generated glossary schema uses, so the tests
 * can check that the schema editors see accepts good files and rejects bad ones. It refuses any
 * keyword it does not know, so the schema cannot grow a rule this evaluator silently ignores.
 * Errors read "$.path: keyword".
 */
type Node = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$comment', '$defs', '$ref', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties',
  'items', 'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'enum', 'const', 'anyOf', 'format', 'minimum',
]);

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function evaluateSchema(root: Node, value: unknown): string[] {
  const defs = (root['$defs'] ?? {}) as Record<string, Node>;
  const walk = (schema: Node, v: unknown, path: string, errors: string[]): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = defs[ref.replace('#/$defs/', '')];
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      walk(target, v, path, errors);
    }
    const anyOf = schema['anyOf'];
    if (Array.isArray(anyOf) && !anyOf.some((s) => { const e: string[] = []; walk(s as Node, v, path, e); return e.length === 0; })) errors.push(`${path}: anyOf`);
    if ('const' in schema && JSON.stringify(schema['const']) !== JSON.stringify(v)) errors.push(`${path}: const`);
    const enumValues = schema['enum'];
    if (Array.isArray(enumValues) && !enumValues.includes(v)) errors.push(`${path}: enum`);
    const type = schema['type'];
    if (type === undefined) return;
    const actual = typeOf(v);
    const matches = type === actual || (type === 'integer' && Number.isInteger(v)) || (type === 'number' && actual === 'number');
    if (!matches) return void errors.push(`${path}: type`);
    if (typeof v === 'number' && typeof schema['minimum'] === 'number' && v < schema['minimum']) errors.push(`${path}: minimum`);
    if (typeof v === 'string') {
      const length = Array.from(v).length; // code points, as JSON Schema counts
      if (typeof schema['minLength'] === 'number' && length < schema['minLength']) errors.push(`${path}: minLength`);
      if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) errors.push(`${path}: maxLength`);
      if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(v)) errors.push(`${path}: pattern`);
    }
    if (Array.isArray(v)) {
      if (typeof schema['minItems'] === 'number' && v.length < schema['minItems']) errors.push(`${path}: minItems`);
      if (typeof schema['maxItems'] === 'number' && v.length > schema['maxItems']) errors.push(`${path}: maxItems`);
      if (schema['uniqueItems'] === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${path}: uniqueItems`);
      if (schema['items'] !== undefined) v.forEach((item, i) => walk(schema['items'] as Node, item, `${path}[${i}]`, errors));
    }
    if (actual === 'object') {
      const o = v as Record<string, unknown>;
      const props = (schema['properties'] ?? {}) as Record<string, Node>;
      for (const r of (schema['required'] ?? []) as string[]) if (!(r in o)) errors.push(`${path}.${r}: required`);
      for (const [k, child] of Object.entries(o)) {
        const sub = props[k];
        if (sub !== undefined) walk(sub, child, `${path}.${k}`, errors);
        else if (schema['additionalProperties'] === false) errors.push(`${path}.${k}: additionalProperties`);
      }
    }
  };
  const errors: string[] = [];
  walk(root, value, '$', errors);
  return errors;
}
