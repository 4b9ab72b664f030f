import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { ROOT } from '../helpers/run-cli.js'

/**
 * The structure the code promises, checked: imports run along the pipeline
 * config → engine → metrics → gate → report, orchestration and faces on top,
 * and no function or file grows past what a reader holds in their head.
 */
const SRC = join(ROOT, 'src')

/** Each folder's layer; a module may import only from its own layer or a lower one. */
const LAYERS: Record<string, number> = {
  'version.ts': 0,
  config: 1,
  engine: 2,
  metrics: 3,
  gate: 4,
  report: 5,
  run: 6,
  terminal: 7,
  monitoring: 7,
  library: 7,
  demo: 7,
  action: 8,
  cli: 8,
  'index.ts': 9
}

/** The core stays pure: these folders never touch the process or GitHub. */
const CORE = ['config', 'engine', 'metrics', 'gate', 'report', 'run']

const MAX_FUNCTION_LINES = 120
/** A file past this holds more than one concept: split it along its seams. */
const MAX_FILE_LINES = 400

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}

const files = sourceFiles(SRC)
const folder = (file: string): string => relative(SRC, file).split('/')[0]
const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)

function imports(source: ts.SourceFile): string[] {
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text)
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      ts.isStringLiteral(node.arguments[0])
    )
      out.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

describe('source structure', () => {
  it('every folder of src/ has a layer', () => {
    expect(files.map(folder).filter((f) => LAYERS[f] === undefined)).toEqual([])
  })

  it('imports follow the pipeline: no module imports from a layer above its own', () => {
    const against: string[] = []
    for (const file of files) {
      for (const spec of imports(parse(file)).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'))
        if (LAYERS[folder(target)] > LAYERS[folder(file)])
          against.push(`${relative(SRC, file)} → ${relative(SRC, target)}`)
      }
    }
    expect(against).toEqual([])
  })

  it('the core imports no @actions/* and never exits the process', () => {
    const impure = files
      .filter((f) => CORE.includes(folder(f)))
      .filter((f) => {
        const text = readFileSync(f, 'utf8')
        return imports(parse(f)).some((s) => s.startsWith('@actions/')) || /process\.exit\(/.test(text)
      })
      .map((f) => relative(SRC, f))
    expect(impure).toEqual([])
  })

  it(`no function is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = []
    for (const file of files) {
      const source = parse(file)
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
          if (end - start + 1 > MAX_FUNCTION_LINES) {
            const name = (node as ts.FunctionDeclaration).name?.getText() ?? '(anonymous)'
            long.push(`${relative(SRC, file)}:${start + 1} ${name} (${end - start + 1} lines)`)
          }
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
    expect(long).toEqual([])
  })

  it(`no file is longer than ${MAX_FILE_LINES} lines`, () => {
    // as wc -l counts them: a final newline ends the last line, it starts none
    const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
    const long = files
      .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${relative(SRC, file)} (${lines} lines)`)
    expect(long).toEqual([])
  })
})
