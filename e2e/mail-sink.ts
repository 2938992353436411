/**
 * The end-to-end tests' mailbox: an SMTP server (port E2E_SMTP_PORT) the console sends to,
 * and GET /mails?to=<email> on E2E_MAIL_PORT to read what arrived (Playwright starts it).
 */
import { createServer } from "node:http";
import { startMailSink } from "../src/testing/mail-sink";

const sink = await startMailSink(Number(process.env.E2E_SMTP_PORT));
createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const to = url.searchParams.get("to");
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(to ? sink.mailsTo(to) : []));
}).listen(Number(process.env.E2E_MAIL_PORT), "127.0.0.1", () => console.log(`mail sink: ${sink.url}`));
