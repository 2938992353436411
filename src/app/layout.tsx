import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Anima", template: "%s · Anima" },
  description: "Console and billing for AI hardware fleets",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page's scripts carry the nonce of its request (src/proxy.ts): a page prerendered at
  // build time would hold scripts without it, which the browser refuses, and never hydrate.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Messages and locale come from src/i18n/request.ts for this request. */}
        <NextIntlClientProvider>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
