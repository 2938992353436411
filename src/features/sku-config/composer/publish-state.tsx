import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { Badge } from "@/components/ui/badge";
import type { ComposerState } from "../config-types";

/** What devices run now, and whether the draft differs from it. */
export function PublishState({ current, unpublishedChanges }: Pick<ComposerState, "current" | "unpublishedChanges">) {
  const t = useTranslations("skuConfig.state");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {current ? (
        <>
          <Badge tone="success">{t("published", { version: current.version })}</Badge>
          <span className="text-slate-500">
            <DateTime value={current.publishedAt} />
          </span>
        </>
      ) : (
        <Badge>{t("notPublished")}</Badge>
      )}
      {/* Before the first publish the whole draft is unpublished; the badge would say nothing new. */}
      {current && unpublishedChanges ? <Badge tone="warning">{t("unpublished")}</Badge> : null}
      {current && !unpublishedChanges ? <span className="text-slate-500">{t("matches")}</span> : null}
    </div>
  );
}
