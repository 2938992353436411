"use client";

import { useQuery } from "@tanstack/react-query";
import { PackageOpen } from "lucide-react";
import { useTRPC } from "@/lib/trpc";
import { OperatorTableSection } from "./operator-table-section";
import { PackageDialog } from "./package-dialog";
import { PackagesTable } from "./packages-table";

/** The license catalog every organization buys from: create, edit, take off sale. */
export function PackagesSection() {
  const trpc = useTRPC();
  const packages = useQuery(trpc.operator.packages.queryOptions());
  return (
    <OperatorTableSection section="packages" action={<PackageDialog />} query={packages} rows={3} emptyIcon={PackageOpen}>
      {(list) => <PackagesTable packages={list} />}
    </OperatorTableSection>
  );
}
