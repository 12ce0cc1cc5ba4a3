import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getBuildingBlock } from "../lib/services.server";
import { nl } from "../../shared/i18n/nl";
import { InitiativeTable } from "../components/plan/InitiativeTable";
import { Pager } from "../components/plan/Pager";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";

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
      <Heading1>{buildingBlock.name}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">{buildingBlock.description}</Paragraph>
      {buildingBlock.chapterTitle && (
        <Paragraph className="rw-muted">{nl.plan.chapterTitle(buildingBlock.chapterTitle)}</Paragraph>
      )}

      <section className="rw-section" aria-labelledby="oplossingsrichtingen">
        <Heading2 id="oplossingsrichtingen">
          {nl.plan.directions} ({directions.length})
        </Heading2>
        <Paragraph className="rw-muted">{nl.plan.directionsIntro}</Paragraph>
        <ul className="rw-definition-list">
          {directions.map((d) => (
            <li key={d.slug} id={d.slug}>
              <Heading3>{d.name}</Heading3>
              <Paragraph>{d.description}</Paragraph>
            </li>
          ))}
        </ul>
      </section>

      <section className="rw-section" aria-labelledby="voorlopers">
        <Heading2 id="voorlopers">
          {nl.plan.initiatives} ({voorlopers.length})
        </Heading2>
        {voorlopers.length > 0 ? (
          <>
            <Paragraph className="rw-muted">{nl.plan.initiativesIntro}</Paragraph>
            <InitiativeTable caption={`${nl.plan.initiatives}: ${buildingBlock.name}`} initiatives={voorlopers} />
          </>
        ) : (
          <Paragraph>{nl.plan.noInitiatives}</Paragraph>
        )}
      </section>

      {examples.length > 0 && (
        <section className="rw-section" aria-labelledby="voorbeelden">
          <Heading2 id="voorbeelden">
            {nl.plan.examples}
          </Heading2>
          <InitiativeTable caption={`${nl.plan.examples}: ${buildingBlock.name}`} initiatives={examples} />
        </section>
      )}

      <Pager basePath="/regioplan/bouwstenen" previous={previous} next={next} label={nl.plan.buildingBlocks} />
    </article>
  );
}
