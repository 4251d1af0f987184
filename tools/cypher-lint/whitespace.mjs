#!/usr/bin/env node
/**
 * Neo4j's parser as an oracle for the API's Cypher console policy (see lib/whitespace.mjs).
 *
 *   node tools/cypher-lint/whitespace.mjs
 *     prints {"grammar": [code points], "frontEnd": {"CYPHER 5": [...], "CYPHER 25": [...]}, "suspects": n,
 *             "identifier": {"start": [...], "part": [...]}}
 *   node tools/cypher-lint/whitespace.mjs --parse < statements.json
 *     reads a JSON array of statements, prints for each {"statements": n, "errors": [syntax errors]}
 *
 * Exit code 0, or 2 when it could not run (the message says why).
 */
import { readFileSync } from 'node:fs';
import {
  frontEndWhitespace,
  grammarWhitespace,
  identifierCharacters,
  statementCount,
  suspects,
  syntaxErrors,
} from './lib/whitespace.mjs';

try {
  if (process.argv[2] === '--parse') {
    const statements = JSON.parse(readFileSync(0, 'utf8'));
    if (!Array.isArray(statements) || statements.some((s) => typeof s !== 'string')) {
      throw new Error('--parse reads a JSON array of strings on stdin');
    }
    const answers = statements.map((s) => ({ statements: statementCount(s), errors: syntaxErrors(s) }));
    process.stdout.write(JSON.stringify(answers));
  } else if (process.argv.length === 2) {
    const grammar = grammarWhitespace();
    const candidates = suspects(grammar);
    const identifier = identifierCharacters();
    process.stdout.write(JSON.stringify({ grammar, frontEnd: frontEndWhitespace(candidates), suspects: candidates.length, identifier }));
  } else {
    throw new Error('usage: whitespace.mjs [--parse < statements.json]');
  }
} catch (error) {
  process.stderr.write(`whitespace: ${error.message}\n`);
  process.exit(2);
}
