import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { rejectOversizedBody } from "@/server/api/body-limit";
import { appRouter } from "@/server/api/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { getSessionUserId } from "@/server/auth";

async function handler(req: Request) {
  const oversized = rejectOversizedBody(req);
  if (oversized) return oversized;
  const responseHeaders = new Headers();
  const sessionUserId = await getSessionUserId();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createInnerContext({ sessionUserId, ip: clientIp(req.headers), responseHeaders }),
    responseMeta: () => ({ headers: responseHeaders }),
  });
}

export { handler as GET, handler as POST };
