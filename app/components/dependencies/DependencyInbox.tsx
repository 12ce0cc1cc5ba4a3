import { Form, useActionData, useNavigation } from "@remix-run/react";
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
import { useEffect, useRef } from "react";
import { dependencyMessages } from "../../../shared/domain/dependency-graph";
import { nl } from "../../../shared/i18n/nl";
import { AppLink } from "../ui/AppLink";
import { itemHref, type DependencyData, type ItemRefData } from "./dependency-view";
import { formatCalendarDate, formatDay } from "../../../shared/dutch-time";

const t = nl.dependencyInbox;
const kinds = ["vereist", "versterkt", "overlapt"] as const;

export interface DependencyFormProblemData {
  ok: false;
  intent: "propose" | "confirm" | "decline" | "withdraw";
  target: string;
  message: string;
  issues: Array<{ path: string; message: string }>;
  values: Record<string, string>;
}

export interface DependencyTabView {
  owner: { kind: "werkgroep" | "fundament"; slug: string; name: string };
  waiting: DependencyData[];
  incoming: DependencyData[];
  outgoing: DependencyData[];
  atRisk: Array<{ id: string; title: string; riskText: string | null }>;
  request: {
    canPropose: boolean;
    items: Array<{ id: string; title: string }>;
    query: string;
    from: { id: string; title: string } | null;
    groups: Array<{ owner: ItemRefData["owner"]; items: ItemRefData[] }>;
  };
  done: string | null;
}

function problemFor(problem: DependencyFormProblemData | undefined, intent: DependencyFormProblemData["intent"], target: string) {
  return problem && problem.intent === intent && problem.target === target ? problem : undefined;
}

function useBusy(intent: string, target: string): boolean {
  const navigation = useNavigation();
  const form = navigation.formData;
  return navigation.state === "submitting" && form?.get("intent") === intent && (form.get("id") === target || form.get("fromId") === target);
}

/**
 * A werkgroep's or fundament's Afhankelijkheden: what waits for this side's answer first, the
 * own items at risk with the reason, the links in and out, and the request flow. Every step is
 * a plain form (also without JavaScript); a refusal shows next to its form and is announced.
 */
export function DependencyInbox({ data }: { data: DependencyTabView }) {
  const problem = useActionData<DependencyFormProblemData>() ?? undefined;
  const ownerLabel = `${data.owner.kind} ${data.owner.name}`;
  const doneMessage = data.done ? t.done[data.done] : null;
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (doneMessage) status.current?.focus();
  }, [doneMessage]);
  return (
    <div className="rw-dep-tab">
      <Heading2 id="afhankelijkheden-titel">{t.title}</Heading2>
      <Paragraph>{t.intro(ownerLabel)}</Paragraph>
      <Paragraph>
        <AppLink to={`/afhankelijkheden?${data.owner.kind}=${encodeURIComponent(data.owner.slug)}`}>{t.toRegion}</AppLink>
      </Paragraph>
      <div role="status" ref={status} tabIndex={-1} className={doneMessage ? "rw-success" : undefined}>
        {doneMessage && <Paragraph>{doneMessage}</Paragraph>}
      </div>

      <section className="rw-section" aria-labelledby="wacht-op-antwoord">
        <Heading3 id="wacht-op-antwoord">
          {t.waitingTitle} <span className="rw-muted">({data.waiting.length})</span>
        </Heading3>
        {data.waiting.length === 0 ? (
          <Paragraph>{t.waitingEmpty}</Paragraph>
        ) : (
          <>
            <Paragraph className="rw-muted">{t.waitingIntro}</Paragraph>
            <LinkList links={data.waiting} problem={problem} />
          </>
        )}
      </section>

      <section className="rw-section" aria-labelledby="loopt-risico">
        <Heading3 id="loopt-risico">{t.riskTitle}</Heading3>
        {data.atRisk.length === 0 ? (
          <Paragraph>{t.riskEmpty}</Paragraph>
        ) : (
          <ul className="rw-dep-list">
            {data.atRisk.map((item) => (
              <li key={item.id} className="rw-dep-item rw-dep-item--risk">
                <AppLink to={itemHref({ id: item.id, type: data.owner.kind === "werkgroep" ? "card" : "item", owner: data.owner })}>{item.title}</AppLink>{" "}
                <span className="rw-dep-badge rw-dep-badge--risk">{t.badgeRisk}</span>
                {item.riskText && <p className="rw-dep-risk-text">{item.riskText}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="rw-section" aria-labelledby="inkomend">
        <Heading3 id="inkomend">
          {t.incomingTitle} <span className="rw-muted">({data.incoming.length})</span>
        </Heading3>
        {data.incoming.length === 0 ? <Paragraph>{t.incomingEmpty}</Paragraph> : <LinkList links={data.incoming} problem={problem} />}
      </section>

      <section className="rw-section" aria-labelledby="uitgaand">
        <Heading3 id="uitgaand">
          {t.outgoingTitle} <span className="rw-muted">({data.outgoing.length})</span>
        </Heading3>
        {data.outgoing.length === 0 ? <Paragraph>{t.outgoingEmpty}</Paragraph> : <LinkList links={data.outgoing} problem={problem} />}
      </section>

      <RequestFlow data={data} problem={problemFor(problem, "propose", data.request.from?.id ?? "")} />
    </div>
  );
}

function ItemName({ item }: { item: ItemRefData }) {
  return (
    <>
      <AppLink to={itemHref(item)}>{item.title}</AppLink>{" "}
      <span className="rw-muted">
        ({t.ownerGroup(item.owner.kind, item.owner.name)}
        {item.quarter ? `, ${item.quarter}` : ""})
      </span>
    </>
  );
}

function LinkList({ links, problem }: { links: DependencyData[]; problem: DependencyFormProblemData | undefined }) {
  return (
    <ul className="rw-dep-list">
      {links.map((link) => (
        <LinkItem key={link.id} link={link} problem={problem && problem.target === link.id ? problem : undefined} />
      ))}
    </ul>
  );
}

/** One link: who needs what, kind and state, the agreement, who answered, and the steps this person may take. */
function LinkItem({ link, problem }: { link: DependencyData; problem: DependencyFormProblemData | undefined }) {
  const context = t.forItem(link.from.title, t.kindPhrase[link.kind] ?? link.kindLabel, link.to.title);
  const declineId = `afwijzen-${link.id}`;
  const errorId = `fout-${link.id}`;
  const confirmBusy = useBusy("confirm", link.id);
  const declineBusy = useBusy("decline", link.id);
  const withdrawBusy = useBusy("withdraw", link.id);
  return (
    <li className="rw-dep-item" data-dependency-id={link.id} data-state={link.state}>
      <p className="rw-dep-item__line">
        <ItemName item={link.from} /> <strong>{t.kindPhrase[link.kind] ?? link.kindLabel}</strong> <ItemName item={link.to} />
      </p>
      <p className="rw-dep-item__chips">
        <span className="rw-dep-chip">{link.kindLabel}</span> <span className={`rw-dep-chip rw-dep-chip--${link.state}`}>{link.stateLabel}</span>
      </p>
      {link.agreedDate && <p>{t.agreedDate(formatCalendarDate(link.agreedDate))}</p>}
      {link.note && (
        <p>
          <strong>{t.noteLabel}:</strong> {link.note}
        </p>
      )}
      <p className="rw-muted">
        {t.proposedBy(link.proposedByName, formatDay(link.createdAt))}
        {link.answeredAt && (link.state === "bevestigd" || link.state === "afgewezen") && <> {t.answeredBy(link.stateLabel, link.answeredByName, formatDay(link.answeredAt))}</>}
      </p>
      {link.answerReason && (
        <p>
          <strong>{t.reasonLabel}:</strong> {link.answerReason}
        </p>
      )}
      {problem && (
        <p id={errorId} role="alert" className="rw-field-error">
          {t.actionRefused} {problem.message}
        </p>
      )}
      {(link.abilities.answer || link.abilities.withdraw) && (
        <div className="rw-dep-item__actions">
          {link.abilities.answer && (
            <>
              <Form method="post" preventScrollReset>
                <input type="hidden" name="intent" value="confirm" />
                <input type="hidden" name="id" value={link.id} />
                <PrimaryActionButton type="submit" busy={confirmBusy}>
                  {t.confirm}
                  <span className="rw-visually-hidden">{context}</span>
                </PrimaryActionButton>
              </Form>
              <details className="rw-dep-decline" open={problem?.intent === "decline" ? true : undefined}>
                <summary>
                  {t.decline}
                  <span className="rw-visually-hidden">{context}</span>
                </summary>
                <Form method="post" preventScrollReset className="rw-dep-form">
                  <input type="hidden" name="intent" value="decline" />
                  <input type="hidden" name="id" value={link.id} />
                  <div className="rw-field">
                    <FormLabel htmlFor={declineId}>{t.declineReason}</FormLabel>
                    <p id={`${declineId}-hint`} className="rw-muted rw-hint">
                      {t.declineHint}
                    </p>
                    <Textarea
                      id={declineId}
                      name="reason"
                      rows={3}
                      required
                      defaultValue={problem?.intent === "decline" ? problem.values.reason : undefined}
                      invalid={problem?.intent === "decline"}
                      aria-describedby={[`${declineId}-hint`, problem?.intent === "decline" ? errorId : ""].filter(Boolean).join(" ")}
                    />
                  </div>
                  <div>
                    <SecondaryActionButton type="submit" busy={declineBusy}>
                      {t.decline}
                      <span className="rw-visually-hidden">{context}</span>
                    </SecondaryActionButton>
                  </div>
                </Form>
              </details>
            </>
          )}
          {link.abilities.withdraw && (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="withdraw" />
              <input type="hidden" name="id" value={link.id} />
              <SecondaryActionButton type="submit" busy={withdrawBusy}>
                {t.withdraw}
                <span className="rw-visually-hidden">{context}</span>
              </SecondaryActionButton>
            </Form>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * "Deze oplossingsrichting heeft nodig…": step 1 (a GET form) picks the own item and narrows
 * the other side by a word; step 2 (a POST form) picks the other item, the kind, an optional
 * date and the note. A refusal (a cycle, a duplicate) shows above step 2 with what was sent.
 */
function RequestFlow({ data, problem }: { data: DependencyTabView; problem: DependencyFormProblemData | undefined }) {
  const { request, owner } = data;
  const busy = useBusy("propose", request.from?.id ?? "");
  const values = problem?.values ?? {};
  const fieldError = (path: string) => problem?.issues.find((issue) => issue.path === path)?.message;
  const toError = fieldError("toId");
  const dateError = fieldError("agreedDate");
  const fromLabel = owner.kind === "werkgroep" ? t.fromLabelCard : t.fromLabelItem;
  return (
    <section className="rw-section" aria-labelledby="nieuw-verzoek">
      <Heading3 id="nieuw-verzoek">{t.requestTitle}</Heading3>
      {!request.canPropose ? (
        <Paragraph>{t.requestReadOnly}</Paragraph>
      ) : request.items.length === 0 ? (
        <Paragraph>{t.requestNoItems}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.requestIntro}</Paragraph>
          <Form method="get" preventScrollReset className="rw-dep-form" aria-labelledby="stap-1">
            <p id="stap-1" className="rw-dep-step">
              {t.stepFrom}
            </p>
            <div className="rw-field">
              <FormLabel htmlFor="verzoek-van">{fromLabel}</FormLabel>
              <Select id="verzoek-van" name="van" defaultValue={request.from?.id ?? ""} required>
                <SelectOption value="">{t.chooseFrom}</SelectOption>
                {request.items.map((item) => (
                  <SelectOption key={item.id} value={item.id}>
                    {item.title}
                  </SelectOption>
                ))}
              </Select>
            </div>
            <div className="rw-field">
              <FormLabel htmlFor="verzoek-zoek">{t.searchLabel}</FormLabel>
              <p id="verzoek-zoek-hint" className="rw-muted rw-hint">
                {t.searchHint}
              </p>
              <Textbox id="verzoek-zoek" name="zoek" type="search" defaultValue={request.query} autoComplete="off" aria-describedby="verzoek-zoek-hint" />
            </div>
            <div>
              <SecondaryActionButton type="submit">{t.next}</SecondaryActionButton>
            </div>
          </Form>

          {request.from && (
            <Form
              key={problem ? `fout-${problem.message}-${values.toId ?? ""}-${values.kind ?? ""}` : "leeg"}
              method="post"
              preventScrollReset
              className="rw-dep-form"
              aria-labelledby="stap-2"
              noValidate
            >
              <p id="stap-2" className="rw-dep-step">
                {t.stepTo}
              </p>
              <p>
                <strong>{t.chosenFrom(request.from.title)}</strong>
              </p>
              <div role="alert" id="verzoek-fout" className={problem ? "rw-error-summary" : undefined}>
                {problem && (
                  <Paragraph>
                    <strong>{t.refused}</strong> {problem.message}
                  </Paragraph>
                )}
              </div>
              <input type="hidden" name="intent" value="propose" />
              <input type="hidden" name="fromId" value={request.from.id} />
              {request.groups.length === 0 ? (
                <Paragraph>{t.noTargets}</Paragraph>
              ) : (
                <>
                  <div className="rw-field">
                    <FormLabel htmlFor="verzoek-naar">{t.toLabel}</FormLabel>
                    <select
                      id="verzoek-naar"
                      name="toId"
                      required
                      defaultValue={values.toId ?? ""}
                      className={`utrecht-select utrecht-select--html-select${toError ? " utrecht-select--invalid" : ""}`}
                      aria-invalid={toError ? true : undefined}
                      aria-describedby={toError ? "verzoek-fout" : undefined}
                    >
                      <option value="">{t.chooseTo}</option>
                      {request.groups.map((group) => (
                        <optgroup key={`${group.owner.kind}:${group.owner.slug}`} label={t.ownerGroup(group.owner.kind, group.owner.name)}>
                          {group.items.map((item) => (
                            <option key={item.id} value={item.id}>
                              {t.targetOption(item.title, item.quarter, item.statusLabel ?? item.status)}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                  </div>
                  <fieldset className="utrecht-form-fieldset rw-choices">
                    <legend className="utrecht-form-fieldset__legend">{t.kindLegend}</legend>
                    {kinds.map((kind) => (
                      <div key={kind} className="rw-choice">
                        <input
                          type="radio"
                          className="utrecht-radio-button utrecht-radio-button--html-input"
                          id={`verzoek-soort-${kind}`}
                          name="kind"
                          value={kind}
                          defaultChecked={(values.kind ?? "vereist") === kind}
                        />
                        <label htmlFor={`verzoek-soort-${kind}`}>
                          {dependencyMessages.kindLabel[kind]} <span className="rw-muted">({t.kindHint[kind]})</span>
                        </label>
                      </div>
                    ))}
                  </fieldset>
                  <div className="rw-field">
                    <FormLabel htmlFor="verzoek-datum">{t.dateLabel}</FormLabel>
                    <p id="verzoek-datum-hint" className="rw-muted rw-hint">
                      {t.dateHint}
                    </p>
                    <input
                      id="verzoek-datum"
                      name="agreedDate"
                      type="date"
                      className="utrecht-textbox utrecht-textbox--html-input"
                      defaultValue={values.agreedDate ?? ""}
                      aria-invalid={dateError ? true : undefined}
                      aria-describedby={["verzoek-datum-hint", dateError ? "verzoek-fout" : ""].filter(Boolean).join(" ")}
                    />
                  </div>
                  <div className="rw-field">
                    <FormLabel htmlFor="verzoek-toelichting">{t.noteLabelForm}</FormLabel>
                    <Textarea id="verzoek-toelichting" name="note" rows={3} defaultValue={values.note ?? ""} />
                  </div>
                  <div>
                    <PrimaryActionButton type="submit" busy={busy}>
                      {t.send}
                    </PrimaryActionButton>
                  </div>
                </>
              )}
            </Form>
          )}
        </>
      )}
    </section>
  );
}
