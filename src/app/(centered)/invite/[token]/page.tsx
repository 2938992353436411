import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteView } from "@/features/invitations/invite-view";
import { getSessionUser } from "@/server/console/org-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("metaTitle") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getSessionUser();
  return <InviteView token={token} signedInEmail={user?.email ?? null} />;
}
