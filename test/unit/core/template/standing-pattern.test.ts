import { formatPattern } from '../../../../src/core/issue/pattern.ts';
import { describe, expect, it } from 'vitest';
import { issueFigures, standingPattern } from '../../../../src/core/template/standing-pattern.ts';

const issue = { number: 12, year: null, published: '2026-11-14', period: { start: '2026-11-08', end: '2026-11-13' } } as const;

describe('standing text as a pattern of its issue', () => {
  it('writes the issue’s number as a token, padded where the text pads it, and never a longer figure holding it', () => {
    expect(standingPattern('Welcome to Kite Weekly 12, the news of the kite world.', issue)).toBe('Welcome to Kite Weekly {number}, the news of the kite world.');
    expect(standingPattern('Issue #012 — read it at https://kite.example/issues/12', issue)).toBe('Issue #{number:3} — read it at https://kite.example/issues/{number}');
    expect(standingPattern('112 readers, version 1.12, 12.5 km', issue)).toBe('112 readers, version 1.12, 12.5 km');
  });

  it('writes a Chinese numeral as one, not inside a longer numeral', () => {
    expect(standingPattern('（完，第十二期）', issue)).toBe('（完，第{number:zh}期）');
    expect(standingPattern('第一百十二期', issue)).toBe('第一百十二期');
  });

  it('writes the issue’s days in the form the text gives them, before its number (a day’s figures are no number)', () => {
    expect(standingPattern('Issue #12 · November 14, 2026', issue)).toBe('Issue #{number} · {published:MMMM D, YYYY}');
    expect(standingPattern('发布于2026年11月14日，收录 11月8日 至 11月13日', issue)).toBe('发布于{published:YYYY年M月D日}，收录 {start:M月D日} 至 {end:M月D日}');
    expect(standingPattern('2026-11-12 was a Thursday', { ...issue, number: 11 })).toBe('2026-11-12 was a Thursday');
    expect(standingPattern('Dated 2026-11-14; see 14 Nov 2026', issue)).toBe('Dated {published:YYYY-MM-DD}; see {published:D MMM YYYY}');
    expect(standingPattern('Posted Nov. 14, 2026', issue)).toBe('Posted {published:MMM. D, YYYY}');
    // September as American styles abbreviate it, or by its three letters and a dot: each written back so.
    const september = { ...issue, published: '2026-09-20' };
    expect(standingPattern('Posted Sept. 20, 2026', september)).toBe('Posted {published:MMM. D, YYYY}');
    expect(standingPattern('Posted Sep. 20, 2026', september)).toBe('Posted {published:MMM[.] D, YYYY}');
    expect(formatPattern('Posted {published:MMM[.] D, YYYY}', { published: '2026-06-07' })).toBe('Posted Jun. 7, 2026');
  });

  it('writes days in figures, month first or day first, padded or not', () => {
    expect(standingPattern('Kite Notes #12, out 11/14/2026.', issue)).toBe('Kite Notes #{number}, out {published:MM/DD/YYYY}.');
    expect(standingPattern('Out 11/7/2026', { ...issue, published: '2026-11-07' })).toBe('Out {published:M/D/YYYY}');
    expect(standingPattern('Ausgabe vom 5.11.2026', { ...issue, published: '2026-11-05' })).toBe('Ausgabe vom {published:D.M.YYYY}');
    expect(standingPattern('Ausgabe vom 05.11.2026', { ...issue, published: '2026-11-05' })).toBe('Ausgabe vom {published:DD.MM.YYYY}');
    expect(standingPattern('Édition du 14/11/2026', issue)).toBe('Édition du {published:DD/MM/YYYY}');
  });

  it('writes a weekday with its day, so the next issue names its own (and a weekday that is not the day’s stays a word)', () => {
    expect(standingPattern('*Published on Saturday, November 14, 2026*', issue)).toBe('*Published on {published:dddd, MMMM D, YYYY}*');
    expect(standingPattern('Sat, 14 Nov 2026 · Kite Weekly', issue)).toBe('{published:ddd, D MMM YYYY} · Kite Weekly');
    expect(standingPattern('Friday, November 14, 2026', issue)).toBe('Friday, {published:MMMM D, YYYY}');
    expect(standingPattern('2026年11月14日 星期六', issue)).toBe('{published:YYYY年M月D日 星期E}');
    expect(standingPattern('发布于2026年11月14日（周六）', issue)).toBe('发布于{published:YYYY年M月D日（周E）}');
    expect(standingPattern('2026年11月14日（土）発行', issue)).toBe('{published:YYYY年M月D日（J）}発行');
    expect(standingPattern('Ausgabe vom Samstag, 14. November 2026', issue)).toBe('Ausgabe vom {published:dddd, D. MMMM YYYY@de}');
  });

  it('reads a month English and German spell alike as English, unless a German word or the day’s dot says German', () => {
    expect(standingPattern('Published 14 November 2026', issue)).toBe('Published {published:D MMMM YYYY}');
    expect(standingPattern('Saturday 14 November 2026', issue)).toBe('{published:dddd D MMMM YYYY}');
    expect(standingPattern('Ausgabe vom 14 November 2026', issue)).toBe('Ausgabe vom {published:D MMMM YYYY@de}');
    expect(standingPattern('Stand: 14. November 2026', issue)).toBe('Stand: {published:D. MMMM YYYY@de}');
    expect(standingPattern('Published on Saturday, November 14th, 2026 · 14th November 2026', issue)).toBe('Published on {published:dddd, MMMM Do, YYYY} · {published:Do MMMM YYYY}');
  });

  it('leaves a number within a year alone, and text that already holds braces as it is', () => {
    expect(standingPattern('Week 12 of the year', { ...issue, year: 2026 })).toBe('Week 12 of the year');
    expect(standingPattern('<Foo value={number} /> in issue 12', issue)).toBe('<Foo value={number} /> in issue 12');
  });

  it('writes a span of days in words as one token, its shared month and year once: the period’s, or the days up to the issue’s', () => {
    const dated = { number: 12, year: null, published: '2025-11-25', period: null };
    expect(standingPattern('Here is the news for the week of November 18 to 25, 2025.', dated)).toBe('Here is the news for the week of {span-7: to |MMMM D, YYYY}.');
    expect(standingPattern('Covering 19–25 November 2025, issue 12.', dated)).toBe('Covering {span-6:–|D MMMM YYYY}, issue {number}.');
    expect(standingPattern('From Oct 28 - Nov 25, 2025', dated)).toBe('From {span-28: - |MMM D, YYYY}');
    // Each day written whole, its year on both (This Week in Servo's summary).
    expect(standingPattern('the week of 18 Nov 2025 - 25 Nov 2025', dated)).toBe('the week of {span-7: - |D MMM YYYY|Y}');
    expect(standingPattern('Read in 8 to 13 November 2026 (November 14, 2026)', issue)).toBe('Read in {span: to |D MMMM YYYY} ({published:MMMM D, YYYY})');
    // A week that ended up to a week before the issue came out, its year left out or not, its month on both days or once.
    expect(standingPattern('From November 18 to 24, 2025', dated)).toBe('From {span-6-1: to |MMMM D, YYYY}');
    expect(standingPattern('What happened from Nov 17 to Nov 23.', dated)).toBe('What happened from {span-6-2: to |MMM D|M}.');
    expect(standingPattern('What happened from 03 to 09 November 2025.', { ...dated, published: '2025-11-09' })).toBe('What happened from {span-6: to |DD MMMM YYYY}.');
    // Not a span of this issue's: two days that end elsewhere, more than a month, or a day alone.
    expect(standingPattern('From November 8 to 14, 2025', dated)).toBe('From November 8 to 14, 2025');
    expect(standingPattern('From September 18 to November 25, 2025', dated)).toBe('From September 18 to {published:MMMM D, YYYY}');
    expect(standingPattern('Out on November 25, 2025', dated)).toBe('Out on {published:MMMM D, YYYY}');
  });

  it('writes a day whose month is named in another language in that language’s form', () => {
    expect(standingPattern('Ausgabe vom 14. November 2026 — Nummer 12', issue)).toBe('Ausgabe vom {published:D. MMMM YYYY@de} — Nummer {number}');
    expect(standingPattern('La lettre du 14 novembre 2026, numéro 12', issue)).toBe('La lettre du {published:D mmmm YYYY@fr}, numéro {number}');
    expect(standingPattern('Boletín del 14 de noviembre de 2026', issue)).toBe('Boletín del {published:D [de] mmmm [de] YYYY@es}');
    expect(standingPattern('Выпуск от 13 ноября 2026', issue)).toBe('Выпуск от {end:D mmmm YYYY@ru}');
    // Another day in the same month is none of the issue's.
    expect(standingPattern('Treffen am 20. November 2026', issue)).toBe('Treffen am 20. November 2026');
  });
});


describe('the issues before and after in standing text', () => {
  const issue = { number: 17, year: null, published: '2026-11-28', period: null };
  const footer = '<a href="https://github.com/k/w/blob/master/content/16/W16.md">『上一期』</a> | 第 17 期 | <a href="https://github.com/k/w/blob/master/content/18/W18.md">『下一期』</a>';

  it('are read as the issue’s number less one and one more, where issues are compared', () => {
    const pattern = standingPattern(footer, issueFigures(issue, undefined, true));
    expect(pattern).toBe('<a href="https://github.com/k/w/blob/master/content/{number-1}/W{number-1}.md">『上一期』</a> | 第 {number} 期 | <a href="https://github.com/k/w/blob/master/content/{number+1}/W{number+1}.md">『下一期』</a>');
    expect(formatPattern(pattern, { number: 18 })).toBe(footer.replaceAll('16', '17').replace('17 期', '18 期').replaceAll('18/W18', '19/W19'));
  });

  it('are no figures of the issue’s in its text alone, nor a number below 1', () => {
    expect(standingPattern('Kite 18 is out.', issueFigures(issue))).toBe('Kite 18 is out.');
    expect(standingPattern('[Next: 2](/2/)', issueFigures({ ...issue, number: 1 }, undefined, true))).toBe('[Next: {number+1}](/{number+1}/)');
    expect(standingPattern('Up to 0 left.', issueFigures({ ...issue, number: 1 }, undefined, true))).toBe('Up to 0 left.');
  });
});

describe('the next issue’s day in standing text', () => {
  const issue = { number: 3, year: null, published: '2022-08-22', period: null };

  it('is read as the day the issue came out and the days between issues, where those are known', () => {
    expect(standingPattern('See you next week on the **29th Aug 2022**!', issueFigures(issue, 7))).toBe('See you next week on the **{published+7:Do MMM YYYY}**!');
    expect(formatPattern('See you on the **{published+7:Do MMM YYYY}**!', { published: '2022-08-29' })).toBe('See you on the **5th Sep 2022**!');
  });

  it('is no day of the issue’s where the days between issues are not known', () => {
    expect(standingPattern('See you next week on the **29th Aug 2022**!', issueFigures(issue))).toBe('See you next week on the **29th Aug 2022**!');
    expect(standingPattern('Out on **22nd Aug 2022**.', issueFigures(issue, 7))).toBe('Out on **{published:Do MMM YYYY}**.');
  });
});

describe('a span of days in figures in standing text', () => {
  const weekly = { number: 6, year: null, published: '2026-09-13', period: null };

  it('is one token, both days written whole, the week up to the day the issue came out', () => {
    const pattern = standingPattern('_Covering 2026-09-06 to 2026-09-13._', weekly);
    expect(pattern).toBe('_Covering {span-7: to |YYYY-MM-DD}._');
    expect(formatPattern(pattern, { published: '2026-09-20' })).toBe('_Covering 2026-09-13 to 2026-09-20._');
    expect(standingPattern('From 2026/09/07 to 2026/09/13', weekly)).toBe('From {span-6: to |YYYY/MM/DD}');
    // (Its days' count, 6 here, is no issue number 6.)
  });

  it('keeps its days’ count whole where it is the issue’s number too', () => {
    expect(standingPattern('Issue 7, for the week of November 18 to 25, 2025', { number: 7, year: null, published: '2025-11-25', period: null })).toBe('Issue {number}, for the week of {span-7: to |MMMM D, YYYY}');
  });

  it('is no span of the issue’s where its last day is another', () => {
    expect(standingPattern('Events from 2026-09-20 to 2026-10-18', weekly)).toBe('Events from 2026-09-20 to 2026-10-18');
  });
});
