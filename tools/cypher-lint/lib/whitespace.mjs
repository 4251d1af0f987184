/**
 * Asks Neo4j's own Cypher parser which characters it takes as whitespace, so that the API's read-only console
 * policy (src/Apatorsen.Api/Security/CypherTokenizer.cs) can be checked against it rather than against a list
 * somebody wrote down. Two parsers are asked:
 *
 * - the grammar: the package's ANTLR lexer and parser, generated from Neo4j's Cypher grammar (Cypher25Lexer.g4,
 *   rule SPACE), for every code point of the Basic Multilingual Plane;
 * - Neo4j's front end: the server's own parser and semantic analysis compiled to JavaScript, which the package runs
 *   as its semantic analysis. It takes tens of milliseconds a statement, so it is asked about the suspects only:
 *   every code point the grammar accepts plus every separator (\p{Z}), control (\p{Cc}) and format (\p{Cf})
 *   character of the BMP, in Cypher 5 and Cypher 25.
 *
 * It also says which characters the lexer puts into identifiers, since a name split differently would hide a keyword
 * as surely as unseen whitespace.
 */
import { CharStream } from 'antlr4ng';

const indexUrl = import.meta.resolve('@neo4j-cypher/language-support');
const { createParsingResult } = await import(new URL('./cypherLanguageService.js', indexUrl));
const { CypherCmdLexer: Lexer } = await import(new URL('./generated-parser/CypherCmdLexer.js', indexUrl));
const { wrappedSemanticAnalysis } = await import(new URL('./syntaxValidation/semanticAnalysisWrapper.js', indexUrl));

const DEFAULT_CHANNEL = 0;
const BMP_END = 0xffff;
export const FRONT_END_VERSIONS = Object.freeze(['CYPHER 5', 'CYPHER 25']);

/** The probe: one character between two tokens that need a separator. */
export const probe = (codePoint) => `RETURN${String.fromCharCode(codePoint)}1`;

/** True when the lexer reads the character of probe(c) as hidden text between RETURN and 1. */
function lexesAsWhitespace(codePoint) {
  const tokens = lex(probe(codePoint));
  const visible = tokens.filter((t) => t.channel === DEFAULT_CHANNEL).map((t) => t.text);
  return tokens.length === 3 && visible.length === 2 && visible[0] === 'RETURN' && visible[1] === '1';
}

/**
 * BMP code points the lexer takes into an identifier: as its first character (c + 'b' is one IDENTIFIER) and as a
 * later one (a + c + 'b' is one token).
 */
export function identifierCharacters() {
  const start = [];
  const part = [];
  for (let c = 0; c <= BMP_END; c++) {
    const ch = String.fromCharCode(c);
    const first = lex(`${ch}b`);
    if (first.length === 1 && first[0].type === Lexer.IDENTIFIER) {
      start.push(c);
    }
    if (lex(`a${ch}b`).length === 1) {
      part.push(c);
    }
  }
  return { start, part };
}

function lex(text) {
  const lexer = new Lexer(CharStream.fromString(text));
  lexer.removeErrorListeners();
  return lexer.getAllTokens();
}

/**
 * The syntax errors of the package's parser for one text (statements split on ';' as Neo4j tools do), and a
 * character the lexer could not read (its ErrorChar token), which the package's parser does not report by itself.
 */
export function syntaxErrors(text) {
  const unreadable = lex(text)
    .filter((t) => t.type === Lexer.ErrorChar)
    .map((t) => `unexpected character U+${hex(t.text.codePointAt(0))} at offset ${t.start}`);
  const parsed = createParsingResult(text, { consoleCommandsEnabled: false });
  return [...unreadable, ...parsed.statementsParsing.flatMap((s) => s.syntaxErrors.map((e) => e.message))];
}

/** How many statements the package's splitter finds in the text. */
export function statementCount(text) {
  return createParsingResult(text, { consoleCommandsEnabled: false }).statementsParsing.length;
}

/** The errors of Neo4j's front end (its parser and semantic analysis) for one statement. */
export function frontEndErrors(statement, version) {
  return wrappedSemanticAnalysis(statement, {}, version).errors.map((e) => e.message);
}

/** BMP code points that the grammar takes as whitespace: the lexer's verdict, confirmed by a full parse. */
export function grammarWhitespace() {
  const accepted = [];
  for (let c = 0; c <= BMP_END; c++) {
    if (lexesAsWhitespace(c)) {
      const errors = syntaxErrors(probe(c));
      if (errors.length > 0) {
        throw new Error(`U+${hex(c)} lexes as whitespace but the parser refuses ${JSON.stringify(probe(c))}: ${errors[0]}`);
      }
      accepted.push(c);
    }
  }
  return accepted;
}

/** The code points worth asking the slow front end about: the grammar's, and every separator, control and format character. */
export function suspects(grammar) {
  const set = new Set(grammar);
  const category = /[\p{Z}\p{Cc}\p{Cf}]/u;
  for (let c = 0; c <= BMP_END; c++) {
    if (c < 0xd800 || c > 0xdfff) {
      if (category.test(String.fromCharCode(c))) {
        set.add(c);
      }
    }
  }
  return [...set].sort((a, b) => a - b);
}

/** Of the suspects, those Neo4j's front end accepts in probe(c), per Cypher version. */
export function frontEndWhitespace(candidates) {
  return Object.fromEntries(FRONT_END_VERSIONS.map((version) => [
    version,
    candidates.filter((c) => frontEndErrors(probe(c), version).length === 0),
  ]));
}

export const hex = (c) => c.toString(16).toUpperCase().padStart(4, '0');
