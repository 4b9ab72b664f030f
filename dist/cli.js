#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);
import {
  trapStopSignals
} from "./cli-chunks/chunk-E6RQ7GUO.js";
import "./cli-chunks/chunk-DC6P6ICG.js";

// src/terminal/trap-signals.ts
trapStopSignals();

// src/cli/index.ts
var { main } = await import("./cli-chunks/main-N5J3K4Y2.js");
process.exitCode = await main(process.argv.slice(2));
