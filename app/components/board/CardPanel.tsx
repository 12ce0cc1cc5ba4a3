import { Form, Link, useFetcher, useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { assessmentCriteria, cardStatuses, maxFocusPerGroup, scaleKinds, type Assessment, type Scale, type ScaleKind } from "../../../shared/domain/card-rules";
import { boardMessages } from "../../../shared/domain/messages";
import { nl } from "../../../shared/i18n/nl";
import { CheckboxGroup } from "./Choices";
import { FieldForm } from "./FieldForm";
import { describeEvent, type HistoryEvent } from "./history";
import { describeScale, namesOf, showQuarter, showQuarterRange, statusLabel, type BoardCard, type CardOptions } from "./model";
import { TimeAgo } from "../ui/TimeAgo";
import { TextFormFooter } from "./TextFormFooter";
import { isOutcomeFor, type BoardOutcome } from "./outcome";
import { CardDependencies, type CardDependenciesData } from "../dependencies/CardDependencies";
import {
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useReadingAs } from "../../lib/reading-role";

export interface PanelComment {
  id: string;
  body: string;
  createdAt: Date | string;
  authorName: string | null;
}

interface CardPanelProps {
  card: BoardCard;
  comments: PanelComment[];
  history: HistoryEvent[];
  options: CardOptions;
  focusCount: number;
  canEdit: boolean;
  canComment: boolean;
  boardUrl: string;
  confirmArchive: boolean;
  now: number;
  /** The card's dependencies with its risk reason (from the page's loader). */
  dependencies?: CardDependenciesData;
}

const t = nl.board;

/**
 * The card's side panel: a labelled <section> that gets focus when it opens; Escape or
 * "Sluiten" goes back to the board. Each field saves on its own (FieldForm).
 */
export function CardPanel({ card, comments, history, options, focusCount, canEdit, canComment, boardUrl, confirmArchive, now, dependencies }: CardPanelProps) {
  const readingAs = useReadingAs();
  const ref = useRef<HTMLElement>(null);
  const navigate = useNavigate();
  const cardUrl = `${boardUrl}?kaart=${card.id}`;

  useEffect(() => {
    ref.current?.focus();
  }, [card.id]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    navigate(boardUrl, { preventScrollReset: true });
  };

  return (
    <section ref={ref} tabIndex={-1} className="rw-panel" aria-labelledby="kaart-titel" onKeyDown={onKeyDown}>
      <div className="rw-panel__top">
        <p className="rw-panel__kind">{t.panelKind}</p>
        <Link to={boardUrl} preventScrollReset className="utrecht-link utrecht-link--html-a rw-panel__close">
          {t.close}
          <span className="rw-visually-hidden"> {t.closeHint}</span>
        </Link>
      </div>
      <Heading2 id="kaart-titel">{card.title}</Heading2>
      <p className="rw-panel__summary">
        <span className="rw-chip">{statusLabel(card.status)}</span>
        {card.focus && <span className="rw-chip rw-chip--focus">{t.focusMark}</span>}
      </p>

      {canEdit ? (
        <EditableFields card={card} options={options} focusCount={focusCount} />
      ) : (
        <>
          <Paragraph className="rw-muted">{t.readOnly(readingAs)}</Paragraph>
          <ReadOnlyFields card={card} options={options} />
        </>
      )}

      {dependencies && <CardDependencies cardId={card.id} data={dependencies} now={now} />}

      <Comments card={card} comments={comments} canComment={canComment} now={now} />

      <section aria-labelledby="kaart-geschiedenis" className="rw-panel__section">
        <Heading3 id="kaart-geschiedenis">{t.historyTitle}</Heading3>
        {history.length === 0 ? (
          <Paragraph>{t.noHistory}</Paragraph>
        ) : (
          <ol className="rw-history">
            {history.map((event) => (
              <li key={event.id}>
                {describeEvent(event, options).map((line, index) => (
                  <p key={index}>{line}</p>
                ))}
                <TimeAgo moment={event.createdAt} now={now} />
              </li>
            ))}
          </ol>
        )}
      </section>

      {canEdit && (
        <section aria-labelledby="kaart-archiveren" className="rw-panel__section">
          <Heading3 id="kaart-archiveren">{t.archiveTitle}</Heading3>
          {confirmArchive ? (
            <div className="rw-confirm" role="group" aria-labelledby="kaart-archiveren-vraag">
              <Paragraph id="kaart-archiveren-vraag">{t.archiveQuestion(card.title)}</Paragraph>
              <div className="rw-field-form__actions">
                <Form method="post" action={cardUrl} preventScrollReset>
                  <input type="hidden" name="intent" value="archive" />
                  <input type="hidden" name="cardId" value={card.id} />
                  <PrimaryActionButton type="submit">{t.archiveConfirm}</PrimaryActionButton>
                </Form>
                <Link to={cardUrl} preventScrollReset className="utrecht-button utrecht-button--secondary-action rw-button-link">
                  {t.cancel}
                </Link>
              </div>
            </div>
          ) : (
            <>
              <Paragraph>{t.archiveIntro}</Paragraph>
              <Link to={`${cardUrl}&archiveren=ja`} preventScrollReset className="utrecht-button utrecht-button--secondary-action rw-button-link">
                {t.archive}
              </Link>
            </>
          )}
        </section>
      )}
    </section>
  );
}

function EditableFields({ card, options, focusCount }: { card: BoardCard; options: CardOptions; focusCount: number }) {
  const common = { cardId: card.id, options };
  const prefix = `kaart-${card.id}`;
  return (
    <div className="rw-panel__fields">
      <FieldForm {...common} field="title" value={card.title}>
        {({ value, describedBy, invalid }) => (
          <div className="rw-field">
            <FormLabel htmlFor={`${prefix}-titel`}>{t.titleLabel}</FormLabel>
            <Textbox id={`${prefix}-titel`} name="value" defaultValue={String(value ?? "")} required autoComplete="off" invalid={invalid} aria-describedby={describedBy} />
          </div>
        )}
      </FieldForm>

      <FieldForm {...common} field="description" value={card.description}>
        {({ value, describedBy, invalid }) => (
          <div className="rw-field">
            <FormLabel htmlFor={`${prefix}-beschrijving`}>{t.descriptionLabel}</FormLabel>
            <Textarea id={`${prefix}-beschrijving`} name="value" rows={4} defaultValue={String(value ?? "")} invalid={invalid} aria-describedby={describedBy} />
          </div>
        )}
      </FieldForm>

      <FieldForm {...common} field="status" value={card.status}>
        {({ value, describedBy, invalid }) => (
          <div className="rw-field">
            <FormLabel htmlFor={`${prefix}-status`}>{t.statusLabel}</FormLabel>
            <Select id={`${prefix}-status`} name="value" defaultValue={String(value)} invalid={invalid} aria-describedby={describedBy}>
              {cardStatuses.map((status) => (
                <SelectOption key={status} value={status}>
                  {statusLabel(status)}
                </SelectOption>
              ))}
            </Select>
          </div>
        )}
      </FieldForm>

      <FieldForm
        {...common}
        field="focus"
        value={card.focus}
        submit={(busy) => (
          <SecondaryActionButton type="submit" busy={busy} aria-describedby={`${prefix}-focus-uitleg`}>
            {card.focus ? t.focusOff : t.focusOn}
          </SecondaryActionButton>
        )}
      >
        {() => (
          <div className="rw-field">
            <p className="rw-field__label">{t.focusLabel}</p>
            <input type="hidden" name="value" value={String(!card.focus)} />
            <Paragraph id={`${prefix}-focus-uitleg`}>
              {card.focus ? t.hasFocus : t.hasNoFocus} <strong>{t.focusCount(focusCount, maxFocusPerGroup)}</strong>. {t.focusRule}
            </Paragraph>
          </div>
        )}
      </FieldForm>

      <FieldForm {...common} field="scale" value={card.scale}>
        {({ value, describedBy }) => <ScaleInputs prefix={prefix} scale={value as Scale | null} options={options} describedBy={describedBy} />}
      </FieldForm>

      <FieldForm {...common} field="quarters" value={{ startQuarter: card.startQuarter, endQuarter: card.endQuarter }}>
        {({ value, describedBy, invalid }) => {
          const quarters = value as { startQuarter: string | null; endQuarter: string | null };
          const hint = `${prefix}-kwartaal-hint`;
          const described = [hint, describedBy].filter(Boolean).join(" ");
          return (
            <fieldset className="utrecht-form-fieldset rw-choices rw-quarters">
              <legend className="utrecht-form-fieldset__legend">{t.quartersLabel}</legend>
              <p id={hint} className="rw-muted rw-hint">
                {t.quarterHint}
              </p>
              <div className="rw-quarters__inputs">
                <div className="rw-field">
                  <FormLabel htmlFor={`${prefix}-start`}>{boardMessages.fieldLabel.startQuarter}</FormLabel>
                  <Textbox
                    id={`${prefix}-start`}
                    name="startQuarter"
                    defaultValue={showQuarter(quarters.startQuarter) ?? ""}
                    autoComplete="off"
                    size={8}
                    invalid={invalid}
                    aria-describedby={described}
                  />
                </div>
                <div className="rw-field">
                  <FormLabel htmlFor={`${prefix}-eind`}>{boardMessages.fieldLabel.endQuarter}</FormLabel>
                  <Textbox
                    id={`${prefix}-eind`}
                    name="endQuarter"
                    defaultValue={showQuarter(quarters.endQuarter) ?? ""}
                    autoComplete="off"
                    size={8}
                    invalid={invalid}
                    aria-describedby={described}
                  />
                </div>
              </div>
            </fieldset>
          );
        }}
      </FieldForm>

      {(
        [
          ["buildingBlockIds", t.buildingBlocks, options.buildingBlocks, card.buildingBlockIds],
          ["foundationIds", t.foundations, options.foundations, card.foundationIds],
          ["targetGroupIds", t.targetGroups, options.targetGroups, card.targetGroupIds],
          ["themeIds", t.themes, options.themes, card.themeIds],
          ["taskIds", t.tasks, options.tasks, card.taskIds],
          ["initiativeIds", t.initiatives, options.initiatives, card.initiativeIds],
        ] as const
      ).map(([field, legend, list, ids]) => (
        <FieldForm key={field} {...common} field={field} value={ids}>
          {({ value, describedBy }) => (
            <CheckboxGroup legend={legend} name="value" idPrefix={`${prefix}-${field}`} options={list} checked={value as string[]} describedBy={describedBy} />
          )}
        </FieldForm>
      ))}

      <FieldForm {...common} field="responsibleUserId" value={card.responsibleUserId}>
        {({ value, describedBy }) => (
          <div>
            <FormLabel htmlFor={`${prefix}-responsible`}>{t.responsible}</FormLabel>
            <Select id={`${prefix}-responsible`} name="value" defaultValue={(value as string | null) ?? ""} aria-describedby={describedBy}>
              <SelectOption value="">{t.nobodyResponsible}</SelectOption>
              {options.people.map((person) => (
                <SelectOption key={person.id} value={person.id}>
                  {person.name}
                </SelectOption>
              ))}
            </Select>
          </div>
        )}
      </FieldForm>

      <FieldForm {...common} field="assessment" value={card.assessment}>
        {({ value, describedBy }) => <AssessmentGrid prefix={prefix} assessment={value as Assessment} describedBy={describedBy} />}
      </FieldForm>
    </div>
  );
}

/** True once React runs in the browser; before that (and without JavaScript) every option shows. */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

function ScaleInputs({ prefix, scale, options, describedBy }: { prefix: string; scale: Scale | null; options: CardOptions; describedBy?: string }) {
  const [kind, setKind] = useState<ScaleKind | "">(scale?.kind ?? "");
  const hydrated = useHydrated();
  const municipalityIds = scale?.kind === "lokaal" ? scale.municipalityIds : [];
  const subregionId = scale?.kind === "subregionaal" ? scale.subregionId : "";
  return (
    <fieldset className="utrecht-form-fieldset rw-choices" aria-describedby={describedBy}>
      <legend className="utrecht-form-fieldset__legend">{t.scaleLabel}</legend>
      {(["", ...scaleKinds] as const).map((option) => (
        <div key={option || "geen"} className="rw-choice">
          <input
            type="radio"
            className="utrecht-radio-button utrecht-radio-button--html-input"
            id={`${prefix}-schaal-${option || "geen"}`}
            name="scaleKind"
            value={option}
            defaultChecked={kind === option}
            onChange={() => setKind(option)}
          />
          <label htmlFor={`${prefix}-schaal-${option || "geen"}`}>
            {option ? boardMessages.scaleLabel[option] : t.scaleNone}
            {option && <span className="rw-muted"> ({boardMessages.scaleHint[option]})</span>}
          </label>
        </div>
      ))}
      {(!hydrated || kind === "lokaal") && (
        <CheckboxGroup legend={t.municipalitiesLabel} name="municipalityIds" idPrefix={`${prefix}-gemeente`} options={options.municipalities} checked={municipalityIds} />
      )}
      {(!hydrated || kind === "subregionaal") && (
        <div className="rw-field">
          <FormLabel htmlFor={`${prefix}-subregio`}>{t.subregionLabel}</FormLabel>
          <Select id={`${prefix}-subregio`} name="subregionId" defaultValue={subregionId}>
            <SelectOption value="">{t.chooseSubregion}</SelectOption>
            {options.subregions.map((s) => (
              <SelectOption key={s.id} value={s.id}>
                {s.name}
              </SelectOption>
            ))}
          </Select>
        </div>
      )}
    </fieldset>
  );
}

function AssessmentGrid({ prefix, assessment, describedBy }: { prefix: string; assessment: Assessment; describedBy?: string }) {
  const basis = assessment.strengthensBasis === true ? "yes" : assessment.strengthensBasis === false ? "no" : "";
  return (
    <table className="rw-assessment" aria-describedby={describedBy}>
      <caption>{t.assessmentTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.criterion}</th>
          <th scope="col">{t.difference}</th>
        </tr>
      </thead>
      <tbody>
        {assessmentCriteria.map((criterion) => (
          <tr key={criterion}>
            <th scope="row">
              <label htmlFor={`${prefix}-${criterion}`}>{boardMessages.criterionLabel[criterion]}</label>
            </th>
            <td>
              <select id={`${prefix}-${criterion}`} name={criterion} defaultValue={assessment[criterion] ?? ""} className="utrecht-select utrecht-select--html-select">
                <option value="">{boardMessages.assessmentNotFilled}</option>
                {(["geen", "enig", "groot"] as const).map((level) => (
                  <option key={level} value={level}>
                    {boardMessages.assessmentLevelLabel[level]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            <label htmlFor={`${prefix}-basis`}>{boardMessages.strengthensBasisLabel}</label>
          </th>
          <td>
            <select id={`${prefix}-basis`} name="strengthensBasis" defaultValue={basis} className="utrecht-select utrecht-select--html-select">
              <option value="">{boardMessages.assessmentNotFilled}</option>
              <option value="yes">{boardMessages.strengthensBasisAnswer.yes}</option>
              <option value="no">{boardMessages.strengthensBasisAnswer.no}</option>
            </select>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function ReadOnlyFields({ card, options }: { card: BoardCard; options: CardOptions }) {
  const rows: Array<[string, string]> = [
    [t.descriptionLabel, card.description || t.emptyValue],
    [t.statusLabel, statusLabel(card.status)],
    [t.scaleLabel, describeScale(card.scale, options) ?? t.noScale],
    [t.quartersLabel, showQuarterRange(card.startQuarter, card.endQuarter) ?? t.noQuarters],
    [t.buildingBlocks, namesOf(card.buildingBlockIds, options.buildingBlocks).join(", ") || t.noneValue],
    [t.foundations, namesOf(card.foundationIds, options.foundations).join(", ") || t.noneValue],
    [t.targetGroups, namesOf(card.targetGroupIds, options.targetGroups).join(", ") || t.noneValue],
    [t.themes, namesOf(card.themeIds, options.themes).join(", ") || t.noneValue],
    [t.tasks, namesOf(card.taskIds, options.tasks).join(", ") || t.noneValue],
    [t.initiatives, namesOf(card.initiativeIds, options.initiatives).join(", ") || t.noneValue],
    [t.responsible, namesOf(card.responsibleUserId ? [card.responsibleUserId] : [], options.people).join(", ") || t.noneValue],
  ];
  return (
    <dl className="rw-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Comments({ card, comments, canComment, now }: { card: BoardCard; comments: PanelComment[]; canComment: boolean; now: number }) {
  const fetcher = useFetcher<BoardOutcome>();
  const formRef = useRef<HTMLFormElement>(null);
  const outcome = isOutcomeFor(fetcher.data, "comment", card.id) ? fetcher.data : undefined;
  useEffect(() => {
    if (fetcher.state === "idle" && outcome?.ok) formRef.current?.reset();
  }, [fetcher.state, outcome]);
  const id = `kaart-${card.id}-reactie`;
  return (
    <section aria-labelledby="kaart-reacties" className="rw-panel__section">
      <Heading3 id="kaart-reacties">{t.commentsTitle}</Heading3>
      {comments.length === 0 ? (
        <Paragraph>{t.noComments}</Paragraph>
      ) : (
        <ol className="rw-comments">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p className="rw-comments__meta">
                <strong>{comment.authorName ?? t.someone}</strong>{" "}
                <TimeAgo moment={comment.createdAt} now={now} />
              </p>
              <p className="rw-comments__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <fetcher.Form method="post" ref={formRef} className="rw-field-form">
          <input type="hidden" name="intent" value="comment" />
          <input type="hidden" name="cardId" value={card.id} />
          <div className="rw-field">
            <FormLabel htmlFor={id}>{t.commentLabel}</FormLabel>
            <Textarea id={id} name="body" rows={3} required invalid={outcome && !outcome.ok} aria-describedby={outcome && !outcome.ok ? `${id}-fout` : undefined} />
          </div>
          <TextFormFooter fieldId={id} outcome={outcome} busy={fetcher.state !== "idle"} label={t.commentButton} done={t.commented} />
        </fetcher.Form>
      )}
    </section>
  );
}
