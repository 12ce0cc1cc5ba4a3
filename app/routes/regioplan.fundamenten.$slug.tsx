import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getFoundation } from "../lib/services.server";
import { nl } from "../../shared/i18n/nl";
import { Pager } from "../components/plan/Pager";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";

export const loader = ({ context, params }: LoaderFunctionArgs) => fromService(getFoundation(context.ctx, params));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.foundation.name ?? nl.errors.notFoundTitle} - ${nl.app.name}` },
];

export const handle: RouteHandle = {
  breadcrumb: ({ data, params }) => {
    const name = (data as { foundation?: { name: string } } | undefined)?.foundation?.name;
    return name ? { label: name, to: `/regioplan/fundamenten/${params.slug}` } : null;
  },
};

/** A fundament and its main lines. */
export default function FoundationPage() {
  const { foundation, lines, previous, next } = useLoaderData<typeof loader>();
  return (
    <article>
      <p className="rw-muted">{nl.plan.foundation}</p>
      <Heading1>{foundation.name}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">{foundation.description}</Paragraph>

      <section className="rw-section" aria-labelledby="hoofdlijnen">
        <Heading2 id="hoofdlijnen">
          {nl.plan.lines} ({lines.length})
        </Heading2>
        <ul className="rw-definition-list">
          {lines.map((line) => (
            <li key={line.slug} id={line.slug}>
              <Heading3>{line.name}</Heading3>
              <Paragraph>{line.description}</Paragraph>
            </li>
          ))}
        </ul>
      </section>

      <Pager basePath="/regioplan/fundamenten" previous={previous} next={next} label={nl.plan.foundations} />
    </article>
  );
}
