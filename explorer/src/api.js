// The read endpoints the explorer uses. Reads are anonymous while Auth:AnonymousReads is true (the default).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status}.`);
    this.status = status;
  }
}

async function get(path) {
  const response = await fetch(`/api${path}`, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

const q = encodeURIComponent;

export const api = {
  searchClaims: (text) => get(`/claims?q=${q(text)}&limit=10`),
  searchActors: (text) => get(`/actors?q=${q(text)}&limit=10`),
  searchArticles: (text) => get(`/articles?q=${q(text)}&limit=10`),
  claim: (id) => get(`/claims/${q(id)}`),
  actor: (id) => get(`/actors/${q(id)}`),
  thread: (id) => get(`/claims/${q(id)}/thread?depth=1`),
  actorClaims: (id) => get(`/actors/${q(id)}/claims?limit=20`),
  articleGraph: (id) => get(`/articles/${q(id)}/graph`),
};
