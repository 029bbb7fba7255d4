// The production bundle built once and served with `vite preview` (a child process whose PID is
// held and stopped): the helpers live in src/bench/preview.ts, shared with the browser bench.
// Used by globalSetup.ts, or directly by a test file when no global setup ran.
export { buildAndServe, freePort, ROOT, type Served } from "../../src/bench/preview";
