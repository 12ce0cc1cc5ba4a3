import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getFoundation } from "../../server/plan/plan.service";
import { nl } from "../../shared/i18n/nl";
import { Pager } from "../components/plan/Pager";
import type { RouteHandle } from "../lib/breadcrumbs";
import { fromService } from "../lib/service.server";

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
      <h1 className="utrecht-heading-1">{foundation.name}</h1>
      <p className="utrecht-paragraph rw-lead">{foundation.description}</p>

      <section className="rw-section" aria-labelledby="hoofdlijnen">
        <h2 id="hoofdlijnen" className="utrecht-heading-2">
          {nl.plan.lines} ({lines.length})
        </h2>
        <ul className="rw-definition-list">
          {lines.map((line) => (
            <li key={line.slug} id={line.slug}>
              <h3 className="utrecht-heading-3">{line.name}</h3>
              <p className="utrecht-paragraph">{line.description}</p>
            </li>
          ))}
        </ul>
      </section>

      <Pager basePath="/regioplan/fundamenten" previous={previous} next={next} label={nl.plan.foundations} />
    </article>
  );
}
