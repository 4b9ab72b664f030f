import { InputError } from './errors.js'
import { readInputFile } from './input-file.js'

/**
 * How https targets are trusted. Verified by default, as curl and every
 * browser do: the API key and Authorization headers a run carries must
 * reach the service named, not whatever answers.
 */
export interface TlsSettings {
  /** check the certificate chain and the host name (false: `--insecure`, said in the output and the report) */
  verify: boolean
  /**
   * PEM certificates trusted besides the built-in roots (`--ca`, `tls.ca`); with them, those of
   * NODE_EXTRA_CA_CERTS, which Node drops once a CA list is given
   */
  ca?: string[]
}

export const VERIFIED_TLS: TlsSettings = Object.freeze({ verify: true })

/** A CA bundle is a few hundred KB (the system's whole bundle is ~200 KB); far larger is not one. */
export const MAX_CA_BYTES = 16 * 2 ** 20

/** Reads a CA file for `field`; a file without a PEM certificate is refused before any load. */
export async function readCaFile(field: string, file: string): Promise<string> {
  let text: string
  try {
    text = await readInputFile(file, {
      field,
      expected: 'a PEM file of the CA certificate',
      maxBytes: MAX_CA_BYTES,
      tooLarge: (path) => `${path} is larger than 16 MiB, far more than a PEM file of CA certificates`
    })
  } catch (e) {
    if (e instanceof InputError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(
      field,
      `cannot read ${file} (${code ?? String(e)}); give a PEM file of the CA certificate`
    )
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----'))
    throw new InputError(field, `${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`)
  return text
}

/**
 * The settings of a run: the face's flag over the config file's. `caFiles`
 * are read here; NODE_EXTRA_CA_CERTS is read only when a CA list is given.
 */
export async function resolveTls(
  o: { insecure: boolean; caFiles: { field: string; file: string }[] },
  env: Readonly<Record<string, string | undefined>>
): Promise<TlsSettings> {
  if (o.insecure) return { verify: false }
  if (o.caFiles.length === 0) return VERIFIED_TLS
  const ca = await Promise.all(o.caFiles.map((f) => readCaFile(f.field, f.file)))
  const extra = env.NODE_EXTRA_CA_CERTS
  if (extra) ca.push(await readCaFile('NODE_EXTRA_CA_CERTS', extra))
  return { verify: true, ca }
}
