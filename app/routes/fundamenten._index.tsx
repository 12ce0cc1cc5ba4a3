import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { boardMessages } from "../../shared/domain/messages";
import { nl } from "../../shared/i18n/nl";
import { listFoundationOverview } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return { foundations: await fromService(listFoundationOverview(ctx)) };
};

export const meta: MetaFunction = () => [{ title: `${nl.structure.foundations.title} - ${nl.app.name}` }];


const t = nl.structure.foundations;

/** The fundamenten: who is kwartiermaker, how big the team is and what is on the werkagenda. */
export default function FoundationsPage() {
  const { foundations } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {foundations.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <ul className="rw-grid" aria-label={t.title}>
          {foundations.map((foundation) => (
            <li key={foundation.id} className="rw-card">
              <Heading2 className="rw-st-card-title">
                <AppLink to={`/fundamenten/${foundation.slug}/werkagenda`}>{foundation.name}</AppLink>
              </Heading2>
              <Paragraph>
                <strong>{t.lead}:</strong>{" "}
                {foundation.leadNames.length > 0 ? foundation.leadNames.join(", ") : <span className="rw-muted">{t.noLead}</span>}
                <br />
                {t.team(foundation.teamSize)}
              </Paragraph>
              {foundation.itemCount === 0 ? (
                <Paragraph className="rw-muted">{t.noItems}</Paragraph>
              ) : (
                <>
                  <Paragraph>{t.items(foundation.itemCount)}</Paragraph>
                  <ul className="rw-st-counts" aria-label={t.lanes(foundation.name)}>
                    {foundation.lanes.map((lane) => (
                      <li key={lane.status}>
                        {boardMessages.workplanStatusLabel[lane.status]} <span className="rw-st-counts__n">{lane.items}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
