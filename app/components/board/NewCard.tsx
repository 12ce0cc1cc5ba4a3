import { useActionData, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { nl } from "../../../shared/i18n/nl";
import { FormLabel, Heading2, Heading3, Paragraph, PrimaryActionButton, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import type { CardOptions } from "./model";
import { isOutcomeFor, type BoardOutcome } from "./outcome";

const t = nl.board;

/** The answer to one of the two forms: from its fetcher, or from a plain post (no JavaScript). */
function useOutcome(field: string) {
  const fetcher = useFetcher<BoardOutcome>({ key: `new-card-${field}` });
  const posted = useActionData<BoardOutcome>();
  const fromFetcher = isOutcomeFor(fetcher.data, "create", "", field) ? fetcher.data : undefined;
  const fromPost = !fetcher.data && isOutcomeFor(posted, "create", "", field) ? posted : undefined;
  return { fetcher, outcome: fromFetcher ?? fromPost };
}

/**
 * "Nieuwe oplossingsrichting": write one (title + bouwsteen) or adopt one from the plan's
 * catalogue. New cards start in Verkennen.
 */
export function NewCard({ options }: { options: CardOptions }) {
  const own = useOutcome("new");
  const adopt = useOutcome("catalogue");
  const ownForm = useRef<HTMLFormElement>(null);
  const adoptForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (own.fetcher.state === "idle" && own.outcome?.ok) ownForm.current?.reset();
  }, [own.fetcher.state, own.outcome]);
  useEffect(() => {
    if (adopt.fetcher.state === "idle" && adopt.outcome?.ok) adoptForm.current?.reset();
  }, [adopt.fetcher.state, adopt.outcome]);

  const ownError = own.outcome && !own.outcome.ok ? own.outcome : undefined;
  const titleError = ownError?.issues.find((i) => i.path === "title")?.message;
  const blockError = ownError && !titleError ? ownError.message : undefined;
  const adoptError = adopt.outcome && !adopt.outcome.ok ? adopt.outcome.message : undefined;

  return (
    <section aria-labelledby="nieuwe-kaart" className="rw-new-card">
      <Heading2 id="nieuwe-kaart">{t.newTitle}</Heading2>
      <div className="rw-new-card__forms">
        <own.fetcher.Form method="post" ref={ownForm} noValidate className="rw-new-card__form" aria-labelledby="nieuwe-kaart-zelf">
          <Heading3 id="nieuwe-kaart-zelf">{t.newOwnTitle}</Heading3>
          <input type="hidden" name="intent" value="create" />
          <input type="hidden" name="field" value="new" />
          <div className="rw-field">
            <FormLabel htmlFor="nieuwe-kaart-titel">{t.titleLabel}</FormLabel>
            <Textbox
              id="nieuwe-kaart-titel"
              name="title"
              autoComplete="off"
              required
              invalid={Boolean(titleError)}
              aria-describedby={titleError ? "nieuwe-kaart-titel-fout" : undefined}
            />
            {titleError && (
              <Paragraph id="nieuwe-kaart-titel-fout" className="rw-field-error">
                {titleError}
              </Paragraph>
            )}
          </div>
          <div className="rw-field">
            <FormLabel htmlFor="nieuwe-kaart-bouwsteen">{t.buildingBlockLabel}</FormLabel>
            <Select
              id="nieuwe-kaart-bouwsteen"
              name="buildingBlockIds"
              defaultValue=""
              invalid={Boolean(blockError)}
              aria-describedby={blockError ? "nieuwe-kaart-bouwsteen-fout" : undefined}
            >
              <SelectOption value="">{t.chooseBuildingBlock}</SelectOption>
              {options.buildingBlocks.map((block) => (
                <SelectOption key={block.id} value={block.id}>
                  {block.name}
                </SelectOption>
              ))}
            </Select>
            {blockError && (
              <Paragraph id="nieuwe-kaart-bouwsteen-fout" className="rw-field-error">
                {blockError}
              </Paragraph>
            )}
          </div>
          <div className="rw-field-form__actions">
            <PrimaryActionButton type="submit" busy={own.fetcher.state !== "idle"}>
              {t.createButton}
            </PrimaryActionButton>
            <span role="status" className="rw-saved">
              {own.outcome?.ok ? own.outcome.message : ""}
            </span>
          </div>
        </own.fetcher.Form>

        {options.catalogue.length > 0 && (
          <adopt.fetcher.Form method="post" ref={adoptForm} noValidate className="rw-new-card__form" aria-labelledby="nieuwe-kaart-catalogus">
            <Heading3 id="nieuwe-kaart-catalogus">{t.catalogueTitle}</Heading3>
            <input type="hidden" name="intent" value="create" />
            <input type="hidden" name="field" value="catalogue" />
            <div className="rw-field">
              <FormLabel htmlFor="catalogus-keuze">{t.catalogueLabel}</FormLabel>
              <Select
                id="catalogus-keuze"
                name="originId"
                defaultValue=""
                invalid={Boolean(adoptError)}
                aria-describedby={adoptError ? "catalogus-keuze-fout" : undefined}
              >
                <SelectOption value="">{t.chooseCatalogue}</SelectOption>
                {options.buildingBlocks.map((block) => {
                  const directions = options.catalogue.filter((d) => d.buildingBlockId === block.id);
                  if (directions.length === 0) return null;
                  return (
                    <optgroup key={block.id} label={block.name}>
                      {directions.map((direction) => (
                        <SelectOption key={direction.id} value={direction.id}>
                          {direction.name}
                        </SelectOption>
                      ))}
                    </optgroup>
                  );
                })}
              </Select>
              {adoptError && (
                <Paragraph id="catalogus-keuze-fout" className="rw-field-error">
                  {adoptError}
                </Paragraph>
              )}
            </div>
            <div className="rw-field-form__actions">
              <PrimaryActionButton type="submit" busy={adopt.fetcher.state !== "idle"}>
                {t.adoptButton}
              </PrimaryActionButton>
              <span role="status" className="rw-saved">
                {adopt.outcome?.ok ? adopt.outcome.message : ""}
              </span>
            </div>
          </adopt.fetcher.Form>
        )}
      </div>
    </section>
  );
}
