import { describe, expect, it } from 'vitest';
import { withoutMarks } from '../../../../src/core/markdown/without-marks.ts';

describe('inline text without its marks', () => {
  it('takes off emphasis, strike-through and code marks', () => {
    expect(withoutMarks('**Kites** _fly_ ~~sink~~ `high`')).toBe('Kites fly sink high');
  });

  it('keeps what a code span holds and an underscore inside a word', () => {
    expect(withoutMarks('Respect `NO_COLOR` and `*.tmp`')).toBe('Respect NO_COLOR and *.tmp');
    expect(withoutMarks('the as_c_str method, __init__ aside')).toBe('the as_c_str method, init aside');
    expect(withoutMarks('a lone ` stays out')).toBe('a lone  stays out');
  });
});
