"use client";

import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";
import type { Viewer } from "./types";

/** The members settings page: invite (managers only), members, pending invitations (managers only). */
export function MembersSection({ orgSlug, viewer }: { orgSlug: string; viewer: Viewer }) {
  return (
    <div className="space-y-6">
      {viewer.canManage ? <InviteForm orgSlug={orgSlug} viewerRole={viewer.role} /> : null}
      <MembersTable orgSlug={orgSlug} viewer={viewer} />
      {viewer.canManage ? <InvitationsTable orgSlug={orgSlug} /> : null}
    </div>
  );
}
