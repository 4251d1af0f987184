// lintText in-process: what Neo4j's analysis and our checks report for small texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertSemanticAnalysisWorks,
  blankBrowserCommands,
  buildDbSchema,
  findBrowserCommands,
  lintText,
} from '../lib/analyzer.mjs';

const schema = {
  labels: ['Entity', 'Drug', 'Protein', 'Gene'],
  relationshipTypes: ['TARGETS', 'BINDS'],
  propertyKeys: ['id', 'name', 'synonyms', 'synonymsText', 'sources', 'dataset', 'datasetVersion', 'symbol'],
};

/** Problems as "line:col severity message" strings. */
function lint(text, options) {
  const { statements, problems } = lintText(text, schema, options);
  return { statements, problems: problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`) };
}

test('the semantic analysis runs under this Node.js', () => {
  assert.doesNotThrow(() => assertSemanticAnalysisWorks());
});

test("the project's example statements lint clean", () => {
  const text = `// @param $rows List
// @param $dataset String
// @param $version String
UNWIND $rows AS row
MERGE (n:Entity:Drug {id: row.id})
SET n = row.properties, n.dataset = $dataset, n.datasetVersion = $version;

CREATE CONSTRAINT drug_id IF NOT EXISTS FOR (n:Drug) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Drug|Protein) ON EACH [n.name, n.synonymsText];

// @param $id String
// @param $limit Integer
MATCH (d:Entity {id: $id})-[t:TARGETS]->(p:Protein)
RETURN p.id AS id, p.name AS name, t.sources AS sources
LIMIT $limit;
`;
  assert.deepEqual(lint(text), { statements: 4, problems: [] });
});

test('keys of maps and of values of unknown type are not property keys', () => {
  const text = `// @param $rows List
UNWIND $rows AS row
WITH row, {a: 1, b: {c: 2}} AS m
MATCH (d:Drug {id: row.from})
RETURN row.properties, row.whatever.deeper, m.a, m.b.c, {anything: 1} AS x, d {.id, alias: d.name};`;
  assert.deepEqual(lint(text).problems, []);
});

test('property keys of nodes and relationships are checked everywhere', () => {
  const text = `// @param $rows List
UNWIND $rows AS row
MERGE (d:Drug {id: row.id, nam: row.name})
SET d.datasetVersoin = 1, d += {extra: 1}
WITH d
MATCH (d)-[t:TARGETS {srcs: []}]->(:Protein {nme: 'x'})
WHERE t.weight > 0
RETURN d {.id, .nmae}, d.name.size;
CREATE INDEX FOR (g:Gene) ON (g.sym);`;
  assert.deepEqual(lint(text).problems, [
    '3:28 error unknown property key `nam` (not in the graph schema)',
    '4:7 error unknown property key `datasetVersoin` (not in the graph schema)',
    '4:33 error unknown property key `extra` (not in the graph schema)',
    '6:23 error unknown property key `srcs` (not in the graph schema)',
    '6:46 error unknown property key `nme` (not in the graph schema)',
    '7:9 error unknown property key `weight` (not in the graph schema)',
    '8:17 error unknown property key `nmae` (not in the graph schema)',
    '9:33 error unknown property key `sym` (not in the graph schema)',
  ]);
});

test('labels and relationship types are checked in reads, writes and schema commands', () => {
  const text = `MERGE (a:Drug)-[:TARGET]->(b:Protien)
SET a:Extra
WITH a, b
MATCH (a)-[r]->(b) WHERE a:BINDS OR r:Drug OR a:Gene
RETURN a;
CREATE CONSTRAINT FOR (n:Nope) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX names FOR (n:Drug|Protei) ON EACH [n.name];`;
  assert.deepEqual(lint(text).problems, [
    '1:18 error unknown relationship type `TARGET` (not in the graph schema)',
    '1:30 error unknown label `Protien` (not in the graph schema)',
    '2:7 error unknown label `Extra` (not in the graph schema)',
    '4:28 error unknown label `BINDS` (not in the graph schema)',
    '4:39 error unknown relationship type `Drug` (not in the graph schema)',
    '6:26 error unknown label `Nope` (not in the graph schema)',
    '7:41 error unknown label `Protei` (not in the graph schema)',
  ]);
});

test('built-in functions and procedures are known; plugins and typos are not', () => {
  const ok = `// @param $q String
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
MATCH p = shortestPath((node)-[:TARGETS*..3]-(g:Gene))
RETURN toLower(node.name), coalesce(node.name, ''), size(nodes(p)), node.id, score;`;
  assert.deepEqual(lint(ok).problems, []);
  const bad = `RETURN toLowr('a'), apoc.text.join(['a'], ',');
CALL apoc.help('x');`;
  assert.deepEqual(lint(bad).problems, [
    '1:8 error unknown function `toLowr` (not a built-in Neo4j function)',
    '1:21 error unknown function `apoc.text.join` (not a built-in Neo4j function)',
    '2:6 error unknown procedure `apoc.help` (not a built-in Neo4j procedure)',
  ]);
});

test('YIELDed nodes are typed, so their property keys are checked', () => {
  const text = `CALL db.index.fulltext.queryNodes('entity_names', 'x') YIELD node RETURN node.nme;`;
  assert.deepEqual(lint(text).problems, ['1:79 error unknown property key `nme` (not in the graph schema)']);
});

test('deprecations are errors; other notifications are warnings', () => {
  const { problems } = lint('MATCH (d:Drug) RETURN id(d);\nMATCH p = shortestPath((a:Drug)-[*]-(b:Gene)) RETURN p;');
  assert.ok(problems.includes('1:23 error Function id is deprecated.'), problems.join('\n'));
  assert.ok(problems.some((p) => /^2:\d+ warning .*unbounded pattern/.test(p)), problems.join('\n'));
});

test('positions are relative to the file for every statement', () => {
  const text = 'RETURN 1; RETURN x;\n// c ; not a statement end\n/* ; */ RETURN \'a;b\', y;\n\n\n  RETURN\n   z;';
  assert.deepEqual(lint(text), {
    statements: 4,
    problems: [
      '1:18 error Variable `x` not defined',
      '3:23 error Variable `y` not defined',
      '7:4 error Variable `z` not defined',
    ],
  });
});

test('CRLF line ends keep positions right', () => {
  const text = 'RETURN 1;\r\n\r\nMATCH (d:Drug)\r\nRETURN d.nme;\r\n';
  assert.deepEqual(lint(text).problems, ['4:10 error unknown property key `nme` (not in the graph schema)']);
});

test('comments after the last statement are not a statement', () => {
  assert.deepEqual(lint('RETURN 1;\n// the end\n/* really */\n'), { statements: 1, problems: [] });
  assert.deepEqual(lint('// only a comment\n').problems, ['1:1 error no Cypher statement in this file']);
  assert.deepEqual(lint('').problems, ['1:1 error no Cypher statement in this file']);
});

test('parameters: declared per file, used or reported', () => {
  const text = `// @param $a String
// @param $b Integer
// @param $a String
// @param $c Strin
// @param c String
MATCH (d:Drug {id: $a}) RETURN d LIMIT $undeclared;
RETURN $\`b\`, '$notAParameter' // $alsoNot
;`;
  assert.deepEqual(lint(text).problems, [
    '3:1 error parameter $a is declared twice',
    '4:1 error @param $c has unknown type "Strin" (one of String, Integer, Float, Boolean, List, Map, Any)',
    '5:1 error malformed @param declaration: expected "// @param $name Type" (Type one of String, Integer, Float, Boolean, List, Map, Any)',
    '6:40 error parameter $undeclared is not declared in this file (add "// @param $undeclared Type")',
  ]);
  assert.deepEqual(lint('// @param $unused Map\nRETURN 1;').problems, [
    '1:1 error parameter $unused is declared but not used by any statement in this file',
  ]);
});

test('Browser commands are found on tokens, reported and blanked', async (t) => {
  await t.test('reported, and the Cypher around them still linted', () => {
    const text = ':param id => 1\nMATCH (d:Drug)\nRETURN d.nme;\n  :play movies\nRETURN 1; :use neo4j\n';
    assert.deepEqual(lint(text), {
      statements: 2,
      problems: [
        '1:1 error Neo4j Browser command ":param" is not Cypher (saved queries must be pure Cypher)',
        '3:10 error unknown property key `nme` (not in the graph schema)',
        '4:3 error Neo4j Browser command ":play" is not Cypher (saved queries must be pure Cypher)',
        '5:11 error Neo4j Browser command ":use" is not Cypher (saved queries must be pure Cypher)',
      ],
    });
  });
  await t.test('a colon inside a statement, a string or a comment is not a command', () => {
    const text = "MATCH (d\n:Drug)\nRETURN d.name, ':play';\n// :param x => 1\n/*\n:sysinfo\n*/ RETURN 1;";
    assert.deepEqual(lint(text).problems, []);
  });
  await t.test('blanking keeps every position', () => {
    const text = 'RETURN 1;\n:param x => 1 // ü\nRETURN 2;';
    const blanked = blankBrowserCommands(text, [{ token: { start: 10 } }]);
    assert.equal(blanked, `RETURN 1;\n${' '.repeat(18)}\nRETURN 2;`);
    assert.deepEqual(findBrowserCommands([]), []);
  });
});

test('CYPHER 25 syntax is analysed as Cypher 25', () => {
  const text = 'MATCH (d:Drug) FILTER d.name STARTS WITH "a" RETURN d.name;';
  assert.deepEqual(lint(`CYPHER 25 ${text}`).problems, []);
  assert.deepEqual(lint(text, { cypherVersion: 'CYPHER 25' }).problems, []);
});

test('buildDbSchema hands the package our lists, built-ins and parameters', () => {
  const db = buildDbSchema(schema, { parameters: { id: '' } });
  assert.deepEqual(db.labels, schema.labels);
  assert.deepEqual(db.parameters, { id: '' });
  assert.equal(db.defaultLanguage, 'CYPHER 5');
  assert.ok(db.functions['CYPHER 5'].toLower.isBuiltIn);
  assert.ok(db.procedures['CYPHER 5']['db.index.fulltext.queryNodes']);
  assert.equal(Object.keys(db.procedures['CYPHER 5']).some((n) => n.startsWith('apoc.')), false);
  assert.equal(Object.values(db.functions['CYPHER 25']).some((f) => !f.isBuiltIn), false);
});
