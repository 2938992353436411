import {
  Baby,
  Bell,
  BookOpen,
  Calendar,
  ClipboardList,
  CloudSun,
  Disc3,
  Eye,
  GraduationCap,
  HeartPulse,
  House,
  Lamp,
  Languages,
  Map as MapIcon,
  MessageCircle,
  Music,
  Navigation,
  Newspaper,
  NotebookPen,
  Puzzle,
  Search,
  Smile,
  Timer,
  type LucideIcon,
  type LucideProps,
} from "lucide-react";
import { createElement } from "react";

/**
 * The catalog names its icons in lucide's kebab-case; this explicit map keeps the bundle
 * to the icons the catalog uses (importing lucide's whole name index would ship them all).
 */
const CATALOG_ICONS: Record<string, LucideIcon> = {
  baby: Baby,
  bell: Bell,
  "book-open": BookOpen,
  calendar: Calendar,
  "clipboard-list": ClipboardList,
  "cloud-sun": CloudSun,
  "disc-3": Disc3,
  eye: Eye,
  "graduation-cap": GraduationCap,
  "heart-pulse": HeartPulse,
  house: House,
  lamp: Lamp,
  languages: Languages,
  map: MapIcon,
  "message-circle": MessageCircle,
  music: Music,
  navigation: Navigation,
  newspaper: Newspaper,
  "notebook-pen": NotebookPen,
  search: Search,
  smile: Smile,
  timer: Timer,
};

/** The icon of a catalog item, decorative (its name is always written next to it); a puzzle piece for names this map does not know yet. */
export function CatalogIcon({ name, ...props }: LucideProps & { name: string | undefined }) {
  return createElement(CATALOG_ICONS[name ?? ""] ?? Puzzle, { "aria-hidden": true, ...props });
}
