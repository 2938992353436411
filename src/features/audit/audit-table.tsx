import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc";
import { actionLabel } from "./audit-labels";
import { describeMetadata } from "./describe-metadata";
import { useMessageLookup } from "./use-message-lookup";

export type AuditEntry = RouterOutputs["audit"]["list"]["entries"][number];

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

/** The target by its name today, linked to its page; a deleted one by its kind and short id. */
function Target({ entry, orgSlug }: { entry: AuditEntry; orgSlug: string }) {
  const t = useTranslations("audit.table");
  const lookup = useMessageLookup();
  const kind = lookup(`audit.targets.${entry.targetType}`) ?? entry.targetType;
  if (!entry.targetId) return <span>{kind}</span>;
  if (!entry.targetName) {
    return (
      <span title={entry.targetId}>
        {kind} <span className="text-slate-500">{t("deleted", { id: entry.targetId.slice(0, 8) })}</span>
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
  const t = useTranslations("audit");
  const lookup = useMessageLookup();
  return (
    <Table aria-label={t("log.title")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("table.time")}</TableHeaderCell>
          <TableHeaderCell>{t("table.actor")}</TableHeaderCell>
          <TableHeaderCell>{t("table.action")}</TableHeaderCell>
          <TableHeaderCell>{t("table.target")}</TableHeaderCell>
          <TableHeaderCell>{t("table.details")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => {
          const details = describeMetadata(entry.metadata, lookup);
          return (
            <TableRow key={entry.id} className="align-top">
              <TableCell>
                <DateTime value={entry.createdAt} />
              </TableCell>
              <TableCell>
                <span className="text-slate-900">{entry.actor.name}</span>
                {entry.actor.type !== "user" ? (
                  <Badge className="ml-2">{t(`table.actorTypes.${entry.actor.type}`)}</Badge>
                ) : null}
              </TableCell>
              <TableCell>
                <span className="block font-medium text-slate-900">{actionLabel(entry.action, lookup)}</span>
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
