// Browser entry: the Phaser canvas in #game, then the DOM shell (src/app) in #ui.
import { startApp } from "./app";
import { createGame } from "./game";

const canvas = createGame(document.getElementById("game") ?? document.body);
startApp();

// Development shortcut (src/game/dev.ts): ?dev=map jumps straight into the flagship on the map.
const dev = new URLSearchParams(window.location.search).get("dev");
if (dev) void import("./game/dev").then((m) => m.runDev(dev, canvas.game));
