#!/usr/bin/env node
/**
 * Cypher lint gate: checks every statement of the given .cypher files with Neo4j's own parser
 * and semantic analysis (@neo4j-cypher/language-support), against the graph schema.
 *
 *   node tools/cypher-lint/lint.mjs --schema <schema.json> <file-or-dir>...
 *
 * Exit codes: 0 clean, 1 problems found, 2 usage error (bad arguments, unreadable schema,
 * no .cypher file found).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { UsageError } from './lib/errors.mjs';
import { loadSchema } from './lib/schema.mjs';
import { collectInputs } from './lib/files.mjs';
import { formatProblem } from './lib/diagnostics.mjs';

export const USAGE = `usage: node tools/cypher-lint/lint.mjs --schema <schema.json> [--cypher-version 5|25] <file-or-dir>...

Lints every statement of the given .cypher files (directories are searched recursively)
with Neo4j's parser and semantic analysis, against the labels, relationship types and
property keys of <schema.json>. Parameters are declared per file: // @param $name Type

  --schema <file>          schema JSON: {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}
  --cypher-version 5|25    Cypher version of statements without a CYPHER prefix (default 5)
  -h, --help               show this help

Exit codes: 0 clean, 1 problems found, 2 usage error.`;

/** Parses the command line; throws UsageError. Returns {help} or {schemaPath, cypherVersion, inputs}. */
export function parseArgs(argv) {
  const options = { schemaPath: undefined, cypherVersion: '5', inputs: [] };
  const valueOf = (arg, i) => {
    const eq = arg.indexOf('=');
    if (eq !== -1) return [arg.slice(eq + 1), i];
    if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
    return [argv[i + 1], i + 1];
  };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
    } else if (arg === '--') {
      onlyInputs = true;
    } else if (arg === '-h' || arg === '--help') {
      return { help: true };
    } else if (arg === '--schema' || arg.startsWith('--schema=')) {
      [options.schemaPath, i] = valueOf(arg, i);
    } else if (arg === '--cypher-version' || arg.startsWith('--cypher-version=')) {
      [options.cypherVersion, i] = valueOf(arg, i);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (!options.schemaPath) throw new UsageError('--schema <schema.json> is required');
  if (!['5', '25'].includes(options.cypherVersion)) {
    throw new UsageError(`--cypher-version must be 5 or 25, not ${options.cypherVersion}`);
  }
  return options;
}

export async function main(argv, { stdout = process.stdout, stderr = process.stderr } = {}) {
  let options, schema, files;
  try {
    options = parseArgs(argv);
    if (options.help) {
      stdout.write(`${USAGE}\n`);
      return 0;
    }
    schema = loadSchema(options.schemaPath);
    files = collectInputs(options.inputs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    stderr.write(`cypher-lint: error: ${err.message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }

  // Loaded only now: it takes a few seconds, and --help or a usage error should not wait.
  const { lintText, assertSemanticAnalysisWorks, CYPHER_VERSIONS } = await import('./lib/analyzer.mjs');
  assertSemanticAnalysisWorks();

  let statements = 0;
  let problems = 0;
  for (const file of files) {
    let text;
    try {
      // A byte order mark is no part of the Cypher (and would shift columns on line 1).
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (err) {
      stdout.write(formatProblem(file, { line: 1, column: 1, severity: 'error', message: `cannot read file: ${err.code ?? err.message}` }) + '\n');
      problems++;
      continue;
    }
    const result = lintText(text, schema, { cypherVersion: CYPHER_VERSIONS[options.cypherVersion] });
    statements += result.statements;
    problems += result.problems.length;
    for (const problem of result.problems) stdout.write(`${formatProblem(file, problem)}\n`);
  }
  stdout.write(`cypher-lint: ${files.length} files, ${statements} statements, ${problems} problems\n`);
  return problems === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`cypher-lint: internal error: ${err.stack ?? err}\n`);
      process.exitCode = 2;
    },
  );
}
