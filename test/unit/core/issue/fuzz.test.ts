import { say } from '../../../../src/core/contracts/wording.ts';
import { issueProblemWording, backupProblemWording } from '../../../../src/core/contracts/problem-wording.ts';
import { translator } from '../../../helpers/translate.ts';

const english = translator('en');
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { planImport } from '../../../../src/core/issue/issue-import.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { renderIssue } from '../../../../src/core/issue/issue-renderer.ts';
import { planRestore } from '../../../../src/core/backup/restore-plan.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { applyImport } from '../../../../src/core/issue/issue-import.ts';
import { corpusFiles, DIGESTS, digestFiles, fixtureFiles } from '../../../helpers/corpus.ts';
import { normalizeForRoundTrip } from '../../../helpers/round-trip.ts';

const documents = [...corpusFiles(), ...fixtureFiles('issues')].map((f) => f.text);

/** One edit to a document: insert, delete or replace a run of characters or whole lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\n', '---\n', '## ', '\u0000', '\ufffd', '[x]: ', '```', '<http://', '第一期', '\r\n')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('lines' as const), at: fc.nat(), length: fc.nat({ max: 10 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else {
      const lines = out.split('\n');
      const line = lines.length === 0 ? 0 : edit.at % lines.length;
      lines.splice(line, edit.length);
      out = lines.join('\n');
    }
  }
  return out;
}

describe('import, fuzzed', () => {
  it('never throws: a mutated issue is read, or refused with a message and a line inside it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 6 }), (doc, edits) => {
        const text = mutate(doc, edits);
        const result = parseIssue(text, { fileName: '2014-07-20-x.md', today: '2014-08-01' });
        if (result.ok) {
          expect(() => renderIssue(result.value.issue, result.value.items, DEFAULT_TEMPLATE)).not.toThrow();
        } else {
          expect(say(english, issueProblemWording(result.error)).length).toBeGreaterThan(10);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.line).toBeLessThanOrEqual(text.split('\n').length + 1);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('loses nothing: a mutated issue of any shape we read, imported, is written back as it was', () => {
    // Every digest of the corpus and every variant we handle, damaged in the ways hand-edited
    // Markdown is: stray brackets, markers, tables, definitions and breaks where they should not be.
    const shapes = [...DIGESTS.flatMap((d) => digestFiles(d).slice(0, 3)), ...fixtureFiles('variants', /\.(md|mdx|markdown)$/)];
    const markdown = fc.constantFrom('[', ']', '(', ')', '**', '`', '```\n', '\n', '\n\n', '# ', '## ', '- ', '* ', '1. ', '> ', '| x |', '[^1]', '[a]: https://example.org/a\n', '<br>', '{{< x >}}', '![', '---\n', '\t', '    ');
    const edit = fc.oneof(fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: markdown }), fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }));
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.array(edit, { minLength: 1, maxLength: 8 }), (file, edits) => {
        const text = mutate(file.text, edits);
        const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
        const plan = planImport([{ name: file.name, text }], empty, '2026-12-01');
        const state = applyImport(empty, plan);
        for (const issue of state.issues) {
          const exported = renderIssue(issue, state.items.filter((i) => i.issue === issue.key), state.template);
          expect(normalizeForRoundTrip(exported)).toBe(normalizeForRoundTrip(text));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('applies all of an import or none of it: a plan with a refused file imports none of that file', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...documents), { minLength: 1, maxLength: 4 }), fc.array(mutation, { maxLength: 3 }), (docs, edits) => {
        const files = docs.map((text, i) => ({ name: `f${i}.md`, text: i === 0 ? mutate(text, edits) : text }));
        const plan = planImport(files, { template: DEFAULT_TEMPLATE, issues: [], items: [] }, '2014-08-01');
        for (const failure of plan.failures) expect(plan.parsed.some((p) => p.issue.fileName === failure.file)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('restore, fuzzed', () => {
  const parsed = documents.slice(0, 4).map((text, i) => {
    const r = parseIssue(text, { fileName: `2014-0${i + 1}-01-x.md` });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  });
  const backup = createBackup(
    { settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: parsed.map((p) => p.issue), items: parsed.flatMap((p) => p.items) },
    new Date(0),
  );
  const json = JSON.stringify(backup);

  /** A JSON value set at a random path of the backup. */
  const damage = fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: fc.jsonValue({ maxDepth: 2 }) });

  function damaged(edits: readonly { path: number[]; value: unknown }[]): unknown {
    const copy = JSON.parse(json) as Record<string, unknown>;
    for (const edit of edits) {
      let node: unknown = copy;
      for (const [depth, step] of edit.path.entries()) {
        if (node === null || typeof node !== 'object') break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[step % keys.length] as string;
        if (depth === edit.path.length - 1) (node as Record<string, unknown>)[key] = edit.value;
        else node = (node as Record<string, unknown>)[key];
      }
    }
    return copy;
  }

  it('never throws: a damaged backup is read completely or refused with what is wrong', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, asText) => {
        const input = damaged(edits);
        const result = parseBackup(asText ? JSON.stringify(input) : input);
        if (result.ok) {
          expect(() => planRestore({ settings: DEFAULT_SETTINGS, template: DEFAULT_TEMPLATE, issues: [], items: [] }, result.value, 'merge')).not.toThrow();
        } else {
          expect(say(english, backupProblemWording(result.error)).length).toBeGreaterThan(10);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('never throws on text that is not JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat({ max: json.length - 1 }), (junk, cut) => {
        const result = parseBackup(json.slice(0, cut) + junk);
        // Cut anywhere before its end, the document is no backup, whatever follows.
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('not-json');
      }),
      { numRuns: 500 },
    );
  });
});
