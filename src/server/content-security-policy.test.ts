import { describe, expect, it } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "./content-security-policy";

const directive = (policy: string, name: string) =>
  policy.split(";").map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? "";

describe("pageContentSecurityPolicy", () => {
  it("lets scripts run by nonce only: no 'unsafe-inline', 'strict-dynamic', no eval in production", () => {
    const scripts = directive(pageContentSecurityPolicy("abc123==", { dev: false }), "script-src");
    expect(scripts.split(" ")).toEqual(["script-src", "'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it("allows eval on the development server only", () => {
    const dev = pageContentSecurityPolicy("abc123==", { dev: true });
    expect(directive(dev, "script-src")).toContain("'unsafe-eval'");
    expect(directive(dev, "script-src")).not.toContain("'unsafe-inline'");
    expect(directive(dev, "connect-src")).toBe("connect-src 'self'");
  });

  it("keeps the rest of the policy: no framing, no plugins, no foreign base or form targets", () => {
    const policy = pageContentSecurityPolicy("abc123==", { dev: false });
    for (const part of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(policy).toContain(part);
    }
  });
});

describe("createNonce", () => {
  it("is fresh each time and spelled as Next.js reads it from the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    // Next.js only stamps a nonce that matches this (get-script-nonce-from-header).
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/_-]{22}={0,2}$/);
  });
});
