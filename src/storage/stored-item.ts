import type { Item } from '../core/model/item.ts';
import { canonicalUrl } from '../core/url/url-canonical.ts';
import type { StoredItem } from './schema.ts';

/** The queue's bucket; published items sit in the bucket of their issue's key. */
export const QUEUE_BUCKET = '';

export function toStored(item: Item): StoredItem {
  return {
    ...item,
    bucket: item.issue ?? QUEUE_BUCKET,
    urlKeys: [...new Set(item.links.map((l) => canonicalUrl(l.url)))],
  };
}

export function fromStored(stored: StoredItem): Item {
  const { bucket: _bucket, urlKeys: _urlKeys, ...item } = stored;
  return item;
}
