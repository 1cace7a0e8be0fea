import { deepFreeze } from '../model/deep-freeze.ts';
import type { Preset, ProjectDef, Template } from '../model/template.ts';

/* @__NO_SIDE_EFFECTS__ */
function project(name: string, ...aliases: string[]): ProjectDef {
  return { name, aliases, hidden: false };
}

/**
 * The OpenStack社区动态 digest as issue 17 writes it: its sections, the OpenStack projects, its
 * file names. Chosen when imported issues are OpenStack's or by the editor; its URL rules and
 * project names take part in suggestions only under it.
 */
// Pure: a page that never reads the preset (the popup's early script, through the schema) leaves it out.
export const OPENSTACK_PRESET: Template = /* @__PURE__ */ deepFreeze({
  preset: 'openstack',
  head: 'yaml',
  frontMatter: [
    { key: 'layout', raw: ' post' },
    { key: 'title', raw: ' {title}' },
    { key: 'description', raw: ' {title}' },
    { key: 'category', raw: ' 技术' },
  ],
  titlePattern: 'OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})',
  fileNamePattern: '{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md',
  sectionLevel: 2,
  projectLevel: 3,
  blankAfterHeading: false,
  blankBetweenHeadings: false,
  dateLeadIn: '{date:YYYY.M.D}，',
  linkStyle: 'angle',
  items: { grammar: 'paragraph', marker: '', separator: '', loose: true, comments: true },
  labels: { section: null, project: null },
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

export const PRESETS: Readonly<Record<Preset, Template>> = { openstack: OPENSTACK_PRESET };

/**
 * The template under a preset, or under none: choosing a preset takes its format and headings
 * whole, keeping the editor's own rules and what was learned; choosing none keeps the format as
 * it stands and drops only the preset's built-in rules and names.
 */
export function withPreset(template: Template, preset: Preset | undefined): Template {
  if (preset === undefined) {
    const { preset: _dropped, ...rest } = template;
    return rest;
  }
  const chosen = PRESETS[preset];
  return {
    ...chosen,
    ...(template.rules ? { rules: template.rules } : {}),
    ...(template.learnedFrom !== undefined ? { learnedFrom: template.learnedFrom } : {}),
  };
}
