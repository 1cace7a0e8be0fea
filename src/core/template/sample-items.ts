import type { Item } from '../model/item.ts';
import type { Template } from '../model/template.ts';

/** Items to preview a format with when the queue is empty: one for each of the first groups. */
export function sampleItems(template: Template, today: string): Item[] {
  const groups = template.sections.flatMap((s) =>
    s.projects.length === 0 ? [{ section: s.name, project: null as string | null }] : s.projects.slice(0, 2).map((p) => ({ section: s.name, project: p.name as string | null })),
  );
  return groups.slice(0, 3).map((group, i) => ({
    id: `sample-${i}`,
    ...group,
    comment: ['Mirantis 发布了新的 OpenStack 发行版。', '社区讨论了调度器的改进方案：', 'Neutron 的分布式路由已经合入。'][i] ?? '',
    ...(i === 0 ? { eventDate: today } : {}),
    links: [{ url: `https://example.com/sample-${i + 1}`, title: `Sample ${i + 1}`, ...(i === 1 ? { label: 'BP：' } : {}) }],
    capturedAt: `${today}T00:00:00.000Z`,
    order: i,
    issue: null,
  }));
}
