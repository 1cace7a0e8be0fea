import { deepFreeze } from './deep-freeze.ts';

/** A project heading of the digest, with the other spellings it was published under. */
export interface ProjectDef {
  name: string;
  aliases: string[];
  hidden: boolean;
}

/** A section heading (业界动态, 社区跟踪) and the projects filed under it. */
export interface SectionDef {
  /** null: projects that stand without a parent heading. */
  name: string | null;
  hidden: boolean;
  projects: ProjectDef[];
}

/** An editor's own suggestion rule: text in the URL or the title that names a project. */
export interface SuggestionRuleDef {
  field: 'url' | 'title';
  /** Matched case-insensitively as text, or as a regular expression when written `/like this/`. */
  match: string;
  project: string;
}

export interface FrontMatterTemplateField {
  key: string;
  /** May name `{title}`, `{number}`, `{published}`, `{start}`, `{end}`. */
  value: string;
}

/** How the digest is written: learned from past issues, editable by the editor. */
export interface Template {
  frontMatter: FrontMatterTemplateField[];
  /** e.g. `OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})`. */
  titlePattern: string;
  /** e.g. `{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md`. */
  fileNamePattern: string;
  sectionLevel: number;
  projectLevel: number;
  /** A blank line between a heading and the item under it. */
  blankAfterHeading: boolean;
  /** A blank line between a section heading and a project heading right under it. */
  blankBetweenHeadings: boolean;
  /** e.g. `{date:YYYY.M.D}，`. */
  dateLeadIn: string;
  /** `angle`: `<url>` on its own line; `titled`: `[page title](url)`. */
  linkStyle: 'angle' | 'titled';
  /** Markdown put before the first section of every new issue. */
  preamble: string;
  sections: SectionDef[];
  /** The editor's own suggestion rules, tried before the built-in ones. */
  rules?: SuggestionRuleDef[];
  /** The newest issue the format was learned from; absent until an issue is imported. */
  learnedFrom?: number;
}

function project(name: string, ...aliases: string[]): ProjectDef {
  return { name, aliases, hidden: false };
}

/** The OpenStack digest as issue 17 writes it. */
export const DEFAULT_TEMPLATE: Template = deepFreeze({
  frontMatter: [
    { key: 'layout', value: 'post' },
    { key: 'title', value: '{title}' },
    { key: 'description', value: '{title}' },
    { key: 'category', value: '技术' },
  ],
  titlePattern: 'OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})',
  fileNamePattern: '{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md',
  sectionLevel: 2,
  projectLevel: 3,
  blankAfterHeading: false,
  blankBetweenHeadings: false,
  dateLeadIn: '{date:YYYY.M.D}，',
  linkStyle: 'angle',
  preamble: '',
  sections: [
    { name: '业界动态', hidden: false, projects: [] },
    {
      name: '社区跟踪',
      hidden: false,
      projects: [
        project('Common'),
        project('Nova'),
        project('Neutron'),
        project('Cinder'),
        project('Glance'),
        project('Swift'),
        project('Keystone'),
        project('Horizon'),
        project('Heat'),
        project('Ceilometer'),
        project('Trove'),
        project('Sahara'),
        project('Ironic'),
        project('Tempest'),
      ],
    },
  ],
});

/** Whether a project is known by `name`: its name or one of its aliases, in any case. */
export function isKnownAs(project: ProjectDef, name: string): boolean {
  const key = name.toLowerCase();
  return project.name.toLowerCase() === key || project.aliases.some((a) => a.toLowerCase() === key);
}

/** The section a project is filed under in the template, if any. */
export function sectionOfProject(template: Template, projectName: string): SectionDef | undefined {
  return template.sections.find((s) => s.projects.some((p) => isKnownAs(p, projectName)));
}

/** The project definition a heading names, through its aliases. */
export function findProject(template: Template, name: string): ProjectDef | undefined {
  for (const section of template.sections) {
    const found = section.projects.find((p) => isKnownAs(p, name));
    if (found) return found;
  }
  return undefined;
}
