"use client";

import { useRouter } from "next/navigation";
import { Card, CardContent } from "@/components/ui/card";
import { SkuForm } from "./sku-form";

/** The create form on its own page; a created SKU opens on its detail page. */
export function NewSku({ orgSlug }: { orgSlug: string }) {
  const router = useRouter();
  return (
    <Card className="max-w-3xl">
      <CardContent className="py-5">
        <SkuForm
          orgSlug={orgSlug}
          onSaved={(sku) => router.push(`/o/${orgSlug}/skus/${sku.id}`)}
          onCancel={() => router.push(`/o/${orgSlug}/skus`)}
        />
      </CardContent>
    </Card>
  );
}
