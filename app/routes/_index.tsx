import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getPlanOverview } from "../../server/plan/plan.service";
import { nl } from "../../shared/i18n/nl";
import { BuildingBlockCards, FoundationCards, TaskCards } from "../components/plan/PlanCards";
import { AppLink } from "../components/ui/AppLink";
import { fromService } from "../lib/service.server";

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
      <h1 className="utrecht-heading-1">{nl.plan.homeTitle}</h1>
      <p className="utrecht-paragraph rw-lead">{nl.plan.homeIntro}</p>

      <section className="rw-ambition" aria-labelledby="ambitie">
        <h2 id="ambitie" className="rw-ambition__label">
          {nl.plan.ambition}
        </h2>
        <p className="rw-ambition__text">{plan.ambition}</p>
        <p className="utrecht-paragraph">{plan.ambitionDescription}</p>
      </section>

      <section className="rw-section" aria-labelledby="opgaven">
        <h2 id="opgaven" className="utrecht-heading-2">
          {nl.plan.tasks}
        </h2>
        <p className="utrecht-paragraph rw-muted">{nl.plan.tasksIntro}</p>
        <TaskCards tasks={tasks} />
      </section>

      <section className="rw-section" aria-labelledby="bouwstenen">
        <h2 id="bouwstenen" className="utrecht-heading-2">
          {nl.plan.buildingBlocks} ({buildingBlocks.length})
        </h2>
        <p className="utrecht-paragraph rw-muted">{nl.plan.buildingBlocksIntro}</p>
        <BuildingBlockCards buildingBlocks={buildingBlocks} />
      </section>

      <section className="rw-section" aria-labelledby="fundamenten">
        <h2 id="fundamenten" className="utrecht-heading-2">
          {nl.plan.foundations} ({foundations.length})
        </h2>
        <p className="utrecht-paragraph rw-muted">{nl.plan.foundationsIntro}</p>
        <FoundationCards foundations={foundations} />
      </section>

      <p className="utrecht-paragraph rw-section">
        <AppLink to="/regioplan">{nl.plan.planStructure}</AppLink>
        {" · "}
        <AppLink to="/regioplan/voorlopers">{nl.plan.allInitiativesTitle}</AppLink>
      </p>
    </>
  );
}
