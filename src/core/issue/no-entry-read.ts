import type { ParsedIssue } from './issue-parser.ts';

/** Whether issues were read and not one entry in them: a digest writing its entries in a form not known here. */
export function noEntryRead(parsed: readonly Pick<ParsedIssue, 'items'>[]): boolean {
  return parsed.length > 0 && parsed.every((p) => p.items.length === 0);
}
