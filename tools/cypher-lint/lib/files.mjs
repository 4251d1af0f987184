import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.mjs';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** All *.cypher files under dir, recursively, sorted; node_modules and .git are skipped. */
export function findCypherFiles(dir) {
  const found = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) found.push(...findCypherFiles(path));
    } else if (entry.isFile() && entry.name.endsWith('.cypher')) {
      found.push(path);
    }
  }
  return found;
}

/**
 * Expands the command-line inputs: a directory yields its *.cypher files, a file is taken
 * as it is. A missing input is a usage error; so is finding no file at all, so that an
 * empty or mistyped input never passes the gate.
 */
export function collectInputs(inputs) {
  if (inputs.length === 0) throw new UsageError('no input: give at least one .cypher file or directory');
  const files = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new UsageError(`no such file or directory: ${input}`);
    }
    if (stats.isDirectory()) files.push(...findCypherFiles(input));
    else files.push(input);
  }
  const unique = [...new Set(files)];
  if (unique.length === 0) throw new UsageError(`no .cypher files found in: ${inputs.join(', ')}`);
  return unique;
}
