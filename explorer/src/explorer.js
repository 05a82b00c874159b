// The explorer page: search, then draw the dispute/support graph around a claim, an actor or an article.
import { api } from "./api.js";
import { addClaim, addActor, addEdge, createGraph, fit, layout } from "./graph.js";
import { renderDetails } from "./details.js";

const $ = (id) => document.getElementById(id);
const cy = createGraph($("graph"));
// Test hook: the browser test reads the graph's model through it.
window.explorerGraph = cy;

const status = (text) => {
  $("status").textContent = text;
};
const found = (text) => {
  $("found").textContent = text;
};

async function guarded(work) {
  try {
    await work();
  } catch (error) {
    status(`Error: ${error.message}`);
    found("");
    throw error;
  }
}

// --- Search -------------------------------------------------------------------------------------------------

$("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("q").value.trim();
  if (text) guarded(() => search(text));
});

async function search(text) {
  found(`Searching for “${text}”…`);
  const [claims, actors, articles] = await Promise.all([api.searchClaims(text), api.searchActors(text), api.searchArticles(text)]);
  fill("claim-results", claims.items, (c) => [c.text, `${c.actor.name} · ${day(c.saidAt)}`], (c) => openClaim(c.id));
  fill("actor-results", actors.items, (a) => [a.name, [a.kind, a.description].filter(Boolean).join(" · ")], (a) => openActor(a.id));
  fill("article-results", articles.items, (a) => [a.title, [a.outlet, day(a.publishedAt)].filter(Boolean).join(" · ")], (a) => openArticle(a.id));
  const count = claims.items.length + actors.items.length + articles.items.length;
  found(count ? `${count} found for “${text}”. Choose one to draw its graph.` : `Nothing found for “${text}”.`);
}

function fill(listId, items, describe, open) {
  const list = $(listId);
  list.replaceChildren(
    ...items.map((item) => {
      const [title, subtitle] = describe(item);
      const button = document.createElement("button");
      button.type = "button";
      button.append(element("span", "title", title), element("span", "subtitle", subtitle));
      button.addEventListener("click", () => guarded(() => open(item)));
      const li = document.createElement("li");
      li.append(button);
      return li;
    }),
  );
  list.closest("section").hidden = items.length === 0;
}

// --- Opening a graph ----------------------------------------------------------------------------------------

async function openClaim(id) {
  status("Loading the graph…");
  const thread = await api.thread(id);
  cy.elements().remove();
  mergeThread(thread, null);
  cy.getElementById(id).data({ root: true, expanded: true });
  show(`claim=${id}`, cy.getElementById(id), `The claim and the claims that dispute or support it.`);
}

async function openActor(id) {
  status("Loading the graph…");
  const actor = await api.actor(id);
  cy.elements().remove();
  addActor(cy, actor, null);
  const node = cy.getElementById(id);
  node.data({ root: true });
  await expand(node, false);
  show(`actor=${id}`, node, `${actor.name} and the claims they made.`);
}

async function openArticle(id) {
  status("Loading the graph…");
  const graph = await api.articleGraph(id);
  cy.elements().remove();
  for (const node of graph.nodes) {
    if (node.type === "claim") addClaim(cy, node.claim, null, { inArticle: node.inArticle });
  }
  for (const edge of graph.edges) {
    if (edge.type !== "made") addEdge(cy, { id: edge.relationId, from: edge.from, to: edge.to, type: edge.type });
  }
  show(`article=${id}`, null, `${graph.nodes.length} actors and claims; dashed claims were reported elsewhere.`, `Graph of article “${graph.article.title}”`);
}

function show(hash, selected, message, title = `Graph of ${selected?.data("type")} “${selected?.data("label")}”`) {
  history.replaceState(null, "", `#${hash}`);
  layout(cy, true);
  fit(cy);
  cy.elements().unselect();
  if (selected) select(selected);
  else renderDetails($("details-body"), null, nodeActions);
  status(message);
  $("graph-title").textContent = title;
}

// --- Expanding a node ---------------------------------------------------------------------------------------

function mergeThread(thread, near) {
  for (const claim of thread.nodes) addClaim(cy, claim, near);
  for (const edge of thread.edges) addEdge(cy, edge);
}

/** A claim brings the claims that dispute or support it (and those it disputes or supports); an actor its claims. */
async function expand(node, relayout = true) {
  if (node.data("expanded")) return;
  const before = cy.nodes().length;
  if (node.data("type") === "claim") {
    mergeThread(await api.thread(node.id()), node);
  } else {
    const claims = await api.actorClaims(node.id());
    for (const claim of claims.items) addClaim(cy, claim, node);
  }
  node.data("expanded", true);
  const added = cy.nodes().length - before;
  status(added ? `${added} nodes added around “${node.data("label")}”.` : `Nothing more around “${node.data("label")}”.`);
  if (added && relayout) {
    layout(cy, false);
    fit(cy);
  }
}

function select(node) {
  cy.elements().unselect();
  node.select();
  renderDetails($("details-body"), node, nodeActions);
}

const nodeActions = {
  focus: (id) => guarded(async () => {
    const node = cy.getElementById(id);
    select(node);
    await expand(node);
    select(node);
    cy.animate({ center: { eles: node }, duration: 250 });
  }),
  openClaim: (id) => guarded(() => openClaim(id)),
};

cy.on("tap", "node", (event) => nodeActions.focus(event.target.id()));
$("fit").addEventListener("click", () => fit(cy));

// --- Helpers ------------------------------------------------------------------------------------------------

function element(tag, className, text) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text ?? "";
  return el;
}

function day(iso) {
  return iso ? iso.slice(0, 10) : "";
}

// A link like /explorer/#claim=<id> opens that graph directly.
const [kind, id] = location.hash.slice(1).split("=");
const openers = { claim: openClaim, actor: openActor, article: openArticle };
if (openers[kind] && id) guarded(() => openers[kind](decodeURIComponent(id)));
