import { Ticket } from "lucide-react";
import type { Metadata } from "next";
import { SectionPlaceholder } from "@/features/console/section-placeholder";

export const metadata: Metadata = { title: "Licenses" };

export default function LicensesPage() {
  return (
    <SectionPlaceholder
      title="Licenses"
      icon={Ticket}
      description="Per-device licenses: packages bought, seats consumed at first activation, remaining balance and invoices."
      emptyTitle="No licenses yet"
      upcoming="Once billing ships, you will buy license packages and follow your seat balance and orders here."
    />
  );
}
