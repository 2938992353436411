/**
 * The tRPC wiring: contexts and the named procedure bases every router builds on.
 * Two tRPC instances: the console UI (superjson) and the public manufacturer API
 * (no transformer, so plain HTTP clients can call it).
 */
import { initTRPC, type TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";
import { db as defaultDb, type Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { justWait, type CommitWait } from "@/server/group-commit";
import type { Actor, UserActor } from "@/server/modules/audit/record-audit";
import { authenticateApiKey } from "@/server/modules/api-keys/api-keys";
import { findSessionUser } from "@/server/modules/auth/users";
import { findOrgAccessBySlug } from "@/server/modules/organizations/organizations";
import { can, scopeGrants, type ApiScope, type Permission } from "@/shared/permissions";
import { ZOrgSlug } from "@/shared/slug";
import { validateInLanguage } from "@/server/validation-language";
import { toTRPCError } from "./errors";
import { assertStorableInput } from "./storable-input";

/** Everything a procedure needs, independent of HTTP — tests build it directly. */
export type InnerContext = {
  db: Db;
  /** the signed-in user's id from the session, if any */
  sessionUserId: string | null;
  /** the raw `Authorization` header, for API-key procedures */
  authorization: string | null;
  ip: string | null;
  /** headers to set on the HTTP response (e.g. Retry-After) */
  responseHeaders: Headers;
  /** how the request waits for a group commit (the gateway parks it, see overload.ts) */
  waitForCommit: CommitWait;
  /** the console language of the request (cookie, saved choice, Accept-Language), read on demand: what mail an action sends on the user's behalf is written in */
  consoleLocale: () => Promise<Locale>;
};

export function createInnerContext(opts: Partial<InnerContext> = {}): InnerContext {
  return {
    db: opts.db ?? defaultDb,
    sessionUserId: opts.sessionUserId ?? null,
    authorization: opts.authorization ?? null,
    ip: opts.ip ?? null,
    responseHeaders: opts.responseHeaders ?? new Headers(),
    waitForCommit: opts.waitForCommit ?? justWait,
    consoleLocale: opts.consoleLocale ?? (async () => DEFAULT_LOCALE),
  };
}

/**
 * The client address of a console request, as the console's HTTP server resolved it from the
 * socket and TRUSTED_PROXIES (client-address.ts). X-Forwarded-For is never read here.
 */
export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER);
}

function formatIssues(error: ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** One error shape for both routers: readable message, stable `reason`, zod issues. */
const errorFormatter = ({ shape, error }: { shape: { message: string; code: number; data: object }; error: TRPCError }) => {
  const zodError = error.cause instanceof ZodError ? error.cause : null;
  const { stack: _stack, ...data } = shape.data as { stack?: string };
  return {
    ...shape,
    message: zodError ? `Invalid input: ${formatIssues(zodError)}` : shape.message,
    data: {
      ...data,
      reason: error.cause instanceof AppError ? error.cause.reason : zodError ? "INVALID_INPUT" : undefined,
      details: error.cause instanceof AppError ? error.cause.details : undefined,
      issues: zodError ? zodError.issues.map(({ path, message, code }) => ({ path, message, code })) : undefined,
    },
  };
};

const t = initTRPC.context<InnerContext>().create({ transformer: superjson, errorFormatter });
/**
 * What the OpenAPI document (v1/openapi.ts) says of a manufacturer API procedure: `scope` is set
 * by apiKeyProcedure, `summary` and `example` (an input that parses) by each procedure.
 */
export type ApiMeta = { scope?: ApiScope | "any"; summary?: string; description?: string; example?: unknown };

const tApi = initTRPC.context<InnerContext>().meta<ApiMeta>().create({ errorFormatter });

/** Maps module errors (AppError, database faults) to tRPC errors, and sets Retry-After. */
const mapErrors = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error, ctx.responseHeaders);
  return result;
});
const mapApiErrors = tApi.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error, ctx.responseHeaders);
  return result;
});

/** Every procedure: text the database cannot store is bad input (400), not a failed query (500). */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  assertStorableInput(await getRawInput());
  return next();
});
const refuseUnstorableApiText = tApi.middleware(async ({ getRawInput, next }) => {
  assertStorableInput(await getRawInput());
  return next();
});

// ── console UI ───────────────────────────────────────────────────────────────

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The console's input checks speak the console's language (the API's stay English). */
const inConsoleLanguage = t.middleware(async ({ ctx, next }) => validateInLanguage(await ctx.consoleLocale(), next));

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapErrors).use(inConsoleLanguage).use(refuseUnstorableText);

/** A signed-in user whose account still exists; `ctx.user` and `ctx.actor` (who audit entries name) are injected. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const user = ctx.sessionUserId ? await findSessionUser(ctx.db, ctx.sessionUserId) : null;
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.", { reason: "SIGN_IN_REQUIRED" });
  const actor: UserActor = { type: "user", userId: user.id };
  return next({ ctx: { user, actor } });
});

/**
 * A signed-in user whose email is proven (verification, set-up, reset or invitation link, or a
 * provider that vouches for it): only such accounts may create or run anything.
 */
export const verifiedProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.emailVerified) {
    throw new AppError("FORBIDDEN", "Confirm your email address first: open the link we sent you.", { reason: "EMAIL_NOT_VERIFIED" });
  }
  return next();
});

/** Anima staff (User.isOperator): the package catalog and cross-organization seat grants. */
export const operatorProcedure = verifiedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isOperator) throw new AppError("FORBIDDEN", "Only Anima operators can do this.", { reason: "OPERATOR_ONLY" });
  return next();
});

/**
 * A member of the organization named by `input.orgSlug` holding `permission`. The
 * membership and role are read from the database on every call; `ctx.org` is injected.
 * Non-members get NOT_FOUND, so an organization's existence is not revealed. An operator's
 * read-only view reads as a viewer and may change nothing, whatever the permission.
 */
export function orgProcedure(permission: Permission) {
  return protectedProcedure.input(z.object({ orgSlug: ZOrgSlug })).use(async ({ ctx, input, type, next }) => {
    const org = await findOrgAccessBySlug(ctx.db, ctx.user, input.orgSlug);
    if (!org) throw new AppError("NOT_FOUND", "Organization not found.", { reason: "ORG_NOT_FOUND" });
    if (org.operatorView && type !== "query") {
      throw new AppError("FORBIDDEN", "This is a read-only operator view: nothing can be changed from it.", { reason: "OPERATOR_VIEW_READ_ONLY" });
    }
    if (!can(org.role, permission)) {
      throw new AppError("FORBIDDEN", `Your role (${org.role.toLowerCase()}) cannot do this.`, { reason: "ROLE_NOT_ALLOWED" });
    }
    return next({ ctx: { org } });
  });
}

// ── manufacturer API (/api/v1) ───────────────────────────────────────────────

export const createApiRouter = tApi.router;
export const createApiCallerFactory = tApi.createCallerFactory;

/** The base of every procedure without superjson (manufacturer API, device API): error mapping and storable text. */
export const plainApiProcedure = tApi.procedure.use(mapApiErrors).use(refuseUnstorableApiText);

/**
 * An API key of one organization holding `scope` (null: any valid key).
 * `ctx.apiKey` carries the organization; nothing else may choose the tenant. `ctx.actor` names the key.
 */
export function apiKeyProcedure(scope: ApiScope | null) {
  return plainApiProcedure.meta({ scope: scope ?? "any" }).use(async ({ ctx, next }) => {
    const bearer = ctx.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
    const apiKey = await authenticateApiKey(ctx.db, bearer);
    if (!scopeGrants(apiKey.scopes, scope)) {
      const limited = apiKey.limitedBy ? ` (its creator's role is now ${apiKey.limitedBy.toLowerCase()})` : "";
      throw new AppError("FORBIDDEN", `This API key lacks the "${scope}" scope${limited}.`, { reason: "SCOPE_MISSING" });
    }
    const actor: Actor = { type: "apiKey", apiKeyId: apiKey.apiKeyId };
    return next({ ctx: { apiKey, actor } });
  });
}

// ── device gateway (/trpc on the gateway): procedures in api/device/procedures.ts ──

export const createDeviceRouter = tApi.router;
export const createDeviceCallerFactory = tApi.createCallerFactory;
