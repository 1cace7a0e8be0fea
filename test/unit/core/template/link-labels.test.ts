import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { labelMaker, linkLabelsOf, withEntryLinksInline } from '../../../../src/core/template/link-labels.ts';

function parsed(text: string): ParsedIssue {
  const result = parseIssue(text, { fileName: 'notes-12.md', grammar: 'bullet' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const AT_END = '# Notes 12\n\n## Articles\n\n- [Linkers][1] — words.\n- [Hash maps][2]: more words.\n- [Inline](https://example.org/i) is one of three.\n\n[1]: https://example.org/linkers\n[2]: https://example.org/maps\n';

describe('link labels', () => {
  it('learns numbers defined at the issue end where most entries link by label, none where most link inline', () => {
    expect(linkLabelsOf(parsed(AT_END))).toEqual({ by: 'number', at: 'end' });
    expect(linkLabelsOf(parsed(AT_END.replace('[Hash maps][2]', '[Hash maps](https://example.org/maps)')))).toBeUndefined();
    expect(linkLabelsOf(parsed(AT_END.replace('[Linkers][1]', '[Linkers][linkers]').replace('[1]:', '[linkers]:')))).toEqual({ by: 'name', at: 'end' });
  });

  it('learns definitions set under each entry', () => {
    const under = '# Notes 12\n\n## Articles\n\n### [Skyfin][skyfin]\n\nA box kite.\n\n[skyfin]: https://skyfin.example.org\n\n### [Delta][delta]\n\nA stunt kite.\n\n[delta]: https://delta.example.org\n\n### [Sled]\n\nA sled.\n\n[Sled]: https://sled.example.org\n';
    const result = parseIssue(under, { fileName: 'notes-12.md', grammar: 'heading' });
    if (!result.ok) throw new Error('parse');
    expect(linkLabelsOf(result.value)).toEqual({ by: 'name', at: 'entry' });
  });

  it('reads entries as if linked inline, keeping each source as written elsewhere', () => {
    const issue = parsed(AT_END);
    const inline = withEntryLinksInline(issue);
    expect(inline.items[0]?.source).toBe('- [Linkers](https://example.org/linkers) — words.');
    expect(issue.items[0]?.source).toBe('- [Linkers][1] — words.');
  });

  it('numbers on from the highest label taken, names from the link words, one label per address, web addresses only', () => {
    const numbers = labelMaker('number', ['3', 'pr', '1']);
    expect(numbers.labelFor('https://a.example/', 'A')).toBe('4');
    expect(numbers.labelFor('https://b.example/', 'B')).toBe('5');
    expect(numbers.labelFor('https://a.example/', 'A again')).toBe('4');
    expect(numbers.labelFor('javascript:alert(1)', 'run')).toBeUndefined();
    numbers.reserve(['6']);
    expect(numbers.labelFor('https://c.example/a (b)', 'C')).toBe('7');
    expect(numbers.takeDefinitions()).toEqual(['[4]: https://a.example/', '[5]: https://b.example/', '[7]: https://c.example/a%20%28b%29']);
    expect(numbers.takeDefinitions()).toEqual([]);
    const names = labelMaker('name', ['hyperfine-1-19']);
    expect(names.labelFor('https://h.example/', 'hyperfine 1.19')).toBe('hyperfine-1-19-2');
    expect(names.labelFor('https://l.example/', "Ana's Long Title About Kites And More")).toBe('anas-long-title-about');
    expect(names.labelFor('https://e.example/', '…')).toBe('link');
    expect(names.labelFor('https://z.example/', 'Deno 2 发布')).toBe('deno-2-发布');
  });
});
