import { Bot } from "lucide-react";
import type { Metadata } from "next";
import { SectionPlaceholder } from "@/features/console/section-placeholder";

export const metadata: Metadata = { title: "Agents" };

export default function AgentsPage() {
  return (
    <SectionPlaceholder
      title="Agents"
      icon={Bot}
      description="Prebuilt agents and MCP tools, composed per SKU and published as versioned configurations that devices pick up at boot."
      emptyTitle="No agents configured"
      upcoming="Once the agent catalog ships, you will assemble agents and tools for each SKU here and publish them."
    />
  );
}
