import { FlaskConical } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Marks everything about the local payments mode: nothing is charged. */
export function TestModeBadge({ children = "Test mode — local payments, no real charge" }: { children?: string }) {
  return (
    <Badge tone="warning" className="w-fit">
      <FlaskConical className="size-3.5" aria-hidden />
      {children}
    </Badge>
  );
}
