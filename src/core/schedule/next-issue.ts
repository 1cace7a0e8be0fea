import { addDays, daysBetween, type IsoDate } from '../dates/calendar-date.ts';
import { rawFor } from '../issue/front-matter.ts';
import type { Issue, Period } from '../model/issue.ts';
import { formatPattern, type PatternValues } from '../issue/pattern.ts';
import type { Template } from '../model/template.ts';

/** What the editor may fix by hand about the open issue; anything absent is derived. */
export interface OpenIssueSettings {
  number?: number;
  start?: IsoDate;
  end?: IsoDate;
}

export interface IssuePlan {
  number: number;
  period: Period;
}

/**
 * The next issue: one past the newest published number, its period running from where the
 * newest issue ended to today. The editor's own choices win.
 */
export function planNextIssue(
  published: readonly Pick<Issue, 'number' | 'period' | 'published'>[],
  today: IsoDate,
  settings: OpenIssueSettings = {},
): IssuePlan {
  const newest = [...published].sort((a, b) => b.number - a.number)[0];
  const number = settings.number ?? (newest ? newest.number + 1 : 1);
  const start = settings.start ?? newest?.period?.end ?? newest?.published ?? addDays(today, -7);
  let end = settings.end ?? today;
  if (daysBetween(start, end) < 0) end = start;
  return { number, period: { start, end } };
}

export function patternValues(template: Template, plan: IssuePlan, published: IsoDate): PatternValues {
  const base: PatternValues = {
    number: plan.number,
    start: plan.period.start,
    end: plan.period.end,
    published,
  };
  return { ...base, title: formatPattern(template.titlePattern, base) };
}

/** A fresh issue in the template's format, ready to take the queued items. */
export function newIssue(template: Template, plan: IssuePlan, published: IsoDate): Issue {
  const values = patternValues(template, plan, published);
  return {
    number: plan.number,
    title: values.title as string,
    period: plan.period,
    published,
    fileName: formatPattern(template.fileNamePattern, values),
    frontMatter: template.frontMatter.map((f) => ({ key: f.key, raw: rawFor(formatPattern(f.value, values)) })),
    preamble: template.preamble,
    trailer: '',
    outline: [],
    blankAfterFrontMatter: true,
  };
}
