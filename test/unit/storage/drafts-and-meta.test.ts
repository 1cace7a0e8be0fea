import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { testRepos } from '../../helpers/db.ts';

describe('drafts', () => {
  it('keeps a draft per page until it is removed', async () => {
    const { drafts } = testRepos();
    const draft = { key: 'example.com/a', url: 'https://example.com/a', title: 'A', section: null, project: null, comment: '写了一半', eventDate: '', updatedAt: 'now' };
    await drafts.put(draft);
    expect(await drafts.get('example.com/a')).toEqual(draft);
    expect(await drafts.get('example.com/b')).toBeUndefined();
    await drafts.remove('example.com/a');
    expect(await drafts.get('example.com/a')).toBeUndefined();
  });
});

describe('meta', () => {
  it('gives defaults until something is stored, then what was stored', async () => {
    const { meta } = testRepos();
    expect(await meta.template()).toEqual(DEFAULT_TEMPLATE);
    expect(await meta.settings()).toEqual(DEFAULT_SETTINGS);
    expect(await meta.suggestionModel()).toBeUndefined();
    const template = { ...DEFAULT_TEMPLATE, titlePattern: 'Digest {number}' };
    await meta.setTemplate(template);
    expect(await meta.template()).toEqual(template);
  });
});
