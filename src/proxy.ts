import { NextResponse, type NextRequest } from "next/server";
import { createNonce, NONCE_HEADER, pageContentSecurityPolicy } from "@/server/content-security-policy";

/**
 * Gives every page its own script nonce. Next.js reads the nonce from the request's
 * Content-Security-Policy header while it renders and stamps it on every script it emits
 * (bootstrap, flight data, chunks), so the same policy goes on the request and the response.
 * Prefetches are not skipped: a browser may keep a prefetched document and show it.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // Overwrites whatever the client sent under these names.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set(NONCE_HEADER, nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Not /api/…: a proxied request's body is buffered in memory for the proxy (up to 10 MB),
  // which would undo the streaming body limits of the API and the Stripe webhook. Those
  // answers, and /_next/… assets, get a fixed policy from next.config.js instead.
  matcher: ["/((?!api/|_next/).*)"],
};
