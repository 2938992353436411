import { afterAll, beforeAll } from "vitest";
import { startMailSink } from "./mail-sink";

/**
 * A mail sink on `port` for the test file that calls it: started before its tests, closed after.
 * SMTP_URL must already point at the port (set it in `vi.hoisted`, before the env loads).
 */
export function suiteMailSink(port: number) {
  let sink: Awaited<ReturnType<typeof startMailSink>> | null = null;
  beforeAll(async () => {
    sink = await startMailSink(port);
  });
  afterAll(() => sink?.close());
  return { mailsTo: (email: string) => sink?.mailsTo(email) ?? [] };
}
