import { Activity } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** What a fleet page shows for a range without a single interaction. */
export function NoTelemetry() {
  return (
    <Card>
      <EmptyState
        icon={Activity}
        title="No interactions in this range"
        description={
          <p>
            Devices report telemetry with <code className="font-mono text-xs">device.reportTelemetry</code>; try a longer range or run{" "}
            <code className="font-mono text-xs">npm run simulate</code>.
          </p>
        }
        className="py-16"
      />
    </Card>
  );
}
