import { isCardStatus } from "../../../shared/domain/card-rules";
import type { FieldChange } from "../../../shared/domain/field-merge";
import { boardMessages } from "../../../shared/domain/messages";
import { formatQuarter, isQuarter } from "../../../shared/domain/quarter";
import { nl } from "../../../shared/i18n/nl";
import { shorten } from "../board/history";

// A card change from the audit log in words: "Fase: van Verkennen naar Gekozen".

const t = nl.structure.history;

function nameOf(id: unknown, names: Record<string, string>): string {
  return typeof id === "string" ? (names[id] ?? t.unknownLink) : t.unknownLink;
}

/** One value of a field as people read it; ids become names through `names`. */
export function describeValue(field: string, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t.emptyValue;
  if (field === "status" && isCardStatus(value)) return boardMessages.statusLabel[value];
  if (field === "focus" && typeof value === "boolean") return value ? t.on : t.off;
  if ((field === "startQuarter" || field === "endQuarter") && isQuarter(value)) return formatQuarter(value);
  if (field === "responsibleUserId") return nameOf(value, names);
  if (Array.isArray(value)) return value.map((id) => nameOf(id, names)).join(", ");
  if (field === "scale" && typeof value === "object") {
    const scale = value as { kind?: string; municipalityIds?: unknown[]; subregionId?: unknown };
    const kind = scale.kind === "lokaal" || scale.kind === "subregionaal" || scale.kind === "regionaal" ? boardMessages.scaleLabel[scale.kind] : t.unknownLink;
    if (scale.kind === "lokaal" && Array.isArray(scale.municipalityIds)) return `${kind} (${scale.municipalityIds.map((id) => nameOf(id, names)).join(", ")})`;
    if (scale.kind === "subregionaal") return `${kind} (${nameOf(scale.subregionId, names)})`;
    return kind;
  }
  if (typeof value === "string") return `"${shorten(value)}"`;
  if (typeof value === "boolean") return value ? t.on : t.off;
  return t.changed;
}

/** "Fase: van Verkennen naar Gekozen"; the assessment (a grid of answers) just says it changed. */
export function describeChange(change: FieldChange, names: Record<string, string>): string {
  const label = t.fields[change.field] ?? change.field;
  if (change.field === "assessment") return `${label}: ${t.changed}`;
  return t.change(label, describeValue(change.field, change.from, names), describeValue(change.field, change.to, names));
}
