"use client";

import { Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { OperatorPackage } from "./operator-meta";
import { PackageForm } from "./package-form";

/** "New package", or "Edit" for `pkg`: the package form in a dialog. */
export function PackageDialog({ pkg }: { pkg?: OperatorPackage }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {pkg ? (
          <Button variant="ghost" size="sm" aria-label={`Edit ${pkg.name}`}>
            <Pencil aria-hidden />
            Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            New package
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogTitle>{pkg ? `Edit ${pkg.name}` : "New package"}</DialogTitle>
        <DialogDescription>
          Prices apply to orders placed from now on; orders already placed keep the price they were bought at.
        </DialogDescription>
        <PackageForm pkg={pkg} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
