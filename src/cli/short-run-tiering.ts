/**
 * Imported first by the `plan` command (src/cli/plan-main.ts), before any planner code runs.
 *
 * A `fleethub plan --simba` of SimBA's example computes for ~0.1 s. V8 starts optimising a
 * function with its optimising compiler (TurboFan, on a background thread) once the function
 * has spent an "interrupt budget" of 67,584 bytecode units (V8's default, `node --v8-options`);
 * in so short a run most of that compilation finishes too late to pay back and costs CPU that
 * the two-core machines fleethub runs on share with everything else. Measured on SimBA's
 * extensive.cfg (bench/planner/simba-vs-fleethub.ts, medians of 5 runs, GNU time): 0.39 →
 * 0.31 s CPU with the budget below; `--no-opt` (never optimise) gave the same.
 *
 * A 60 times larger budget still optimises what runs long: a function that is hot for more
 * than a few tens of milliseconds of interpreted work is compiled as before, so a plan of a
 * large GTFS feed (minutes) is not slowed. V8 reads the budget when it gives a function its
 * feedback, so setting it before the planner's functions first run is enough; Node documents
 * `v8.setFlagsFromString` after start-up as allowed but unchecked, and this flag only changes
 * when code is optimised, never what it computes.
 */
import v8 from "node:v8";

v8.setFlagsFromString("--interrupt-budget=4000000");
