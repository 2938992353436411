import { useTranslations } from "next-intl";
import { RestrictedNotice } from "@/features/settings/restricted-notice";

/** What members without licenses:buy see instead of an order or a checkout. */
export function OrdersRestricted() {
  const t = useTranslations("licenses.orders.restricted");
  return <RestrictedNotice title={t("title")} description={t("description")} />;
}
