import type { Metadata } from "next";
import { InviteView } from "@/features/invitations/invite-view";
import { getSessionUser } from "@/server/console/org-access";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getSessionUser();
  return <InviteView token={token} signedInEmail={user?.email ?? null} />;
}
