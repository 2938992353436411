"use client";

import { useQuery } from "@tanstack/react-query";
import { PackageOpen } from "lucide-react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { PackageDialog } from "./package-dialog";
import { PackagesTable } from "./packages-table";

/** The license catalog every organization buys from: create, edit, take off sale. */
export function PackagesSection() {
  const trpc = useTRPC();
  const packages = useQuery(trpc.operator.packages.queryOptions());
  return (
    <Card aria-labelledby="packages-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="packages-title">Packages</CardTitle>
          <CardDescription>What buyers see under Buy seats, in this order. Inactive packages are not offered.</CardDescription>
        </div>
        <PackageDialog />
      </CardHeader>
      <QueryStates
        query={packages}
        loadingLabel="Loading packages"
        rows={3}
        empty={(list) => (list.length === 0 ? <EmptyState icon={PackageOpen} title="No packages yet" description="Create the first package to let organizations buy seats." /> : null)}
      >
        {(list) => <PackagesTable packages={list} />}
      </QueryStates>
    </Card>
  );
}
