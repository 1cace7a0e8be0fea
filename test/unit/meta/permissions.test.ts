import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
};
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));

describe('least privilege', () => {
  it('asks for no host permissions, and for tabs only as an optional permission the side panel asks for', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions ?? []).not.toContain('tabs');
    expect(manifest.optional_permissions).toEqual(['tabs']);
  });

  it.each([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])])('explains `%s` in the README', (permission) => {
    expect(table).toMatch(new RegExp(`\\| \`${permission}\` \\| \\S`));
  });

  it('lists no permission the manifest does not ask for', () => {
    const listed = [...table.matchAll(/^\| `([\w.]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])].sort());
  });
});
