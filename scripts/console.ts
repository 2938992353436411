/**
 * The console's HTTP server: Next.js behind a small node:http server that resolves the client
 * address from the socket and TRUSTED_PROXIES, and refuses what Next should never see
 * (src/server/console-http.ts). `npm start` runs it; `--dev` serves the development build.
 */
import { createServer } from "node:http";
import next from "next";
import { prepareConsoleRequest } from "@/server/console-http";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const app = next({ dev, port, turbopack: dev });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    if (prepareConsoleRequest(req, res)) void handle(req, res);
  });
  server.listen(port, () => console.log(`▸ console listening on :${port} (${dev ? "development" : "production"})`));
  // In-flight requests finish; a client that keeps its connection open does not hold the exit.
  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
