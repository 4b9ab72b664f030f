/** Kept in step with package.json by scripts/bundle.mjs --check. */
export const VERSION = '0.1.0'
