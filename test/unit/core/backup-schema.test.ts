import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, type Backup } from '../../../src/core/backup.ts';
import { parseBackup } from '../../../src/core/backup-schema.ts';
import { parseIssue } from '../../../src/core/issue-parser.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';

function sample(): Backup {
  const file = fixtureFiles('issues')[0]!;
  const r = parseIssue(file.text, { fileName: file.name });
  if (!r.ok) throw new Error(r.error.message);
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
    ['not JSON', '{"format": ', '', 'not a JSON file'],
    ['a JSON array', '[]', '', 'holds no JSON object'],
    ['a foreign file', '{"name": "package"}', 'format', 'not a Digest Clipper backup'],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 9 }), 'version', 'newer Digest Clipper'],
  ])('refuses %s', (_what, text, path, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.path).toBe(path);
    expect(result.error.message).toContain(message);
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
