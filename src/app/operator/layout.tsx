import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getSessionUser } from "@/server/console/org-access";
import { OperatorShell } from "@/features/operator/operator-shell";
import { RedirectToSignIn } from "@/features/console/redirect-to-sign-in";

/** Anima staff only. Everyone else gets the 404 page: the operator area is not advertised. */
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) return <RedirectToSignIn />;
  if (!user.isOperator || !user.emailVerified) notFound();
  return <OperatorShell email={user.email}>{children}</OperatorShell>;
}
