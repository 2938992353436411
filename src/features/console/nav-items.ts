import { BarChart3, BellRing, Bot, Boxes, Cpu, Gauge, LayoutDashboard, Settings, Ticket, type LucideIcon } from "lucide-react";

export type NavItem = { label: string; segment: string; icon: LucideIcon };

/** The console's sections, relative to /o/<slug>; "" is the dashboard. */
export const NAV_ITEMS: NavItem[] = [
  { label: "Dashboard", segment: "", icon: LayoutDashboard },
  { label: "SKUs", segment: "skus", icon: Boxes },
  { label: "Devices", segment: "devices", icon: Cpu },
  { label: "Agents", segment: "agents", icon: Bot },
  { label: "Licenses", segment: "licenses", icon: Ticket },
  { label: "Latency", segment: "latency", icon: Gauge },
  { label: "Usage", segment: "usage", icon: BarChart3 },
  { label: "Alerts", segment: "alerts", icon: BellRing },
  { label: "Settings", segment: "settings", icon: Settings },
];

/** True when `pathname` is inside `href` (the dashboard only matches itself). */
export function isActivePath(pathname: string, href: string, exact: boolean): boolean {
  if (exact) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}
