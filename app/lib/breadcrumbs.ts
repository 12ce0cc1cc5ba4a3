/**
 * Routes describe their place in the breadcrumb through `handle.breadcrumb`; the layout
 * reads them from useMatches() so every page answers "where am I in the plan?".
 */
export interface Crumb {
  label: string;
  to: string;
}

export interface RouteHandle {
  breadcrumb?: (match: { data: unknown; params: Record<string, string | undefined> }) => Crumb | null;
}
