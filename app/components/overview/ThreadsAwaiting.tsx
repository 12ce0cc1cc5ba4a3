import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { TimeAgo } from "../ui/TimeAgo";
import { ownerPath } from "../../../shared/owner-paths";

const t = nl.overview;

export interface AwaitingThread {
  id: string;
  quote: string;
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  last: { authorName: string | null; body: string; at: Date | string };
}

/** The agenda page with this thread opened in its comments rail. */
function threadHref(thread: AwaitingThread): string {
  return ownerPath(thread.owner, `/agenda#reactie-${thread.id}`);
}

/**
 * Open comment threads that wait for the person: a question from outside on their own agenda,
 * or an answer in a thread they took part in. Each shows the passage, the last comment and the
 * way to it. Shown when something waits, or to people with a werkgroep or fundament of their own.
 */
export function ThreadsAwaiting({ threads, always, now }: { threads: AwaitingThread[]; always: boolean; now: number }) {
  if (threads.length === 0 && !always) return null;
  return (
    <section className="rw-section" aria-labelledby="reacties-wachten">
      <Heading2 id="reacties-wachten">
        {t.threadsTitle} <span className="rw-muted">({threads.length})</span>
      </Heading2>
      {threads.length === 0 ? (
        <Paragraph>{t.threadsEmpty}</Paragraph>
      ) : (
        <ul className="rw-plain-list rw-awaiting-threads">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Paragraph className="rw-muted">{t.threadsOn(thread.owner.name)}</Paragraph>
              <blockquote className="rw-awaiting-threads__quote">{thread.quote}</blockquote>
              <Paragraph>
                <strong>{t.threadsLast(thread.last.authorName)}</strong> (<TimeAgo moment={thread.last.at} now={now} />): {thread.last.body}
              </Paragraph>
              <Paragraph>
                <AppLink to={threadHref(thread)}>{t.threadsOpen}</AppLink>
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
