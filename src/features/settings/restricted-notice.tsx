import { Lock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown instead of a settings section the member's role cannot use. */
export function RestrictedNotice({ title, description }: { title: string; description: string }) {
  return (
    <Card>
      <EmptyState icon={Lock} title={title} description={description} className="py-14" />
    </Card>
  );
}
