// The explorer the API serves stays light: its committed bundle is asserted by size (a size, not a timing).
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { repositoryRoot } from './support/api.mjs';

const assets = join(repositoryRoot, 'src', 'Apatorsen.Api', 'Explorer', 'assets');

test('the committed explorer bundle (script and style sheet) is under 1 MB', async () => {
  const sizes = await Promise.all(['explorer.js', 'explorer.css'].map(async (name) => (await stat(join(assets, name))).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`explorer bundle: ${(total / 1024).toFixed(1)} KiB`);
  assert.ok(total < 1_000_000, `the bundle is ${total} bytes`);
});
