import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc";
import { describeMetadata } from "./describe-metadata";

export type AuditEntry = RouterOutputs["audit"]["list"]["entries"][number];

const ACTOR_BADGE = { apiKey: "API key", system: "System" } as const;

/** One page of audit entries: when, who, what, on what, and the recorded details. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
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
                <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(entry.createdAt)}</time>
              </TableCell>
              <TableCell>
                <span className="text-slate-900">{entry.actor.name}</span>
                {entry.actor.type !== "user" ? (
                  <Badge className="ml-2">{ACTOR_BADGE[entry.actor.type]}</Badge>
                ) : null}
              </TableCell>
              <TableCell>
                <code
                  className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${entry.action.startsWith("security.") ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-800"}`}
                >
                  {entry.action}
                </code>
              </TableCell>
              <TableCell>
                {entry.targetType ? (
                  <span title={entry.targetId ?? undefined}>
                    {entry.targetType}
                    {entry.targetId ? <span className="ml-1 font-mono text-xs text-slate-500">{entry.targetId.slice(0, 8)}…</span> : null}
                  </span>
                ) : (
                  "—"
                )}
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
