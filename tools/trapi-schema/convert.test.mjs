// Rules of convert.mjs, one small OpenAPI document each. Run: node --test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertOpenApi, ConversionError } from './convert.mjs';

const openapi = (schemas) => ({ openapi: '3.0.1', info: { 'x-trapi': { version: '9.9.9' } }, components: { schemas } });
const defs = (schemas, bundles) => convertOpenApi(openapi(schemas), bundles).document.$defs;

test('nullable with a type adds "null" to the type', () => {
  assert.deepEqual(defs({ A: { type: 'string', nullable: true } }).A, { type: ['string', 'null'] });
});

test('nullable enum also lists null, so the null that the type allows is not refused by the enum', () => {
  assert.deepEqual(defs({ A: { type: 'string', enum: ['X'], nullable: true } }).A, { type: ['string', 'null'], enum: ['X', null] });
});

test('nullable single-item oneOf of a $ref becomes anyOf of the $ref and null', () => {
  const out = defs({ B: { type: 'object' }, A: { oneOf: [{ $ref: '#/components/schemas/B' }], nullable: true } });
  assert.deepEqual(out.A, { anyOf: [{ $ref: '#/$defs/B' }, { type: 'null' }] });
});

test('not nullable single-item oneOf of a $ref is the $ref', () => {
  const out = defs({ B: { type: 'object' }, A: { oneOf: [{ $ref: '#/components/schemas/B' }], nullable: false } });
  assert.deepEqual(out.A, { $ref: '#/$defs/B' });
});

test('nullable without type or constraint stays unconstrained', () => {
  assert.deepEqual(defs({ A: { description: 'd', nullable: true } }).A, {});
});

test('constraints next to a $ref are kept', () => {
  const out = defs({ C: { type: 'string' }, A: { $ref: '#/components/schemas/C', pattern: '^x$' } });
  assert.deepEqual(out.A, { $ref: '#/$defs/C', pattern: '^x$' });
});

test('closed stays closed, absent stays absent', () => {
  const out = defs({ Closed: { type: 'object', additionalProperties: false }, Open: { type: 'object' } });
  assert.equal(out.Closed.additionalProperties, false);
  assert.equal('additionalProperties' in out.Open, false);
});

test('descriptions and examples go, but a property named description stays', () => {
  const out = defs({ A: { type: 'object', description: 'x', example: {}, 'x-body-name': 'b', properties: { description: { type: 'string', description: 'y' } } } });
  assert.deepEqual(out.A, { type: 'object', properties: { description: { type: 'string' } } });
});

test('a keyword without a rule stops the conversion', () => {
  assert.throws(() => defs({ A: { type: 'integer', exclusiveMinimum: true } }), ConversionError);
});

test('a $ref to a missing component stops the conversion', () => {
  assert.throws(() => defs({ A: { $ref: '#/components/schemas/Missing' } }), ConversionError);
});

test('an external $ref must be bundled', () => {
  const schemas = { A: { $ref: 'https://example.org/x' } };
  assert.throws(() => defs(schemas), /unresolved \$ref/);
  const out = defs(schemas, [{ name: 'X', schema: { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://example.org/x', type: 'array', description: 'd' } }]);
  assert.deepEqual(out.X, { $id: 'https://example.org/x', type: 'array' });
});

test('the same input gives the same bytes', () => {
  const schemas = { B: { type: 'object', properties: { z: { type: 'string' }, a: { type: 'string', nullable: true } } } };
  assert.equal(JSON.stringify(convertOpenApi(openapi(schemas)).document), JSON.stringify(convertOpenApi(openapi(structuredClone(schemas))).document));
});
