/**
 * The navigation's icons, from Lucide (lucide-react, ISC licence: a maintained set drawn on
 * one 24-pixel grid), imported one by one so the bundle holds only these. Every navigation
 * key the API sends has one (web/src/components/nav-icon.test.ts checks the list).
 */
import {
  Building,
  Bus,
  CalendarClock,
  ChartColumn,
  ClipboardCheck,
  GraduationCap,
  Handshake,
  Headset,
  KeyRound,
  LayoutDashboard,
  Map as MapIcon,
  Route,
  ScrollText,
  SquareKanban,
  Stethoscope,
  TriangleExclamationPoint,
  Users,
  Warehouse,
  Wrench,
  type LucideIcon,
} from "lucide-react";

export const NAV_ICONS: Record<string, LucideIcon> = {
  dashboard: LayoutDashboard,
  inspect: ClipboardCheck,
  board: SquareKanban,
  pretrip: Stethoscope,
  defects: TriangleExclamationPoint,
  vehicles: Bus,
  workOrders: Wrench,
  maintenance: CalendarClock,
  service: Headset,
  training: GraduationCap,
  reports: ChartColumn,
  planner: Route,
  organisations: Building,
  depots: Warehouse,
  agreements: Handshake,
  users: Users,
  regions: MapIcon,
  apiTokens: KeyRound,
  audit: ScrollText,
};

export function NavIcon({ name }: { name: string }) {
  const Icon = NAV_ICONS[name] ?? LayoutDashboard;
  return <Icon className="nav-icon" size={18} strokeWidth={1.8} aria-hidden="true" />;
}
