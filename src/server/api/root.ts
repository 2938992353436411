import { accountRouter } from "./routers/account";
import { alertRouter, notificationRouter } from "./routers/alert";
import { apiKeyRouter } from "./routers/api-key";
import { auditRouter } from "./routers/audit";
import { deviceRouter } from "./routers/device";
import { economicsRouter } from "./routers/economics";
import { fleetRouter } from "./routers/fleet";
import { invitationRouter } from "./routers/invitation";
import { billingRouter } from "./routers/billing";
import { licenseRouter } from "./routers/license";
import { memberRouter } from "./routers/member";
import { operatorRouter } from "./routers/operator";
import { quoteRouter } from "./routers/quote";
import { organizationRouter } from "./routers/organization";
import { rolloutRouter } from "./routers/rollout";
import { skuRouter } from "./routers/sku";
import { skuConfigRouter } from "./routers/sku-config";
import { webhookRouter } from "./routers/webhook";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** The console UI's router (superjson), served at /api/trpc. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  organization: organizationRouter,
  member: memberRouter,
  invitation: invitationRouter,
  apiKey: apiKeyRouter,
  audit: auditRouter,
  sku: skuRouter,
  skuConfig: skuConfigRouter,
  rollout: rolloutRouter,
  webhook: webhookRouter,
  alert: alertRouter,
  notification: notificationRouter,
  device: deviceRouter,
  license: licenseRouter,
  billing: billingRouter,
  quote: quoteRouter,
  economics: economicsRouter,
  fleet: fleetRouter,
  operator: operatorRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
