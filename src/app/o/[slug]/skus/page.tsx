import { Boxes } from "lucide-react";
import type { Metadata } from "next";
import { SectionPlaceholder } from "@/features/console/section-placeholder";

export const metadata: Metadata = { title: "SKUs" };

export default function SkusPage() {
  return (
    <SectionPlaceholder
      title="SKUs"
      icon={Boxes}
      description="Your device models: device class, capabilities (camera, microphone, speaker, screen) and hardware revision. Devices and agent configurations hang off a SKU."
      emptyTitle="No SKUs yet"
      upcoming="Once SKU registration ships, the models you register here or through the API will be listed on this page."
    />
  );
}
