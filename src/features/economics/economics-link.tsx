import { Calculator } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** "Unit economics": from Usage and Licenses to what a device costs per month. */
export function EconomicsLink({ orgSlug }: { orgSlug: string }) {
  return (
    <Button asChild variant="secondary">
      <Link href={`/o/${orgSlug}/usage/economics`}>
        <Calculator aria-hidden />
        Unit economics
      </Link>
    </Button>
  );
}
