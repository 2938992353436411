import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/features/api-docs/api-reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("metaTitle") };
}

/** `/docs/api`: the OpenAPI reference of /api/v1, public like the document it renders. */
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  return (
    <main>
      <h1 className="sr-only">{t("heading")}</h1>
      <ApiReference />
    </main>
  );
}
