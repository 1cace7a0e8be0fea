import { useEffect, useMemo, useState } from 'preact/hooks';
import { readAllItems } from '../app/read-queue.ts';
import { compareIssueKeys } from '../core/model/issue-key.ts';
import type { Template } from '../core/model/template.ts';
import { archiveHeadings, buildArchiveIndex, searchArchive, type ArchiveEntry } from '../core/queue/archive-search.ts';
import type { DigestStore } from '../storage/digest-store.ts';

// A page of results small enough to render within a frame or two; "Show more" adds the next.
const PAGE = 20;

/** The archive, read once per change and searched in memory: ten thousand items answer at once. */
export function useArchive(store: DigestStore, revision: number, template: Template, fail: (e: unknown) => void) {
  const [index, setIndex] = useState<ArchiveEntry[] | undefined>();
  const [query, setQuery] = useState({ query: '', project: '', issue: '' });
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => {
    let live = true;
    readAllItems(store).then((items) => live && setIndex(buildArchiveIndex(items, template)), fail);
    return () => {
      live = false;
    };
  }, [store, revision, template, fail]);
  const result = useMemo(
    () =>
      index
        ? searchArchive(index, { text: query.query, project: query.project || null, issue: query.issue || null }, limit)
        : { items: [], total: 0 },
    [index, query, limit],
  );
  const facets = useMemo(() => {
    const issues = new Set<string>();
    for (const { item } of index ?? []) if (item.issue !== null) issues.add(item.issue);
    return { headings: archiveHeadings(index ?? []), issues: [...issues].sort((a, b) => compareIssueKeys(b, a)) };
  }, [index]);
  return {
    loading: index === undefined,
    ...query,
    ...facets,
    results: result.items,
    total: result.total,
    setQuery: (patch: Partial<typeof query>) => {
      setQuery((q) => ({ ...q, ...patch }));
      setLimit(PAGE);
    },
    showMore: () => setLimit((l) => l + PAGE),
  };
}
