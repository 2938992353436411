import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The card every centered page (sign-in, invite, …) puts its content in. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Card className="px-6 py-8 sm:px-8">
      <h1 className="text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-6">{children}</div>
    </Card>
  );
}
