/**
 * The pages and how addresses map to them. A page is open to a person when their
 * navigation (from the API, by role) lists it; other known pages say "not available",
 * unknown addresses say "not found".
 */
import { useEffect, type ComponentType } from "react";
import { AppShell } from "./components/app-shell.js";
import { useI18n } from "./i18n/i18n.js";
import { AgreementsPage } from "./pages/agreements-page.js";
import { ApiTokensPage } from "./pages/api-tokens-page.js";
import { AuditPage } from "./pages/audit-page.js";
import { HomePage } from "./pages/home-page.js";
import { DepotsPage } from "./pages/depots-page.js";
import { LoginPage } from "./pages/login-page.js";
import { ForbiddenPage, NotFoundPage } from "./pages/not-found-page.js";
import { OrganisationsPage } from "./pages/organisations-page.js";
import { PlannerPage } from "./pages/planner-page.js";
import { RegionsPage } from "./pages/regions-page.js";
import { ReportsPage } from "./pages/reports-page.js";
import { ServicePage } from "./pages/service-page.js";
import { TrainingPage } from "./pages/training-page.js";
import { UsersPage } from "./pages/users-page.js";
import { BoardPage } from "./pages/board-page.js";
import { DefectsPage } from "./pages/defects-page.js";
import { InspectPage } from "./pages/inspect-page.js";
import { InspectVehiclePage } from "./pages/inspect-vehicle-page.js";
import { InspectionPrintPage } from "./pages/inspection-print-page.js";
import { VehiclePage } from "./pages/vehicle-page.js";
import { PretripPage } from "./pages/pretrip-page.js";
import { WaybillPrintPage } from "./pages/waybill-print-page.js";
import { VehiclesPage } from "./pages/vehicles-page.js";
import { MaintenancePage } from "./pages/maintenance-page.js";
import { WorkOrderPage } from "./pages/work-order-page.js";
import { WorkOrdersPage } from "./pages/work-orders-page.js";
import { navigate, usePath } from "./router.js";
import { SessionProvider, useSession } from "./session.js";

/** Navigation key → page. Keys the API adds before the UI has a page fall to "not found". */
const PAGES: Record<string, ComponentType> = {
  dashboard: HomePage,
  organisations: OrganisationsPage,
  depots: DepotsPage,
  agreements: AgreementsPage,
  users: UsersPage,
  regions: RegionsPage,
  apiTokens: ApiTokensPage,
  audit: AuditPage,
  planner: PlannerPage,
  inspect: InspectPage,
  board: BoardPage,
  defects: DefectsPage,
  vehicles: VehiclesPage,
  workOrders: WorkOrdersPage,
  maintenance: MaintenancePage,
  service: ServicePage,
  training: TrainingPage,
  reports: ReportsPage,
  pretrip: PretripPage,
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
  planner: "/planner",
  inspect: "/inspect",
  board: "/board",
  defects: "/defects",
  vehicles: "/vehicles",
  workOrders: "/work-orders",
  maintenance: "/maintenance",
  service: "/service",
  training: "/training",
  reports: "/reports",
  pretrip: "/pretrip",
};
/**
 * Pages below a navigation entry (a vehicle, a check of one): open when that entry is.
 * `bare` pages print as they are, without the app's frame.
 */
const SUB_PAGES: { pattern: RegExp; navKey: string; page: ComponentType; bare?: boolean }[] = [
  { pattern: /^\/inspect\/[^/]+$/, navKey: "inspect", page: InspectVehiclePage },
  { pattern: /^\/vehicles\/[^/]+$/, navKey: "vehicles", page: VehiclePage },
  { pattern: /^\/work-orders\/[^/]+$/, navKey: "workOrders", page: WorkOrderPage },
  {
    pattern: /^\/inspections\/[^/]+\/print$/,
    navKey: "vehicles",
    page: InspectionPrintPage,
    bare: true,
  },
  { pattern: /^\/waybills\/[^/]+\/print$/, navKey: "pretrip", page: WaybillPrintPage, bare: true },
];

/** Replaces the address with `to` (a person whose home is another page, such as the check). */
function GoTo({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

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
  // A driver's home is the check: "/" opens the first page of their navigation.
  const first = me.navigation[0];
  if (path === "/" && first && first.path !== "/") return <GoTo to={first.path} />;
  const allowed = me.navigation.find((item) => item.path === path);
  const known = Object.entries(PATHS).find(([, pagePath]) => pagePath === path);
  const sub = SUB_PAGES.find((entry) => entry.pattern.test(path));
  let Page: ComponentType = NotFoundPage;
  if (allowed) Page = PAGES[allowed.key] ?? NotFoundPage;
  else if (known) Page = ForbiddenPage;
  else if (sub) {
    const open = me.navigation.some((item) => item.key === sub.navKey);
    Page = open ? sub.page : ForbiddenPage;
    if (open && sub.bare) return <Page key={`${me.organisation.id}:${path}`} />;
  }
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
