import { RestrictedNotice } from "@/features/settings/restricted-notice";

/** What members without licenses:buy see instead of an order or a checkout. */
export function OrdersRestricted() {
  return (
    <RestrictedNotice
      title="Only owners, admins and sales can see orders"
      description="Orders and payments belong to the members who buy seats. The seat balance and ledger are on the Licenses page."
    />
  );
}
