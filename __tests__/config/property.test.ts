import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { parseInputs } from '../../src/action/inputs.js'
import { CLI_LABELS } from '../../src/cli/common-options.js'
import { InputError } from '../../src/config/errors.js'
import { parseConfigText } from '../../src/config/parse.js'
import { parseRunRequest } from '../../src/config/run-request.js'
import { actionInputs } from '../helpers/action-env.js'

// Thousands of random and malformed configs, flags and action inputs: each is
// accepted, or refused with an InputError of one line naming the field. Never
// another error (a stack trace for the user), never a hang. The built CLI's
// side of it (a bad flag value is exit 2 before any connection) is
// __tests__/e2e/cli-flags-property.test.ts.

/** Runs `fn`; an error must be an InputError whose message is one line starting with `field`. */
function acceptedOrRefused(fn: () => unknown, fieldPattern: RegExp): void {
  try {
    fn()
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    expect(e.message).not.toContain('\n')
    expect(e.field).toMatch(fieldPattern)
  }
}

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    '10%',
    '500ms',
    '\r\n',
    '${HOME}',
    '/a b',
    '/ok\r\nX: 1'
  )
)
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string(), scalar, { maxKeys: 3 })
)
const endpoint = fc.record(
  {
    path: fc.oneof(
      value,
      fc.string({ unit: 'binary' }).map((p) => '/' + p)
    ),
    method: fc.oneof(value, fc.constantFrom('GET', 'post', 'FETCH')),
    body: value,
    headers: fc.dictionary(fc.oneof(fc.string(), fc.constant('X-Api-Key')), value, { maxKeys: 2 }),
    weight: value,
    thresholds: fc.dictionary(fc.constantFrom('p95_response_time', 'error_rate', 'nope'), value, {
      maxKeys: 2
    })
  },
  { requiredKeys: [] }
)
const service = fc.record(
  {
    base_url: fc.oneof(
      value,
      fc.webUrl(),
      fc.constantFrom('http://127.0.0.1:9', 'http://u:p@h', 'ftp://x', 'http://h/\r\n')
    ),
    port: value,
    headers: fc.dictionary(fc.string(), value, { maxKeys: 2 }),
    endpoints: fc.oneof(value, fc.array(endpoint, { maxLength: 3 })),
    rps: value,
    nonsense: value
  },
  { requiredKeys: [] }
)
const config = fc.record(
  {
    services: fc.oneof(value, fc.dictionary(fc.string(), service, { maxKeys: 2 })),
    thresholds: fc.oneof(
      value,
      fc.dictionary(fc.constantFrom('error_rate', 'requests_per_second', 'x'), value)
    ),
    fail_on: value,
    tolerances: value,
    fail_on_regression: value,
    tls: fc.oneof(value, fc.record({ insecure: value, ca: value }, { requiredKeys: [] })),
    extra: value
  },
  { requiredKeys: [] }
)

describe('random and malformed input (fast-check)', () => {
  it('configs, as YAML and as JSON: accepted or one line naming file, line and field', () => {
    fc.assert(
      fc.property(config, fc.boolean(), (c, asJson) => {
        const text = asJson ? JSON.stringify(c) : stringify(c)
        acceptedOrRefused(() => parseConfigText(text, 'p.yml'), /^p\.yml/)
      }),
      { numRuns: 1500 }
    )
  })

  it('a path or header a config accepts can go on the wire: visible ASCII, no CR/LF', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 })
    const headerName = fc.constantFrom('X-Api-Key', 'Authorization', 'X-Trace')
    let accepted = 0
    fc.assert(
      fc.property(
        fc.dictionary(headerName, text, { maxKeys: 2 }),
        text,
        fc.dictionary(headerName, text, { maxKeys: 2 }),
        (serviceHeaders, path, endpointHeaders) => {
          const c = {
            services: {
              s: {
                base_url: 'http://127.0.0.1:9',
                headers: serviceHeaders,
                endpoints: [{ path: '/' + path, headers: endpointHeaders }]
              }
            }
          }
          acceptedOrRefused(() => {
            const svc = parseConfigText(JSON.stringify(c), 'p.yml').services!.s
            accepted++
            expect(svc.endpoints![0].path).toMatch(/^\/[\x21-\x7e]*$/)
            for (const v of [
              ...Object.values(svc.headers ?? {}),
              ...Object.values(svc.endpoints![0].headers ?? {})
            ])
              expect(v).toMatch(/^[\t\x20-\x7e\x80-\xff]*$/)
          }, /^p\.yml/)
        }
      ),
      { numRuns: 2000 }
    )
    // most are accepted (encoded); the property is about them
    expect(accepted).toBeGreaterThan(200)
  })

  it('arbitrary text as a config file', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) =>
        acceptedOrRefused(() => parseConfigText(text, 'p.yml'), /^p\.yml/)
      ),
      { numRuns: 1500 }
    )
  })

  const flag = fc.option(
    fc.oneof(fc.string(), fc.constantFrom('', '0', '-3', '1.5', '1e9', '30s', '5m', 'abc')),
    {
      nil: undefined
    }
  )
  const labels = new RegExp(`^(${Object.values(CLI_LABELS).join('|')}|service)$`)

  it('CLI flag sets: a request, or one line naming the flag', () => {
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.constantFrom('load', 'stress'),
          users: flag,
          duration: flag,
          maxUsers: flag,
          rampUp: flag,
          steps: flag,
          rps: flag,
          timeout: flag,
          baseUrl: flag
        }),
        (raw) => acceptedOrRefused(() => parseRunRequest({ service: 's', ...raw }, CLI_LABELS), labels)
      ),
      { numRuns: 2000 }
    )
  })

  it('action inputs as the runner passes them (every input set, most empty): settings, or one line naming an input', () => {
    const names = Object.keys(actionInputs())
    const inputNames = new RegExp(`^(${names.join('|')})$`)
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...names),
          fc.oneof(fc.string(), fc.constantFrom('', 'true', 'ab', '0', '-1')),
          {
            maxKeys: 6
          }
        ),
        (inputs) =>
          acceptedOrRefused(
            () => parseInputs((n) => (n === 'service' ? 'svc' : (inputs[n] ?? ''))),
            inputNames
          )
      ),
      { numRuns: 2000 }
    )
  })
})
