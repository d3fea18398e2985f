// Build pyascent's committed front-end assets. Run with `npm run build`
// (after `npm ci`). Outputs:
//   ../static/editor.js            CodeMirror 6 bundle (one minified IIFE)
//   ../static/htmx.min.js          copy of htmx.org/dist/htmx.min.js
//   ../../../../tests/e2e/vendor/axe.min.js  copy of axe-core/axe.min.js (tests only)
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = join(here, "..", "static");
const vendorDir = join(here, "..", "..", "..", "..", "tests", "e2e", "vendor");

function report(file) {
  const size = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  console.log(`${relative(process.cwd(), file)}  ${(size / 1024).toFixed(1)} KiB  (${(gz / 1024).toFixed(1)} KiB gzip)`);
}

// Licence banner naming every package bundled into editor.js (all MIT).
function bundledPackages(name, seen = new Map()) {
  const pkg = JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8"));
  if (seen.has(name)) return seen;
  seen.set(name, `${name}@${pkg.version} (${pkg.license})`);
  for (const dep of Object.keys(pkg.dependencies || {})) bundledPackages(dep, seen);
  return seen;
}
const seen = new Map();
for (const dep of ["codemirror", "@codemirror/lang-python", "@lezer/highlight"]) bundledPackages(dep, seen);
const banner =
  "/*! pyascent editor bundle, built from src/pyascent/web/frontend (npm ci && npm run build).\n" +
  " * Contains: " + [...seen.values()].sort().join(", ") + ".\n" +
  " * Licence texts: see each package in node_modules. */";

mkdirSync(staticDir, { recursive: true });
mkdirSync(vendorDir, { recursive: true });

const editorOut = join(staticDir, "editor.js");
await build({
  entryPoints: [join(here, "editor.js")],
  outfile: editorOut,
  bundle: true,
  format: "iife",
  minify: true,
  target: ["es2020"],
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  banner: { js: banner },
});
report(editorOut);

const copies = [
  [join(here, "node_modules", "htmx.org", "dist", "htmx.min.js"), join(staticDir, "htmx.min.js")],
  [join(here, "node_modules", "axe-core", "axe.min.js"), join(vendorDir, "axe.min.js")],
];
for (const [src, dest] of copies) {
  copyFileSync(src, dest);
  report(dest);
}
