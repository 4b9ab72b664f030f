// Signal handlers first; everything else is loaded after them (see scripts/bundle.mjs).
import '../terminal/trap-signals.js'

const { run } = await import('./main.js')
await run()
