import { useState } from 'preact/hooks';
import type { SuggestionRuleDef } from '../../core/model/template.ts';
import { useT } from '../translate-context.ts';

interface RulesPanelProps {
  rules: readonly SuggestionRuleDef[];
  projects: readonly string[];
  busy: boolean;
  /** What the suggestion would be for a URL or title, with why. */
  tryOut: (text: string) => { name: string; why: string } | undefined;
  onChange: (rules: SuggestionRuleDef[]) => void;
}

export function RulesPanel({ rules, projects, busy, tryOut, onChange }: RulesPanelProps) {
  const t = useT();
  const [field, setField] = useState<SuggestionRuleDef['field']>('url');
  const [match, setMatch] = useState('');
  const [project, setProject] = useState(projects[0] ?? '');
  const [probe, setProbe] = useState('');
  const result = probe.trim() ? tryOut(probe.trim()) : undefined;
  return (
    <div>
      <p>{t('rulesIntro')}</p>
      {rules.length === 0 ? <p class="hint">{t('rulesEmpty')}</p> : null}
      <ul class="rules">
        {rules.map((rule, i) => (
          <li key={i} class="row">
            <span class="tag">{rule.field === 'url' ? t('ruleUrl') : t('ruleTitle')}</span>
            <code class="grow">{rule.match}</code>
            <span>→ {rule.project}</span>
            <button
              type="button"
              class="icon danger"
              disabled={busy}
              aria-label={t('buttonRemoveRule', rule.match)}
              title={t('buttonRemoveRule', rule.match)}
              onClick={() => onChange(rules.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <div class="field field-narrow">
          <label for="rule-field">{t('fieldRuleField')}</label>
          <select id="rule-field" value={field} onChange={(e) => setField(e.currentTarget.value as SuggestionRuleDef['field'])}>
            <option value="url">{t('ruleUrl')}</option>
            <option value="title">{t('ruleTitle')}</option>
          </select>
        </div>
        <div class="field">
          <label for="rule-match">{t('fieldRuleMatch')}</label>
          <input id="rule-match" value={match} onInput={(e) => setMatch(e.currentTarget.value)} />
        </div>
        <div class="field field-narrow">
          <label for="rule-project">{t('fieldRuleProject')}</label>
          <select id="rule-project" value={project} onChange={(e) => setProject(e.currentTarget.value)}>
            {projects.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="secondary"
          disabled={busy || match.trim() === '' || project === ''}
          onClick={() => {
            onChange([...rules, { field, match: match.trim(), project }]);
            setMatch('');
          }}
        >
          {t('buttonAddRule')}
        </button>
      </div>
      <div class="field">
        <label for="rule-probe">{t('fieldRuleTest')}</label>
        <input id="rule-probe" value={probe} onInput={(e) => setProbe(e.currentTarget.value)} />
        {probe.trim() ? <p class="hint" role="status">{result ? t('ruleTestResult', [result.name, result.why]) : t('ruleTestNothing')}</p> : null}
      </div>
    </div>
  );
}
