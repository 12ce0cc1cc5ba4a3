import type { InitiativeScope } from "../../../db/schema";
import { nl } from "../../../shared/i18n/nl";
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";

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
    <TableContainer>
      <Table className="rw-table">
        <TableCaption className="rw-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{nl.plan.initiatives}</TableHeaderCell>
            <TableHeaderCell scope="col">{nl.plan.where}</TableHeaderCell>
            {showBuildingBlock && <TableHeaderCell scope="col">{nl.plan.buildingBlock}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {initiatives.map((initiative) => (
            <TableRow key={initiative.slug} id={initiative.slug}>
              <TableHeaderCell scope="row">
                <strong>{initiative.name}</strong>
                <Paragraph className="rw-muted">{initiative.description}</Paragraph>
              </TableHeaderCell>
              <TableCell>{describeWhere(initiative)}</TableCell>
              {showBuildingBlock && <TableCell>{initiative.buildingBlockName}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
