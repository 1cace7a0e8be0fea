import { describe, expect, it } from 'vitest';
import type { BackupProblem, BackupProblemCode } from '../../../../src/core/backup/backup-schema.ts';
import { BACKUP_PROBLEM_CODES } from '../../../../src/core/backup/backup-schema.ts';
import type { TextKey } from '../../../../src/core/contracts/text-keys.ts';
import { dueWording, failureWording, refusalWording, say, scheduleWording, suggestionReasonWording, type Wording } from '../../../../src/core/contracts/wording.ts';
import { issueProblemWording, backupProblemWording } from '../../../../src/core/contracts/problem-wording.ts';
import { ISSUE_PROBLEM_CODES, type IssueProblem, type IssueProblemCode } from '../../../../src/core/issue/issue-problem.ts';
import { FAILURE_CODES } from '../../../../src/core/model/failure.ts';
import { SUGGESTION_REASON_CODES, type SuggestionReason } from '../../../../src/core/suggestion/project-suggestion.ts';
import { URL_RULE_IDS } from '../../../../src/core/suggestion/suggestion-rules.ts';
import { URL_REFUSALS } from '../../../../src/core/url/capturable-url.ts';
import { loadMessages, translator } from '../../../helpers/translate.ts';
import type { Due } from '../../../../src/core/schedule/due-date.ts';

// One example of every code the core hands out. The `satisfies` makes a new code without an
// example a type error, so no code reaches the editor unworded.
const ISSUE_PROBLEMS = {
  'too-long': { code: 'too-long', line: 9001, chars: 1_200_000, max: 1_000_000 },
  empty: { code: 'empty', line: 1 },
  binary: { code: 'binary', line: 5 },
  'not-utf8': { code: 'not-utf8', line: 5 },
  'front-matter-line': { code: 'front-matter-line', line: 3, found: '{ oops' },
  'front-matter-unclosed': { code: 'front-matter-unclosed', line: 1 },
  'no-title': { code: 'no-title', line: 1 },
  'no-issue-number': { code: 'no-issue-number', line: 3, title: 'My notes' },
  'issue-number-too-large': { code: 'issue-number-too-large', line: 2, number: '99999999999999999999' },
} satisfies { [C in IssueProblemCode]: Extract<IssueProblem, { code: C }> };

const BACKUP_PROBLEMS = {
  'not-json': { code: 'not-json', path: '', line: 3, column: 14 },
  'not-object': { code: 'not-object', path: '' },
  'not-backup': { code: 'not-backup', path: 'format', found: '"package"' },
  'newer-version': { code: 'newer-version', path: 'version', version: 9, supported: 1 },
  'invalid-value': { code: 'invalid-value', path: 'items.3.links.0.url', expected: 'string', received: '7' },
  'unsafe-url': { code: 'unsafe-url', path: 'items.0.links.0.url', url: 'javascript:alert(1)' },
  'duplicate-issue': { code: 'duplicate-issue', path: 'issues.2.key', issue: '2024-W43' },
  'duplicate-item': { code: 'duplicate-item', path: 'items.1.id', id: 'i17-1' },
  'orphan-item': { code: 'orphan-item', path: 'items.0.issue', id: 'i99-1', issue: '99' },
} satisfies { [C in BackupProblemCode]: Extract<BackupProblem, { code: C }> };

const REASONS: SuggestionReason[] = [
  { code: 'own-rule', match: 'eccp.csdb.cn' },
  ...URL_RULE_IDS.map((rule) => ({ code: 'url-rule' as const, rule })),
  { code: 'subject-tag', tag: 'nova' },
  { code: 'name-in-title', name: 'Nova' },
  { code: 'name-in-address', name: 'Cinder' },
  { code: 'same-site', host: 'eccp.csdb.cn', heading: 'Ceilometer' },
  { code: 'learned', heading: 'Ceilometer' },
  { code: 'day-heading' },
];

const wordings: [string, Wording][] = [
  ...ISSUE_PROBLEM_CODES.map((c) => [`import problem ${c}`, issueProblemWording(ISSUE_PROBLEMS[c])] as [string, Wording]),
  ...BACKUP_PROBLEM_CODES.map((c) => [`backup problem ${c}`, backupProblemWording(BACKUP_PROBLEMS[c])] as [string, Wording]),
  ...REASONS.map((r) => [`suggestion reason ${r.code} ${JSON.stringify(r)}`, suggestionReasonWording(r)] as [string, Wording]),
  ...FAILURE_CODES.map((c) => [`failure ${c}`, failureWording(c, 'DataError: detail')] as [string, Wording]),
  ...URL_REFUSALS.map((r) => [`refused address ${r}`, refusalWording(r)] as [string, Wording]),
];

/** Three English words in a row: a sentence of ours left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{2,}[\s,.;:]+[A-Za-z]{2,}[\s,.;:]+[A-Za-z]{2,}/;

describe('every code is worded in every language', () => {
  it('covers each suggestion reason code', () => {
    expect(new Set(REASONS.map((r) => r.code))).toEqual(new Set(SUGGESTION_REASON_CODES));
  });

  it.each(wordings)('%s', (_what, wording) => {
    for (const locale of ['en', 'zh_CN']) {
      expect(loadMessages(locale)[wording.key as TextKey], `${wording.key} in ${locale}`).toBeDefined();
      const text = say(translator(locale), wording);
      expect(text.trim()).not.toBe('');
      // Every value the code carries is shown.
      for (const param of wording.params ?? []) if (param !== '' && param !== 'DataError: detail') expect(text).toContain(String(param));
      if (locale === 'zh_CN') {
        // What the editor's data says may be English; our own words around it may not.
        const ours = (wording.params ?? []).reduce<string>((rest, p) => rest.replaceAll(String(p), ' '), text);
        expect(ours).not.toMatch(ENGLISH_RUN);
      }
    }
  });
});

describe('the due date, as the header and the schedule say it', () => {
  const t = translator('en');
  const due = (state: Due['state'], date: string | null = '2014-08-03', days: number | null = 0): Due => ({ date, state, days, cadence: 14 });
  it.each<[Due, string | undefined, string]>([
    [due('later', '2014-08-03', 5), 'Due 2014-08-03', 'Issue 18 is due on 2014-08-03.'],
    [due('today'), 'Due today', 'Issue 18 is due today (2014-08-03).'],
    [due('overdue', '2014-08-03', -3), 'Overdue since 2014-08-03', 'Issue 18 was due on 2014-08-03: 3 days ago.'],
    [due('dormant', '2014-07-20', null), 'Quiet since 2014-07-20', 'No issue since 2014-07-20: the digest is resting. Issue 18 starts from the day you open it; no reminders until it is published.'],
    [due('none', null, null), undefined, 'Import or publish two issues, or set the days between issues, to know when the next one is due.'],
  ])('%j', (d, header, schedule) => {
    const short = dueWording(d);
    expect(short && say(t, short)).toBe(header);
    expect(say(t, scheduleWording(d, '18'))).toBe(schedule);
  });
});
