import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { UserCookies } from '../../../src/engine/session/user-cookies.js'

/**
 * One virtual user's cookie jar against RFC 6265. The jar keeps its time by
 * Date.now() and new Date() (tough-cookie), which jest's fake timers set.
 */
const ORIGIN = 'http://127.0.0.1:8080'
const T0 = new Date('2030-01-01T00:00:00Z')

function jarWith(setCookies: string[], url = `${ORIGIN}/`): UserCookies {
  const jar = new UserCookies()
  jar.store(setCookies, url)
  return jar
}

afterEach(() => {
  jest.useRealTimers()
})

describe('UserCookies: domain matching (RFC 6265 §5.1.3)', () => {
  it('§5.1.3: a host-only cookie of 127.0.0.1 goes back to 127.0.0.1 only', () => {
    const jar = jarWith(['sid=abc'])
    expect(jar.header(`${ORIGIN}/`)).toBe('sid=abc')
    expect(jar.header('http://127.0.0.2:8080/')).toBe('')
    expect(jar.header('http://localhost:8080/')).toBe('')
    // §8.5: cookies are not isolated by port
    expect(jar.header('http://127.0.0.1:9090/')).toBe('sid=abc')
  })

  it('§5.1.3, §5.3 step 6: a Domain attribute for another domain is refused', () => {
    const jar = jarWith(['a=1; Domain=example.com', 'b=2; Domain=other.com'], 'http://shop.example.com/')
    // a domain cookie goes to every host under that domain; b was never stored
    expect(jar.header('http://api.example.com/')).toBe('a=1')
    expect(jar.header('http://example.com/')).toBe('a=1')
    expect(jar.header('http://other.com/')).toBe('')
    expect(jarWith(['c=3; Domain=example.com']).header('http://example.com/')).toBe('')
    expect(jarWith(['c=3; Domain=example.com']).header(`${ORIGIN}/`)).toBe('')
  })

  it('§5.3 step 6: without Domain the cookie is host-only, not sent to a subdomain or a sibling', () => {
    const jar = jarWith(['h=1'], 'http://example.com/')
    expect(jar.header('http://example.com/')).toBe('h=1')
    expect(jar.header('http://www.example.com/')).toBe('')
    expect(jar.header('http://example.org/')).toBe('')
  })
})

describe('UserCookies: path matching (RFC 6265 §5.1.4)', () => {
  it('§5.1.4: Path=/app is sent to /app and /app/x, not to /application or /', () => {
    const jar = jarWith(['p=1; Path=/app'])
    expect(jar.header(`${ORIGIN}/app`)).toBe('p=1')
    expect(jar.header(`${ORIGIN}/app/x`)).toBe('p=1')
    expect(jar.header(`${ORIGIN}/app/x?q=1`)).toBe('p=1')
    expect(jar.header(`${ORIGIN}/application`)).toBe('')
    expect(jar.header(`${ORIGIN}/`)).toBe('')
  })

  it("§5.1.4 default-path: without Path a cookie's path is the request's directory", () => {
    const jar = jarWith(['d=1'], `${ORIGIN}/app/login`)
    expect(jar.header(`${ORIGIN}/app/orders`)).toBe('d=1')
    expect(jar.header(`${ORIGIN}/other`)).toBe('')
  })
})

describe('UserCookies: expiry (RFC 6265 §5.2.1, §5.2.2, §5.3)', () => {
  it('§5.2.2: Max-Age=0 deletes a stored cookie', () => {
    const jar = jarWith(['sid=abc', 'keep=1'])
    jar.store(['sid=abc; Max-Age=0'], `${ORIGIN}/`)
    expect(jar.header(`${ORIGIN}/`)).toBe('keep=1')
  })

  it('§5.2.2: a negative Max-Age deletes too', () => {
    const jar = jarWith(['sid=abc'])
    jar.store(['sid=x; Max-Age=-1'], `${ORIGIN}/`)
    expect(jar.header(`${ORIGIN}/`)).toBe('')
  })

  it('§5.2.1: an Expires in the past deletes a stored cookie', () => {
    jest.useFakeTimers({ now: T0 })
    const jar = jarWith(['sid=abc', 'keep=1'])
    jar.store(['sid=; Expires=Thu, 01 Jan 2015 00:00:00 GMT'], `${ORIGIN}/`)
    expect(jar.header(`${ORIGIN}/`)).toBe('keep=1')
  })

  it('§5.2.1: a cookie with Expires is sent until then, and not after', () => {
    jest.useFakeTimers({ now: T0 })
    const jar = jarWith(['e=1; Expires=Tue, 01 Jan 2030 00:00:10 GMT'])
    jest.advanceTimersByTime(9_000)
    expect(jar.header(`${ORIGIN}/`)).toBe('e=1')
    jest.advanceTimersByTime(2_000)
    expect(jar.header(`${ORIGIN}/`)).toBe('')
  })

  it('§5.3 step 3: Max-Age wins over Expires, either way', () => {
    jest.useFakeTimers({ now: T0 })
    const jar = jarWith([
      'short=1; Max-Age=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT',
      'long=1; Max-Age=60; Expires=Thu, 01 Jan 2015 00:00:00 GMT'
    ])
    expect(jar.header(`${ORIGIN}/`)).toBe('short=1; long=1')
    jest.advanceTimersByTime(1_500)
    expect(jar.header(`${ORIGIN}/`)).toBe('long=1')
  })

  it('§5.2.2: Max-Age counts from when the cookie was received, not from when it was last sent', () => {
    jest.useFakeTimers({ now: T0 })
    const jar = jarWith(['sid=abc; Max-Age=2'])
    jest.advanceTimersByTime(1_500)
    expect(jar.header(`${ORIGIN}/`)).toBe('sid=abc')
    // 2.5 s after it came: expired, however recently it went out
    jest.advanceTimersByTime(1_000)
    expect(jar.header(`${ORIGIN}/`)).toBe('')
  })

  it('§5.2.2: a cookie replaced with a new Max-Age lives from the replacement on', () => {
    jest.useFakeTimers({ now: T0 })
    const jar = jarWith(['sid=abc; Max-Age=2'])
    jest.advanceTimersByTime(1_500)
    jar.store(['sid=def; Max-Age=2'], `${ORIGIN}/`)
    jest.advanceTimersByTime(1_000)
    expect(jar.header(`${ORIGIN}/`)).toBe('sid=def')
    jest.advanceTimersByTime(1_000)
    expect(jar.header(`${ORIGIN}/`)).toBe('')
  })
})

describe('UserCookies: storage (RFC 6265 §5.3, §5.4)', () => {
  it('§5.3 step 11: a cookie of the same name, domain and path replaces the value', () => {
    const jar = jarWith(['sid=old'])
    jar.store(['sid=new'], `${ORIGIN}/`)
    expect(jar.header(`${ORIGIN}/`)).toBe('sid=new')
  })

  it('§5.3 step 11: the same name on another path is another cookie; §5.4 step 2: longer path first', () => {
    const jar = jarWith(['sid=root; Path=/', 'sid=app; Path=/app'])
    expect(jar.header(`${ORIGIN}/app/x`)).toBe('sid=app; sid=root')
    expect(jar.header(`${ORIGIN}/`)).toBe('sid=root')
  })

  it('§3, §5.3: several Set-Cookie headers of one answer are each stored', () => {
    const jar = jarWith(['a=1', 'b=2; Path=/x', 'c=3; Max-Age=0', 'd=4; Domain=other.com'])
    expect(jar.header(`${ORIGIN}/x`)).toBe('b=2; a=1')
    expect(jar.header(`${ORIGIN}/`)).toBe('a=1')
  })

  it('§5.2: a header that is no cookie is dropped, not an error (loose mode keeps a bare value)', () => {
    const jar = new UserCookies()
    expect(() => jar.store(['', ';;', '=; Path=/'], `${ORIGIN}/`)).not.toThrow()
    expect(jar.header(`${ORIGIN}/`)).toBe('')
    jar.store(['bare'], `${ORIGIN}/`)
    expect(jar.header(`${ORIGIN}/`)).toBe('bare')
  })

  it("each user's jar is its own: two UserCookies do not share cookies", () => {
    const alice = jarWith(['sid=alice'])
    const bob = new UserCookies()
    expect(bob.header(`${ORIGIN}/`)).toBe('')
    bob.store(['sid=bob'], `${ORIGIN}/`)
    expect(alice.header(`${ORIGIN}/`)).toBe('sid=alice')
    expect(bob.header(`${ORIGIN}/`)).toBe('sid=bob')
  })
})
