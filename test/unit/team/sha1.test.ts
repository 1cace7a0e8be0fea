import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Sha1 from '../../../src/git/sha1.ts';

describe('the SHA-1 the extension names git objects with', () => {
  it('matches Node’s for any bytes, in any pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 6 }), (pieces) => {
        const ours = new Sha1();
        const node = createHash('sha1');
        for (const piece of pieces) {
          ours.update(piece);
          node.update(piece);
        }
        expect(ours.digest('hex')).toBe(node.digest('hex'));
      }),
    );
  });

  it('gives the bytes of the digest too, and knows the empty input', () => {
    expect(new Sha1().digest('hex')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect([...new Sha1().update('abc').digest()]).toEqual([...createHash('sha1').update('abc').digest()]);
  });
});
