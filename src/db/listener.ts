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
  let wakeStop: () => void = () => undefined;
  const stopping = new Promise<"stop">((resolve) => {
    wakeStop = () => resolve("stop");
  });
  let current: pg.Client | null = null;
  let firstAttempt: () => void = () => undefined;
  const firstAttemptDone = new Promise<void>((resolve) => {
    firstAttempt = resolve;
  });
  const pause = (ms: number) =>
    Promise.race([
      new Promise<"tick">((resolve) => setTimeout(() => resolve("tick"), ms).unref()),
      stopping,
    ]);

  async function listenOnce(): Promise<void> {
    const client = new pg.Client({
      connectionString: url,
      application_name: options.applicationName ?? "fleethub listener",
      keepAlive: true,
    });
    current = client;
    // Whichever comes first: the connection fails, or it ends.
    const lost = new Promise<"lost">((resolve) => {
      client.on("error", (error) => {
        handlers.error(error);
        resolve("lost");
      });
      client.on("end", () => resolve("lost"));
    });
    client.on("notification", (message) => {
      if (message.channel === channel) handlers.notice(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
      if (stopped) return;
      handlers.listening(true);
      firstAttempt();
      for (;;) {
        const woke = await Promise.race([lost, pause(heartbeatMs)]);
        if (woke !== "tick") return;
        const answer = await Promise.race([
          client.query<{ standby: boolean }>("select pg_is_in_recovery() as standby").then(
            (result) => (result.rows[0]?.standby === false ? "primary" : "standby"),
            () => "lost" as const,
          ),
          lost,
          pause(heartbeatMs).then((outcome) => (outcome === "stop" ? "stop" : "silent")),
        ]);
        if (answer !== "primary") {
          if (answer === "standby" || answer === "silent")
            handlers.error(new Error(`the listening connection is ${answer}; listening again`));
          return;
        }
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
      firstAttempt();
      if (stopped) break;
      // A connection that listened for a while starts again quickly; one that keeps failing waits longer.
      backoff =
        Date.now() - began > MAX_BACKOFF_MS
          ? MIN_BACKOFF_MS
          : Math.min(backoff * 2, MAX_BACKOFF_MS);
      await pause(backoff);
    }
  })();
  await firstAttemptDone;
  return async () => {
    stopped = true;
    wakeStop();
    await current?.end().catch(() => undefined);
    await loop;
  };
}
