/**
 * The `// @param $name Type` convention: every parameter a file's statements use is declared
 * in a line comment of that file. The value is the placeholder handed to the linter's
 * dbSchema.parameters (the package only checks that a parameter exists, not its type).
 */
export const PARAM_TYPES = Object.freeze({
  String: '',
  Integer: 0,
  Float: 0.5,
  Boolean: false,
  List: Object.freeze([]),
  Map: Object.freeze({}),
  Any: null,
});

const TYPE_LIST = Object.keys(PARAM_TYPES).join(', ');

/**
 * Reads one line comment (its full text, starting with `//`).
 * Returns null when it is not a @param comment, {name, type} for a valid declaration,
 * or {error} for a malformed one. Text after the type is a free description.
 */
export function parseParamComment(commentText) {
  const m = /^\/\/\s*@param(?=\s|$)(.*)$/su.exec(commentText);
  if (!m) return null;
  const rest = m[1].trim();
  const d = /^\$([\p{L}_][\p{L}\p{N}_]*|[0-9]+)(?:\s+(\S+))?(?:\s+.*)?$/u.exec(rest);
  if (!d) {
    return { error: `malformed @param declaration: expected "// @param $name Type" (Type one of ${TYPE_LIST})` };
  }
  const [, name, type] = d;
  if (type === undefined) {
    return { error: `@param $${name} has no type (one of ${TYPE_LIST})` };
  }
  if (!Object.hasOwn(PARAM_TYPES, type)) {
    return { error: `@param $${name} has unknown type "${type}" (one of ${TYPE_LIST})` };
  }
  return { name, type };
}

/** Builds dbSchema.parameters from the declarations. */
export function parametersForSchema(declarations) {
  return Object.fromEntries(declarations.map((d) => [d.name, PARAM_TYPES[d.type]]));
}
