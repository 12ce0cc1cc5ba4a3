/** A group of checkboxes for a werkgroep's links; plain inputs, so the form works without JavaScript. */
export function LinkChoices({
  legend,
  name,
  options,
  checked = [],
}: {
  legend: string;
  name: string;
  options: Array<{ id: string; name: string }>;
  checked?: string[];
}) {
  return (
    <fieldset className="utrecht-form-fieldset rw-choices">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {options.map((option) => (
        <div key={option.id} className="rw-choice">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            id={`${name}-${option.id}`}
            name={name}
            value={option.id}
            defaultChecked={checked.includes(option.id)}
          />
          <label htmlFor={`${name}-${option.id}`}>{option.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
