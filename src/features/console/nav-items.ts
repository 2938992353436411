import { BarChart3, BellRing, Bot, Boxes, Cpu, Gauge, LayoutDashboard, Settings, Ticket, type LucideIcon } from "lucide-react";

/** `label`: its key under `common.nav` in the message catalogs. */
export type NavItem = { label: "dashboard" | "skus" | "devices" | "agents" | "licenses" | "latency" | "usage" | "alerts" | "settings"; segment: string; icon: LucideIcon };

/** The console's sections, relative to /o/<slug>; "" is the dashboard. */
export const NAV_ITEMS: NavItem[] = [
  { label: "dashboard", segment: "", icon: LayoutDashboard },
  { label: "skus", segment: "skus", icon: Boxes },
  { label: "devices", segment: "devices", icon: Cpu },
  { label: "agents", segment: "agents", icon: Bot },
  { label: "licenses", segment: "licenses", icon: Ticket },
  { label: "latency", segment: "latency", icon: Gauge },
  { label: "usage", segment: "usage", icon: BarChart3 },
  { label: "alerts", segment: "alerts", icon: BellRing },
  { label: "settings", segment: "settings", icon: Settings },
];

/** True when `pathname` is inside `href` (the dashboard only matches itself). */
export function isActivePath(pathname: string, href: string, exact: boolean): boolean {
  if (exact) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}
