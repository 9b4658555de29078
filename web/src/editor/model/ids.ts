/** Readable, unique ids: `review-3`, `e-12`; ids stay stable once made so diffs and runs can refer to them. */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const id = `${prefix}-${i}`;
    if (!taken.has(id)) return id;
  }
}
