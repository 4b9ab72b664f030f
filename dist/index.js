import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  trapStopSignals
} from "./action-chunks/chunk-226PBQVW.js";
import "./action-chunks/chunk-AJFKXQ4W.js";

// src/terminal/trap-signals.ts
trapStopSignals();

// src/action/index.ts
var { run } = await import("./action-chunks/main-TKIOXJJN.js");
await run();
