import { endsInColon } from '../markdown/ends-in-colon.ts';
import { isCreditLine } from './credit-line.ts';

/**
 * Whether a paragraph introduces the block after it as its own: words ending in a colon
 * (`Devon announces:`), or a line crediting who wrote what follows.
 */
export function introducesNext(paragraph: readonly string[]): boolean {
  const last = paragraph.at(-1);
  if (last === undefined) return false;
  return endsInColon(last) || (paragraph.length === 1 && isCreditLine(last));
}
