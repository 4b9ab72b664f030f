/** Where the CLI writes, and whether it may use colour and a live line. */
export interface Terminal {
  out: (text: string) => void
  err: (text: string) => void
  /** stderr is a terminal: live progress line, colours */
  interactive: boolean
  color: boolean
}

export function processTerminal(): Terminal {
  const interactive = Boolean(process.stderr.isTTY)
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    interactive,
    color: interactive && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
  }
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const

export function paint(term: Terminal, color: keyof typeof CODES, text: string): string {
  return term.color ? `\x1b[${CODES[color]}m${text}\x1b[0m` : text
}
