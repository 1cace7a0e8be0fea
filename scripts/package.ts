import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// `npm run package`: the Chrome Web Store zip and the Firefox add-on zip, named with the version
// from package.json (the one place it lives), written to artifacts/. Both builds must exist.
const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });
const webExt = join(root, 'node_modules/.bin/web-ext');

for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
] as const) {
  const source = join(root, dir);
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`No ${browser} build in ${dir}/: run npm run build${browser === 'firefox' ? ':firefox' : ''}.`);
  const fileName = `digest-clipper-${browser}-${version}.zip`;
  execFileSync(webExt, ['build', '--source-dir', source, '--artifacts-dir', out, '--filename', fileName, '--overwrite-dest'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`artifacts/${fileName}`);
}
