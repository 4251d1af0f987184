// The CLI as CI runs it: a subprocess, its exit code and its output lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LINT = fileURLToPath(new URL('../lint.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs the CLI in the fixtures directory, so paths in its output are relative to it. */
function lint(...args) {
  const result = spawnSync(process.execPath, [LINT, ...args], { cwd: FIXTURES, encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter((l) => l.length > 0);
  return { code: result.status, lines, stdout: result.stdout, stderr: result.stderr };
}

const PROBLEM = /^(?<path>[^:]+):(?<line>\d+):(?<col>\d+): (?<severity>error|warning): (?<message>.+)$/;

function problems(lines) {
  return lines.filter((l) => !l.startsWith('cypher-lint:')).map((l) => {
    const m = PROBLEM.exec(l);
    assert.ok(m, `not a problem line: ${l}`);
    return { ...m.groups, line: Number(m.groups.line), col: Number(m.groups.col) };
  });
}

test('clean files with several statements and comments pass with exit 0', () => {
  const r = lint('--schema', 'schema.json', 'clean');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(r.lines, ['cypher-lint: 3 files, 7 statements, 0 problems']);
});

test('a clean file given by name passes', () => {
  const r = lint('--schema=schema.json', 'clean/browser/drug-targets.cypher');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(r.lines, ['cypher-lint: 1 files, 1 statements, 0 problems']);
});

test('planted errors: each is caught with the right file, line and column', async (t) => {
  const r = lint('--schema', 'schema.json', 'planted');
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(r.lines.at(-1), 'cypher-lint: 9 files, 11 statements, 10 problems');
  const found = problems(r.lines);
  const expectations = [
    ['syntax error', 'planted/syntax-error.cypher', 3, 1, /^Invalid input 'RETRN'/],
    ['undefined variable', 'planted/undefined-variable.cypher', 2, 16, /^Variable `p` not defined$/],
    ['unknown label (in a MERGE)', 'planted/unknown-label.cypher', 3, 17, /^unknown label `Drgu`/],
    ['unknown relationship type', 'planted/unknown-relationship-type.cypher', 2, 13, /^unknown relationship type `TARGET`/],
    ['unknown property key', 'planted/unknown-property-key.cypher', 4, 30, /^unknown property key `nmae`/],
    ['undeclared parameter', 'planted/undeclared-parameter.cypher', 4, 7, /^parameter \$limit is not declared/],
    ['declared but unused parameter', 'planted/unused-parameter.cypher', 2, 1, /^parameter \$limit is declared but not used/],
    ['Browser command in a saved query', 'planted/browser/browser-command.cypher', 2, 1, /^Neo4j Browser command ":param" is not Cypher/],
    ['statement on line 10 of a file', 'planted/line-ten.cypher', 10, 29, /^Variable `undefinedThing` not defined$/],
  ];
  for (const [name, path, line, col, message] of expectations) {
    await t.test(name, () => {
      const inFile = found.filter((p) => p.path === path);
      const match = inFile.find((p) => message.test(p.message));
      assert.ok(match, `${path}: expected ${message}, got ${JSON.stringify(inFile)}`);
      assert.deepEqual([match.line, match.col, match.severity], [line, col, 'error']);
    });
  }
  await t.test('nothing else is reported', () => {
    // The syntax error also yields Neo4j's "Query cannot conclude with MATCH"; nothing more.
    const expected = expectations.map(([, path, line, col]) => `${path}:${line}:${col}`);
    const extra = found.filter((p) => !expected.includes(`${p.path}:${p.line}:${p.col}`));
    assert.deepEqual(extra.map((p) => `${p.path}:${p.line}: ${p.message}`), [
      'planted/syntax-error.cypher:3: Query cannot conclude with MATCH (must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD).',
    ]);
  });
});

test('a Browser command fails the gate in any directory, not only browser/; a BOM is ignored', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  try {
    writeFileSync(join(dir, 'q.cypher'), 'MATCH (d:Drug) RETURN d.name;\n:play movies\n');
    writeFileSync(join(dir, 'bom.cypher'), '\uFEFFRETURN x;\n');
    const r = spawnSync(process.execPath, [LINT, '--schema', join(FIXTURES, 'schema.json'), dir], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.deepEqual(r.stdout.split('\n').filter(Boolean), [
      `${join(dir, 'bom.cypher')}:1:8: error: Variable \`x\` not defined`,
      `${join(dir, 'q.cypher')}:2:1: error: Neo4j Browser command ":play" is not Cypher (saved queries must be pure Cypher)`,
      'cypher-lint: 2 files, 2 statements, 2 problems',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty directory is a usage error (exit 2), never a pass', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  try {
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'notes.txt'), 'not cypher');
    const r = spawnSync(process.execPath, [LINT, '--schema', join(FIXTURES, 'schema.json'), dir], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /cypher-lint: error: no \.cypher files found in: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2', async (t) => {
  await t.test('missing schema file', () => {
    const r = lint('--schema', 'no-such-schema.json', 'clean');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read schema file no-such-schema\.json: ENOENT/);
  });
  await t.test('no --schema', () => {
    const r = lint('clean');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--schema <schema\.json> is required/);
  });
  await t.test('no input', () => {
    const r = lint('--schema', 'schema.json');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no input/);
  });
  await t.test('missing input path', () => {
    const r = lint('--schema', 'schema.json', 'no-such-dir');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or directory: no-such-dir/);
  });
  await t.test('schema without a required list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
    try {
      writeFileSync(join(dir, 'schema.json'), '{"labels": ["Drug"], "relationshipTypes": []}');
      const r = lint('--schema', join(dir, 'schema.json'), 'clean');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /"propertyKeys" must be an array of non-empty strings/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  await t.test('unknown option', () => {
    const r = lint('--schema', 'schema.json', '--strict', 'clean');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option --strict/);
  });
});

test('--help exits 0', () => {
  const r = lint('--help');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^usage: node tools\/cypher-lint\/lint\.mjs --schema/);
});
