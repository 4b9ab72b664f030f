import type { ServiceConfig } from './schema.js'

/**
 * The three Marty platform services the seed framework shipped with, with the
 * seed's ports, paths and API key. Any of them can be overridden by a config file.
 */
export const PRESET_SERVICES: Readonly<Record<string, ServiceConfig>> = Object.freeze({
  pkd_service: {
    port: 8088,
    headers: { 'X-API-Key': 'test_api_key' },
    endpoints: [
      { path: '/', method: 'GET', weight: 1 },
      { path: '/docs', method: 'GET', weight: 1 },
      { path: '/v1/masterlist', method: 'GET', weight: 1 },
      { path: '/v1/dsclist', method: 'GET', weight: 1 },
      { path: '/v1/crl', method: 'GET', weight: 1 }
    ]
  },
  document_processing: {
    port: 8080,
    headers: { 'X-API-Key': 'test_api_key' },
    endpoints: [
      { path: '/', method: 'GET', weight: 1 },
      { path: '/api/health', method: 'GET', weight: 1 },
      { path: '/api/ping', method: 'GET', weight: 1 },
      { path: '/docs', method: 'GET', weight: 1 }
    ]
  },
  ui_app: {
    port: 8000,
    endpoints: [
      { path: '/', method: 'GET', weight: 1 },
      { path: '/health', method: 'GET', weight: 1 },
      { path: '/docs', method: 'GET', weight: 1 }
    ]
  }
})

/** Presets that send the seed's `X-API-Key`; `PERF_GATE_API_KEY` replaces its value. */
export const API_KEY_HEADER = 'X-API-Key'
export const API_KEY_ENV = 'PERF_GATE_API_KEY'
