import type { GroupKey, Item } from '../src/core/model/item.ts';
import type { Template } from '../src/core/model/template.ts';

/** `count` queued items spread over the template's sections and projects, deterministic. */
export function syntheticItems(count: number, template: Template): Item[] {
  const groups = template.sections.flatMap((s): GroupKey[] =>
    s.projects.length === 0 ? [{ section: s.name, project: null }] : s.projects.map((p) => ({ section: s.name, project: p.name })),
  );
  return Array.from({ length: count }, (_, i): Item => {
    const group = groups[(i * 7) % groups.length] as GroupKey;
    const day = (i % 28) + 1;
    return {
      id: `bench-${i}`,
      ...group,
      comment: `第${i}条：社区讨论了 [一个话题](https://example.com/topic/${i}) 的设计与实现，*重点* 在于性能和可靠性。`,
      ...(i % 3 === 0 ? { eventDate: `2014-07-${String(day).padStart(2, '0')}` } : {}),
      links: [
        { url: `https://blueprints.launchpad.net/nova/+spec/item-${i}`, title: `Blueprint ${i}`, ...(i % 5 === 0 ? { label: 'BP：' } : {}) },
        ...(i % 4 === 0 ? [{ url: `http://lists.openstack.org/pipermail/openstack-dev/2014-July/${i}.html`, title: `Thread ${i}` }] : []),
      ],
      capturedAt: '2014-07-20T08:00:00.000Z',
      order: i,
      issue: null,
    };
  });
}
