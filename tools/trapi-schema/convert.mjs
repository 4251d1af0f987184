#!/usr/bin/env node
// Converts the component schemas of a TRAPI OpenAPI 3.0 document into one JSON Schema (draft 2020-12)
// document whose $defs hold every component. External schemas that the OpenAPI document references
// (TRAPI 1.5.0 references the workflow schema of OperationsAndWorkflows 1.3.5) can be bundled as
// embedded schema resources, so the result validates offline.
//
// Usage:
//   node convert.mjs --trapi TranslatorReasonerAPI.yaml
//                    [--bundle Name=schema.json]...   embed a JSON Schema resource as $defs/Name (keeps its $id)
//                    [--out trapi.schema.json]        default: stdout
//                    [--report rules.txt]             where each conversion rule was applied
//
// The output depends only on the inputs: keys keep the order of the source documents.

import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const COMPONENT_REF_PREFIX = '#/components/schemas/';

// Keywords that mean the same in OpenAPI 3.0 and JSON Schema 2020-12 and carry no schema inside.
const PLAIN_KEYWORDS = new Set([
  'type', 'enum', 'pattern', 'format', 'default',
  'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength',
  'minimum', 'maximum', 'multipleOf', 'minProperties', 'maxProperties', 'required',
]);
// Annotations we deliberately leave out: the output keeps the facts of the schema, not its prose.
const DROPPED_OAS_KEYWORDS = new Set(['description', 'example', 'externalDocs', 'title', 'xml']);
const DROPPED_JSON_SCHEMA_KEYWORDS = new Set(['description', 'example', 'examples', 'title', '$comment']);
// Keywords that only annotate; everything else in a schema object constrains the instance.
const ANNOTATION_KEYWORDS = new Set(['default']);

export class ConversionError extends Error {}

function parseArgs(argv) {
  const args = { bundles: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new ConversionError(`${flag} needs a value`);
    i += 1;
    switch (flag) {
      case '--trapi': args.trapi = value; break;
      case '--out': args.out = value; break;
      case '--report': args.report = value; break;
      case '--bundle': {
        const at = value.indexOf('=');
        if (at <= 0) throw new ConversionError(`--bundle expects Name=file, got '${value}'`);
        args.bundles.push({ name: value.slice(0, at), file: value.slice(at + 1) });
        break;
      }
      default: throw new ConversionError(`unknown option ${flag}`);
    }
  }
  if (!args.trapi) throw new ConversionError('--trapi <TranslatorReasonerAPI.yaml> is required');
  return args;
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasConstraint(schema) {
  return Object.keys(schema).some((key) => !ANNOTATION_KEYWORDS.has(key));
}

// ---------------------------------------------------------------- OpenAPI 3.0 Schema Object -> 2020-12

class OasConverter {
  constructor(componentNames) {
    this.componentNames = componentNames;
    this.report = [];
  }

  note(path, rule) {
    this.report.push(`${path}: ${rule}`);
  }

  convertRef(ref, path) {
    if (ref.startsWith(COMPONENT_REF_PREFIX)) {
      const name = ref.slice(COMPONENT_REF_PREFIX.length);
      if (!this.componentNames.has(name)) throw new ConversionError(`${path}: $ref to unknown component ${name}`);
      return `#/$defs/${name}`;
    }
    if (ref.startsWith('#')) throw new ConversionError(`${path}: unsupported local $ref ${ref}`);
    this.note(path, `external $ref kept: ${ref}`);
    return ref;
  }

  convert(schema, path) {
    if (typeof schema === 'boolean') return schema;
    if (!isPlainObject(schema)) throw new ConversionError(`${path}: schema must be an object`);
    const out = {};
    let nullable = false;
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'nullable') {
        if (typeof value !== 'boolean') throw new ConversionError(`${path}: nullable must be boolean`);
        nullable = value;
      } else if (key === '$ref') {
        out.$ref = this.convertRef(value, path);
      } else if (PLAIN_KEYWORDS.has(key)) {
        out[key] = structuredClone(value);
      } else if (key === 'properties') {
        out.properties = {};
        for (const [name, propertySchema] of Object.entries(value)) {
          out.properties[name] = this.convert(propertySchema, `${path}.properties.${name}`);
        }
      } else if (key === 'items' || key === 'not') {
        out[key] = this.convert(value, `${path}.${key}`);
      } else if (key === 'additionalProperties') {
        out.additionalProperties = this.convert(value, `${path}.additionalProperties`);
      } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
        out[key] = value.map((item, index) => this.convert(item, `${path}.${key}[${index}]`));
      } else if (DROPPED_OAS_KEYWORDS.has(key) || key.startsWith('x-')) {
        // annotation or vendor extension: not part of what an instance must satisfy
      } else {
        throw new ConversionError(`${path}: keyword '${key}' has no conversion rule`);
      }
    }
    this.collapseSingleRefComposition(out, path);
    this.flagRefSiblings(out, path);
    return nullable ? this.allowNull(out, path) : out;
  }

  // oneOf/anyOf/allOf with one {$ref} only is exactly that $ref; TRAPI uses this shape to put
  // `nullable` or a description next to a reference.
  collapseSingleRefComposition(out, path) {
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      const items = out[key];
      if (!items || items.length !== 1 || out.$ref !== undefined) continue;
      const [only] = items;
      if (!isPlainObject(only) || Object.keys(only).length !== 1 || only.$ref === undefined) continue;
      const rebuilt = {};
      for (const [existing, value] of Object.entries(out)) {
        if (existing === key) rebuilt.$ref = only.$ref;
        else rebuilt[existing] = value;
      }
      for (const existing of Object.keys(out)) delete out[existing];
      Object.assign(out, rebuilt);
      this.note(path, `single-item ${key} of a $ref replaced by the $ref`);
    }
  }

  // OpenAPI 3.0 says siblings of $ref are ignored; 2020-12 applies them. Kept, and reported, because
  // the YAML puts them there on purpose (e.g. the biolink pattern on Qualifier.qualifier_type_id).
  flagRefSiblings(out, path) {
    if (out.$ref === undefined) return;
    const siblings = Object.keys(out).filter((key) => key !== '$ref' && !ANNOTATION_KEYWORDS.has(key));
    if (siblings.length > 0) this.note(path, `$ref with constraining siblings kept (2020-12 applies them): ${siblings.join(', ')}`);
  }

  // OpenAPI 3.0 `nullable: true` becomes an explicit "or null".
  allowNull(out, path) {
    if (out.type !== undefined) {
      const types = Array.isArray(out.type) ? out.type : [out.type];
      if (!types.includes('null')) out.type = [...types, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) {
        out.enum = [...out.enum, null];
        this.note(path, 'nullable: type gets "null" and enum gets null');
      } else {
        this.note(path, 'nullable: type gets "null"');
      }
      return out;
    }
    if (!hasConstraint(out)) {
      this.note(path, 'nullable without type or constraint: already accepts null, nothing to add');
      return out;
    }
    const constraint = {};
    const wrapped = {};
    for (const [key, value] of Object.entries(out)) {
      if (ANNOTATION_KEYWORDS.has(key)) wrapped[key] = value;
      else constraint[key] = value;
    }
    this.note(path, 'nullable without type: anyOf [schema, {type: null}]');
    return { anyOf: [constraint, { type: 'null' }], ...wrapped };
  }
}

// ---------------------------------------------------------------- bundled JSON Schema (draft-07) -> 2020-12

// Schema-valued keywords of the JSON Schema vocabularies this bundling accepts.
const JS_SCHEMA_KEYWORDS = new Set(['items', 'not', 'additionalProperties', 'if', 'then', 'else', 'contains', 'propertyNames']);
const JS_SCHEMA_LIST_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf']);
const JS_SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs']);
const JS_PLAIN_KEYWORDS = new Set([...PLAIN_KEYWORDS, 'const', 'exclusiveMinimum', 'exclusiveMaximum', '$id', '$ref']);

function convertBundled(schema, path, report, isRoot) {
  if (typeof schema === 'boolean') return schema;
  if (!isPlainObject(schema)) throw new ConversionError(`${path}: schema must be an object or boolean`);
  if (Array.isArray(schema.items)) throw new ConversionError(`${path}: tuple 'items' needs prefixItems; no rule yet`);
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$schema') {
      if (!isRoot) throw new ConversionError(`${path}: $schema below the root`);
      report.push(`${path}: $schema ${value} dropped; embedded as a 2020-12 resource`);
    } else if (JS_PLAIN_KEYWORDS.has(key)) {
      out[key] = structuredClone(value);
    } else if (JS_SCHEMA_KEYWORDS.has(key)) {
      out[key] = convertBundled(value, `${path}.${key}`, report, false);
    } else if (JS_SCHEMA_LIST_KEYWORDS.has(key)) {
      out[key] = value.map((item, index) => convertBundled(item, `${path}.${key}[${index}]`, report, false));
    } else if (JS_SCHEMA_MAP_KEYWORDS.has(key)) {
      out[key] = {};
      for (const [name, child] of Object.entries(value)) {
        out[key][name] = convertBundled(child, `${path}.${key}.${name}`, report, false);
      }
    } else if (DROPPED_JSON_SCHEMA_KEYWORDS.has(key)) {
      // annotation: left out
    } else {
      throw new ConversionError(`${path}: keyword '${key}' has no bundling rule`);
    }
  }
  if (out.$ref !== undefined && Object.keys(out).some((key) => key !== '$ref' && key !== '$id' && !ANNOTATION_KEYWORDS.has(key))) {
    // draft-07 ignores siblings of $ref; 2020-12 would apply them
    throw new ConversionError(`${path}: $ref with siblings in a draft-07 schema; no rule yet`);
  }
  return out;
}

// ---------------------------------------------------------------- reference check

function stripFragment(uri) {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

function resolvePointer(root, pointer) {
  if (pointer === '' || pointer === '/') return root;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isPlainObject(node) || !(segment in node)) return undefined;
    node = node[segment];
  }
  return node;
}

// Every $ref must land inside this document: "#/..." against the enclosing resource, absolute URIs
// against an embedded resource's $id.
function checkReferences(document) {
  const resources = new Map();
  const refs = [];
  const walk = (node, base) => {
    if (Array.isArray(node)) { node.forEach((item) => walk(item, base)); return; }
    if (!isPlainObject(node)) return;
    let here = base;
    if (typeof node.$id === 'string') {
      here = stripFragment(node.$id);
      resources.set(here, node);
    }
    if (typeof node.$ref === 'string') refs.push({ ref: node.$ref, base: here });
    Object.values(node).forEach((child) => walk(child, here));
  };
  walk(document, stripFragment(document.$id));
  const broken = [];
  for (const { ref, base } of refs) {
    const hash = ref.indexOf('#');
    const target = hash === 0 ? base : stripFragment(ref);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    const resource = resources.get(target);
    if (!resource || resolvePointer(resource, pointer) === undefined) broken.push(`${ref} (from ${base})`);
  }
  if (broken.length > 0) throw new ConversionError(`unresolved $ref:\n  ${[...new Set(broken)].join('\n  ')}`);
}

// ---------------------------------------------------------------- main

// openapi: the parsed OpenAPI 3.0 document; bundles: [{ name, schema }] JSON Schema documents to embed.
export function convertOpenApi(openapi, bundles = []) {
  if (typeof openapi?.openapi !== 'string' || !openapi.openapi.startsWith('3.0')) {
    throw new ConversionError('expected an OpenAPI 3.0 document');
  }
  const trapiVersion = openapi.info?.['x-trapi']?.version;
  if (typeof trapiVersion !== 'string') throw new ConversionError('info.x-trapi.version is missing');
  const components = openapi.components?.schemas ?? {};
  const converter = new OasConverter(new Set(Object.keys(components)));

  const defs = {};
  for (const [name, schema] of Object.entries(components)) {
    defs[name] = converter.convert(schema, name);
  }
  for (const { name, schema } of bundles) {
    if (name in defs) throw new ConversionError(`bundle name ${name} collides with a component`);
    const bundled = convertBundled(schema, name, converter.report, true);
    if (typeof bundled.$id !== 'string') throw new ConversionError(`${name}: a bundled schema needs an $id`);
    converter.note(name, `bundled from ${bundled.$id}`);
    defs[name] = bundled;
  }

  const document = {
    $schema: DRAFT_2020_12,
    $id: `urn:trapi:${trapiVersion}`,
    $comment: `Generated by convert.mjs from the component schemas of TRAPI ${trapiVersion} (OpenAPI ${openapi.openapi}). `
      + `Validate with {"$ref": "urn:trapi:${trapiVersion}#/$defs/<Component>"}.`,
    $defs: defs,
  };
  checkReferences(document);
  return { document, report: converter.report };
}

function main(argv) {
  const args = parseArgs(argv);
  const openapi = parse(readFileSync(args.trapi, 'utf8'), { uniqueKeys: true });
  const bundles = args.bundles.map(({ name, file }) => ({ name, schema: JSON.parse(readFileSync(file, 'utf8')) }));
  const { document, report } = convertOpenApi(openapi, bundles);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (args.out) writeFileSync(args.out, text);
  else process.stdout.write(text);
  if (args.report) writeFileSync(args.report, `${report.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConversionError) && error?.name !== 'YAMLParseError') throw error;
    process.stderr.write(`convert.mjs: ${error.message}\n`);
    process.exit(1);
  }
}
