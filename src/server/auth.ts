import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { encodeSignInRefusal } from "@/shared/sign-in-refusal";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { safeCallbackUrl } from "@/lib/callback-url";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { db } from "./db";
import { env } from "./env";
import { AppError } from "./errors";
import { currentSessionUserId, sessionIdleSeconds } from "./modules/auth/console-sessions";
import { ZSignInInput } from "./modules/auth/schemas";
import { authenticateWithPassword } from "./modules/auth/users";
import { linkOAuthAccount, providerVerifiedEmail } from "./modules/auth/oauth";

function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_ID && env.GOOGLE_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET }));
  }
  return providers;
}

/** The OAuth providers configured through env, for the sign-in page. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.name }));
}

function headerValue(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : null;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // The idle lifetime; each read of the session re-issues the cookie (sliding). The total
  // lifetime and the token version are checked on every request by getSessionUserId.
  session: { strategy: "jwt", maxAge: sessionIdleSeconds() },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignInInput.safeParse(credentials);
        if (!parsed.success) throw new Error(encodeSignInRefusal("INVALID_INPUT", "Enter your email and password."));
        // Set by the console's HTTP server from the socket and TRUSTED_PROXIES (client-address.ts).
        const ip = headerValue(req.headers, CLIENT_ADDRESS_HEADER);
        try {
          const user = await authenticateWithPassword(db, parsed.data.email, parsed.data.password, ip);
          return { id: user.id, email: user.email, name: user.name, tokenVersion: user.tokenVersion };
        } catch (error) {
          // next-auth forwards the thrown message to the sign-in form: the reason travels with it, for translation.
          if (error instanceof AppError) throw new Error(encodeSignInRefusal(error.reason, error.message, error.retryAfterSeconds));
          throw error;
        }
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account?.type === "oauth" && user.email) {
        const linked = await linkOAuthAccount(db, account, {
          email: user.email,
          name: user.name ?? profile?.name ?? null,
          image: user.image ?? null,
          verified: providerVerifiedEmail(profile),
        });
        Object.assign(token, { sub: linked.id, tv: linked.tokenVersion, signedInAt: Date.now() });
      } else if (user) {
        Object.assign(token, { sub: user.id, tv: user.tokenVersion, signedInAt: Date.now() });
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user = { ...session.user, id: token.sub };
      return { ...session, tokenVersion: token.tv, signedInAt: token.signedInAt };
    },
    // Only same-origin destinations after sign-in or sign-out (see safeCallbackUrl).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackUrl(path)}`;
    },
  },
};

/**
 * The signed-in user's id in a server component or route handler, or null. The session
 * must still hold (account exists, token version current, total lifetime not exceeded).
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return currentSessionUserId(db, { userId: session.user.id, tokenVersion: session.tokenVersion, signedInAt: session.signedInAt });
}
