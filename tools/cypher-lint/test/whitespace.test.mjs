// The oracle that the API's console policy tests ask (tests/Apatorsen.Api.Tests/Security/CypherGrammarOracleTests.cs
// runs whitespace.mjs over the whole BMP); here, that it answers what Neo4j's grammar says on known characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { frontEndErrors, probe, suspects, syntaxErrors } from '../lib/whitespace.mjs';

const SCRIPT = fileURLToPath(new URL('../whitespace.mjs', import.meta.url));

test('the grammar takes U+001C-U+001F as whitespace, and not U+200B or U+FEFF', () => {
  for (const c of [0x20, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x3000]) {
    assert.deepEqual(syntaxErrors(probe(c)), [], `U+${c.toString(16)}`);
  }
  for (const c of [0x200b, 0xfeff, 0x41]) {
    assert.notDeepEqual(syntaxErrors(probe(c)), [], `U+${c.toString(16)}`);
  }
});

test("Neo4j's front end agrees on U+001C, and refuses U+0085 in Cypher 5 only", () => {
  assert.deepEqual(frontEndErrors(probe(0x1c), 'CYPHER 5'), []);
  assert.notDeepEqual(frontEndErrors(probe(0x85), 'CYPHER 5'), []);
  assert.deepEqual(frontEndErrors(probe(0x85), 'CYPHER 25'), []);
});

test('the suspects hold every separator, control and format character, and the grammar set', () => {
  const all = suspects([0x1c]);
  for (const c of [0x00, 0x1c, 0x20, 0x85, 0xa0, 0x200b, 0x2028, 0xfeff]) {
    assert.ok(all.includes(c), `U+${c.toString(16)}`);
  }
  assert.ok(!all.includes(0x41));
});

test('--parse answers statement counts and syntax errors per statement', () => {
  const result = spawnSync(process.execPath, [SCRIPT, '--parse'], {
    input: JSON.stringify(['RETURN\u001c1', 'RETURN 1; RETURN 2', 'RETRN 1']),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  const answers = JSON.parse(result.stdout);
  assert.deepEqual(answers.slice(0, 2), [{ statements: 1, errors: [] }, { statements: 2, errors: [] }]);
  assert.equal(answers[2].errors.length, 1);
});

test('--parse refuses input that is not an array of strings, with exit 2', () => {
  const result = spawnSync(process.execPath, [SCRIPT, '--parse'], { input: '{"a":1}', encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /JSON array of strings/);
});
