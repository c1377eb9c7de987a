/**
 * `fleethub start` from the sources, for tests that run fleethub as separate OS processes
 * (started with `node --import tsx`), so they need no build of dist/.
 */
import { main } from "../../src/cli/main.js";

await main(["node", "fleethub", "start"]);
