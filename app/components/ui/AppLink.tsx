import { Link, type LinkProps } from "@remix-run/react";
import { forwardRef } from "react";

/** A Remix link (client-side navigation) that looks like an NL Design System link. */
export const AppLink = forwardRef<HTMLAnchorElement, LinkProps>(function AppLink({ className, ...props }, ref) {
  return <Link ref={ref} className={["utrecht-link", "utrecht-link--html-a", className].filter(Boolean).join(" ")} {...props} />;
});
