/** Where the CLI writes, and whether it may use colour and a live line. */
export interface Terminal {
    out: (text: string) => void;
    err: (text: string) => void;
    /** stderr is a terminal: live progress line, colours */
    interactive: boolean;
    color: boolean;
}
export declare function processTerminal(): Terminal;
declare const CODES: {
    readonly red: 31;
    readonly green: 32;
    readonly yellow: 33;
    readonly dim: 2;
    readonly bold: 1;
};
export declare function paint(term: Terminal, color: keyof typeof CODES, text: string): string;
export {};
