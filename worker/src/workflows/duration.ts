/** Duration text → ms, using the same parser as the compiler so a duration means the same thing everywhere. */
import { parseDuration } from '@switchboard/flows/expr/duration';

export function parseDurationText(text: string): number | null {
  return parseDuration(text);
}
