/**
 * How https targets are trusted. Verified by default, as curl and every
 * browser do: the API key and Authorization headers a run carries must
 * reach the service named, not whatever answers.
 */
export interface TlsSettings {
    /** check the certificate chain and the host name (false: `--insecure`, said in the output and the report) */
    verify: boolean;
    /**
     * PEM certificates trusted besides the built-in roots (`--ca`, `tls.ca`); with them, those of
     * NODE_EXTRA_CA_CERTS, which Node drops once a CA list is given
     */
    ca?: string[];
}
export declare const VERIFIED_TLS: TlsSettings;
/** A CA bundle is a few hundred KB (the system's whole bundle is ~200 KB); far larger is not one. */
export declare const MAX_CA_BYTES: number;
/** Reads a CA file for `field`; a file without a PEM certificate is refused before any load. */
export declare function readCaFile(field: string, file: string): Promise<string>;
/**
 * The settings of a run: the face's flag over the config file's. `caFiles`
 * are read here; NODE_EXTRA_CA_CERTS is read only when a CA list is given.
 */
export declare function resolveTls(o: {
    insecure: boolean;
    caFiles: {
        field: string;
        file: string;
    }[];
}, env: Readonly<Record<string, string | undefined>>): Promise<TlsSettings>;
