import { FlaskConical } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** Marks everything about the local payments mode: nothing is charged. */
export function TestModeBadge({ children }: { children?: string }) {
  const t = useTranslations("licenses.buy");
  return (
    <Badge tone="warning" className="w-fit">
      <FlaskConical className="size-3.5" aria-hidden />
      {children ?? t("testMode")}
    </Badge>
  );
}
