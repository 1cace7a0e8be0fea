import { describe, expect, it } from 'vitest';
import { readFileNameNumber, readTitleNumber, slashedDay } from '../../../../src/core/issue/issue-number.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { issueKeyOf, type IssueId } from '../../../../src/core/model/issue-key.ts';
import { fileNamePatternOf, fileNamePatternOfIssues, periodOf, readTitleRange, titlePatternOf, titlePatternOfFileName } from '../../../../src/core/issue/issue-title.ts';
import { publishedFromFileName, readDateField } from '../../../../src/core/issue/publication-date.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';

describe('issue numbers in titles', () => {
  it.each([
    ['OpenStack社区动态第十七期(0701-0720)', 17, null],
    ['OpenStack社区动态第一百零三期(03.01-03.20)', 103, null],
    ['科技爱好者周刊（第 407 期）：国家为什么需要开源软件？', 407, null],
    ['每周分享第 1 期', 1, null],
    ['This Week In React #294: React Compiler, TanStack', 294, null],
    ['This Week in Rust 665', 665, null],
    ['Issue 20', 20, null],
    ['Issue 0', 0, null],
    ['R Weekly 2017 Issue 17', 17, 2017],
    ['R Weekly 2018-1 New Year, Android, R4DS', 1, 2018],
    ['R Weekly 2024-W43 tidyHeatmap, test titles, reshape', 43, 2024],
    ['第 12 期', 12, null],
    // A count before 期 without 第, and the day after it is the issue's day, not its number.
    ['Rust 官方周报 398 期（2021-07-07）', 398, null],
    ['前端周刊 12期', 12, null],
    ['제12호 뉴스레터', 12, null],
    ['Выпуск 12: новости', 12, null],
    ['Edição 12 – novidades', 12, null],
    ['Nummer 12 – Neues', 12, null],
    ['Newsletter n°12 : actus', 12, null],
    ['Vol. 3, No. 12', 12, null],
    ['Vol. 3', 3, null],
    ['[23] Weekly links', 23, null],
    ['第23周', 23, null],
  ])('reads %j', (title, number, year) => {
    expect(readTitleNumber(title)).toMatchObject({ number, year });
  });

  it.each([
    ['Newsletter — Week 23, 2024', 'Newsletter — Week {number}, {year}'],
    ['Week 23 of 2024', 'Week {number} of {year}'],
    ['2024, week 23: the news', '{year}, week {number}: the news'],
    ['2024年第23周周报', '{year}年第{number}周周报'],
    ['Weekly 2024 第 05 周', 'Weekly {year} 第 {number:2} 周'],
    // A week in other languages: Kalenderwoche, semana, with a slash or a word before the year.
    ['Wochenrückblick KW 23/2024', 'Wochenrückblick KW {number}/{year}'],
    ['Resumen: semana 23 de 2024', 'Resumen: semana {number} de {year}'],
    ['2024/KW 23', '{year}/KW {number}'],
  ])('reads %j as a week of its year, and writes the next the same way', (title, pattern) => {
    expect(readTitleNumber(title)).toMatchObject({ week: true, year: 2024, number: title.includes('05') ? 5 : 23 });
    // Two issues' titles alike after the number: nothing after it is a subtitle.
    expect(titlePatternOf([title, title])).toBe(pattern);
  });

  it('refuses numbers it could not write back exactly', () => {
    expect(readTitleNumber('第99999999999999999999999期')).toEqual({ tooLarge: '99999999999999999999999' });
    expect(readTitleNumber('Issue #9007199254740993')).toEqual({ tooLarge: '9007199254740993' });
    expect(readTitleNumber('第零一期')).toBeUndefined();
    expect(readTitleNumber('A blog post')).toBeUndefined();
    // A date is no number: it names the issue by its day.
    expect(readTitleNumber('Events of 2024-10-21')).not.toHaveProperty('tooLarge');
    expect(readTitleNumber('Events of 2024-13-21')).toBeUndefined();
  });

  it('reads the day an issue is named by where its title states no number, and how the day is written', () => {
    const day = readTitleNumber('This Week in Matrix 2024-05-10');
    expect(day).toMatchObject({ dated: true, year: 2024, dateFormat: 'YYYY-MM-DD' });
    expect(issueKeyOf(day as IssueId)).toBe('2024-05-10');
    expect(readTitleNumber('Links for 2024.5.9')).toMatchObject({ dated: true, dateFormat: 'YYYY.M.D' });
    expect(issueKeyOf(readTitleNumber('Links for 2024.5.9') as IssueId)).toBe('2024-05-09');
    // A number still wins: the date is then the issue's, not its name.
    expect(readTitleNumber('Weekly #12 (2024-05-10)')).toMatchObject({ number: 12, year: null });
    expect(readTitleNumber('Weekly #12 (2024-05-10)')).not.toHaveProperty('dated');
    expect(titlePatternOf(['This Week in Matrix 2024-05-10', 'This Week in Matrix 2024-05-03'])).toBe('This Week in Matrix {published:YYYY-MM-DD}');
    // A numbered issue's day beside its number is the next one's day, not a subtitle.
    expect(titlePatternOf(['Issue #12 — Jan 5, 2025', 'Issue #11 — Dec 29, 2024'])).toBe('Issue #{number} — {published:MMM D, YYYY}');
    expect(titlePatternOf(['Weekly #12 (2024-05-10)', 'Weekly #11 (2024-05-03)'])).toBe('Weekly #{number} ({published:YYYY-MM-DD})');
    expect(titlePatternOf(['第 12 期 · 2024年5月3日：开源', '第 11 期 · 2024年4月26日：工具'])).toBe('第 {number} 期 · {published:YYYY年M月D日}：{subtitle}');
  });

  it('reads a day with slashes month first or day first where a figure says which, else by the issue’s own day', () => {
    expect(readTitleNumber('Weekly Links 11/14/2026')).toMatchObject({ dated: true, dateFormat: 'MM/DD/YYYY' });
    expect(issueKeyOf(readTitleNumber('Weekly Links 11/14/2026') as IssueId)).toBe('2026-11-14');
    expect(issueKeyOf(readTitleNumber('Weekly Links 14/11/2026') as IssueId)).toBe('2026-11-14');
    expect(readTitleNumber('Weekly Links 14/11/2026')).toMatchObject({ dateFormat: 'DD/MM/YYYY' });
    // Either way: read only beside the issue's own day, as the reading within a week of it.
    expect(slashedDay('Weekly Links 11/7/2026')).toBeUndefined();
    expect(slashedDay('Weekly Links 11/7/2026', '2026-11-07')).toMatchObject({ dateFormat: 'MM/D/YYYY' });
    expect(slashedDay('Weekly Links 7/11/2026', '2026-11-08')).toMatchObject({ dateFormat: 'D/MM/YYYY' });
    expect(slashedDay('Weekly Links 7/11/2026', '2026-03-01')).toBeUndefined();
  });

  it('keeps a bare number beside the title’s day the issue’s, where its metadata or file name gives it too', () => {
    // Month first, the days padded as the title that tells pads them (the 7th; the 14th tells nothing).
    expect(titlePatternOf(['Kite Notes 12 (11/14/2026)', 'Kite Notes 11 (11/7/2026)'], [12, 11], ['2026-11-14', '2026-11-07'])).toBe('Kite Notes {number} ({published:MM/D/YYYY})');
    expect(titlePatternOf(['Kite Notes 12 (Nov 14, 2026)', 'Kite Notes 11 (Nov 7, 2026)'], [12, 11], ['2026-11-14', '2026-11-07'])).toBe('Kite Notes {number} ({published:MMM D, YYYY})');
    // Beside a number the title names as one, a day that reads either way is read by the issue's day too.
    expect(titlePatternOf(['Issue #12 — 12/05/2026', 'Issue #11 — 11/28/2026'], [12, 11], ['2026-12-05', '2026-11-28'])).toBe('Issue #{number} — {published:MM/DD/YYYY}');
    const parsed = parseIssue('---\ntitle: Kite Notes 12 (Nov 14, 2026)\n---\n\n## News\n\n- [A](https://a.example) — b\n', { fileName: 'notes-12.md' });
    expect(parsed.ok && parsed.value.issue.key).toBe('12');
  });

  it('reads a day a title names without its year beside the day the issue came out, and never where the words only look like one', () => {
    expect(titlePatternOf(['The Kite Letter, Issue 12 (Nov 15)', 'The Kite Letter, Issue 11 (Nov 8)'], [12, 11], ['2026-11-15', '2026-11-08'])).toBe('The Kite Letter, Issue {number} ({published:MMM D})');
    expect(titlePatternOf(['Kite Weekly #12: 15th November', 'Kite Weekly #11: 8th November'], [12, 11], ['2026-11-15', '2026-11-08'])).toBe('Kite Weekly #{number}: {published:Do MMMM}');
    expect(titlePatternOf(['Issue 12 (Jan 2)', 'Issue 11 (Dec 26)'], [12, 11], ['2027-01-02', '2026-12-26'])).toBe('Issue {number} ({published:MMM D})');
    expect(titlePatternOf(['Issue 12 — week of Nov 9', 'Issue 11 — week of Nov 2'], [12, 11], ['2026-11-15', '2026-11-08'])).toBe('Issue {number} — week of {published-6:MMM D}');
    expect(titlePatternOf(['Top 5 March Madness Tips #12', 'Top 5 March Madness Tips #11'], [12, 11], ['2026-11-15', '2026-11-08'])).toBe('Top 5 March Madness Tips #{number}');
    // With no number at all, its weekday beside it: the day's, the next title names its own.
    const daily = titlePatternOf(['Kite Daily – Sunday, December 6', 'Kite Daily – Sunday, November 29'], [], ['2026-12-06', '2026-11-29']);
    expect(daily).toBe('Kite Daily – {published:dddd, MMMM D}');
    expect(formatPattern(daily as string, { published: '2026-12-14' })).toBe('Kite Daily – Monday, December 14');
    // A month and a figure a week from the day it came out are no day of its own either.
    expect(titlePatternOf(['Top 5 March Madness Tips', 'Top 5 March Madness Tips'], [], ['2026-11-15', '2026-11-08'])).toBe('Top 5 March Madness Tips');
  });

  it('reads a month and day in figures with no year by which order is within a week of the day the issue came out', () => {
    const us = titlePatternOf(['Kite Weekly 12/6', 'Kite Weekly 11/29'], [], ['2026-12-06', '2026-11-29']);
    expect(us).toBe('Kite Weekly {published:M/D}');
    expect(formatPattern(us as string, { published: '2027-01-03' })).toBe('Kite Weekly 1/3');
    expect(titlePatternOf(['Kite Weekly (06/12)', 'Kite Weekly (29/11)'], [], ['2026-12-06', '2026-11-29'])).toBe('Kite Weekly ({published:DD/MM})');
    expect(titlePatternOf(['Kite Weekly #12 (12/6)', 'Kite Weekly #11 (11/29)'], [12, 11], ['2026-12-06', '2026-11-29'])).toBe('Kite Weekly #{number} ({published:M/D})');
    // Figures far from that day, or read the same either way round on different days, are no day.
    expect(titlePatternOf(['Part 1/2: kites', 'Part 2/2: kites'], [], ['2026-03-02', '2026-04-02'])).toBe('Part {subtitle}: kites');
    expect(titlePatternOf(['Kite Weekly 12/12', 'Kite Weekly 12/5'], [], ['2026-12-12', '2026-12-05'])).toBe('Kite Weekly {published:M/D}');
  });

  it('reads a day written day first with `of` (`6th of December 2026`) and writes the next so', () => {
    expect(readTitleNumber('Kite Daily – 6th of December 2026')).toMatchObject({ dateFormat: 'Do [of] MMMM YYYY' });
    const pattern = titlePatternOf(['Kite Daily – 6th of December 2026', 'Kite Daily – 29th of November 2026'], [], ['2026-12-06', '2026-11-29']);
    expect(formatPattern(pattern as string, { published: '2026-12-22' })).toBe('Kite Daily – 22nd of December 2026');
  });

  it('reads a number within its year written before it (`Ausgabe 12/2026`), not a week’s nor a day’s', () => {
    expect(readTitleNumber('Drachenbrief – Ausgabe 12/2026')).toMatchObject({ number: 12, year: 2026, week: false });
    expect(readTitleNumber('KW 49/2026')).toMatchObject({ number: 49, year: 2026, week: true });
    // (A day's last figures are no number within its year: a day that reads either way is none at all.)
    expect(readTitleNumber('Weekly Links 11/12/2026')).toBeUndefined();
    expect(titlePatternOf(['Ausgabe 12/2026', 'Ausgabe 11/2026'], [12, 11])).toBe('Ausgabe {number}/{year}');
  });

  it('never opens a subtitle inside brackets the titles close', () => {
    // No day to read (no day the issues came out): the brackets and their words are the subtitle, whole.
    expect(titlePatternOf(['The Kite Letter, Issue 12 (Nov 15)', 'The Kite Letter, Issue 11 (Nov 8)', 'The Kite Letter, Issue 10 (Nov 1)'])).toBe('The Kite Letter, Issue {number} {subtitle}');
  });

  it('writes a span of days a title names in words as one token, ending as many days before the issue came out as it did; its digits are no issue number', () => {
    const published = ['2025-11-25', '2025-11-18'];
    expect(titlePatternOf(['Weekly #12 (Nov 18 – Nov 24, 2025)', 'Weekly #11 (Nov 11 – Nov 17, 2025)'], [], published)).toBe('Weekly #{number} ({span-6-1: – |MMM D, YYYY|M})');
    expect(titlePatternOf(['Weekly #12 (November 19 to 25, 2025)', 'Weekly #11 (November 12 to 18, 2025)'], [], published)).toBe('Weekly #{number} ({span-6: to |MMMM D, YYYY})');
    expect(titlePatternOf(['Weekly #12: Nov 18–24, 2025', 'Weekly #11: Nov 11–17, 2025'], [], published)).toBe('Weekly #{number}: {span-6-1:–|MMM D, YYYY}');
    expect(titlePatternOf(['Weekly #12: 17–23 November', 'Weekly #11: 10–16 November'], [], published)).toBe('Weekly #{number}: {span-6-2:–|D MMMM}');
    // Days padded with a zero, across months too.
    expect(titlePatternOf(['Weekly #12 (December 02 – 08, 2025)', 'Weekly #11 (November 25 – December 01, 2025)'], [], ['2025-12-09', '2025-12-02'])).toBe('Weekly #{number} ({span-6-1: – |MMMM DD, YYYY})');
    // Named by its week alone: no number in it.
    expect(titlePatternOf(['This Week in Foo: November 18 – 24', 'This Week in Foo: November 11 – 17'], [], published)).toBe('This Week in Foo: {span-6-1: – |MMMM D}');
    expect(titlePatternOf(['This Week in Foo: November 18 – 24'], [], ['2025-11-25'])).toBe('This Week in Foo: {span-6-1: – |MMMM D}');
    expect(readTitleNumber('This Week in Foo: November 18 – 24')).toBeUndefined();
    expect(readTitleNumber('This Week in Foo 24')).toMatchObject({ number: 24 });
    // Without the day it came out: the words the titles share, the rest each issue's own.
    expect(titlePatternOf(['This Week in Foo: November 18 – 24', 'This Week in Foo: November 11 – 17'])).toBe('This Week in Foo: {subtitle}');
  });

  it('writes a title\'s day as many days from the issue\'s publication as the titles were (a week named by its last day, out two days later)', () => {
    const titles = ['Week Ending December 20, 2025', 'Week Ending December 13, 2025'];
    const pattern = titlePatternOf(titles, [], ['2025-12-22', '2025-12-15']);
    expect(pattern).toBe('Week Ending {published-2:MMMM D, YYYY}');
    expect(formatPattern(pattern as string, { published: '2026-01-05' })).toBe('Week Ending January 3, 2026');
    // Beside a number, and after the day it came out.
    expect(titlePatternOf(['Issue #12 — Jan 5, 2025', 'Issue #11 — Dec 29, 2024'], [], ['2025-01-04', '2024-12-28'])).toBe('Issue #{number} — {published+1:MMM D, YYYY}');
    // The day it came out, or one too far from it to follow it: the day it comes out.
    expect(titlePatternOf(titles, [], ['2025-12-20', '2025-12-13'])).toBe('Week Ending {published:MMMM D, YYYY}');
    expect(titlePatternOf(titles, [], ['2026-03-01', '2026-02-22'])).toBe('Week Ending {published:MMMM D, YYYY}');
    // Titles whose days stand apart from their issues' by different counts: the newest's way.
    expect(titlePatternOf(titles, [], ['2025-12-22', '2025-12-16'])).toBe('Week Ending {published-2:MMMM D, YYYY}');
  });

  it.each([
    ['PostgreSQL Weekly News - May 1, 2022', '2022-05-01', 'MMMM D, YYYY', 'PostgreSQL Weekly News - {published:MMMM D, YYYY}'],
    ['PostgreSQL Weekly News - April 24, 2022', '2022-04-24', 'MMMM D, YYYY', 'PostgreSQL Weekly News - {published:MMMM D, YYYY}'],
    ['Links of May 03, 2022', '2022-05-03', 'MMMM DD, YYYY', 'Links of {published:MMMM DD, YYYY}'],
    ['Notes from 1 May 2022', '2022-05-01', 'D MMMM YYYY', 'Notes from {published:D MMMM YYYY}'],
    ['Links, Sep. 3 2023', '2023-09-03', 'MMM[.] D YYYY', 'Links, {published:MMM[.] D YYYY}'],
    ['Links, Sept. 3 2023', '2023-09-03', 'MMM. D YYYY', 'Links, {published:MMM. D YYYY}'],
    ['Links, Nov. 5 2023', '2023-11-05', 'MMM. D YYYY', 'Links, {published:MMM. D YYYY}'],
    ['周报 2024年5月10日', '2024-05-10', 'YYYY年M月DD日', '周报 {published:YYYY年M月DD日}'],
    // Day first, as most of Europe writes it, with dots or hyphens (never slashes: month first in the US).
    ['Wochenrückblick vom 05.12.2026', '2026-12-05', 'DD.MM.YYYY', 'Wochenrückblick vom {published:DD.MM.YYYY}'],
    ['Обзор за 5.1.2026', '2026-01-05', 'D.M.YYYY', 'Обзор за {published:D.M.YYYY}'],
    ['Nieuwsbrief 28-11-2026', '2026-11-28', 'DD-MM-YYYY', 'Nieuwsbrief {published:DD-MM-YYYY}'],
    ['프론트엔드 소식 2026년 12월 5일', '2026-12-05', 'YYYY년 MM월 D일', '프론트엔드 소식 {published:YYYY년 MM월 D일}'],
    // Months named in other languages, in the case and with the words the title writes.
    ['Wochenrückblick vom 5. Dezember 2026', '2026-12-05', 'D. MMMM YYYY@de', 'Wochenrückblick vom {published:D. MMMM YYYY@de}'],
    ['Boletín del 5 de diciembre de 2026', '2026-12-05', 'D [de] mmmm [de] YYYY@es', 'Boletín del {published:D [de] mmmm [de] YYYY@es}'],
    ['La lettre du 28 novembre 2026', '2026-11-28', 'DD mmmm YYYY@fr', 'La lettre du {published:DD mmmm YYYY@fr}'],
    ['Settimana del 28 novembre 2026', '2026-11-28', 'DD mmmm YYYY@it', 'Settimana del {published:DD mmmm YYYY@it}'],
    ['Nieuwsbrief van 5 november 2026', '2026-11-05', 'D mmmm YYYY@nl', 'Nieuwsbrief van {published:D mmmm YYYY@nl}'],
    ['Дайджест 5 декабря 2026 г.', '2026-12-05', 'D mmmm YYYY@ru', 'Дайджест {published:D mmmm YYYY@ru} г.'],
    ['Bülten 5 Aralık 2026', '2026-12-05', 'D MMMM YYYY@tr', 'Bülten {published:D MMMM YYYY@tr}'],
  ])('reads the day %j is named by, the year no issue number', (title, key, dateFormat, pattern) => {
    const day = readTitleNumber(title);
    expect(day).toMatchObject({ dated: true, dateFormat });
    expect(issueKeyOf(day as IssueId)).toBe(key);
    // Two issues' titles alike after the number: nothing after it is a subtitle.
    expect(titlePatternOf([title, title])).toBe(pattern);
  });

  it('keeps a number beside a named day the issue number, and a month with no day no date', () => {
    expect(readTitleNumber('Issue 12 - May 1, 2022')).toMatchObject({ number: 12, year: null });
    expect(readTitleNumber('Issue 12 - May 1, 2022')).not.toHaveProperty('dated');
    expect(readTitleNumber('Ausgabe 12 – 05.12.2026')).toMatchObject({ number: 12, year: null });
    // No day: one that is none (31.02), a version, a day written with slashes.
    for (const title of ['Weekly 31.02.2026', 'Release 1.5.12.2026', 'Weekly 12/05/2026']) expect(readTitleNumber(title)).toBeUndefined();
    // A month and its year name no issue: the year is no count either.
    expect(readTitleNumber('Roundup May 2022')).toBeUndefined();
    // A quarter's year, or its figure, is no issue number either.
    expect(readTitleNumber('Kite Quarterly — Q3 2026')).toBeUndefined();
    expect(readTitleNumber('Kite Quarterly 2026 Q3')).toBeUndefined();
    expect(readTitleNumber('Kite Quarterly 3')).toMatchObject({ number: 3 });
    expect(readTitleNumber('Wochenrückblick Dezember 2026')).toBeUndefined();
    expect(readTitleNumber('Cometas 12: marzo de 2024')).toBeUndefined();
    expect(readTitleNumber('Boletín n.º 12')).toMatchObject({ number: 12 });
    expect(readTitleNumber('Boletín núm. 12')).toMatchObject({ number: 12 });
    expect(readTitleNumber('Weekly 12 – May 2024')).toBeUndefined();
    expect(readTitleNumber('This Week in Rust 665')).toMatchObject({ number: 665 });
    expect(readTitleNumber('News - February 30, 2022')).toMatchObject({ number: 2022 });
    // An ordinal day names the issue too, written back with its ordinal; one misspelled names none.
    expect(readTitleNumber('Links, May 1st, 2022')).toMatchObject({ dated: true, dateFormat: 'MMMM Do, YYYY' });
    expect(readTitleNumber('Links, 22nd May 2022')).toMatchObject({ dated: true, dateFormat: 'Do MMMM YYYY' });
    for (const title of ['Links, May 1th, 2022', 'Links, May 01st, 2022']) expect(readTitleNumber(title)).not.toHaveProperty('dated');
    // The weekday beside the day is the day's, written anew; one that is not the day's stays a word.
    expect(readTitleNumber('Kite Letter, Saturday, November 14, 2026')).toMatchObject({ dated: true, dateFormat: 'dddd, MMMM D, YYYY', start: 13 });
    expect(readTitleNumber('周报 2026年11月14日 星期六')).toMatchObject({ dated: true, dateFormat: 'YYYY年MM月DD日 星期E' });
    expect(readTitleNumber('Wochenbrief vom Samstag, 14. November 2026')).toMatchObject({ dated: true, dateFormat: 'dddd, DD. MMMM YYYY@de' });
    expect(readTitleNumber('Kite Letter, Friday, November 14, 2026')).toMatchObject({ dated: true, dateFormat: 'MMMM D, YYYY' });
  });

  it.each([
    ['issue-538.markdown', { number: 538, year: null }],
    ['HelloWorld124.md', { number: 124, year: null }],
    ['294.mdx', { number: 294, year: null }],
    ['2024-10-21-2024-W43.md', { number: 43, year: 2024, week: true }],
    ['2016-10-10-20.md', { number: 20, year: null }],
    ['2026-08-19-this-week-in-rust.md', undefined],
    ['pgnews-2022-05-01.md', undefined],
    ['weekly-2022-05-01-12.md', { number: 12, year: null }],
    ['178-蜗牛蜗牛.md', { number: 178, year: null }],
    ['01-安吉黄昏.md', { number: 1, year: null }],
    ['2024-recap.md', undefined],
  ])('reads the number of the file %s', (name, id) => {
    const read = readFileNameNumber(name);
    if (id === undefined) expect(read).toBeUndefined();
    else expect(read).toMatchObject(id);
  });
});

describe('dates', () => {
  it('reads ranges in both styles and years them from the publication day', () => {
    const mmdd = readTitleRange('第十七期(0701-0720)')!;
    expect(mmdd.format).toBe('MMDD');
    expect(periodOf(mmdd, '2014-07-20')).toEqual({ start: '2014-07-01', end: '2014-07-20' });
    const dotted = readTitleRange('第六期(12.26-01.16)')!;
    expect(dotted.format).toBe('MM.DD');
    expect(periodOf(dotted, '2014-01-16')).toEqual({ start: '2013-12-26', end: '2014-01-16' });
  });

  it.each([
    ['2026-08-19', '2026-08-19'],
    ['2013-06-07 18:46', '2013-06-07'],
    ['2024-10-21T10:00:00Z', '2024-10-21'],
    ['08-19-2026', '2026-08-19'],
    ['19-08-2026', '2026-08-19'],
    ['2014/7/20', '2014-07-20'],
    ['2014年7月20日', '2014-07-20'],
    ['July 20, 2014', '2014-07-20'],
    ['20 Jul 2014', '2014-07-20'],
    ['July 20th, 2014 10:00', '2014-07-20'],
    ['Sept. 3 2023', '2023-09-03'],
    ['Sun, 20 Jul 2014 09:00:00 +0000', '2014-07-20'],
    ['Sunday, July 20, 2014', '2014-07-20'],
    ['Posted July 20, 2014', undefined],
    ['Sunny 20 Jul 2014', undefined],
    ['2014-02-30', undefined],
    ['soon', undefined],
  ])('reads the date field %j', (value, day) => {
    expect(readDateField(value)).toBe(day);
  });

  it('reads the day a file name gives, months and days of one digit too', () => {
    expect(publishedFromFileName('2014-07-20-openstack-activity-0701-0720.md')).toBe('2014-07-20');
    expect(publishedFromFileName('2018-1-1-2018-1.md')).toBe('2018-01-01');
    expect(publishedFromFileName('2014-13-20-x.md')).toBeUndefined();
    // After a word, too.
    expect(publishedFromFileName('pgnews-2022-05-01.md')).toBe('2022-05-01');
    expect(publishedFromFileName('release-120220501.md')).toBeUndefined();
  });
});

describe('patterns', () => {
  it('turns titles into the pattern the next one follows, with the subtitle apart', () => {
    expect(titlePatternOf(['OpenStack社区动态第十七期(0701-0720)', 'OpenStack社区动态第一期(11.17-11.22)'])).toBe('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})');
    expect(titlePatternOf(['Digest #5 (7.1-7.9)'])).toBe('Digest #{number} ({start:M.D}-{end:M.D})');
    expect(titlePatternOf(['This Week in Rust 665', 'This Week in Rust 664'])).toBe('This Week in Rust {number}');
    expect(titlePatternOf(['科技爱好者周刊（第 407 期）：国家为什么需要开源软件？', '科技爱好者周刊（第 406 期）：道可，道非，常道'])).toBe('科技爱好者周刊（第 {number} 期）：{subtitle}');
    expect(titlePatternOf(['This Week In React #294: React Compiler, TanStack', 'This Week In React #293: Next.js, TanStack'])).toBe('This Week In React #{number}: {subtitle}');
    expect(titlePatternOf(['R Weekly 2024-W43 tidyHeatmap, test titles', 'R Weekly 2024-W42 Nested Tests, ShinyChat'])).toBe('R Weekly {year}-W{number:2} {subtitle}');
    expect(titlePatternOf(['Issue 7: the news'])).toBe('Issue {number}: {subtitle}');
    expect(titlePatternOf(['Foo #3: one | Foo Weekly', 'Foo #2: two | Foo Weekly'])).toBe('Foo #{number}: {subtitle} | Foo Weekly');
  });

  it('turns a file name into its pattern', () => {
    expect(fileNamePatternOf('2014-07-20-openstack-activity-0701-0720.md', { key: '17', number: 17, year: null })).toBe('{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md');
    expect(fileNamePatternOf('issue-407.md', { key: '407', number: 407, year: null })).toBe('issue-{number}.md');
    // Leading zeros kept as wide: `042.md` is followed by `043.md`, not `43.md`.
    expect(fileNamePatternOf('042.md', { key: '42', number: 42, year: null })).toBe('{number:3}.md');
    expect(fileNamePatternOf('issue-0007.md', { key: '7', number: 7, year: null })).toBe('issue-{number:4}.md');
    expect(fileNamePatternOf('2024-05.md', { key: '2024-5', number: 5, year: 2024 })).toBe('{year}-{number:2}.md');
    expect(fileNamePatternOf('2024-10-21-2024-W43.md', { key: '2024-W43', number: 43, year: 2024 })).toBe('{published:YYYY-MM-DD}-{year}-W{number:2}.md');
    expect(fileNamePatternOf('2018-1-1-2018-1.md', { key: '2018-1', number: 1, year: 2018 })).toBe('{published:YYYY-M-D}-{year}-{number}.md');
    expect(fileNamePatternOf('294.mdx', { key: '294', number: 294, year: null })).toBe('{number}.mdx');
    expect(fileNamePatternOf('2026-08-19-this-week-in-rust.md', { key: '665', number: 665, year: null })).toBe('{published:YYYY-MM-DD}-this-week-in-rust.md');
    // Named by its day, wherever the day stands.
    expect(fileNamePatternOf('twim-2024-05-10.md', { key: '2024-05-10', number: 131, year: 2024 })).toBe('twim-{published:YYYY-MM-DD}.md');
    expect(fileNamePatternOf('2024-05-10-twim.md', { key: '2024-05-10', number: 131, year: 2024 })).toBe('{published:YYYY-MM-DD}-twim.md');
    // A day after a word, in a digest that counts its issues; a name with nothing that changes.
    expect(fileNamePatternOf('news-2024-12-30.md', { key: '2024-W52', number: 52, year: 2024 })).toBe('news-{published:YYYY-MM-DD}.md');
    expect(fileNamePatternOf('newsletter.md', { key: '12', number: 12, year: null })).toBe('{published:YYYY-MM-DD}-newsletter.md');
  });

  it('reads words of its own in the names of a digest’s newest issues, after their tokens, as their subtitle', () => {
    const issue = (fileName: string, number: number) => ({ key: String(number), number, year: null, fileName });
    expect(fileNamePatternOfIssues([issue('178-蜗牛蜗牛.md', 178), issue('177-五彩花海.md', 177)])).toBe('{number}-{subtitle}.md');
    expect(titlePatternOfFileName('{number}-{subtitle}.md')).toBe('{number} {subtitle}');
    // Names alike but for their tokens, or their extensions, have no words of their own.
    expect(fileNamePatternOfIssues([issue('issue-8.md', 8), issue('issue-7.md', 7)])).toBe('issue-{number}.md');
    expect(fileNamePatternOfIssues([issue('2024-05-10-twim.markdown', 8), issue('2024-05-03-twim.md', 7)])).toBe('{published:YYYY-MM-DD}-twim.markdown');
    expect(fileNamePatternOfIssues([issue('178-蜗牛蜗牛.md', 178)])).toBe('{number}-蜗牛蜗牛.md');
  });
});
