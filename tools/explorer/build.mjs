#!/usr/bin/env node
/**
 * Builds the explorer into src/Apatorsen.Api/Explorer/assets, where the API embeds it: the bundle (esbuild, pinned
 * in package-lock.json, so the output is the same on every machine) and the static pages.
 *   node tools/explorer/build.mjs          write the assets
 *   node tools/explorer/build.mjs --check  exit 1 if the committed assets differ from what the sources build
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'src');
const assets = join(here, '..', '..', 'src', 'Apatorsen.Api', 'Explorer', 'assets');
const copied = ['index.html', 'home.html', 'favicon.svg'];
const check = process.argv.includes('--check');

const result = await esbuild.build({
  entryPoints: { explorer: join(source, 'main.js') },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  charset: 'utf8',
  legalComments: 'eof',
  outdir: assets,
  write: false,
  logLevel: 'warning',
});

const outputs = new Map(result.outputFiles.map((file) => [relative(assets, file.path), Buffer.from(file.contents)]));
for (const name of copied) outputs.set(name, await readFile(join(source, name)));

if (check) {
  const onDisk = await readdir(assets).catch(() => []);
  const problems = [];
  for (const [name, content] of outputs) {
    const current = await readFile(join(assets, name)).catch(() => null);
    if (!current) problems.push(`missing: ${name}`);
    else if (!current.equals(content)) problems.push(`out of date: ${name}`);
  }
  for (const name of onDisk.filter((n) => !outputs.has(n))) problems.push(`not built from the sources: ${name}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('The committed explorer differs from tools/explorer: run `npm ci --prefix tools/explorer && node tools/explorer/build.mjs` and commit the result.');
    process.exit(1);
  }
  console.log(`explorer assets are up to date (${summary()})`);
} else {
  await mkdir(assets, { recursive: true });
  for (const [name, content] of outputs) await writeFile(join(assets, name), content);
  console.log(`wrote ${relative(process.cwd(), assets) || '.'}: ${summary()}`);
}

function summary() {
  return [...outputs].map(([name, content]) => `${name} ${(content.length / 1024).toFixed(1)} KiB`).join(', ');
}
