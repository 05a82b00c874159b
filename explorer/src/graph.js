// The Cytoscape graph: actors and claims as nodes; "made" edges from an actor to its claims, "disputes" (red) and
// "supports" (green) edges from one claim to the claim it disputes or supports.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export const colors = { disputes: "#c62828", supports: "#2e7d32", made: "#8a94a6", claim: "#ffffff", actor: "#1f4e79" };

const style = [
  {
    selector: "node[type = 'claim']",
    style: {
      shape: "round-rectangle",
      width: 200,
      height: 70,
      "background-color": colors.claim,
      "border-width": 1.5,
      "border-color": "#9aa5b8",
      label: "data(label)",
      "font-size": 12,
      color: "#1d2433",
      "text-wrap": "wrap",
      "text-max-width": 186,
      "text-valign": "center",
      "text-halign": "center",
    },
  },
  {
    selector: "node[type = 'actor']",
    style: {
      shape: "ellipse",
      width: 34,
      height: 34,
      "background-color": colors.actor,
      label: "data(label)",
      "font-size": 12,
      "font-weight": "bold",
      color: "#1f4e79",
      "text-valign": "bottom",
      "text-margin-y": 5,
      "text-wrap": "wrap",
      "text-max-width": 140,
      "text-background-color": "#f6f7f9",
      "text-background-opacity": 0.85,
      "text-background-padding": 2,
    },
  },
  { selector: "node[actorKind = 'government'], node[actorKind = 'organization']", style: { shape: "round-hexagon", width: 38, height: 34 } },
  { selector: "node[actorKind = 'media']", style: { shape: "round-diamond" } },
  { selector: "node[type = 'claim'][?root]", style: { "border-width": 4, "border-color": "#1d2433", "background-color": "#fff8e1" } },
  { selector: "node[type = 'actor'][?root]", style: { "border-width": 4, "border-color": "#f9a825" } },
  { selector: "node[type = 'claim'][!inArticle]", style: { "border-style": "dashed" } },
  { selector: "node:selected", style: { "overlay-color": "#f9a825", "overlay-opacity": 0.25, "overlay-padding": 6 } },
  { selector: "edge", style: { width: 3, "curve-style": "bezier", "arrow-scale": 1.3 } },
  // Red with a bar for disputes, green with an arrow for supports: the shapes tell them apart without colour.
  { selector: "edge[type = 'disputes']", style: { "line-color": colors.disputes, "target-arrow-color": colors.disputes, "target-arrow-shape": "tee" } },
  { selector: "edge[type = 'supports']", style: { "line-color": colors.supports, "target-arrow-color": colors.supports, "target-arrow-shape": "triangle" } },
  {
    selector: "edge[type = 'made']",
    style: { width: 1.5, "line-color": colors.made, "line-style": "dashed", "target-arrow-shape": "none" },
  },
];

export function createGraph(container) {
  return cytoscape({ container, style, minZoom: 0.2, maxZoom: 2.5, boxSelectionEnabled: false });
}

const shorten = (text, max) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Adds an actor (an ActorRef: id, name, kind) unless it is there. */
export function addActor(cy, actor, near) {
  if (cy.getElementById(actor.id).nonempty()) return;
  cy.add({ group: "nodes", data: { id: actor.id, type: "actor", label: actor.name, name: actor.name, actorKind: actor.kind }, position: around(near) });
}

/** Adds a claim (any claim summary: id, text, quote, actor, article, saidAt…) with its actor and the "made" edge. */
export function addClaim(cy, claim, near, extra = {}) {
  addActor(cy, claim.actor, near);
  const existing = cy.getElementById(claim.id);
  const data = {
    id: claim.id,
    type: "claim",
    label: shorten(claim.text, 90),
    text: claim.text,
    quote: claim.quote ?? null,
    kind: claim.kind,
    saidAt: claim.saidAt,
    evidenceProvided: claim.evidenceProvided ?? null,
    actorId: claim.actor.id,
    actorName: claim.actor.name,
    article: claim.article ?? null,
    inArticle: true,
    ...extra,
  };
  if (existing.nonempty()) {
    existing.data({ ...data, root: existing.data("root"), expanded: existing.data("expanded") });
  } else {
    cy.add({ group: "nodes", data, position: around(near) });
  }
  addEdge(cy, { id: `made:${claim.id}`, from: claim.actor.id, to: claim.id, type: "made" });
}

/** Adds an edge { id, from, to, type } unless it is there. */
export function addEdge(cy, edge) {
  if (cy.getElementById(edge.id).nonempty()) return;
  cy.add({ group: "edges", data: { id: edge.id, source: edge.from, target: edge.to, type: edge.type } });
}

/** New nodes start beside the node they were expanded from, so the layout moves them out from there. */
function around(near) {
  const origin = near?.position() ?? { x: 0, y: 0 };
  return { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
}

/** Lays the graph out; `fresh` places every node anew, else nodes move on from where they are. */
export function layout(cy, fresh) {
  return cy
    .layout({
      name: "fcose",
      quality: "proof",
      animate: false,
      randomize: fresh,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 40,
      idealEdgeLength: (edge) => (edge.data("type") === "made" ? 50 : 120),
      nodeRepulsion: () => 12000,
      edgeElasticity: () => 0.45,
    })
    .run();
}

/** Fits the graph in view, but does not blow a small one up past a readable size. */
export function fit(cy) {
  cy.stop(true); // a pan still running (centring a clicked node) would move the graph out of view after this
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
}
