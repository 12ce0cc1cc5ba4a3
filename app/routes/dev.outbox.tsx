import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { listOutbox } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { formatDutchDateTime } from "../../shared/dutch-time";
import type { RouteHandle } from "../lib/breadcrumbs";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";

/** E-mail that stayed in the outbox, newest first; a 404 in production. */
export const loader = async ({ context: { ctx } }: LoaderFunctionArgs) => {
  if (ctx.production) throw new Response(null, { status: 404 });
  const emails = await listOutbox(ctx.db);
  return {
    emails: emails.map((email) => ({
      id: String(email.id),
      to: email.to,
      subject: email.subject,
      body: email.body,
      time: formatDutchDateTime(email.createdAt),
      sent: email.sentAt !== null,
    })),
  };
};

export const meta: MetaFunction = () => [{ title: `${nl.auth.outboxTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.auth.outboxTitle, to: "/dev/outbox" }),
};

const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

/**
 * The body with its links clickable. Links point at PUBLIC_URL (or localhost:PORT), which
 * need not be the host this page was opened on, so each link keeps only its path.
 */
function BodyWithLinks({ body }: { body: string }) {
  const parts: ReactNode[] = body.split(urlPattern).map((part, index) => {
    if (index % 2 === 0) return part;
    try {
      const url = new URL(part);
      const path = `${url.pathname}${url.search}${url.hash}`;
      return (
        <a key={index} className="utrecht-link utrecht-link--html-a" href={path}>
          {path}
        </a>
      );
    } catch {
      return part;
    }
  });
  return <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{parts}</pre>;
}

export default function OutboxPage() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{nl.auth.outboxTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.auth.outboxIntro}
      </Paragraph>
      <Paragraph role="status">{emails.length === 0 ? nl.auth.outboxEmpty : nl.auth.outboxCount(emails.length)}</Paragraph>
      {emails.map((email) => (
        <article key={email.id} className="rw-section" aria-labelledby={`email-${email.id}`}>
          <Heading2 id={`email-${email.id}`}>{email.subject}</Heading2>
          <dl>
            <dt>{nl.auth.outboxTo}</dt>
            <dd>{email.to}</dd>
            <dt>{nl.auth.outboxTime}</dt>
            <dd>{email.time}</dd>
            <dt>{nl.auth.outboxStatus}</dt>
            <dd>{email.sent ? nl.auth.outboxSent : nl.auth.outboxNotSent}</dd>
          </dl>
          <BodyWithLinks body={email.body} />
        </article>
      ))}
    </>
  );
}
