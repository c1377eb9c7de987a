/**
 * The last `/me` seen on this device, so the app still opens when the phone is offline
 * (the driver's check works without a network; the server checks the session when the
 * outbox sends).
 */
import type { Me } from "../api/types.js";

const KEY = "fleethub.me";

export function rememberMe(me: Me): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(me));
  } catch {
    // No storage: the app simply needs the network to open.
  }
}

export function rememberedMe(): Me | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

export function forgetMe(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
