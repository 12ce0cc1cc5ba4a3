import type { Generated, GeneratedAlways, Insertable, Selectable } from "kysely";

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

export interface PlanKeyFigureTable {
  id: Generated<string>;
  plan_id: string;
  slug: string;
  value: string;
  label: string;
  context: Generated<string>;
  position: number;
}

export interface CareTableGoalTable {
  id: Generated<string>;
  region_id: string;
  theme_id: string;
  slug: string;
  text: string;
  period: string;
  position: number;
}

export interface Database extends AccountTables, BoardTables, AgendaTables, ReviewTables, DependencyTables, MonitoringTables {
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
  care_table_goal: CareTableGoalTable;
  plan_key_figure: PlanKeyFigureTable;
}

export type Region = Selectable<RegionTable>;
export type Plan = Selectable<PlanTable>;
export type NewPlan = Insertable<PlanTable>;

export interface WorkingGroupTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: Generated<Date>;
}

export interface WorkingGroupBuildingBlockTable {
  working_group_id: string;
  building_block_id: string;
}

export interface WorkingGroupThemeTable {
  working_group_id: string;
  theme_id: string;
}

export interface WorkingGroupTargetGroupTable {
  working_group_id: string;
  target_group_id: string;
}

export interface AppUserTable {
  id: Generated<string>;
  region_id: string;
  email: string;
  name: Generated<string>;
  organisation: Generated<string>;
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  deactivated_at: Date | null;
  /** Changes by others after this moment show as new on the person's Overzicht. */
  changes_seen_at: Date | null;
}

export type RoleName =
  | "programme_office"
  | "expert"
  | "coalition"
  | "reader"
  | "group_lead"
  | "group_member"
  | "foundation_lead"
  | "foundation_member";

export interface RoleAssignmentTable {
  id: Generated<string>;
  user_id: string;
  region_id: string;
  role: RoleName;
  working_group_id: string | null;
  foundation_id: string | null;
  created_at: Generated<Date>;
}

export interface SessionTable {
  id: string;
  secret_hash: Uint8Array;
  user_id: string;
  created_at: Generated<Date>;
  last_used_at: Generated<Date>;
  expires_at: Date;
  absolute_expires_at: Date;
  user_agent: Generated<string>;
  ip: Generated<string>;
}

export type TokenPurpose = "invitation" | "password_reset";

export interface OneTimeTokenTable {
  id: string;
  secret_hash: Uint8Array;
  purpose: TokenPurpose;
  user_id: string;
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface OutboxEmailTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
}

export interface RateLimitTable {
  key: string;
  failures: number;
  window_started_at: Date;
}

export interface AuditEventTable {
  id: Generated<string>;
  /** Insertion order; bigint, so never selected as a number. */
  seq: Generated<string>;
  region_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Generated<Record<string, unknown>>;
  created_at: Generated<Date>;
}

export interface AccountTables {
  working_group: WorkingGroupTable;
  working_group_building_block: WorkingGroupBuildingBlockTable;
  working_group_theme: WorkingGroupThemeTable;
  working_group_target_group: WorkingGroupTargetGroupTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  one_time_token: OneTimeTokenTable;
  outbox_email: OutboxEmailTable;
  rate_limit: RateLimitTable;
  audit_event: AuditEventTable;
}

export type CardStatusName = "verkennen" | "gekozen" | "uitwerken" | "in_agenda" | "gepauzeerd";
export type ScaleKind = "lokaal" | "subregionaal" | "regionaal";
export type WorkplanStatusName = "gepland" | "bezig" | "gereed" | "vertraagd";

export interface SolutionDirectionTable {
  id: Generated<string>;
  region_id: string;
  working_group_id: string;
  origin_id: string | null;
  title: string;
  description: Generated<string>;
  status: Generated<CardStatusName>;
  rank: string;
  focus: Generated<boolean>;
  scale_kind: ScaleKind | null;
  municipality_ids: Generated<string[]>;
  subregion_id: string | null;
  start_quarter: string | null;
  end_quarter: string | null;
  building_block_ids: Generated<string[]>;
  foundation_ids: Generated<string[]>;
  target_group_ids: Generated<string[]>;
  theme_ids: Generated<string[]>;
  task_ids: Generated<string[]>;
  initiative_ids: Generated<string[]>;
  responsible_user_id: string | null;
  assessment: Generated<Record<string, unknown>>;
  version: Generated<number>;
  archived_at: Date | null;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface WorkplanItemTable {
  id: Generated<string>;
  region_id: string;
  foundation_id: string;
  title: string;
  description: Generated<string>;
  due_quarter: string;
  status: Generated<WorkplanStatusName>;
  rank: string;
  responsible_organisation: Generated<string>;
  version: Generated<number>;
  archived_at: Date | null;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface CommentTable {
  id: Generated<string>;
  region_id: string;
  subject_type: "solution_direction" | "workplan_item";
  subject_id: string;
  author_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface BoardTables {
  solution_direction: SolutionDirectionTable;
  workplan_item: WorkplanItemTable;
  comment: CommentTable;
}

export type AgendaKind = "transformatieagenda" | "werkagenda";
export type ReviewStateName =
  | "concept"
  | "ingediend"
  | "in_review"
  | "aanpassen_gevraagd"
  | "positief_advies"
  | "vastgesteld"
  | "teruggetrokken";

export interface AgendaTable {
  id: Generated<string>;
  region_id: string;
  kind: AgendaKind;
  working_group_id: string | null;
  foundation_id: string | null;
  review_state: Generated<ReviewStateName>;
  created_at: Generated<Date>;
  created_by: string | null;
  /** null: the default deadline (end of Q2 of the plan year). A date without time. */
  deadline: string | null;
  state_changed_at: Generated<Date>;
  adopted_version_id: string | null;
  adoption_date: string | null;
  adoption_reference: string | null;
}

export interface CollabUpdateTable {
  /** bigint: comes back as a string from both drivers. */
  id: Generated<string>;
  agenda_id: string;
  update: Uint8Array;
  author_id: string | null;
  created_at: Generated<Date>;
}

export interface CollabSnapshotTable {
  agenda_id: string;
  state: Uint8Array;
  merged_updates: Generated<string>;
  compacted_at: Generated<Date>;
}

export interface AgendaContributionTable {
  agenda_id: string;
  user_id: string;
  updates: Generated<string>;
  first_at: Date;
  last_at: Date;
}

export interface AgendaVersionTable {
  id: Generated<string>;
  agenda_id: string;
  number: number;
  name: string;
  reason: Generated<"manual" | "submit">;
  state: Uint8Array;
  text: string;
  /** The submission checks' outcome (blocking problems and warnings), for submit versions. */
  checks: Generated<Record<string, unknown>>;
  created_at: Generated<Date>;
  created_by: string | null;
}

export interface AgendaTables {
  agenda: AgendaTable;
  collab_update: CollabUpdateTable;
  collab_snapshot: CollabSnapshotTable;
  agenda_contribution: AgendaContributionTable;
  agenda_version: AgendaVersionTable;
}

export type ReviewAdvice = "positief" | "positief_met_aanpassingen" | "aanpassen" | "negatief";

export interface AgendaTransitionTable {
  id: Generated<string>;
  agenda_id: string;
  event: string;
  from_state: ReviewStateName;
  to_state: ReviewStateName;
  actor_id: string | null;
  version_id: string | null;
  reason: Generated<string>;
  created_at: Generated<Date>;
}

export interface ReviewAssignmentTable {
  id: Generated<string>;
  agenda_id: string;
  expert_id: string;
  assigned_by: string | null;
  created_at: Generated<Date>;
}

export interface CriteriaSetTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  name: string;
  description: Generated<string>;
  active: Generated<boolean>;
  position: Generated<number>;
}

export interface CriterionTable {
  id: Generated<string>;
  criteria_set_id: string;
  slug: string;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
}

export interface ReviewTable {
  id: Generated<string>;
  agenda_id: string;
  version_id: string;
  expert_id: string;
  advice: ReviewAdvice | null;
  summary: Generated<string>;
  submitted_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReviewRatingTable {
  review_id: string;
  criterion_id: string;
  score: number;
  motivation: Generated<string>;
}

export interface AgendaThreadTable {
  id: Generated<string>;
  agenda_id: string;
  version_id: string | null;
  /** Yjs relative positions (Y.encodeRelativePosition); null when made without an anchor. */
  anchor_start: Uint8Array | null;
  anchor_end: Uint8Array | null;
  quote: Generated<string>;
  author_id: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  created_at: Generated<Date>;
}

export interface AgendaThreadCommentTable {
  id: Generated<string>;
  thread_id: string;
  author_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface ReviewTables {
  agenda_transition: AgendaTransitionTable;
  review_assignment: ReviewAssignmentTable;
  criteria_set: CriteriaSetTable;
  criterion: CriterionTable;
  review: ReviewTable;
  review_rating: ReviewRatingTable;
  agenda_thread: AgendaThreadTable;
  agenda_thread_comment: AgendaThreadCommentTable;
}

export type DependencyKind = "vereist" | "versterkt" | "overlapt";
export type DependencyState = "voorgesteld" | "bevestigd" | "afgewezen" | "vervallen";

export interface DependencyTable {
  id: Generated<string>;
  region_id: string;
  from_card_id: string | null;
  from_item_id: string | null;
  to_card_id: string | null;
  to_item_id: string | null;
  /** Generated: whichever of from_card_id/from_item_id is set. */
  from_key: GeneratedAlways<string>;
  /** Generated: whichever of to_card_id/to_item_id is set. */
  to_key: GeneratedAlways<string>;
  kind: DependencyKind;
  state: Generated<DependencyState>;
  /** yyyy-mm-dd or null. Select it as `agreed_date::text`: the two drivers return dates differently. */
  agreed_date: string | null;
  note: Generated<string>;
  answer_reason: Generated<string>;
  proposed_by: string | null;
  answered_by: string | null;
  answered_at: Date | null;
  lapsed_at: Date | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FoundationUrgencyDecisionTable {
  id: Generated<string>;
  region_id: string;
  foundation_ids: string[];
  note: Generated<string>;
  decided_by: string | null;
  decided_at: Generated<Date>;
}

export interface FocusLinkJustificationTable {
  card_id: string;
  foundation_id: string;
  reason: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface ItemRiskTable {
  item_id: string;
  region_id: string;
  reasons: Generated<unknown>;
  since: Generated<Date>;
}

export interface NotificationTable {
  id: Generated<string>;
  region_id: string;
  user_id: string;
  kind: string;
  subject_id: string | null;
  data: Generated<Record<string, unknown>>;
  link: Generated<string>;
  created_at: Generated<Date>;
  read_at: Date | null;
  emailed_at: Date | null;
}

export interface DigestRunTable {
  region_id: string;
  day: string;
  ran_at: Generated<Date>;
  sent: Generated<number>;
}

export interface DependencyTables {
  dependency: DependencyTable;
  foundation_urgency_decision: FoundationUrgencyDecisionTable;
  focus_link_justification: FocusLinkJustificationTable;
  item_risk: ItemRiskTable;
  notification: NotificationTable;
  digest_run: DigestRunTable;
}

export type IndicatorKind = "process" | "output" | "outcome";
export type IndicatorDirection = "up" | "down";

export interface IndicatorTable {
  id: Generated<string>;
  region_id: string;
  slug: string;
  kind: IndicatorKind;
  name: string;
  description: Generated<string>;
  unit: Generated<string>;
  direction: Generated<IndicatorDirection>;
  target: number | null;
  target_quarter: string | null;
  source: Generated<string>;
  working_group_id: string | null;
  foundation_id: string | null;
  position: number;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface MeasurementTable {
  id: Generated<string>;
  indicator_id: string;
  quarter: string;
  value: number | null;
  story: Generated<string>;
  source: Generated<string>;
  replaces_id: string | null;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export interface MonitoringTables {
  indicator: IndicatorTable;
  measurement: MeasurementTable;
}
