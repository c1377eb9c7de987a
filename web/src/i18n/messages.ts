import { en } from "./en.js";

/** Turns the English literal types into plain strings, keeping functions' parameters. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every dictionary must have: exactly the English keys. */
export type Messages = Widen<typeof en>;
