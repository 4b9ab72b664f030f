import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
} from "./chunk-QD43OLH2.js";
import "./chunk-NCLZW2HC.js";
import "./chunk-AJFKXQ4W.js";
export {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
};
