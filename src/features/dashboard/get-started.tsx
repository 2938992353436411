import { ArrowRight, Boxes, Check, KeyRound, Ticket, UserPlus, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { OnboardingProgress, OnboardingStep } from "@/server/modules/organizations/onboarding";

type StepCopy = { title: string; description: string; path: string; icon: LucideIcon };

const STEPS: Record<OnboardingStep, StepCopy> = {
  team: { title: "Invite your team", description: "Add engineers, sales and viewers with the right role.", path: "settings/members", icon: UserPlus },
  apiKey: { title: "Create an API key", description: "Let your factory line or backend register devices.", path: "settings/api-keys", icon: KeyRound },
  skus: { title: "Register SKUs", description: "Describe each device model you ship.", path: "skus", icon: Boxes },
  licenses: { title: "Buy licenses", description: "One seat per device, priced up front.", path: "licenses", icon: Ticket },
};

/**
 * First steps for a new organization, each a link to the page where it is done: only the steps
 * the member's role may take, finished ones ticked. The page hides it once all are done.
 */
export function GetStarted({ orgSlug, progress }: { orgSlug: string; progress: OnboardingProgress }) {
  const done = progress.filter((step) => step.done).length;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Get started</CardTitle>
        <CardDescription>
          {done} of {progress.length} done · from an empty organization to devices in the field.
        </CardDescription>
      </CardHeader>
      <ol className="divide-y divide-slate-100" aria-label="Get started steps">
        {progress.map(({ step, done: finished }, index) => {
          const { title, description, path, icon: Icon } = STEPS[step];
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
                    <span className="sr-only">Step {index + 1}: </span>
                    {title}
                    {finished && <span className="sr-only"> (done)</span>}
                  </span>
                  <span className="block text-sm text-slate-600">{description}</span>
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
