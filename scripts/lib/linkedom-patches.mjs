// Speed patches applied to linkedom when the command line is bundled (scripts/build-cli.mjs). Each one
// replaces exact text of linkedom's source and fails the build if that text is not found, so that an
// update of linkedom cannot silently drop a patch (package.json pins linkedom's version).
//
// What each patch changes is how linkedom keeps its data, never what the DOM answers.
import { readFile } from 'node:fs/promises';

const PATCHES = [
  {
    // Every node is an EventTarget, and linkedom's EventTarget gives each new node an entry in a
    // WeakMap holding an empty Map of listeners. A page of 5,000 nodes makes 5,000 Maps and 5,000
    // weak entries that nobody uses (the engine adds no listener), and weak entries are the most
    // expensive thing for the garbage collector to trace: on the 181 benchmark pages these
    // constructors and the collection they cause were the largest cost of parsing. The Map is made
    // on the first addEventListener instead; the reads already accept a node without one.
    file: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/,
    replacements: [
      ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
      [
        '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
        '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n',
      ],
      ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
    ],
  },
  {
    // The same weak entry for every element whose `style` is read, and Readability reads it on every
    // element it visits (`_isProbablyVisible`): the style object (a Map behind a Proxy) finds its
    // element through a WeakMap. It keeps it in a hidden property of its own instead; `refs` keeps
    // its get/set shape so the rest of the file is unchanged.
    file: /[\\/]linkedom[\\/]esm[\\/]interface[\\/]css-style-declaration\.js$/,
    replacements: [
      [
        'const refs = new WeakMap;',
        "const OWNER = Symbol('owner');\nconst refs = {\n  get: (style) => style[OWNER],\n  set: (style, element) => Object.defineProperty(style, OWNER, {value: element}),\n};",
      ],
    ],
  },
];

/** The esbuild plugin that applies PATCHES. */
export const linkedomPatches = {
  name: 'linkedom-patches',
  setup(build) {
    for (const patch of PATCHES) {
      let applied = false;
      build.onLoad({ filter: patch.file }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of patch.replacements) {
          if (!source.includes(from)) throw new Error(`linkedom patch: "${from.split('\n')[0].trim()}…" not found in ${args.path}: linkedom changed; review scripts/lib/linkedom-patches.mjs`);
          source = source.replace(from, to);
        }
        applied = true;
        return { contents: source, loader: 'js' };
      });
      build.onEnd((result) => {
        if (!applied && result.errors.length === 0) throw new Error(`linkedom patch: no file matched ${patch.file}`);
      });
    }
  },
};
