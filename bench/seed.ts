import type { Issue, Segment } from '../src/core/model/issue.ts';
import type { Item } from '../src/core/model/item.ts';
import { trainSuggestionModel } from '../src/core/suggestion/project-suggestion.ts';
import { OPENSTACK_PRESET as DEFAULT_TEMPLATE } from '../src/core/template/presets.ts';
import { toStored } from '../src/storage/stored-item.ts';
import { syntheticItems } from './synthetic.ts';
import { applyImport, planImport } from '../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE as ANY_DIGEST } from '../src/core/model/template.ts';
import { digestFiles, otherDigestsAvailable, type DigestName } from '../test/helpers/corpus.ts';

/** Years of history: `issues` published issues of `perIssue` items each, and `queued` items waiting. */
export function seedRecords(issues: number, perIssue: number, queued: number) {
  const archived = syntheticItems(issues * perIssue, DEFAULT_TEMPLATE).map(
    (item, i): Item => ({
      ...item,
      id: `a-${i}`,
      issue: String(Math.floor(i / perIssue) + 1),
      order: i % perIssue,
      links: item.links.map((l) => ({ ...l, url: l.url.replace('item-', `archived-${i}-`) })),
    }),
  );
  const queue = syntheticItems(queued, DEFAULT_TEMPLATE).map((item, i): Item => ({ ...item, id: `q-${i}`, order: i }));
  const issueRecords = Array.from({ length: issues }, (_, i): Issue => {
    const day = new Date(Date.UTC(2014, 0, 1) + i * 14 * 86_400_000).toISOString().slice(0, 10);
    return {
      key: String(i + 1),
      number: i + 1,
      year: null,
      title: `Issue ${i + 1}`,
      period: { start: day, end: day },
      published: day,
      fileName: null,
      head: { kind: 'yaml', fields: [{ key: 'title', raw: ` Issue ${i + 1}` }], open: '---', close: '---' },
      body: bodyOf(archived.slice(i * perIssue, (i + 1) * perIssue)),
      end: '\n',
    };
  });
  return {
    items: [...archived, ...queue].map(toStored),
    issues: issueRecords,
    meta: [
      { key: 'template', value: DEFAULT_TEMPLATE },
      { key: 'suggestionModel', value: trainSuggestionModel(archived, DEFAULT_TEMPLATE) },
    ],
  };
}

/**
 * An issue's body as an import keeps it: its opening words, then a heading wherever its items'
 * group changes and each item's place, then its closing words (the archive's issues are read for
 * their headings and places; a bench of empty bodies would hide what reading them costs).
 */
function bodyOf(items: readonly Item[]): Segment[] {
  const body: Segment[] = [{ kind: 'text', before: '\n', raw: 'OpenStack社区动态：本期看点，以及社区这两周的讨论。' }];
  let group = '';
  for (const item of [...items].sort((a, b) => `${a.section}/${a.project}`.localeCompare(`${b.section}/${b.project}`))) {
    if (`${item.section}/${item.project}` !== group) {
      group = `${item.section}/${item.project}`;
      if (item.project === null || !body.some((s) => s.kind === 'heading' && s.text === item.section)) body.push({ kind: 'heading', before: '\n\n', raw: `## ${item.section}`, level: 2, text: item.section ?? '', section: item.section, project: null });
      if (item.project !== null) body.push({ kind: 'heading', before: '\n\n', raw: `### ${item.project}`, level: 3, text: item.project, section: item.section, project: item.project });
    }
    body.push({ kind: 'item', before: '\n\n', order: item.order });
  }
  body.push({ kind: 'text', before: '\n\n', raw: '（完）' });
  return body;
}

/** A digest of the shared corpus as the options page stores it once imported: template, issues, archive, learned model. */
export function seedDigest(name: DigestName) {
  if (!otherDigestsAvailable) return undefined;
  const state = applyImport({ template: ANY_DIGEST, issues: [], items: [] }, planImport(digestFiles(name), { template: ANY_DIGEST, issues: [], items: [] }, '2026-12-01'));
  return {
    items: state.items.map(toStored),
    issues: state.issues,
    meta: [
      { key: 'template', value: state.template },
      { key: 'suggestionModel', value: trainSuggestionModel(state.items, state.template, state.issues) },
    ],
  };
}
