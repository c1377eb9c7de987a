/**
 * Who is signed in, and the actions that change it: sign in and out, switch
 * organisation, change language. The API's `/me` is the single source of truth; after
 * every change the app reads it again.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { api, ApiError, onUnauthenticated, unwrap } from "./api/client.js";
import type { Locale, Me, Permission } from "./api/types.js";
import { browserLocale, deviceLocale, I18nProvider, rememberDeviceLocale } from "./i18n/i18n.js";
import { forgetMe, rememberedMe, rememberMe } from "./offline/me-cache.js";

type SessionState =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "signedIn"; me: Me }
  | { status: "failed"; error: string };

export interface Session {
  state: SessionState;
  locale: Locale;
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  switchOrganisation: (organisationId: string) => Promise<void>;
  setLocale: (locale: Locale) => void;
  reload: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [locale, setLocaleState] = useState<Locale>(() => deviceLocale() ?? browserLocale());

  const adopt = useCallback((me: Me) => {
    rememberMe(me);
    setState({ status: "signedIn", me });
    // A choice made on this device wins over the account's stored language.
    setLocaleState(deviceLocale() ?? me.user?.locale ?? browserLocale());
  }, []);

  const reload = useCallback(async () => {
    try {
      adopt(await unwrap(api.GET("/api/v1/me")));
    } catch (error) {
      const offlineMe = error instanceof ApiError && error.status === 0 ? rememberedMe() : null;
      if (error instanceof ApiError && error.status === 401) setState({ status: "signedOut" });
      // No network: open as the person last seen here, so offline work can go on.
      else if (offlineMe) adopt(offlineMe);
      else setState({ status: "failed", error: (error as Error).message });
    }
  }, [adopt]);

  useEffect(() => {
    void reload();
    return onUnauthenticated(() => {
      forgetMe();
      setState({ status: "signedOut" });
    });
  }, [reload]);

  const login = useCallback(
    async (email: string, password: string) => {
      adopt(await unwrap(api.POST("/api/v1/auth/login", { body: { email, password } })));
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await unwrap(api.POST("/api/v1/auth/logout"));
    } finally {
      forgetMe();
      setState({ status: "signedOut" });
    }
  }, []);

  const switchOrganisation = useCallback(
    async (organisationId: string) => {
      await unwrap(api.PUT("/api/v1/me/organisation", { body: { organisationId } }));
      adopt(await unwrap(api.GET("/api/v1/me")));
    },
    [adopt],
  );

  const signedIn = state.status === "signedIn";
  const setLocale = useCallback(
    (next: Locale) => {
      rememberDeviceLocale(next);
      setLocaleState(next);
      // Remember it for the account too, so other devices open in this language. A
      // failure here is harmless: the device keeps the choice.
      if (signedIn)
        unwrap(api.PATCH("/api/v1/me", { body: { locale: next } })).catch(() => undefined);
    },
    [signedIn],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<Session>(
    () => ({ state, locale, login, logout, switchOrganisation, setLocale, reload }),
    [state, locale, login, logout, switchOrganisation, setLocale, reload],
  );
  return (
    <SessionContext.Provider value={value}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The signed-in person's `/me`; only for pages shown inside the signed-in shell. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useMe while not signed in");
  return state.me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return useCallback((permission) => me.permissions.includes(permission), [me]);
}
