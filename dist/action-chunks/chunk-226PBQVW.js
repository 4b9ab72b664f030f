import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);

// src/terminal/signals.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var ABORTED_EXIT = 3;
var SECOND_SIGNAL_GRACE_MS = 2e3;
var active;
var say = (line) => process.stderr.write(line + "\n");
function onSignal(signal) {
  if (!active) process.exit(ABORTED_EXIT);
  active.received++;
  if (active.received === 1) active.controller.abort();
  else if (active.received === 2) {
    say(`perf-gate: ${signal}: writing the partial results, a moment (again to quit now)`);
    setTimeout(() => process.exit(ABORTED_EXIT), SECOND_SIGNAL_GRACE_MS).unref();
  } else process.exit(ABORTED_EXIT);
}
function trapStopSignals() {
  for (const s of STOP_SIGNALS) if (!process.listeners(s).includes(onSignal)) process.on(s, onSignal);
}
function sayOnSignal(log) {
  say = log;
}
async function whileRunning(fn) {
  const previous = active;
  active = { controller: new AbortController(), received: 0 };
  try {
    return await fn(active.controller.signal);
  } finally {
    active = previous;
  }
}

export {
  trapStopSignals,
  sayOnSignal,
  whileRunning
};
