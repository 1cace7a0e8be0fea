import { describe, expect, it } from 'vitest';
import { leadInPattern, mostCommonLeadInPattern, parseDateLeadIn } from '../../../../src/core/issue/date-lead-in.ts';

const anchor = '2014-07-20';

describe('parseDateLeadIn', () => {
  it.each([
    ['2014.7.17，社区宣布', '2014.7.17，', '2014-07-17'],
    ['2014.6.18 ，写法', '2014.6.18 ，', '2014-06-18'],
    ['2014.10.03, Foo', '2014.10.03, ', '2014-10-03'],
    ['2014年6月9号，写法', '2014年6月9号，', '2014-06-09'],
    ['3.21号，OpenStack', '3.21号，', '2014-03-21'],
    ['4.30，Redhat', '4.30，', '2014-04-30'],
    ['3.8,  Icehouse-3', '3.8,  ', '2014-03-08'],
    ['2014-01-17号，OpenStack', '2014-01-17号，', '2014-01-17'],
    ['2014.7.22 rally项目', '2014.7.22 ', '2014-07-22'],
    ['12月18日，消息', '12月18日，', '2013-12-18'],
  ])('reads %j', (line, text, date) => {
    expect(parseDateLeadIn(line, anchor)).toEqual({ text, date });
  });

  it.each([
    ['12月18日凌晨消息，亚马逊', 'no separator after the date'],
    ['2.4 GHz的处理器', 'a space after a bare month.day is not a lead-in'],
    ['北京时间5.12号，峰会', 'not at the start'],
    ['2014年2月，根据报告', 'a month without a day'],
    ['13.40，不是日期', 'no month 13'],
    ['2.30号，不存在的日子', 'no 30 February'],
    ['2012.1.5 stable发布', 'too far from the issue to be its date'],
  ])('leaves %j alone (%s)', (line) => {
    expect(parseDateLeadIn(line, anchor)).toBeUndefined();
  });

  it('reads an events list’s date set off by a bar', () => {
    expect(parseDateLeadIn('2026-08-27 | Melbourne, AU | [Rust Melbourne](https://example.org)', '2026-08-19')).toEqual({ text: '2026-08-27 | ', date: '2026-08-27' });
  });

  it('takes the previous year for December in a January issue', () => {
    expect(parseDateLeadIn('12.28号，Mirantis', '2014-01-16')?.date).toBe('2013-12-28');
  });
});

describe('leadInPattern', () => {
  it.each([
    ['2014.7.17，', '{date:YYYY.M.D}，'],
    ['2014.10.03, ', '{date:YYYY.MM.DD}, '],
    ['2014.05.28，', '{date:YYYY.MM.DD}，'],
    ['3.21号，', '{date:M.D}号，'],
    ['2014年6月9号，', '{date:YYYY年M月D}号，'],
    ['2014.7.22 ', '{date:YYYY.M.D} '],
    ['2014.6.18 ，', '{date:YYYY.M.D}，'],
    ['2026-08-27 | ', '{date:YYYY-MM-DD} | '],
  ])('sees %j as %j', (text, pattern) => {
    expect(leadInPattern(text)).toBe(pattern);
  });

  it('picks the most common pattern, the later on a tie', () => {
    expect(mostCommonLeadInPattern(['3.21号，', '2014.7.17，', '2014.7.3，'])).toBe('{date:YYYY.M.D}，');
    expect(mostCommonLeadInPattern(['3.21号，', '2014.7.17，'])).toBe('{date:YYYY.M.D}，');
    expect(mostCommonLeadInPattern([])).toBeUndefined();
  });
});
