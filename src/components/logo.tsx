import { cn } from "@/lib/utils";

/** The Anima wordmark: a simple mark plus the name, in the brand color. */
export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900", className)}>
      <svg viewBox="0 0 24 24" className="size-7" aria-hidden>
        <rect width="24" height="24" rx="6" className="fill-brand-600" />
        <path d="M7 17.5 12 6l5 11.5M9.2 13h5.6" fill="none" stroke="white" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      Anima
    </span>
  );
}
