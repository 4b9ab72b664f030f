import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
} from "./chunk-QBE7GI7V.js";
import "./chunk-5AFFU2LR.js";
import "./chunk-AJFKXQ4W.js";
export {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
};
