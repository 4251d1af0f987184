/**
 * Turns the package's diagnostics into the gate's problems and decides which are errors.
 *
 * The package is written for an editor connected to a live database, so it reports names
 * missing from the database, deprecations and performance hints as *warnings*. Our schema
 * JSON is the complete schema and we pin the server version, so for the gate:
 *   - every package Error (syntax, semantic, undeclared parameter, unknown function or
 *     procedure)                                                   -> error
 *   - label / relationship type / property key not in the schema   -> error
 *   - anything deprecated                                          -> error
 *   - any other notification (e.g. an unbounded shortestPath hint) -> warning
 * Both errors and warnings make the gate fail; the severity only tells how sure Neo4j is.
 */

// vscode-languageserver-types values, repeated here to keep this module free of the package.
const SEVERITY_ERROR = 1;
const TAG_DEPRECATED = 2;

const NOT_PRESENT = / is not present in the database\.(?: Make sure you didn't misspell it or that it is available when you run this statement in your application)?$/;

export function unquoteName(name) {
  return name.length >= 2 && name.startsWith('`') && name.endsWith('`')
    ? name.slice(1, -1).replaceAll('``', '`')
    : name;
}

/** The gate's wording for a name missing from the schema; shared with our own checks. */
export function unknownNameMessage(kind, name) {
  return `unknown ${kind} \`${name}\` (not in the graph schema)`;
}

/**
 * Returns {severity: 'error'|'warning', message, schemaKind?} for one package diagnostic.
 * schemaKind is set for "not in the schema" problems, so that they can be merged with ours.
 */
export function classifyDiagnostic(diagnostic) {
  const { message } = diagnostic;
  const notPresent = NOT_PRESENT.exec(message);
  if (notPresent) {
    const subject = message.slice(0, notPresent.index);
    for (const [prefix, kind] of [
      ['Label or relationship type ', 'label or relationship type'],
      ['Relationship type ', 'relationship type'],
      ['Label ', 'label'],
    ]) {
      if (subject.startsWith(prefix)) {
        const name = unquoteName(subject.slice(prefix.length));
        return { severity: 'error', schemaKind: kind, message: unknownNameMessage(kind, name) };
      }
    }
    if (subject.startsWith('Function ')) {
      return { severity: 'error', message: `unknown function \`${subject.slice(9)}\` (not a built-in Neo4j function)` };
    }
    if (subject.startsWith('Procedure ')) {
      return { severity: 'error', message: `unknown procedure \`${subject.slice(10)}\` (not a built-in Neo4j procedure)` };
    }
    // The property key warning is the bare name.
    return {
      severity: 'error',
      schemaKind: 'property key',
      message: unknownNameMessage('property key', unquoteName(subject)),
    };
  }
  const param = /^Parameter \$(.+) is not defined\.$/.exec(message);
  if (param) {
    const name = param[1];
    return {
      severity: 'error',
      message: `parameter $${name} is not declared in this file (add "// @param $${name} Type")`,
    };
  }
  if (diagnostic.severity === SEVERITY_ERROR) return { severity: 'error', message };
  if (diagnostic.tags?.includes(TAG_DEPRECATED) || /deprecat/i.test(message)) {
    return { severity: 'error', message };
  }
  return { severity: 'warning', message };
}

/** One output line: path:line:col: severity: message (line and column 1-based). */
export function formatProblem(path, problem) {
  const message = problem.message.replace(/\s*\n\s*/g, ' ');
  return `${path}:${problem.line}:${problem.column}: ${problem.severity}: ${message}`;
}

export function compareProblems(a, b) {
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
