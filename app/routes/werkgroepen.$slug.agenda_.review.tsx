import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nl } from "../../shared/i18n/nl";
import agendaStyles from "../components/agenda/agenda.css";
import { ReviewPage, type ReviewPageData } from "../components/review/ReviewPage";
import reviewStyles from "../components/review/review.css";
import { loadReviewPage, reviewAction } from "../components/review/review.server";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: agendaStyles },
  { rel: "stylesheet", href: reviewStyles },
];

/** The review of the werkgroep's concept transformatieagenda: state, steps, review form, reviews side by side. */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return loadReviewPage(ctx, "werkgroep", params.slug ?? "", request);
};

/** Every step of the review as a plain form (works without JavaScript); the service decides. */
export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  return reviewAction(ctx, "werkgroep", params.slug ?? "", await request.formData());
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${nl.reviewUi.pageTitle(data.agenda.owner.name)} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: nl.reviewUi.title, to: `/werkgroepen/${params.slug ?? ""}/agenda/review` }),
};

export default function GroupAgendaReviewPage() {
  return <ReviewPage data={useLoaderData<typeof loader>() as unknown as ReviewPageData} />;
}
