import { describe, expect, it } from 'vitest';
import { numberedStanding } from '../../../../src/core/issue/numbered-standing.ts';

const issue = (n: number, published: string) => ({ key: String(n), number: n, year: null, published, period: null });
const doc = (n: number, day: string, entry: string) => ({
  body: `# Kite Weekly ${n}\n\nWelcome to Kite Weekly ${n}.\n\nIssue #${n} · ${day} · [Online](https://kite.example/${n})\n\n${entry}\n\nSee you next week.\n`,
  issue: issue(n, day === 'November 14, 2026' ? '2026-11-14' : '2026-11-07'),
});

describe('paragraphs issues write alike but for their own number and days', () => {
  it('are the digest’s own, each as written', () => {
    const standing = numberedStanding([doc(12, 'November 14, 2026', 'A [kite](https://a.example) flies.'), doc(11, 'November 7, 2026', 'A [sail](https://b.example) tears.')]);
    expect([...standing].sort()).toEqual(['Issue #11 · November 7, 2026 · [Online](https://kite.example/11)', 'Issue #12 · November 14, 2026 · [Online](https://kite.example/12)', 'Welcome to Kite Weekly 11.', 'Welcome to Kite Weekly 12.']);
  });

  it('are not entries that differ by a version or a count, nor ones naming the number only in what they link, nor one issue’s alone', () => {
    const entries = (n: number) => `Kite 6.${n} is out, ${n + 3} fixes.\n\nThis week's package is [slist-${n}](https://packages.example/slist-${n}).`;
    expect(numberedStanding([doc(12, 'November 14, 2026', entries(12)), doc(11, 'November 7, 2026', entries(11))])).not.toContain("This week's package is [slist-12](https://packages.example/slist-12).");
    expect([...numberedStanding([doc(12, 'November 14, 2026', entries(12)), doc(11, 'November 7, 2026', entries(11))])].some((p) => p.startsWith('Kite 6.'))).toBe(false);
    expect(numberedStanding([doc(12, 'November 14, 2026', '')]).size).toBe(0);
  });

  it('are the digest’s own where their days in figures pad alike but for a day of two figures (11/7 and 11/14)', () => {
    const figures = (n: number, day: string, published: string) => ({ ...doc(n, day, 'A [kite](https://a.example) flies.'), issue: issue(n, published) });
    const standing = numberedStanding([figures(12, '11/14/2026', '2026-11-14'), figures(11, '11/7/2026', '2026-11-07')]);
    expect(standing).toContain('Issue #12 · 11/14/2026 · [Online](https://kite.example/12)');
    expect(standing).toContain('Issue #11 · 11/7/2026 · [Online](https://kite.example/11)');
  });

  it('are the digest’s own where they name the issue only in what they link, once three issues write them so', () => {
    const back = (n: number) => `🔙 [返回第 ${n} 期目录](https://kite.example/volume/${n}#contents)`;
    const day = (n: number) => `November ${n}, 2026`;
    const docs = [12, 11, 10].map((n) => ({ ...doc(n, day(n), `A [kite](https://a.example/${'abc'[n - 10]}) flies.\n\n${back(n)}`), issue: { key: String(n), number: n, year: null, published: `2026-11-${n}`, period: null } }));
    expect(numberedStanding(docs)).toContain(back(12));
    expect(numberedStanding(docs.slice(0, 2))).not.toContain(back(12));
  });

  it('are the digest’s own where they link the issues before and after, once three issues write them so; not entries naming one more than the issue in two', () => {
    const footer = (n: number) => `[← Kite Weekly ${n - 1}](https://kite.example/${n - 1}/) · [Kite Weekly ${n + 1} →](https://kite.example/${n + 1}/)`;
    const docs = [12, 11, 10].map((n) => ({ ...doc(n, `November ${n}, 2026`, `A [kite](https://a.example/${'abc'[n - 10]}) flies.\n\n${footer(n)}`), issue: { key: String(n), number: n, year: null, published: `2026-11-${n}`, period: null } }));
    expect(numberedStanding(docs)).toContain(footer(12));
    expect(numberedStanding(docs.slice(0, 2))).not.toContain(footer(12));
    const versions = [12, 11].map((n) => ({ ...doc(n, `November ${n}, 2026`, `Kite ${n + 1} is out.`), issue: { key: String(n), number: n, year: null, published: `2026-11-${n}`, period: null } }));
    expect([...numberedStanding(versions)].some((p) => p.startsWith('Kite 1'))).toBe(false);
  });
});
