/** A werkgroep or fundament as the URLs name it. */
export interface OwnerRef {
  kind: "werkgroep" | "fundament";
  slug: string;
}

/**
 * A page of a werkgroep or fundament: "/werkgroepen/<slug>" or "/fundamenten/<slug>", then
 * `rest` ("/agenda", "/agenda/review#…"). The one place that spells these URLs, for links in
 * pages and in notifications alike.
 */
export function ownerPath(owner: OwnerRef, rest = ""): string {
  return `/${owner.kind === "werkgroep" ? "werkgroepen" : "fundamenten"}/${encodeURIComponent(owner.slug)}${rest}`;
}
