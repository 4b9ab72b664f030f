import { type UrlService } from './url-service.js';
/**
 * The files `perf-gate init` writes: a commented perf-gate.yml for one URL,
 * and a workflow that runs it. Text only (the CLI probes and writes); the
 * values come from the code's defaults, never retyped, so the file says what
 * a run without it would do.
 */
/** What one GET of the URL answered when init ran, or why it got no answer. */
export type ProbeResult = {
    answered: true;
    status: number;
    contentType?: string;
    ms: number;
} | {
    answered: false;
    reason: string;
};
/** Where editors find the schema as the file is written: a path relative to it (see schemaReference). */
export declare const NPM_SCHEMA_PATH = "./node_modules/perf-gate/schema/perf-gate.schema.json";
export interface ConfigTemplate {
    service: UrlService;
    /** undefined: no URL was given, the service's URL is a stand-in */
    probe?: ProbeResult;
    /** the `$schema` reference, relative to the file */
    schema: string;
    /** the command as the user typed it, for the file's first comment */
    command: string;
    /** the file name, for the "run it" line */
    file: string;
}
export declare function renderConfig(t: ConfigTemplate): string;
export interface WorkflowTemplate {
    service: string;
    /** the config file, relative to the repository root */
    config: string;
    /** where the service answers once started, when the probe found it answering 2xx or 3xx (or found nothing) */
    waitFor?: string;
    /** `owner/perf-gate@ref` */
    uses: string;
}
/** A pull-request workflow that starts the service and gates it with the action. */
export declare function renderWorkflow(t: WorkflowTemplate): string;
