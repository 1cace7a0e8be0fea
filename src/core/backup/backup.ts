import type { Issue } from '../model/issue.ts';
import type { Item } from '../model/item.ts';
import type { Settings } from '../model/settings.ts';
import type { Template } from '../model/template.ts';

export const BACKUP_FORMAT = 'digest-clipper-backup';
export const BACKUP_VERSION = 2;

/** Everything Digest Clipper holds, as one JSON document (see docs/backup-format.md). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  template: Template;
  issues: Issue[];
  items: Item[];
}

export function createBackup(parts: Omit<Backup, 'format' | 'version' | 'exportedAt'>, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...parts };
}
