/**
 * A small evaluator for the JSON Schema keywords the generated facts schema uses, so the tests can
 * check that the schema editors see accepts good files and rejects bad ones. It refuses any keyword
 * it does not know, so the schema cannot grow a rule this evaluator silently ignores.
 */
type Node = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$comment', '$defs', '$ref', 'title', 'description', 'type', 'properties', 'required',
  'additionalProperties', 'items', 'minItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'enum', 'format',
]);

export function evaluate(root: Node, value: unknown): string[] {
  const errors: string[] = [];
  const defs = (root['$defs'] ?? {}) as Record<string, Node>;
  const walk = (schema: Node, v: unknown, path: string): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const target = defs[ref.replace('#/$defs/', '')];
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      walk(target, v, path);
      return;
    }
    const type = schema['type'];
    if (type === 'object') {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return void errors.push(`${path}: type`);
      const o = v as Record<string, unknown>;
      const props = (schema['properties'] ?? {}) as Record<string, Node>;
      for (const r of (schema['required'] ?? []) as string[]) if (!(r in o)) errors.push(`${path}.${r}: required`);
      for (const [k, child] of Object.entries(o)) {
        const sub = props[k];
        if (sub !== undefined) walk(sub, child, `${path}.${k}`);
        else if (schema['additionalProperties'] === false) errors.push(`${path}.${k}: additionalProperties`);
      }
    } else if (type === 'array') {
      if (!Array.isArray(v)) return void errors.push(`${path}: type`);
      const min = schema['minItems'];
      if (typeof min === 'number' && v.length < min) errors.push(`${path}: minItems`);
      if (schema['uniqueItems'] === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) errors.push(`${path}: uniqueItems`);
      v.forEach((item, i) => walk(schema['items'] as Node, item, `${path}[${i}]`));
    } else if (type === 'string') {
      if (typeof v !== 'string') return void errors.push(`${path}: type`);
      const length = [...v].length;
      const enumValues = schema['enum'];
      if (Array.isArray(enumValues) && !enumValues.includes(v)) errors.push(`${path}: enum`);
      if (typeof schema['minLength'] === 'number' && length < schema['minLength']) errors.push(`${path}: minLength`);
      if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) errors.push(`${path}: maxLength`);
      if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(v)) errors.push(`${path}: pattern`);
    } else {
      throw new Error(`unsupported type ${String(type)} at ${path}`);
    }
  };
  walk(root, value, '$');
  return errors;
}
