import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getPlanStructure } from "../lib/services.server";
import { nl } from "../../shared/i18n/nl";
import { BuildingBlockCards, FoundationCards, TaskCards } from "../components/plan/PlanCards";
import { AppLink } from "../components/ui/AppLink";
import { fromService } from "../lib/service.server";
import { Heading1, Heading2, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";

export const loader = ({ context }: LoaderFunctionArgs) => fromService(getPlanStructure(context.ctx));

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.plan.title ?? nl.nav.plan} - ${nl.app.name}` },
];

const sections = [
  ["ambitie", nl.plan.ambition],
  ["cijfers", nl.plan.keyFigures],
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
      <Heading1>{plan.title}</Heading1>
      <Paragraph appearance="lead" className="rw-lead">{plan.subtitle}</Paragraph>

      <nav aria-labelledby="inhoudsopgave">
        <Heading2 id="inhoudsopgave">
          {nl.plan.planStructure}
        </Heading2>
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
        <Paragraph>{plan.ambitionDescription}</Paragraph>
        <Paragraph>
          <strong>{nl.plan.guidingRule}:</strong> {plan.guidingRule}
        </Paragraph>
      </section>

      {data.keyFigures.length > 0 && (
        <Section id="cijfers" title={nl.plan.keyFigures} intro={nl.plan.keyFiguresIntro}>
          <ul className="rw-grid rw-key-figures">
            {data.keyFigures.map((figure) => (
              <li key={figure.slug} className="rw-card">
                <p>
                  <strong className="rw-key-figure__value">{figure.value}</strong> {figure.label}
                </p>
                {figure.context && <p className="rw-card__meta">{figure.context}</p>}
              </li>
            ))}
          </ul>
          <Paragraph>
            <AppLink to="/regioplan/monitoring">{nl.monitoring.planLink}</AppLink>
          </Paragraph>
        </Section>
      )}

      <Section id="opgaven" title={nl.plan.tasks} intro={nl.plan.tasksIntro}>
        <TaskCards tasks={data.tasks} />
      </Section>

      <Section id="principes" title={nl.plan.principles} intro={nl.plan.principlesIntro}>
        <ol className="rw-definition-list">
          {data.principles.map((p) => (
            <li key={p.slug}>
              <Heading3>{p.name}</Heading3>
              <Paragraph>{p.description}</Paragraph>
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
              <Heading3>{s.name}</Heading3>
              <Paragraph>
                {s.municipalities.map((m, i) => (
                  <span key={m.slug}>
                    {i > 0 && ", "}
                    <AppLink to={`/regioplan/voorlopers?gemeente=${m.slug}`}>{m.name}</AppLink>
                  </span>
                ))}
              </Paragraph>
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
              <Heading3>{theme.name}</Heading3>
              <Paragraph>
                <strong>{nl.plan.intendedResult}:</strong> {theme.intendedResult}
              </Paragraph>
              <Heading4>{nl.plan.careTableTasks}</Heading4>
              <UnorderedList>
                {theme.tasks.map((task) => (
                  <UnorderedListItem key={task.slug}>
                    {task.text}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
              {goalsByPeriod(theme.goals).map(([period, goals]) => (
                <div key={period}>
                  <Heading4>{nl.plan.careTableGoals(period)}</Heading4>
                  <UnorderedList>
                    {goals.map((goal) => (
                      <UnorderedListItem key={goal.slug}>{goal.text}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </div>
              ))}
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
      <Heading2 id={`${id}-kop`}>
        {title}
      </Heading2>
      {intro && <Paragraph className="rw-muted">{intro}</Paragraph>}
      {children}
    </section>
  );
}

function NamedList({ items }: { items: Array<{ slug: string; name: string; description: string }> }) {
  return (
    <ul className="rw-definition-list">
      {items.map((item) => (
        <li key={item.slug}>
          <Heading3>{item.name}</Heading3>
          <Paragraph>{item.description}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

/** A theme's goals grouped by the period they were set for, in the order they first appear. */
function goalsByPeriod<T extends { period: string }>(goals: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const goal of goals) groups.set(goal.period, [...(groups.get(goal.period) ?? []), goal]);
  return [...groups];
}
