// Jest's TypeScript transform: esbuild strips the types, file by file, into ES modules.
// ts-jest with isolatedModules did the same through the TypeScript compiler, which each
// worker loads first: a cold run (a fresh clone, CI, or after an edit) took twice as long.
// Type errors are `tsc --noEmit`'s job (make typecheck), as they were with isolatedModules.
import { createHash } from 'node:crypto'
import { transformSync, version } from 'esbuild'

const OPTIONS = { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline' }

export default {
  getCacheKey(source, path) {
    return createHash('sha1')
      .update(`${version}\0${JSON.stringify(OPTIONS)}\0${path}\0`)
      .update(source)
      .digest('hex')
  },
  process(source, path) {
    return { code: transformSync(source, { ...OPTIONS, sourcefile: path }).code }
  }
}
