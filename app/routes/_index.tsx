import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { nl } from "../../shared/i18n/nl";
import { can } from "../../shared/permissions";
import { PersonalOverview } from "../components/overview/PersonalOverview";
import reviewStyles from "../components/review/review.css";
import dependencyStyles from "../components/dependencies/inbox.css";
import { loadMyDependencies } from "../components/dependencies/inbox.server";
import type { MyDependenciesView } from "../components/dependencies/OverviewDependencies";
import { loadReviewOverview } from "../components/review/review.server";
import { BuildingBlockCards, FoundationCards, TaskCards } from "../components/plan/PlanCards";
import { AppLink } from "../components/ui/AppLink";
import { requireSignedIn } from "../lib/auth.server";
import { fromService } from "../lib/service.server";
import { getCurrentUser, getOverview, getPlanOverview, markChangesSeen } from "../lib/services.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: reviewStyles },
  { rel: "stylesheet", href: dependencyStyles },
];

/** Signed in: what needs this person now (with the review: queue, open reviews, agendas waiting, own agenda's state). Anonymous: the plan at a glance. */
export const loader = async ({ context: { ctx } }: LoaderFunctionArgs) => {
  if (ctx.actor) {
    const [overview, user, review, dependencies] = await Promise.all([fromService(getOverview(ctx)), getCurrentUser(ctx), loadReviewOverview(ctx), loadMyDependencies(ctx)]);
    const region = { regionId: ctx.regionId };
    const roles = {
      expert: can(ctx.actor, "review.write", region),
      office: can(ctx.actor, "review.configure", region),
      coalition: can(ctx.actor, "agenda.adopt", region),
      reader: ctx.actor.grants.some((grant) => grant.role === "reader"),
    };
    return {
      kind: "person" as const,
      overview: { ...overview, userName: user?.name ?? "", now: ctx.now().getTime(), review: { ...review, roles }, dependencies: dependencies as unknown as MyDependenciesView },
    };
  }
  return { kind: "plan" as const, plan: await fromService(getPlanOverview(ctx)) };
};

export const action = async ({ context: { ctx }, request }: ActionFunctionArgs) => {
  requireSignedIn(ctx, request);
  await fromService(markChangesSeen(ctx));
  return redirect("/");
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.kind === "person" ? nl.overview.title : nl.plan.homeTitle} - ${nl.app.name}` },
  { name: "description", content: nl.plan.homeIntro },
];

export default function Home() {
  const data = useLoaderData<typeof loader>();
  if (data.kind === "person") return <PersonalOverview data={data.overview} />;
  return <PlanAtAGlance {...data.plan} />;
}

/** The plan at a glance: ambition -> 3 opgaven -> 8 bouwstenen and 6 fundamenten. */
function PlanAtAGlance({ plan, tasks, buildingBlocks, foundations }: Awaited<ReturnType<typeof getPlanOverview>>) {
  return (
    <>
      <p className="rw-muted">{plan.title}</p>
      <Heading1>{nl.plan.homeTitle}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">
        {nl.plan.homeIntro}
      </Paragraph>

      <section className="rw-ambition" aria-labelledby="ambitie">
        <h2 id="ambitie" className="rw-ambition__label">
          {nl.plan.ambition}
        </h2>
        <p className="rw-ambition__text">{plan.ambition}</p>
        <Paragraph>{plan.ambitionDescription}</Paragraph>
      </section>

      <section className="rw-section" aria-labelledby="opgaven">
        <Heading2 id="opgaven">{nl.plan.tasks}</Heading2>
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
        {" · "}
        <AppLink to="/regioplan/monitoring">{nl.monitoring.title}</AppLink>
      </Paragraph>
    </>
  );
}
