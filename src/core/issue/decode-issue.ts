import type { IssueProblem } from './issue-problem.ts';
import { err, ok, type Result } from '../model/result.ts';

/**
 * A published issue's bytes as text: UTF-8, or UTF-16 where a byte order mark says so (Windows
 * Notepad's "Unicode"), or GB18030 (GBK's superset: a Chinese digest saved on Windows) where the
 * bytes are no UTF-8 but read so as Chinese. Anything else is refused with the line of the first
 * byte that breaks UTF-8: decoded leniently it would turn into U+FFFD, which is also a character
 * an editor may really have typed, so the check belongs here, at the bytes.
 */
export function decodeIssueBytes(bytes: Uint8Array): Result<string, IssueProblem> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodedOr(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodedOr(bytes, 'utf-16be');
  const bad = firstInvalidUtf8(bytes);
  if (bad === -1) return ok(new TextDecoder('utf-8').decode(bytes));
  const chinese = strictly(bytes, 'gb18030');
  if (chinese !== undefined && readsAsChinese(chinese)) return ok(chinese);
  return err({ code: 'not-utf8', line: lineOf(bytes, bad) });
}

/** The bytes in `encoding`, or the UTF-16 ones refused at their first line. */
function decodedOr(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Result<string, IssueProblem> {
  const text = strictly(bytes, encoding);
  return text === undefined ? err({ code: 'not-utf8', line: 1 }) : ok(text);
}

/** The bytes in `encoding`, undefined where they are not (no replacement characters made up). */
function strictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Not that encoding, or one the runtime does not know.
    return undefined;
  }
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether text decoded as GB18030 is Chinese: its characters beyond ASCII are mostly Han
 * characters standing beside one another, as words are written. A Latin-1 file read so also
 * turns into Han characters, but one at a time between Latin letters (`na\u8936ve`).
 */
function readsAsChinese(text: string): boolean {
  const chars = [...text];
  let wide = 0;
  let paired = 0;
  chars.forEach((c, i) => {
    if (c.charCodeAt(0) < 0x80) return;
    wide++;
    if (HAN.test(c) && (HAN.test(chars[i - 1] ?? '') || HAN.test(chars[i + 1] ?? ''))) paired++;
  });
  return wide >= 2 && paired * 10 >= wide * 8;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] =
      b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
      : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
