/**
 * `{{name}}` placeholders in paths, headers and bodies. A template is split
 * once, when the config is read, into literal parts and slots; the engine
 * fills the slots per request without parsing anything again.
 */
/** What fills a slot: a data column or captured value by name, or a generator. */
export type Slot = {
    kind: 'value';
    name: string;
} | {
    kind: 'randomInt';
    min: number;
    max: number;
} | {
    kind: 'uuid';
} | {
    kind: 'seq';
} | {
    kind: 'timestamp';
};
/** `parts[0] slot[0] parts[1] … slot[n-1] parts[n]` */
export interface Template {
    parts: string[];
    slots: Slot[];
}
export declare const GENERATORS: readonly ["randomInt", "uuid", "seq", "timestamp"];
export declare const GENERATOR_HELP = "randomInt MIN MAX, uuid, seq, timestamp";
export declare function hasPlaceholder(text: string): boolean;
/** Splits `text`; `where` names the field in errors. */
export declare function parseTemplate(text: string, where: string): Template;
/** The names a template reads (data columns or captured values). */
export declare function valueNames(t: Template): string[];
/** Fills the `value` slots found in `values`, keeping the others: the template that is left. */
export declare function bindValues(t: Template, values: Readonly<Record<string, string>>): Template;
