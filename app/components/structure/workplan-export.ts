import { boardMessages } from "../../../shared/domain/messages";
import { workplanStatuses, type WorkplanStatus } from "../../../shared/domain/workplan-rules";
import { nl } from "../../../shared/i18n/nl";
import { showQuarter } from "../board/model";
import type { BadgeData } from "../dependencies/dependency-view";

const t = nl.structure.workplan;

interface ExportItem {
  id: string;
  title: string;
  description: string;
  status: WorkplanStatus;
  dueQuarter: string | null;
  responsibleOrganisation: string;
}

/**
 * The werkagenda as spreadsheet rows, lane by lane as the page shows it (Gepland, Bezig,
 * Gereed, Vertraagd; within a lane in the page's order), with what each item is needed for
 * and, when at risk, why.
 */
export function workplanToRows(items: readonly ExportItem[], badges: Readonly<Record<string, BadgeData>>): string[][] {
  const header = [t.titleLabel, t.csvStatus, t.dueLabel, t.organisationLabel, t.csvEnables, nl.dependencyUi.colRisk, nl.dependencyUi.csvReason, t.descriptionLabel];
  const lane = (status: WorkplanStatus) => workplanStatuses.indexOf(status);
  // Array.prototype.sort is stable: the page's order within a lane stays.
  const inLanes = [...items].sort((a, b) => lane(a.status) - lane(b.status));
  const rows = inLanes.map((item) => {
    const badge = badges[item.id];
    return [
      item.title,
      boardMessages.workplanStatusLabel[item.status],
      showQuarter(item.dueQuarter) ?? "",
      item.responsibleOrganisation,
      (badge?.enables ?? []).map((card) => `${card.title} (${card.owner.name})`).join(", "),
      badge?.atRisk ? nl.dependencyUi.risk : nl.dependencyUi.noRisk,
      badge?.atRisk ? (badge.riskText ?? "") : "",
      item.description,
    ];
  });
  return [header, ...rows];
}
