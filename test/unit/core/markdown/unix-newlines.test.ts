import { describe, expect, it } from 'vitest';
import { unixNewlines } from '../../../../src/core/markdown/unix-newlines.ts';

describe('unixNewlines', () => {
  it('writes Windows’ and old Macs’ line breaks as `\\n`, and leaves text with none as it is', () => {
    expect(unixNewlines('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
    const plain = 'a\nb';
    expect(unixNewlines(plain)).toBe(plain);
  });
});
