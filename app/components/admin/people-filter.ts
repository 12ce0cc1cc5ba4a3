import { roleNames } from "../../../shared/schemas/people";

// The filter of /beheer/mensen: a word from the name, e-mail address or organisation, a role
// and a status, read from the URL (?zoek=&rol=&status=) so a filtered list can be shared and
// survives the page reloading after an action.

type RoleName = (typeof roleNames)[number];
export const personStates = ["actief", "uitnodiging-open", "uitgeschakeld"] as const;
export type PersonState = (typeof personStates)[number];

export interface PeopleFilter {
  query: string;
  role: RoleName | "";
  status: PersonState | "";
}

export interface FilterablePerson {
  name: string;
  email: string;
  organisation: string;
  active: boolean;
  hasPassword: boolean;
  roles: ReadonlyArray<{ role: string }>;
}

/** Unknown roles or states in the URL count as "all" (an old link still shows the list). */
export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  const role = params.get("rol") ?? "";
  const status = params.get("status") ?? "";
  return {
    query: (params.get("zoek") ?? "").trim().slice(0, 200),
    role: (roleNames as readonly string[]).includes(role) ? (role as RoleName) : "",
    status: (personStates as readonly string[]).includes(status) ? (status as PersonState) : "",
  };
}

export function isFiltered(filter: PeopleFilter): boolean {
  return filter.query !== "" || filter.role !== "" || filter.status !== "";
}

/** Lower case without accents, so "Loïs" matches "lois". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function stateOf(person: Pick<FilterablePerson, "active" | "hasPassword">): PersonState {
  if (!person.active) return "uitgeschakeld";
  return person.hasPassword ? "actief" : "uitnodiging-open";
}

/** The people that match every part of the filter; each word of the query must occur somewhere. */
export function filterPeople<T extends FilterablePerson>(people: readonly T[], filter: PeopleFilter): T[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return people.filter((person) => {
    if (filter.role && !person.roles.some((r) => r.role === filter.role)) return false;
    if (filter.status && stateOf(person) !== filter.status) return false;
    const haystack = fold(`${person.name} ${person.email} ${person.organisation}`);
    return words.every((word) => haystack.includes(word));
  });
}
