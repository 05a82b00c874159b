// The details panel: what the selected node is, and its links in the graph as buttons (the keyboard's way through
// the graph, which a canvas does not give).

const kinds = { direct: "direct quote", indirect: "reported speech" };

export function renderDetails(container, node, actions) {
  if (!node) {
    container.replaceChildren(el("p", null, "Click a node to see its details here."));
    return;
  }
  container.replaceChildren(...(node.data("type") === "claim" ? claimDetails(node, actions) : actorDetails(node, actions)));
}

function claimDetails(node, actions) {
  const d = node.data();
  const parts = [el("h3", "claim-text", d.text)];
  if (d.quote) parts.push(el("blockquote", null, d.quote));
  const facts = el("dl");
  fact(facts, "Said by", linkButton(d.actorName, () => actions.focus(d.actorId)));
  fact(facts, "When", d.saidAt?.slice(0, 10) ?? "unknown");
  fact(facts, "Kind", kinds[d.kind] ?? d.kind);
  fact(facts, "Evidence", d.evidenceProvided === null ? "unknown" : d.evidenceProvided ? "provided" : "none given");
  if (d.article) fact(facts, "Article", articleText(d.article));
  parts.push(facts);

  const incoming = node.incomers("edge");
  const outgoing = node.outgoers("edge");
  parts.push(
    relationList("Disputed by", "disputes", incoming.filter("[type = 'disputes']").sources(), actions),
    relationList("Supported by", "supports", incoming.filter("[type = 'supports']").sources(), actions),
    relationList("Disputes", "disputes", outgoing.filter("[type = 'disputes']").targets(), actions),
    relationList("Supports", "supports", outgoing.filter("[type = 'supports']").targets(), actions),
  );
  if (!d.root) {
    const centre = el("button", "secondary", "Draw the graph around this claim");
    centre.type = "button";
    centre.addEventListener("click", () => actions.openClaim(d.id));
    parts.push(centre);
  }
  return parts.filter(Boolean);
}

function actorDetails(node, actions) {
  const d = node.data();
  const claims = node.outgoers("node[type = 'claim']");
  return [
    el("h3", null, d.name),
    el("p", "muted", d.actorKind),
    relationList(`Claims in the graph (${claims.length})`, "made", claims, actions, false),
  ].filter(Boolean);
}

function relationList(title, type, claims, actions, withActor = true) {
  if (claims.empty()) return null;
  const section = el("section", `relations ${type}`);
  section.dataset.relation = title;
  section.append(el("h4", null, title));
  const list = el("ul");
  claims.forEach((claim) => {
    const label = withActor ? `${claim.data("actorName")}: ${claim.data("text")}` : claim.data("text");
    const li = el("li");
    li.append(linkButton(label, () => actions.focus(claim.id())));
    list.append(li);
  });
  section.append(list);
  return section;
}

function fact(list, term, value) {
  list.append(el("dt", null, term));
  const dd = el("dd");
  dd.append(value);
  list.append(dd);
}

function articleText(article) {
  const text = [article.title, article.outlet].filter(Boolean).join(" · ");
  if (!article.url || !/^https?:\/\//i.test(article.url)) return text;
  const link = el("a", null, text);
  link.href = article.url;
  link.rel = "noopener noreferrer";
  return link;
}

function linkButton(text, onClick) {
  const button = el("button", "link", text);
  button.type = "button";
  button.addEventListener("click", onClick);
  return button;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
