/** The machine's ceiling for the boot benchmark: bare node:http answering a JSON echo. */
import { createServer } from "node:http";

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" }).end(`{"result":{"data":${Buffer.concat(chunks).toString() || "{}"}}}`);
  });
});
server.listen(Number(process.env.PORT), () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
