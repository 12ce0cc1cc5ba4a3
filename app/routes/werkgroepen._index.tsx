import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { maxFocusPerGroup } from "../../shared/domain/card-rules";
import { boardMessages } from "../../shared/domain/messages";
import { nl } from "../../shared/i18n/nl";
import { listWorkingGroupOverview } from "../components/structure/services.server";
import structureStyles from "../components/structure/structure.css";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import { fromService } from "../lib/service.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: structureStyles }];

export const loader = async ({ context: { ctx }, request }: LoaderFunctionArgs) => {
  requireSignedIn(ctx, request);
  return { groups: await fromService(listWorkingGroupOverview(ctx)) };
};

export const meta: MetaFunction = () => [{ title: `${nl.structure.groups.title} - ${nl.app.name}` }];


const t = nl.structure.groups;

/** Every werkgroep of the region at a glance: who leads it, how many people, focus and lanes. */
export default function WorkingGroupsPage() {
  const { groups } = useLoaderData<typeof loader>();
  return (
    <>
      <Heading1>{t.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {t.intro}
      </Paragraph>
      {groups.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <ul className="rw-grid" aria-label={t.title}>
          {groups.map((group) => {
            const headingId = `werkgroep-${group.slug}`;
            return (
              <li key={group.id} className="rw-card">
                <Heading2 id={headingId} className="rw-st-card-title">
                  <AppLink to={`/werkgroepen/${group.slug}/bord`}>{group.name}</AppLink>
                </Heading2>
                {group.description && <Paragraph>{group.description}</Paragraph>}
                {group.targetGroupNames.length > 0 && (
                  <Paragraph>
                    <strong>{t.targetGroups}:</strong> {group.targetGroupNames.join(", ")}
                  </Paragraph>
                )}
                <Paragraph>
                  <strong>{t.leads}:</strong> {group.leadNames.length > 0 ? group.leadNames.join(", ") : <span className="rw-muted">{t.noLead}</span>}
                  <br />
                  {t.people(group.memberCount)}
                </Paragraph>
                {group.cardCount === 0 ? (
                  <Paragraph className="rw-muted">{t.noCards}</Paragraph>
                ) : (
                  <>
                    <Paragraph>
                      <span className="rw-st-focus-chip" aria-hidden="true">
                        {t.focus(group.focusCount, maxFocusPerGroup)}
                      </span>
                      <span className="rw-visually-hidden">{t.focusLabel(group.focusCount, maxFocusPerGroup)}</span> {t.cards(group.cardCount)}
                    </Paragraph>
                    <ul className="rw-st-counts" aria-label={t.lanes(group.name)}>
                      {group.lanes.map((lane) => (
                        <li key={lane.status}>
                          {boardMessages.statusLabel[lane.status]} <span className="rw-st-counts__n">{lane.cards}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
