import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

if (!FIREFOX) console.warn('\n⚠ No Firefox (Debian firefox-esr) here: the Firefox start-up check is skipped.\n');

describe.skipIf(!FIREFOX)('the Firefox build', () => {
  it('installs in headless Firefox and starts with no error from the add-on', async () => {
    const child = spawn(
      resolve(root, 'node_modules/.bin/web-ext'),
      [
        'run',
        '--source-dir',
        resolve(root, 'dist-firefox'),
        '--target',
        'firefox-desktop',
        '--firefox',
        FIREFOX as string,
        '--no-input',
        '--no-reload',
        '--verbose',
        '--pref',
        'devtools.console.stdout.chrome=true',
        '--args=--headless',
      ],
      // Its own process group, so Firefox goes with web-ext when the test ends.
      { env: { ...process.env, MOZ_HEADLESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    let output = '';
    const installed = new Promise<boolean>((done) => {
      const read = (chunk: Buffer): void => {
        output += chunk.toString();
        if (/Installed .* as a temporary add-on/.test(output)) done(true);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', () => done(false));
    });
    try {
      expect(await installed, output.slice(-2000)).toBe(true);
      const errors = output.split('\n').filter((l) => /error/i.test(l) && /(moz-extension|digest-clipper|dist-firefox)/i.test(l));
      expect(errors).toEqual([]);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-(child.pid as number), 'SIGTERM');
      await exited;
    }
  });
});
