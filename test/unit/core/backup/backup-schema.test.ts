import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, createBackup, type Backup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { exportPublished } from '../../../../src/core/issue/issue-export.ts';
import { OPENSTACK_PRESET } from '../../../../src/core/template/presets.ts';
import { FIXTURES_DIR, fixtureFiles } from '../../../helpers/corpus.ts';
import { normalizeForRoundTrip } from '../../../helpers/round-trip.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function sample(): Backup {
  const file = fixtureFiles('issues')[0]!;
  const r = parseIssue(file.text, { fileName: file.name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const queued = { ...r.value.items[0]!, id: 'q1', issue: null };
  return structuredClone(
    createBackup(
      { settings: DEFAULT_SETTINGS, template: OPENSTACK_PRESET, issues: [r.value.issue], items: [...r.value.items, queued] },
      new Date('2015-01-11T00:00:00Z'),
    ),
  );
}

describe('backup file', () => {
  // A field the schema does not name is dropped from a restored template without a word: every
  // way of writing the golden digests learned must come back whole.
  it.each(readdirSync(join(FIXTURES_DIR, 'golden', 'past')))('keeps the whole template learned from the golden digest %s', (folder) => {
    const files = fixtureFiles(join('golden', 'past', folder), /\.(md|markdown|mdx)$/);
    const { template } = planImport(files, { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2026-12-05');
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2026-12-05T00:00:00Z')));
    const result = parseBackup(JSON.stringify(backup));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.template).toEqual(backup.template);
  });

  it('reads back what it wrote', () => {
    const backup = sample();
    const result = parseBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, value: backup });
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 2, exportedAt: '2015-01-11T00:00:00.000Z' });
  });

  it('reads a version 1 backup, written by Digest Clipper 0.1, and exports its issues as they were', () => {
    const result = parseBackup(readFileSync(join(FIXTURES_DIR, 'backups', 'v1.json'), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const backup = result.value;
    expect(backup.version).toBe(2);
    expect(backup.issues.map((i) => i.key)).toEqual(['21', '22', '23', '25', '103']);
    expect(backup.template.preset).toBe('openstack');
    for (const file of fixtureFiles('issues')) {
      const key = backup.issues.find((i) => i.fileName === file.name)!.key;
      expect(normalizeForRoundTrip(exportPublished(backup, key)!.markdown), file.name).toBe(normalizeForRoundTrip(file.text));
    }
  });

  it('keeps a TOML table line of the template’s metadata', () => {
    const backup = sample();
    backup.template = { ...backup.template, head: 'toml', frontMatter: [{ key: 'title', raw: ' {title}', sep: ' =' }, { key: '', raw: '[extra]' }, { key: 'issue', raw: ' {number}', sep: ' =' }] };
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });

  it('keeps JSON metadata, and refuses a key\'s lead that would be a line of its own', () => {
    const backup = sample();
    backup.template = { ...backup.template, head: 'json', frontMatter: [{ key: 'title', raw: ' "{title}"', sep: '":', lead: '  "' }] };
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const text = JSON.stringify(backup).replace('"lead":"  \\""', '"lead":"}\\n{\\""');
    expect(text).toContain('"lead":"}\\n{');
    expect(parseBackup(text)).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
  });

  it('keeps the kinds a digest marks its entries with and a queued entry’s kind, and refuses a kind that is not a symbol', () => {
    const backup = sample();
    backup.template = { ...backup.template, items: { ...backup.template.items, kinds: ['📦', '📜', '🗓️'] } };
    backup.items = backup.items.map((i) => (i.issue === null ? { ...i, kind: '📦' } : i));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const text = JSON.stringify(backup).replace('"kind":"📦"', '"kind":"[x](javascript:alert(1))"');
    expect(parseBackup(text)).toMatchObject({ ok: false, error: { code: 'invalid-value', path: expect.stringMatching(/^items\.\d+\.kind$/) } });
  });

  it('keeps a queued page’s reading time and the digest’s form for it, and refuses a time that is not whole minutes or a form that is no reading time', () => {
    const backup = sample();
    backup.items = backup.items.map((i) => (i.issue === null ? { ...i, links: i.links.map((l, k) => (k === 0 ? { ...l, minutes: 6 } : l)) } : i));
    backup.template = { ...backup.template, items: { ...backup.template.items, readingTime: '*({minutes} min read)*', readingTimeInTitle: true } };
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    expect(parseBackup(JSON.stringify(backup).replace('"minutes":6', '"minutes":2.5'))).toMatchObject({ ok: false, error: { code: 'invalid-value', path: expect.stringMatching(/^items\.\d+\.links\.0\.minutes$/) } });
    expect(parseBackup(JSON.stringify(backup).replace('*({minutes} min read)*', '[x](javascript:alert(1)) {minutes}'))).toMatchObject({ ok: false, error: { code: 'invalid-value', path: 'template.items.readingTime' } });
  });

  it('keeps the redirect a digest links its pages through, and refuses one that is no web address ending in the page’s', () => {
    const backup = sample();
    backup.template = { ...backup.template, items: { ...backup.template.items, addressForm: 'https://click.example/r?to={url:encoded}' } };
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    expect(parseBackup(JSON.stringify(backup).replace('https://click.example/r?to={url:encoded}', 'javascript:go({url})'))).toMatchObject({ ok: false, error: { code: 'invalid-value', path: 'template.items.addressForm' } });
  });

  it('keeps a queued page’s picture, and refuses one that is not a web address', () => {
    const backup = sample();
    backup.items = backup.items.map((i) => (i.issue === null ? { ...i, links: i.links.map((l, k) => (k === 0 ? { ...l, image: 'https://img.example/p.png' } : l)) } : i));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
    const text = JSON.stringify(backup).replace('"image":"https://img.example/p.png"', '"image":"javascript:alert(1)"');
    expect(parseBackup(text)).toMatchObject({ ok: false, error: { code: 'invalid-value', path: expect.stringMatching(/^items\.\d+\.links\.0\.image$/) } });
  });

  it.each([
    ['not JSON', '{"format": ', { code: 'not-json', path: '', line: 1, column: 12 }],
    ['not JSON, on a later line', '{\n  "format": "x",\n  "version": tru\n}', { code: 'not-json', path: '', line: 3, column: 14 }],
    ['a JSON array', '[]', { code: 'not-object', path: '' }],
    ['a foreign file', '{"name": "package"}', { code: 'not-backup', path: 'format', found: '' }],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 9 }), { code: 'newer-version', path: 'version', version: 9, supported: 2 }],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseBackup(text)).toEqual({ ok: false, error: problem });
  });

  it.each<[string, (b: Backup) => void, string]>([
    ['a link without a URL', (b) => ((b.items[0]!.links[0] as { url: unknown }).url = 7), 'items.0.links.0.url'],
    ['a wrong link style', (b) => ((b.template as { linkStyle: string }).linkStyle = 'fancy'), 'template.linkStyle'],
    ['an impossible date', (b) => (b.issues[0]!.published = '2015-02-30'), 'issues.0.published'],
    ['an item of a missing issue', (b) => (b.items[0]!.issue = '99'), 'items.0.issue'],
    ['a script address', (b) => (b.items[0]!.links[0]!.url = 'javascript:alert(1)'), 'items.0.links.0.url'],
    ['an issue number past what can be counted', (b) => (b.issues[0]!.number = 1e300), 'issues.0.number'],
    ['a period that ends before it starts', (b) => (b.issues[0]!.period = { start: '2015-02-01', end: '2015-01-01' }), 'issues.0.period'],
    ['an open issue that ends before it starts', (b) => (b.settings.openIssue = { start: '2015-02-01', end: '2015-01-01' }), 'settings.openIssue'],
    ['a section name on two lines', (b) => (b.template.sections[0]!.name = 'A\n## B'), 'template.sections.0.name'],
    ['the same item twice', (b) => (b.items[1]!.id = b.items[0]!.id), 'items.1.id'],
    ['a metadata line that would close the metadata', (b) => (b.template.frontMatter[4] = { key: '', raw: '---' }), 'template.frontMatter.4'],
  ])('names the place of %s', (_what, damage, path) => {
    const backup = sample();
    damage(backup);
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe(path);
  });
});
