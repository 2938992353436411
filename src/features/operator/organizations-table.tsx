import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { GrantSeatsDialog } from "./grant-seats-dialog";
import { OpenViewDialog } from "./open-view-dialog";
import { ActionsCell, OperatorTable } from "./operator-table";
import type { OperatorOrg } from "./operator-meta";
import { OverageDialog } from "./overage-dialog";
import { SeatsBeforePaymentToggle } from "./seats-before-payment-toggle";

/** Organizations with their seat pools (and orders held for review), and the operator's two levers on them. */
export function OrganizationsTable({ orgs }: { orgs: OperatorOrg[] }) {
  const t = useTranslations("operator.organizations");
  const tc = useTranslations("operator.common");
  const format = useLicenseFormat();
  return (
    <OperatorTable label={t("table")} columns={[tc("name"), t("slug"), { label: t("seats"), numeric: true }, { label: t("overage"), numeric: true }, t("quoteSeats")]}>
      {orgs.map((org) => (
        <TableRow key={org.id}>
          <TableCell className="font-medium whitespace-normal text-slate-900">
            {org.name}
            {org.ordersInReview > 0 ? (
              <Badge tone="danger" className="ml-2">
                {t("inReview", { count: org.ordersInReview })}
              </Badge>
            ) : null}
          </TableCell>
          <TableCell className="font-mono text-xs">{org.slug}</TableCell>
          <TableCell className="text-right tabular-nums">
            {format.count(org.seatsUsed)} / {format.count(org.seatsTotal)}
          </TableCell>
          <TableCell className="text-right tabular-nums">{org.overagePercent}%</TableCell>
          <TableCell>{org.seatsBeforePayment ? <Badge tone="warning">{t("atAcceptance")}</Badge> : t("onPayment")}</TableCell>
          <ActionsCell>
            <OpenViewDialog org={org} />
            <GrantSeatsDialog org={org} />
            <OverageDialog org={org} />
            <SeatsBeforePaymentToggle org={org} />
          </ActionsCell>
        </TableRow>
      ))}
    </OperatorTable>
  );
}
