import { inject } from "vitest";

// Runs before each test file's imports are evaluated, so the database module connects to
// the run's fresh database. Small pools: the embedded server multiplexes few connections.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE = "3";
process.env.LOG_LEVEL ??= "error";
