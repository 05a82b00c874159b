// Contract tests: requests built from docs/openapi.json run against a live API (scripts/with-api.sh gives
// CLAIMTRACKER_URL and an admin CLAIMTRACKER_API_KEY), and every response must be one the document declares for that
// operation: its status, its media type, a body valid against its schema (ajv), and its required headers.
//
// Positive cases: one request per operation (below, `cases`), on the sample data and on resources the run creates
// and deletes again; the run fails if an operation of the document has none. Negative cases are derived from the
// document itself: each declared limit of a body or query parameter broken by one (maxLength + 1, maximum + 1,
// minimum - 1, maxItems + 1, a required field left out) must give 400; an unknown id 404; a malformed id 400; a
// body that is not JSON 415; a write without a key 401 and with a reader key 403; a URL over Kestrel's limit 414.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const baseUrl = process.env.CLAIMTRACKER_URL;
const adminKey = process.env.CLAIMTRACKER_API_KEY;
if (!baseUrl || !adminKey) {
  throw new Error("Set CLAIMTRACKER_URL and CLAIMTRACKER_API_KEY (scripts/with-api.sh does).");
}

const doc = JSON.parse(readFileSync(new URL("../docs/openapi.json", import.meta.url), "utf8"));
const METHODS = ["get", "put", "post", "delete", "patch"];
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method], id: item[method].operationId })));
const byId = Object.fromEntries(operations.map((o) => [o.id, o]));

// ---- OpenAPI 3.0 schemas as JSON Schema for ajv ----------------------------------------------------------------
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const { nullable, example, examples, ...rest } = node;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) =>
    [k, k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, toJsonSchema(s)])) : toJsonSchema(v)]));
  if (out.$ref) out.$ref = "doc" + out.$ref;
  if (!nullable) return out;
  if (out.type && !out.allOf) {
    return { ...out, type: [out.type, "null"], ...(out.enum ? { enum: [...out.enum, null] } : {}) };
  }
  return { anyOf: [{ type: "null" }, out] };
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of ["int32", "int64", "double", "float"]) ajv.addFormat(f, true);
ajv.addSchema({ $id: "doc", components: { schemas: toJsonSchema(doc.components.schemas) } });
const validators = new Map();
function validate(schema, value) {
  const key = JSON.stringify(schema);
  if (!validators.has(key)) validators.set(key, ajv.compile({ $id: `s${validators.size}`, ...toJsonSchema(schema) }));
  const check = validators.get(key);
  return check(value) ? null : ajv.errorsText(check.errors, { dataVar: "body" });
}

const deref = (node) => (node?.$ref ? deref(node.$ref.split("/").slice(1).reduce((n, k) => n[k], doc)) : node);
const schemaOf = (node) => (node?.allOf?.length === 1 && !node.properties ? deref(node.allOf[0]) : deref(node));

// ---- HTTP, and the check that a response is one the document declares -----------------------------------------
const covered = new Set();

async function call(operation, { path = {}, query = {}, body, headers = {}, key = adminKey, contentType, rawBody } = {}) {
  const { op } = operation;
  const url = new URL(operation.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(path[name] ?? "")).replace(/^\//, ""), baseUrl + "/");
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  const mediaType = contentType ?? Object.keys(op.requestBody?.content ?? {})[0] ?? "application/json";
  const init = { method: operation.method.toUpperCase(), headers: { ...headers } };
  if (key) init.headers["X-API-Key"] = key;
  if (body !== undefined || rawBody !== undefined) {
    init.headers["Content-Type"] = mediaType;
    init.body = rawBody ?? JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  const result = { status: response.status, headers: response.headers, text, json: undefined };
  const where = `${operation.method.toUpperCase()} ${url.pathname}${url.search.slice(0, 80)} → ${response.status}`;

  const declared = op.responses[String(response.status)] ?? op.responses.default;
  assert.ok(declared, `${where}: status ${response.status} is not in the document for ${operation.id} (${text.slice(0, 300)})`);
  const responseDoc = deref(declared);
  for (const [name, header] of Object.entries(responseDoc.headers ?? {})) {
    const h = deref(header);
    if (h.required) assert.ok(response.headers.has(name), `${where}: required header ${name} is missing`);
    if (response.headers.has(name) && h.schema) {
      const raw = response.headers.get(name);
      const value = h.schema.type === "integer" ? Number(raw) : raw;
      const error = validate(h.schema, value);
      assert.equal(error, null, `${where}: header ${name}: ${raw}: ${error}`);
    }
  }
  const content = responseDoc.content ?? {};
  if (Object.keys(content).length === 0) {
    assert.equal(text, "", `${where}: the document declares no body, the API sent one`);
  } else {
    const actual = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    assert.ok(content[actual], `${where}: media type '${actual}' is not declared (${Object.keys(content).join(", ")})`);
    // NDJSON (the archive export) is a string to the schema; each of its lines must be a JSON object.
    result.json = actual === "application/x-ndjson" ? text : JSON.parse(text);
    if (actual === "application/x-ndjson") {
      for (const line of text.split("\n").filter(Boolean)) assert.equal(typeof JSON.parse(line), "object", `${where}: an NDJSON line is not an object`);
    }
    const error = validate(content[actual].schema, result.json);
    assert.equal(error, null, `${where}: the body does not match the schema: ${error}\n${text.slice(0, 500)}`);
  }
  return result;
}

async function expect(operationId, status, request = {}) {
  const operation = byId[operationId];
  assert.ok(operation, `${operationId} is not in the document`);
  const result = await call(operation, request);
  const wanted = [status].flat();
  assert.ok(wanted.includes(result.status), `${operationId}: expected ${wanted.join(" or ")}, got ${result.status}: ${result.text.slice(0, 400)}`);
  return result;
}

// ---- State: sample ids, and the resources this run creates ------------------------------------------------------
const s = {};
const first = async (operationId, query) => (await expect(operationId, 200, { query })).json.items[0].id;
const article = { title: "Minister speaks", outlet: "Example Wire", publishedAt: "2024-03-01T00:00:00Z", language: "en", body: 'The minister said: "We will win."' };
const actor = () => ({ name: `Jane Minister ${s.run}`, kind: "person", description: "Minister of Examples", aliases: [`Minister ${s.run}`] });
const archive = () => `${JSON.stringify({ type: "actor", key: "imported", name: `Imported Minister ${s.run}`, kind: "person" })}\n`;
const claim = () => ({ actorId: s.actor, articleId: s.article, text: "The country will win.", quote: "We will win.", kind: "direct", quoteStart: 20, quoteEnd: 32, evidenceProvided: false });

before(async () => {
  s.run = randomUUID().slice(0, 8);
  s.peskov = await first("ListActors", { q: "peskov" });
  s.kirby = await first("ListActors", { q: "kirby" });
  s.sampleClaim = await first("ListClaims", { q: "decision Washington" });
  s.sampleArticle = await first("ListArticles", { q: "kremlin" });
});

// Each positive case: [operationId, expected status(es), request(state), capture(json, response)].
const cases = [
  ["CreateArticle", 201, () => ({ body: article, headers: { "Idempotency-Key": `article-${s.run}` } }), (j) => (s.article = j.id)],
  ["CreateActor", 201, () => ({ body: actor() }), (j) => (s.actor = j.id)],
  ["CreateClaim", 201, () => ({ body: claim() }), (j) => (s.claim = j.id)],
  ["AddAppearance", 201, () => ({ path: { id: s.claim }, body: { articleId: s.sampleArticle, kind: "indirect" } }), (j) => (s.appearance = j.id)],
  ["CreateRelation", 201, () => ({ path: { id: s.claim }, body: { type: "disputes", targetClaimId: s.sampleClaim } }), (j) => (s.relation = j.id)],
  ["AddVerdict", 201, () => ({ path: { id: s.claim }, body: { reviewerName: "Example Fact Check", rating: "Unsupported", ratingValue: "unproven", url: "https://factcheck.example/x" } }), (j) => (s.verdict = j.id)],
  ["CreateKey", 201, () => ({ body: { name: `reader-${s.run}`, role: "reader" } }), (j) => { s.key = j.id; s.readerKey = j.key; }],
  ["SetClaimTopics", 200, () => ({ path: { id: s.claim }, body: { topics: [`contract-${s.run}`] } })],
  ["ExtractArticle", 200, () => ({ path: { id: s.sampleArticle } })],
  ["ExtractText", 200, () => ({ body: { text: '"We will not back down," Kirby told reporters.' } })],
  ["AcceptExtractions", [200, 201], () => ({ path: { id: s.article }, body: { suggestions: [{ kind: "direct", quote: "We will win.", start: 20, end: 32, speaker: { id: s.actor } }] } })],
  ["ImportClaimReview", 200, () => ({ body: { claims: [] } })],
  ["ImportArchive", 200, () => ({ rawBody: archive(), contentType: "application/x-ndjson" }), (j) => (s.importId = j.id)],
  ["ListImports", 200, () => ({})],
  ["GetImport", 200, () => ({ path: { id: s.importId } })],
  ["ExportArchive", 200, () => ({ query: { actor: s.peskov } })],
  ["ListActors", 200, () => ({ query: { q: "kirby", kind: "person", limit: 5 } })],
  ["GetActor", 200, () => ({ path: { id: s.actor } }), (j, r) => (s.actorEtag = r.headers.get("etag"))],
  ["ListArticles", 200, () => ({ query: { q: "kremlin", limit: 1 } })],
  ["GetArticle", 200, () => ({ path: { id: s.article } }), (j, r) => (s.articleEtag = r.headers.get("etag"))],
  ["ListArticleClaims", 200, () => ({ path: { id: s.sampleArticle }, query: { limit: 100 } })],
  ["ListClaims", 200, () => ({ query: { q: "Kremlin", kind: "indirect", from: "2023-05-01", to: "2023-05-31", disputed: true } })],
  ["GetClaim", 200, () => ({ path: { id: s.sampleClaim } })],
  ["ListAppearances", 200, () => ({ path: { id: s.claim } })],
  ["GetAppearance", 200, () => ({ path: { id: s.claim, appearanceId: s.appearance } })],
  ["ListRelations", 200, () => ({ path: { id: s.sampleClaim } })],
  ["GetRelation", 200, () => ({ path: { id: s.claim, relationId: s.relation } })],
  ["GetDisputers", 200, () => ({ path: { id: s.sampleClaim }, query: { byOrganization: true } })],
  ["GetSupporters", 200, () => ({ path: { id: s.sampleClaim } })],
  ["ListArticleHistory", 200, () => ({ path: { id: s.article } })],
  ["ListActorHistory", 200, () => ({ path: { id: s.actor } })],
  ["ListClaimHistory", 200, () => ({ path: { id: s.claim } })],
  ["ListKeys", 200, () => ({ query: { limit: 100 } })],
  ["GetClaimThread", 200, () => ({ path: { id: s.sampleClaim }, query: { depth: 2 } })],
  ["ListContestedClaims", 200, () => ({ query: { from: "2023-05-01", to: "2023-05-31" } })],
  ["ListActorClaims", 200, () => ({ path: { id: s.peskov }, query: { includeMembers: true } })],
  ["ListActorOpponents", 200, () => ({ path: { id: s.peskov } })],
  ["ListActorAllies", 200, () => ({ path: { id: s.peskov } })],
  ["ListDisagreements", 200, () => ({ path: { id: s.peskov, otherId: s.kirby } })],
  ["GetArticleGraph", 200, () => ({ path: { id: s.sampleArticle } })],
  ["ListTopics", 200, () => ({})],
  ["GetTopicTimeline", 200, () => ({ path: { slug: `contract-${s.run}` } })],
  ["ListVerdicts", 200, () => ({ path: { id: s.claim } })],
  ["GetVerdict", 200, () => ({ path: { id: s.claim, verdictId: s.verdict } })],
  ["ExportClaimReview", 200, () => ({ path: { id: s.claim } })],
  ["UpdateActor", 200, () => ({ path: { id: s.actor }, headers: { "If-Match": s.actorEtag }, body: { ...actor(), description: "Updated" } })],
  ["PatchActor", 200, () => ({ path: { id: s.actor }, body: { description: "Patched" } })],
  ["UpdateArticle", 200, () => ({ path: { id: s.article }, headers: { "If-Match": s.articleEtag }, body: article })],
  ["PatchArticle", 200, () => ({ path: { id: s.article }, body: { outlet: "Other Wire" } })],
  ["UpdateClaim", 200, () => ({ path: { id: s.claim }, body: claim() })],
  ["PatchClaim", 200, () => ({ path: { id: s.claim }, body: { evidenceProvided: true } })],
];
const deletes = [
  ["DeleteVerdict", 204, () => ({ path: { id: s.claim, verdictId: s.verdict } })],
  ["DeleteRelation", 204, () => ({ path: { id: s.claim, relationId: s.relation } })],
  ["DeleteAppearance", 204, () => ({ path: { id: s.claim, appearanceId: s.appearance } })],
  ["RevokeKey", 204, () => ({ path: { id: s.key } })],
  ["DeleteClaim", 204, () => ({ path: { id: s.claim }, query: { cascade: true } })],
  ["DeleteActor", 204, () => ({ path: { id: s.actor }, query: { cascade: true } })],
  ["DeleteArticle", 204, () => ({ path: { id: s.article }, query: { cascade: true } })],
];
const positive = Object.fromEntries([...cases, ...deletes].map(([id, , request]) => [id, request]));

test("every operation of the document has a positive case", () => {
  const missing = operations.map((o) => o.id).filter((id) => !positive[id]);
  assert.deepEqual(missing, [], `operations without a contract test case: ${missing.join(", ")}`);
});

for (const [operationId, status, request, capture] of cases) {
  test(`${operationId} answers ${status} as documented`, async () => {
    const result = await expect(operationId, status, request());
    covered.add(operationId);
    capture?.(result.json, result);
  });
}

// The limit is Kestrel's (docs/openapi.json, components.responses.UriTooLong, gives it): a query just past it.
test("ListClaims answers 414, with no body, to a request line longer than the limit", async () => {
  const limit = Number(/longer than ([\d,]+) bytes/.exec(doc.components.responses.UriTooLong.description)[1].replaceAll(",", ""));
  const result = await expect("ListClaims", 414, { query: { q: "a".repeat(limit) } });
  assert.equal(result.text, "");
});

test("GetActor answers 304 to a current If-None-Match", async () => {
  const { headers } = await expect("GetActor", 200, { path: { id: s.actor } });
  await expect("GetActor", 304, { path: { id: s.actor }, headers: { "If-None-Match": headers.get("etag") } });
});

test("UpdateActor answers 412 to a stale If-Match", async () => {
  await expect("UpdateActor", 412, { path: { id: s.actor }, headers: { "If-Match": s.actorEtag }, body: actor() });
});

// ---- Negative cases derived from the document -------------------------------------------------------------------
const tooLong = (n) => "x".repeat(n + 1);
function* bodyViolations(schema) {
  const object = schemaOf(schema);
  for (const name of object.required ?? []) yield [`without required '${name}'`, (b) => { delete b[name]; }];
  for (const [name, raw] of Object.entries(object.properties ?? {})) {
    const p = schemaOf(raw);
    if (p.maxLength !== undefined) yield [`'${name}' longer than ${p.maxLength}`, (b) => { b[name] = tooLong(p.maxLength); }];
    if (p.maximum !== undefined) yield [`'${name}' above ${p.maximum}`, (b) => { b[name] = p.maximum + 1; }];
    if (p.minimum !== undefined) yield [`'${name}' below ${p.minimum}`, (b) => { b[name] = p.minimum - 1; }];
    if (p.maxItems !== undefined) {
      const item = schemaOf(p.items);
      yield [`'${name}' with more than ${p.maxItems} items`, (b) => {
        b[name] = Array.from({ length: p.maxItems + 1 }, (_, i) => (item.type === "string" ? `item-${i}` : structuredClone(b[name]?.[0] ?? {})));
      }];
    }
    if (p.type === "array" && schemaOf(p.items).maxLength !== undefined) {
      yield [`an item of '${name}' longer than ${schemaOf(p.items).maxLength}`, (b) => { b[name] = [tooLong(schemaOf(p.items).maxLength)]; }];
    }
  }
}

const writes = cases.filter(([id]) => byId[id].op.requestBody);
for (const [operationId, , request] of writes) {
  const { op } = byId[operationId];
  const [mediaType, media] = Object.entries(op.requestBody.content)[0];
  if (!media.schema?.$ref && !media.schema?.allOf) continue; // raw JSON (ClaimReview import): no fixed fields
  test(`${operationId}: each broken body limit is a 400 problem`, async () => {
    for (const [what, breakIt] of bodyViolations(media.schema)) {
      const base = request();
      const body = structuredClone(base.body);
      breakIt(body);
      const result = await expect(operationId, 400, { ...base, headers: {}, body, contentType: mediaType }).catch((e) => { throw new Error(`${what}: ${e.message}`); });
      assert.ok(result.json.errors, `${what}: a validation problem names the field`);
    }
  });
  test(`${operationId}: a body that is not JSON is a 415 problem`, async () => {
    await expect(operationId, 415, { ...request(), headers: {}, rawBody: "name=x", contentType: "text/plain" });
  });
}

for (const operation of operations) {
  const params = operation.op.parameters ?? [];
  const request = () => positive[operation.id]?.() ?? {};
  const limited = params.filter((p) => p.in === "query" && (p.schema.maxLength !== undefined || p.schema.maximum !== undefined || p.schema.minimum !== undefined));
  if (limited.length > 0 && operation.method === "get") {
    test(`${operation.id}: each broken query limit is a 400 problem`, async () => {
      for (const p of limited) {
        const base = request();
        const values = [p.schema.maxLength !== undefined && tooLong(p.schema.maxLength), p.schema.maximum !== undefined && p.schema.maximum + 1, p.schema.minimum !== undefined && p.schema.minimum - 1]
          .filter((v) => v !== false);
        for (const value of values) {
          await expect(operation.id, 400, { ...base, query: { ...base.query, [p.name]: value } });
        }
      }
    });
  }

  const ids = params.filter((p) => p.in === "path" && p.schema.format === "uuid");
  if (ids.length > 0 && operation.op.responses["404"]) {
    test(`${operation.id}: an unknown id is a 404 problem, a malformed one a 400`, async () => {
      const base = request();
      for (const p of ids) {
        const headers = {};
        await expect(operation.id, 404, { ...base, headers, path: { ...base.path, [p.name]: randomUUID() } });
        await expect(operation.id, 400, { ...base, headers, path: { ...base.path, [p.name]: "not-a-uuid" } });
      }
    });
  }

  const open = (operation.op.security ?? []).some((r) => Object.keys(r).length === 0);
  if (!open) {
    test(`${operation.id}: without a key it is a 401 problem${operation.op.responses["403"] ? ", with a reader key a 403" : ""}`, async () => {
      const base = request();
      const result = await expect(operation.id, 401, { ...base, key: null });
      assert.ok(result.headers.get("www-authenticate"), "401 says how to authenticate");
      if (operation.op.responses["403"]) await expect(operation.id, 403, { ...base, key: s.readerKey });
    });
  }
}

for (const [operationId, status, request] of deletes) {
  test(`${operationId} answers ${status} as documented`, async () => {
    await expect(operationId, status, request());
    covered.add(operationId);
  });
}

after(() => {
  const notRun = operations.map((o) => o.id).filter((id) => !covered.has(id));
  if (notRun.length > 0) console.log(`# operations whose positive case did not pass: ${notRun.join(", ")}`);
});
