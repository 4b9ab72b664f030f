import { describe, expect, it } from '@jest/globals'
import { maskable, requestCredentials, secretForms } from '../../src/config/secrets.js'
import { redactDeep, redactText } from '../../src/report/redact.js'

describe('maskable secrets', () => {
  it('keeps values, each with its encoded forms; drops template text and empty strings', () => {
    expect(maskable(['Bearer {{token}}', 'sk-1', '', 'sk-1', 'Bearer abc', '{{uuid}}']).sort()).toEqual(
      ['sk-1', 'Bearer abc', 'Bearer%20abc', 'Bearer+abc'].sort()
    )
  })
})

describe('a secret in every form it takes', () => {
  const secret = 'SPACEY SECRET2/"ü&'
  it('is found raw, %-encoded (both ways), form-encoded and JSON-escaped', () => {
    expect(secretForms(secret)).toEqual(
      expect.arrayContaining([
        secret,
        encodeURIComponent(secret),
        encodeURI(secret),
        'SPACEY+SECRET2%2F%22%C3%BC%26',
        'SPACEY SECRET2/\\"ü&',
        // a JSON request body echoed inside a JSON answer: escaped twice
        JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1)
      ])
    )
    for (const form of secretForms(secret)) expect(redactText(`a ${form} b`, [secret])).toBe('a *** b')
  })

  it('is redacted from a document, a %-encoded path among its strings', () => {
    const doc = { per_endpoint: [{ path: `/a/${encodeURIComponent(secret)}` }], note: `x ${secret}` }
    expect(redactDeep(doc, [secret])).toEqual({ per_endpoint: [{ path: '/a/***' }], note: 'x ***' })
  })
})

describe('credentials a request holds literally', () => {
  it('come from a JSON body, a form body and a query string; placeholders are no value', () => {
    expect(
      requestCredentials({
        path: '/login?passcode=p%20q&user=al',
        body: '{"user":"al","auth":{"password":"pw1"}}'
      })
    ).toEqual(['pw1', 'p q'])
    expect(requestCredentials({ path: '/login', body: 'user=al&pwd=a%2Bb&token={{t}}' })).toEqual(['a+b'])
  })
})
