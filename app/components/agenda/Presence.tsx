import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import type { CollabIdentity } from "../../../shared/collab/identity";
import { nl } from "../../../shared/i18n/nl";

const t = nl.agenda.presence;

/** The people in the document now, one entry per person (several tabs count once), me first. */
export function peopleIn(awareness: Awareness, me: CollabIdentity): CollabIdentity[] {
  const people = new Map<string, CollabIdentity>();
  for (const state of awareness.getStates().values()) {
    const user = (state as { user?: Partial<CollabIdentity> } | null)?.user;
    if (user && typeof user.id === "string" && typeof user.name === "string" && typeof user.color === "string" && !people.has(user.id)) {
      people.set(user.id, { id: user.id, name: user.name, color: user.color });
    }
  }
  people.delete(me.id);
  return [me, ...[...people.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"))];
}

export function Presence({ awareness, me }: { awareness: Awareness; me: CollabIdentity }) {
  const [people, setPeople] = useState(() => peopleIn(awareness, me));
  useEffect(() => {
    const update = () => setPeople(peopleIn(awareness, me));
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [awareness, me]);
  return (
    <section className="rw-agenda-presence" aria-labelledby="agenda-aanwezig">
      <h2 id="agenda-aanwezig" className="utrecht-heading-3">
        {t.title}
      </h2>
      <ul className="rw-agenda-presence__list">
        {people.map((person) => (
          <li key={person.id} className="rw-agenda-presence__person" data-user-id={person.id}>
            <span className="rw-agenda-presence__swatch" style={{ backgroundColor: person.color }} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span>
              {person.name}
              {person.id === me.id && <span className="rw-muted"> {t.you}</span>}
            </span>
          </li>
        ))}
      </ul>
      {people.length === 1 && <p className="rw-muted rw-agenda-presence__alone">{t.alone}</p>}
    </section>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")).toUpperCase();
}
