import { useCallback, useEffect, useState } from "react";
import { api, errorMessage, unwrap, type GetData, type GetInit, type GetPath } from "./client.js";

export interface Resource<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** The options a GET of `P` takes: required when it has required parameters. */
type InitArgs<P extends GetPath> =
  undefined extends GetInit<P> ? [init?: GetInit<P>] : [init: GetInit<P>];

/**
 * Reads a GET of the API (path null: nothing yet) and re-reads it when the path or its
 * parameters change, or on `reload()`.
 */
export function useResource<P extends GetPath>(
  path: P | null,
  ...[init]: InitArgs<P>
): Resource<GetData<P>> {
  const [data, setData] = useState<GetData<P> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);
  // The request as text: a new but equal options object each render asks nothing again.
  const request = path === null ? null : JSON.stringify([path, init ?? {}]);

  useEffect(() => {
    if (request === null) return;
    const [wanted, options] = JSON.parse(request) as [P, GetInit<P>];
    let current = true;
    setLoading(true);
    // openapi-fetch's GET is typed per path; for a path known only as `P` it cannot
    // relate the options to it, though useResource's own signature already did.
    const get = api.GET as (
      path: P,
      init?: GetInit<P>,
    ) => Promise<{ data?: GetData<P>; error?: unknown; response: Response }>;
    unwrap(get(wanted, options))
      .then((result) => {
        if (!current) return;
        setData(result);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (current) setError(errorMessage(failure));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [request, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
