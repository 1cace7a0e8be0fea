import { describe, expect, it } from 'vitest';
import type { ProjectDef, SectionDef } from '../../../../src/core/model/template.ts';
import { withSectionClosing } from '../../../../src/core/template/section-closing.ts';

const project = (name: string, outro?: string): ProjectDef => ({ name, aliases: [], hidden: false, ...(outro === undefined ? {} : { outro }) });
const section = (projects: ProjectDef[], closing?: string): SectionDef => ({ name: 'Upcoming Events', hidden: false, projects, ...(closing === undefined ? {} : { closing }) });
const CALL = 'If you are running a Rust event please add it to the [calendar].';

describe('withSectionClosing', () => {
  it('makes words two of its headings were learned closing with the section’s, and takes them from those headings', () => {
    const learned = withSectionClosing(section([project('Virtual'), project('Oceania', CALL), project('South America', CALL), project('Europe', 'Only Europe says this.')]));
    expect(learned.closing).toBe(CALL);
    expect(learned.projects.map((p) => p.outro)).toEqual([undefined, undefined, undefined, 'Only Europe says this.']);
  });

  it('leaves a heading’s own closing words with it, and a section that has its closing already', () => {
    const own = section([project('Virtual'), project('Oceania', CALL)]);
    expect(withSectionClosing(own)).toBe(own);
    const closed = section([project('Oceania', CALL), project('South America', CALL)], 'Set by hand.');
    expect(withSectionClosing(closed)).toBe(closed);
  });

  it('leaves words an issue closed several headings with to each heading', () => {
    const BACK = '<p align="center"><a href="#目录">🔙 返回目录 🔙</a></p><br>';
    const each = section([project('C 项目', BACK), project('Go 项目', BACK), project('其它')]);
    expect(withSectionClosing(each, new Set([BACK]))).toBe(each);
    expect(withSectionClosing(each, new Set([CALL])).closing).toBe(BACK);
  });
});
