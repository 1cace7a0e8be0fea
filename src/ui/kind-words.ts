import type { Translate } from '../core/contracts/text-keys.ts';
import { isTaskBox } from '../core/model/entry-kind.ts';

/**
 * How the UI names a kind: a symbol as it is (📜); a task list's box by its mark and what it means
 * (☐ To do, ☑ Done), as `[ ]` written out reads as nothing chosen.
 */
export function kindWords(kind: string, t: Translate): string {
  if (!isTaskBox(kind)) return kind;
  return t(kind === '[ ]' ? 'kindTaskOpen' : 'kindTaskDone');
}

/** The kind field's name: "Status" where the digest's kinds are a task list's boxes, else "Kind". */
export function kindFieldName(kinds: readonly string[], t: Translate): string {
  return kinds.length > 0 && kinds.every(isTaskBox) ? t('fieldTaskStatus') : t('fieldKind');
}
