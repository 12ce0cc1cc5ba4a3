import { Form, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import {
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { boardMessages } from "../../../shared/domain/messages";
import { workplanStatuses, type WorkplanStatus } from "../../../shared/domain/workplan-rules";
import { nl } from "../../../shared/i18n/nl";
import { AdminTextarea, AdminTextField } from "../admin/Fields";
import { showQuarter } from "../board/model";
import { FormMessage, IntentFields, useSubmitting, type FieldMap } from "../admin/FormFeedback";
import { errorFor, formLevelError, isFor, type AdminOutcome } from "../admin/outcome";
import { DependencyBadges } from "../dependencies/DependencyBadges";
import { itemHref, type BadgeData } from "../dependencies/dependency-view";
import { AppLink } from "../ui/AppLink";
import { formatMoment } from "../../../shared/dutch-time";
import type { HistoryEvent } from "../board/history";
import { describeWorkplanEvent } from "./workplan-history";

// A fundament's werkagenda as four lanes (Gepland, Bezig, Gereed, Vertraagd). For people who
// may edit it, each item has small plain forms: move to another lane, edit, archive.

const t = nl.structure.workplan;

export interface WorkplanItemView {
  id: string;
  title: string;
  description: string;
  status: WorkplanStatus;
  dueQuarter: string;
  responsibleOrganisation: string;
  version: number;
}

const fieldIds = (prefix: string) => ({
  title: `${prefix}titel`,
  dueQuarter: `${prefix}kwartaal`,
  responsibleOrganisation: `${prefix}organisatie`,
  description: `${prefix}toelichting`,
});

/** Where the fields of the form that was sent live, for the error summary's links. */
export function workplanFields(outcome: AdminOutcome | undefined): FieldMap {
  if (!outcome) return {};
  if (outcome.intent === "moveItem") return { status: { label: t.moveTo, id: `naar-${outcome.target}` } };
  if (outcome.intent !== "createItem" && outcome.intent !== "updateItem") return {};
  const ids = fieldIds(outcome.intent === "createItem" ? "nieuw-" : `${outcome.target}-`);
  return {
    title: { label: t.titleLabel, id: ids.title },
    dueQuarter: { label: t.dueLabel, id: ids.dueQuarter },
    responsibleOrganisation: { label: t.organisationLabel, id: ids.responsibleOrganisation },
    description: { label: t.descriptionLabel, id: ids.description },
  };
}

/** The four lanes with their items, in lane order. */
export function WorkplanLanes({
  items,
  canEdit,
  outcome,
  badges,
  history,
}: {
  items: WorkplanItemView[];
  canEdit: boolean;
  outcome: AdminOutcome | undefined;
  /** Dependency badges per item id (links in and out, risk with the reason). */
  badges?: Record<string, BadgeData>;
  /** The one item whose history is open (?geschiedenis=<id>), with its events. */
  history?: { itemId: string; events: HistoryEvent[] } | null;
}) {
  return (
    <div className="rw-st-lanes">
      {workplanStatuses.map((status) => {
        const lane = items.filter((item) => item.status === status);
        const headingId = `baan-${status}`;
        return (
          <section key={status} className="rw-st-lane" aria-labelledby={headingId}>
            <Heading3 id={headingId}>
              {boardMessages.workplanStatusLabel[status]} <span className="rw-muted">({t.laneCount(lane.length)})</span>
            </Heading3>
            {lane.length === 0 ? (
              <Paragraph className="rw-muted">{t.laneEmpty}</Paragraph>
            ) : (
              <ol className="rw-st-lane__items">
                {lane.map((item) => (
                  <WorkplanItemCard
                    key={item.id}
                    item={item}
                    canEdit={canEdit}
                    outcome={outcome}
                    badge={badges?.[item.id]}
                    history={history?.itemId === item.id ? history.events : undefined}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

function WorkplanItemCard({
  item,
  canEdit,
  outcome,
  badge,
  history,
}: {
  item: WorkplanItemView;
  canEdit: boolean;
  outcome: AdminOutcome | undefined;
  badge?: BadgeData;
  history?: HistoryEvent[];
}) {
  return (
    <li className="rw-st-item" id={`punt-${item.id}`}>
      <h4>{item.title}</h4>
      <DependencyBadges badge={badge} />
      {item.description && <p>{item.description}</p>}
      <EnabledCards badge={badge} />
      <dl>
        <dt>{t.due}</dt>
        <dd>{showQuarter(item.dueQuarter)}</dd>
        <dt>{t.organisation}</dt>
        <dd>{item.responsibleOrganisation || <span className="rw-muted">{t.noOrganisation}</span>}</dd>
      </dl>
      <ItemHistory item={item} events={history} />
      {canEdit && (
        <>
          <MoveForm item={item} outcome={outcome} />
          <EditForm key={`${item.id}-${item.version}`} item={item} outcome={outcome} />
          <Form method="post">
            <FormMessage id={`fout-archief-${item.id}`} message={formLevelError(outcome, "archiveItem", item.id, [])} />
            <IntentFields intent="archiveItem" target={item.id} />
            <SecondaryActionButton type="submit">
              {t.archive}
              <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
            </SecondaryActionButton>
          </Form>
        </>
      )}
    </li>
  );
}

/**
 * The item's history behind a link (?geschiedenis=<id>): a plain link, so it works without
 * JavaScript and can be shared; only the open item's history is read.
 */
function ItemHistory({ item, events }: { item: WorkplanItemView; events: HistoryEvent[] | undefined }) {
  const { pathname } = useLocation();
  const open = events !== undefined;
  const listId = `geschiedenis-${item.id}`;
  return (
    <>
      <p>
        <AppLink
          to={open ? pathname : `${pathname}?geschiedenis=${item.id}#punt-${item.id}`}
          preventScrollReset
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
        >
          {open ? t.closeHistory : t.history}
          <span className="rw-visually-hidden">{t.historyOf(item.title)}</span>
        </AppLink>
      </p>
      {open &&
        (events.length === 0 ? (
          <p id={listId}>{t.noHistory}</p>
        ) : (
          <ol id={listId} className="rw-history" aria-label={t.historyCaption(item.title)}>
            {events.map((event) => (
              <li key={event.id}>
                {describeWorkplanEvent(event).map((line, index) => (
                  <p key={index}>{line}</p>
                ))}
                <time dateTime={new Date(event.createdAt).toISOString()}>{formatMoment(event.createdAt)}</time>
              </li>
            ))}
          </ol>
        ))}
    </>
  );
}

/** "Nodig voor": the cards that wait for this item, each opening in its werkgroep's board. */
function EnabledCards({ badge }: { badge: BadgeData | undefined }) {
  const cards = badge?.enables ?? [];
  if (cards.length === 0) return null;
  return (
    <div className="rw-st-enables">
      <p className="rw-st-enables__title">{nl.dependencyInbox.enablesTitle}</p>
      <ul>
        {cards.map((card) => (
          <li key={card.id}>
            <AppLink to={itemHref({ ...card, type: "card" })}>{card.title}</AppLink> <span className="rw-muted">({card.owner.name})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Verplaats naar [lane]": the other three lanes; the item goes to the bottom of the chosen one. */
function MoveForm({ item, outcome }: { item: WorkplanItemView; outcome: AdminOutcome | undefined }) {
  const id = `naar-${item.id}`;
  const error = errorFor(outcome, "moveItem", item.id, "status") ?? formLevelError(outcome, "moveItem", item.id, ["status"]);
  const busy = useSubmitting("moveItem", item.id);
  return (
    <Form method="post">
      <IntentFields intent="moveItem" target={item.id} />
      <FormField
        invalid={Boolean(error)}
        label={
          <FormLabel htmlFor={id}>
            {t.moveTo}
            <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
          </FormLabel>
        }
        input={
          <Select id={id} name="status" invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined}>
            {workplanStatuses
              .filter((status) => status !== item.status)
              .map((status) => (
                <SelectOption key={status} value={status}>
                  {boardMessages.workplanStatusLabel[status]}
                </SelectOption>
              ))}
          </Select>
        }
      />
      <SecondaryActionButton type="submit" busy={busy}>
        {t.moveButton}
        <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
      </SecondaryActionButton>
      {error && (
        <p id={`${id}-error`} className="rw-field-error">
          {error}
        </p>
      )}
    </Form>
  );
}

/** "Wijzigen": title, quarter, organisation and description, opened on demand (or after a refusal). */
function EditForm({ item, outcome }: { item: WorkplanItemView; outcome: AdminOutcome | undefined }) {
  const refused = outcome && !outcome.ok && isFor(outcome, "updateItem", item.id) ? outcome : undefined;
  const values = refused?.values ?? {};
  const ids = fieldIds(`${item.id}-`);
  const error = (path: string) => errorFor(outcome, "updateItem", item.id, path);
  const busy = useSubmitting("updateItem", item.id);
  const original = {
    title: item.title,
    dueQuarter: showQuarter(item.dueQuarter) ?? "",
    responsibleOrganisation: item.responsibleOrganisation,
    description: item.description,
  };
  return (
    <details open={refused ? true : undefined}>
      <summary>
        {t.edit}
        <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
      </summary>
      <Form method="post" noValidate>
        <IntentFields intent="updateItem" target={item.id} />
        {Object.entries(original).map(([field, value]) => (
          <input key={field} type="hidden" name={`base-${field}`} value={value} />
        ))}
        <FormMessage id={`fout-${item.id}`} message={formLevelError(outcome, "updateItem", item.id, Object.keys(original))} />
        <AdminTextField id={ids.title} name="title" label={t.titleLabel} autoComplete="off" required defaultValue={values.title ?? original.title} error={error("title")} />
        <AdminTextField
          id={ids.dueQuarter}
          name="dueQuarter"
          label={t.dueLabel}
          description={t.dueHint}
          autoComplete="off"
          required
          defaultValue={values.dueQuarter ?? original.dueQuarter}
          error={error("dueQuarter")}
        />
        <AdminTextField
          id={ids.responsibleOrganisation}
          name="responsibleOrganisation"
          label={`${t.organisationLabel} ${nl.admin.optionalSuffix}`}
          autoComplete="organization"
          defaultValue={values.responsibleOrganisation ?? original.responsibleOrganisation}
          error={error("responsibleOrganisation")}
        />
        <AdminTextarea
          id={ids.description}
          name="description"
          label={`${t.descriptionLabel} ${nl.admin.optionalSuffix}`}
          rows={3}
          defaultValue={values.description ?? original.description}
          error={error("description")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.saveButton}
            <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
          </PrimaryActionButton>
        </div>
      </Form>
    </details>
  );
}

/** "Nieuw punt": lands at the bottom of Gepland. */
export function NewItemForm({ outcome }: { outcome: AdminOutcome | undefined }) {
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useSubmitting("createItem");
  const values = outcome && !outcome.ok && isFor(outcome, "createItem") ? outcome.values : {};
  const error = (path: string) => errorFor(outcome, "createItem", "", path);
  const ids = fieldIds("nieuw-");
  useEffect(() => {
    if (outcome?.ok && outcome.intent === "createItem") formRef.current?.reset();
  }, [outcome]);
  return (
    <section className="rw-section" aria-labelledby="nieuw-punt">
      <Heading2 id="nieuw-punt">{t.newTitle}</Heading2>
      <Paragraph>{t.newIntro}</Paragraph>
      <Form method="post" noValidate className="rw-form" ref={formRef} aria-labelledby="nieuw-punt">
        <IntentFields intent="createItem" />
        <AdminTextField id={ids.title} name="title" label={t.titleLabel} autoComplete="off" required defaultValue={values.title ?? ""} error={error("title")} />
        <AdminTextField
          id={ids.dueQuarter}
          name="dueQuarter"
          label={t.dueLabel}
          description={t.dueHint}
          autoComplete="off"
          required
          defaultValue={values.dueQuarter ?? ""}
          error={error("dueQuarter")}
        />
        <AdminTextField
          id={ids.responsibleOrganisation}
          name="responsibleOrganisation"
          label={`${t.organisationLabel} ${nl.admin.optionalSuffix}`}
          autoComplete="organization"
          defaultValue={values.responsibleOrganisation ?? ""}
          error={error("responsibleOrganisation")}
        />
        <AdminTextarea
          id={ids.description}
          name="description"
          label={`${t.descriptionLabel} ${nl.admin.optionalSuffix}`}
          rows={3}
          defaultValue={values.description ?? ""}
          error={error("description")}
        />
        <div>
          <PrimaryActionButton type="submit" busy={busy}>
            {t.createButton}
          </PrimaryActionButton>
        </div>
      </Form>
    </section>
  );
}

/** Archived items with a button to put each back. */
export function ArchivedItems({ items, outcome }: { items: Array<{ id: string; title: string; dueQuarter: string }>; outcome: AdminOutcome | undefined }) {
  return (
    <section className="rw-section" aria-labelledby="gearchiveerd">
      <Heading2 id="gearchiveerd">{t.archivedTitle}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t.noArchived}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.archivedIntro}</Paragraph>
          <ul className="rw-plain-list rw-stack">
            {items.map((item) => (
              <li key={item.id}>
                <Form method="post" className="rw-filter">
                  <IntentFields intent="restoreItem" target={item.id} />
                  <span>
                    {item.title} <span className="rw-muted">({showQuarter(item.dueQuarter)})</span>
                  </span>
                  <SecondaryActionButton type="submit">
                    {t.restore}
                    <span className="rw-visually-hidden">{t.editFor(item.title)}</span>
                  </SecondaryActionButton>
                </Form>
                <FormMessage id={`fout-terug-${item.id}`} message={formLevelError(outcome, "restoreItem", item.id, [])} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
