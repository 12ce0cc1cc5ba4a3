import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import type { AgendaDocument } from "../../../shared/agenda/document";
import { formatDay, formatDutchDateTime } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { ownerPath } from "../../../shared/owner-paths";
import { AppLink } from "../ui/AppLink";
import { FrozenDocument } from "./FrozenDocument";
import { ChipStatusContext, type ChipStatus } from "./status-chips";

const t = nl.agenda.print;

export interface PrintPageData {
  agenda: { kind: string; reviewState: string; owner: { kind: "werkgroep" | "fundament"; slug: string; name: string } };
  document: AgendaDocument;
  text: string;
  version: { number: number; name: string; createdAt: Date | string } | null;
  moment: Date | string;
  statuses: Record<string, ChipStatus>;
}

/**
 * An agenda as paper: its title, whose it is, its state and which text (now, or a version),
 * then the document. The browser's print dialog prints it or saves it as PDF; the print style
 * sheet leaves out the site's header, breadcrumbs, footer and these buttons.
 */
export function PrintPage({ data }: { data: PrintPageData }) {
  const { agenda, version } = data;
  const title = nl.agenda.title[agenda.kind as keyof typeof nl.agenda.title] ?? agenda.kind;
  const state = nl.review.states[agenda.reviewState as keyof typeof nl.review.states] ?? agenda.reviewState;
  const base = ownerPath(agenda.owner, "/agenda");
  return (
    <article className="rw-print">
      <div className="rw-print-actions">
        <Paragraph>
          <AppLink to={version ? `${base}/versies?versie=${version.number}` : base}>{version ? t.backToVersions : t.back}</AppLink>
        </Paragraph>
        <Button appearance="primary-action-button" type="button" onClick={() => window.print()} aria-describedby="afdrukken-uitleg">
          {t.button}
        </Button>
        <Paragraph id="afdrukken-uitleg" className="rw-muted rw-hint">
          {t.hint}
        </Paragraph>
      </div>
      <header className="rw-print-header">
        <Heading1>{title}</Heading1>
        <Paragraph appearance="lead">{t.owner[agenda.owner.kind](agenda.owner.name)}</Paragraph>
        <Paragraph>{version ? t.versionLine(state, version.number, version.name, formatDay(version.createdAt)) : t.liveLine(state, formatDutchDateTime(data.moment))}</Paragraph>
      </header>
      <ChipStatusContext.Provider value={data.statuses}>
        <FrozenDocument document={data.document} label={title} fallback={<div className="rw-version-text">{data.text}</div>} />
      </ChipStatusContext.Provider>
    </article>
  );
}
