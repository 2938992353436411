import type { Role } from "@/generated/prisma/enums";
import type { RouterOutputs } from "@/lib/trpc";

export type Member = RouterOutputs["member"]["list"][number];
export type PendingInvitation = RouterOutputs["invitation"]["list"][number];

/** Who is looking at the members page, to decide which controls to offer. */
export type Viewer = { userId: string; role: Role; canManage: boolean };

/** Only an owner may grant the owner role or touch an owner (the server enforces it too). */
export function assignableRoles<R extends Role>(roles: readonly R[], viewerRole: Role): R[] {
  return roles.filter((role) => role !== "OWNER" || viewerRole === "OWNER");
}

export function mayManageMember(viewer: Viewer, member: Member): boolean {
  return viewer.canManage && (viewer.role === "OWNER" || member.role !== "OWNER");
}
