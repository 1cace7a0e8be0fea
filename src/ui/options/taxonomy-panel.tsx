import { useState } from 'preact/hooks';
import type { TaxonomyChange } from '../../core/template/taxonomy-edit.ts';
import type { GroupKey } from '../../core/model/item.ts';
import { dressesOwn, type HeadingForm, type ItemGrammar, type SectionDef } from '../../core/model/template.ts';
import { GRAMMAR_TEXT } from './grammar-text.ts';
import { isRetired, retiredShown, type RetiredHeadings } from '../../core/suggestion/retired-headings.ts';
import { useT } from '../translate-context.ts';
import { useFormatList } from '../list-context.ts';

interface TaxonomyPanelProps {
  sections: readonly SectionDef[];
  /** How a heading's new entries are written: the digest's grammar, or one of its own. */
  writtenAs: (heading: HeadingForm) => ItemGrammar;
  /** A new entry as the heading writes it, where unlike the digest's other entries; else undefined. */
  sampleOf: (group: GroupKey) => string | undefined;
  /** Headings the digest stopped using: marked, for the editor to hide or keep. */
  retired?: RetiredHeadings | undefined;
  busy: boolean;
  error: string | undefined;
  onChange: (change: TaxonomyChange) => void;
}

/** A name that commits on Enter or when the field is left; Escape puts it back. */
function NameField({ label, value, onCommit }: { label: string; value: string; onCommit: (name: string) => void }) {
  const [text, setText] = useState(value);
  const commit = (): void => {
    if (text.trim() !== value) onCommit(text);
  };
  return (
    <input
      aria-label={label}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setText(value);
        }
      }}
    />
  );
}

function AddField({ label, button, onAdd }: { label: string; button: string; onAdd: (name: string) => void }) {
  const [text, setText] = useState('');
  const add = (): void => {
    if (text.trim() === '') return;
    onAdd(text);
    setText('');
  };
  return (
    <div class="row add-row">
      <input aria-label={label} placeholder={label} value={text} onInput={(e) => setText(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
      <button type="button" class="secondary small" onClick={add}>
        {button}
      </button>
    </div>
  );
}

/** How the heading's new entries are written. */
function WrittenAsSelect({ name, value, busy, onWrite }: { name: string; value: ItemGrammar; busy: boolean; onWrite: (grammar: ItemGrammar) => void }) {
  const t = useT();
  return (
    <select class="written-as" aria-label={`${t('fieldWrittenAs')}: ${name}`} title={t('fieldWrittenAs')} disabled={busy} value={value} onChange={(e) => onWrite(e.currentTarget.value as ItemGrammar)}>
      {(Object.keys(GRAMMAR_TEXT) as ItemGrammar[]).map((g) => (
        <option key={g} value={g}>
          {t(GRAMMAR_TEXT[g])}
        </option>
      ))}
    </select>
  );
}

/** Whether a new issue writes the heading though nothing is queued under it. */
function EveryIssueBox({ name, checked, busy, onToggle }: { name: string; checked: boolean; busy: boolean; onToggle: (every: boolean) => void }) {
  const t = useT();
  return (
    <label class="every-issue" title={t('fieldEveryIssueHint')}>
      <input type="checkbox" aria-label={`${t('fieldEveryIssue')}: ${name}`} checked={checked} disabled={busy} onChange={(e) => onToggle(e.currentTarget.checked)} />
      {t('fieldEveryIssue')}
    </label>
  );
}

/**
 * How the heading writes a new entry, where unlike the digest's others, so a way learned from its
 * issues is seen; where it was learned (a phrase, a credit, a byline), it can be forgotten.
 */
function FormSample({ name, sample, learned, busy, onForget }: { name: string; sample: string | undefined; learned: boolean; busy: boolean; onForget: () => void }) {
  const t = useT();
  if (sample === undefined) return null;
  return (
    <div class="form-sample">
      <span class="hint">{t('headingSampleLabel')}</span>
      <pre aria-label={`${t('headingSampleLabel')} ${name}`}>{sample}</pre>
      {learned ? (
        <button type="button" class="secondary small" disabled={busy} title={t('buttonPlainFormHint')} onClick={onForget}>
          {t('buttonPlainForm')}
        </button>
      ) : null}
    </div>
  );
}

export function TaxonomyPanel({ sections, writtenAs, sampleOf, retired, busy, error, onChange }: TaxonomyPanelProps) {
  const t = useT();
  const formatList = useFormatList();
  const hideable = retired ? retiredShown(sections, retired) : [];
  return (
    <div class="taxonomy">
      <p>{t('taxonomyIntro')}</p>
      {hideable.length > 0 ? (
        <p class="row">
          <button type="button" class="secondary small" disabled={busy} onClick={() => onChange({ kind: 'hide', headings: hideable })}>
            {t('buttonHideRetired', String(hideable.length))}
          </button>
        </p>
      ) : null}
      {error ? (
        <div class="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <ol class="sections">
        {sections.map((section, si) => {
          const sectionName = section.name ?? t('sectionNone');
          return (
            <li key={`${section.name}-${si}`} class={`section-row${section.hidden ? ' is-hidden' : ''}`} aria-label={sectionName}>
              <div class="row">
                {section.name === null ? (
                  <strong class="grow">{sectionName}</strong>
                ) : (
                  <NameField key={section.name} label={t('fieldSectionName')} value={section.name} onCommit={(to) => onChange({ kind: 'rename-section', from: section.name, to })} />
                )}
                <button type="button" class="icon" disabled={busy || si === 0} aria-label={`${t('buttonMoveUp')}: ${sectionName}`} onClick={() => onChange({ kind: 'move-section', name: section.name, delta: -1 })}>
                  ↑
                </button>
                <button
                  type="button"
                  class="icon"
                  disabled={busy || si === sections.length - 1}
                  aria-label={`${t('buttonMoveDown')}: ${sectionName}`}
                  onClick={() => onChange({ kind: 'move-section', name: section.name, delta: 1 })}
                >
                  ↓
                </button>
                <WrittenAsSelect name={sectionName} value={writtenAs(section)} busy={busy} onWrite={(grammar) => onChange({ kind: 'write-as', section: section.name, grammar })} />
                {section.name === null ? null : (
                  <EveryIssueBox name={sectionName} checked={section.everyIssue === true} busy={busy} onToggle={(every) => onChange({ kind: 'every-issue', section: section.name, project: null, every })} />
                )}
                <button type="button" class="secondary small" disabled={busy} onClick={() => onChange({ kind: 'toggle-section', name: section.name })}>
                  {section.hidden ? t('buttonShow') : t('buttonHide')}
                </button>
                {/* After the buttons, so they stand in one column whatever a heading is marked. */}
                {section.hidden ? <span class="tag">{t('hiddenLabel')}</span> : null}
                {retired && isRetired(retired, { section: section.name, project: null }) ? <span class="tag">{t('headingsRetired')}</span> : null}
              </div>
              <FormSample
                name={sectionName}
                sample={sampleOf({ section: section.name, project: null })}
                learned={dressesOwn(section)}
                busy={busy}
                onForget={() => onChange({ kind: 'plain-form', section: section.name, project: null })}
              />
              <ol class="projects">
                {section.projects.map((project, pi) => (
                  <li key={project.name} class={`project-row${project.hidden ? ' is-hidden' : ''}`} aria-label={project.name}>
                    <div class="row">
                      <NameField
                        key={project.name}
                        label={t('fieldProjectName')}
                        value={project.name}
                        onCommit={(to) => onChange({ kind: 'rename-project', section: section.name, from: project.name, to })}
                      />
                      {project.aliases.length > 0 ? <span class="hint">{t('aliasesLabel', formatList(project.aliases))}</span> : null}
                      <button
                        type="button"
                        class="icon"
                        disabled={busy || pi === 0}
                        aria-label={`${t('buttonMoveUp')}: ${project.name}`}
                        onClick={() => onChange({ kind: 'move-project', section: section.name, name: project.name, delta: -1 })}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        class="icon"
                        disabled={busy || pi === section.projects.length - 1}
                        aria-label={`${t('buttonMoveDown')}: ${project.name}`}
                        onClick={() => onChange({ kind: 'move-project', section: section.name, name: project.name, delta: 1 })}
                      >
                        ↓
                      </button>
                      {/* Each heading writes its entries its own way: a subsection's news as paragraphs under a section of lists. */}
                      <WrittenAsSelect
                        name={project.name}
                        value={writtenAs(project)}
                        busy={busy}
                        onWrite={(grammar) => onChange({ kind: 'write-as', section: section.name, project: project.name, grammar })}
                      />
                      <EveryIssueBox
                        name={project.name}
                        checked={project.everyIssue === true}
                        busy={busy}
                        onToggle={(every) => onChange({ kind: 'every-issue', section: section.name, project: project.name, every })}
                      />
                      <button type="button" class="secondary small" disabled={busy} onClick={() => onChange({ kind: 'toggle-project', section: section.name, name: project.name })}>
                        {project.hidden ? t('buttonShow') : t('buttonHide')}
                      </button>
                      {project.hidden ? <span class="tag">{t('hiddenLabel')}</span> : null}
                      {retired && isRetired(retired, { section: section.name, project: project.name }) ? <span class="tag">{t('headingsRetired')}</span> : null}
                    </div>
                    <FormSample
                      name={project.name}
                      sample={sampleOf({ section: section.name, project: project.name })}
                      learned={dressesOwn(project)}
                      busy={busy}
                      onForget={() => onChange({ kind: 'plain-form', section: section.name, project: project.name })}
                    />
                  </li>
                ))}
              </ol>
              <AddField label={t('fieldNewProject', sectionName)} button={t('buttonAddProject', sectionName)} onAdd={(name) => onChange({ kind: 'add-project', section: section.name, name })} />
            </li>
          );
        })}
      </ol>
      <AddField label={t('fieldNewSection')} button={t('buttonAddSection')} onAdd={(name) => onChange({ kind: 'add-section', name })} />
    </div>
  );
}
