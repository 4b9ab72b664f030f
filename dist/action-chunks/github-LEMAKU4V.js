import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-EBUSAO35.js";
import "./chunk-S43DDHGW.js";
import "./chunk-AJFKXQ4W.js";
export {
  context,
  getOctokit
};
