"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { OperatorPackage } from "./operator-meta";
import { PackageForm } from "./package-form";

/** "New package", or "Edit" for `pkg`: the package form in a dialog. */
export function PackageDialog({ pkg }: { pkg?: OperatorPackage }) {
  const t = useTranslations("operator.packages");
  const tc = useTranslations("operator.common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {pkg ? (
          <Button variant="ghost" size="sm" aria-label={t("editNamed", { name: pkg.name })}>
            <Pencil aria-hidden />
            {tc("edit")}
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {t("new")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogTitle>{pkg ? t("editNamed", { name: pkg.name }) : t("new")}</DialogTitle>
        <DialogDescription>{t("dialogDescription")}</DialogDescription>
        <PackageForm pkg={pkg} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
