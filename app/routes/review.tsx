import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import reviewStyles from "../components/review/review.css";
import { ReviewOverview, type AgendaRow } from "../components/review/ReviewOverview";
import { loadReviewOverview } from "../components/review/review.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

/** The expert team's queue and every agenda's review state. */
export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadReviewOverview(ctx);
};

export const meta: MetaFunction = () => [{ title: `${nl.reviewUi.queueTitle} - ${nl.app.name}` }];

export const handle: RouteHandle = {
  breadcrumb: () => ({ label: nl.reviewUi.queueTitle, to: "/review" }),
};

export default function ReviewQueuePage() {
  const data = useLoaderData<typeof loader>() as unknown as { queue: AgendaRow[]; agendas: AgendaRow[]; today: string };
  return (
    <>
      <Heading1>{nl.reviewUi.queueTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.reviewUi.queueIntro}
      </Paragraph>
      <ReviewOverview queue={data.queue} agendas={data.agendas} today={data.today} />
    </>
  );
}
