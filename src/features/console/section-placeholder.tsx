import type { LucideIcon } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type SectionPlaceholderProps = {
  title: string;
  description: string;
  icon: LucideIcon;
  emptyTitle: string;
  /** what the section will show once it ships, so the empty page still explains itself */
  upcoming: string;
};

/** A console section whose feature ships in a later release: explained, empty, no dead buttons. */
export function SectionPlaceholder({ title, description, icon, emptyTitle, upcoming }: SectionPlaceholderProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <EmptyState
          icon={icon}
          title={emptyTitle}
          description={
            <>
              <p className="font-medium text-slate-700">Not available yet in this release.</p>
              <p className="mt-1">{upcoming}</p>
            </>
          }
          className="py-16"
        />
      </Card>
    </>
  );
}
