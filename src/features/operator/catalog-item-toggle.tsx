"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmToggle } from "@/components/ui/confirm-toggle";
import { useTRPC } from "@/lib/trpc";

type CatalogItemToggleProps = { item: { id: string; name: string; available: boolean }; kind: "agent" | "tool" };

/** Takes an agent or tool out of new publishes (after confirmation), or offers it again. */
export function CatalogItemToggle({ item, kind }: CatalogItemToggleProps) {
  const t = useTranslations("operator.catalog");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.operator.setCatalogItemDisabled.mutationOptions());
  const setAvailable = async (available: boolean) => {
    await update.mutateAsync({ itemId: item.id, disabled: !available });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.catalog.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.skuConfig.catalog.pathKey() }),
    ]);
  };
  return (
    <ConfirmToggle
      name={item.name}
      on={item.available}
      turnOff={t("disable")}
      turnOn={t("enable")}
      confirmTitle={t("disableTitle", { name: item.name })}
      confirmDescription={
        <>
          <p>{t("disableDescription", { name: item.name })}</p>
          <p className="mt-2">{t("disableDrafts")}</p>
        </>
      }
      confirmLabel={kind === "agent" ? t("disableAgent") : t("disableTool")}
      pending={update.isPending}
      error={update.error}
      onChange={setAvailable}
    />
  );
}
