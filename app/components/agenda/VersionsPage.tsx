import { Form, useActionData, useLocation, useNavigation } from "@remix-run/react";
import { Button, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import type { DiffChunk } from "../../../shared/domain/text-diff";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextField } from "../admin/Fields";
import { AppLink } from "../ui/AppLink";
import { TimeAgo } from "../ui/TimeAgo";
import { agendaBasePath, type AgendaPageData } from "./AgendaPage";
import { FrozenDocument } from "./FrozenDocument";
import { ChipStatusContext, type ChipStatus } from "./status-chips";
import { VersionComments } from "./VersionComments";

const t = nl.versions;
const p = nl.agenda.versionsPage;

interface VersionSummary {
  number: number;
  name: string;
  reason: string;
  createdAt: Date | string;
  authorName: string | null;
}

type DiffSide = { kind: "version"; version: VersionSummary } | { kind: "live" };

export interface VersionsPageData {
  agenda: AgendaPageData["agenda"];
  versions: VersionSummary[];
  canFreeze: boolean;
  /** The version opened read-only: its text, document (JSON) and Yjs state (base64, to comment on it). */
  opened: (VersionSummary & { text: string; document: unknown; state: string }) | null;
  diff: { from: DiffSide; to: DiffSide; chunks: DiffChunk[]; insertedWords: number; deletedWords: number } | null;
  frozenMessage: string | null;
  statuses: Record<string, ChipStatus>;
  now: number;
}

interface FreezeRefusal {
  ok: false;
  message: string;
  issues: Array<{ path: string; message: string }>;
}

function labelOf(version: VersionSummary) {
  return t.versionLabel(version.number, version.name);
}

function sideLabel(side: DiffSide) {
  return side.kind === "live" ? t.live : labelOf(side.version);
}

/**
 * An agenda's versions: freeze the live text under a name (a plain form that works without
 * JavaScript), open a version read-only, and compare two versions or a version with the live
 * text. The comparison marks insertions and deletions by more than colour: underlined or
 * struck through, and named for screen readers.
 */
export function VersionsPage({ data }: { data: VersionsPageData }) {
  const { agenda, versions, canFreeze, opened, diff, frozenMessage, now } = data;
  const base = agendaBasePath(agenda.owner);
  const location = useLocation();
  const result = useRef<HTMLHeadingElement>(null);
  const [frozenEditor, setFrozenEditor] = useState<Editor | null>(null);
  // After opening a version or a comparison, reading continues at its heading.
  useEffect(() => {
    if ((opened || diff) && location.search) result.current?.focus();
  }, [opened, diff, location.search]);

  return (
    <section aria-labelledby="versies-titel" className="rw-agenda-section">
      <Heading2 id="versies-titel">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <p>
        <AppLink to={base}>{p.backToAgenda}</AppLink>
      </p>
      <div role="status" aria-live="polite">
        {frozenMessage && (
          <div className="rw-success">
            <Paragraph>{frozenMessage}</Paragraph>
          </div>
        )}
      </div>

      {diff && (
        <section aria-labelledby="versies-resultaat" className="rw-versions-result">
          <Heading3 id="versies-resultaat" ref={result} tabIndex={-1}>
            {p.diffTitle(sideLabel(diff.from), sideLabel(diff.to))}
          </Heading3>
          <DiffView diff={diff} />
        </section>
      )}

      {opened && !diff && (
        <section aria-labelledby="versies-resultaat" className="rw-versions-result">
          <Heading3 id="versies-resultaat" ref={result} tabIndex={-1}>
            {p.openedTitle(labelOf(opened))}
          </Heading3>
          <Paragraph className="rw-agenda-readonly">{t.readOnly}</Paragraph>
          <p>
            <AppLink to={`${base}/versies?van=${opened.number}&tot=live`}>{p.compareWithLive(labelOf(opened))}</AppLink>
            {" · "}
            <AppLink to={`${base}/afdrukken?versie=${opened.number}`}>{nl.agenda.print.link}</AppLink>
          </p>
          <ChipStatusContext.Provider value={data.statuses}>
            <FrozenDocument
              document={opened.document}
              label={labelOf(opened)}
              fallback={<div className="rw-version-text">{opened.text}</div>}
              onEditor={setFrozenEditor}
            />
          </ChipStatusContext.Provider>
          <VersionComments agendaId={agenda.id} versionNumber={opened.number} state={opened.state} editor={frozenEditor} agendaPath={base} />
        </section>
      )}

      {canFreeze ? <FreezeForm /> : <Paragraph className="rw-muted">{p.freezeOnlyMembers}</Paragraph>}

      {versions.length > 0 && <CompareForm versions={versions} diff={diff} action={`${base}/versies`} />}

      <section aria-labelledby="versies-lijst">
        <Heading3 id="versies-lijst">{p.listTitle}</Heading3>
        {versions.length === 0 ? (
          <Paragraph>{t.noVersions}</Paragraph>
        ) : (
          <ol className="rw-versions-list" reversed>
            {versions.map((version) => (
              <li key={version.number} aria-current={opened?.number === version.number ? "true" : undefined}>
                <AppLink to={`${base}/versies?versie=${version.number}`} aria-label={p.open(labelOf(version))}>
                  {labelOf(version)}
                </AppLink>
                <p className="rw-muted">
                  {t.reasons[version.reason as keyof typeof t.reasons] ?? ""} ·{" "}
                  {t.byOn(version.authorName ?? t.unknownAuthor, "")}
                  <TimeAgo moment={version.createdAt} now={now} className="" />
                  {" · "}
                  <AppLink to={`${base}/versies?van=${version.number}&tot=live`}>{p.compareWithLive(labelOf(version))}</AppLink>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

function FreezeForm() {
  const refusal = useActionData<FreezeRefusal>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "freeze";
  const nameError = refusal?.issues.find((issue) => issue.path === "name")?.message ?? (refusal && !refusal.ok ? refusal.message : undefined);
  return (
    <Form method="post" className="rw-form" aria-labelledby="versie-vastleggen">
      <Heading3 id="versie-vastleggen">{p.freezeTitle}</Heading3>
      <input type="hidden" name="intent" value="freeze" />
      <AdminTextField id="versie-naam" name="name" label={t.nameLabel} description={t.nameHint} autoComplete="off" required error={nameError} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t.freezeButton}
        </Button>
      </div>
    </Form>
  );
}

function CompareForm({ versions, diff, action }: { versions: VersionSummary[]; diff: VersionsPageData["diff"]; action: string }) {
  const from = diff?.from.kind === "version" ? diff.from.version.number : versions[0]!.number;
  const to = diff ? (diff.to.kind === "live" ? "live" : String(diff.to.version.number)) : "live";
  return (
    <Form method="get" action={action} aria-labelledby="versies-vergelijken">
      <Heading3 id="versies-vergelijken">{t.compareTitle}</Heading3>
      <div className="rw-compare-form">
        <div>
          <label htmlFor="vergelijk-van">{t.compareFrom}</label>
          <select id="vergelijk-van" name="van" defaultValue={String(from)} className="utrecht-select utrecht-select--html-select" key={`van-${from}`}>
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                {labelOf(version)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="vergelijk-tot">{t.compareTo}</label>
          <select id="vergelijk-tot" name="tot" defaultValue={to} className="utrecht-select utrecht-select--html-select" key={`tot-${to}`}>
            <option value="live">{t.live}</option>
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                {labelOf(version)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" appearance="secondary-action-button">
          {t.compareButton}
        </Button>
      </div>
    </Form>
  );
}

/** The inline diff: <ins> underlined, <del> struck through, each named for screen readers. */
export function DiffView({ diff }: { diff: NonNullable<VersionsPageData["diff"]> }) {
  const sameSide = diff.from.kind === "version" && diff.to.kind === "version" && diff.from.version.number === diff.to.version.number;
  const changed = diff.insertedWords > 0 || diff.deletedWords > 0 || diff.chunks.some((chunk) => chunk.kind !== "same");
  return (
    <>
      {sameSide && <Paragraph>{p.diffSameSide}</Paragraph>}
      {!sameSide && !changed && <Paragraph>{t.noChanges}</Paragraph>}
      {changed && (
        <>
          <Paragraph className="rw-diff-summary">{t.diffSummary(diff.insertedWords, diff.deletedWords)}</Paragraph>
          <ul className="rw-diff-legend" aria-label={p.diffLegend}>
            <li>
              <ins>{t.inserted}</ins>
            </li>
            <li>
              <del>{t.deleted}</del>
            </li>
          </ul>
        </>
      )}
      <div className="rw-diff" data-testid="diff">
        {diff.chunks.map((chunk, index) =>
          chunk.kind === "inserted" ? (
            <ins key={index}>
              <span className="rw-visually-hidden">{p.diffInsertedStart}</span>
              {chunk.text}
              <span className="rw-visually-hidden">{p.diffInsertedEnd}</span>
            </ins>
          ) : chunk.kind === "deleted" ? (
            <del key={index}>
              <span className="rw-visually-hidden">{p.diffDeletedStart}</span>
              {chunk.text}
              <span className="rw-visually-hidden">{p.diffDeletedEnd}</span>
            </del>
          ) : (
            <UnchangedText key={index} text={chunk.text} first={index === 0} last={index === diff.chunks.length - 1} />
          ),
        )}
      </div>
    </>
  );
}

/** Lines of context kept around a change; longer unchanged stretches fold away (and open on request). */
const contextLines = 2;

/**
 * An unchanged stretch of text. Long ones show only the lines next to the changes; the rest
 * sits in a native <details> ("12 regels zonder wijzigingen"), which works by keyboard and
 * without JavaScript.
 */
function UnchangedText({ text, first, last }: { text: string; first: boolean; last: boolean }) {
  const lines = text.split("\n");
  const keepStart = first ? 0 : contextLines + 1;
  const keepEnd = last ? 0 : contextLines + 1;
  if (lines.length <= keepStart + keepEnd + 3) return <span>{text}</span>;
  const head = lines.slice(0, keepStart).join("\n");
  const hidden = lines.slice(keepStart, lines.length - keepEnd);
  const tail = lines.slice(lines.length - keepEnd).join("\n");
  return (
    <>
      {keepStart > 0 && <span>{head}</span>}
      <details className="rw-diff-fold">
        <summary>{p.unchangedLines(hidden.filter((line) => line.trim() !== "").length)}</summary>
        <span>{hidden.join("\n")}</span>
      </details>
      {keepEnd > 0 && <span>{tail}</span>}
    </>
  );
}
