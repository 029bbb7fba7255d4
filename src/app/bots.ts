// Runs the bots: in a Web Worker in the browser, synchronously as a fallback (tests, or a
// browser where the worker cannot start). The runners live in botRunner.ts, which the page imports
// without the AI; thinkNow (thinkNow.ts) thinks in this thread, for tests and tools.
export { type BotRunner, syncBotRunner, workerBotRunner } from "./botRunner";
export { type BotList, thinkNow } from "./thinkNow";
