// Loads what the reference pages are generated from straight from src/ (no
// build, no dist/): esbuild bundles a small entry into a temporary file, which
// is imported and removed.
import { build } from 'esbuild'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

const ENTRY = `
export { buildProgram } from './src/cli/main.ts'
export { configJsonSchema } from './src/config/schema.ts'
export { DEFAULTS, LIMITS } from './src/config/defaults.ts'
export { PRESET_SERVICES, API_KEY_HEADER, API_KEY_ENV } from './src/config/presets.ts'
export {
  DEFAULT_THRESHOLDS,
  DEFAULT_MIN_REQUESTS,
  THRESHOLD_DEFINITIONS,
  THRESHOLD_NAMES,
  FAIL_ON_VALUES
} from './src/config/thresholds.ts'
export { DEFAULT_TOLERANCES, TOLERANCE_NAMES, toleranceMetric } from './src/config/regression.ts'
export { ABORTABLE_THRESHOLDS, MIN_ABORT_AFTER_SEC } from './src/config/abort-after.ts'
export { EXIT_CODES } from './src/gate/exit-codes.ts'
export { runDocumentSchema } from './src/report/files/run-schema.ts'
export { SCHEMA_VERSION } from './src/report/run-document.ts'
export { z } from 'zod'
`

// autocannon and its dependencies are CommonJS that call require() for Node built-ins
const REQUIRE_SHIM =
  "import { createRequire as __docsCreateRequire } from 'node:module'; const require = __docsCreateRequire(import.meta.url);"

/** The sources' exports, and action.yml as the runner reads it. */
export async function loadSources(root) {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'docs-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    banner: { js: REQUIRE_SHIM }
  })
  const dir = mkdtempSync(join(tmpdir(), 'perf-gate-docs-'))
  try {
    const file = join(dir, 'sources.mjs')
    writeFileSync(file, out.outputFiles[0].contents)
    const mod = await import(pathToFileURL(file).href)
    return { ...mod, actionYml: parse(readFileSync(join(root, 'action.yml'), 'utf8')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
