import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { limitBody } from "@/server/api/body-limit";
import { apiV1Router } from "@/server/api/v1/root";
import { clientIp, createInnerContext } from "@/server/api/trpc";

/** The manufacturer API: API-key auth only, never the browser session. */
async function handler(request: Request) {
  const req = await limitBody(request);
  if (req instanceof Response) return req;
  const responseHeaders = new Headers();
  return fetchRequestHandler({
    endpoint: "/api/v1",
    req,
    router: apiV1Router,
    // Each call is its own request: batching would make a factory line wait on its slowest call.
    allowBatching: false,
    createContext: () =>
      createInnerContext({ authorization: req.headers.get("authorization"), ip: clientIp(req.headers), responseHeaders }),
    responseMeta: () => ({ headers: responseHeaders }),
  });
}

export { handler as GET, handler as POST };
