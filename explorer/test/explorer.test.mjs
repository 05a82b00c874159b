// Browser test of the explorer page against a live API holding the sample data (run it through scripts/with-api.sh,
// which sets CLAIMTRACKER_URL): Debian's Chromium, driven by playwright-core, searches "Peskov", opens the graph of
// his "decided in Washington" claim, and checks that John Kirby's counter-claims are drawn as disputing nodes.
// Saves the screenshot the README shows (docs/explorer.png, or EXPLORER_SCREENSHOT).
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, afterEach, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const baseUrl = process.env.CLAIMTRACKER_URL ?? "http://localhost:5080";
const screenshot = resolve(process.env.EXPLORER_SCREENSHOT ?? join(dirname(fileURLToPath(import.meta.url)), "../../docs/explorer.png"));
// Without the background-networking flags Chromium calls home, which a closed network refuses.
const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

let profile;
let context;
let page;
const problems = [];

before(async () => {
  profile = await mkdtemp(join(tmpdir(), "explorer-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1600, height: 960 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // A CSP violation, a script error or a failed API call all fail the test.
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
});

afterEach(() => assert.deepEqual(problems.splice(0), [], "no console errors, CSP violations or failed requests"));

after(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

async function api(path) {
  const response = await fetch(`${baseUrl}/api${path}`);
  assert.equal(response.status, 200, path);
  return response.json();
}

/** The graph's model, read through the page's test hook. */
const graph = () =>
  page.evaluate(() => {
    const cy = window.explorerGraph;
    const root = cy.nodes("[?root]");
    const inView = (box) => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    const claim = (n) => ({ id: n.id(), actor: n.data("actorName"), text: n.data("text"), inView: inView(n.renderedBoundingBox()) });
    return {
      nodes: cy.nodes().length,
      root: root.nonempty() ? claim(root) : null,
      disputing: root.incomers("edge[type = 'disputes']").map((e) => ({ ...claim(e.source()), color: e.style("line-color") })),
      supported: root.outgoers("edge[type = 'supports']").map((e) => claim(e.target())),
    };
  });

test("search Peskov, open his 'decided in Washington' claim: John Kirby's counter-claims dispute it", async () => {
  const claim = (await api("/claims?q=decision%20Washington")).items[0];
  assert.equal(claim.actor.name, "Dmitry Peskov");
  const kirby = (await api(`/claims/${claim.id}/disputers`)).items.find((side) => side.actor.name === "John Kirby");
  assert.ok(kirby.counterClaims.length >= 2, "the sample has several Kirby counter-claims");

  await page.goto(`${baseUrl}/explorer`);
  assert.match(page.url(), /\/explorer\/$/);
  await page.getByLabel("Search claims, actors and articles").fill("Peskov");
  await page.keyboard.press("Enter");

  await page.locator("#actor-results button", { hasText: "Dmitry Peskov" }).click();
  await page.locator("#details button", { hasText: "Washington, not Kyiv" }).click();
  await page.getByRole("button", { name: "Draw the graph around this claim" }).click();
  await page.waitForFunction((id) => window.explorerGraph.nodes("[?root]").id() === id, claim.id);

  const drawn = await graph();
  assert.equal(drawn.root.id, claim.id);
  const kirbyNodes = drawn.disputing.filter((node) => node.actor === "John Kirby");
  assert.deepEqual(kirbyNodes.map((node) => node.id).sort(), kirby.counterClaims.map((c) => c.id).sort());
  for (const node of drawn.disputing) {
    assert.equal(node.color, "rgb(198,40,40)", "disputes are drawn red");
    assert.ok(node.inView, `"${node.text}" is drawn inside the graph's frame`);
  }

  // What a reader sees: the details panel lists the same counter-claims under "Disputed by".
  const disputedBy = page.locator("#details section[data-relation='Disputed by'] li");
  await assertTextsInclude(disputedBy, kirby.counterClaims.map((c) => `John Kirby: ${c.text}`));
  await page.screenshot({ path: screenshot });
});

test("clicking a node expands it", async () => {
  const before = await graph();
  // The Kremlin's "Ukraine carried out the attack", which Peskov's claim supports, is disputed by others in turn.
  const target = before.supported.find((node) => node.actor === "Kremlin");
  assert.ok(target, "Peskov's claim supports the Kremlin's");
  await clickNode(target.id);
  await page.waitForFunction((n) => window.explorerGraph.nodes().length > n, before.nodes);

  const disputers = await api(`/claims/${target.id}/disputers`);
  const expanded = await page.evaluate((id) => window.explorerGraph.getElementById(id).incomers("edge[type = 'disputes']").sources().map((n) => n.data("actorName")), target.id);
  assert.deepEqual([...new Set(expanded)].sort(), disputers.items.map((side) => side.actor.name).sort());
  await assertTextsInclude(page.locator("#details h3"), [target.text]);
});

test("an article opens as its graph", async () => {
  const article = (await api("/articles?q=kremlin")).items[0];
  const expected = await api(`/articles/${article.id}/graph`);
  await page.getByLabel("Search claims, actors and articles").fill("Kremlin");
  await page.keyboard.press("Enter");
  await page.locator("#article-results button", { hasText: article.title }).click();
  await page.waitForFunction((n) => window.explorerGraph.nodes().length === n, expected.nodes.length);

  const edges = await page.evaluate(() => window.explorerGraph.edges("[type != 'made']").length);
  assert.equal(edges, expected.edges.filter((e) => e.type !== "made").length);
});

async function assertTextsInclude(locator, expected) {
  const texts = await locator.allInnerTexts();
  for (const text of expected) assert.ok(texts.includes(text), `expected "${text}" among ${JSON.stringify(texts)}`);
}

/** Clicks a node where it is drawn on the canvas, as a person would. */
async function clickNode(id) {
  const position = await page.evaluate((nodeId) => window.explorerGraph.getElementById(nodeId).renderedPosition(), id);
  const box = await page.locator("#graph").boundingBox();
  await page.mouse.click(box.x + position.x, box.y + position.y);
}
