#!/usr/bin/env node
// Writes schema/perf-gate.schema.json from the zod model in the built library.
import { writeFileSync, mkdirSync } from 'node:fs'
import { configJsonSchema } from '../dist/lib.js'

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true })
const schema = configJsonSchema()
writeFileSync(
  new URL('../schema/perf-gate.schema.json', import.meta.url),
  JSON.stringify(schema, null, 2) + '\n'
)
console.log('wrote schema/perf-gate.schema.json')
