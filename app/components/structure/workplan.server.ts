import { isWorkplanStatus } from "../../../shared/domain/workplan-rules";
import { boardMessages } from "../../../shared/domain/messages";
import { nl } from "../../../shared/i18n/nl";
import type { ServiceContext } from "../../../server/request-context";
import { runAdminAction, text, unknownIntent } from "../admin/form.server";
import { getItemBadges } from "../dependencies/inbox-services.server";
import { archiveWorkplanItem, createWorkplanItem, getWorkplan, moveWorkplanItem, restoreWorkplanItem, updateWorkplanItem } from "./services.server";
import { workplanToRows } from "./workplan-export";

// The action behind a fundament's werkagenda page: plain forms that create, move, edit,
// archive and restore items. workplan.service.ts checks foundation.edit on every write.

const t = nl.structure.workplan;

/** The item fields of the edit form, with the value each had when the page was loaded. */
const editable = [
  ["title", "title"],
  ["description", "description"],
  ["dueQuarter", "dueQuarter"],
  ["responsibleOrganisation", "responsibleOrganisation"],
] as const;

/** Runs the posted intent for the fundament with this slug. */
export async function runWorkplanAction(ctx: ServiceContext, slug: string, form: FormData) {
  const intent = text(form, "intent");
  const target = text(form, "target");
  switch (intent) {
    case "createItem": {
      const values = {
        title: text(form, "title"),
        description: text(form, "description"),
        dueQuarter: text(form, "dueQuarter"),
        responsibleOrganisation: text(form, "responsibleOrganisation"),
      };
      const { foundation } = await getWorkplan(ctx, { slug });
      return runAdminAction(createWorkplanItem(ctx, { foundationId: foundation.id, ...values }), {
        intent,
        values,
        success: (item) => t.created(item.title),
      });
    }
    case "moveItem": {
      const status = text(form, "status");
      // To the bottom of the chosen lane: below the last item there now.
      const { items } = await getWorkplan(ctx, { slug });
      const lane = isWorkplanStatus(status) ? items.filter((item) => item.status === status && item.id !== target) : [];
      return runAdminAction(moveWorkplanItem(ctx, { itemId: target, status, afterItemId: lane.at(-1)?.id ?? null }), {
        intent,
        target,
        messageField: "status",
        success: (item) => t.moved(item.title, boardMessages.workplanStatusLabel[item.status]),
      });
    }
    case "updateItem": {
      // Only fields the person changed are edits, so a change someone else made meanwhile to
      // another field is kept (shared/domain/field-merge.ts).
      const edits: Record<string, string> = {};
      const base: Record<string, string> = {};
      const values: Record<string, string> = {};
      for (const [field] of editable) {
        const value = text(form, field);
        const was = text(form, `base-${field}`);
        values[field] = value;
        if (value.trim() !== was.trim()) {
          edits[field] = value;
          base[field] = was;
        }
      }
      return runAdminAction(updateWorkplanItem(ctx, { itemId: target, edits, base }), {
        intent,
        target,
        values,
        // A conflict is about the whole item: the form shows its message above the fields.
        conflictField: "item",
        success: (item) => t.saved(item.title),
      });
    }
    case "archiveItem":
      return runAdminAction(archiveWorkplanItem(ctx, { itemId: target }), { intent, target, success: (item) => t.archived(item.title) });
    case "restoreItem":
      return runAdminAction(restoreWorkplanItem(ctx, { itemId: target }), { intent, target, success: (item) => t.restored(item.title) });
    default:
      return unknownIntent();
  }
}

/** The werkagenda as a CSV file's rows: its items with their dependency badges (the services' errors as they are). */
export async function loadWorkplanRows(ctx: ServiceContext, slug: string) {
  const [{ foundation, items }, { badges }] = await Promise.all([getWorkplan(ctx, { slug }), getItemBadges(ctx, { ownerKind: "fundament", slug })]);
  return { foundation: { slug: foundation.slug }, rows: workplanToRows(items, badges) };
}
