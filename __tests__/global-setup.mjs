// The e2e tests run the built bundles (dist/cli.js, dist/index.js, dist/lib.js):
// against a dist/ older than src/ they would pass or fail for the wrong reasons.
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export default function checkDistIsFresh(globalConfig) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  // a run of named unit tests only (no e2e path among them) needs no bundle: a one-word change
  // in src/ can be tested at once
  const patterns = globalConfig?.testPathPatterns?.patterns ?? []
  if (patterns.length > 0 && patterns.every((p) => !/e2e|helpers/.test(p) && /__tests__\//.test(p))) return
  try {
    execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--check'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe']
    })
  } catch (e) {
    const detail = String(e.stderr ?? '')
      .trim()
      .split('\n')
      .slice(0, 5)
      .join('\n')
    throw new Error(
      `dist/ does not match src/: run \`npm run bundle\` first (the e2e tests run the built bundles)\n${detail}`,
      { cause: e }
    )
  }
}
