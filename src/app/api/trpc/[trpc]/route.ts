import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getLocale } from "next-intl/server";
import { limitBody } from "@/server/api/body-limit";
import { maxBatchCalls, refuseLargeBatch } from "@/server/api/batch-limit";
import { appRouter } from "@/server/api/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";
import { getSessionUserId } from "@/server/auth";

const ENDPOINT = "/api/trpc";

async function handler(request: Request) {
  const sessionUserId = await getSessionUserId();
  const signedIn = sessionUserId !== null;
  const refused = refuseLargeBatch(request, ENDPOINT, signedIn);
  if (refused) return refused;
  const req = await limitBody(request);
  if (req instanceof Response) return req;
  const responseHeaders = new Headers();
  // Read once per HTTP request (a batch's calls share it): every console call validates in it.
  let locale: ReturnType<typeof getLocale> | undefined;
  const consoleLocale = () => (locale ??= getLocale());
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    // The same cap enforced by tRPC on the batch it parsed: a backstop should its split ever differ from ours.
    maxBatchSize: maxBatchCalls(signedIn),
    createContext: () => createInnerContext({ sessionUserId, ip: clientIp(req.headers), responseHeaders, consoleLocale }),
    responseMeta: () => ({ headers: responseHeaders }),
  });
}

export { handler as GET, handler as POST };
