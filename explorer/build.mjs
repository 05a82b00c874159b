// Bundles the explorer page (src/) into the API's static files: explorer.js (with Cytoscape), explorer.css and
// index.html, in src/ClaimTracker.Api/wwwroot/explorer/ unless another folder is given.
//
//   node build.mjs [outdir]
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(process.argv[2] ?? join(here, "../src/ClaimTracker.Api/wwwroot/explorer"));

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: [join(here, "src/explorer.js")],
  outfile: join(outdir, "explorer.js"),
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  legalComments: "linked",
  logLevel: "warning",
});
for (const file of ["index.html", "explorer.css", "favicon.svg"]) {
  await copyFile(join(here, "src", file), join(outdir, file));
}
console.log(`explorer built in ${outdir}`);
