/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits 0; exits 1 if stopping takes longer
 * than `timeoutMs` (a stuck request must not keep a process alive forever).
 */
export function onShutdown(stop: () => Promise<unknown>, timeoutMs = 15_000): void {
  let stopping = false;
  const handle = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(1), timeoutMs).unref();
  };
  process.on("SIGINT", handle);
  process.on("SIGTERM", handle);
}
