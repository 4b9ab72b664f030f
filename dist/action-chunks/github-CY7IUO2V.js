import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-7TKR5YML.js";
import "./chunk-4X23PACZ.js";
export {
  context,
  getOctokit
};
