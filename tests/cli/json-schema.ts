/**
 * A JSON Schema validator for the subset src/cli/evaluate.schema.json uses (type, const, enum, pattern,
 * minimum, exclusiveMinimum, required, properties, additionalProperties: false, items, $ref into $defs). Written
 * here rather than adding a dependency; it fails loudly on any keyword it does not know, so the schema cannot
 * quietly outgrow it.
 */
type Schema = { [keyword: string]: unknown };

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'minimum',
  'exclusiveMinimum',
  'required',
  'properties',
  'additionalProperties',
  'items',
]);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every way `value` breaks `schema`, as "path: problem" lines; empty when it is valid. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema))
    if (!KNOWN.has(keyword)) throw new Error(`json-schema.ts does not support "${keyword}" (at ${path})`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    const defs = root.$defs;
    const target = isSchema(defs) ? defs[name] : undefined;
    if (!isSchema(target)) throw new Error(`unknown $ref ${schema.$ref}`);
    return validate(value, target, root, path);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type.map(String) : [String(schema.type)];
    if (!types.some((t) => matchesType(value, t)))
      return [`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`];
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${path}: expected one of ${JSON.stringify(schema.enum)}`);
  if (
    typeof value === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern, 'u').test(value)
  )
    errors.push(`${path}: does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      errors.push(`${path}: not above ${schema.exclusiveMinimum}`);
  }
  if (isSchema(value)) {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required))
      for (const key of schema.required)
        if (!Object.hasOwn(value, String(key))) errors.push(`${path}: missing ${key}`);
    for (const [key, child] of Object.entries(value)) {
      const rule = properties[key];
      if (isSchema(rule)) errors.push(...validate(child, rule, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
    }
  }
  const items = schema.items;
  if (Array.isArray(value) && isSchema(items))
    value.forEach((item, i) => errors.push(...validate(item, items, root, `${path}[${i}]`)));
  return errors;
}
