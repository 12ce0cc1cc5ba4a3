import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Heading1, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { formatDutchDateTime } from "../../shared/dutch-time";
import { timeAgo } from "../components/board/model";
import notificationStyles from "../components/notifications/notifications.css";
import { ErrorSummary } from "../components/auth/FormParts";
import { AppLink } from "../components/ui/AppLink";
import { isRefusal, refuseWith, textField } from "../components/auth/form.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { listMyNotifications, markAllRead, markRead } from "../lib/notifications.server";
import { fromFormService, fromService, type ErrorPayload } from "../lib/service.server";

// The signed-in person's notifications (issue 7, point 6): newest first, unread marked, each
// leading to what it is about; "Gelezen" per item and "Alles gelezen" are plain form posts.

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { unread, notifications } = await fromService(listMyNotifications(ctx, {}));
  const now = ctx.now().getTime();
  return {
    unread,
    notifications: notifications.map((n) => ({
      id: n.id,
      text: n.text,
      link: n.link,
      read: n.read,
      // "3 dagen geleden", with the date and time on hover; both made here, so SSR and hydration agree.
      ago: timeAgo(n.createdAt, now),
      time: formatDutchDateTime(n.createdAt),
      dateTime: new Date(n.createdAt).toISOString(),
    })),
  };
};

/** intent=read marks one notification read, intent=all every one. */
export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  const form = await request.formData();
  const intent = textField(form, "intent");
  if (intent === "all") {
    const result = await fromFormService(markAllRead(ctx));
    if (isRefusal(result)) return refuseWith(result, {});
    return { ok: true as const, message: nl.notifications.markedAllRead(result.value.marked) };
  }
  if (intent === "read") {
    const result = await fromFormService(markRead(ctx, { ids: [textField(form, "id")] }));
    if (isRefusal(result)) return refuseWith(result, {});
    return { ok: true as const, message: nl.notifications.markedRead };
  }
  throw data<ErrorPayload>({ message: nl.validation.invalid }, { status: 400 });
};

export const links: LinksFunction = () => [{ rel: "stylesheet", href: notificationStyles }];

export const meta: MetaFunction = () => [{ title: `${nl.notifications.title} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.notifications.title, to: "/meldingen" }),
};

export default function NotificationsPage() {
  const { unread, notifications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const m = nl.notifications;
  return (
    <>
      <Heading1>{m.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {m.intro}
      </Paragraph>
      {result?.ok && (
        <div role="status" className="rw-success">
          <Paragraph>{result.message}</Paragraph>
        </div>
      )}
      <ErrorSummary problem={result && !result.ok ? result : undefined} fields={{}} />
      {/* With no notifications at all, "none" below says it; the unread count would say it twice. */}
      {notifications.length > 0 && <Paragraph>{m.unreadCount(unread)}</Paragraph>}
      {unread > 0 && (
        <Form method="post" className="rw-form">
          <input type="hidden" name="intent" value="all" />
          <div>
            <PrimaryActionButton type="submit" busy={busy}>
              {m.markAllRead}
            </PrimaryActionButton>
          </div>
        </Form>
      )}
      {notifications.length === 0 ? (
        <Paragraph>{m.none}</Paragraph>
      ) : (
        <ul className="rw-notifications" aria-label={m.title}>
          {notifications.map((n) => (
            <li key={n.id} className={n.read ? "rw-notification" : "rw-notification rw-notification--unread"}>
              <Paragraph className="rw-notification__text">
                {!n.read && (
                  <>
                    <span className="rw-tag rw-notification__new">{m.unread}</span>{" "}
                  </>
                )}
                {n.text}
              </Paragraph>
              <Paragraph className="rw-notification__meta">
                <time dateTime={n.dateTime} title={n.time}>
                  {n.ago}
                </time>
                {" · "}
                <AppLink to={n.link}>
                  {m.open}
                  <span className="rw-visually-hidden">{m.markReadOf(n.text)}</span>
                </AppLink>
              </Paragraph>
              {!n.read && (
                <Form method="post">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={n.id} />
                  <SecondaryActionButton type="submit" disabled={busy}>
                    {m.markRead}
                    <span className="rw-visually-hidden">{m.markReadOf(n.text)}</span>
                  </SecondaryActionButton>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
