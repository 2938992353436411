import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** A device's tags as chips: the first few, then "+N" (all of them in the tooltip). */
export function TagChips({ tags, max = 3 }: { tags: string[]; max?: number }) {
  const t = useTranslations("devices.table");
  if (tags.length === 0) return <span className="text-slate-400">—</span>;
  const shown = tags.slice(0, max);
  return (
    <ul className="flex max-w-56 flex-wrap gap-1" aria-label={t("tagsLabel")} title={tags.join(", ")}>
      {shown.map((tag) => (
        <li key={tag}>
          <Badge tone="brand" className="max-w-32 truncate font-mono">
            {tag}
          </Badge>
        </li>
      ))}
      {tags.length > max ? (
        <li>
          <Badge aria-label={t("moreTags", { count: tags.length - max })}>{t("plusMore", { count: tags.length - max })}</Badge>
        </li>
      ) : null}
    </ul>
  );
}
