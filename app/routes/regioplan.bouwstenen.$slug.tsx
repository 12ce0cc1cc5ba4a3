import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getBuildingBlock } from "../../server/plan/plan.service";
import { nl } from "../../shared/i18n/nl";
import { InitiativeTable } from "../components/plan/InitiativeTable";
import { Pager } from "../components/plan/Pager";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

export const loader = ({ context, params }: LoaderFunctionArgs) => fromService(getBuildingBlock(context.ctx, params));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.buildingBlock.name ?? nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const name = (data as { buildingBlock?: { name: string } } | undefined)?.buildingBlock?.name;
    return name ? { label: name, to: `/regioplan/bouwstenen/${params.slug}` } : null;
  },
};

/** A bouwsteen: what it is, its oplossingsrichtingen (the catalogue) and its voorlopers. */
export default function BuildingBlockPage() {
  const { buildingBlock, directions, initiatives, previous, next } = useLoaderData<typeof loader>();
  const voorlopers = initiatives.filter((i) => i.kind === "voorloper");
  const examples = initiatives.filter((i) => i.kind === "voorbeeld");
  return (
    <article>
      <p className="rw-muted">{nl.plan.buildingBlock}</p>
      <h1 className="utrecht-heading-1">{buildingBlock.name}</h1>
      <p className="utrecht-paragraph rw-lead">{buildingBlock.description}</p>
      {buildingBlock.chapterTitle && (
        <p className="utrecht-paragraph rw-muted">{nl.plan.chapterTitle(buildingBlock.chapterTitle)}</p>
      )}

      <section className="rw-section" aria-labelledby="oplossingsrichtingen">
        <h2 id="oplossingsrichtingen" className="utrecht-heading-2">
          {nl.plan.directions} ({directions.length})
        </h2>
        <p className="utrecht-paragraph rw-muted">{nl.plan.directionsIntro}</p>
        <ul className="rw-definition-list">
          {directions.map((d) => (
            <li key={d.slug} id={d.slug}>
              <h3 className="utrecht-heading-3">{d.name}</h3>
              <p className="utrecht-paragraph">{d.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="rw-section" aria-labelledby="voorlopers">
        <h2 id="voorlopers" className="utrecht-heading-2">
          {nl.plan.initiatives} ({voorlopers.length})
        </h2>
        {voorlopers.length > 0 ? (
          <>
            <p className="utrecht-paragraph rw-muted">{nl.plan.initiativesIntro}</p>
            <InitiativeTable caption={`${nl.plan.initiatives}: ${buildingBlock.name}`} initiatives={voorlopers} />
          </>
        ) : (
          <p className="utrecht-paragraph">{nl.plan.noInitiatives}</p>
        )}
      </section>

      {examples.length > 0 && (
        <section className="rw-section" aria-labelledby="voorbeelden">
          <h2 id="voorbeelden" className="utrecht-heading-2">
            {nl.plan.examples}
          </h2>
          <InitiativeTable caption={`${nl.plan.examples}: ${buildingBlock.name}`} initiatives={examples} />
        </section>
      )}

      <Pager basePath="/regioplan/bouwstenen" previous={previous} next={next} label={nl.plan.buildingBlocks} />
    </article>
  );
}
