import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { Heading3, Paragraph } from "@utrecht/component-library-react";

interface Task {
  slug: string;
  code: string;
  name: string;
  description: string;
}

export function TaskCards({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="rw-grid">
      {tasks.map((task) => (
        <li key={task.slug} className="rw-card">
          <Heading3>
            <span className="rw-card__code">{task.code}</span> {task.name}
          </Heading3>
          <Paragraph>{task.description}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

interface BuildingBlockSummary {
  slug: string;
  name: string;
  description: string;
  directionCount: number;
  initiativeCount: number;
}

export function BuildingBlockCards({ buildingBlocks }: { buildingBlocks: BuildingBlockSummary[] }) {
  return (
    <ul className="rw-grid">
      {buildingBlocks.map((block) => (
        <li key={block.slug} className="rw-card">
          <Heading3>
            <AppLink to={`/regioplan/bouwstenen/${block.slug}`}>{block.name}</AppLink>
          </Heading3>
          <Paragraph>{block.description}</Paragraph>
          <p className="rw-card__meta">
            {nl.plan.countDirections(block.directionCount)} · {nl.plan.countInitiatives(block.initiativeCount)}
          </p>
        </li>
      ))}
    </ul>
  );
}

interface FoundationSummary {
  slug: string;
  name: string;
  description: string;
  lineCount: number;
}

export function FoundationCards({ foundations }: { foundations: FoundationSummary[] }) {
  return (
    <ul className="rw-grid">
      {foundations.map((foundation) => (
        <li key={foundation.slug} className="rw-card">
          <Heading3>
            <AppLink to={`/regioplan/fundamenten/${foundation.slug}`}>{foundation.name}</AppLink>
          </Heading3>
          <Paragraph>{foundation.description}</Paragraph>
          <p className="rw-card__meta">{nl.plan.countLines(foundation.lineCount)}</p>
        </li>
      ))}
    </ul>
  );
}
