import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { limitBody } from "@/server/api/body-limit";
import { appRouter } from "@/server/api/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { getSessionUserId } from "@/server/auth";

async function handler(request: Request) {
  const req = await limitBody(request);
  if (req instanceof Response) return req;
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
