import type { Metadata } from "next";
import { connection } from "next/server";
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
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
