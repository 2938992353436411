import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { STATUS_TONES, type DeviceStatus } from "./device-meta";

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  const t = useTranslations("devices.status");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
