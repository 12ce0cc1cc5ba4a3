import type { Generated, Insertable, Selectable } from "kysely";

// Kysely's view of the database. Keep in step with db/migrations/ (the migrations are the
// truth; this file only describes them to the compiler).

export interface RegionTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: Generated<Date>;
}

export interface PlanTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  title: string;
  subtitle: string;
  ambition: string;
  ambition_description: string;
  guiding_rule: string;
  year: number;
}

export interface SubregionTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  name: string;
  position: number;
}

export interface MunicipalityTable {
  id: Generated<string>;
  region_id: string;
  subregion_id: string | null;
  slug: string;
  name: string;
  position: number;
}

/** The shape shared by the plan's simple named lists (principes, doelgroepen, ...). */
export interface PlanListTable {
  id: Generated<string>;
  plan_id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface TransformationTaskTable extends PlanListTable {
  code: string;
}

export interface BuildingBlockTable extends PlanListTable {
  chapter_title: string | null;
}

export interface CatalogueDirectionTable extends PlanListTable {
  building_block_id: string;
}

export type InitiativeScope = "gemeente" | "regio" | "landelijk" | "diverse";
export type InitiativeKind = "voorloper" | "voorbeeld";

export interface InitiativeTable extends PlanListTable {
  building_block_id: string;
  scope: InitiativeScope;
  kind: InitiativeKind;
}

export interface InitiativeMunicipalityTable {
  initiative_id: string;
  municipality_id: string;
}

export interface FoundationLineTable extends PlanListTable {
  foundation_id: string;
}

export interface CareTableThemeTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  name: string;
  intended_result: string;
  source: string;
  position: number;
}

export interface CareTableTaskTable {
  id: Generated<string>;
  region_id: string;
  theme_id: string;
  slug: string;
  text: string;
  position: number;
}

export interface Database {
  region: RegionTable;
  plan: PlanTable;
  subregion: SubregionTable;
  municipality: MunicipalityTable;
  transformation_task: TransformationTaskTable;
  principle: PlanListTable;
  target_group: PlanListTable;
  theme: PlanListTable;
  financing_stream: PlanListTable;
  building_block: BuildingBlockTable;
  catalogue_direction: CatalogueDirectionTable;
  initiative: InitiativeTable;
  initiative_municipality: InitiativeMunicipalityTable;
  foundation: PlanListTable;
  foundation_line: FoundationLineTable;
  care_table_theme: CareTableThemeTable;
  care_table_task: CareTableTaskTable;
}

export type Region = Selectable<RegionTable>;
export type Plan = Selectable<PlanTable>;
export type NewPlan = Insertable<PlanTable>;
