import { describe, expect, it } from 'vitest';
import { dueOf, isDormant, learnedCadenceDays, shouldRemind, reminderDue } from '../../../../src/core/schedule/due-date.ts';
import { corpusAvailable, corpusFiles } from '../../../helpers/corpus.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

const issues = (...days: string[]) => days.map((published) => ({ published }));

describe('the digest’s rhythm', () => {
  it('is the median gap between publications', () => {
    expect(learnedCadenceDays(issues('2014-01-01', '2014-01-15', '2014-01-22', '2014-02-12'))).toBe(14);
    expect(learnedCadenceDays(issues('2014-01-01', '2014-01-08', '2014-01-22', '2014-02-05'))).toBe(14);
    expect(learnedCadenceDays(issues('2014-01-01'))).toBeNull();
  });

  it.skipIf(!corpusAvailable)('is about two weeks for the corpus', () => {
    const parsed = corpusFiles().map((f) => {
      const r = parseIssue(f.text, { fileName: f.name });
      if (!r.ok) throw new Error();
      return r.value.issue;
    });
    expect(learnedCadenceDays(parsed)).toBeGreaterThanOrEqual(7);
    expect(learnedCadenceDays(parsed)).toBeLessThanOrEqual(21);
  });
});

describe('the due date', () => {
  const past = issues('2014-07-06', '2014-07-20');
  it.each([
    ['2014-08-01', 'later', 2],
    ['2014-08-02', 'soon', 1],
    ['2014-08-03', 'today', 0],
    ['2014-08-05', 'overdue', -2],
  ])('on %s is %s', (today, state, days) => {
    expect(dueOf(past, null, today)).toEqual({ date: '2014-08-03', state, days, cadence: 14 });
  });

  it('follows the editor’s cadence over the learned one', () => {
    expect(dueOf(past, 7, '2014-07-21').date).toBe('2014-07-27');
  });

  it('is unknown without a rhythm', () => {
    expect(dueOf(issues('2014-07-20'), null, '2014-07-21').state).toBe('none');
  });

  it('calls a digest silent for years resting, not overdue by thousands of days, and never reminds of it', () => {
    // 120 days, or six times the rhythm for a slow digest, after the last issue.
    expect(dueOf(past, null, '2014-11-17').state).toBe('overdue');
    const resting = dueOf(past, null, '2026-12-01');
    expect(resting).toEqual({ date: '2014-07-20', state: 'dormant', days: null, cadence: 14 });
    expect(shouldRemind(resting, null, '2026-12-01')).toBe(false);
    expect(dueOf(issues('2014-01-01', '2014-03-01'), null, '2014-10-01').state).toBe('overdue');
    expect(isDormant('2014-03-01', '2014-11-01', 59)).toBe(false);
    expect(isDormant('2014-03-01', '2015-03-01', 59)).toBe(true);
  });

  it('reminds once a day, when due or overdue, and never when turned off', () => {
    const due = reminderDue(past, { enabled: true, cadenceDays: null }, '2014-08-03');
    expect(shouldRemind(due, null, '2014-08-03')).toBe(true);
    expect(shouldRemind(due, '2014-08-03', '2014-08-03')).toBe(false);
    expect(shouldRemind(reminderDue(past, { enabled: false, cadenceDays: null }, '2014-08-03'), null, '2014-08-03')).toBe(false);
    expect(shouldRemind(reminderDue(past, { enabled: true, cadenceDays: null }, '2014-08-01'), null, '2014-08-01')).toBe(false);
  });
});
