import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getPlanOverview } from "../lib/services.server";
import { nl } from "../../shared/i18n/nl";
import { BuildingBlockCards, FoundationCards, TaskCards } from "../components/plan/PlanCards";
import { AppLink } from "../components/ui/AppLink";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";

export const loader = ({ context }: LoaderFunctionArgs) => fromService(getPlanOverview(context.ctx));

export const meta: MetaFunction = () => [
  { title: `${nl.plan.homeTitle} - ${nl.app.name}` },
  { name: "description", content: nl.plan.homeIntro },
];

/** The plan at a glance: ambition -> 3 opgaven -> 8 bouwstenen and 6 fundamenten. */
export default function Home() {
  const { plan, tasks, buildingBlocks, foundations } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="rw-muted">{plan.title}</p>
      <Heading1>{nl.plan.homeTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">{nl.plan.homeIntro}</Paragraph>

      <section className="rw-ambition" aria-labelledby="ambitie">
        <h2 id="ambitie" className="rw-ambition__label">
          {nl.plan.ambition}
        </h2>
        <p className="rw-ambition__text">{plan.ambition}</p>
        <Paragraph>{plan.ambitionDescription}</Paragraph>
      </section>

      <section className="rw-section" aria-labelledby="opgaven">
        <Heading2 id="opgaven">
          {nl.plan.tasks}
        </Heading2>
        <Paragraph className="rw-muted">{nl.plan.tasksIntro}</Paragraph>
        <TaskCards tasks={tasks} />
      </section>

      <section className="rw-section" aria-labelledby="bouwstenen">
        <Heading2 id="bouwstenen">
          {nl.plan.buildingBlocks} ({buildingBlocks.length})
        </Heading2>
        <Paragraph className="rw-muted">{nl.plan.buildingBlocksIntro}</Paragraph>
        <BuildingBlockCards buildingBlocks={buildingBlocks} />
      </section>

      <section className="rw-section" aria-labelledby="fundamenten">
        <Heading2 id="fundamenten">
          {nl.plan.foundations} ({foundations.length})
        </Heading2>
        <Paragraph className="rw-muted">{nl.plan.foundationsIntro}</Paragraph>
        <FoundationCards foundations={foundations} />
      </section>

      <Paragraph className="rw-section">
        <AppLink to="/regioplan">{nl.plan.planStructure}</AppLink>
        {" · "}
        <AppLink to="/regioplan/voorlopers">{nl.plan.allInitiativesTitle}</AppLink>
      </Paragraph>
    </>
  );
}
