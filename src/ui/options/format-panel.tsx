import { useEffect, useMemo, useState } from 'preact/hooks';
import { patternNames } from '../../core/issue/pattern.ts';
import { standsWithoutKey } from '../../core/issue/front-matter.ts';
import { HEAD_KINDS, type HeadKind } from '../../core/model/issue.ts';
import { defaultMarker, type ItemGrammar, type ItemStyle, type Preset, type Template } from '../../core/model/template.ts';
import { TypedField } from './typed-field.tsx';
import { withPreset } from '../../core/template/presets.ts';
import { isHtmlEntryForm } from '../../core/template/html-entry-form.ts';
import { isAddressForm } from '../../core/template/address-form.ts';
import {
  DATE_RANGE_STYLES,
  dateRangeStyleOf,
  descriptionRuleOf,
  withDateRangeStyle,
  withDescriptionRule,
  withAfterPart,
  withEntryWay,
  type DateRangeStyle,
  type DescriptionRule,
} from '../../core/template/template-format.ts';
import { levelLabels } from '../level-labels.ts';
import { entryKindsIn } from '../../core/model/entry-kind.ts';
import { GRAMMAR_TEXT } from './grammar-text.ts';
import { useT } from '../translate-context.ts';
import { useFormatList } from '../list-context.ts';
import type { TextKey } from '../../core/contracts/text-keys.ts';
import { asksPicture } from '../../core/template/asks-picture.ts';
import { withPictures } from '../../core/template/with-pictures.ts';
import { readingTimeFits, withReadingTime } from '../../core/template/with-reading-time.ts';
import { asksReadingTime } from '../../core/template/asks-reading-time.ts';

const HEAD_TEXT: Readonly<Record<HeadKind, TextKey>> = { yaml: 'headYaml', toml: 'headToml', json: 'headJson', header: 'headHeader', heading: 'headHeading', properties: 'headProperties', none: 'headNone' };

interface FormatPanelProps {
  template: Template;
  busy: boolean;
  /** The open issue (or a sample) rendered with a template. */
  preview: (template: Template) => { markdown: string; sample: boolean };
  onSave: (template: Template) => void;
}

const KNOWN_NAMES = new Set(['title', 'number', 'year', 'subtitle', 'start', 'end', 'published', 'date', 'span']);
const GRAMMARS: readonly ItemGrammar[] = ['paragraph', 'bullet', 'numbered', 'heading'];
const LEVELS = [1, 2, 3, 4, 5, 6];
/** The entries' settings typed into a field of their own, taken away when it is emptied. */
type OptionalItemSetting = 'kinds' | 'htmlForm' | 'addressForm';

/** The digest's format: edited as a draft with a live preview, saved on request. */
export function FormatPanel({ template, busy, preview, onSave }: FormatPanelProps) {
  const t = useT();
  const formatList = useFormatList();
  const [draft, setDraft] = useState(template);
  // The kinds as typed, so a symbol half typed is not taken away; the draft holds those read.
  const kindsOf = (t: Template): string => (t.items.kinds ?? []).join(' ');
  const [kindsText, setKindsText] = useState(kindsOf(template));
  // The HTML form new entries are written in, where the digest's own entries showed one: as typed.
  const [formText, setFormText] = useState(template.items.htmlForm ?? '');
  // The redirect new entries' pages are linked through, where the digest's own were: as typed.
  const [addressText, setAddressText] = useState(template.items.addressForm ?? '');
  useEffect(() => {
    setDraft(template);
    setKindsText(kindsOf(template));
    setFormText(template.items.htmlForm ?? '');
    setAddressText(template.items.addressForm ?? '');
  }, [template]);
  const formShown = template.items.htmlForm !== undefined || draft.items.htmlForm !== undefined;
  const formBroken = draft.items.htmlForm !== undefined && !isHtmlEntryForm(draft.items.htmlForm);
  const addressShown = template.items.addressForm !== undefined || draft.items.addressForm !== undefined;
  const addressBroken = draft.items.addressForm !== undefined && !isAddressForm(draft.items.addressForm);
  const set = (patch: Partial<Template>): void => setDraft((d) => ({ ...d, ...patch }));
  // One of the entries' optional settings, or none where undefined (an emptied field).
  const setItems = <K extends OptionalItemSetting>(key: K, value: ItemStyle[K] | undefined): void =>
    setDraft((d) => {
      const { [key]: _old, ...rest } = d.items;
      // (Each of those settings is optional: the entries' settings without it are whole.)
      const items = rest as ItemStyle;
      return { ...d, items: value === undefined ? items : { ...items, [key]: value } };
    });
  // A fixed sentence not typed yet reads as an empty description; remember the choice meanwhile.
  const [fixedChosen, setFixedChosen] = useState(false);
  const stored = descriptionRuleOf(draft);
  const description = fixedChosen && stored.rule === 'empty' ? { rule: 'fixed' as const, text: '' } : stored;
  const unknown = [
    ...patternNames(draft.titlePattern),
    ...patternNames(draft.fileNamePattern),
    ...patternNames(draft.dateLeadIn),
    ...draft.frontMatter.flatMap((f) => patternNames(f.raw)),
  ].filter((n) => !KNOWN_NAMES.has(n));
  // Rendering the open issue costs as much as the queue is long: only when the draft changes.
  const shown = useMemo(() => preview(draft), [preview, draft]);
  const changed = JSON.stringify(draft) !== JSON.stringify(template);
  const levels = levelLabels({ labels: { section: null, project: null }, preset: draft.preset }, t);
  const metadata = draft.head !== 'heading' && draft.head !== 'none';
  const ranged = /\{(?:start|end)\b/.test(draft.titlePattern);
  return (
    <div class="format">
      <div class="format-fields">
        <div class="row">
          <div class="field">
            <label for="format-preset">{t('fieldPreset')}</label>
            <select
              id="format-preset"
              value={draft.preset ?? ''}
              onChange={(e) => {
                const next = withPreset(draft, (e.currentTarget.value || undefined) as Preset | undefined);
                setDraft(next);
                setKindsText(kindsOf(next));
              }}
            >
              <option value="">{t('presetNone')}</option>
              <option value="openstack">{t('presetOpenstack')}</option>
            </select>
          </div>
          <div class="field">
            <label for="format-head">{t('fieldHead')}</label>
            <select id="format-head" value={draft.head} onChange={(e) => set({ head: e.currentTarget.value as HeadKind })}>
              {HEAD_KINDS.map((h) => (
                <option key={h} value={h}>
                  {t(HEAD_TEXT[h])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="row">
          <div class="field">
            <label for="format-grammar">{t('fieldGrammar')}</label>
            <select
              id="format-grammar"
              value={draft.items.grammar}
              onChange={(e) => {
                const grammar = e.currentTarget.value as ItemGrammar;
                set({ items: withEntryWay(draft.items, { grammar, marker: defaultMarker(grammar) }) });
              }}
            >
              {GRAMMARS.map((g) => (
                <option key={g} value={g}>
                  {t(GRAMMAR_TEXT[g])}
                </option>
              ))}
            </select>
          </div>
          {draft.items.grammar !== 'paragraph' ? (
            <div class="field field-short">
              <label for="format-marker">{t('fieldMarker')}</label>
              <input id="format-marker" value={draft.items.marker} onInput={(e) => set({ items: withEntryWay(draft.items, { marker: e.currentTarget.value }) })} />
            </div>
          ) : null}
          {draft.items.grammar === 'bullet' ? (
            <div class="field field-short">
              <label for="format-separator">{t('fieldSeparator')}</label>
              <input id="format-separator" value={draft.items.separator} onInput={(e) => set({ items: withEntryWay(draft.items, { separator: e.currentTarget.value }) })} />
            </div>
          ) : null}
        </div>
        <TypedField
          id="format-kinds"
          label={t('fieldKinds')}
          hint={t('kindsHelp')}
          value={kindsText}
          onText={(text) => {
            setKindsText(text);
            const kinds = entryKindsIn(text);
            setItems('kinds', kinds.length > 0 ? kinds : undefined);
          }}
        />
        {formShown ? (
          <TypedField
            id="format-html-form"
            label={t('fieldHtmlForm')}
            hint={t('htmlFormHelp')}
            rows={6}
            value={formText}
            onText={(text) => {
              setFormText(text);
              setItems('htmlForm', text.trim() === '' ? undefined : text);
            }}
          />
        ) : null}
        {addressShown ? (
          <TypedField
            id="format-address-form"
            label={t('fieldAddressForm')}
            hint={t('addressFormHelp')}
            spellcheck={false}
            value={addressText}
            onText={(text) => {
              setAddressText(text);
              setItems('addressForm', text.trim() === '' ? undefined : text.trim());
            }}
          />
        ) : null}
        <div class="row">
          <div class="field">
            <label for="format-label-section">{t('fieldLabelSection')}</label>
            <input
              id="format-label-section"
              value={draft.labels.section ?? ''}
              placeholder={levels.section}
              onInput={(e) => set({ labels: { ...draft.labels, section: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value } })}
            />
          </div>
          <div class="field">
            <label for="format-label-project">{t('fieldLabelProject')}</label>
            <input
              id="format-label-project"
              value={draft.labels.project ?? ''}
              placeholder={levels.project}
              onInput={(e) => set({ labels: { ...draft.labels, project: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value } })}
            />
          </div>
        </div>
        <p class="hint">{t('patternHelp')}</p>
        <div class="field">
          <label for="format-title">{t('fieldTitlePattern')}</label>
          <input id="format-title" value={draft.titlePattern} onInput={(e) => set({ titlePattern: e.currentTarget.value })} />
        </div>
        <div class="row">
          {ranged ? (
          <div class="field">
            <label for="format-range">{t('fieldDateRangeStyle')}</label>
            <select
              id="format-range"
              value={dateRangeStyleOf(draft.titlePattern)}
              onChange={(e) => {
                const style = e.currentTarget.value as DateRangeStyle;
                set({ titlePattern: withDateRangeStyle(draft.titlePattern, style) });
              }}
            >
              {DATE_RANGE_STYLES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          ) : null}
          <div class="field">
            <label for="format-lead-in">{t('fieldDateLeadIn')}</label>
            <input id="format-lead-in" value={draft.dateLeadIn} onInput={(e) => set({ dateLeadIn: e.currentTarget.value })} />
          </div>
        </div>
        <div class="field">
          <label for="format-file">{t('fieldFileNamePattern')}</label>
          <input id="format-file" value={draft.fileNamePattern} onInput={(e) => set({ fileNamePattern: e.currentTarget.value })} />
        </div>
        {metadata ? (
          <>
        <div class="row">
          <div class="field">
            <label for="format-description">{t('fieldDescription')}</label>
            <select
              id="format-description"
              value={description.rule}
              onChange={(e) => {
                const rule = e.currentTarget.value as DescriptionRule;
                setFixedChosen(rule === 'fixed');
                setDraft(withDescriptionRule(draft, rule, description.text));
              }}
            >
              <option value="title">{t('descTitle')}</option>
              <option value="fixed">{t('descFixed')}</option>
              <option value="empty">{t('descEmpty')}</option>
              <option value="none">{t('descNone')}</option>
            </select>
          </div>
          {description.rule === 'fixed' ? (
            <div class="field">
              <label for="format-description-text">{t('fieldDescriptionText')}</label>
              <input
                id="format-description-text"
                value={description.text}
                onInput={(e) => setDraft(withDescriptionRule(draft, 'fixed', e.currentTarget.value))}
              />
            </div>
          ) : null}
        </div>
        <fieldset>
          <legend>{t('fieldFrontMatter')}</legend>
          {draft.frontMatter.map((field, i) => (
            <div class="row" key={i}>
              <input
                aria-label={t('fieldKey')}
                class="key"
                value={field.key}
                onInput={(e) => set({ frontMatter: draft.frontMatter.map((f, j) => (j === i ? { ...f, key: e.currentTarget.value } : f)) })}
              />
              <input
                aria-label={t('fieldValue')}
                value={field.raw.replace(/^ /, '')}
                onInput={(e) => set({ frontMatter: draft.frontMatter.map((f, j) => (j === i ? { ...f, raw: e.currentTarget.value === '' ? '' : ` ${e.currentTarget.value}` } : f)) })}
              />
              <button
                type="button"
                class="icon danger"
                aria-label={t('buttonRemoveField', field.key)}
                title={t('buttonRemoveField', field.key)}
                onClick={() => set({ frontMatter: draft.frontMatter.filter((_, j) => j !== i) })}
              >
                ✕
              </button>
            </div>
          ))}
          <button type="button" class="secondary small" onClick={() => set({ frontMatter: [...draft.frontMatter, { key: '', raw: '' }] })}>
            {t('buttonAddField')}
          </button>
        </fieldset>
          </>
        ) : null}
        <div class="row">
          <LevelField id="format-section-level" label={t('fieldSectionLevel')} value={draft.sectionLevel} onChange={(sectionLevel) => set({ sectionLevel })} />
          <LevelField id="format-project-level" label={t('fieldProjectLevel')} value={draft.projectLevel} onChange={(projectLevel) => set({ projectLevel })} />
          <div class="field">
            <label for="format-links">{t('fieldLinkStyle')}</label>
            <select id="format-links" value={draft.linkStyle} onChange={(e) => set({ linkStyle: e.currentTarget.value as Template['linkStyle'] })}>
              <option value="angle">{t('linkAngle')}</option>
              <option value="bare">{t('linkBare')}</option>
              <option value="titled">{t('linkTitled')}</option>
            </select>
          </div>
        </div>
        <ExplainedCheck id="format-pictures" checked={asksPicture(draft)} label={t('fieldPictures')} hint={t('picturesHelp')} onChange={(on) => setDraft((d) => withPictures(d, on))} />
        {readingTimeFits(draft.items) ? <ExplainedCheck id="format-reading-time" checked={asksReadingTime(draft)} label={t('fieldReadingTimes')} hint={t('readingTimesHelp')} onChange={(on) => setDraft((d) => withReadingTime(d, on))} /> : null}
        <div class="check">
          <input id="format-blank-after" type="checkbox" checked={draft.blankAfterHeading} onChange={(e) => set({ blankAfterHeading: e.currentTarget.checked })} />
          <label for="format-blank-after">{t('fieldBlankAfterHeading')}</label>
        </div>
        <div class="check">
          <input
            id="format-blank-between"
            type="checkbox"
            checked={draft.blankBetweenHeadings}
            onChange={(e) => set({ blankBetweenHeadings: e.currentTarget.checked })}
          />
          <label for="format-blank-between">{t('fieldBlankBetweenHeadings')}</label>
        </div>
        <div class="field">
          <label for="format-preamble">{t('fieldPreamble')}</label>
          <textarea id="format-preamble" rows={3} value={draft.preamble} aria-describedby="format-standing-hint" onInput={(e) => set({ preamble: e.currentTarget.value })} />
        </div>
        {/* The parts written after a section's place (This Week in Rust's `## Jobs`): those the
            saved format has, so a part emptied here keeps its field until the format is saved. */}
        {template.sections.map((section, i) =>
          section.after === undefined ? null : (
            <div class="field" key={`after-${i}`}>
              <label for={`format-after-${i}`}>{t('fieldAfterPart', section.name ?? t('sectionNone'))}</label>
              <textarea
                id={`format-after-${i}`}
                rows={3}
                value={draft.sections.find((s) => s.name === section.name)?.after ?? ''}
                onInput={(e) => setDraft((d) => withAfterPart(d, section.name, e.currentTarget.value))}
              />
            </div>
          ),
        )}
        <div class="field">
          <label for="format-closing">{t('fieldClosing')}</label>
          <textarea id="format-closing" rows={3} value={draft.closing ?? ''} aria-describedby="format-standing-hint" onInput={(e) => set({ closing: e.currentTarget.value })} />
          <p class="hint" id="format-standing-hint">
            {t('standingTextHint')}
          </p>
        </div>
        {unknown.length > 0 ? (
          <div class="notice notice-warning" role="status">
            {t('formatUnknownName', formatList(unknown))}
          </div>
        ) : null}
        {formBroken ? (
          <div class="notice notice-warning" role="status">
            {t('htmlFormNoUrl')}
          </div>
        ) : null}
        {addressBroken ? (
          <div class="notice notice-warning" role="status">
            {t('addressFormBroken')}
          </div>
        ) : null}
        <div class="actions">
          <button
            type="button"
            class="secondary"
            disabled={!changed}
            onClick={() => {
              setDraft(template);
              setKindsText(kindsOf(template));
              setFormText(template.items.htmlForm ?? '');
              setAddressText(template.items.addressForm ?? '');
            }}
          >
            {t('buttonRevert')}
          </button>
          <button type="button" class="primary" disabled={!changed || busy || formBroken || addressBroken || draft.frontMatter.some((f) => f.key.trim() === '' && (f.raw.trim() === '' || !standsWithoutKey(f.raw)))} onClick={() => onSave(draft)}>
            {t('buttonSaveFormat')}
          </button>
        </div>
      </div>
      <div class="format-preview">
        <label for="format-preview">{shown.sample ? t('formatPreviewSample') : t('formatPreview')}</label>
        <textarea id="format-preview" class="markdown" readOnly rows={24} value={shown.markdown} />
      </div>
    </div>
  );
}

function LevelField({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (level: number) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {'#'.repeat(l)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A format option with what it does said under it. */
function ExplainedCheck({ id, checked, label, hint, onChange }: { id: string; checked: boolean; label: string; hint: string; onChange: (on: boolean) => void }) {
  return (
    <>
      <div class="check">
        <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.currentTarget.checked)} />
        <label for={id}>{label}</label>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </>
  );
}
