import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

const PROBLEMS = {
  invalid: "This link is not valid. Check that you copied all of it.",
  used: "This link was already used. Each link works once.",
  revoked: "A newer link replaced this one: use the most recent link you received.",
  expired: "This link has expired.",
} as const;

/** Why a set-up, reset or verification link cannot be used, and the way forward. */
export function LinkProblem({ problem }: { problem: keyof typeof PROBLEMS }) {
  return (
    <div className="space-y-5">
      <p role="status" className="flex items-start gap-2 text-sm text-slate-700">
        <CircleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
        {PROBLEMS[problem]}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Button asChild>
          <Link href="/sign-in">Sign in</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/forgot-password">Get a new link</Link>
        </Button>
      </div>
    </div>
  );
}
