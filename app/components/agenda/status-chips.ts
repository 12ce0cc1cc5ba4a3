import { createContext, useContext } from "react";
import { boardMessages } from "../../../shared/domain/messages";
import { nl } from "../../../shared/i18n/nl";
import type { BadgeData } from "../dependencies/dependency-view";

/** The current status of what a status chip points at (a card or a werkagenda item). */
export interface ChipStatus {
  kind: "card" | "workplanItem";
  status: string;
  /** Its live dependencies and risk (own items only; absent when it has none). */
  dependencies?: BadgeData;
}

/** Statuses by card or item id; the page reloads them when the board or werkagenda changes. */
export const ChipStatusContext = createContext<Record<string, ChipStatus>>({});

export function useChipStatus(refId: string | null | undefined): ChipStatus | undefined {
  const statuses = useContext(ChipStatusContext);
  return refId ? statuses[refId] : undefined;
}

/** The Dutch word for a status ("Gekozen", "Bezig"), or "status onbekend". */
export function chipStatusLabel(status: ChipStatus | undefined): string {
  if (!status) return nl.agenda.chip.unknown;
  const labels: Record<string, string> =
    status.kind === "card" ? boardMessages.statusLabel : boardMessages.workplanStatusLabel;
  return labels[status.status] ?? nl.agenda.chip.unknown;
}

/** "Risico: <reason>. Dit heeft 1 ander onderdeel nodig." for the chip's tooltip and screen readers, or "". */
export function chipDependencyText(status: ChipStatus | undefined): string {
  const badge = status?.dependencies;
  if (!badge) return "";
  const t = nl.dependencyInbox;
  return [
    badge.atRisk ? `${t.badgeRisk}: ${badge.riskText ?? ""}`.trim() : "",
    badge.outgoing > 0 ? `${t.badgeOutgoingLong(badge.outgoing)}.` : "",
    badge.incoming > 0 ? `${t.badgeIncomingLong(badge.incoming)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
