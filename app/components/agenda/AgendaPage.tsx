import { useLocation } from "@remix-run/react";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { nl } from "../../../shared/i18n/nl";
import { useLiveBoard } from "../../lib/live-board";
import { AgendaStatus, type AgendaStatusData } from "../review/AgendaStatus";
import { AppLink } from "../ui/AppLink";
import { AgendaEditor, AgendaLoading } from "./AgendaEditor";
import type { ChipStatus } from "./status-chips";
import { ChipStatusContext } from "./status-chips";
import { ownerPath } from "../../../shared/owner-paths";
import { useReadingAs } from "../../lib/reading-role";

const t = nl.agenda;

export interface AgendaPageData {
  agenda: { id: string; kind: "transformatieagenda" | "werkagenda" | string; reviewState: string; owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } };
  access: "read" | "write" | "none";
  me: { id: string; name: string; color: string };
  statuses: Record<string, ChipStatus>;
  live: { topic: "board" | "workplan"; id: string };
  /** The agenda's review state and deadline (shown under the title), when the route loads it. */
  review?: AgendaStatusData | null;
}

/**
 * The chips' statuses, fresh after every change the board (or werkagenda) announces. Fetched
 * on their own rather than by reloading the page: the editor keeps working offline, and a
 * failed fetch just waits for the next announcement (or the polling fallback).
 */
function useLiveStatuses(initial: Record<string, ChipStatus>, live: AgendaPageData["live"], path: string) {
  const [statuses, setStatuses] = useState(initial);
  useEffect(() => setStatuses(initial), [initial]);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    fetch(path, { headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) return;
        const body = (await response.json()) as { statuses: Record<string, ChipStatus> };
        // An older answer that arrives late does not overwrite a newer one.
        if (request === latest.current) setStatuses(body.statuses);
      })
      .catch(() => undefined);
  }, [path]);
  useLiveBoard(live.topic, live.id, { reload });
  return statuses;
}

/** Why this person reads but does not write. */
export function readOnlyNoteFor(data: Pick<AgendaPageData, "agenda">, readingAs: string | null): string {
  if (data.agenda.reviewState === "vastgesteld") return t.readOnly.adopted;
  return data.agenda.owner.kind === "werkgroep" ? t.readOnly.group(readingAs) : t.readOnly.foundation(readingAs);
}

export function agendaBasePath(owner: AgendaPageData["agenda"]["owner"]): string {
  return ownerPath(owner, "/agenda");
}

/**
 * The agenda tab of a werkgroep or fundament. The server renders the frame and a loading line;
 * the editor itself runs only in the browser (it needs the socket and the offline store).
 * Status chips follow the board (or werkagenda) live: its events reload the page's data.
 */
export function AgendaPage({ data }: { data: AgendaPageData }) {
  const { agenda, me, live } = data;
  const location = useLocation();
  const readingAs = useReadingAs();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const kind = agenda.kind === "werkagenda" ? "werkagenda" : "transformatieagenda";
  const base = agendaBasePath(agenda.owner);
  const statuses = useLiveStatuses(data.statuses, live, `${base}/statussen`);
  return (
    <section aria-labelledby="agenda-titel" className="rw-agenda-section" data-agenda-id={agenda.id}>
      <Heading2 id="agenda-titel">{t.title[kind]}</Heading2>
      {data.review !== undefined && <AgendaStatus status={data.review} reviewPath={`${base}/review`} />}
      <Paragraph>{t.intro[kind]}</Paragraph>
      <p className="rw-agenda-versions-link">
        <AppLink to={`${base}/versies`}>{t.versionsLink}</AppLink>
        <span className="rw-muted"> {t.versionsLinkHint}</span>
        {" · "}
        <AppLink to={`${base}/afdrukken`}>{t.print.link}</AppLink>
      </p>
      <ChipStatusContext.Provider value={statuses}>
        {hydrated ? (
          <AgendaEditor
            agendaId={agenda.id}
            me={me}
            initialAccess={data.access === "write" ? "write" : "read"}
            readOnlyNote={readOnlyNoteFor(data, readingAs)}
            loginPath={`/login?naar=${encodeURIComponent(location.pathname)}`}
          />
        ) : (
          <AgendaLoading />
        )}
      </ChipStatusContext.Provider>
      <noscript>
        <p className="rw-agenda-readonly">{t.noScript}</p>
      </noscript>
    </section>
  );
}
