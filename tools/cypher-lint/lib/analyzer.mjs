/**
 * Everything that touches @neo4j-cypher/language-support lives here.
 *
 * Public API used: lintCypherQuery (Neo4j's parser + semantic analysis + the package's
 * schema/parameter/function checks), testData (the package's dump of Neo4j's function and
 * procedure signatures), allCypherVersions.
 *
 * Internal modules used (the package no longer exports them; we pin an exact version and
 * the tests fail loudly if they move): createParsingResult (the package's own statement
 * splitting, tokens and parse trees) and the generated parser's context classes, to check
 * names in the places the package deliberately skips (CREATE/MERGE/SET, schema commands).
 */
import * as languageSupport from '@neo4j-cypher/language-support';
import {
  classifyDiagnostic,
  compareProblems,
  unknownNameMessage,
  unquoteName,
} from './diagnostics.mjs';
import { parametersForSchema, parseParamComment } from './params.mjs';

const indexUrl = import.meta.resolve('@neo4j-cypher/language-support');
const internals = {
  service: await import(new URL('./cypherLanguageService.js', indexUrl)),
  parser: await import(new URL('./generated-parser/CypherCmdParser.js', indexUrl)),
  lexer: await import(new URL('./generated-parser/CypherCmdLexer.js', indexUrl)),
};

const { createParsingResult } = internals.service;
const P = internals.parser;
const { CypherCmdLexer: Lexer } = internals.lexer;

const REQUIRED_CONTEXTS = [
  'AddPropContext', 'EnclosedPropertyListContext', 'Expression2Context', 'Expression7Context',
  'HintContext', 'LabelComparisonContext', 'VariableContext',
  'InsertNodeLabelExpressionContext', 'InsertNodePatternContext',
  'InsertRelationshipLabelExpressionContext', 'InsertRelationshipPatternContext',
  'LabelExpression1Context', 'LabelExpression2Context', 'LabelExpression3Context',
  'LabelExpression4Context', 'LabelExpressionContext', 'LabelNameContext',
  'LabelOrRelTypeContext', 'LabelTypeContext', 'MapContext', 'MapProjectionContext',
  'MapProjectionElementContext', 'MultiLabelNodePatternContext',
  'MultiRelTypeRelPatternContext', 'NodeLabelsIsContext', 'NodePatternContext',
  'PropertiesContext', 'PropertyContext', 'PropertyKeyNameContext', 'PropertyListContext',
  'PropertyPostfixContext', 'RelTypeContext', 'RelationshipPatternContext', 'SetPropsContext',
];

{
  const missing = [
    ...['lintCypherQuery', 'testData', 'allCypherVersions'].filter((n) => !(n in languageSupport)),
    ...(typeof createParsingResult === 'function' ? [] : ['createParsingResult']),
    ...REQUIRED_CONTEXTS.filter((n) => typeof P[n] !== 'function'),
    ...['COLON', 'SEMICOLON', 'SINGLE_LINE_COMMENT'].filter((n) => typeof Lexer?.[n] !== 'number'),
  ];
  if (missing.length > 0) {
    throw new Error(
      `@neo4j-cypher/language-support no longer provides: ${missing.join(', ')}. ` +
        'The pinned version was changed without adapting tools/cypher-lint/lib/analyzer.mjs.',
    );
  }
}

const EOF = -1;
const DEFAULT_CHANNEL = 0;

export const CYPHER_VERSIONS = Object.freeze(
  Object.fromEntries(languageSupport.allCypherVersions.map((v) => [v.replace(/^CYPHER /, ''), v])),
);

/** Procedure namespaces that ship with Neo4j itself; plugins (APOC, GDS) are not assumed. */
export const BUILTIN_PROCEDURE_PREFIXES = Object.freeze(['db.', 'dbms.', 'tx.']);

/**
 * Neo4j's built-in functions and procedures, per Cypher version, from the signature dump the
 * package ships (testData.mockSchema, taken from a real server). Without dbSchema.functions /
 * procedures the package does not check function or procedure names at all.
 */
function builtinRegistries() {
  const mock = languageSupport.testData?.mockSchema;
  const functions = {};
  const procedures = {};
  for (const version of languageSupport.allCypherVersions) {
    const fns = mock?.functions?.[version];
    const procs = mock?.procedures?.[version];
    if (!fns || !procs) {
      throw new Error(`@neo4j-cypher/language-support ships no function/procedure list for ${version}`);
    }
    functions[version] = Object.fromEntries(Object.entries(fns).filter(([, f]) => f.isBuiltIn === true));
    procedures[version] = Object.fromEntries(
      Object.entries(procs).filter(([name]) => BUILTIN_PROCEDURE_PREFIXES.some((p) => name.startsWith(p))),
    );
  }
  return { functions, procedures };
}

const BUILTINS = builtinRegistries();

/** The DbSchema handed to the package: our schema, Neo4j's built-ins, the file's parameters. */
export function buildDbSchema(schema, { cypherVersion = 'CYPHER 5', parameters = {} } = {}) {
  return {
    labels: schema.labels,
    relationshipTypes: schema.relationshipTypes,
    propertyKeys: schema.propertyKeys,
    functions: BUILTINS.functions,
    procedures: BUILTINS.procedures,
    parameters,
    defaultLanguage: cypherVersion,
  };
}

/**
 * The package's semantic analysis swallows its own exceptions and then reports nothing, which
 * would make the gate pass silently (e.g. on an unsupported Node.js). Check it works once.
 */
export function assertSemanticAnalysisWorks() {
  const { diagnostics } = languageSupport.lintCypherQuery('RETURN undefinedVariable', {}, {
    consoleCommandsEnabled: false,
  });
  if (!diagnostics.some((d) => d.message.includes('Variable `undefinedVariable` not defined'))) {
    throw new Error(
      `Neo4j's semantic analysis is not working under Node.js ${process.version} ` +
        '(a query with an undefined variable was reported clean)',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens

function parse(text) {
  return createParsingResult(text, { consoleCommandsEnabled: false });
}

function isSignificant(token) {
  return token.channel === DEFAULT_CHANNEL && token.type !== EOF;
}

/**
 * Neo4j Browser commands (`:param`, `:play`, `:use`, ...): a `:` where a statement would start.
 * Decided on the package's tokens, so a `:` in a string, a comment or a label is never one.
 * A command runs to the end of its line.
 */
export function findBrowserCommands(tokens) {
  const commands = [];
  let atStatementStart = true;
  let skipLine = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isSignificant(token) || token.line === skipLine) continue;
    if (atStatementStart && token.type === Lexer.COLON) {
      const next = tokens.slice(i + 1).find((t) => isSignificant(t) && t.line === token.line);
      commands.push({ token, name: next ? next.text : '' });
      skipLine = token.line;
      continue;
    }
    atStatementStart = token.type === Lexer.SEMICOLON;
  }
  return commands;
}

/**
 * Replaces each command (from its `:` to the end of its line) by spaces, so the rest of the
 * file is linted as Cypher with unchanged line and column numbers. Token offsets count code
 * points, hence the array of code points.
 */
export function blankBrowserCommands(text, commands) {
  if (commands.length === 0) return text;
  const chars = Array.from(text);
  for (const { token } of commands) {
    for (let i = token.start; i < chars.length && chars[i] !== '\n' && chars[i] !== '\r'; i++) {
      chars[i] = ' ';
    }
  }
  return chars.join('');
}

// ---------------------------------------------------------------------------------------------
// Names the package does not check

function* walk(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    yield node;
    if (node.children) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
}

function asArray(x) {
  return x == null ? [] : Array.isArray(x) ? x : [x];
}

/** The variable an expression consists of, if it is nothing but a variable. */
function soleVariable(ctx) {
  let node = ctx;
  while (node && !(node instanceof P.VariableContext) && node.getChildCount?.() === 1) node = node.getChild(0);
  return node instanceof P.VariableContext ? node : undefined;
}

/**
 * Node label or relationship type: from the pattern it is in, or, for a predicate such as
 * `WHERE x:Foo`, from the type of x; 'label or relationship type' when that is unknown.
 */
function labelExpressionKind(labelNameCtx, symbolTable) {
  let p = labelNameCtx.parent;
  while (
    p instanceof P.LabelExpression1Context ||
    p instanceof P.LabelExpression2Context ||
    p instanceof P.LabelExpression3Context ||
    p instanceof P.LabelExpression4Context ||
    p instanceof P.LabelExpressionContext
  ) {
    p = p.parent;
  }
  if (p instanceof P.NodePatternContext) return 'label';
  if (p instanceof P.RelationshipPatternContext) return 'relationship type';
  if (p instanceof P.LabelComparisonContext && p.parent instanceof P.Expression7Context) {
    const types = variableTypes(soleVariable(p.parent.expression6()), symbolTable);
    if (types.length > 0 && types.every((t) => t === 'Node')) return 'label';
    if (types.length > 0 && types.every((t) => t === 'Relationship')) return 'relationship type';
  }
  return 'label or relationship type';
}

/** The types Neo4j's semantic analysis inferred for the variable used at this offset. */
function variableTypes(variableCtx, symbolTable) {
  if (!variableCtx) return [];
  const offset = variableCtx.start.start;
  const hits = symbolTable.filter((s) => s.references.includes(offset));
  // A projection such as `RETURN p {.id}` defines a new `p` at the same offset: prefer the use.
  const uses = hits.filter((s) => s.definitionPosition !== offset);
  return (uses.length > 0 ? uses : hits).flatMap((s) => s.types);
}

function isNodeOrRelationship(variableCtx, symbolTable) {
  const types = variableTypes(variableCtx, symbolTable);
  return types.length > 0 && types.every((t) => t === 'Node' || t === 'Relationship');
}

/** A map literal whose keys are property keys: pattern properties, or SET n = {...} / n += {...}. */
function isPropertyMap(mapCtx, symbolTable) {
  const parent = mapCtx.parent;
  if (parent instanceof P.PropertiesContext) {
    return parent.parent instanceof P.NodePatternContext || parent.parent instanceof P.RelationshipPatternContext;
  }
  if (parent instanceof P.InsertNodePatternContext || parent instanceof P.InsertRelationshipPatternContext) {
    return true;
  }
  let expr = mapCtx;
  while (expr.parent && expr.parent.getChildCount() === 1) expr = expr.parent;
  const item = expr.parent;
  if ((item instanceof P.SetPropsContext || item instanceof P.AddPropContext) && item.expression() === expr) {
    return isNodeOrRelationship(item.variable(), symbolTable);
  }
  return false;
}

/**
 * Whether this property key name is a key of a node or relationship property (and so must
 * be in the schema), rather than a key of a map or of a value of unknown type.
 */
function isGraphPropertyKey(keyCtx, symbolTable) {
  const parent = keyCtx.parent;
  if (parent instanceof P.MapContext) return isPropertyMap(parent, symbolTable);
  if (!(parent instanceof P.PropertyContext)) return false; // e.g. `key: expr` in a map projection
  const owner = parent.parent;
  if (owner instanceof P.PropertyPostfixContext) {
    // x.key: only the first property access on a plain variable; x.a.b is a value's key.
    const expr2 = owner.parent;
    if (!(expr2 instanceof P.Expression2Context) || expr2.postFix(0) !== owner) return false;
    const base = expr2.expression1();
    return base.getChildCount() === 1 && base.variable() != null && isNodeOrRelationship(base.variable(), symbolTable);
  }
  if (owner instanceof P.MapProjectionElementContext) {
    const projection = owner.parent;
    return projection instanceof P.MapProjectionContext && isNodeOrRelationship(projection.variable(), symbolTable);
  }
  // CREATE CONSTRAINT / INDEX ... (n.key): always a node or relationship property.
  return owner instanceof P.PropertyListContext || owner instanceof P.EnclosedPropertyListContext;
}

/**
 * Labels, relationship types and property keys of one statement that are not in the schema,
 * wherever they appear: the package itself skips CREATE/MERGE/SET, schema commands, anonymous
 * patterns and every property that the statement also writes.
 */
export function findUnknownNames(statementCtx, symbolTable, schema) {
  const known = {
    label: new Set(schema.labels),
    'relationship type': new Set(schema.relationshipTypes),
    'property key': new Set(schema.propertyKeys),
  };
  const found = [];
  const check = (nameCtx, kind) => {
    if (!nameCtx) return;
    const name = unquoteName(nameCtx.getText());
    const ok =
      kind === 'label or relationship type'
        ? known.label.has(name) || known['relationship type'].has(name)
        : known[kind].has(name);
    if (!ok) found.push({ token: nameCtx.start, kind, name });
  };

  for (const node of walk(statementCtx)) {
    if (node instanceof P.LabelNameContext) check(node.symbolicNameString(), labelExpressionKind(node, symbolTable));
    else if (node instanceof P.LabelTypeContext) check(node.symbolicNameString(), 'label');
    else if (node instanceof P.RelTypeContext) check(node.symbolicNameString(), 'relationship type');
    else if (node instanceof P.LabelOrRelTypeContext) check(node.symbolicNameString(), 'label or relationship type');
    else if (node instanceof P.NodeLabelsIsContext) asArray(node.symbolicNameString()).forEach((n) => check(n, 'label'));
    else if (node instanceof P.InsertNodeLabelExpressionContext || node instanceof P.MultiLabelNodePatternContext) {
      asArray(node.symbolicNameString()).forEach((n) => check(n, 'label'));
    } else if (
      node instanceof P.InsertRelationshipLabelExpressionContext ||
      node instanceof P.MultiRelTypeRelPatternContext
    ) {
      asArray(node.symbolicNameString()).forEach((n) => check(n, 'relationship type'));
    } else if (node instanceof P.PropertyKeyNameContext) {
      if (isGraphPropertyKey(node, symbolTable)) check(node, 'property key');
    } else if (node instanceof P.HintContext && node.labelOrRelType() && node.nonEmptyNameList()) {
      // USING INDEX n:Label(key, ...)
      asArray(node.nonEmptyNameList().symbolicNameString()).forEach((n) => check(n, 'property key'));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// One file

function problemAt(token, severity, message) {
  return { line: token.line, column: token.column + 1, offset: token.start, severity, message };
}

/**
 * Lints the text of one .cypher file.
 * Returns {statements, problems}; each problem has 1-based line and column in the file.
 */
export function lintText(text, schema, { cypherVersion = 'CYPHER 5' } = {}) {
  const problems = [];

  // 1. Browser commands are reported, then blanked so that the Cypher around them is linted.
  const textParse = parse(text);
  const commands = findBrowserCommands(textParse.statementsParsing.flatMap((s) => s.tokens));
  for (const { token, name } of commands) {
    problems.push(problemAt(token, 'error',
      `Neo4j Browser command ":${name}" is not Cypher (saved queries must be pure Cypher)`));
  }
  const cypherText = blankBrowserCommands(text, commands);

  // 2. The package's own statement splitting and parse.
  const parsed = (commands.length === 0 ? textParse : parse(cypherText)).statementsParsing;
  const allTokens = parsed.flatMap((s) => s.tokens);

  // 3. Parameter declarations, from line comments only (never from strings).
  const declarations = [];
  const declared = new Map();
  for (const token of allTokens) {
    if (token.type !== Lexer.SINGLE_LINE_COMMENT) continue;
    const decl = parseParamComment(token.text);
    if (decl === null) continue;
    if (decl.error) {
      problems.push(problemAt(token, 'error', decl.error));
    } else if (declared.has(decl.name)) {
      problems.push(problemAt(token, 'error', `parameter $${decl.name} is declared twice`));
    } else {
      declared.set(decl.name, token);
      declarations.push(decl);
    }
  }

  // 4. Neo4j's parser and semantic analysis, with our schema, built-ins and the parameters.
  const dbSchema = buildDbSchema(schema, { cypherVersion, parameters: parametersForSchema(declarations) });
  const linted = languageSupport.lintCypherQuery(cypherText, dbSchema, { consoleCommandsEnabled: false });
  const { diagnostics } = linted;
  // For an empty text the package lints nothing at all.
  const symbolTables = cypherText.length === 0 ? parsed.map(() => []) : linted.symbolTables;
  if (symbolTables.length !== parsed.length) {
    throw new Error('internal: the package split the file differently between two parses');
  }

  // Chunks between semicolons that hold only comments and whitespace are not statements:
  // the package reports a syntax error for a trailing comment, which we drop.
  let statements = 0;
  const emptyChunks = [];
  const used = new Set();
  const ourSchemaProblems = [];
  parsed.forEach((statement, i) => {
    const significant = statement.tokens.filter((t) => isSignificant(t) && t.type !== Lexer.SEMICOLON);
    if (significant.length === 0) {
      const first = statement.tokens[0];
      const last = statement.tokens[statement.tokens.length - 1];
      if (first && last) emptyChunks.push([first.start, Math.max(last.start, last.stop) + 1]);
      return;
    }
    statements++;
    for (const p of statement.collectedParameters) used.add(unquoteName(p.name)); // backticked parameters too: $`my param`
    for (const { token, kind, name } of findUnknownNames(statement.ctx, symbolTables[i], schema)) {
      ourSchemaProblems.push({ ...problemAt(token, 'error', unknownNameMessage(kind, name)), schemaKind: kind });
    }
  });
  const inEmptyChunk = (offset) => emptyChunks.some(([start, end]) => offset >= start && offset <= end);

  // 5. The package's diagnostics. A label or type problem we also found is reported once, by
  // us. Its property key warnings are all dropped: ours cover every place it checks, and it
  // wrongly attributes `row.from` in `(a {id: row.from})` to `a`, and `n.a.b` to `n`.
  const ourOffsets = new Set(ourSchemaProblems.map((p) => p.offset));
  for (const d of diagnostics) {
    if (inEmptyChunk(d.offsets.start)) continue;
    const { severity, message, schemaKind } = classifyDiagnostic(d);
    if (schemaKind === 'property key') continue;
    if (schemaKind && ourOffsets.has(d.offsets.start)) continue;
    problems.push({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      offset: d.offsets.start,
      severity,
      message,
    });
  }
  problems.push(...ourSchemaProblems.map(({ schemaKind, ...p }) => p));

  // 6. Declared but unused parameters.
  for (const decl of declarations) {
    if (!used.has(decl.name)) {
      problems.push(problemAt(declared.get(decl.name), 'error',
        `parameter $${decl.name} is declared but not used by any statement in this file`));
    }
  }

  if (statements === 0 && commands.length === 0) {
    problems.push({ line: 1, column: 1, offset: 0, severity: 'error', message: 'no Cypher statement in this file' });
  }

  problems.sort(compareProblems);
  return { statements, problems };
}
