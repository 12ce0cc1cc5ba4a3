import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { endMyOtherSessions, endMySession, listMySessions } from "../components/auth/services.server";
import { nl } from "../../shared/i18n/nl";
import { describeDevice } from "../components/auth/device";
import { formatDutchDateTime } from "../../shared/dutch-time";
import { ErrorSummary } from "../components/auth/FormParts";
import { isRefusal, refuseWith, textField } from "../components/auth/form.server";
import { clearedSessionCookieHeaders, requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromFormService, fromService, type ErrorPayload } from "../lib/service.server";
import {
  Heading1,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";

/** The person's own active sessions, this one first, with dates as people read them. */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const sessions = await fromService(listMySessions(ctx));
  return {
    sessions: sessions
      .sort((a, b) => Number(b.current) - Number(a.current))
      .map((session) => ({
        id: session.id,
        current: session.current,
        device: describeDevice(session.userAgent),
        started: formatDutchDateTime(session.createdAt),
        lastUsed: formatDutchDateTime(session.lastUsedAt),
      })),
  };
};

/** intent=end ends one session (this one: also the cookie, then to /login); intent=end-others the rest. */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = textField(form, "intent");
  if (intent === "end-others") {
    const result = await fromFormService(endMyOtherSessions(ctx));
    if (isRefusal(result)) return refuseWith(result, {});
    return { ok: true as const, message: nl.auth.otherSessionsEnded(result.value.ended) };
  }
  if (intent === "end") {
    const sessionId = textField(form, "sessionId");
    const result = await fromFormService(endMySession(ctx, { sessionId }));
    if (isRefusal(result)) return refuseWith(result, {});
    if (sessionId === ctx.sessionId) return redirect("/login", { headers: clearedSessionCookieHeaders(ctx) });
    return { ok: true as const, message: nl.auth.sessionEnded };
  }
  throw data<ErrorPayload>({ message: nl.validation.invalid }, { status: 400 });
};

export const meta: MetaFunction = () => [{ title: `${nl.auth.sessionsTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.auth.sessionsTitle, to: "/mijn-sessies" }),
};

export default function MySessionsPage() {
  const { sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const hasOthers = sessions.some((session) => !session.current);
  return (
    <>
      <Heading1>{nl.auth.sessionsTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.auth.sessionsIntro}
      </Paragraph>
      {result?.ok && (
        <div role="status" className="rw-success">
          <Paragraph>{result.message}</Paragraph>
        </div>
      )}
      <ErrorSummary problem={result && !result.ok ? result : undefined} fields={{}} />
      <TableContainer>
        <Table className="rw-table">
          <TableCaption className="rw-visually-hidden">{nl.auth.sessionsCaption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{nl.auth.device}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.auth.started}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.auth.lastUsed}</TableHeaderCell>
              <TableHeaderCell scope="col">{nl.auth.sessionAction}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sessions.map((session) => (
              <TableRow key={session.id}>
                <TableHeaderCell scope="row">
                  {session.device}
                  {session.current && (
                    <>
                      {" "}
                      <span className="rw-tag">{nl.auth.thisSession}</span>
                    </>
                  )}
                </TableHeaderCell>
                <TableCell>{session.started}</TableCell>
                <TableCell>{session.lastUsed}</TableCell>
                <TableCell>
                  <Form method="post">
                    <input type="hidden" name="intent" value="end" />
                    <input type="hidden" name="sessionId" value={session.id} />
                    <SecondaryActionButton type="submit" disabled={busy}>
                      {nl.auth.endSession}
                      <span className="rw-visually-hidden"> {nl.auth.endSessionOf(session.device, session.started)}</span>
                    </SecondaryActionButton>
                  </Form>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {hasOthers && (
        <Form method="post" className="rw-form">
          <input type="hidden" name="intent" value="end-others" />
          <div>
            <PrimaryActionButton type="submit" busy={busy}>
              {nl.auth.endOtherSessions}
            </PrimaryActionButton>
          </div>
        </Form>
      )}
    </>
  );
}
