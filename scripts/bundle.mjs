#!/usr/bin/env node
// Builds everything under dist/ with esbuild; `--check` builds into a temp
// folder and fails when the committed dist/ differs (stale bundle).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const check = process.argv.includes('--check')
const out = check ? mkdtempSync(join(tmpdir(), 'perf-gate-dist-')) : join(root, 'dist')

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const versionTs = readFileSync(join(root, 'src/version.ts'), 'utf8')
if (!versionTs.includes(`'${pkg.version}'`)) {
  console.error(`src/version.ts does not hold package.json's version ${pkg.version}`)
  process.exit(1)
}

// autocannon and its dependencies are CommonJS that call require() for
// Node built-ins; an ESM bundle needs a real require for them.
const requireShim =
  "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8'
}

if (!check) rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

// `--workers`: each worker thread runs dist/load-worker.js (the engine alone,
// self-contained). The code that starts one finds it relative to its own
// file: one folder up from the CLI's and the action's chunks, beside lib.js.
const workerScript = (path) => ({ PERF_GATE_WORKER_SCRIPT: JSON.stringify(path) })
await build({
  ...common,
  entryPoints: { 'load-worker': join(root, 'src/engine/workers/worker-entry.ts') },
  outdir: out,
  banner: { js: requireShim }
})

// dist/cli.js itself is a few lines: it installs the signal handlers, then
// loads the rest (cli-chunks/), so a signal during start-up is already handled.
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/cli/index.ts') },
  outdir: out,
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  define: workerScript('../load-worker.js'),
  banner: { js: requireShim }
})
// The action is split so that @actions/artifact (the largest part) is only
// loaded when an upload happens: startup time counts against every run.
await build({
  ...common,
  entryPoints: { index: join(root, 'src/action/index.ts') },
  outdir: out,
  splitting: true,
  chunkNames: 'action-chunks/[name]-[hash]',
  define: workerScript('../load-worker.js'),
  banner: { js: requireShim }
})
await build({
  ...common,
  entryPoints: [join(root, 'src/index.ts')],
  outfile: join(out, 'lib.js'),
  define: workerScript('./load-worker.js'),
  packages: 'external'
})
writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n')
execFileSync(
  join(root, 'node_modules/.bin/tsc'),
  ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(out, 'types')],
  { stdio: 'inherit', cwd: root }
)

if (check) {
  const committed = join(root, 'dist')
  const list = (dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
  const fresh = list(out)
  const have = (() => {
    try {
      return list(committed)
    } catch {
      return []
    }
  })()
  const problems = []
  for (const f of new Set([...fresh, ...have])) {
    if (!have.includes(f)) problems.push(`missing in dist/: ${f}`)
    else if (!fresh.includes(f)) problems.push(`extra in dist/: ${f}`)
    else if (!readFileSync(join(out, f)).equals(readFileSync(join(committed, f))))
      problems.push(`stale: dist/${f}`)
  }
  rmSync(out, { recursive: true, force: true })
  if (problems.length) {
    console.error(
      `dist/ does not match a fresh bundle; run \`npm run bundle\` and commit dist/:\n  ${problems.join('\n  ')}`
    )
    process.exit(1)
  }
  console.log(`dist/ is up to date (${fresh.length} files)`)
} else {
  console.log(`bundled into ${relative(root, out) || '.'}`)
}
