import { z } from "zod";

// Runs before any component module in the browser. Zod compiles object parsers with
// `new Function` when it can, and probes for that the first time a schema is built: the
// pages' policy refuses eval (src/server/content-security-policy.ts), so the probe would be
// reported as a policy violation on every page that imports a schema. The forms' schemas
// are small; interpreting them costs nothing noticeable.
z.config({ jitless: true });
