"use client";

import { redirect, usePathname, useSearchParams } from "next/navigation";

/**
 * Sends a signed-out visitor to sign in and back to the exact page they asked for.
 * A layout cannot see the pathname on the server, but a client component rendered on the
 * server can, and `redirect()` during that render still answers with an HTTP redirect.
 */
export function RedirectToSignIn(): never {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const here = search ? `${pathname}?${search}` : pathname;
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
}
