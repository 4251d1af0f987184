import { readFileSync } from 'node:fs';
import { UsageError } from './errors.mjs';

/** The keys of the generated schema JSON that the lint reads; any other key is ignored. */
export const SCHEMA_KEYS = Object.freeze(['labels', 'relationshipTypes', 'propertyKeys']);

/**
 * Validates the parsed schema JSON and returns only the keys the lint uses.
 * Every key is required: a schema that silently lacked one would turn that check off.
 */
export function parseSchema(json, source = 'schema') {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new UsageError(`${source}: expected a JSON object with ${SCHEMA_KEYS.join(', ')}`);
  }
  const schema = {};
  for (const key of SCHEMA_KEYS) {
    const value = json[key];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
      throw new UsageError(`${source}: "${key}" must be an array of non-empty strings`);
    }
    schema[key] = [...new Set(value)];
  }
  return schema;
}

export function loadSchema(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read schema file ${path}: ${err.code ?? err.message}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`schema file ${path} is not valid JSON: ${err.message}`);
  }
  return parseSchema(json, path);
}
