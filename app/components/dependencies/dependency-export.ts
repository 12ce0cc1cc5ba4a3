import { formatCalendarDate } from "../../../shared/dutch-time";
import { nl } from "../../../shared/i18n/nl";
import { riskReasonOf } from "./dependency-view";

const t = nl.dependencyUi;

interface ExportNode {
  id: string;
  title: string;
  owner: { name: string };
  atRisk: boolean;
  riskText: string | null;
}

interface ExportLink {
  from: string;
  to: string;
  kindLabel: string;
  stateLabel: string;
  agreedDate: string | null;
  note: string | null;
  answerReason: string | null;
  atRisk: boolean;
}

/** The list on /afhankelijkheden as spreadsheet rows: the list's columns, each end's owner in its own column, and the notes. */
export function linksToRows(graph: { nodes: readonly ExportNode[]; links: readonly ExportLink[] }): string[][] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const header = [t.colFrom, t.csvFromOwner, t.colKind, t.colTo, t.csvToOwner, t.colState, t.colDate, t.colRisk, t.csvReason, t.csvNote, t.csvAnswer];
  const rows = graph.links.map((link) => {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    const reason = riskReasonOf(link, from, to);
    return [
      from?.title ?? "",
      from?.owner.name ?? "",
      link.kindLabel,
      to?.title ?? "",
      to?.owner.name ?? "",
      link.stateLabel,
      link.agreedDate ? formatCalendarDate(link.agreedDate) : "",
      reason === null ? t.noRisk : t.risk,
      reason ?? "",
      link.note ?? "",
      link.answerReason ?? "",
    ];
  });
  return [header, ...rows];
}
