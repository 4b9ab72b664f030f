/** `services.api.endpoints[0].method`: a config path as users write it. */
export declare function formatPath(path: (string | number)[]): string;
