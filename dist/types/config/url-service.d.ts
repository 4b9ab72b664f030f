import type { ServiceConfig } from './schema.js';
/**
 * A URL given where a service name goes (`perf-gate load http://host:8080/health`),
 * as autocannon, hey, wrk and `k6 run` take one: a quick start without a
 * config file. It is one GET endpoint (the URL's path and query) at the URL's
 * origin, judged by the run's default thresholds (the config's, with --config).
 * Every run command reaches it through `resolveTarget`, the one place that
 * turns a service into a target.
 */
export interface UrlService {
    /** the name reports and run directories use: host_port and the path, in safe characters */
    name: string;
    /** the URL as given, parsed */
    url: URL;
    /** the service it stands for, as if written in perf-gate.yml */
    config: ServiceConfig;
}
/** Whether a service argument is a URL rather than a name (names never hold `://`). */
export declare function isUrlService(service: string): boolean;
/** The URL service `service` stands for; undefined for a service name. Throws InputError for a bad URL. */
export declare function urlService(service: string, field?: string): UrlService | undefined;
/**
 * `http://127.0.0.1:4873/-/ping` → `127.0.0.1_4873_-_ping`: a service name
 * (letters, digits, `_ . -`, as perf-gate.yml's) that keeps runs of one URL
 * together in `summary` and apart from other URLs'.
 */
export declare function urlServiceName(url: URL): string;
/** The line a run on a URL says first, so nobody takes it for a configured service. */
export declare function urlServiceNote(url: string, configSource: string | undefined, where?: string): string;
/** The endpoint a URL stands for: its path and query. */
export declare function pathOf(url: URL): string;
/** The name a run of `service` is reported under: a URL's derived name, else the service itself. */
export declare function reportedName(service: string): string;
