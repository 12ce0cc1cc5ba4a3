import { Paragraph } from "@utrecht/component-library-react";
import { formatDutchDateTime } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { DiffView } from "../agenda/VersionsPage";
import type { ResolvedThread, ReviewPageData } from "./review-page-data";

const t = nl.reviewUi;

/** "Wat is er veranderd sinds de vorige review": a native <details>, so it works by keyboard and without JavaScript. */
export function ChangesToggle({ changes, resolved }: { changes: NonNullable<ReviewPageData["review"]["changesSinceReview"]>; resolved: ResolvedThread[] }) {
  const side = (number: number) => ({
    kind: "version" as const,
    version: {
      number,
      name: "",
      reason: "submit",
      createdAt: new Date(0),
      authorName: null,
    },
  });
  return (
    <details className="rw-review-details rw-review-changes">
      <summary>{t.changesToggle}</summary>
      <Paragraph>{t.changesIntro(changes.fromVersion, changes.toVersion)}</Paragraph>
      <DiffView
        diff={{
          from: side(changes.fromVersion),
          to: side(changes.toVersion),
          chunks: changes.chunks,
          insertedWords: changes.insertedWords,
          deletedWords: changes.deletedWords,
        }}
      />
      <p>
        <strong>{t.resolvedThreadsTitle(changes.fromVersion)}</strong>
      </p>
      {resolved.length === 0 ? (
        <Paragraph>{t.resolvedThreadsNone(changes.fromVersion)}</Paragraph>
      ) : (
        <ul className="rw-review-resolved">
          {resolved.map((thread) => (
            <li key={thread.id}>
              <q>{thread.quote}</q>
              {thread.firstComment && <> - {thread.firstComment}</>}{" "}
              <span className="rw-muted">
                ({t.resolvedThreadBy(thread.authorName ?? t.unknownPerson, thread.resolvedByName ?? t.unknownPerson)},{" "}
                <time dateTime={new Date(thread.resolvedAt).toISOString()}>{formatDutchDateTime(thread.resolvedAt)}</time>)
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
