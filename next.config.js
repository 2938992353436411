import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */

// Pages get a policy with a fresh script nonce from src/proxy.ts. What the proxy does not
// see (API answers, /_next/ assets) is data, not a page: it may load nothing and be framed
// by no one. The two sources are disjoint so a response never carries two policies.
const dataContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // CI (.ci/run) typechecks the whole project with tsc before the tests build the console;
  // checking the same files again inside `next build` only costs CI time. Elsewhere the build checks.
  typescript: { ignoreBuildErrors: process.env.ANIMA_TYPECHECKED === "1" },
  // Keep the build output out of the way of the embedded database directory.
  serverExternalPackages: ["pg", "ioredis", "nodemailer", "pdfkit"],
  experimental: {
    // src/proxy.ts runs on every page request, and Next.js buffers a proxied request's body in
    // memory (10 MB by default) so that both the proxy and the page could read it. No page
    // reads a body (no Server Actions; forms post to /api/…): keep the buffer small. Raise it
    // before adding a Server Action, or its larger bodies arrive cut short.
    proxyClientMaxBodySize: "64kb",
  },
  async headers() {
    const dataPolicy = [{ key: "Content-Security-Policy", value: dataContentSecurityPolicy }];
    return [
      { source: "/:path*", headers: securityHeaders },
      // `:path+`: not /api or /_next themselves, which are pages (404s) the proxy handles.
      { source: "/api/:path+", headers: dataPolicy },
      { source: "/_next/:path+", headers: dataPolicy },
    ];
  },
};

// The console's languages (docs/i18n.md): messages and locale per request, no locale in URLs.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(nextConfig);
