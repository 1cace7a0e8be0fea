import { describe, expect, it } from 'vitest';
import { dayHeadingPattern } from '../../../../src/core/issue/day-heading.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';
import { dayHeadingsOf } from '../../../../src/core/template/day-headings.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { createBackup } from '../../../../src/core/backup/backup.ts';
import { parseBackup } from '../../../../src/core/backup/backup-schema.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/model/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';

describe('a heading that names a day of the issue', () => {
  const anchor = '2024-05-10';

  it('is read in the spellings digests use, the weekday before or after the day, the year written or not', () => {
    const cases: [string, string][] = [
      ['## Monday, May 6', '## {day:dddd, MMMM D}'],
      ['## Mon May 6', '## {day:ddd MMM D}'],
      ['## May 6, 2024', '## {day:MMMM D, YYYY}'],
      ['## 6 May', '## {day:D MMMM}'],
      ['### Sep 30', '### {day:MMM D}'],
      ['## 2024-05-06', '## {day:YYYY-MM-DD}'],
      ['## 5月6日 周一', '## {day:M月D日 周E}'],
      ['## 5月8日（星期三）', '## {day:M月D日（星期E）}'],
      ['## 5月6日（月）', '## {day:M月D日（J）}'],
      ['## 2024年5月6日', '## {day:YYYY年M月D日}'],
      ['## 📅 Friday, May 10 — the last day', '## 📅 {day:dddd, MMMM D} — the last day'],
      ['## May 11', '## {day:MMMM D}'],
      ['## Monday, May 6th', '## {day:dddd, MMMM Do}'],
      ['## 6th May 2024', '## {day:Do MMMM YYYY}'],
      // A month German and Dutch spell as English does is English where nothing says otherwise.
      ['## 6 April', '## {day:D MMMM}'],
    ];
    for (const [line, pattern] of cases) {
      const read = dayHeadingPattern(line, line.includes('Sep') ? '2024-10-02' : line.includes('April') ? '2024-04-08' : anchor);
      expect(read, line).toBe(pattern);
      // Written back for that day, it is the heading again.
      const day = line.includes('April') ? '2024-04-06' : line.includes('Sep') ? '2024-09-30' : line.includes('10') ? '2024-05-10' : line.includes('11') ? '2024-05-11' : line.includes('8') ? '2024-05-08' : '2024-05-06';
      expect(formatPattern(read as string, { day }), line).toBe(line);
    }
  });

  it('is read with the month named in another language, its weekday in that language too, as the heading sets its capitals', () => {
    const cases: [string, string, string][] = [
      ['## Montag, 30. November', '## {day:dddd, D. MMMM@de}', '2026-11-30'],
      ['### Lundi 30 novembre', '### {day:Dddd D mmmm@fr}', '2026-11-30'],
      ['## jueves, 3 de diciembre', '## {day:dddd, D [de] mmmm@es}', '2026-12-03'],
      ['## Jueves, 3 de diciembre', '## {day:Dddd, D [de] mmmm@es}', '2026-12-03'],
      ['## 5. Dezember 2026', '## {day:D. MMMM YYYY@de}', '2026-12-05'],
      ['## 1 декабря', '## {day:D mmmm@ru}', '2026-12-01'],
    ];
    for (const [line, pattern, day] of cases) {
      const read = dayHeadingPattern(line, '2026-12-06');
      expect(read, line).toBe(pattern);
      expect(formatPattern(read as string, { day }), line).toBe(line);
    }
    expect(formatPattern('## {day:Dddd D mmmm@fr}', { day: '2027-01-01' })).toBe('## Vendredi 1 janvier');
  });

  it('is not read where no day of the issue’s span is named', () => {
    for (const line of ['## News', '## Rust 1.78', '## Top 10', '## May 30', '## 2024-04-01', '## Week 19', '## {day} May 6', '## 12/25']) {
      expect(dayHeadingPattern(line, anchor), line).toBeUndefined();
    }
  });

  it('makes an issue a day-headed one only where most of its headings, two at least, name days', () => {
    const issue = (headings: string[]) => {
      const r = parseIssue(`# Links 12\n\n${headings.map((h, i) => `${h}\n\n- [E${i}](https://example.org/${i})`).join('\n\n')}\n`, { fileName: '2024-05-10-links-12.md' });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return dayHeadingsOf(r.value.issue);
    };
    expect(issue(['## Monday, May 6', '## Wednesday, May 8', '## Tools'])).toEqual({ pattern: '## {day:dddd, MMMM D}', sections: new Set(['Monday, May 6', 'Wednesday, May 8']) });
    expect(issue(['## Monday, May 6', '## News', '## Tools'])).toBeUndefined();
    expect(issue(['## News', '## Tools'])).toBeUndefined();
  });

  it('is learned as the digest’s day heading, no day a section, and kept in a backup', () => {
    const r = parseIssue('# Links 12\n\n## Monday, May 6\n\n- [A](https://example.org/a)\n\n## Friday, May 10\n\n- [B](https://example.org/b)\n', { fileName: '2024-05-10-links-12.md' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const template = learnTemplate(DEFAULT_TEMPLATE, [r.value]);
    expect([template.dayHeading, template.sections.map((s) => s.name)]).toEqual(['## {day:dddd, MMMM D}', []]);
    const backup = structuredClone(createBackup({ settings: DEFAULT_SETTINGS, template, issues: [], items: [] }, new Date('2024-06-03T00:00:00Z')));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
  });
});
