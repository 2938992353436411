import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc";
import { actionLabel } from "./audit-labels";
import { describeMetadata } from "./describe-metadata";

export type AuditEntry = RouterOutputs["audit"]["list"]["entries"][number];

const ACTOR_BADGE = { apiKey: "API key", system: "System" } as const;

/** Where each kind of target is shown in the console, relative to the organization. */
const TARGET_PAGES: Record<string, (id: string) => string> = {
  device: (id) => `devices/${id}`,
  sku: (id) => `skus/${id}`,
  order: (id) => `licenses/orders/${id}`,
  apiKey: () => "settings/api-keys",
  invitation: () => "settings/members",
  membership: () => "settings/members",
  organization: () => "settings",
  licensePool: () => "licenses",
};

const TARGET_KINDS: Record<string, string> = {
  device: "Device",
  sku: "SKU",
  order: "Order",
  apiKey: "API key",
  invitation: "Invitation",
  membership: "Member",
  organization: "Organization",
  licensePool: "Seats",
  user: "Account",
};

/** The target by its name today, linked to its page; a deleted one by its kind and short id. */
function Target({ entry, orgSlug }: { entry: AuditEntry; orgSlug: string }) {
  const kind = TARGET_KINDS[entry.targetType] ?? entry.targetType;
  if (!entry.targetId) return <span>{kind}</span>;
  if (!entry.targetName) {
    return (
      <span title={entry.targetId}>
        {kind} <span className="text-slate-500">(deleted, {entry.targetId.slice(0, 8)}…)</span>
      </span>
    );
  }
  const page = TARGET_PAGES[entry.targetType];
  return (
    <span className="block max-w-64">
      <span className="block text-xs text-slate-500">{kind}</span>
      {page ? (
        <Link href={`/o/${orgSlug}/${page(entry.targetId)}`} className="block truncate text-brand-700 hover:underline" title={entry.targetName}>
          {entry.targetName}
        </Link>
      ) : (
        <span className="block truncate" title={entry.targetName}>
          {entry.targetName}
        </span>
      )}
    </span>
  );
}

/** One page of audit entries: when, who, what, on what, and the recorded details. */
export function AuditTable({ entries, orgSlug }: { entries: AuditEntry[]; orgSlug: string }) {
  return (
    <Table aria-label="Audit log">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Time</TableHeaderCell>
          <TableHeaderCell>Actor</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Target</TableHeaderCell>
          <TableHeaderCell>Details</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => {
          const details = describeMetadata(entry.metadata);
          return (
            <TableRow key={entry.id} className="align-top">
              <TableCell>
                <DateTime value={entry.createdAt} />
              </TableCell>
              <TableCell>
                <span className="text-slate-900">{entry.actor.name}</span>
                {entry.actor.type !== "user" ? (
                  <Badge className="ml-2">{ACTOR_BADGE[entry.actor.type]}</Badge>
                ) : null}
              </TableCell>
              <TableCell>
                <span className="block font-medium text-slate-900">{actionLabel(entry.action)}</span>
                <code
                  className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${entry.action.startsWith("security.") ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-600"}`}
                >
                  {entry.action}
                </code>
              </TableCell>
              <TableCell>
                <Target entry={entry} orgSlug={orgSlug} />
              </TableCell>
              <TableCell className="min-w-56 text-xs whitespace-normal">
                {details.length ? (
                  <ul className="space-y-0.5">
                    {details.map((line) => (
                      <li key={line} className="break-words">
                        {line}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
