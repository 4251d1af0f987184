#!/usr/bin/env node
// Extracts the facts of a Biolink Model release (names, hierarchy, domains, ranges, enum values,
// prefixes) into a compact, deterministic JSON table. No descriptions or other prose are copied.
//
//   node extract.mjs <biolink-model.yaml> [--attributes <attributes.yaml>] [--context <context.jsonld>]
//                    [--repository URL] [--tag TAG] [--file PATH] [--out FILE | --check FILE]
//   node extract.mjs --git-dir <bare repo> --tag v4.4.4 [--out FILE | --check FILE]
//
// The model imports attributes.yaml (slots that its classes use); it is read from beside the model
// file unless --attributes names it. The model's YAML declares only some prefixes; the rest come from
// curie maps that its generators resolve, so the full prefix map ("prefix_map") is read from the JSON-LD
// context generated with the release (project/jsonld/biolink_model.context.jsonld, found beside the
// model file as in a checkout of the repository, or named by --context); without it, no prefix_map.
// --check exits 1 when FILE differs from what the model gives.
//
// Names: classes as Biolink spells them in CURIEs (CamelCase: "GeneOrGeneProduct"), slots and types in
// snake_case ("related_to", "label_type"), enums and their values as the model spells them. A range is
// always the key of a class, an enum or a type of the table.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';

const DEFAULT_REPOSITORY = 'https://github.com/biolink/biolink-model';
const MODEL_FILE = 'biolink-model.yaml';
const ATTRIBUTES_FILE = 'attributes.yaml';
const CONTEXT_FILE = 'project/jsonld/biolink_model.context.jsonld';

// The built-in types of linkml:types, which the model imports and uses as ranges.
const LINKML_TYPES = new Map([
  ['string', 'xsd:string'], ['integer', 'xsd:integer'], ['boolean', 'xsd:boolean'], ['float', 'xsd:float'],
  ['double', 'xsd:double'], ['decimal', 'xsd:decimal'], ['time', 'xsd:time'], ['date', 'xsd:date'],
  ['datetime', 'xsd:dateTime'], ['date_or_datetime', 'linkml:DateOrDatetime'], ['uriorcurie', 'xsd:anyURI'],
  ['curie', 'xsd:string'], ['uri', 'xsd:anyURI'], ['ncname', 'xsd:string'], ['objectidentifier', 'shex:iri'],
  ['nodeidentifier', 'shex:nonLiteral'], ['jsonpointer', 'xsd:string'], ['jsonpath', 'xsd:string'],
  ['sparqlpath', 'xsd:string'],
]);

// Range constructs this tool does not resolve; a release that starts using them must fail loudly.
const UNSUPPORTED_SLOT_KEYS = ['any_of', 'exactly_one_of', 'all_of', 'none_of', 'range_expression'];

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {};
  const valued = new Set(['--attributes', '--context', '--repository', '--tag', '--file', '--out', '--check', '--git-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (valued.has(arg)) {
      if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
      options[arg.slice(2).replace('-', '_')] = argv[++i];
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (options.model === undefined) {
      options.model = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg}`);
    }
  }
  if ((options.model === undefined) === (options.git_dir === undefined)) {
    throw new UsageError('give either the path of biolink-model.yaml or --git-dir with --tag');
  }
  if (options.git_dir !== undefined && options.tag === undefined) throw new UsageError('--git-dir needs --tag');
  if (options.out !== undefined && options.check !== undefined) throw new UsageError('give --out or --check, not both');
  return options;
}

// Reads the model, the attributes file it imports and the generated JSON-LD context, from paths or from
// a git repository at a tag.
function readSources(options) {
  if (options.git_dir !== undefined) {
    const show = (file) => execFileSync('git', ['--git-dir', options.git_dir, 'show', `${options.tag}:${file}`], { maxBuffer: 64 << 20 });
    const hasFile = (file) => {
      try {
        execFileSync('git', ['--git-dir', options.git_dir, 'cat-file', '-e', `${options.tag}:${file}`], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    return {
      model: { bytes: show(MODEL_FILE), file: options.file ?? MODEL_FILE },
      attributes: hasFile(ATTRIBUTES_FILE) ? { bytes: show(ATTRIBUTES_FILE), file: ATTRIBUTES_FILE } : undefined,
      context: hasFile(CONTEXT_FILE) ? { bytes: show(CONTEXT_FILE), file: CONTEXT_FILE } : undefined,
    };
  }
  const modelBytes = readFileSync(options.model);
  let attributes;
  const path = options.attributes ?? join(dirname(options.model), ATTRIBUTES_FILE);
  if (existsSync(path)) attributes = { bytes: readFileSync(path), file: ATTRIBUTES_FILE };
  else if (options.attributes !== undefined) throw new UsageError(`cannot read ${path}`);
  const contextPath = options.context ?? join(dirname(options.model), CONTEXT_FILE);
  let context;
  if (existsSync(contextPath)) context = { bytes: readFileSync(contextPath), file: CONTEXT_FILE };
  else if (options.context !== undefined) throw new UsageError(`cannot read ${contextPath}`);
  return { model: { bytes: modelBytes, file: options.file ?? MODEL_FILE, path: options.model }, attributes, context };
}

// Parses YAML, refusing duplicate keys and any mapping key that would not read back as written
// (an enum value 1.0 would otherwise silently become "1"; 0, 1 and 2 are kept as "0", "1" and "2").
function parseYaml(bytes, label) {
  const text = bytes.toString('utf8');
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`${label}: ${doc.errors.map((e) => e.message).join('\n')}`);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value === 'string') return;
      const written = text.slice(pair.key.range[0], pair.key.range[1]);
      if (String(pair.key.value) !== written) {
        throw new Error(`${label}: mapping key ${written} would be read as ${String(pair.key.value)}`);
      }
    },
  });
  return doc.toJS();
}

// The prefixes of a generated JSON-LD context: terms whose value is an absolute IRI, or that are
// marked @prefix. Other terms name classes and slots.
function prefixMapOfContext(bytes) {
  const context = JSON.parse(bytes.toString('utf8'))['@context'];
  if (context === null || typeof context !== 'object') throw new Error(`${CONTEXT_FILE}: no @context object`);
  const map = {};
  for (const [term, value] of Object.entries(context)) {
    if (term.startsWith('@')) continue;
    if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) map[term] = value;
    else if (value !== null && typeof value === 'object' && value['@prefix'] === true) map[term] = value['@id'];
  }
  return map;
}

const gitBlobSha1 = (bytes) =>
  createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

// LinkML's camelcase: words split on whitespace, each word's first letter upper-cased, the rest kept.
const camel = (name) => name.trim().split(/\s+/).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
// LinkML's underscore: whitespace runs become one underscore, case kept.
const snake = (name) => name.trim().replace(/\s+/g, '_');

// LinkML's closure over parents (mixins first, then is_a), depth first, reflexive: the order in which
// LinkML looks for an inherited value; the first element that has one wins.
function closure(start, parents) {
  const result = [start];
  const visited = new Set();
  const todo = [start];
  while (todo.length > 0) {
    const item = todo.pop();
    visited.add(item);
    for (const parent of parents(item)) {
      if (!visited.has(parent) && !result.includes(parent)) {
        todo.push(parent);
        result.push(parent);
      }
    }
  }
  return result;
}

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const isTrue = (value) => value === true || value === 'true';

function buildModel(modelYaml, attributesYaml) {
  const classes = modelYaml.classes ?? {};
  const enums = modelYaml.enums ?? {};
  const types = modelYaml.types ?? {};
  const slots = { ...(modelYaml.slots ?? {}) };
  const importedSlots = new Set();
  for (const [name, slot] of Object.entries(attributesYaml?.slots ?? {})) {
    if (slots[name] !== undefined) throw new Error(`slot ${name} is defined both in the model and in its attributes import`);
    slots[name] = slot;
    importedSlots.add(name);
  }
  for (const [name, slot] of Object.entries(slots)) {
    for (const key of UNSUPPORTED_SLOT_KEYS) if (slot?.[key] !== undefined) throw new Error(`slot ${name} uses ${key}, which this tool does not resolve`);
  }
  for (const [name, cls] of Object.entries(classes)) {
    for (const [slotName, usage] of Object.entries(cls?.slot_usage ?? {})) {
      for (const key of UNSUPPORTED_SLOT_KEYS) if (usage?.[key] !== undefined) throw new Error(`class ${name} slot_usage ${slotName} uses ${key}, which this tool does not resolve`);
    }
  }
  return { classes, slots, enums, types, importedSlots, defaultRange: modelYaml.default_range ?? 'string' };
}

function createNamer(model) {
  const kinds = new Map();
  const register = (key, kind, source) => {
    const previous = kinds.get(key);
    if (previous !== undefined) throw new Error(`name clash: ${source} and ${previous.source} both become ${key}`);
    kinds.set(key, { kind, source });
  };
  // Two classes can share a CURIE (4.4.4 has "KnowledgeGraph" and "knowledge graph"). As in the
  // model's generated code, the later definition wins; every clash is listed in the table.
  const classClashes = {};
  for (const name of Object.keys(model.classes)) {
    const key = camel(name);
    if (kinds.get(key)?.kind === 'class') {
      (classClashes[key] ??= [kinds.get(key).name]).push(name);
      kinds.set(key, { kind: 'class', source: `class ${name}`, name });
    } else {
      register(key, 'class', `class ${name}`);
      kinds.get(key).name = name;
    }
  }
  for (const name of Object.keys(model.enums)) register(name, 'enum', `enum ${name}`);
  for (const name of Object.keys(model.types)) register(snake(name), 'type', `type ${name}`);
  for (const name of LINKML_TYPES.keys()) if (!kinds.has(name)) register(name, 'type', `linkml type ${name}`);
  const slotKeys = new Map();
  for (const name of Object.keys(model.slots)) {
    const key = snake(name);
    if (slotKeys.has(key)) throw new Error(`name clash: slots ${name} and ${slotKeys.get(key)} both become ${key}`);
    slotKeys.set(key, name);
  }
  const usedBuiltins = new Set();
  return {
    cls: (name) => {
      if (model.classes[name] === undefined) throw new Error(`unknown class ${name}`);
      return camel(name);
    },
    slot: (name) => {
      if (model.slots[name] === undefined) throw new Error(`unknown slot ${name}`);
      return snake(name);
    },
    slotFromSnake: (key) => {
      if (!slotKeys.has(key)) throw new Error(`unknown slot ${key}`);
      return key;
    },
    // A range: a class, an enum, a model type or a linkml type.
    range: (name) => {
      if (model.classes[name] !== undefined) return camel(name);
      if (model.enums[name] !== undefined) return name;
      if (model.types[name] !== undefined) return snake(name);
      if (LINKML_TYPES.has(name)) {
        usedBuiltins.add(name);
        return name;
      }
      throw new Error(`unknown range ${name}`);
    },
    usedBuiltins,
    classClashes,
    // Whether this model class is the one its CURIE names.
    ownsClassKey: (name) => kinds.get(camel(name)).name === name,
  };
}

// The inheritance machinery: ancestors in LinkML's order, inherited slot metaslots, and metaslots as a
// class's slot_usage (or an ancestor's) refines them.
function createHierarchy(model, name) {
  const { classes, slots } = model;
  const classParents = (c) => [...list(classes[c].mixins), ...list(classes[c].is_a)];
  const slotParents = (s) => [...list(slots[s].mixins), ...list(slots[s].is_a)];
  for (const c of Object.keys(classes)) classParents(c).forEach(name.cls);
  for (const s of Object.keys(slots)) slotParents(s).forEach(name.slot);

  const classAncestors = new Map(Object.keys(classes).map((c) => [c, closure(c, classParents)]));
  const slotAncestors = new Map(Object.keys(slots).map((s) => [s, closure(s, slotParents)]));

  // The slot itself or its nearest slot ancestor that sets the metaslot (LinkML slot inheritance).
  const inheritedFrom = (slot, metaslot) => slotAncestors.get(slot).find((s) => slots[s]?.[metaslot] !== undefined);
  // The first class ancestor whose slot_usage sets the metaslot, else the slot-level inherited value.
  const induced = (cls, slot, metaslot) => {
    for (const c of classAncestors.get(cls)) {
      const value = classes[c].slot_usage?.[slot]?.[metaslot];
      if (value !== undefined) return value;
    }
    const from = inheritedFrom(slot, metaslot);
    return from === undefined ? undefined : slots[from][metaslot];
  };

  return {
    classAncestors: (c) => classAncestors.get(c),
    inheritedFrom,
    induced,
    inducedRange: (cls, slot) => induced(cls, slot, 'range') ?? model.defaultRange,
    isPredicate: (s) => slotAncestors.get(s).includes('related to'),
    isQualifier: (s) => s !== 'qualifier' && slotAncestors.get(s).includes('qualifier'),
    // A predicate and all its descendants (through is_a and mixins), as snake_case names.
    predicateValues: (root) => Object.keys(slots).filter((s) => slotAncestors.get(s).includes(root)).map(name.slot).sort(),
  };
}

// Subject, object, predicate and qualifier facts of an association (or association mixin) class.
function associationFacts(c, model, name, h) {
  const facts = {
    subject_range: name.range(h.inducedRange(c, 'subject')),
    object_range: name.range(h.inducedRange(c, 'object')),
  };
  // The predicate may be bounded by a subproperty_of root, by an enum of predicates, or by both
  // (then a predicate must satisfy both, and in 4.4.4 some classes are left with none).
  const predicateRoot = h.induced(c, 'predicate', 'subproperty_of');
  const predicateRange = h.inducedRange(c, 'predicate');
  let values;
  if (predicateRoot !== undefined) {
    facts.predicate_subproperty_of = name.slot(predicateRoot);
    values = h.predicateValues(predicateRoot);
  }
  const predicateEnum = model.enums[predicateRange];
  if (predicateEnum !== undefined) {
    facts.predicate_range = predicateRange;
    const allowed = Object.keys(predicateEnum.permissible_values ?? {}).map((v) => name.slotFromSnake(v.replace(/^biolink:/, '')));
    values = (values ?? allowed).filter((v) => allowed.includes(v)).sort();
  }
  if (values !== undefined) facts.predicate_values = values;
  facts.qualifiers = {};
  for (const s of classSlots(c, model, h)) {
    if (!h.isQualifier(s)) continue;
    const qualifier = { range: name.range(h.inducedRange(c, s)) };
    const sub = h.induced(c, s, 'subproperty_of');
    if (sub !== undefined) qualifier.subproperty_of = name.slot(sub);
    facts.qualifiers[name.slot(s)] = qualifier;
  }
  return facts;
}

// The slots a class has: its own and its ancestors' slots, and those their slot_usage refines.
function classSlots(c, model, h) {
  const found = new Set();
  for (const a of h.classAncestors(c)) {
    list(model.classes[a].slots).forEach((s) => found.add(s));
    Object.keys(model.classes[a].slot_usage ?? {}).forEach((s) => found.add(s));
  }
  return [...found];
}

function extractClasses(model, name, h) {
  const out = {};
  for (const [c, cls] of Object.entries(model.classes)) {
    if (!name.ownsClassKey(c)) continue;
    const entry = {
      is_a: cls.is_a === undefined ? null : name.cls(cls.is_a),
      mixins: list(cls.mixins).map(name.cls),
      abstract: isTrue(cls.abstract),
      mixin: isTrue(cls.mixin),
    };
    if (cls.union_of !== undefined) entry.union_of = list(cls.union_of).map(name.cls);
    if (cls.id_prefixes !== undefined) entry.id_prefixes = list(cls.id_prefixes).map(String);
    if (cls.deprecated !== undefined) entry.deprecated = true;
    if (cls.slots !== undefined) entry.slots = list(cls.slots).map(name.slot);
    if (cls.defining_slots !== undefined) entry.defining_slots = list(cls.defining_slots).map(name.slot);
    const slotsOfClass = classSlots(c, model, h);
    slotsOfClass.forEach(name.slot);
    if (h.classAncestors(c).includes('association') || (slotsOfClass.includes('subject') && slotsOfClass.includes('object'))) {
      Object.assign(entry, associationFacts(c, model, name, h));
    }
    out[name.cls(c)] = entry;
  }
  return out;
}

// The model often states an inverse on one side only (part of: inverse has part); an inverse holds
// both ways, so each slot gets it, with the slot whose definition states it.
function inverseMap(model, name) {
  const inverses = new Map();
  const add = (slot, inverse, from) => {
    const known = inverses.get(slot);
    if (known !== undefined && known.inverse !== name.slot(inverse)) {
      throw new Error(`slot ${slot} has two inverses: ${known.inverse} and ${name.slot(inverse)}`);
    }
    if (known === undefined || from === slot) inverses.set(slot, { inverse: name.slot(inverse), from: name.slot(from) });
  };
  for (const [s, slot] of Object.entries(model.slots)) {
    if (slot.inverse === undefined) continue;
    add(s, slot.inverse, s);
    add(slot.inverse, s, s);
  }
  return inverses;
}

function extractSlots(model, name, h, dangling) {
  const inverses = inverseMap(model, name);
  const out = {};
  for (const [s, slot] of Object.entries(model.slots)) {
    const domainFrom = h.inheritedFrom(s, 'domain');
    const rangeFrom = h.inheritedFrom(s, 'range');
    const multivaluedFrom = h.inheritedFrom(s, 'multivalued');
    const requiredFrom = h.inheritedFrom(s, 'required');
    const annotation = (key) => {
      const value = slot.annotations?.[key];
      return value !== null && typeof value === 'object' && 'value' in value ? value.value : value;
    };
    const entry = {
      is_a: slot.is_a === undefined ? null : name.slot(slot.is_a),
      mixins: list(slot.mixins).map(name.slot),
      abstract: isTrue(slot.abstract),
      mixin: isTrue(slot.mixin),
      predicate: h.isPredicate(s),
      qualifier: h.isQualifier(s),
      domain: domainFrom === undefined ? null : name.range(model.slots[domainFrom].domain),
      domain_from: domainFrom === undefined ? null : name.slot(domainFrom),
      range: name.range(rangeFrom === undefined ? model.defaultRange : model.slots[rangeFrom].range),
      range_from: rangeFrom === undefined ? null : name.slot(rangeFrom),
      multivalued: multivaluedFrom === undefined ? false : isTrue(model.slots[multivaluedFrom].multivalued),
      symmetric: isTrue(slot.symmetric),
      inverse: inverses.get(s)?.inverse ?? null,
      inverse_from: inverses.get(s)?.from ?? null,
      canonical: isTrue(annotation('canonical_predicate')),
    };
    const opposite = annotation('opposite_of');
    if (opposite !== undefined) {
      // An annotation is not checked by LinkML and may name a slot the model lacks (4.4.4: enabled by).
      entry.opposite_of = snake(String(opposite));
      if (model.slots[opposite] === undefined) dangling.push({ at: `slots.${snake(s)}.opposite_of`, name: entry.opposite_of });
    }
    if (requiredFrom !== undefined && isTrue(model.slots[requiredFrom].required)) entry.required = true;
    if (slot.id_prefixes !== undefined) entry.id_prefixes = list(slot.id_prefixes).map(String);
    if (slot.deprecated !== undefined) entry.deprecated = true;
    if (slot.deprecated_element_has_exact_replacement !== undefined) {
      const replacement = String(slot.deprecated_element_has_exact_replacement);
      entry.replaced_by = replacement.startsWith('biolink:') ? name.slotFromSnake(replacement.slice(8)) : name.slot(replacement);
    }
    if (model.importedSlots.has(s)) entry.imported_from = basename(ATTRIBUTES_FILE, '.yaml');
    out[name.slot(s)] = entry;
  }
  return out;
}

function extractEnums(model) {
  const out = {};
  for (const [e, en] of Object.entries(model.enums)) {
    const values = Object.entries(en.permissible_values ?? {});
    const entry = { values: values.map(([v]) => v) };
    const parents = Object.fromEntries(values.filter(([, pv]) => pv?.is_a !== undefined).map(([v, pv]) => [v, String(pv.is_a)]));
    for (const [v, parent] of Object.entries(parents)) {
      if (!entry.values.includes(parent)) throw new Error(`enum ${e}: value ${v} has is_a ${parent}, which is not a value`);
    }
    if (Object.keys(parents).length > 0) entry.parents = parents;
    const meanings = Object.fromEntries(values.filter(([, pv]) => pv?.meaning !== undefined).map(([v, pv]) => [v, String(pv.meaning)]));
    if (Object.keys(meanings).length > 0) entry.meanings = meanings;
    if (en.reachable_from !== undefined) entry.reachable_from = en.reachable_from;
    out[e] = entry;
  }
  return out;
}

// The model's types, and the linkml built-in types that its ranges use.
function extractTypes(model, name) {
  const out = {};
  for (const [t, type] of Object.entries(model.types)) {
    const entry = { typeof: type.typeof === undefined ? null : name.range(type.typeof), uri: type.uri ?? null };
    if (type.base !== undefined) entry.base = type.base;
    out[snake(t)] = entry;
  }
  for (const t of name.usedBuiltins) out[t] = { builtin: 'linkml:types', uri: LINKML_TYPES.get(t) };
  return out;
}

function extract(modelYaml, attributesYaml, prefixMap, source) {
  const model = buildModel(modelYaml, attributesYaml);
  const name = createNamer(model);
  const h = createHierarchy(model, name);
  const dangling = [];
  const classes = extractClasses(model, name, h);
  const slots = extractSlots(model, name, h, dangling);
  const enums = extractEnums(model);
  const types = extractTypes(model, name);

  const prefixes = {};
  for (const [prefix, expansion] of Object.entries(modelYaml.prefixes ?? {})) {
    prefixes[prefix] = typeof expansion === 'string' ? expansion : expansion.prefix_reference;
  }
  const prefixFacts = {};
  if (prefixMap !== undefined) {
    const resolved = { ...prefixMap, ...prefixes };
    const unresolved = {};
    for (const [key, entry] of Object.entries(classes)) {
      const missing = (entry.id_prefixes ?? []).filter((p) => resolved[p] === undefined);
      if (missing.length > 0) unresolved[key] = missing;
    }
    Object.assign(prefixFacts, { prefix_map: prefixMap, id_prefixes_without_expansion: unresolved });
  }

  const predicates = Object.values(slots).filter((s) => s.predicate);
  return {
    version: String(modelYaml.version),
    source,
    default_range: name.range(model.defaultRange),
    counts: {
      classes: Object.keys(classes).length,
      slots: Object.keys(slots).length,
      predicates: predicates.length,
      canonical_predicates: predicates.filter((s) => s.canonical).length,
      enums: Object.keys(enums).length,
      prefixes: Object.keys(prefixes).length,
    },
    prefixes,
    ...prefixFacts,
    name_clashes: { classes: name.classClashes },
    dangling_references: dangling,
    classes,
    slots,
    enums,
    types,
  };
}

// JSON with keys sorted by code point at every level; arrays keep their order. Arrays of scalars, and
// objects of scalars that fit, stay on one line so that the file is short and diffs stay readable.
const LINE_WIDTH = 120;
const isJsonScalar = (v) => v === null || typeof v !== 'object';
const isFlat = (v) => isJsonScalar(v) || (Array.isArray(v) && v.every(isJsonScalar));

function stableJson(value, indent = '') {
  if (isJsonScalar(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isJsonScalar)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + stableJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return '{}';
  const members = keys.map((k) => `${JSON.stringify(k)}: ${stableJson(value[k], inner)}`);
  const oneLine = `{${members.join(', ')}}`;
  if (keys.every((k) => isFlat(value[k])) && indent.length + oneLine.length <= LINE_WIDTH) return oneLine;
  return `{\n${members.map((m) => inner + m).join(',\n')}\n${indent}}`;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const sources = readSources(options);
  const modelYaml = parseYaml(sources.model.bytes, sources.model.file);
  const importsAttributes = list(modelYaml.imports).includes('attributes');
  if (importsAttributes && sources.attributes === undefined) {
    throw new UsageError(`the model imports attributes: put ${ATTRIBUTES_FILE} beside it or give --attributes <path>`);
  }
  const attributesYaml = importsAttributes && sources.attributes ? parseYaml(sources.attributes.bytes, sources.attributes.file) : undefined;
  const source = {
    repository: options.repository ?? DEFAULT_REPOSITORY,
    tag: options.tag ?? `v${modelYaml.version}`,
    file: sources.model.file,
    git_blob_sha1: gitBlobSha1(sources.model.bytes),
  };
  if (attributesYaml !== undefined) {
    source.imports = [{ file: sources.attributes.file, git_blob_sha1: gitBlobSha1(sources.attributes.bytes) }];
  }
  if (sources.context !== undefined) source.context = { file: sources.context.file, git_blob_sha1: gitBlobSha1(sources.context.bytes) };
  const prefixMap = sources.context === undefined ? undefined : prefixMapOfContext(sources.context.bytes);
  const text = `${stableJson(extract(modelYaml, attributesYaml, prefixMap, source))}\n`;
  if (options.check !== undefined) {
    const existing = existsSync(options.check) ? readFileSync(options.check, 'utf8') : '';
    if (existing !== text) {
      process.stderr.write(`${options.check} differs from what ${source.file} ${source.tag} gives: regenerate it with --out\n`);
      process.exitCode = 1;
    }
  } else if (options.out !== undefined) {
    writeFileSync(options.out, text);
  } else {
    process.stdout.write(text);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`extract: ${error.message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
