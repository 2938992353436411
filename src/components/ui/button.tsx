import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { LoaderCircle } from "lucide-react";
import { useId, type ComponentProps, type MouseEvent } from "react";
import { cn } from "@/lib/utils";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-2 rounded-md text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-white shadow-sm hover:bg-brand-700",
        secondary: "border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50",
        danger: "bg-red-600 text-white shadow-sm hover:bg-red-700 focus-visible:outline-red-600",
        ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        /** a quiet destructive action in a table row (revoke, remove) */
        "danger-ghost": "text-red-700 hover:bg-red-50 hover:text-red-800 focus-visible:outline-red-600",
      },
      size: {
        sm: "h-8 px-3",
        md: "h-9 px-4",
        lg: "h-11 px-5 text-base",
        icon: "size-9",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the child element (e.g. a Link) with button styles instead of a <button>. */
    asChild?: boolean;
    /** Shows a spinner and disables the button while a request is in flight. */
    pending?: boolean;
    /**
     * Why the action is unavailable (set: the button is off). Unlike `disabled` it keeps the
     * button focusable and hoverable, so the reason shows as a tooltip and is read out as
     * its description: a disabled action always says why.
     */
    disabledReason?: string | null;
  };

/** The one button of the console. Icon-only buttons must pass `aria-label`. */
export function Button({ className, variant, size, asChild, pending, disabled, children, type, disabledReason, ...props }: ButtonProps) {
  const classes = cn(buttonVariants({ variant, size }), className);
  const reasonId = useId();
  if (asChild) {
    return (
      <Slot className={classes} {...props}>
        {children}
      </Slot>
    );
  }
  if (disabledReason) {
    const { onClick: _onClick, "aria-describedby": describedBy, ...rest } = props;
    const refuse = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
    return (
      <>
        <button
          type={type ?? "button"}
          className={cn(classes, "cursor-not-allowed opacity-60")}
          aria-disabled
          title={disabledReason}
          aria-describedby={[describedBy, reasonId].filter(Boolean).join(" ")}
          onClick={refuse}
          {...rest}
        >
          {children}
        </button>
        <span id={reasonId} className="sr-only">
          {disabledReason}
        </span>
      </>
    );
  }
  return (
    <button
      type={type ?? "button"}
      className={classes}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...props}
    >
      {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
      {children}
    </button>
  );
}
