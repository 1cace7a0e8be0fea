// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../src/platform/download.ts';

afterEach(() => vi.restoreAllMocks());

describe('downloadText', () => {
  it('saves a page bundle’s name without its folder’s slash, and any other name as it is', () => {
    const names: string[] = [];
    // The link the download goes through: its name as clicked.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    downloadText('008/index.md', '# Kite Monthly #8\n');
    downloadText('2026-12-07-kites.md', '# Kites\n');
    expect(names).toEqual(['008-index.md', '2026-12-07-kites.md']);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});
