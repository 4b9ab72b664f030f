import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeRequestPath, headerValueProblem, requestPathProblem } from '../../src/config/http-grammar.js'
import { loadConfig, MAX_CONFIG_BYTES } from '../../src/config/load.js'
import { parseConfigText } from '../../src/config/parse.js'
import { resolveTarget } from '../../src/config/resolve.js'
import { httpUrl } from '../../src/config/validate.js'
import { parseRunRequest } from '../../src/config/run-request.js'
import { CLI_LABELS } from '../../src/cli/common-options.js'
import { inputError } from '../helpers/input-error.js'
import { tempDir } from '../helpers/run-cli.js'

const service = (endpoint: string, extra = ''): string =>
  `services:\n  s:\n    base_url: http://127.0.0.1:9\n${extra}    endpoints: [{ path: ${endpoint} }]\n`

describe('the request line and headers a config can produce', () => {
  it('refuses a path with CR/LF (request-line injection), naming file, line and field', () => {
    const e = inputError(() => parseConfigText(service('"/ok\\r\\nX-Injected: 1"'), 'p.yml'))
    expect(e.message).toBe(
      'p.yml:4 services.s.endpoints[0].path: must not contain control characters such as CR or LF (they would end the request line)'
    )
  })

  it('refuses a fragment, which a server never receives', () => {
    expect(inputError(() => parseConfigText(service('"/a#b"'))).message).toMatch(/must not contain #/)
  })

  it('encodes what a request target cannot hold raw, and keeps escapes already there', () => {
    const cfg = parseConfigText(service('"/a b/ü?q=x y&r=%20"'))
    expect(cfg.services!.s.endpoints![0].path).toBe('/a%20b/%C3%BC?q=x%20y&r=%20')
    expect(encodeRequestPath('/100%')).toBe('/100%25')
    expect(encodeRequestPath('/emoji/😀')).toBe('/emoji/%F0%9F%98%80')
    expect(encodeRequestPath("/v1/items;x=1?a=b/c:d@e!$&'()*+,=")).toBe("/v1/items;x=1?a=b/c:d@e!$&'()*+,=")
    expect(requestPathProblem('/plain')).toBeUndefined()
  })

  it('refuses a header value with CR/LF without quoting the value, which may be a secret', () => {
    const e = inputError(() =>
      parseConfigText(service('/', '    headers: { X-Token: "secret-123\\r\\nX-Injected: 1" }\n'), 'p.yml')
    )
    expect(e.message).toBe(
      'p.yml:4 services.s.headers.X-Token: must not contain CR or LF (they would start another header)'
    )
    expect(e.message).not.toContain('secret-123')
    expect(headerValueProblem('a\u0000b')).toMatch(/visible characters/)
    expect(headerValueProblem('tab\tand space ok')).toBeUndefined()
  })

  it('refuses a CR/LF that an environment variable brings into a header', async () => {
    const dir = await tempDir('perf-gate-hostile-')
    const file = join(dir, 'p.yml')
    await writeFile(file, service('/', '    headers: { Authorization: "Bearer ${TOKEN}" }\n'))
    const config = await loadConfig({ file, env: { TOKEN: 'tok-abc\r\nX-Injected: 1' } })
    const e = inputError(() => resolveTarget(config, 's'))
    expect(e.message).toBe(
      'p.yml services.s.headers.Authorization: its value from the environment must not contain CR or LF (they would start another header)'
    )
    expect(e.message).not.toContain('tok-abc')
  })

  it('refuses credentials in base_url (they would be logged) and control characters in URLs', () => {
    const e = inputError(() =>
      parseConfigText(
        'services:\n  s:\n    base_url: http://user:pw@127.0.0.1:9\n    endpoints: [{ path: / }]\n'
      )
    )
    expect(e.message).toMatch(/base_url: must not contain credentials \(user:password@\)/)
    expect(e.message).not.toContain('pw@')
    expect(inputError(() => httpUrl('--base-url', 'http://127.0.0.1:9/a\r\nb')).message).toBe(
      '--base-url: must not contain control characters such as CR or LF'
    )
  })
})

describe('config files that would exhaust the parser', () => {
  it('refuses a YAML alias bomb with one line, not a stack trace', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`
      )
    }
    const e = inputError(() => parseConfigText(lines.join('\n'), 'bomb.yml'))
    expect(e.message).toMatch(/^bomb\.yml: not a usable config: .*alias.*; write the repeated values out/)
    expect(e.message).not.toContain('\n')
  })

  it('refuses a config file over 1 MB before reading it', async () => {
    const dir = await tempDir('perf-gate-hostile-')
    const file = join(dir, 'big.yml')
    await writeFile(file, '# padding\n'.repeat(MAX_CONFIG_BYTES / 10 + 1))
    await expect(loadConfig({ file, field: '--config' })).rejects.toThrow(
      /^--config: .*big\.yml is larger than 1,048,576 bytes \(1 MiB\), the most a config file may be$/
    )
  })

  it('refuses a device or a FIFO before opening it: /dev/zero never ends, a FIFO would block the open', async () => {
    await expect(loadConfig({ file: '/dev/zero', field: '--config' })).rejects.toThrow(
      /^--config: \/dev\/zero is a character device; expected a config file \(YAML or JSON\)$/
    )
  })
})

describe('more fields a user controls', () => {
  it('a field name with CR/LF is named escaped, on one line', () => {
    const e = inputError(() =>
      parseConfigText(service('/', '    headers: { "X-A\\r\\nInjected": v }\n'), 'p.yml')
    )
    expect(e.message).toMatch(/^p\.yml:\d+ services\.s\.headers\.X-A\\r\\nInjected: /)
    expect(e.message).not.toContain('\n')
  })

  it('an API key with CR/LF names the variable (or the action input) it came from', async () => {
    await expect(loadConfig({ env: { PERF_GATE_API_KEY: 'k-1\r\nX: 1' } })).rejects.toThrow(
      /^PERF_GATE_API_KEY: must not contain CR or LF/
    )
  })

  it('any header whose name speaks of a key, auth or credential is a secret, written literally or not', async () => {
    const config = await loadConfig({
      env: {},
      file: await (async () => {
        const dir = await tempDir('perf-gate-hostile-')
        const f = join(dir, 'k.yml')
        await writeFile(
          f,
          service(
            '/',
            '    headers: { Ocp-Apim-Subscription-Key: lit-1, X-Access-Key: lit-2, X-Auth: lit-3 }\n'
          )
        )
        return f
      })()
    })
    expect(resolveTarget(config, 's').secrets).toEqual(expect.arrayContaining(['lit-1', 'lit-2', 'lit-3']))
  })

  it('a base URL with a query or fragment is refused: it would be dropped silently', () => {
    for (const url of ['http://127.0.0.1:9/p?x=1', 'http://127.0.0.1:9/p#f'])
      expect(() => parseRunRequest({ service: 's', mode: 'load', baseUrl: url }, CLI_LABELS)).toThrow(
        /^--base-url: must not contain a query \(\?…\) or a fragment/
      )
  })
})
