import { describe, expect, it } from "vitest";
import { filterPeople, readPeopleFilter, type FilterablePerson } from "./people-filter";

const person = (name: string, email: string, extra: Partial<FilterablePerson> = {}): FilterablePerson => ({
  name,
  email,
  organisation: "Gemeente Almere",
  active: true,
  hasPassword: true,
  roles: [],
  ...extra,
});

const people = [
  person("Loïs de Vries", "lois@almere.nl", { roles: [{ role: "group_member" }] }),
  person("Karim Kwartiermaker", "kwartiermaker@demo.nl", { organisation: "Zilveren Kruis", roles: [{ role: "foundation_lead" }, { role: "reader" }] }),
  person("Nieuwe Collega", "nieuw@demo.nl", { hasPassword: false, roles: [{ role: "group_member" }] }),
  person("Oud Lid", "oud@demo.nl", { active: false }),
];
const names = (list: FilterablePerson[]) => list.map((p) => p.name);
const filter = (query: string) => readPeopleFilter(new URLSearchParams(query));

describe("the people filter of /beheer/mensen", () => {
  it("finds people by a word of their name, e-mail address or organisation, without caring about accents or case", () => {
    expect(names(filterPeople(people, filter("zoek=lois")))).toEqual(["Loïs de Vries"]);
    expect(names(filterPeople(people, filter("zoek=ZILVEREN")))).toEqual(["Karim Kwartiermaker"]);
    expect(names(filterPeople(people, filter("zoek=demo.nl kruis")))).toEqual(["Karim Kwartiermaker"]);
    expect(filterPeople(people, filter("zoek=bestaatniet"))).toEqual([]);
  });

  it("narrows by role and by status, and combines them", () => {
    expect(names(filterPeople(people, filter("rol=group_member")))).toEqual(["Loïs de Vries", "Nieuwe Collega"]);
    expect(names(filterPeople(people, filter("status=uitnodiging-open")))).toEqual(["Nieuwe Collega"]);
    expect(names(filterPeople(people, filter("status=uitgeschakeld")))).toEqual(["Oud Lid"]);
    expect(names(filterPeople(people, filter("rol=group_member&status=actief")))).toEqual(["Loïs de Vries"]);
  });

  it("shows everyone for an empty filter or values it does not know (an old or hand-made link)", () => {
    expect(filterPeople(people, filter(""))).toHaveLength(4);
    expect(filter("rol=koning&status=weg&zoek=%20%20")).toEqual({ query: "", role: "", status: "" });
  });
});
