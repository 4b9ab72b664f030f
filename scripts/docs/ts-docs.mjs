// Doc comments read from the TypeScript sources with the compiler API: what a
// field means is written once, beside its type, and the pages take it from there.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const jsDocText = (node) =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

/** `export const NAME = Object.freeze({ key: … })`: each key's doc comment, by NAME. */
export function objectLiteralComments(root, file) {
  const sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true)
  const found = {}
  const literalOf = (e) => {
    while (e && (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isCallExpression(e)))
      e = ts.isCallExpression(e) ? e.arguments[0] : e.expression
    return e && ts.isObjectLiteralExpression(e) ? e : undefined
  }
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const decl of statement.declarationList.declarations) {
      const literal = literalOf(decl.initializer)
      if (!literal || !ts.isIdentifier(decl.name)) continue
      found[decl.name.text] = Object.fromEntries(
        literal.properties
          .filter((p) => p.name && ts.isIdentifier(p.name))
          .map((p) => [p.name.text, jsDocText(p)])
          .filter(([, doc]) => doc)
      )
    }
  }
  return found
}

/**
 * The fields of an exported interface, depth first: each with its type in
 * words, whether it is optional, its doc comment and its own fields. A named
 * type met a second time is not expanded again: `sameAs` names the first place.
 */
export function interfaceFields(root, file, name) {
  const program = ts.createProgram([join(root, file)], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node']
  })
  const checker = program.getTypeChecker()
  const sf = program.getSourceFile(join(root, file))
  const decl = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name)
  if (!decl) throw new Error(`${file} has no interface ${name}`)
  const seen = new Map()

  const isLiteralUnion = (t) =>
    t.isUnion() && t.types.every((u) => u.isLiteral() || u.flags & ts.TypeFlags.BooleanLiteral)
  const literal = (t) =>
    t.isStringLiteral() ? t.value : t.isNumberLiteral() ? String(t.value) : checker.typeToString(t)
  const isMapped = (t) => (ts.getObjectFlags(t) & ts.ObjectFlags.Mapped) !== 0
  const indexValue = (t) => checker.getIndexInfosOfType(t)[0]?.type
  const isObject = (t) =>
    (t.flags & ts.TypeFlags.Object || t.isIntersection()) &&
    !checker.isArrayType(t) &&
    !checker.isTupleType(t)
  const typeName = (t) => {
    const s = t.aliasSymbol ?? t.symbol
    return s && !s.name.startsWith('__') ? s.name : undefined
  }

  function describe(t) {
    t = checker.getNonNullableType(t)
    if (t.flags & ts.TypeFlags.Boolean) return { type: 'boolean' }
    if (isLiteralUnion(t)) return { type: t.types.map((u) => `\`${literal(u)}\``).join(' \\| ') }
    if (t.isLiteral() || t.flags & ts.TypeFlags.BooleanLiteral) return { type: `\`${literal(t)}\`` }
    if (t.flags & ts.TypeFlags.String) return { type: 'string' }
    if (t.flags & ts.TypeFlags.Number) return { type: 'number' }
    if (checker.isArrayType(t)) {
      const inner = describe(checker.getTypeArguments(t)[0])
      return { ...inner, type: `array of ${inner.type}`, suffix: '[]' }
    }
    const value = indexValue(t)
    if (value) {
      const inner = describe(value)
      return { ...inner, type: `map of ${inner.type}`, suffix: '.<key>' }
    }
    const props = isMapped(t) ? checker.getPropertiesOfType(t) : []
    const values = new Set(props.map((p) => checker.getNonNullableType(checker.getTypeOfSymbol(p))))
    if (values.size === 1) {
      // Partial<Record<ErrorType, number>>: a map over known keys
      const inner = describe([...values][0])
      return { type: `map of ${inner.type}, keys ${props.map((p) => `\`${p.name}\``).join(', ')}` }
    }
    if (isObject(t)) return { type: 'object', object: t }
    return { type: checker.typeToString(t) }
  }

  function fieldsOf(t, path) {
    return checker.getPropertiesOfType(t).map((p) => {
      const d = p.valueDeclaration ?? p.declarations?.[0]
      const fieldPath = path ? `${path}.${p.name}` : p.name
      const { type, object, suffix = '' } = describe(checker.getTypeOfSymbol(p))
      const field = {
        name: p.name,
        path: fieldPath,
        type,
        optional: (p.flags & ts.SymbolFlags.Optional) !== 0,
        doc: d ? jsDocText(d) : ''
      }
      if (object) {
        const named = typeName(object)
        if (named && seen.has(named)) field.sameAs = seen.get(named)
        else {
          if (named) seen.set(named, fieldPath + suffix)
          field.fields = fieldsOf(object, fieldPath + suffix)
        }
      }
      return field
    })
  }
  return fieldsOf(checker.getTypeAtLocation(decl.name), '')
}
