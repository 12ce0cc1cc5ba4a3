import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from "@tiptap/react";
import { StatusChip } from "../../../shared/agenda/editor-schema";
import { nl } from "../../../shared/i18n/nl";
import { chipDependencyText, chipStatusLabel, useChipStatus } from "./status-chips";

const t = nl.agenda.chip;

/**
 * A status chip in the text: the linked card's or werkagenda item's title with its status as
 * it is now (read from the page's data, which reloads when the board changes), not as it was
 * when the chip was written. Screen readers hear "Oplossingsrichting <title>: Gekozen", then
 * its risk with the reason and its dependencies, which follow the dependency tracking live.
 */
function StatusChipView({ node, selected, editor, getPos }: NodeViewProps) {
  const attrs = node.attrs as { kind: string; refId: string | null; label: string };
  const status = useChipStatus(attrs.refId);
  const kind = attrs.kind === "workplanItem" ? t.workplanItem : t.card;
  const label = chipStatusLabel(status);
  // A heading "Reablement [chip]" already shows the title: then the chip shows only the status
  // (screen readers still hear the whole chip).
  const repeatsText = followsOwnLabel(editor, getPos, attrs.label);
  const dependencies = chipDependencyText(status);
  const atRisk = status?.dependencies?.atRisk ?? false;
  return (
    <NodeViewWrapper
      as="span"
      className={["rw-status-chip", repeatsText ? "rw-status-chip--status-only" : "", selected ? "rw-status-chip--selected" : ""].filter(Boolean).join(" ")}
      data-status-chip={attrs.kind}
      data-ref-id={attrs.refId ?? ""}
      data-status={status?.status ?? "onbekend"}
      data-at-risk={atRisk ? "true" : undefined}
      title={[t.title(kind, attrs.label, label), dependencies].filter(Boolean).join(". ")}
    >
      <span className="rw-visually-hidden">{kind} </span>
      <span className={repeatsText ? "rw-visually-hidden" : "rw-status-chip__label"}>{attrs.label}</span>
      <span className="rw-visually-hidden">, {t.status} </span>
      <span className="rw-status-chip__status">{label}</span>
      {atRisk && (
        <span className="rw-status-chip__risk" aria-hidden="true">
          {nl.dependencyInbox.badgeRisk}
        </span>
      )}
      {dependencies && <span className="rw-visually-hidden">. {dependencies}</span>}
    </NodeViewWrapper>
  );
}

function followsOwnLabel(editor: NodeViewProps["editor"], getPos: NodeViewProps["getPos"], label: string): boolean {
  const pos = typeof getPos === "function" ? getPos() : undefined;
  if (typeof pos !== "number" || !label.trim()) return false;
  try {
    const before = editor.state.doc.resolve(pos).nodeBefore;
    return Boolean(before?.isText && before.text?.trim().endsWith(label.trim()));
  } catch {
    return false;
  }
}

/** The shared schema's status chip with the browser's live view on top (same name, same attributes). */
export const LiveStatusChip = StatusChip.extend({
  addNodeView() {
    return ReactNodeViewRenderer(StatusChipView, { as: "span" });
  },
});
