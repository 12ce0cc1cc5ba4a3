/**
 * Routes describe their place in the breadcrumb through `handle.breadcrumb`; the layout
 * reads them from useMatches() so every page answers "where am I in the plan?".
 */
export interface Crumb {
  label: string;
  to: string;
}

export interface RouteHandle {
  /** One crumb, or several when the page shows something inside itself (the board and its open card). */
  breadcrumb?: (match: { data: unknown; params: Record<string, string | undefined> }) => Crumb | Crumb[] | null;
}
