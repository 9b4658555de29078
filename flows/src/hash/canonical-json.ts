/** Canonical JSON (object keys sorted, no whitespace, `undefined` fields dropped), the input of the plan hash. */

/** Serialises a JSON value canonically; callers bound its depth (the compiler rejects documents deeper than 100). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const keys = Object.keys(value).sort();
  const fields: string[] = [];
  for (const key of keys) {
    const field: unknown = Reflect.get(value, key);
    if (field !== undefined) fields.push(`${JSON.stringify(key)}:${canonicalJson(field)}`);
  }
  return `{${fields.join(',')}}`;
}
