import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
} from "./chunk-ZIXCBWAZ.js";
import "./chunk-TCVPRA56.js";
import "./chunk-AJFKXQ4W.js";
export {
  configJsonSchema,
  configSchema,
  endpointSchema,
  serviceSchema,
  thresholdsSchema
};
