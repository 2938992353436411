import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/console/org-access";
import { db } from "@/server/db";
import { listMyOrganizations } from "@/server/modules/organizations/organizations";

/** The front door only routes: to sign-in, to the first organization, to the operator console, or to create one. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const [first] = await listMyOrganizations(db, user.id);
  if (first) redirect(`/o/${first.slug}`);
  redirect(user.isOperator && user.emailVerified ? "/operator" : "/orgs/new");
}
