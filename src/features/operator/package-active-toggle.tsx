"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmToggle } from "@/components/ui/confirm-toggle";
import { useTRPC } from "@/lib/trpc";
import type { OperatorPackage } from "./operator-meta";

/** Takes a package off sale (after confirmation) or puts it back on sale. */
export function PackageActiveToggle({ pkg }: { pkg: OperatorPackage }) {
  const t = useTranslations("operator.packages");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.operator.updatePackage.mutationOptions());
  const setActive = async (active: boolean) => {
    await update.mutateAsync({ id: pkg.id, active });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.packages.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.license.packages.pathKey() }),
    ]);
  };
  return (
    <ConfirmToggle
      name={pkg.name}
      on={pkg.active}
      turnOff={t("deactivate")}
      turnOn={t("activate")}
      confirmTitle={t("deactivateTitle", { name: pkg.name })}
      confirmDescription={t("deactivateDescription")}
      confirmLabel={t("deactivateConfirm")}
      pending={update.isPending}
      error={update.error}
      onChange={setActive}
    />
  );
}
