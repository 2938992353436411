import type { ReactNode } from "react";

/** `<strong>` in the centered pages' messages (an email address in a sentence): `t.rich(key, { strong })`. */
export const strong = (chunks: ReactNode) => <span className="font-medium text-slate-900">{chunks}</span>;
