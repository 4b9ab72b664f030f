#!/usr/bin/env node
// Signal handlers first; everything else is loaded after them (see scripts/bundle.mjs).
import '../terminal/trap-signals.js'

const { main } = await import('./main.js')
process.exitCode = await main(process.argv.slice(2))
