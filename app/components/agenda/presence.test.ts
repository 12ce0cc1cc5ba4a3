import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { peopleIn } from "./Presence";

const me = { id: "u-me", name: "Lotte Lid", color: "#1d4ed8" };

/** An awareness with the given remote states (client id -> state), as the provider would hold them. */
function awarenessWith(states: Array<Record<string, unknown> | null>) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalStateField("user", me);
  states.forEach((state, index) => {
    if (state) awareness.states.set(1000 + index, state);
  });
  return awareness;
}

describe("peopleIn", () => {
  it("lists each person once (several tabs count once), me first, the others by name", () => {
    const lars = { id: "u-lars", name: "Lars Lid", color: "#b91c1c" };
    const bram = { id: "u-bram", name: "Bram Begeleider", color: "#047857" };
    const awareness = awarenessWith([{ user: lars }, { user: bram, cursor: null }, { user: lars }, { user: me }]);
    expect(peopleIn(awareness, me).map((p) => p.name)).toEqual(["Lotte Lid", "Bram Begeleider", "Lars Lid"]);
  });

  it("ignores states without a complete identity", () => {
    const awareness = awarenessWith([{}, { user: { id: "u-x", name: "Zonder kleur" } }, { cursor: {} }]);
    expect(peopleIn(awareness, me)).toEqual([me]);
  });
});
