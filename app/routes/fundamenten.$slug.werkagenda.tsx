import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useLiveBoard } from "../lib/live-board";
import { useReadingAs } from "../lib/reading-role";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { AdminErrorSummary, AdminStatus } from "../components/admin/FormFeedback";
import { ArchivedItems, NewItemForm, WorkplanLanes, workplanFields } from "../components/structure/Workplan";
import { getWorkplan, getWorkplanItemHistory, listArchivedWorkplanItems } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { runWorkplanAction } from "../components/structure/workplan.server";
import { loadBadges } from "../components/dependencies/inbox.server";
import { CsvDownload } from "../components/ui/CsvDownload";
import { requireSignedIn } from "../lib/auth.server";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService, type ErrorPayload } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

/**
 * The werkagenda's items; for who may edit it also the archived ones (to restore them); and
 * with ?geschiedenis=<id> the history of that item (one of this werkagenda's, or a 404).
 */
export const loader = async ({ context: { ctx }, params, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  const { foundation, items, abilities } = await fromService(getWorkplan(ctx, { slug: params.slug }));
  const canEdit = abilities["foundation.edit"];
  const historyOf = new URL(request.url).searchParams.get("geschiedenis");
  if (historyOf !== null && !items.some((item) => item.id === historyOf)) {
    throw data<ErrorPayload>({ message: nl.boards.workplanItemNotFound }, { status: 404 });
  }
  const [archived, badges, history] = await Promise.all([
    canEdit ? fromService(listArchivedWorkplanItems(ctx, { slug: foundation.slug })) : [],
    loadBadges(ctx, "fundament", foundation.slug),
    historyOf ? fromService(getWorkplanItemHistory(ctx, { itemId: historyOf })) : null,
  ]);
  return {
    foundation: { id: foundation.id, slug: foundation.slug, name: foundation.name },
    items: items.map(({ id, title, description, status, dueQuarter, responsibleOrganisation, version }) => ({
      id,
      title,
      description,
      status,
      dueQuarter,
      responsibleOrganisation,
      version,
    })),
    archived: archived.map(({ id, title, dueQuarter }) => ({ id, title, dueQuarter })),
    canEdit,
    badges,
    history: history && historyOf ? { itemId: historyOf, events: history } : null,
  };
};

export const action = async ({ context: { ctx }, params, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  return runWorkplanAction(ctx, params.slug ?? "", await request.formData());
};

const t = nl.structure.workplan;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${t.title} - ${data.foundation.name} - ${nl.app.name}` : `${nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ params }) => ({ label: t.title, to: `/fundamenten/${params.slug ?? ""}/werkagenda` }),
};

/** Werkagenda: the kwartiermaker's items in four lanes; editing for the kwartiermaker and team. */
export default function WorkplanPage() {
  const { foundation, items, archived, canEdit, badges, history } = useLoaderData<typeof loader>();
  // Changes by others (on any instance) reload the werkagenda without a page refresh.
  useLiveBoard("workplan", foundation.id);
  const readingAs = useReadingAs();
  const outcome = useActionData<typeof action>();
  return (
    <>
      <section aria-labelledby="werkagenda-titel">
        <Heading2 id="werkagenda-titel">{t.title}</Heading2>
        <Paragraph>{t.intro}</Paragraph>
        {!canEdit && <Paragraph className="rw-muted">{t.readOnly(readingAs)}</Paragraph>}
        <AdminErrorSummary outcome={outcome} fields={workplanFields(outcome)} />
        <AdminStatus outcome={outcome} />
        {items.length === 0 && <Paragraph>{canEdit ? t.emptyEditor : t.empty}</Paragraph>}
        {items.length > 0 && <CsvDownload href={`/fundamenten/${foundation.slug}/werkagenda.csv`} hint={t.downloadCsvHint} />}
        <WorkplanLanes items={items} canEdit={canEdit} outcome={outcome} badges={badges} history={history} />
      </section>
      {canEdit && <NewItemForm outcome={outcome} />}
      {canEdit && <ArchivedItems items={archived} outcome={outcome} />}
    </>
  );
}
