// Copies the pinned browser libraries from node_modules into the places the service and the browser
// tests load them from. Run after `npm ci` when a version in package.json changes, and commit the copies:
// CI and the service never run npm.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const web = join(here, "..", "src", "Chronology.Api", "wwwroot", "vendor");
const tests = join(here, "..", "tests", "Chronology.BrowserTests", "vendor");

// Licence files get a .txt name so the service (which serves known file types only) serves them too.
const copies = {
  [web]: {
    "vis-timeline/vis-timeline-graph2d.min.js": "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
    "vis-timeline/vis-timeline-graph2d.min.css": "vis-timeline/styles/vis-timeline-graph2d.min.css",
    "vis-timeline/LICENSE.md": "vis-timeline/LICENSE.md",
    "vis-timeline/LICENSE.MIT.txt": "vis-timeline/LICENSE.MIT.txt",
    "vis-timeline/LICENSE.Apache-2.0.txt": "vis-timeline/LICENSE.Apache-2.0.txt",
    "vis-timeline/moment.LICENSE.txt": "moment/LICENSE",
    "vis-timeline/vis-data.LICENSE-MIT.txt": "vis-data/LICENSE-MIT",
    "vis-timeline/propagating-hammerjs.LICENSE.txt": "propagating-hammerjs/LICENSE",
    "vis-timeline/keycharm.LICENSE-MIT.txt": "keycharm/LICENSE-MIT",
    "vis-timeline/uuid.LICENSE.md": "uuid/LICENSE.md",
    "vis-timeline/xss.LICENSE.txt": "xss/LICENSE",
    "vis-timeline/cssfilter.LICENSE.txt": "cssfilter/LICENSE",
    "vis-timeline/component-emitter.LICENSE.txt": "component-emitter/LICENSE",
    "leaflet/leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet/leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet/images": "leaflet/dist/images",
    "leaflet/LICENSE.txt": "leaflet/LICENSE",
    "topojson-client/topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "topojson-client/LICENSE.txt": "topojson-client/LICENSE",
    "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
    "world-atlas/LICENSE.txt": "world-atlas/LICENSE",
  },
  [tests]: {
    "axe.min.js": "axe-core/axe.min.js",
    "axe-core.LICENSE": "axe-core/LICENSE",
    "axe-core.LICENSE-3RD-PARTY.txt": "axe-core/LICENSE-3RD-PARTY.txt",
  },
};

for (const [root, files] of Object.entries(copies)) {
  rmSync(root, { recursive: true, force: true });
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    cpSync(join(modules, from), join(root, to), { recursive: true });
  }
  console.log(`vendor: ${Object.keys(files).length} copies into ${root}`);
}

// vis-timeline's standalone build injects its stylesheet as <style> elements at load time, which the
// page's Content-Security-Policy (style-src 'self') refuses, with a console error for each. The same
// rules are loaded from vis-timeline-graph2d.min.css, so the injector becomes a no-op. The one change
// made to any vendored file; it fails loudly if a new version no longer matches.
const timeline = join(web, "vis-timeline/vis-timeline-graph2d.min.js");
const injector = 'function b(t,e){void 0===e&&(e={});var i=e.insertAt;if(t&&"undefined"!=typeof document){';
const source = readFileSync(timeline, "utf8");
if (source.split(injector).length !== 2) throw new Error("vis-timeline: the style injector was not found exactly once; review the patch");
writeFileSync(timeline, source.replace(injector, 'function b(t,e){void 0===e&&(e={});var i=e.insertAt;if(false){'));
console.log("vendor: vis-timeline style injection disabled (its CSS file is loaded instead)");
