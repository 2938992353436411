import { History } from "lucide-react";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { DeviceStatusBadge } from "./device-status-badge";
import type { DeviceDetail, DeviceStatus } from "./device-meta";

const ACTION_LABELS: Record<string, string> = {
  "device.suspended": "Suspended",
  "device.resumed": "Resumed",
  "device.revoked": "Revoked",
  "device.secret_rotated": "Secret rotated",
  "device.activated": "Activated",
  "device.registered": "Registered",
  "device.replaced": "Replaced (RMA)",
  "device.replacement": "Took over a seat (RMA)",
};

/** "by PIP2-00020 · RMA-0142": the other device of an RMA transfer, and why. */
function rmaNote(metadata: Record<string, unknown>): string | null {
  const { replacement, replaces, reason } = metadata;
  const other = typeof replacement === "string" ? `by ${replacement}` : typeof replaces === "string" ? `for ${replaces}` : null;
  if (!other) return null;
  return typeof reason === "string" ? `${other} · ${reason}` : other;
}

const asStatus = (value: unknown): DeviceStatus | undefined => DEVICE_STATUSES.find((status) => status === value);

/** What happened to the device, newest first, from the organization's audit log. */
export function DeviceHistory({ history }: { history: DeviceDetail["history"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>History</CardTitle>
      </CardHeader>
      {history.length === 0 ? (
        <EmptyState icon={History} title="No history yet" description="Registration, status changes and secret rotations are listed here." />
      ) : (
        <ol className="divide-y divide-slate-100" aria-label="Device history">
          {history.map((entry) => {
            const from = asStatus(entry.metadata.from);
            const to = asStatus(entry.metadata.to);
            const note = rmaNote(entry.metadata);
            return (
              <li key={entry.id} className="flex flex-col gap-1 px-5 py-3 text-sm sm:flex-row sm:items-center sm:gap-4">
                <span className="font-medium text-slate-900 sm:w-36">{ACTION_LABELS[entry.action] ?? entry.action}</span>
                {from && to ? (
                  <span className="flex items-center gap-1.5" aria-label={`from ${from} to ${to}`}>
                    <DeviceStatusBadge status={from} />
                    <span aria-hidden className="text-slate-400">
                      →
                    </span>
                    <DeviceStatusBadge status={to} />
                  </span>
                ) : null}
                {note ? <span className="break-words text-slate-600">{note}</span> : null}
                <span className="text-slate-600 sm:ml-auto">{entry.actor}</span>
                <time className="text-slate-500 sm:w-48 sm:text-right" dateTime={new Date(entry.createdAt).toISOString()}>
                  {formatDateTime(entry.createdAt)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
