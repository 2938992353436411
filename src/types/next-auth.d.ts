import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** the user's token version when the session was issued (see console-sessions.ts) */
    tokenVersion?: number;
    /** when the user signed in (ms since epoch): bounds the session's total lifetime */
    signedInAt?: number;
  }
  interface User {
    tokenVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    tv?: number;
    signedInAt?: number;
  }
}
