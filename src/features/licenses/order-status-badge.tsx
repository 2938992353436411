import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ORDER_STATUS_TONES, type OrderStatus } from "./order-meta";

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("licenses.orders.status");
  return <Badge tone={ORDER_STATUS_TONES[status]}>{t(status)}</Badge>;
}
