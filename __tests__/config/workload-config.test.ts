import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readDataFile } from '../../src/config/data-file.js'
import { atJsonPath, parseJsonPath } from '../../src/config/json-path.js'
import { loadConfig } from '../../src/config/load.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { checkNames } from '../../src/config/name-sources.js'
import { parseTemplate } from '../../src/config/template.js'
import { readWorkloadData } from '../../src/run/workload-inputs.js'
import { inputError } from '../helpers/input-error.js'
import { tempDir } from '../helpers/run-cli.js'

describe('{{…}} templates', () => {
  it('splits literals and slots, generators with their arguments', () => {
    expect(parseTemplate('/u/{{id}}?r={{ randomInt 1 9 }}&x={{uuid}}{{seq}}', 'p')).toEqual({
      parts: ['/u/', '?r=', '&x=', '', ''],
      slots: [
        { kind: 'value', name: 'id' },
        { kind: 'randomInt', min: 1, max: 9 },
        { kind: 'uuid' },
        { kind: 'seq' }
      ]
    })
    // nested JSON objects end in }}: no placeholder, no error
    expect(parseTemplate('{"a":{"b":1}}', 'body').slots).toEqual([])
  })

  it.each([
    ['/u/{{id', 'has an unclosed {{'],
    ['{{randomInt 9 1}}', 'needs two whole numbers, the smallest first'],
    ['{{randomInt 1}}', 'needs two whole numbers'],
    ['{{uuid 4}}', 'takes no arguments'],
    ['{{two words}}', 'is neither a name'],
    ['{{}}', 'is neither a name']
  ])('%s is refused: %s', (text, why) => {
    expect(inputError(() => parseTemplate(text, 'services.api.endpoints[0].path')).message).toContain(why)
  })

  it('an unknown name says what could fill it', () => {
    const t = parseTemplate('/{{usr}}', 'f')
    expect(
      inputError(() =>
        checkNames(t, 'f', { columns: ['id', 'user'], captures: ['token'], dataFile: 'u.csv' })
      ).message
    ).toBe(
      'f: {{usr}} is not a column of u.csv (id, user), nor a captured value (token), nor a generator (randomInt MIN MAX, uuid, seq, timestamp); did you mean {{user}}?'
    )
    expect(() => checkNames(t, 'f', { columns: ['usr'], captures: [] })).not.toThrow()
  })
})

describe('data files', () => {
  it('CSV: a header row, RFC 4180 quoting (commas, quotes, line breaks), a BOM', async () => {
    const dir = await tempDir()
    const file = join(dir, 'users.csv')
    await writeFile(file, '\ufeffid,name\r\n1,"Smith, Jo"\r\n2,"say ""hi"""\r\n3,"two\nlines"\r\n\r\n')
    expect(await readDataFile(file, 'unique', 'data.file')).toEqual({
      file: 'users.csv',
      order: 'unique',
      columns: ['id', 'name'],
      rows: [
        ['1', 'Smith, Jo'],
        ['2', 'say "hi"'],
        ['3', 'two\nlines']
      ]
    })
  })

  it('JSON: an array of objects; numbers and nested values as text, missing keys empty', async () => {
    const dir = await tempDir()
    const file = join(dir, 'rows.json')
    await writeFile(
      file,
      JSON.stringify([
        { id: 1, tags: ['a'] },
        { id: 2, extra: null }
      ])
    )
    const d = await readDataFile(file, 'random', 'data.file')
    expect(d.columns).toEqual(['id', 'tags', 'extra'])
    expect(d.rows).toEqual([
      ['1', '["a"]', ''],
      ['2', '', '']
    ])
  })

  it('JSON: a row without a __proto__ or constructor column is empty there, not filled from Object.prototype', async () => {
    const dir = await tempDir()
    const file = join(dir, 'proto.json')
    // written as text: JSON.parse makes "__proto__" an own key, as a hostile file would have it
    await writeFile(file, '[{"id":1,"__proto__":"p","constructor":"c","toString":"t"},{"id":2}]')
    const d = await readDataFile(file, 'sequence', 'data.file')
    expect(d.columns).toEqual(['id', '__proto__', 'constructor', 'toString'])
    expect(d.rows).toEqual([
      ['1', 'p', 'c', 't'],
      ['2', '', '', '']
    ])
  })

  it.each([
    ['a.csv', 'id,id\n1,2\n', 'names column "id" twice'],
    ['b.csv', 'id\n', 'has no data rows'],
    ['c.csv', 'id,name\n1\n', 'is not valid CSV'],
    ['d.json', '{"id":1}', 'must be a JSON array of objects'],
    ['e.json', '[1,2]', 'must be a JSON array of objects']
  ])('%s is refused: %s', async (name, text, why) => {
    const dir = await tempDir()
    await writeFile(join(dir, name), text)
    await expect(readDataFile(join(dir, name), 'sequence', 'services.api.data.file')).rejects.toThrow(why)
  })

  it('a data value bound for a header must be one a header can carry', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'keys.csv'), 'key\ngood\n"bad\r\nX-Injected: 1"\n')
    const config = join(dir, 'perf-gate.yml')
    await writeFile(
      config,
      'services:\n  api:\n    base_url: http://127.0.0.1:1\n    data: { file: keys.csv }\n    headers: { X-Key: "{{key}}" }\n    endpoints: [{ path: /a }]\n'
    )
    const target = resolveTarget(await loadConfig({ file: config }), 'api')
    await expect(readWorkloadData(target)).rejects.toThrow(
      'keys.csv row 2 column key: goes into a header and must not contain CR or LF'
    )
  })
})

describe('capture paths', () => {
  it('reads .name, [n] and quoted keys; anything else is refused with the steps it knows', () => {
    const doc = { access_token: 't', data: { items: [{ id: 7 }], 'odd key': 'o' } }
    expect(atJsonPath(doc, parseJsonPath('$.access_token') as never)).toBe('t')
    expect(atJsonPath(doc, parseJsonPath('$.data.items[0].id') as never)).toBe(7)
    expect(atJsonPath(doc, parseJsonPath("$.data['odd key']") as never)).toBe('o')
    expect(atJsonPath(doc, parseJsonPath('$.data.items[3].id') as never)).toBeUndefined()
    expect(atJsonPath(doc, parseJsonPath('$.toString') as never)).toBeUndefined()
    expect(parseJsonPath('access_token')).toContain('must start with $')
    expect(parseJsonPath('$.items[*]')).toContain("use .name, ['name'] or [0] steps")
  })

  it('a bad capture path is a config error naming the field', async () => {
    const dir = await tempDir()
    const config = join(dir, 'perf-gate.yml')
    await writeFile(
      config,
      'services:\n  api:\n    base_url: http://127.0.0.1:1\n    setup: [{ path: /login, capture: { token: "$..token" } }]\n    endpoints: [{ path: /a }]\n'
    )
    await expect(loadConfig({ file: config })).rejects.toThrow(
      /services\.api\.setup\[0\]\.capture\.token: cannot read/
    )
  })
})

describe('${VAR} in paths and bodies', () => {
  it('fills them from the environment, %-encoded in a path, JSON-escaped in a JSON body, as secrets', async () => {
    const dir = await tempDir()
    const config = join(dir, 'perf-gate.yml')
    await writeFile(
      config,
      'services:\n  api:\n    base_url: http://127.0.0.1:1\n    endpoints:\n      - { path: "/t/${TENANT}", method: POST, body: { pw: "${PW}" } }\n'
    )
    const target = resolveTarget(await loadConfig({ file: config, env: { TENANT: 'a b', PW: 'x"y' } }), 'api')
    expect(target.endpoints[0]).toMatchObject({
      name: 'POST /t/${TENANT}',
      path: '/t/a%20b',
      body: '{"pw":"x\\"y"}'
    })
    expect(target.secrets).toEqual(expect.arrayContaining(['a b', 'x"y']))
  })
})
