import type { InitiativeScope } from "../../../db/schema";
import { nl } from "../../../shared/i18n/nl";

export interface InitiativeView {
  slug: string;
  name: string;
  description: string;
  scope: InitiativeScope;
  municipalities: Array<{ slug: string; name: string }>;
  buildingBlockName?: string;
}

/** Where a voorloper runs, as people say it: its gemeenten, or the region, or "landelijk". */
export function describeWhere(initiative: Pick<InitiativeView, "scope" | "municipalities">) {
  if (initiative.municipalities.length > 0) return initiative.municipalities.map((m) => m.name).join(", ");
  return nl.plan.scope[initiative.scope] || nl.plan.scope.diverse;
}

export function InitiativeTable({
  caption,
  initiatives,
  showBuildingBlock = false,
}: {
  caption: string;
  initiatives: InitiativeView[];
  showBuildingBlock?: boolean;
}) {
  return (
    <div className="utrecht-table-container">
      <table className="utrecht-table rw-table">
        <caption className="utrecht-table__caption rw-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {nl.plan.initiatives}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {nl.plan.where}
            </th>
            {showBuildingBlock && (
              <th scope="col" className="utrecht-table__header-cell">
                {nl.plan.buildingBlock}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {initiatives.map((initiative) => (
            <tr key={initiative.slug} className="utrecht-table__row" id={initiative.slug}>
              <th scope="row" className="utrecht-table__cell">
                <strong>{initiative.name}</strong>
                <p className="utrecht-paragraph rw-muted">{initiative.description}</p>
              </th>
              <td className="utrecht-table__cell">{describeWhere(initiative)}</td>
              {showBuildingBlock && <td className="utrecht-table__cell">{initiative.buildingBlockName}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
