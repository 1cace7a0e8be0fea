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

  it('decodes UTF-16 where a byte order mark says so, either way round', () => {
    const text = '---\ntitle: 社区动态 🚀\n---\n';
    const codeUnits = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    const le = new Uint8Array([0xff, 0xfe, ...codeUnits.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...codeUnits.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeIssueBytes(le)).toEqual({ ok: true, value: text });
    expect(decodeIssueBytes(be)).toEqual({ ok: true, value: text });
    // A mark followed by a lone surrogate is no UTF-16: refused.
    expect(decodeIssueBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toEqual({ ok: false, error: { code: 'not-utf8', line: 1 } });
  });

  it('decodes a Chinese issue saved as GB18030 (GBK), but no Latin-1 file that happens to decode so', () => {
    // 社区动态 in GB18030, in a title and a heading.
    const words = [0xc9, 0xe7, 0xc7, 0xf8, 0xb6, 0xaf, 0xcc, 0xac];
    expect(decodeIssueBytes(bytes('---\ntitle: OpenStack', words, '\n---\n\n## ', words, '\n'))).toEqual({ ok: true, value: '---\ntitle: OpenStack社区动态\n---\n\n## 社区动态\n' });
    // `naïve résumé` in Latin-1: every accented letter followed by a letter, so GB18030 reads it,
    // as Han characters standing one at a time.
    expect(decodeIssueBytes(bytes('# x\n\n', [0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x73], '\n'))).toEqual({ ok: false, error: { code: 'not-utf8', line: 3 } });
  });
});
