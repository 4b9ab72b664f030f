export declare const DEMO_SERVICES: string[];
/**
 * document_processing also has a login and documents behind it, for the
 * README's realistic workload: `POST /api/login` with these credentials
 * gives a bearer token; `GET /api/documents/{id}` (ids 1 to DOCUMENTS) wants
 * it, and reads a document from "disk" the first time (slower), from cache after.
 */
export declare const DEMO_LOGIN: Readonly<{
    username: "demo";
    password: "demo-password";
}>;
export interface DemoOptions {
    /** fraction of requests answered 500 (default 0.002) */
    errorRate?: number;
    /** listen on the presets' ports (8088, 8080, 8000) instead of free ones */
    presetPorts?: boolean;
    host?: string;
    /** seed of the latency and error draws, for repeatable demos */
    seed?: number;
}
export interface RunningDemo {
    /** service name → base URL */
    urls: Record<string, string>;
    close(): Promise<void>;
}
export declare function startDemoServices(options?: DemoOptions): Promise<RunningDemo>;
