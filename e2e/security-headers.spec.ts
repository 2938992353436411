import { expect, test } from "@playwright/test";

test("every page and API answer carries the security headers", async ({ request }) => {
  for (const path of ["/sign-in", "/api/v1/me", "/api/auth/providers"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the manufacturer API refuses a request without a key with a JSON 401", async ({ request }) => {
  const response = await request.get("/api/v1/me");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { data: { code: "UNAUTHORIZED", reason: "INVALID_API_KEY" } } });
});
