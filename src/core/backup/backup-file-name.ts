/** Whether a file by this name is a backup to restore (`digest-clipper-backup-….json`, any JSON) rather than an issue to import. */
export function isBackupFileName(name: string): boolean {
  return /\.json$/i.test(name);
}
