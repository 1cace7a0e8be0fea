import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupKey } from '../core/model/item.ts';
import { hasSecondLevel, type Template } from '../core/model/template.ts';
import { isRetired, type RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { LazySelect } from './lazy-select.tsx';
import { levelLabels } from './level-labels.ts';
import { useT } from './translate-context.ts';

const NO_SECTION = '\u0000';
const NEW = '\u0001';
/** Before a heading's name: a heading with no section over it, picked among the sections. */
const UNPARENTED = '\u0002';

/** What the pickers offer: the digest's headings, and what it calls its two levels. */
export type Taxonomy = Pick<Template, 'sections' | 'labels' | 'preset' | 'dayHeading'>;

interface GroupFieldsProps {
  idPrefix: string;
  taxonomy: Taxonomy;
  value: GroupKey;
  /** Headings the digest stopped using (see `retiredHeadings`): offered after the others, apart. */
  retired?: RetiredHeadings | undefined;
  /** Each picker draws its chosen heading alone until the page has painted (see `LazySelect`). */
  optionsLater?: boolean | undefined;
  onChange: (group: GroupKey) => void;
}

/**
 * The two heading pickers, named as the digest names its levels; the second follows the first,
 * and stands only where the digest has a second level (or the item already has one). "New…"
 * in either turns it into a field for a heading the digest has not used yet.
 */
export function GroupFields({ idPrefix, taxonomy, value, retired, optionsLater = false, onChange }: GroupFieldsProps) {
  const t = useT();
  const labels = levelLabels(taxonomy, t);
  const [adding, setAdding] = useState<'section' | 'project' | null>(null);
  const newName = useRef<HTMLInputElement>(null);
  // Focus follows the editor's choice of "New…": the next keystroke is the name.
  useEffect(() => {
    if (adding) newName.current?.focus();
  }, [adding]);
  const { sections } = taxonomy;
  const visible = sections.filter((s) => !s.hidden || s.name === value.section);
  const known = visible.some((s) => s.name === value.section);
  const current = sections.find((s) => s.name === value.section);
  const projects = (current?.projects ?? []).filter((p) => !p.hidden || p.name === value.project).map((p) => p.name);
  if (value.project !== null && !projects.includes(value.project)) projects.push(value.project);
  const [sectionsInUse, sectionsRetired] = apart(visible, (s) => retired !== undefined && isRetired(retired, { section: s.name, project: null }));
  const [projectsInUse, projectsRetired] = apart(projects, (p) => retired !== undefined && isRetired(retired, { section: value.section, project: p }));
  // Headings with no section over them (This Week in Rust's `## Crate of the Week`) stand among
  // the sections, in their place, as the digest writes them: picked there, with no second picker.
  const unparented = (sections.find((s) => s.name === null)?.projects ?? []).filter((p) => !p.hidden || (value.section === null && p.name === value.project)).map((p) => p.name);
  const [unparentedInUse, unparentedRetired] = apart(unparented, (p) => retired !== undefined && isRetired(retired, { section: null, project: p }));
  const standsAlone = value.section === null && (value.project === null ? unparented.length > 0 : unparented.includes(value.project));
  const twoLevels = (hasSecondLevel(taxonomy) || value.project !== null || adding === 'project') && !(standsAlone && adding !== 'project');
  // A digest that heads its entries by the day files one under no heading under its capture day's.
  const sectionLabel = (name: string | null): string => name ?? t(taxonomy.dayHeading === undefined ? 'sectionNone' : 'sectionByDay');
  const typed = (level: 'section' | 'project', label: string, text: string) => (
    <div class="field">
      <label for={`${idPrefix}-${level}`}>{label}</label>
      <div class="with-button">
        <input
          id={`${idPrefix}-${level}`}
          value={text}
          placeholder={t('headingNewPlaceholder')}
          ref={newName}
          onInput={(e) => {
            const name = e.currentTarget.value;
            onChange(level === 'section' ? { section: name.trim() === '' ? null : name, project: null } : { section: value.section, project: name.trim() === '' ? null : name });
          }}
        />
        <button
          type="button"
          class="icon"
          aria-label={t('headingPickInstead', label)}
          title={t('headingPickInstead', label)}
          onClick={() => {
            setAdding(null);
            if (level === 'section') onChange({ section: sections[0]?.name ?? null, project: null });
            else onChange({ section: value.section, project: null });
          }}
        >
          ↩
        </button>
      </div>
    </div>
  );
  return (
    <div class="row">
      {adding === 'section' ? (
        typed('section', labels.section, value.section ?? '')
      ) : (
        <div class="field">
          <label for={`${idPrefix}-section`}>{labels.section}</label>
          <LazySelect
            later={optionsLater}
            id={`${idPrefix}-section`}
            value={standsAlone && value.project !== null ? UNPARENTED + value.project : (value.section ?? NO_SECTION)}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              if (raw === NEW) {
                setAdding('section');
                onChange({ section: null, project: null });
                return;
              }
              // A heading with no section over it, or none at all.
              if (raw.startsWith(UNPARENTED) || (raw === NO_SECTION && unparented.length > 0)) {
                onChange({ section: null, project: raw === NO_SECTION ? null : raw.slice(UNPARENTED.length) });
                return;
              }
              const section = raw === NO_SECTION ? null : raw;
              const next = sections.find((s) => s.name === section);
              const keep = next?.projects.some((p) => p.name === value.project);
              onChange({ section, project: keep ? value.project : null });
            }}
          >
            {!known || visible.length === 0 ? <option value={value.section ?? NO_SECTION}>{sectionLabel(value.section)}</option> : null}
            {sectionsInUse.map((s) =>
              s.name === null && unparented.length > 0 ? (
                unparentedInUse.map((p) => (
                  <option key={UNPARENTED + p} value={UNPARENTED + p}>
                    {p}
                  </option>
                ))
              ) : (
                <option key={s.name ?? NO_SECTION} value={s.name ?? NO_SECTION}>
                  {sectionLabel(s.name)}
                </option>
              ),
            )}
            {/* Where the section they stand in is hidden or retired, after the others. */}
            {sectionsInUse.some((s) => s.name === null)
              ? null
              : unparentedInUse.map((p) => (
                  <option key={UNPARENTED + p} value={UNPARENTED + p}>
                    {p}
                  </option>
                ))}
            {/* Under no heading at all, where the headings with no section over them took its place. */}
            {unparented.length > 0 ? <option value={NO_SECTION}>{sectionLabel(null)}</option> : null}
            {sectionsRetired.length > 0 || unparentedRetired.length > 0 ? (
              <optgroup label={t('headingsRetired')}>
                {sectionsRetired.filter((s) => s.name !== null || unparented.length === 0).map((s) => (
                  <option key={s.name ?? NO_SECTION} value={s.name ?? NO_SECTION}>
                    {sectionLabel(s.name)}
                  </option>
                ))}
                {unparentedRetired.map((p) => (
                  <option key={UNPARENTED + p} value={UNPARENTED + p}>
                    {p}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={NEW}>{t('headingNew')}</option>
          </LazySelect>
        </div>
      )}
      {!twoLevels ? null : adding === 'project' ? (
        typed('project', labels.project, value.project ?? '')
      ) : (
        <div class="field">
          <label for={`${idPrefix}-project`}>{labels.project}</label>
          <LazySelect
            later={optionsLater}
            id={`${idPrefix}-project`}
            value={value.project ?? ''}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              if (raw === NEW) {
                setAdding('project');
                onChange({ section: value.section, project: null });
                return;
              }
              onChange({ section: value.section, project: raw === '' ? null : raw });
            }}
          >
            <option value="">{t('projectNone')}</option>
            {projectsInUse.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            {projectsRetired.length > 0 ? (
              <optgroup label={t('headingsRetired')}>
                {projectsRetired.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={NEW}>{t('headingNew')}</option>
          </LazySelect>
        </div>
      )}
    </div>
  );
}

/** The list in two, each in its order: the headings in use, then the retired ones. */
function apart<T>(list: readonly T[], retired: (entry: T) => boolean): [T[], T[]] {
  const inUse: T[] = [];
  const out: T[] = [];
  for (const entry of list) (retired(entry) ? out : inUse).push(entry);
  return [inUse, out];
}
