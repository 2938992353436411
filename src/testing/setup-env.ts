import { inject } from "vitest";

// Runs before each test file's imports are evaluated, so the database module connects to
// the run's fresh database (see global-setup.ts for the pool size on the embedded one).
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = String(inject("poolSize"));
// The embedded database runs every connection in one session, where named statements collide (db.ts).
if (inject("databaseKind") === "pglite") process.env.DATABASE_PREPARED_STATEMENTS = "off";
process.env.LOG_LEVEL ??= "error";
// Tests run hundreds of concurrent operations on a pool of 3 on a busy CI machine: they check
// correctness under contention, not load shedding (gateway-faults sets its own short timeout).
process.env.DATABASE_CONNECT_TIMEOUT_MS ??= "30000";
process.env.DEVICE_SECRET_KEY ??= "test-device-secret-key-0123456789abcdef";
process.env.STRIPE_WEBHOOK_SECRET ??= "whsec_test_anima_0123456789abcdef";
// The run's database is a real server (or an embedded one npm start did not mark): purchases
// would be unavailable. Tests buy in the local mode unless a file chooses otherwise.
process.env.PAYMENTS_MODE ??= "local";
process.env.SIGNING_KEY_SECRET ??= "test-signing-key-secret-0123456789abcdef";
