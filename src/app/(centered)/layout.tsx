import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";

/** Pages outside an organization (sign-in, invitations, first organization): one centered card. */
export default function CenteredLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10 sm:py-16">
      <Link href="/" className="mb-8 rounded-md" aria-label="Anima home">
        <Logo />
      </Link>
      <main className="w-full max-w-md">{children}</main>
    </div>
  );
}
