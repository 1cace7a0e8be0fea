import type { BackupProblem } from '../backup/backup-schema.ts';
import type { IssueProblem } from '../issue/issue-problem.ts';
import type { Wording } from './wording.ts';

// The problems of files the editor imports or restores, worded. Apart from wording.ts so that the
// popup, which reads no files, does not load them.

export function issueProblemWording(p: IssueProblem): Wording {
  switch (p.code) {
    case 'too-long':
      return { key: 'importTooLong', params: [p.chars, p.max] };
    case 'empty':
      return { key: 'importEmpty' };
    case 'binary':
      return { key: 'importBinary' };
    case 'not-utf8':
      return { key: 'importNotUtf8' };
    case 'front-matter-line':
      return { key: 'importFrontMatterLine', params: [p.found] };
    case 'front-matter-unclosed':
      return { key: 'importFrontMatterUnclosed' };
    case 'no-title':
      return { key: 'importNoTitle' };
    case 'no-issue-number':
      return { key: 'importNoIssueNumber', params: [p.title] };
    case 'issue-number-too-large':
      return { key: 'importNumberTooLarge', params: [p.number] };
  }
}

export function backupProblemWording(p: BackupProblem): Wording {
  switch (p.code) {
    case 'not-json':
      return { key: 'backupNotJson', params: [p.line, p.column] };
    case 'not-object':
      return { key: 'backupNotObject' };
    case 'not-backup':
      return { key: 'backupNotBackup', params: [p.found] };
    case 'newer-version':
      return { key: 'backupNewerVersion', params: [p.version, p.supported] };
    case 'invalid-value':
      return { key: 'backupInvalidValue', params: [p.path, p.received, p.expected] };
    case 'unsafe-url':
      return { key: 'backupUnsafeUrl', params: [p.url, p.path] };
    case 'duplicate-issue':
      return { key: 'backupDuplicateIssue', params: [p.issue, p.path] };
    case 'duplicate-item':
      return { key: 'backupDuplicateItem', params: [p.id, p.path] };
    case 'orphan-item':
      return { key: 'backupOrphanItem', params: [p.id, p.issue, p.path] };
  }
}
