#!/usr/bin/env node
// Writes the reference pages under docs/reference/ from the sources that
// define them: the commander program (src/cli/), action.yml, the zod config
// model and the defaults (src/config/), the exit codes (src/gate/) and the
// metrics.json types and zod model (src/report/). Reads src/ directly (esbuild
// and the TypeScript compiler), so it needs no build.
//
//   npm run docs              write the pages
//   npm run docs -- --check   write nothing; exit 1 naming every page that is stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import prettier from 'prettier'
import { actionPage } from './docs/action-page.mjs'
import { cliPage } from './docs/cli-page.mjs'
import { configPage } from './docs/config-page.mjs'
import { exitCodesPage } from './docs/exit-codes-page.mjs'
import { metricsPage } from './docs/metrics-page.mjs'
import { loadSources } from './docs/sources.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const check = process.argv.includes('--check')

const src = await loadSources(root)
const pages = {
  'docs/reference/cli.md': cliPage(src, root),
  'docs/reference/action.md': actionPage(src),
  'docs/reference/config.md': configPage(src),
  'docs/reference/metrics-json.md': metricsPage(src, root),
  'docs/reference/exit-codes.md': exitCodesPage(src)
}

const options = { ...(await prettier.resolveConfig(join(root, 'README.md'))), parser: 'markdown' }
const stale = []
for (const [file, text] of Object.entries(pages)) {
  const formatted = await prettier.format(text, options)
  const path = join(root, file)
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
  if (current === formatted) continue
  if (check) {
    stale.push(file)
    continue
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, formatted)
  console.log(`wrote ${file}`)
}
if (check && stale.length) {
  console.error(`stale: ${stale.join(', ')}; run \`npm run docs\` and commit the pages`)
  process.exit(1)
}
console.log(check ? `docs/reference/ is up to date (${Object.keys(pages).length} pages)` : 'docs written')
