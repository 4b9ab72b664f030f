// The e2e tests run the built bundles (dist/cli.js, dist/index.js, dist/lib.js):
// against a dist/ older than src/ they would pass or fail for the wrong reasons.
// The globalSetup of the e2e jest project only: jest runs it when a test of that
// project is selected, so the unit tests (npm run test:unit) need no bundle.
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export default function checkDistIsFresh() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
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
