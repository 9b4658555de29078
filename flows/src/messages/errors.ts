import type { z } from 'zod';

/** One problem with a message-check input, named by its path (`offer.benefits[0].amount`). */
export type TInputIssue = { path: string; message: string };

/**
 * Bad input to the message checker (an offer missing fields, a non-string text …). The CLI maps it to exit 2 and the
 * API to a 400; `path` names the first wrong field so the author knows what to fix.
 */
export class MessageInputError extends Error {
  readonly path: string;
  readonly issues: TInputIssue[];

  constructor(issues: TInputIssue[]) {
    const first = issues[0] ?? { path: '(input)', message: 'invalid input' };
    super(`${first.path}: ${first.message}`);
    this.name = 'MessageInputError';
    this.path = first.path;
    this.issues = issues;
  }
}

/** `['offer', 'benefits', 0, 'amount']` → `offer.benefits[0].amount`. */
export function formatPath(root: string, path: ReadonlyArray<PropertyKey>): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(input)' : out;
}

export function inputErrorFromZod(root: string, error: z.ZodError): MessageInputError {
  return new MessageInputError(error.issues.map((issue) => ({
    path: formatPath(root, issue.path),
    message: friendly(issue.message),
  })));
}

/** zod says "Invalid input: expected string, received undefined"; an author reads "missing (expected a string)". */
function friendly(message: string): string {
  const m = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  return m ? `missing (expected ${m[1] === 'array' || m[1] === 'object' ? 'an' : 'a'} ${m[1]})` : message;
}
