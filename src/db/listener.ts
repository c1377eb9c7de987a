/**
 * Hears PostgreSQL notifications (LISTEN/NOTIFY) on a connection of its own, outside the
 * pool: a pooled connection is shared by queries and may be closed when idle, and a
 * notification reaches only the connection that listens.
 *
 * A listener that is not hearing says so before anything else happens: whoever relies on
 * the notifications (the principal cache) must stop trusting what it kept the moment they
 * may be missed. That is:
 * - until the first `LISTEN` has succeeded;
 * - from the moment the connection fails or ends (a database restart, a failover, an
 *   administrator's `pg_terminate_backend`) until a new connection is listening again;
 * - when the heartbeat (`select pg_is_in_recovery()`, every `heartbeatMs`) gets no answer
 *   within `heartbeatMs`, or finds the server has become a standby (a demoted primary
 *   hears nothing written on the new one): a connection can die without the socket
 *   closing, and then only a question finds it out.
 * It reconnects with a back-off from 100 ms to 5 s.
 */
import pg from "pg";

export interface ListenHandlers {
  /** A notification's payload. */
  notice(payload: string): void;
  /** Called with false as soon as notifications may be missed, true once heard again. */
  listening(listening: boolean): void;
  /** A failure of the listening connection (logged; the listener recovers by itself). */
  error(error: unknown): void;
}

export interface ListenerOptions {
  heartbeatMs?: number;
  applicationName?: string;
}

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;

type Wake = "tick" | "lost" | "stop";

/**
 * Starts listening on `channel` at `url`; resolves after the first attempt to listen
 * (heard or not: it keeps trying in the background). The returned function stops it.
 */
export async function listenOnServer(
  url: string,
  channel: string,
  handlers: ListenHandlers,
  options: ListenerOptions = {},
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel))
    throw new Error(`channel "${channel}" is not a plain name`);
  const heartbeatMs = options.heartbeatMs ?? 1_000;
  let stopped = false;
  let current: pg.Client | null = null;
  let lost = false;
  // Whoever waits (a pause, a heartbeat) is woken by a lost connection or a stop. No
  // promise lives longer than one wait, so nothing piles up on a long-lived one.
  let wake: ((why: Wake) => void) | null = null;
  const waitUp = (why: Wake) => wake?.(why);

  /** Waits `ms`, or less when the connection is lost or the listener stops. */
  function pause(ms: number, question?: Promise<Wake | "primary" | "standby">) {
    return new Promise<Wake | "primary" | "standby">((resolve) => {
      if (stopped) return resolve("stop");
      if (lost) return resolve("lost");
      const finish = (why: Wake | "primary" | "standby") => {
        clearTimeout(timer);
        wake = null;
        resolve(why);
      };
      const timer = setTimeout(() => finish("tick"), ms);
      timer.unref();
      wake = finish;
      void question?.then(finish);
    });
  }

  let reportFirstAttempt: () => void = () => undefined;
  const firstAttempt = new Promise<void>((resolve) => {
    reportFirstAttempt = resolve;
  });

  async function listenOnce(): Promise<void> {
    const client = new pg.Client({
      connectionString: url,
      application_name: options.applicationName ?? "fleethub listener",
      keepAlive: true,
    });
    current = client;
    lost = false;
    client.on("error", (error) => {
      if (current !== client) return;
      handlers.error(error);
      lost = true;
      waitUp("lost");
    });
    client.on("end", () => {
      if (current !== client) return;
      lost = true;
      waitUp("lost");
    });
    client.on("notification", (message) => {
      if (message.channel === channel) handlers.notice(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
      if (stopped || lost) return;
      handlers.listening(true);
      reportFirstAttempt();
      for (;;) {
        if ((await pause(heartbeatMs)) !== "tick") return;
        const question = client
          .query<{ standby: boolean }>("select pg_is_in_recovery() as standby")
          .then(
            (result): "primary" | "standby" =>
              result.rows[0]?.standby === false ? "primary" : "standby",
            (): "lost" => "lost",
          );
        const answer = await pause(heartbeatMs, question);
        if (answer === "primary") continue;
        if (answer === "standby" || answer === "tick")
          handlers.error(
            new Error(
              answer === "tick"
                ? `no answer from the listening connection in ${heartbeatMs} ms; listening again`
                : "the listening connection is on a standby; listening again",
            ),
          );
        return;
      }
    } finally {
      handlers.listening(false);
      current = null;
      client.removeAllListeners("notification");
      await client.end().catch(() => undefined);
    }
  }

  const loop = (async () => {
    let backoff = MIN_BACKOFF_MS;
    while (!stopped) {
      const began = Date.now();
      try {
        await listenOnce();
      } catch (error) {
        if (!stopped) handlers.error(error);
      }
      reportFirstAttempt();
      if (stopped) break;
      // A connection that listened for a while starts again at once; one that keeps failing waits longer.
      backoff =
        Date.now() - began > MAX_BACKOFF_MS
          ? MIN_BACKOFF_MS
          : Math.min(backoff * 2, MAX_BACKOFF_MS);
      lost = false;
      await pause(backoff);
    }
  })();
  await firstAttempt;
  return async () => {
    stopped = true;
    waitUp("stop");
    await current?.end().catch(() => undefined);
    await loop;
  };
}
