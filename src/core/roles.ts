/**
 * Roles and what each may do. A role is held in one organisation (a membership); what
 * a person may do depends on the organisation they are working in right now.
 */
export const ORGANISATION_KINDS = ["manufacturer", "hub", "operator"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
  "network_admin",
  "hub_manager",
  "hub_technician",
  "trainer",
  "operator_manager",
  "dispatcher",
  "mechanic",
  "driver",
  "planner",
  // Pre-trip control (issue #11): the controller qualified under Mintrans order No. 282 of
  // 2020 and the medical worker who admits drivers. Either may be the operator's own or
  // provided by a hub (or a contracted clinic, set up as a hub) under an agreement.
  "technical_controller",
  "medical_worker",
] as const;
export type Role = (typeof ROLES)[number];

/** Which roles make sense in which kind of organisation. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  manufacturer: ["network_admin", "trainer", "planner"],
  hub: [
    "hub_manager",
    "hub_technician",
    "trainer",
    "planner",
    "technical_controller",
    "medical_worker",
  ],
  operator: [
    "operator_manager",
    "dispatcher",
    "mechanic",
    "driver",
    "planner",
    "technical_controller",
    "medical_worker",
  ],
};

export const PERMISSIONS = [
  "organisations.create",
  "organisations.update",
  "regions.write",
  "depots.write",
  "users.read",
  "users.write",
  "agreements.write",
  "tokens.manage",
  "audit.read",
  "fleet.write",
  "meters.write",
  "meters.confirm",
  "templates.write",
  "inspections.submit",
  "inspections.review",
  "inspections.confirm",
  "defects.repair",
  "defects.review",
  "release.override",
  "board.read",
  "planner.use",
  "maintenance.plan",
  "workorders.write",
  "workorders.signoff",
  "parts.manage",
  "training.manage",
  "training.enrol",
  "service.request",
  "service.handle",
  "reports.read",
  // Pre-trip control (issue #11).
  "release.policy",
  "pretrip.control",
  "medical.admit",
  "documents.write",
  "waybills.write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const MANAGER: readonly Permission[] = [
  "depots.write",
  "users.read",
  "users.write",
  "tokens.manage",
  "audit.read",
  "fleet.write",
  "meters.write",
  "meters.confirm",
  "templates.write",
  "release.override",
  "board.read",
  // A check's evidence (with the phone's position) and its flags; confirming a flagged check.
  "inspections.review",
  "inspections.confirm",
  "planner.use",
  "maintenance.plan",
  "workorders.write",
  "parts.manage",
  "reports.read",
  "documents.write",
];

const GRANTS: Record<Role, readonly Permission[]> = {
  // The next-shift review of a repair is the driver's own check (49 CFR 396.13): not an
  // administrator's.
  // Nor a medical worker's admission of a driver, which only a medical worker gives and
  // whose details only medical workers read (152-FZ art. 10).
  network_admin: PERMISSIONS.filter((p) => p !== "defects.review" && p !== "medical.admit"),
  hub_manager: [
    ...MANAGER,
    "organisations.update",
    "training.manage",
    "training.enrol",
    "service.handle",
  ],
  // A hub technician works on served operators' vehicles: repairs, work orders, meters.
  hub_technician: [
    "users.read",
    "meters.write",
    "meters.confirm",
    "defects.repair",
    "inspections.submit",
    "board.read",
    "workorders.write",
    "workorders.signoff",
    "service.handle",
  ],
  trainer: ["users.read", "training.manage", "training.enrol"],
  operator_manager: [
    ...MANAGER,
    "organisations.update",
    "inspections.submit",
    "training.enrol",
    "service.request",
    "release.policy",
    "waybills.write",
  ],
  dispatcher: [
    "users.read",
    "meters.write",
    "meters.confirm",
    "board.read",
    // The dispatcher sees a check's flags and evidence the same morning; a manager confirms.
    "inspections.review",
    "workorders.write",
    "service.request",
    "waybills.write",
  ],
  // Sign-off also needs a valid certificate for each competency the work names.
  mechanic: [
    "meters.write",
    "meters.confirm",
    "defects.repair",
    "inspections.submit",
    "board.read",
    "workorders.write",
    "workorders.signoff",
    "service.request",
  ],
  // A driver's reading that waits for confirmation is checked by someone else (the
  // dispatcher or a mechanic), so a driver may not confirm readings.
  driver: ["meters.write", "inspections.submit", "defects.review"],
  planner: ["planner.use"],
  // The controller reviews the driver's walkaround (its flags too, so a flagged check can
  // be confirmed), records the pre-trip control, keeps the documents and issues the
  // waybill; the control itself also needs a valid certificate (Mintrans order No. 282).
  technical_controller: [
    "users.read",
    "board.read",
    "meters.write",
    "inspections.review",
    "inspections.confirm",
    "pretrip.control",
    "documents.write",
    "waybills.write",
  ],
  // The medical worker admits drivers or not, and alone reads medical details.
  medical_worker: ["users.read", "medical.admit"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}

export function isRoleAllowedIn(role: Role, kind: OrganisationKind): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}

/**
 * What a person's home page shows (issue #14): the figures each role acts on.
 * - shift: the depot's shift for the dispatcher and the manager (ready, not yet checked,
 *   held, released by a manager), from the depot board;
 * - workshop: blocking work orders and defects waiting, for the mechanic and the hub's
 *   technician;
 * - fleet: overdue safety-critical maintenance and certificates expiring soon, for the
 *   operator's manager;
 * - requests: service requests per operator (the hub's manager) or per region (the
 *   network admin), those past their target first.
 * A driver has none: their home is the vehicle check itself.
 */
export const HOME_SECTIONS = ["shift", "workshop", "fleet", "requests"] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

const HOME_SECTIONS_OF: Partial<Record<Role, readonly HomeSection[]>> = {
  dispatcher: ["shift"],
  operator_manager: ["shift", "fleet"],
  mechanic: ["workshop"],
  hub_technician: ["workshop"],
  hub_manager: ["requests"],
  network_admin: ["requests"],
};

export function homeSectionsFor(roles: readonly Role[]): HomeSection[] {
  const held = new Set(roles.flatMap((role) => HOME_SECTIONS_OF[role] ?? []));
  return HOME_SECTIONS.filter((section) => held.has(section));
}

/**
 * The navigation a person sees is derived from what they may do, so a menu item never
 * leads to a page that would refuse them, and holds only what their role uses (issue #14):
 * a driver's starts at the check and has no organisations, depots or regions.
 */
export interface NavigationItem {
  key: string;
  path: string;
}

export function navigationFor(
  kind: OrganisationKind,
  permissions: Set<Permission>,
  roles: readonly Role[],
): NavigationItem[] {
  const items: NavigationItem[] = [];
  // A driver lands on the check: a home page of figures is for those who act on them.
  const onlyChecks =
    homeSectionsFor(roles).length === 0 &&
    permissions.has("inspections.submit") &&
    !permissions.has("board.read");
  if (!onlyChecks) items.push({ key: "dashboard", path: "/" });
  // The daily work first: the driver's check, the dispatcher's board, the mechanic's defects.
  if (permissions.has("inspections.submit")) items.push({ key: "inspect", path: "/inspect" });
  if (permissions.has("board.read")) items.push({ key: "board", path: "/board" });
  // Pre-trip control (issue #11): the controller's and the medical worker's page.
  if (
    permissions.has("pretrip.control") ||
    permissions.has("medical.admit") ||
    permissions.has("waybills.write")
  )
    items.push({ key: "pretrip", path: "/pretrip" });
  if (permissions.has("defects.repair") || permissions.has("board.read")) {
    items.push({ key: "defects", path: "/defects" });
  }
  // The fleet for those who keep it, read meters or check vehicles.
  if (
    permissions.has("fleet.write") ||
    permissions.has("board.read") ||
    permissions.has("meters.write") ||
    permissions.has("inspections.submit")
  )
    items.push({ key: "vehicles", path: "/vehicles" });
  // Maintenance: the technician's work orders, what is due, the hub's service queue.
  if (permissions.has("workorders.write") || permissions.has("board.read")) {
    items.push({ key: "workOrders", path: "/work-orders" });
  }
  if (permissions.has("maintenance.plan") || permissions.has("board.read")) {
    items.push({ key: "maintenance", path: "/maintenance" });
  }
  if (permissions.has("service.request") || permissions.has("service.handle")) {
    items.push({ key: "service", path: "/service" });
  }
  // Everyone has certificates to see; trainers and managers also run courses here.
  items.push({ key: "training", path: "/training" });
  if (permissions.has("reports.read")) items.push({ key: "reports", path: "/reports" });
  if (permissions.has("planner.use")) items.push({ key: "planner", path: "/planner" });
  // Administration: only for those who change it.
  if (permissions.has("organisations.create") || permissions.has("organisations.update"))
    items.push({ key: "organisations", path: "/organisations" });
  if (permissions.has("depots.write")) items.push({ key: "depots", path: "/depots" });
  if (
    kind !== "operator" &&
    (permissions.has("agreements.write") || permissions.has("organisations.update"))
  )
    items.push({ key: "agreements", path: "/agreements" });
  if (permissions.has("users.read")) items.push({ key: "users", path: "/users" });
  if (permissions.has("regions.write")) items.push({ key: "regions", path: "/regions" });
  if (permissions.has("tokens.manage")) items.push({ key: "apiTokens", path: "/api-tokens" });
  if (permissions.has("audit.read")) items.push({ key: "audit", path: "/audit" });
  return items;
}
