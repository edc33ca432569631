// Bytes: builds the task pane with a plugin that records each chunk's modules, then works out what
// loads before the first screen (the entry and its static imports, with their CSS).
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

function statsPlugin(sink) {
  return {
    name: 'nas-bundle-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') {
          sink.chunks.push({
            fileName: item.fileName,
            name: item.name,
            isEntry: item.isEntry,
            imports: item.imports,
            css: [...(item.viteMetadata?.importedCss ?? [])],
            modules: Object.entries(item.modules).map(([id, m]) => ({ id, bytes: m.renderedLength })),
          });
        } else sink.assets.push(item.fileName);
      }
    },
  };
}

/** Builds with `config` into `outDir`; returns the chunks and a size reader. */
export async function buildWithStats(config, outDir) {
  const sink = { chunks: [], assets: [] };
  await build({
    ...config,
    logLevel: 'silent',
    build: { ...(config.build ?? {}), outDir, emptyOutDir: true },
    plugins: [...(config.plugins ?? []), statsPlugin(sink)],
  });
  const size = (file) => {
    const buf = readFileSync(join(outDir, file));
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  return { ...sink, size };
}

/** Files that load before the first screen: the entry chunk, its static imports, and their CSS. */
export function initialFiles(chunks, entryName) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.name === entryName);
  if (!entry) throw new Error(`No entry chunk named ${entryName}`);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of byFile.get(file)?.imports ?? []) visit(dep);
  };
  visit(entry.fileName);
  const js = [...seen];
  const css = [...new Set(js.flatMap((f) => byFile.get(f)?.css ?? []))];
  return { js, css, modules: js.flatMap((f) => byFile.get(f).modules) };
}

export function moduleName(id) {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return relative(root, clean);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = '/tmp/nas-bytes';
  const { chunks, size } = await buildWithStats({ configFile: resolve(root, 'vite.config.ts') }, out);
  const initial = initialFiles(chunks, 'taskpane');
  let raw = 0,
    gz = 0;
  for (const f of [...initial.js, ...initial.css]) {
    const s = size(f);
    raw += s.raw;
    gz += s.gzip;
    console.log(f, s);
  }
  console.log('initial', raw, gz);
  const byPkg = new Map();
  for (const m of initial.modules) byPkg.set(moduleName(m.id), (byPkg.get(moduleName(m.id)) ?? 0) + m.bytes);
  console.log([...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 25));
}
