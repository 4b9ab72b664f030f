import { type Endpoint } from '../config/resolve.js';
import { type Slot } from '../config/template.js';
/**
 * A request's text as literal parts and slots, and the one layout of its head
 * (request line, Host, keep-alive, the config's headers) that autocannon's
 * own prebuilt requests have. The plain renderer (data rows, generators) and
 * the virtual users (captures, cookies) fill the slots each their own way;
 * the bytes around them are the same.
 */
export type Encode = (value: string) => string;
export declare const raw: Encode;
/** A slot and how its value goes in where it stands (a path %-encodes, a JSON body escapes). */
export interface PlacedSlot {
    slot: Slot;
    encode: Encode;
    /** the data column a `value` slot reads (-1: none) */
    column: number;
    /** that column's values, encoded for where the slot stands, by row: encoded once, not per send */
    ready?: string[];
}
export interface Compiled {
    parts: string[];
    slots: PlacedSlot[];
}
export declare const emptyCompiled: () => Compiled;
export declare function append(c: Compiled, text: string, encode: Encode, columns?: readonly string[]): void;
/**
 * ` HTTP/1.1\r\n`, Host, keep-alive and the endpoint's headers, each line
 * through `put`: everything after the request line's path. Content-Length is
 * the rendered body's (`withBody`), and headers `aside` names (lowercase) are
 * left to the caller.
 */
export declare function layHead(e: Endpoint, host: string, put: (text: string, encode: Encode) => void, aside?: (name: string, value: string) => boolean): void;
/** The endpoint's body as a template, escaped as its kind needs; undefined for none. */
export declare function compileBody(e: Endpoint, columns?: readonly string[]): Compiled | undefined;
/** A filled head (ending in its last header's CRLF) and body as the bytes on the wire. */
export declare function requestBytes(head: string, body: string | undefined): Buffer;
export declare function slotValue(slot: Slot, seq: string): string;
