import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, STATUS_TONES, type DeviceStatus } from "./device-meta";

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
