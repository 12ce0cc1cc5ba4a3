import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getPlanStructure } from "../../server/plan/plan.service";
import { nl } from "../../shared/i18n/nl";
import { BuildingBlockCards, FoundationCards, TaskCards } from "../components/plan/PlanCards";
import { AppLink } from "../components/ui/AppLink";
import { fromService } from "../lib/service.server";

export const loader = ({ context }: LoaderFunctionArgs) => fromService(getPlanStructure(context.ctx));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.plan.title ?? nl.nav.plan} - ${nl.app.name}` },
];

const sections = [
  ["ambitie", nl.plan.ambition],
  ["opgaven", nl.plan.tasks],
  ["principes", nl.plan.principles],
  ["doelgroepen", nl.plan.targetGroups],
  ["themas", nl.plan.themes],
  ["bouwstenen", nl.plan.buildingBlocks],
  ["fundamenten", nl.plan.foundations],
  ["gemeenten", nl.plan.geography],
  ["geldstromen", nl.plan.financing],
  ["zorgtafel", nl.plan.careTable],
] as const;

/** The plan's whole structure on one page, in the plan's own order. */
export default function PlanStructure() {
  const data = useLoaderData<typeof loader>();
  const { plan } = data;
  return (
    <>
      <h1 className="utrecht-heading-1">{plan.title}</h1>
      <p className="utrecht-paragraph rw-lead">{plan.subtitle}</p>

      <nav aria-labelledby="inhoudsopgave">
        <h2 id="inhoudsopgave" className="utrecht-heading-2">
          {nl.plan.planStructure}
        </h2>
        <ul className="rw-toc">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="ambitie" className="rw-ambition" aria-labelledby="ambitie-kop">
        <h2 id="ambitie-kop" className="rw-ambition__label">
          {nl.plan.ambition}
        </h2>
        <p className="rw-ambition__text">{plan.ambition}</p>
        <p className="utrecht-paragraph">{plan.ambitionDescription}</p>
        <p className="utrecht-paragraph">
          <strong>{nl.plan.guidingRule}:</strong> {plan.guidingRule}
        </p>
      </section>

      <Section id="opgaven" title={nl.plan.tasks} intro={nl.plan.tasksIntro}>
        <TaskCards tasks={data.tasks} />
      </Section>

      <Section id="principes" title={nl.plan.principles} intro={nl.plan.principlesIntro}>
        <ol className="rw-definition-list">
          {data.principles.map((p) => (
            <li key={p.slug}>
              <h3 className="utrecht-heading-3">{p.name}</h3>
              <p className="utrecht-paragraph">{p.description}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="doelgroepen" title={nl.plan.targetGroups}>
        <NamedList items={data.targetGroups} />
      </Section>

      <Section id="themas" title={nl.plan.themes}>
        <NamedList items={data.themes} />
      </Section>

      <Section id="bouwstenen" title={nl.plan.buildingBlocks} intro={nl.plan.buildingBlocksIntro}>
        <BuildingBlockCards buildingBlocks={data.buildingBlocks} />
      </Section>

      <Section id="fundamenten" title={nl.plan.foundations} intro={nl.plan.foundationsIntro}>
        <FoundationCards foundations={data.foundations} />
      </Section>

      <Section id="gemeenten" title={nl.plan.geography}>
        <ul className="rw-definition-list">
          {data.subregions.map((s) => (
            <li key={s.slug}>
              <h3 className="utrecht-heading-3">{s.name}</h3>
              <p className="utrecht-paragraph">
                {s.municipalities.map((m, i) => (
                  <span key={m.slug}>
                    {i > 0 && ", "}
                    <AppLink to={`/regioplan/voorlopers?gemeente=${m.slug}`}>{m.name}</AppLink>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="geldstromen" title={nl.plan.financing}>
        <NamedList items={data.financingStreams} />
      </Section>

      <Section id="zorgtafel" title={nl.plan.careTable} intro={nl.plan.careTableIntro}>
        <ul className="rw-definition-list">
          {data.careTable.map((theme) => (
            <li key={theme.slug}>
              <h3 className="utrecht-heading-3">{theme.name}</h3>
              <p className="utrecht-paragraph">
                <strong>{nl.plan.intendedResult}:</strong> {theme.intendedResult}
              </p>
              <ul className="utrecht-unordered-list">
                {theme.tasks.map((task) => (
                  <li key={task.slug} className="utrecht-unordered-list__item">
                    {task.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section id={id} className="rw-section" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`} className="utrecht-heading-2">
        {title}
      </h2>
      {intro && <p className="utrecht-paragraph rw-muted">{intro}</p>}
      {children}
    </section>
  );
}

function NamedList({ items }: { items: Array<{ slug: string; name: string; description: string }> }) {
  return (
    <ul className="rw-definition-list">
      {items.map((item) => (
        <li key={item.slug}>
          <h3 className="utrecht-heading-3">{item.name}</h3>
          <p className="utrecht-paragraph">{item.description}</p>
        </li>
      ))}
    </ul>
  );
}
