import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, type Backup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

function sample(): Backup {
  const file = fixtureFiles('issues')[0]!;
  const r = parseIssue(file.text, { fileName: file.name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const queued = { ...r.value.items[0]!, id: 'q1', issue: null };
  return structuredClone(
    createBackup(
      { settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: [r.value.issue], items: [...r.value.items, queued] },
      new Date('2015-01-11T00:00:00Z'),
    ),
  );
}

describe('backup file', () => {
  it('reads back what it wrote', () => {
    const backup = sample();
    const result = parseBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, value: backup });
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: '2015-01-11T00:00:00.000Z' });
  });

  it.each([
    ['not JSON', '{"format": ', { code: 'not-json', path: '', line: 1, column: 12 }],
    ['not JSON, on a later line', '{\n  "format": "x",\n  "version": tru\n}', { code: 'not-json', path: '', line: 3, column: 14 }],
    ['a JSON array', '[]', { code: 'not-object', path: '' }],
    ['a foreign file', '{"name": "package"}', { code: 'not-backup', path: 'format', found: '' }],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 9 }), { code: 'newer-version', path: 'version', version: 9, supported: 1 }],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseBackup(text)).toEqual({ ok: false, error: problem });
  });

  it.each<[string, (b: Backup) => void, string]>([
    ['a link without a URL', (b) => ((b.items[0]!.links[0] as { url: unknown }).url = 7), 'items.0.links.0.url'],
    ['a wrong link style', (b) => ((b.template as { linkStyle: string }).linkStyle = 'fancy'), 'template.linkStyle'],
    ['an impossible date', (b) => (b.issues[0]!.published = '2015-02-30'), 'issues.0.published'],
    ['an item of a missing issue', (b) => (b.items[0]!.issue = 99), 'items.0.issue'],
    ['the same item twice', (b) => (b.items[1]!.id = b.items[0]!.id), 'items.1.id'],
  ])('names the place of %s', (_what, damage, path) => {
    const backup = sample();
    damage(backup);
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe(path);
  });
});
