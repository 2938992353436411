import type { Metadata } from "next";
import { ApiReference } from "@/features/api-docs/api-reference";

export const metadata: Metadata = { title: "Manufacturer API reference" };

/** `/docs/api`: the OpenAPI reference of /api/v1, public like the document it renders. */
export default function ApiDocsPage() {
  return (
    <main>
      <h1 className="sr-only">Anima manufacturer API reference</h1>
      <ApiReference />
    </main>
  );
}
