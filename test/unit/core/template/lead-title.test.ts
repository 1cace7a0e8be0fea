import { describe, expect, it } from 'vitest';
import { leadTitleOf, renderLeadTitle } from '../../../../src/core/template/lead-title.ts';

describe('leadTitleOf', () => {
  it.each([
    ['**Kites** (https://k.example.com/a) — Words.', { open: '**', close: '**', between: ' — ', ending: { afterTitle: true, before: ' (', form: 'bare', after: ')' } }],
    ['**Kites**: <https://k.example.com/a> — Words.', { open: '**', close: '**', between: ' — ', ending: { afterTitle: true, before: ': ', form: 'angle', after: '' } }],
    ['【风筝】<https://k.example.com/a>：说明。', { open: '【', close: '】', between: '：', ending: { afterTitle: true, before: '', form: 'angle', after: '' } }],
    ['__Kites__ (https://k.example.com/a)', { open: '__', close: '__', between: '', ending: { afterTitle: true, before: ' (', form: 'bare', after: ')' } }],
  ])('reads %s as the page’s address right after its title', (line, form) => {
    expect(leadTitleOf(line)).toEqual(form);
  });

  it.each([
    ['a bracket opened and never closed', '**Kites** (https://k.example.com/a — Words.'],
    ['words running on with no mark or space', '**Kites** <https://k.example.com/a>Words'],
    ['a second link', '**Kites** (https://k.example.com/a) — see https://k.example.com/b'],
    ['words between the title and the address', '**Kites** are great (https://k.example.com/a)'],
  ])('takes %s for no such entry', (_what, line) => {
    expect(leadTitleOf(line)).toBeUndefined();
  });

  it('writes a new entry so: the title, the address where the digest sets it, the words', () => {
    const form = leadTitleOf('**Kites** (https://k.example.com/a) — Words.');
    expect(form && renderLeadTitle(form, { url: 'https://n.example.com/p', title: 'New [post]' }, 'Fine words.')).toBe('**New \\[post\\]** (https://n.example.com/p) — Fine words.');
    expect(form && renderLeadTitle(form, { url: 'https://n.example.com/p', title: 'New' }, '')).toBe('**New** (https://n.example.com/p)');
  });
});
