import type { GroupKey } from '../core/model/item.ts';
import type { SectionDef } from '../core/model/template.ts';
import { useT } from './translate-context.ts';

const NO_SECTION = '\u0000';

interface GroupFieldsProps {
  idPrefix: string;
  sections: readonly SectionDef[];
  value: GroupKey;
  onChange: (group: GroupKey) => void;
}

/** Section and project pickers; the project list follows the section. */
export function GroupFields({ idPrefix, sections, value, onChange }: GroupFieldsProps) {
  const t = useT();
  const visible = sections.filter((s) => !s.hidden || s.name === value.section);
  const known = visible.some((s) => s.name === value.section);
  const current = sections.find((s) => s.name === value.section);
  const projects = (current?.projects ?? []).filter((p) => !p.hidden || p.name === value.project).map((p) => p.name);
  if (value.project !== null && !projects.includes(value.project)) projects.push(value.project);
  const sectionLabel = (name: string | null): string => name ?? t('sectionNone');
  return (
    <div class="row">
      <div class="field">
        <label for={`${idPrefix}-section`}>{t('fieldSection')}</label>
        <select
          id={`${idPrefix}-section`}
          value={value.section ?? NO_SECTION}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLSelectElement).value;
            const section = raw === NO_SECTION ? null : raw;
            const next = sections.find((s) => s.name === section);
            const keep = next?.projects.some((p) => p.name === value.project);
            onChange({ section, project: keep ? value.project : null });
          }}
        >
          {visible.map((s) => (
            <option key={s.name ?? NO_SECTION} value={s.name ?? NO_SECTION}>
              {sectionLabel(s.name)}
            </option>
          ))}
          {!known ? <option value={value.section ?? NO_SECTION}>{sectionLabel(value.section)}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for={`${idPrefix}-project`}>{t('fieldProject')}</label>
        <select
          id={`${idPrefix}-project`}
          value={value.project ?? ''}
          disabled={projects.length === 0}
          onChange={(e) => {
            const raw = (e.currentTarget as HTMLSelectElement).value;
            onChange({ section: value.section, project: raw === '' ? null : raw });
          }}
        >
          <option value="">{t('projectNone')}</option>
          {projects.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
