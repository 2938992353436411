import { ArrowRight, Boxes, KeyRound, Ticket, UserPlus, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type Step = { title: string; description: string; path: string; icon: LucideIcon };

const STEPS: Step[] = [
  {
    title: "Invite your team",
    description: "Add engineers, sales and viewers with the right role.",
    path: "settings/members",
    icon: UserPlus,
  },
  {
    title: "Create an API key",
    description: "Let your factory line or backend register devices.",
    path: "settings/api-keys",
    icon: KeyRound,
  },
  { title: "Register SKUs", description: "Describe each device model you ship.", path: "skus", icon: Boxes },
  { title: "Buy licenses", description: "One seat per device, priced up front.", path: "licenses", icon: Ticket },
];

/** First steps for a new organization, each a link to the page where it is done. */
export function GetStarted({ orgSlug }: { orgSlug: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Get started</CardTitle>
        <CardDescription>Four steps from an empty organization to devices in the field.</CardDescription>
      </CardHeader>
      <ol className="divide-y divide-slate-100">
        {STEPS.map(({ title, description, path, icon: Icon }, index) => (
          <li key={path}>
            <Link
              href={`/o/${orgSlug}/${path}`}
              className="group flex items-center gap-4 px-5 py-4 transition-colors hover:bg-slate-50"
            >
              <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <Icon className="size-4" aria-hidden />
              </span>
              <span className="min-w-0 flex-1">
                <span className="block text-sm font-medium text-slate-900">
                  <span className="sr-only">Step {index + 1}: </span>
                  {title}
                </span>
                <span className="block text-sm text-slate-600">{description}</span>
              </span>
              <ArrowRight className="size-4 shrink-0 text-slate-400 group-hover:text-brand-600" aria-hidden />
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
