// Writes the spec's JSON Schema from the zod schema (the one source of truth), for editors to
// validate and autocomplete spec files. Runs after tsc, on lib/.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { specSchema } from '../lib/spec/schema.js';

const schema = z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
// Editors flag unknown fields (a typo such as "polarty" would otherwise be ignored in silence).
(function closeObjects(node) {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties && node.additionalProperties === undefined) node.additionalProperties = false;
  for (const value of Object.values(node)) closeObjects(value);
})(schema);
schema.$id = 'https://unpkg.com/wellbeing-widgets/wellbeing-spec.schema.json';
schema.title = 'wellbeing-widgets spec, version 1';
writeFileSync('wellbeing-spec.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('wrote wellbeing-spec.schema.json');
