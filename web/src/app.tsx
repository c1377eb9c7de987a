/**
 * The pages and how addresses map to them. A page is open to a person when their
 * navigation (from the API, by role) lists it; other known pages say "not available",
 * unknown addresses say "not found".
 */
import type { ComponentType } from "react";
import { AppShell } from "./components/app-shell.js";
import { useI18n } from "./i18n/i18n.js";
import { AgreementsPage } from "./pages/agreements-page.js";
import { ApiTokensPage } from "./pages/api-tokens-page.js";
import { AuditPage } from "./pages/audit-page.js";
import { DashboardPage } from "./pages/dashboard-page.js";
import { DepotsPage } from "./pages/depots-page.js";
import { LoginPage } from "./pages/login-page.js";
import { ForbiddenPage, NotFoundPage } from "./pages/not-found-page.js";
import { OrganisationsPage } from "./pages/organisations-page.js";
import { RegionsPage } from "./pages/regions-page.js";
import { UsersPage } from "./pages/users-page.js";
import { usePath } from "./router.js";
import { SessionProvider, useSession } from "./session.js";

/** Navigation key → page. Keys the API adds before the UI has a page fall to "not found". */
const PAGES: Record<string, ComponentType> = {
  dashboard: DashboardPage,
  organisations: OrganisationsPage,
  depots: DepotsPage,
  agreements: AgreementsPage,
  users: UsersPage,
  regions: RegionsPage,
  apiTokens: ApiTokensPage,
  audit: AuditPage,
};
/** Where each page lives, for pages a role may not see (their entry is not in navigation). */
const PATHS: Record<string, string> = {
  dashboard: "/",
  organisations: "/organisations",
  depots: "/depots",
  agreements: "/agreements",
  users: "/users",
  regions: "/regions",
  apiTokens: "/api-tokens",
  audit: "/audit",
};

function Screen() {
  const { state, reload } = useSession();
  const { t } = useI18n();
  const path = usePath().replace(/\/+$/, "") || "/";

  if (state.status === "loading") {
    return (
      <div className="splash" aria-busy="true">
        {t.common.loading}
      </div>
    );
  }
  if (state.status === "failed") {
    return (
      <div className="splash">
        <div className="alert alert-error" role="alert">
          {state.error}{" "}
          <button type="button" className="link-button" onClick={() => void reload()}>
            {t.common.retry}
          </button>
        </div>
      </div>
    );
  }
  if (state.status === "signedOut") return <LoginPage />;

  const { me } = state;
  const allowed = me.navigation.find((item) => item.path === path);
  const known = Object.entries(PATHS).find(([, pagePath]) => pagePath === path);
  let Page: ComponentType = NotFoundPage;
  if (allowed) Page = PAGES[allowed.key] ?? NotFoundPage;
  else if (known) Page = ForbiddenPage;
  return (
    <AppShell me={me}>
      {/* A fresh page per organisation: switching never shows the last one's data. */}
      <Page key={`${me.organisation.id}:${path}`} />
    </AppShell>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Screen />
    </SessionProvider>
  );
}
