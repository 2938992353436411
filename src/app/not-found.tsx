import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/logo";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** Also what non-members see for an organization: its existence is not revealed. */
export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo />
      <div>
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">Page not found</h1>
        <p className="mt-2 max-w-sm text-sm text-slate-600">
          This page does not exist, or you do not have access to it. Check the address, or ask an owner of the
          organization to invite you.
        </p>
      </div>
      <Button asChild>
        <Link href="/">Go to your console</Link>
      </Button>
    </main>
  );
}
