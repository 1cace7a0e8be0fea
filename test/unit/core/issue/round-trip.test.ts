import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { corpusAvailable, corpusFiles, fixtureFiles, type CorpusFile } from '../../../helpers/corpus.ts';
import { normalizeForRoundTrip } from '../../../helpers/round-trip.ts';

function roundTrip(file: CorpusFile): { original: string; exported: string } {
  const result = parseIssue(file.text, { fileName: file.name });
  if (!result.ok) throw new Error(`${file.name}: ${JSON.stringify(result.error)}`);
  // Through the backup file too: what is exported must come from what is stored.
  const backup = createBackup(
    { settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: [result.value.issue], items: result.value.items },
    new Date(0),
  );
  const restored = parseBackup(JSON.stringify(backup));
  if (!restored.ok) throw new Error(JSON.stringify(restored.error));
  const { issues, items, template } = restored.value;
  return { original: normalizeForRoundTrip(file.text), exported: normalizeForRoundTrip(renderIssue(issues[0]!, items, template)) };
}

describe.skipIf(!corpusAvailable)('round-trip law over the shared corpus', () => {
  const files = corpusFiles();

  it('has the fifteen issues', () => {
    expect(files).toHaveLength(15);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s comes back as it was', (_name, file) => {
    const { original, exported } = roundTrip(file);
    expect(exported).toBe(original);
  });

  it('the learned template alone writes issue 17 as published', () => {
    const parsed = files.map((f) => {
      const r = parseIssue(f.text, { fileName: f.name });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    });
    const template = learnTemplate(DEFAULT_TEMPLATE, parsed);
    const model = parsed.find((p) => p.issue.number === 17)!;
    // No outline: headings, their order and blank lines all come from the template.
    const exported = renderIssue({ ...model.issue, outline: [] }, model.items, template);
    const original = files.find((f) => f.name.startsWith('2014-07-20'))!.text;
    expect(normalizeForRoundTrip(exported)).toBe(normalizeForRoundTrip(original));
  });
});

describe('round-trip law over our own variant fixtures', () => {
  it.each(fixtureFiles('issues').map((f) => [f.name, f] as const))('%s comes back as it was', (_name, file) => {
    const { original, exported } = roundTrip(file);
    expect(exported).toBe(original);
  });

  it('a document that normalizes differently would fail the comparison', () => {
    const file = fixtureFiles('issues')[0]!;
    const result = parseIssue(file.text, { fileName: file.name });
    if (!result.ok) throw new Error();
    const broken = renderIssue(result.value.issue, result.value.items.slice(1), DEFAULT_TEMPLATE);
    expect(normalizeForRoundTrip(broken)).not.toBe(normalizeForRoundTrip(file.text));
  });
});
