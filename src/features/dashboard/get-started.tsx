import { ArrowRight, Boxes, Check, KeyRound, Ticket, UserPlus, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { OnboardingProgress, OnboardingStep } from "@/server/modules/organizations/onboarding";

// Titles and descriptions in the catalogs: `dashboard.getStarted.steps.<step>`.
const STEPS: Record<OnboardingStep, { path: string; icon: LucideIcon }> = {
  team: { path: "settings/members", icon: UserPlus },
  apiKey: { path: "settings/api-keys", icon: KeyRound },
  skus: { path: "skus", icon: Boxes },
  licenses: { path: "licenses", icon: Ticket },
};

/**
 * First steps for a new organization, each a link to the page where it is done: only the steps
 * the member's role may take, finished ones ticked. The page hides it once all are done.
 */
export function GetStarted({ orgSlug, progress }: { orgSlug: string; progress: OnboardingProgress }) {
  const t = useTranslations("dashboard.getStarted");
  const done = progress.filter((step) => step.done).length;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description", { done, total: progress.length })}</CardDescription>
      </CardHeader>
      <ol className="divide-y divide-slate-100" aria-label={t("stepsLabel")}>
        {progress.map(({ step, done: finished }, index) => {
          const { path, icon: Icon } = STEPS[step];
          return (
            <li key={step}>
              <Link
                href={`/o/${orgSlug}/${path}`}
                className="group flex items-center gap-4 px-5 py-4 transition-colors hover:bg-slate-50"
              >
                <span
                  className={cn(
                    "flex size-9 shrink-0 items-center justify-center rounded-full",
                    finished ? "bg-emerald-100 text-emerald-700" : "bg-brand-50 text-brand-700",
                  )}
                >
                  {finished ? <Check className="size-4" aria-hidden /> : <Icon className="size-4" aria-hidden />}
                </span>
                <span className="min-w-0 flex-1">
                  <span className={cn("block text-sm font-medium", finished ? "text-slate-500 line-through" : "text-slate-900")}>
                    <span className="sr-only">{t("step", { number: index + 1 })} </span>
                    {t(`steps.${step}.title`)}
                    {finished && <span className="sr-only"> {t("done")}</span>}
                  </span>
                  <span className="block text-sm text-slate-600">{t(`steps.${step}.description`)}</span>
                </span>
                <ArrowRight className="size-4 shrink-0 text-slate-400 group-hover:text-brand-600" aria-hidden />
              </Link>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
