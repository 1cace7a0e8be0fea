import { describe, expect, it } from 'vitest';
import { underlined, underlineOf } from '../../../../src/core/markdown/underline.ts';

describe('underlineOf', () => {
  it('reads an underline as long as its text', () => {
    expect(underlineOf('Kite Weekly #12\n===============')).toEqual({ mark: '=', length: 'chars' });
    expect(underlineOf('Tools\n-----')).toEqual({ mark: '-', length: 'chars' });
  });

  it('reads an underline measured in the columns a Chinese title takes', () => {
    // 风筝周刊 takes eight columns in a monospaced editor, four characters.
    expect(underlineOf('风筝周刊\n========')).toEqual({ mark: '=', length: 'columns' });
    expect(underlineOf('风筝周刊\n====')).toEqual({ mark: '=', length: 'chars' });
  });

  it('keeps a length of its own where the line is not as long as the text', () => {
    expect(underlineOf('News\n----------')).toEqual({ mark: '-', length: 10 });
  });

  it('reads nothing from a heading on one line, or a line that is no underline', () => {
    expect(underlineOf('## Tools')).toBeUndefined();
    expect(underlineOf('Tools\n--x--')).toBeUndefined();
    expect(underlineOf('Tools\n=-=-')).toBeUndefined();
  });
});

describe('underlined', () => {
  it('writes a new text underlined as the digest does', () => {
    expect(underlined('Kite Weekly #13', { mark: '=', length: 'chars' })).toBe('Kite Weekly #13\n===============');
    expect(underlined('风筝周刊 第 13 期', { mark: '=', length: 'columns' })).toBe('风筝周刊 第 13 期\n' + '='.repeat(17));
    expect(underlined('Papers', { mark: '-', length: 10 })).toBe('Papers\n----------');
  });

  it('never writes an underline too short to read as one', () => {
    expect(underlined('Q', { mark: '-', length: 'chars' })).toBe('Q\n---');
  });

  it('round-trips what it writes', () => {
    for (const u of [{ mark: '=', length: 'chars' }, { mark: '-', length: 'columns' }, { mark: '-', length: 7 }] as const) {
      expect(underlineOf(underlined('第 9 期 News', u))).toEqual(u);
    }
  });
});
