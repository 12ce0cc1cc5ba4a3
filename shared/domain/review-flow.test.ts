import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "../errors";
import type { Actor } from "../permissions";
import {
  availableEvents,
  daysBetween,
  defaultDeadline,
  describeRefusal,
  effectiveDeadline,
  eventAction,
  eventLabel,
  isCalendarDate,
  isOverdue,
  mayTrigger,
  requireTransition,
  reviewAdvices,
  reviewEvents,
  reviewStates,
  scoresDiffer,
  stateAfterReviews,
  stateLabel,
  type ReviewAdvice,
  type ReviewEvent,
  type ReviewState,
} from "./review-flow";
import { dateInNetherlands } from "../dutch-time";

// Written by hand from DOMAIN.md's table "Review states"; never derived from the module.
// laatste_review_binnen is listed with all-positive advices here; its other outcome below.
const legal: Array<[ReviewState, ReviewEvent, ReviewState]> = [
  ["concept", "indienen", "ingediend"],
  ["concept", "terugtrekken", "teruggetrokken"],
  ["ingediend", "reviewers_toewijzen", "in_review"],
  ["ingediend", "terugtrekken", "teruggetrokken"],
  ["in_review", "reviewers_toewijzen", "in_review"],
  ["in_review", "laatste_review_binnen", "positief_advies"],
  ["in_review", "terugtrekken", "teruggetrokken"],
  ["aanpassen_gevraagd", "opnieuw_indienen", "in_review"],
  ["aanpassen_gevraagd", "terugtrekken", "teruggetrokken"],
  ["positief_advies", "vaststellen", "vastgesteld"],
  ["positief_advies", "terugsturen", "aanpassen_gevraagd"],
  ["positief_advies", "terugtrekken", "teruggetrokken"],
  ["teruggetrokken", "heropenen", "concept"],
];

const isLegal = (state: ReviewState, event: ReviewEvent) => legal.some(([s, e]) => s === state && e === event);

describe("the review state machine", () => {
  it("knows the seven states and eight events with their Dutch labels", () => {
    expect(reviewStates.map(stateLabel)).toEqual(["Concept", "Ingediend", "In review", "Aanpassen gevraagd", "Positief advies", "Vastgesteld", "Teruggetrokken"]);
    expect(reviewEvents.map(eventLabel)).toEqual([
      "Indienen",
      "Reviewers toewijzen",
      "Laatste review binnen",
      "Opnieuw indienen",
      "Vaststellen",
      "Terugsturen",
      "Terugtrekken",
      "Heropenen",
    ]);
  });

  for (const [from, event, to] of legal) {
    it(`${from} --${event}--> ${to}`, () => {
      expect(requireTransition(from, event, { advices: ["positief", "positief_met_aanpassingen"] })).toBe(to);
    });
  }

  const illegal = reviewStates.flatMap((state) => reviewEvents.filter((event) => !isLegal(state, event)).map((event) => [state, event] as const));

  it("refuses every other pair of state and event (43 of 56)", () => {
    expect(illegal).toHaveLength(56 - legal.length);
  });

  for (const [state, event] of illegal) {
    it(`refuses ${event} in ${state}, naming what can happen now`, () => {
      expect(() => requireTransition(state, event, { advices: ["positief"] })).toThrow(InvalidTransitionError);
      expect(() => requireTransition(state, event, { advices: ["positief"] })).toThrow(describeRefusal(state));
    });
  }

  it("says in B1 Dutch what can happen instead", () => {
    expect(describeRefusal("ingediend")).toBe("Dit kan nu niet: de agenda is Ingediend. Wat nu kan: reviewers toewijzen of terugtrekken.");
    expect(describeRefusal("concept")).toBe("Dit kan nu niet: de agenda is Concept. Wat nu kan: indienen of terugtrekken.");
    expect(describeRefusal("in_review")).toBe("Dit kan nu niet: de agenda is In review. Wat nu kan: reviewers toewijzen of terugtrekken.");
    expect(describeRefusal("aanpassen_gevraagd")).toBe("Dit kan nu niet: de agenda is Aanpassen gevraagd. Wat nu kan: opnieuw indienen of terugtrekken.");
    expect(describeRefusal("positief_advies")).toBe("Dit kan nu niet: de agenda is Positief advies. Wat nu kan: vaststellen, terugsturen of terugtrekken.");
    expect(describeRefusal("teruggetrokken")).toBe("Dit kan nu niet: de agenda is Teruggetrokken. Wat nu kan: heropenen.");
    expect(describeRefusal("vastgesteld")).toBe("Dit kan nu niet: de agenda is Vastgesteld. Een vastgestelde agenda verandert niet meer.");
  });
});

describe("the automatic step after the last review", () => {
  const positive: ReviewAdvice[] = ["positief", "positief_met_aanpassingen"];

  it("gives Positief advies exactly when every advice is positief or positief met aanpassingen, for every mix of up to three", () => {
    const mixes: ReviewAdvice[][] = [];
    for (const a of reviewAdvices) {
      mixes.push([a]);
      for (const b of reviewAdvices) {
        mixes.push([a, b]);
        for (const c of reviewAdvices) mixes.push([a, b, c]);
      }
    }
    expect(mixes).toHaveLength(4 + 16 + 64);
    for (const mix of mixes) {
      const expected = mix.every((advice) => positive.includes(advice)) ? "positief_advies" : "aanpassen_gevraagd";
      expect(stateAfterReviews(mix), mix.join(",")).toBe(expected);
      expect(requireTransition("in_review", "laatste_review_binnen", { advices: mix }), mix.join(",")).toBe(expected);
    }
  });

  it("asks for changes as soon as one expert says aanpassen or negatief", () => {
    expect(stateAfterReviews(["positief", "positief", "aanpassen"])).toBe("aanpassen_gevraagd");
    expect(stateAfterReviews(["negatief"])).toBe("aanpassen_gevraagd");
    expect(stateAfterReviews(["positief_met_aanpassingen", "positief_met_aanpassingen"])).toBe("positief_advies");
  });

  it("refuses to decide without any advice (a programming error)", () => {
    expect(() => stateAfterReviews([])).toThrow(RangeError);
    expect(() => requireTransition("in_review", "laatste_review_binnen")).toThrow(RangeError);
  });
});

describe("who may trigger which event", () => {
  const region = "r1";
  const groupAgenda = { regionId: region, groupId: "g1", foundationId: null };
  const foundationAgenda = { regionId: region, groupId: null, foundationId: "f1" };
  const person = (grants: Actor["grants"], userId = "u1"): Actor => ({ userId, regionId: region, grants });
  const office = person([{ role: "programme_office" }]);
  const lead = person([{ role: "group_lead", groupId: "g1" }]);
  const member = person([{ role: "group_member", groupId: "g1" }]);
  const otherLead = person([{ role: "group_lead", groupId: "g2" }]);
  const kwartiermaker = person([{ role: "foundation_lead", foundationId: "f1" }]);
  const expert = person([{ role: "expert" }]);
  const coalition = person([{ role: "coalition" }]);
  const reader = person([{ role: "reader" }]);

  it("maps each event to the action of the policy", () => {
    expect(eventAction).toEqual({
      indienen: "agenda.submit",
      opnieuw_indienen: "agenda.submit",
      heropenen: "agenda.submit",
      reviewers_toewijzen: "review.assign",
      vaststellen: "agenda.adopt",
      terugsturen: "agenda.adopt",
      terugtrekken: "agenda.withdraw",
    });
  });

  it("lets the lead of the owning werkgroep or fundament submit, resubmit, reopen and withdraw", () => {
    for (const event of ["indienen", "opnieuw_indienen", "heropenen", "terugtrekken"] as const) {
      expect(mayTrigger(lead, event, groupAgenda), event).toBe(true);
      expect(mayTrigger(kwartiermaker, event, foundationAgenda), event).toBe(true);
      expect(mayTrigger(otherLead, event, groupAgenda), event).toBe(false);
      expect(mayTrigger(kwartiermaker, event, groupAgenda), event).toBe(false);
      expect(mayTrigger(member, event, groupAgenda), event).toBe(false);
    }
    expect(mayTrigger(office, "terugtrekken", groupAgenda)).toBe(true);
    expect(mayTrigger(office, "indienen", groupAgenda)).toBe(false);
  });

  it("lets the projectbureau and experts (themselves) assign reviewers; only the coalition adopts or sends back", () => {
    expect(mayTrigger(office, "reviewers_toewijzen", groupAgenda)).toBe(true);
    expect(mayTrigger(expert, "reviewers_toewijzen", groupAgenda)).toBe(true);
    expect(mayTrigger(lead, "reviewers_toewijzen", groupAgenda)).toBe(false);
    expect(mayTrigger(null, "reviewers_toewijzen", groupAgenda)).toBe(false);
    for (const event of ["vaststellen", "terugsturen"] as const) {
      expect(mayTrigger(coalition, event, groupAgenda)).toBe(true);
      for (const other of [office, lead, expert, reader]) expect(mayTrigger(other, event, groupAgenda)).toBe(false);
    }
  });

  it("offers only the events the state allows and the person may do, with labels", () => {
    expect(availableEvents(lead, { ...groupAgenda, reviewState: "concept" })).toEqual([
      { event: "indienen", label: "Indienen" },
      { event: "terugtrekken", label: "Terugtrekken" },
    ]);
    expect(availableEvents(office, { ...groupAgenda, reviewState: "ingediend" }).map((e) => e.event)).toEqual(["reviewers_toewijzen", "terugtrekken"]);
    expect(availableEvents(expert, { ...groupAgenda, reviewState: "in_review" }).map((e) => e.event)).toEqual(["reviewers_toewijzen"]);
    expect(availableEvents(coalition, { ...groupAgenda, reviewState: "positief_advies" }).map((e) => e.event)).toEqual(["vaststellen", "terugsturen"]);
    expect(availableEvents(coalition, { ...groupAgenda, reviewState: "in_review" })).toEqual([]);
    expect(availableEvents(lead, { ...groupAgenda, reviewState: "vastgesteld" })).toEqual([]);
    expect(availableEvents(reader, { ...groupAgenda, reviewState: "concept" })).toEqual([]);
    expect(availableEvents(null, { ...groupAgenda, reviewState: "concept" })).toEqual([]);
    expect(availableEvents({ ...coalition, regionId: "elders" }, { ...groupAgenda, reviewState: "positief_advies" })).toEqual([]);
  });
});

describe("deadlines", () => {
  it("defaults to the end of Q2 of the plan year", () => {
    expect(defaultDeadline(2024)).toBe("2024-06-30");
    expect(effectiveDeadline(null, 2025)).toBe("2025-06-30");
    expect(effectiveDeadline("2025-03-31", 2025)).toBe("2025-03-31");
    expect(() => defaultDeadline(24.5)).toThrow(RangeError);
  });

  it("is overdue the day after the deadline, unless adopted or withdrawn", () => {
    expect(isOverdue("2025-06-30", "2025-06-30", "in_review")).toBe(false);
    expect(isOverdue("2025-06-30", "2025-07-01", "in_review")).toBe(true);
    expect(isOverdue("2025-06-30", "2026-01-01", "positief_advies")).toBe(true);
    expect(isOverdue("2025-06-30", "2026-01-01", "concept")).toBe(true);
    expect(isOverdue("2025-06-30", "2026-01-01", "vastgesteld")).toBe(false);
    expect(isOverdue("2025-06-30", "2026-01-01", "teruggetrokken")).toBe(false);
  });

  it("takes today's date in the Netherlands, not in UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in Amsterdam (summer time, UTC+2).
    expect(dateInNetherlands(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(dateInNetherlands(new Date("2025-12-31T22:59:00Z"))).toBe("2025-12-31");
  });

  it("recognises real calendar dates only", () => {
    expect(isCalendarDate("2025-06-30")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-6-30")).toBe(false);
    expect(isCalendarDate("30-06-2025")).toBe(false);
  });

  it("counts whole days of waiting", () => {
    expect(daysBetween(new Date("2025-01-01T10:00:00Z"), new Date("2025-01-01T20:00:00Z"))).toBe(0);
    expect(daysBetween(new Date("2025-01-01T10:00:00Z"), new Date("2025-01-04T10:00:00Z"))).toBe(3);
    expect(daysBetween(new Date("2025-01-04T10:00:00Z"), new Date("2025-01-01T10:00:00Z"))).toBe(0);
  });
});

describe("disagreement between reviewers", () => {
  it("marks a criterion when scores are 2 or more apart", () => {
    expect(scoresDiffer([1, 3])).toBe(true);
    expect(scoresDiffer([4, 2, 3])).toBe(true);
    expect(scoresDiffer([2, 3])).toBe(false);
    expect(scoresDiffer([4])).toBe(false);
    expect(scoresDiffer([])).toBe(false);
  });
});
