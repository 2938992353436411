import { Cpu } from "lucide-react";
import type { Metadata } from "next";
import { SectionPlaceholder } from "@/features/console/section-placeholder";

export const metadata: Metadata = { title: "Devices" };

export default function DevicesPage() {
  return (
    <SectionPlaceholder
      title="Devices"
      icon={Cpu}
      description="Every provisioned device with its serial, SKU, firmware and lifecycle state (provisioned, active, suspended, revoked)."
      emptyTitle="No devices yet"
      upcoming="Once provisioning ships, devices registered one by one, by CSV or through the API will be listed and searchable here."
    />
  );
}
