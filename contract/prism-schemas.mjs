// Prism drops the check of a response whose schema its ajv cannot compile, without a word: a schema ajv refuses
// ("nullable" without "type", an enum that lists null twice once Prism has added its own) makes every answer of that
// operation pass. scripts/with-prism.sh runs this first, so "0 violations" means every response was checked.
//
//   node prism-schemas.mjs ../docs/openapi.json
//
// It reads the document as Prism does (its own http-spec transform) and compiles each response body and header
// schema with the ajv options of Prism's validator (prism-http/dist/validator/validators/utils.js).
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(import.meta.url);
const prismHttp = require.resolve("@stoplight/prism-http");
const { getHttpOperationsFromSpec } = require(prismHttp);
const prismRequire = createRequire(prismHttp);
const Ajv = prismRequire("ajv").default;
const addFormats = prismRequire("ajv-formats").default;

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, coerceTypes: false, logger: false });
addFormats(ajv);

const document = resolve(process.argv[2] ?? "../docs/openapi.json");
const operations = await getHttpOperationsFromSpec(document);
let compiled = 0;
const failures = [];
for (const operation of operations) {
  const bundle = operation.__bundled__;
  for (const response of operation.responses ?? []) {
    const schemas = [
      ...(response.contents ?? []).map((c) => [`body ${c.mediaType}`, c.schema]),
      ...(response.headers ?? []).map((h) => [`header ${h.name}`, h.schema]),
    ];
    for (const [what, schema] of schemas) {
      if (!schema) continue;
      try {
        ajv.compile({ ...schema, __bundled__: bundle });
        compiled++;
      } catch (error) {
        failures.push(`${operation.method.toUpperCase()} ${operation.path} ${response.code} ${what}: ${error.message}`);
      }
    }
  }
}

for (const failure of failures) console.error(`prism cannot compile: ${failure}`);
console.log(`prism-schemas: ${compiled} response schemas of ${operations.length} operations compile, ${failures.length} do not`);
process.exit(failures.length === 0 ? 0 : 1);
