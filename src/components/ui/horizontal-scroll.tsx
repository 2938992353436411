"use client";

import { ChevronsRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/lib/utils";

type Overflow = { left: boolean; right: boolean };

/**
 * A sideways-scrolling box that shows when there is more to see: a shadow on the side that
 * hides content and, while anything hides to the right, a "Scroll for more" line under it.
 * When it scrolls it is a focusable region, so keyboard users can scroll it with the arrows.
 */
export function HorizontalScroll({ label, children }: { label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useTranslations("common.scroll");
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });

  const measure = useCallback(() => {
    const box = ref.current;
    if (!box) return;
    // 1 px of slack: browsers round scroll positions at fractional zoom levels.
    const next = { left: box.scrollLeft > 1, right: box.scrollLeft + box.clientWidth < box.scrollWidth - 1 };
    setOverflow((current) => (current.left === next.left && current.right === next.right ? current : next));
  }, []);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);

  const scrolls = overflow.left || overflow.right;
  return (
    <div className="relative w-full">
      <div
        ref={ref}
        onScroll={measure}
        data-overflow-right={overflow.right}
        className="group/scroll relative w-full overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-500"
        {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": label ? t("region", { label }) : t("regionUnnamed") } : {})}
      >
        {children}
      </div>
      <Shade side="left" visible={overflow.left} />
      <Shade side="right" visible={overflow.right} />
      {overflow.right ? (
        <p className="flex items-center justify-end gap-1 border-t border-slate-100 px-4 py-1.5 text-xs text-slate-500" data-testid="scroll-cue">
          {t("more")}
          <ChevronsRight className="size-3.5" aria-hidden />
        </p>
      ) : null}
    </div>
  );
}

function Shade({ side, visible }: { side: "left" | "right"; visible: boolean }) {
  return (
    <div
      aria-hidden
      className={cn(
        "pointer-events-none absolute top-0 bottom-0 w-6 transition-opacity",
        side === "left" ? "left-0 bg-gradient-to-r" : "right-0 bg-gradient-to-l",
        "from-slate-900/15 to-transparent",
        visible ? "opacity-100" : "opacity-0",
      )}
    />
  );
}
