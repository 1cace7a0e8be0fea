import { describe, expect, it } from 'vitest';
import { formatDate, formatPattern, formatSpan, patternNames } from '../../../../src/core/issue/pattern.ts';
import { dateFieldPattern } from '../../../../src/core/issue/publication-date.ts';

describe('formatPattern', () => {
  const values = { number: 17, start: '2014-07-01', end: '2014-07-20', published: '2014-07-20' };

  it('abbreviates months with a dot as American styles do: May, June and July spelled out, Sept.', () => {
    const dotted = ['2026-01-05', '2026-03-02', '2026-05-04', '2026-06-01', '2026-07-06', '2026-09-07', '2026-12-07'].map((d) => formatDate(d, 'MMM. D'));
    expect(dotted).toEqual(['Jan. 5', 'Mar. 2', 'May 4', 'June 1', 'July 6', 'Sept. 7', 'Dec. 7']);
    // Three letters and a dot, as a digest writes them so, in brackets.
    expect(formatDate('2026-09-07', 'MMM[.] D')).toBe('Sep. 7');
  });

  it('counts a field down as the number counts up, or on at a distance from it', () => {
    expect(formatPattern('weight: {number:1000-}', values)).toBe('weight: 983');
    expect(formatPattern('id: {number:+100}', values)).toBe('id: 117');
    expect(formatPattern('{number:2}', { number: 7 })).toBe('07');
  });

  it('writes a span of days with what its days share once, where the day’s form puts it', () => {
    expect(formatSpan('2025-11-18', '2025-11-25', ' to ', 'MMMM D, YYYY')).toBe('November 18 to 25, 2025');
    expect(formatSpan('2025-11-25', '2025-12-02', ' to ', 'MMMM D, YYYY')).toBe('November 25 to December 2, 2025');
    expect(formatSpan('2025-12-29', '2026-01-05', ' to ', 'MMMM D, YYYY')).toBe('December 29, 2025 to January 5, 2026');
    expect(formatSpan('2025-11-18', '2025-11-25', '–', 'D MMMM YYYY')).toBe('18–25 November 2025');
    expect(formatSpan('2025-11-25', '2025-12-02', ' – ', 'D MMM YYYY')).toBe('25 Nov – 2 Dec 2025');
    expect(formatSpan('2025-12-29', '2026-01-05', ' - ', 'D MMMM YYYY')).toBe('29 December 2025 - 5 January 2026');
    expect(formatSpan('2025-11-25', '2025-11-25', ' to ', 'MMMM D, YYYY')).toBe('November 25, 2025');
    // As tokens: the period, or the days up to the day it comes out; kept as written with neither.
    expect(formatPattern('Week of {span: to |MMMM D, YYYY}', values)).toBe('Week of July 1 to 20, 2014');
    expect(formatPattern('Week of {span-7: to |MMMM D, YYYY}', values)).toBe('Week of July 13 to 20, 2014');
    expect(formatPattern('Week of {span-7: to |MMMM D, YYYY}', { number: 1 })).toBe('Week of {span-7: to |MMMM D, YYYY}');
  });

  it('writes a span ending some days before the day the issue comes out, and the month or the whole day on both days where asked to', () => {
    expect(formatSpan('2025-11-18', '2025-11-24', ' – ', 'MMM D, YYYY', 'M')).toBe('Nov 18 – Nov 24, 2025');
    expect(formatSpan('2025-11-25', '2025-12-01', ' – ', 'MMM D, YYYY', 'M')).toBe('Nov 25 – Dec 1, 2025');
    expect(formatSpan('2025-11-18', '2025-11-24', '–', 'D MMM', 'M')).toBe('18 Nov–24 Nov');
    expect(formatSpan('2017-02-06', '2017-02-13', ' - ', 'D MMM YYYY', 'Y')).toBe('6 Feb 2017 - 13 Feb 2017');
    expect(formatPattern('the week of {span-7: - |D MMM YYYY|Y}', { published: '2017-02-20' })).toBe('the week of 13 Feb 2017 - 20 Feb 2017');
    const published = { published: '2025-12-02' };
    expect(formatPattern('Weekly ({span-6-1: – |MMM D, YYYY|M})', published)).toBe('Weekly (Nov 25 – Dec 1, 2025)');
    expect(formatPattern('Weekly ({span-6-2: – |MMM D|M})', published)).toBe('Weekly (Nov 24 – Nov 30)');
    expect(formatPattern('Weekly ({span-6-2: – |MMMM D})', published)).toBe('Weekly (November 24 – 30)');
    expect(formatPattern('Weekly ({span-6+1: to |MMMM D})', published)).toBe('Weekly (November 27 to December 3)');
  });

  it('fills the title pattern with a Chinese numeral and an MMDD range', () => {
    expect(formatPattern('OpenStack社区动态第{number:zh}期({start:MMDD}-{end:MMDD})', values)).toBe(
      'OpenStack社区动态第十七期(0701-0720)',
    );
  });

  it('writes MM.DD ranges and plain numbers', () => {
    expect(formatPattern('第{number}期({start:MM.DD}-{end:MM.DD})', values)).toBe('第17期(07.01-07.20)');
  });

  it('fills the file name pattern', () => {
    expect(formatPattern('{published:YYYY-MM-DD}-openstack-activity-{start:MMDD}-{end:MMDD}.md', values)).toBe(
      '2014-07-20-openstack-activity-0701-0720.md',
    );
  });

  it('writes a subtitle as an address does, and drops an empty one with the separator before it', () => {
    expect(formatPattern('field-notes-{number}-{subtitle:slug}', { ...values, subtitle: 'Maps, Music & Más' })).toBe('field-notes-17-maps-music-mas');
    expect(formatPattern('field-notes-{number}-{subtitle:slug}', { ...values, subtitle: 'Tim’s “Best” Tools' })).toBe('field-notes-17-tims-best-tools');
    expect(formatPattern('{subtitle:slug}', { ...values, subtitle: '五彩花海' })).toBe('五彩花海');
    expect(formatPattern('field-notes-{number}-{subtitle:slug}', { ...values, subtitle: '' })).toBe('field-notes-17');
    expect(formatPattern('Field Notes #{number} / {subtitle}', { ...values, subtitle: '' })).toBe('Field Notes #17');
  });

  it('keeps names it does not know, so a typo shows', () => {
    expect(formatPattern('{nubmer}', values)).toBe('{nubmer}');
  });

  it('lists the names a pattern uses', () => {
    expect(patternNames('{a}-{b:MM}-{published+2:DD}')).toEqual(['a', 'b', 'published']);
    expect(patternNames('Week of {span-6-2: – |MMM D, YYYY|M} ({span-7: to |MMMM D})')).toEqual(['span', 'span']);
  });

  it('writes a day some days from a named day, across a month’s end; nothing for a value that is no day', () => {
    expect(formatPattern('{published+2:YYYY-MM-DD} / {end-20:MMDD}', { ...values, published: '2014-07-30' })).toBe('2014-08-01 / 0630');
    expect(formatPattern('{subtitle+1}', { ...values, subtitle: 'Kites' })).toBe('{subtitle+1}');
  });

  it('writes the numbers of the issues before and after, padded as asked', () => {
    expect(formatPattern('[« {number-1}](/issues/{number-1}/) · [{number+1} »](/issues/{number+1:3}/)', values)).toBe('[« 16](/issues/16/) · [18 »](/issues/018/)');
  });

  it('formats dates token by token', () => {
    expect(formatDate('2014-07-03', 'YYYY.M.D')).toBe('2014.7.3');
    expect(formatDate('2014-07-03', 'YY/MM/DD')).toBe('14/07/03');
    expect(formatDate('2014-07-03', 'YYYY年M月D')).toBe('2014年7月3');
    expect(formatDate('2022-05-01', 'MMMM D, YYYY')).toBe('May 1, 2022');
    expect(['01', '02', '03', '04', '11', '12', '13', '21', '22', '23', '31'].map((d) => formatDate(`2022-05-${d}`, 'Do'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st']);
    expect(formatDate('2022-05-01', 'dddd, MMMM Do, YYYY')).toBe('Sunday, May 1st, 2022');
    expect(formatDate('2026-11-14', 'YYYY年M月D日（J）')).toBe('2026年11月14日（土）');
    expect(formatDate('2023-09-03', 'D MMM YYYY')).toBe('3 Sep 2023');
    expect(formatDate('2022-05-01', 'D mmmm')).toBe('1 may');
    expect(formatDate('2019-11-30', 'mmm-D-YYYY')).toBe('nov-30-2019');
  });

  it('names months in the language a format ends in, words in brackets as they stand', () => {
    expect(formatDate('2027-01-02', 'D [de] mmmm [de] YYYY@es')).toBe('2 de enero de 2027');
    expect(formatDate('2026-03-05', 'D. MMMM YYYY@de')).toBe('5. März 2026');
    expect(formatDate('2026-12-05', 'D mmmm YYYY@ru')).toBe('5 декабря 2026');
    expect(formatDate('2026-12-05', 'D MMMM YYYY@fr')).toBe('5 Décembre 2026');
    // A code no table knows is no language: the format as written, English months.
    expect(formatDate('2026-12-05', 'D MMMM YYYY@xx')).toBe('5 December 2026@xx');
  });
});

describe('dateFieldPattern: how a date field follows the publication day', () => {
  it('reads the day in its spelling, the time after it kept; a day close after or before as so many days from it; a far one not', () => {
    expect(dateFieldPattern('2024-03-10 20:00:00 -0000', '2024-03-10')).toBe('{published:YYYY-MM-DD} 20:00:00 -0000');
    expect(dateFieldPattern('2024-03-12 20:00:00 -0000', '2024-03-10')).toBe('{published+2:YYYY-MM-DD} 20:00:00 -0000');
    expect(dateFieldPattern('3/9/2024', '2024-03-10')).toBe('{published-1:M/D/YYYY}');
    expect(dateFieldPattern('2023-01-01', '2024-03-10')).toBeUndefined();
    expect(dateFieldPattern('someday', '2024-03-10')).toBeUndefined();
  });

  it('writes a weekday before the day as the field does, RSS’s way too; a weekday that is not the day’s, never', () => {
    expect(dateFieldPattern('Sun, 10 Mar 2024 09:00:00 +0000', '2024-03-10')).toBe('{published:ddd, D MMM YYYY} 09:00:00 +0000');
    expect(dateFieldPattern('Sunday 10th March 2024', '2024-03-10')).toBe('{published:dddd Do MMMM YYYY}');
    expect(dateFieldPattern('Monday, March 10, 2024', '2024-03-10')).toBeUndefined();
  });
});
