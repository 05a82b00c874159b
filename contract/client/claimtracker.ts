// A small typed client for the ClaimTracker API, written against the types openapi-typescript generates from
// docs/openapi.json. `routes` must call every operation the document has (the `Routes` type says so), and each call
// uses the request and response fields a frontend would: a route, parameter or field the contract drops or renames
// breaks `npm run typecheck`.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/api.js";

export type Schemas = components["schemas"];
export type Client = ReturnType<typeof createClient<paths>>;

export function connect(baseUrl: string, apiKey?: string): Client {
  return createClient<paths>({ baseUrl, headers: apiKey ? { "X-API-Key": apiKey } : {} });
}

/** Ids of resources that exist, for the routes that need them. */
export interface Ids {
  actor: string;
  otherActor: string;
  article: string;
  claim: string;
  targetClaim: string;
  appearance: string;
  relation: string;
  verdict: string;
  key: string;
  topic: string;
  etag: string;
  importId: string;
}

/** An NDJSON archive of one actor (`POST /api/import`; the README's "Bulk import and export" has the line format). */
const archiveLines = `${JSON.stringify({ type: "actor", key: "a", name: "Imported Minister", kind: "person" })}\n`;

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";
type MethodsOf<P extends keyof paths> = {
  [M in HttpMethod]-?: [NonNullable<paths[P][M]>] extends [never] ? never : M;
}[HttpMethod];

/** One call per operation of the document: a new operation must be added here, a removed one removed. */
export type Routes = {
  [P in keyof paths]: { [M in MethodsOf<P>]: (client: Client, ids: Ids) => Promise<unknown> };
};

const mergePatch = { "Content-Type": "application/merge-patch+json" } as const;

const actorBody: Schemas["ActorRequest"] = {
  name: "Jane Minister",
  kind: "person",
  description: "Minister of Examples",
  aliases: ["Minister"],
  memberOfId: null,
  wikidataId: "Q7747",
};

const articleBody: Schemas["ArticleRequest"] = {
  title: "Minister speaks",
  outlet: "Example Wire",
  publishedAt: "2024-03-01T00:00:00Z",
  url: "https://news.example/minister",
  language: "en",
  body: 'The minister said: "We will win."',
};

const claimBody = (ids: Ids): Schemas["ClaimRequest"] => ({
  actorId: ids.actor,
  articleId: ids.article,
  text: "The country will win.",
  quote: "We will win.",
  kind: "direct",
  quoteStart: 20,
  quoteEnd: 32,
  evidenceProvided: false,
});

export const routes = {
  "/api/actors": {
    get: async (c) => (await c.GET("/api/actors", { params: { query: { q: "kirby", kind: "person", limit: 5 } } })).data?.items.map((a) => a.name),
    post: async (c) => (await c.POST("/api/actors", { body: actorBody, params: { header: { "Idempotency-Key": "create-actor-1" } } })).data?.id,
  },
  "/api/actors/{id}": {
    get: async (c, ids) => (await c.GET("/api/actors/{id}", { params: { path: { id: ids.actor }, header: { "If-None-Match": ids.etag } } })).data?.memberOf?.name,
    put: async (c, ids) => (await c.PUT("/api/actors/{id}", { params: { path: { id: ids.actor }, header: { "If-Match": ids.etag } }, body: actorBody })).data?.aliases,
    patch: async (c, ids) =>
      (await c.PATCH("/api/actors/{id}", { params: { path: { id: ids.actor } }, body: { description: "Spokesman" }, headers: mergePatch })).data?.description,
    delete: async (c, ids) => (await c.DELETE("/api/actors/{id}", { params: { path: { id: ids.actor }, query: { cascade: true } } })).response.status,
  },
  "/api/articles": {
    get: async (c) => (await c.GET("/api/articles", { params: { query: { q: "kremlin", outlet: "Example Wire", limit: 10 } } })).data?.nextCursor,
    post: async (c) => (await c.POST("/api/articles", { body: articleBody })).data?.id,
  },
  "/api/articles/{id}": {
    get: async (c, ids) => (await c.GET("/api/articles/{id}", { params: { path: { id: ids.article } } })).data?.body,
    put: async (c, ids) => (await c.PUT("/api/articles/{id}", { params: { path: { id: ids.article } }, body: articleBody })).data?.title,
    patch: async (c, ids) =>
      (await c.PATCH("/api/articles/{id}", { params: { path: { id: ids.article } }, body: { outlet: "Other Wire" }, headers: mergePatch })).data?.outlet,
    delete: async (c, ids) => (await c.DELETE("/api/articles/{id}", { params: { path: { id: ids.article }, query: { cascade: false } } })).error?.status,
  },
  "/api/articles/{id}/claims": {
    get: async (c, ids) => (await c.GET("/api/articles/{id}/claims", { params: { path: { id: ids.article }, query: { limit: 50 } } })).data?.items.map((x) => x.text),
  },
  "/api/claims": {
    get: async (c, ids) =>
      (
        await c.GET("/api/claims", {
          params: { query: { actorId: ids.actor, q: "staged", kind: "direct", from: "2023-05-01", to: "2023-05-31", disputed: true, evidenceProvided: false, verdict: "false" } },
        })
      ).data?.items.map((x) => x.actor.name),
    post: async (c, ids) => (await c.POST("/api/claims", { body: claimBody(ids) })).data?.appearances.length,
  },
  "/api/claims/{id}": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}", { params: { path: { id: ids.claim } } })).data?.verdicts.count,
    put: async (c, ids) => (await c.PUT("/api/claims/{id}", { params: { path: { id: ids.claim } }, body: claimBody(ids) })).data?.quote,
    patch: async (c, ids) =>
      (await c.PATCH("/api/claims/{id}", { params: { path: { id: ids.claim } }, body: { evidenceProvided: true }, headers: mergePatch })).data?.evidenceProvided,
    delete: async (c, ids) => (await c.DELETE("/api/claims/{id}", { params: { path: { id: ids.claim }, query: { cascade: true } } })).response.ok,
  },
  "/api/claims/{id}/appearances": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/appearances", { params: { path: { id: ids.claim } } })).data?.map((a) => a.article.title),
    post: async (c, ids) =>
      (await c.POST("/api/claims/{id}/appearances", { params: { path: { id: ids.claim } }, body: { articleId: ids.article, kind: "indirect" } })).data?.id,
  },
  "/api/claims/{id}/appearances/{appearanceId}": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/appearances/{appearanceId}", { params: { path: { id: ids.claim, appearanceId: ids.appearance } } })).data?.kind,
    delete: async (c, ids) =>
      (await c.DELETE("/api/claims/{id}/appearances/{appearanceId}", { params: { path: { id: ids.claim, appearanceId: ids.appearance }, header: { "If-Match": ids.etag } } }))
        .response.status,
  },
  "/api/claims/{id}/relations": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/relations", { params: { path: { id: ids.claim } } })).data?.items.map((r) => r.type),
    post: async (c, ids) =>
      (await c.POST("/api/claims/{id}/relations", { params: { path: { id: ids.claim } }, body: { type: "disputes", targetClaimId: ids.targetClaim } })).data?.id,
  },
  "/api/claims/{id}/relations/{relationId}": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/relations/{relationId}", { params: { path: { id: ids.claim, relationId: ids.relation } } })).data?.target.id,
    delete: async (c, ids) => (await c.DELETE("/api/claims/{id}/relations/{relationId}", { params: { path: { id: ids.claim, relationId: ids.relation } } })).response.status,
  },
  "/api/claims/{id}/disputers": {
    get: async (c, ids) =>
      (await c.GET("/api/claims/{id}/disputers", { params: { path: { id: ids.claim }, query: { byOrganization: true } } })).data?.items.map((x) => x.counterClaims.length),
  },
  "/api/claims/{id}/supporters": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/supporters", { params: { path: { id: ids.claim }, query: { limit: 3 } } })).data?.claim.text,
  },
  "/api/articles/{id}/extractions": {
    post: async (c, ids) => (await c.POST("/api/articles/{id}/extractions", { params: { path: { id: ids.article } } })).data?.suggestions.map((s) => s.quote),
  },
  "/api/extractions": {
    post: async (c) => (await c.POST("/api/extractions", { body: { text: '"We will not back down," Kirby told reporters.' } })).data?.suggestions.length,
  },
  "/api/articles/{id}/extractions/accept": {
    post: async (c, ids) =>
      (
        await c.POST("/api/articles/{id}/extractions/accept", {
          params: { path: { id: ids.article } },
          body: { suggestions: [{ kind: "direct", quote: "We will win.", start: 20, end: 32, speaker: { id: ids.actor } }] },
        })
      ).data,
  },
  "/api/articles/{id}/history": {
    get: async (c, ids) => (await c.GET("/api/articles/{id}/history", { params: { path: { id: ids.article } } })).data?.items.map((h) => h.action),
  },
  "/api/actors/{id}/history": {
    get: async (c, ids) => (await c.GET("/api/actors/{id}/history", { params: { path: { id: ids.actor }, query: { limit: 2 } } })).data?.items.length,
  },
  "/api/claims/{id}/history": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/history", { params: { path: { id: ids.claim } } })).data?.nextCursor,
  },
  "/api/keys": {
    get: async (c) => (await c.GET("/api/keys")).data?.items.map((k) => k.role),
    post: async (c) => (await c.POST("/api/keys", { body: { name: "frontend", role: "reader" } })).data?.key,
  },
  "/api/keys/{id}": {
    delete: async (c, ids) => (await c.DELETE("/api/keys/{id}", { params: { path: { id: ids.key } } })).response.status,
  },
  "/api/claims/{id}/thread": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/thread", { params: { path: { id: ids.claim }, query: { depth: 2 } } })).data?.truncated,
  },
  "/api/claims/contested": {
    get: async (c) => (await c.GET("/api/claims/contested", { params: { query: { from: "2023-05-01", to: "2023-05-31" } } })).data?.items.map((x) => x.disputingActors),
  },
  "/api/actors/{id}/claims": {
    get: async (c, ids) =>
      (await c.GET("/api/actors/{id}/claims", { params: { path: { id: ids.actor }, query: { includeMembers: true, disputed: true } } })).data?.items.map((x) => x.disputedCount),
  },
  "/api/actors/{id}/opponents": {
    get: async (c, ids) => (await c.GET("/api/actors/{id}/opponents", { params: { path: { id: ids.actor } } })).data?.items.map((x) => x.total),
  },
  "/api/actors/{id}/allies": {
    get: async (c, ids) => (await c.GET("/api/actors/{id}/allies", { params: { path: { id: ids.actor } } })).data?.items.map((x) => x.actor.name),
  },
  "/api/actors/{id}/disagreements/{otherId}": {
    get: async (c, ids) =>
      (await c.GET("/api/actors/{id}/disagreements/{otherId}", { params: { path: { id: ids.actor, otherId: ids.otherActor } } })).data?.items.map((x) => x.relationId),
  },
  "/api/articles/{id}/graph": {
    get: async (c, ids) => (await c.GET("/api/articles/{id}/graph", { params: { path: { id: ids.article } } })).data?.edges.length,
  },
  "/api/claims/{id}/topics": {
    put: async (c, ids) => (await c.PUT("/api/claims/{id}/topics", { params: { path: { id: ids.claim } }, body: { topics: [ids.topic] } })).data?.topics,
  },
  "/api/topics": {
    get: async (c) => (await c.GET("/api/topics", { params: { query: { q: "kremlin" } } })).data?.items.map((t) => t.claimCount),
  },
  "/api/topics/{slug}/timeline": {
    get: async (c, ids) => (await c.GET("/api/topics/{slug}/timeline", { params: { path: { slug: ids.topic } } })).data?.items.map((x) => x.disputedBy.length),
  },
  "/api/import/claimreview": {
    post: async (c) => (await c.POST("/api/import/claimreview", { body: { claims: [] } })).data?.map((x) => x.status),
  },
  "/api/claims/{id}/verdicts": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/verdicts", { params: { path: { id: ids.claim } } })).data?.items.map((v) => v.ratingValue),
    post: async (c, ids) =>
      (await c.POST("/api/claims/{id}/verdicts", { params: { path: { id: ids.claim } }, body: { reviewerName: "Example Fact Check", rating: "Unsupported", ratingValue: "unproven" } }))
        .data?.id,
  },
  "/api/claims/{id}/verdicts/{verdictId}": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/verdicts/{verdictId}", { params: { path: { id: ids.claim, verdictId: ids.verdict } } })).data?.rating,
    delete: async (c, ids) => (await c.DELETE("/api/claims/{id}/verdicts/{verdictId}", { params: { path: { id: ids.claim, verdictId: ids.verdict } } })).response.status,
  },
  "/api/claims/{id}/claimreview": {
    get: async (c, ids) => (await c.GET("/api/claims/{id}/claimreview", { params: { path: { id: ids.claim } } })).data,
  },
  "/api/import": {
    post: async (c) =>
      (await c.POST("/api/import", {
        body: archiveLines,
        bodySerializer: (lines: string) => lines,
        headers: { "Content-Type": "application/x-ndjson" },
      })).data?.counts.claims,
  },
  "/api/imports": {
    get: async (c) => (await c.GET("/api/imports")).data?.map((i) => `${i.state}: ${i.linesRead}`),
  },
  "/api/imports/{id}": {
    get: async (c, ids) => (await c.GET("/api/imports/{id}", { params: { path: { id: ids.importId } } })).data?.counts?.claims,
  },
  "/api/export": {
    get: async (c, ids) =>
      (await c.GET("/api/export", { params: { query: { actor: ids.actor } }, parseAs: "text" })).data?.split("\n").filter(Boolean).length,
  },
} satisfies Routes;
