import { describe, expect, it } from 'vitest';
import { decodeIssueBytes } from '../../../../src/core/issue/decode-issue.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeIssueBytes', () => {
  it('decodes UTF-8, including a replacement character and four-byte emoji', () => {
    expect(decodeIssueBytes(bytes('---\n社区\ufffd🚀\n'))).toEqual({ ok: true, value: '---\n社区\ufffd🚀\n' });
  });

  it.each([
    ['a Latin-1 byte', bytes('---\ntitle: x\n---\n\ncaf', [0xe9], '\n'), 5],
    ['a cut sequence', bytes('---\n', [0xe7, 0xa4]), 2],
    ['an overlong encoding', bytes([0xc0, 0xaf]), 1],
    ['a surrogate', bytes('a\nb\n', [0xed, 0xa0, 0x80]), 3],
    ['a stray continuation byte', bytes('x', [0x80]), 1],
  ])('refuses %s, naming the line', (_what, input, line) => {
    expect(decodeIssueBytes(input)).toEqual({ ok: false, error: { code: 'not-utf8', line } });
  });
});
