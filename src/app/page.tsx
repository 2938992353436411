import { redirect } from "next/navigation";
import { db } from "@/server/db";
import { getSessionUserId } from "@/server/auth";
import { listMyOrganizations } from "@/server/modules/organizations/organizations";

/** The front door only routes: to sign-in, to the first organization, to the operator console, or to create one. */
export default async function Home() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/sign-in");
  const [first] = await listMyOrganizations(db, userId);
  if (first) redirect(`/o/${first.slug}`);
  const user = await db.user.findUnique({ where: { id: userId }, select: { isOperator: true } });
  redirect(user?.isOperator ? "/operator" : "/orgs/new");
}
