import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Problem = "invalid" | "used" | "revoked" | "expired";

/** Why a set-up, reset or verification link cannot be used, and the way forward. */
export function LinkProblem({ problem }: { problem: Problem }) {
  const t = useTranslations("auth.linkProblem");
  return (
    <div className="space-y-5">
      <p role="status" className="flex items-start gap-2 text-sm text-slate-700">
        <CircleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
        {t(problem)}
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Button asChild>
          <Link href="/sign-in">{t("signIn")}</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/forgot-password">{t("newLink")}</Link>
        </Button>
      </div>
    </div>
  );
}
