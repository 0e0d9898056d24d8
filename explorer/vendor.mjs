// Copies the pinned browser libraries from node_modules into the places the service and the browser
// tests load them from. Run after `npm ci` when a version in package.json changes, and commit the copies:
// CI and the service never run npm.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const web = join(here, "..", "src", "Chronology.Api", "wwwroot", "vendor");
const tests = join(here, "..", "tests", "Chronology.BrowserTests", "vendor");

const copies = {
  [web]: {
    "vis-timeline/vis-timeline-graph2d.min.js": "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
    "vis-timeline/vis-timeline-graph2d.min.css": "vis-timeline/styles/vis-timeline-graph2d.min.css",
    "vis-timeline/LICENSE.md": "vis-timeline/LICENSE.md",
    "vis-timeline/LICENSE.MIT.txt": "vis-timeline/LICENSE.MIT.txt",
    "vis-timeline/LICENSE.Apache-2.0.txt": "vis-timeline/LICENSE.Apache-2.0.txt",
    "vis-timeline/moment.LICENSE": "moment/LICENSE",
    "vis-timeline/vis-data.LICENSE-MIT": "vis-data/LICENSE-MIT",
    "vis-timeline/propagating-hammerjs.LICENSE": "propagating-hammerjs/LICENSE",
    "vis-timeline/keycharm.LICENSE-MIT": "keycharm/LICENSE-MIT",
    "vis-timeline/uuid.LICENSE.md": "uuid/LICENSE.md",
    "vis-timeline/xss.LICENSE": "xss/LICENSE",
    "vis-timeline/cssfilter.LICENSE": "cssfilter/LICENSE",
    "vis-timeline/component-emitter.LICENSE": "component-emitter/LICENSE",
    "leaflet/leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet/leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet/images": "leaflet/dist/images",
    "leaflet/LICENSE": "leaflet/LICENSE",
    "topojson-client/topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "topojson-client/LICENSE": "topojson-client/LICENSE",
    "world-atlas/countries-110m.json": "world-atlas/countries-110m.json",
    "world-atlas/LICENSE": "world-atlas/LICENSE",
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
