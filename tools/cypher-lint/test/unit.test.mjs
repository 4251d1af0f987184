// Pure functions: no Neo4j package involved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parametersForSchema, parseParamComment, PARAM_TYPES } from '../lib/params.mjs';
import { parseSchema } from '../lib/schema.mjs';
import { classifyDiagnostic, compareProblems, formatProblem, unquoteName } from '../lib/diagnostics.mjs';
import { collectInputs, findCypherFiles } from '../lib/files.mjs';
import { UsageError } from '../lib/errors.mjs';
import { parseArgs } from '../lint.mjs';

test('parseParamComment', async (t) => {
  await t.test('ignores comments that are not @param', () => {
    assert.equal(parseParamComment('// just a comment'), null);
    assert.equal(parseParamComment('// @params $x String'), null);
    assert.equal(parseParamComment('// see @param below'), null);
  });
  await t.test('reads every type', () => {
    for (const type of Object.keys(PARAM_TYPES)) {
      assert.deepEqual(parseParamComment(`// @param $p ${type}`), { name: 'p', type });
    }
  });
  await t.test('allows spacing and a trailing description', () => {
    assert.deepEqual(parseParamComment('//@param   $datasetVersion   String  e.g. "2024-06"'), {
      name: 'datasetVersion',
      type: 'String',
    });
  });
  await t.test('reports malformed declarations', () => {
    assert.match(parseParamComment('// @param rows List').error, /malformed @param declaration/);
    assert.match(parseParamComment('// @param').error, /malformed @param declaration/);
    assert.match(parseParamComment('// @param $rows').error, /has no type/);
    assert.match(parseParamComment('// @param $rows list').error, /unknown type "list"/);
    assert.match(parseParamComment('// @param $rows Integer[]').error, /unknown type "Integer\[\]"/);
  });
});

test('unquoteName on parameter names, and parametersForSchema', () => {
  assert.equal(unquoteName('id'), 'id');
  assert.equal(unquoteName('`my id`'), 'my id');
  assert.deepEqual(parametersForSchema([{ name: 'a', type: 'String' }, { name: 'b', type: 'Any' }]), {
    a: '',
    b: null,
  });
});

test('parseSchema keeps the three lists and ignores other keys', () => {
  const schema = parseSchema({
    labels: ['Drug', 'Drug'],
    relationshipTypes: ['TARGETS'],
    propertyKeys: ['id'],
    nodeTypes: [{ whatever: true }],
  });
  assert.deepEqual(schema, { labels: ['Drug'], relationshipTypes: ['TARGETS'], propertyKeys: ['id'] });
});

test('parseSchema rejects a schema that would silently disable a check', () => {
  assert.throws(() => parseSchema([]), UsageError);
  assert.throws(() => parseSchema({ labels: [], relationshipTypes: [] }), /"propertyKeys" must be/);
  assert.throws(() => parseSchema({ labels: [1], relationshipTypes: [], propertyKeys: [] }), /"labels" must be/);
  assert.throws(() => parseSchema({ labels: [''], relationshipTypes: [], propertyKeys: [] }), /"labels" must be/);
});

test('classifyDiagnostic decides what is an error', async (t) => {
  const tail = " is not present in the database. Make sure you didn't misspell it or that it is available when you run this statement in your application";
  const d = (message, severity, tags) => ({ message, severity, tags });
  await t.test('names missing from the schema are errors', () => {
    assert.deepEqual(classifyDiagnostic(d(`Label Drgu${tail}`, 2)), {
      severity: 'error', schemaKind: 'label', message: 'unknown label `Drgu` (not in the graph schema)',
    });
    assert.deepEqual(classifyDiagnostic(d(`Relationship type TARGET${tail}`, 2)).schemaKind, 'relationship type');
    assert.deepEqual(classifyDiagnostic(d(`Label or relationship type \`X Y\`${tail}`, 2)).message,
      'unknown label or relationship type `X Y` (not in the graph schema)');
    assert.deepEqual(classifyDiagnostic(d(`nmae${tail}`, 2)), {
      severity: 'error', schemaKind: 'property key', message: 'unknown property key `nmae` (not in the graph schema)',
    });
  });
  await t.test('unknown functions and procedures are errors', () => {
    assert.equal(classifyDiagnostic(d(`Function apoc.x${tail}`, 1)).message,
      'unknown function `apoc.x` (not a built-in Neo4j function)');
    assert.equal(classifyDiagnostic(d(`Procedure apoc.help${tail}`, 1)).severity, 'error');
  });
  await t.test('undeclared parameters point at the convention', () => {
    assert.deepEqual(classifyDiagnostic(d('Parameter $limit is not defined.', 1)), {
      severity: 'error', message: 'parameter $limit is not declared in this file (add "// @param $limit Type")',
    });
  });
  await t.test('deprecations are errors', () => {
    assert.equal(classifyDiagnostic(d('Function id is deprecated.', 2, [2])).severity, 'error');
    assert.equal(classifyDiagnostic(d('The query used a deprecated function.', 2)).severity, 'error');
  });
  await t.test('errors stay errors, other notifications are warnings', () => {
    assert.equal(classifyDiagnostic(d('Variable `x` not defined', 1)).severity, 'error');
    assert.equal(classifyDiagnostic(d('Using shortest path with an unbounded pattern ...', 2)).severity, 'warning');
  });
});

test('unquoteName', () => {
  assert.equal(unquoteName('Drug'), 'Drug');
  assert.equal(unquoteName('`odd``name`'), 'odd`name');
});

test('formatProblem and compareProblems', () => {
  assert.equal(
    formatProblem('cypher/q.cypher', { line: 3, column: 7, severity: 'error', message: 'a\n  b' }),
    'cypher/q.cypher:3:7: error: a b',
  );
  const sorted = [
    { line: 2, column: 1, message: 'b' },
    { line: 1, column: 9, message: 'c' },
    { line: 2, column: 1, message: 'a' },
  ].sort(compareProblems);
  assert.deepEqual(sorted.map((p) => p.message), ['c', 'a', 'b']);
});

test('parseArgs', () => {
  assert.deepEqual(parseArgs(['--schema', 's.json', 'a', 'b']), {
    schemaPath: 's.json', cypherVersion: '5', inputs: ['a', 'b'],
  });
  assert.deepEqual(parseArgs(['a', '--schema=s.json', '--cypher-version=25', '--', '--odd-file']), {
    schemaPath: 's.json', cypherVersion: '25', inputs: ['a', '--odd-file'],
  });
  assert.deepEqual(parseArgs(['-h']), { help: true });
  assert.throws(() => parseArgs(['a']), /--schema <schema\.json> is required/);
  assert.throws(() => parseArgs(['--schema']), /--schema needs a value/);
  assert.throws(() => parseArgs(['--schema', 's', '--cypher-version', '4', 'a']), /must be 5 or 25/);
  assert.throws(() => parseArgs(['--schema', 's', '-x']), UsageError);
});

test('findCypherFiles and collectInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lint-unit-'));
  try {
    mkdirSync(join(dir, 'b', 'browser'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'b', 'browser', 'q.cypher'), 'RETURN 1');
    writeFileSync(join(dir, 'a.cypher'), 'RETURN 1');
    writeFileSync(join(dir, 'notes.md'), '');
    writeFileSync(join(dir, 'node_modules', 'x', 'skip.cypher'), '');
    const expected = [join(dir, 'a.cypher'), join(dir, 'b', 'browser', 'q.cypher')];
    assert.deepEqual(findCypherFiles(dir), expected);
    assert.deepEqual(collectInputs([dir, join(dir, 'a.cypher')]), expected);
    assert.throws(() => collectInputs([]), /no input/);
    assert.throws(() => collectInputs([join(dir, 'missing')]), /no such file or directory/);
    assert.deepEqual(findCypherFiles(join(dir, 'node_modules')), [join(dir, 'node_modules', 'x', 'skip.cypher')],
      'a skipped directory is still searched when it is the input itself');
    mkdirSync(join(dir, 'empty', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'empty', 'nested', 'notes.txt'), '');
    assert.throws(() => collectInputs([join(dir, 'empty')]), /no \.cypher files found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
