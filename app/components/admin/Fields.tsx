import type { ReactNode } from "react";
import { nl } from "../../../shared/i18n/nl";
import { roleNames } from "../../../shared/schemas/people";
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";

// Labelled form controls for /beheer: label, hint and error message are linked to the
// control for screen readers. `hideLabel` keeps the label for screen readers only (row forms).

interface FieldBase {
  id: string;
  name: string;
  label: string;
  hideLabel?: boolean;
  description?: string;
  error?: string;
}

function describedBy(id: string, description?: string, error?: string) {
  return [description ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hideLabel, description, error, input }: FieldBase & { input: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} className={hideLabel ? "rw-visually-hidden" : undefined}>
          {label}
        </FormLabel>
      }
      description={description ? <FormFieldDescription id={`${id}-hint`}>{description}</FormFieldDescription> : undefined}
      errorMessage={
        error ? (
          <FormFieldErrorMessage id={`${id}-error`} className="rw-field-error">
            {error}
          </FormFieldErrorMessage>
        ) : undefined
      }
      input={input}
    />
  );
}

export function AdminTextField(props: FieldBase & { type?: "text" | "email"; autoComplete: string; defaultValue?: string; required?: boolean }) {
  const { id, name, type = "text", autoComplete, defaultValue, required, description, error } = props;
  return (
    <Frame
      {...props}
      input={
        <Textbox
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
          spellCheck={type === "email" ? false : undefined}
          autoCapitalize={type === "email" ? "none" : undefined}
        />
      }
    />
  );
}

export function AdminTextarea(props: FieldBase & { defaultValue?: string; rows?: number }) {
  const { id, name, defaultValue, rows = 4, description, error } = props;
  return (
    <Frame
      {...props}
      input={
        <Textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        />
      }
    />
  );
}

export function AdminSelect(props: FieldBase & { defaultValue?: string; required?: boolean; children: ReactNode }) {
  const { id, name, defaultValue, required, description, error, children } = props;
  return (
    <Frame
      {...props}
      input={
        <Select
          id={id}
          name={name}
          defaultValue={defaultValue}
          required={required}
          invalid={Boolean(error)}
          aria-describedby={describedBy(id, description, error)}
        >
          {children}
        </Select>
      }
    />
  );
}

type RoleName = (typeof roleNames)[number];

/** Options for a role select; `only` limits them (e.g. the roles of a werkgroep). */
export function RoleOptions({ only, placeholder = true }: { only?: readonly RoleName[]; placeholder?: boolean }) {
  return (
    <>
      {placeholder && <SelectOption value="">{nl.admin.chooseRole}</SelectOption>}
      {(only ?? roleNames).map((role) => (
        <SelectOption key={role} value={role}>
          {nl.people.roles[role]}
        </SelectOption>
      ))}
    </>
  );
}

/** "No scope" (or `noneLabel`), then every werkgroep and every fundament; values as scopeFrom() reads them. */
export function ScopeOptions({ groups, foundations, noneLabel = nl.admin.noScope }: { groups: Array<{ id: string; name: string }>; foundations: Array<{ id: string; name: string }>; noneLabel?: string }) {
  return (
    <>
      <SelectOption value="">{noneLabel}</SelectOption>
      <optgroup label={nl.admin.scopeGroups}>
        {groups.map((group) => (
          <SelectOption key={group.id} value={`group:${group.id}`}>
            {group.name}
          </SelectOption>
        ))}
      </optgroup>
      <optgroup label={nl.admin.scopeFoundations}>
        {foundations.map((foundation) => (
          <SelectOption key={foundation.id} value={`foundation:${foundation.id}`}>
            {foundation.name}
          </SelectOption>
        ))}
      </optgroup>
    </>
  );
}

/** "Choose a person", then the active people by name (with e-mail, names are not unique). */
export function PersonOptions({ people }: { people: Array<{ id: string; name: string; email: string; active: boolean }> }) {
  return (
    <>
      <SelectOption value="">{nl.admin.choosePerson}</SelectOption>
      {people
        .filter((person) => person.active)
        .map((person) => (
          <SelectOption key={person.id} value={person.id}>
            {person.name ? `${person.name} (${person.email})` : person.email}
          </SelectOption>
        ))}
    </>
  );
}
