import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages, translator } from '../../helpers/translate.ts';

const en = loadMessages('en');
const zh = loadMessages('zh_CN');

describe('_locales', () => {
  it('has every key in both English and Simplified Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', 'zh_CN'])('names each key once in %s (JSON keeps the last of two, silently dropping the first)', (locale) => {
    const text = readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${locale}/messages.json`), 'utf8');
    const keys = [...text.matchAll(/^ {2}"([^"]+)": \{/gm)].map((m) => m[1]);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(keys.length).toBe(Object.keys(loadMessages(locale)).length);
  });

  it.each(Object.keys(en))('%s has the same placeholders and a message in both', (key) => {
    expect(Object.keys(zh[key]?.placeholders ?? {}).sort()).toEqual(Object.keys(en[key]?.placeholders ?? {}).sort());
    expect(en[key]?.message.trim()).not.toBe('');
    expect(zh[key]?.message.trim()).not.toBe('');
    for (const m of [en[key]?.message ?? '', zh[key]?.message ?? '']) {
      for (const [, name] of m.matchAll(/\$([A-Za-z_]+)\$/g)) expect(en[key]?.placeholders).toHaveProperty((name as string).toLowerCase());
    }
  });

  it('speaks no English sentence in Chinese', () => {
    // Product and format names stay as they are; three English words in a row are a sentence.
    const english = Object.entries(zh).filter(([, v]) => /[A-Za-z]{2,}[\s,.;:]+[A-Za-z]{2,}[\s,.;:]+[A-Za-z]{2,}/.test(v.message.replace(/Digest Clipper|\$\w+\$/g, '')));
    expect(english.map(([k, v]) => `${k}: ${v.message}`)).toEqual([]);
  });

  it('gives the accessible names the issues promise', () => {
    const t = translator('en');
    expect(['tabCapture', 'tabQueue', 'tabExport', 'fieldTitle', 'fieldUrl', 'fieldSection', 'fieldProject', 'fieldComment', 'fieldEventDate', 'fieldMarkdown', 'buttonSave', 'buttonCopy', 'buttonDownload', 'buttonPublish'].map((k) => t(k as never))).toEqual([
      'Capture', 'Queue', 'Export', 'Title', 'URL', 'Section', 'Project', 'Comment', 'Event date', 'Markdown', 'Save', 'Copy Markdown', 'Download', 'Mark as published',
    ]);
    expect(translator('zh_CN')('noticePublished', 16)).toBe('已发表于第16期');
  });
});
