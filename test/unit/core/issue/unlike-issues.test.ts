import { describe, expect, it } from 'vitest';
import { unlikeIssues } from '../../../../src/core/issue/unlike-issues.ts';
import { applyImport, leaveOutIssue, planImport } from '../../../../src/core/issue/issue-import.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import type { DigestContent } from '../../../../src/core/model/digest-state.ts';

const issue = (key: string, fileName: string, title: string) => ({ key, fileName, title });

describe('unlikeIssues', () => {
  const series = [issue('419', '前端周刊第419期.md', '前端周刊第419期'), issue('420', '前端周刊第420期.md', '前端周刊第420期'), issue('421', '前端周刊第421期.md', '前端周刊第421期')];

  it('tells apart a file named and titled like no other issue that would be the newest', () => {
    expect([...unlikeIssues([...series, issue('2025', '14 web performance tips for 2025.md', '14 web performance tips for 2025')])]).toEqual(['2025']);
    // Among issues already stored as well.
    expect([...unlikeIssues([issue('2025', '14 web performance tips for 2025.md', '14 web performance tips for 2025')], series)]).toEqual(['2025']);
  });

  it('leaves in an older one (a series’ first issues named otherwise), one named or titled like another, and files too few or too unlike to tell', () => {
    expect(unlikeIssues([issue('20', '2016-10-10-20.md', 'Issue 20'), issue('2024-W34', '2024-08-19-2024-W34.md', 'R Weekly 2024-W34'), issue('2024-W35', '2024-08-26-2024-W35.md', 'R Weekly 2024-W35')]).size).toBe(0);
    expect(unlikeIssues([...series, issue('422', 'issue-422.md', '前端周刊第422期')]).size).toBe(0);
    expect(unlikeIssues([...series, issue('422', '前端周刊第422期.md', 'Frontend Weekly 422')]).size).toBe(0);
    expect(unlikeIssues([series[0]!, issue('2025', 'tips-2025.md', 'Tips')]).size).toBe(0);
    expect(unlikeIssues([issue('1', 'kites.md', 'Kites 1'), issue('2', 'tails.md', 'Tails 2'), issue('3', 'reels.md', 'Reels 3')]).size).toBe(0);
  });
});

describe('an import of a folder holding an article beside the issues', () => {
  const week = (n: number) => ({ name: `前端周刊第${n}期.md`, text: `## 工具\n\n🔹[Tool ${n}](https://example.org/tool-${n})：介绍。\n\n🔹[Other ${n}](https://example.org/other-${n})：介绍。\n` });
  const article = { name: '14 web performance tips for 2025.md', text: '# 14 web performance tips for 2025\n\n1. [Know your weaknesses](https://sia.example/1)\n2. [Understand your targets](https://sia.example/2)\n' };
  const empty: DigestContent = { template: DEFAULT_TEMPLATE, issues: [], items: [] };

  it('leaves the article out, the next issue’s number and name learned from the issues, and takes it back when asked', () => {
    const plan = planImport([week(419), week(420), week(421), article], empty, '2026-12-07');
    expect(plan.parsed.map((p) => p.issue.key)).toEqual(['419', '420', '421']);
    expect([plan.leftOut.map((p) => p.issue.key), plan.unlike]).toEqual([['2025'], ['2025']]);
    expect(plan.template.fileNamePattern).toBe('前端周刊第{number}期.md');
    expect(applyImport(empty, plan).issues.map((i) => i.key)).toEqual(['419', '420', '421']);
    const back = leaveOutIssue(plan, '2025', empty, false);
    expect([back.parsed.map((p) => p.issue.key), back.unlike]).toEqual([['419', '420', '421', '2025'], []]);
  });
});
