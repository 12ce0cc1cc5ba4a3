import type { NamedOption } from "./model";

/** A group of checkboxes (plain inputs, so the form works without JavaScript). */
export function CheckboxGroup({
  legend,
  name,
  idPrefix,
  options,
  checked,
  describedBy,
}: {
  legend: string;
  name: string;
  idPrefix: string;
  options: readonly NamedOption[];
  checked: readonly string[];
  describedBy?: string;
}) {
  return (
    <fieldset className="utrecht-form-fieldset rw-choices rw-choices--compact" aria-describedby={describedBy}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {options.map((option) => (
        <div key={option.id} className="rw-choice">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            id={`${idPrefix}-${option.id}`}
            name={name}
            value={option.id}
            defaultChecked={checked.includes(option.id)}
          />
          <label htmlFor={`${idPrefix}-${option.id}`}>{option.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
