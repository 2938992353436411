import type { SeededDemo } from "../../prisma/seed";

/** `lines` in a box of `#`, so the message stands out in a start log. */
function boxed(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "#".repeat(width + 4);
  return [rule, ...lines.map((line) => `# ${line.padEnd(width)} #`), rule].join("\n");
}

/**
 * Tells whoever starts the product how to sign in to the demo. On the embedded database, one
 * line (the README's accounts). On a real database, a boxed WARNING on stderr: public
 * passwords on a real database are a risk someone must have chosen knowingly. The operator's
 * generated password appears here, once: it is not stored anywhere else in clear.
 */
export function announceDemo(demo: SeededDemo, out: Pick<Console, "log" | "error"> = console): void {
  if (!demo.realDatabase) {
    out.log(`▸ demo organization "${demo.orgName}" — sign in as ${demo.email} / ${demo.password}`);
    return;
  }
  const operator = {
    generated: `${demo.operatorEmail} (Anima operator: every organization) has the password ${demo.operatorPassword}`,
    env: `${demo.operatorEmail} (Anima operator) has the password set in ANIMA_DEMO_OPERATOR_PASSWORD.`,
    unchanged: `${demo.operatorEmail} (Anima operator) keeps the password it was given when first seeded.`,
    readme: `${demo.operatorEmail} (Anima operator) has the README password.`,
  }[demo.operatorPasswordSource];
  const lines = [
    "WARNING: demo accounts seeded on a real database (ANIMA_SEED_DEMO=1).",
    "",
    `${demo.email} and its teammates sign in to "${demo.orgName}" with the README's`,
    `public password (${demo.password}): anyone who has read the README can.`,
    operator,
    ...(demo.operatorPasswordSource === "generated" ? ["It is shown only this once: note it now."] : []),
    "",
    "Do not do this on a database that holds real tenants: unset ANIMA_SEED_DEMO",
    "and delete these accounts before real use.",
  ];
  out.error(`\n${boxed(lines)}\n`);
}
