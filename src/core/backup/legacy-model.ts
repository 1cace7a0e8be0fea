import { rawFor } from '../issue/front-matter.ts';
import type { Issue, Segment } from '../model/issue.ts';
import type { Item } from '../model/item.ts';
import type { Settings } from '../model/settings.ts';
import type { Template } from '../model/template.ts';

/**
 * The model as version 1 of the backup (and version 2 of the database) held it: issues keyed
 * by number with an outline, preamble and trailer; templates with plain front-matter values.
 * Read once, turned into today's model, never written.
 */
export interface LegacyIssue {
  number: number;
  title: string;
  period: Issue['period'];
  published: string | null;
  fileName: string | null;
  frontMatter: { key: string; raw: string }[];
  preamble: string;
  trailer: string;
  outline: { level: number; text: string; section: string | null; project: string | null; at: number; blankBefore: boolean; blankAfter: boolean }[];
  blankAfterFrontMatter: boolean;
}

export type LegacyItem = Omit<Item, 'issue' | 'source'> & { issue: number | null };

export type LegacyTemplate = Omit<Template, 'frontMatter' | 'head' | 'items' | 'labels' | 'learnedFrom' | 'preset'> & {
  frontMatter: { key: string; value: string }[];
  learnedFrom?: number;
};

export interface LegacySettings {
  openIssue: { number?: number; start?: string; end?: string };
  reminders: Settings['reminders'];
}

/**
 * An issue as version 1 described it, laid out as the pieces it was written as: the front
 * matter, the preamble, each heading with its items, the trailer, with the blank lines its flags
 * recorded. Version 1 did not record how many items the last heading held: `itemCount` says.
 */
export function upgradeIssue(old: LegacyIssue, itemCount: number): Issue {
  const body: Segment[] = [];
  const gap = (blank: boolean): string => (blank ? '\n\n' : '\n');
  if (old.preamble !== '') body.push({ kind: 'text', before: gap(old.blankAfterFrontMatter), raw: old.preamble });
  old.outline.forEach((heading, i) => {
    body.push({
      kind: 'heading',
      before: body.length === 0 ? gap(old.blankAfterFrontMatter) : gap(heading.blankBefore),
      raw: `${'#'.repeat(heading.level)} ${heading.text}`,
      level: heading.level,
      text: heading.text,
      section: heading.section,
      project: heading.project,
    });
    const until = Math.min(old.outline[i + 1]?.at ?? itemCount, itemCount);
    for (let order = heading.at; order < until; order++) {
      body.push({ kind: 'item', before: order === heading.at ? gap(heading.blankAfter) : '\n\n', order });
    }
  });
  if (old.trailer !== '') body.push({ kind: 'text', before: '\n\n', raw: old.trailer });
  return {
    key: String(old.number),
    number: old.number,
    year: null,
    title: old.title,
    period: old.period,
    published: old.published,
    fileName: old.fileName,
    head: { kind: 'yaml', fields: old.frontMatter, open: '---', close: '---' },
    body,
    end: '\n',
  };
}

export function upgradeItem(old: LegacyItem): Item {
  return { ...old, issue: old.issue === null ? null : String(old.issue) };
}

/** A version 1 template: its values become patterns written as before; OpenStack's headings bring the preset. */
export function upgradeTemplate(old: LegacyTemplate): Template {
  const openstack = old.sections.some((s) => s.name === '社区跟踪' || s.projects.some((p) => p.name === 'Nova'));
  const { learnedFrom, frontMatter, ...rest } = old;
  return {
    ...rest,
    ...(openstack ? { preset: 'openstack' as const } : {}),
    head: 'yaml',
    // A value that is a pattern alone stays plain, to be quoted as its filled-in value needs.
    frontMatter: frontMatter.map((f) => ({ key: f.key, raw: /\{\w+(?::[^}]*)?\}/.test(f.value) ? (f.value === '' ? '' : ` ${f.value}`) : rawFor(f.value) })),
    items: { grammar: 'paragraph', marker: '', separator: '', loose: true, comments: true },
    labels: { section: null, project: null },
    ...(learnedFrom !== undefined ? { learnedFrom: String(learnedFrom) } : {}),
  };
}

export function upgradeSettings(old: LegacySettings): Settings {
  const { number, ...rest } = old.openIssue;
  return { ...old, openIssue: { ...rest, ...(number !== undefined ? { key: String(number) } : {}) } };
}
