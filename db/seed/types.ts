import type { CriteriaSetSeed } from "./data/criteria-sets";

/**
 * The shape of a region's plan as seed data. One file per region under db/seed/data/
 * fills it in; db/seed/seed.ts loads it idempotently (every row is keyed by its slug).
 * Slugs are lowercase kebab-case, stable forever (URLs and upserts depend on them),
 * and unique within their kind across the whole plan.
 */
export interface RegionSeed {
  region: { slug: string; name: string };
  plan: {
    slug: string;
    title: string;
    /** The plan's subtitle as printed on its cover. */
    subtitle: string;
    /** The one ambition of the plan, verbatim. */
    ambition: string;
    /** Two or three B1 sentences on what the ambition means. */
    ambitionDescription: string;
    /** The guiding rule ("zelf als het kan, digitaal als het kan, ..."), verbatim. */
    guidingRule: string;
    /** The year the plan is worked out into a transformatieagenda (deadlines default to end of Q2). */
    year: number;
  };
  transformationTasks: Array<{ slug: string; code: string; name: string; description: string }>;
  principles: Array<{ slug: string; name: string; description: string }>;
  targetGroups: Array<{ slug: string; name: string; description: string }>;
  themes: Array<{ slug: string; name: string; description: string }>;
  municipalities: Array<{ slug: string; name: string }>;
  subregions: Array<{ slug: string; name: string; municipalities: string[] }>;
  buildingBlocks: Array<{
    slug: string;
    name: string;
    /** Only when the chapter title differs from the name. */
    chapterTitle?: string;
    description: string;
    directions: Array<{ slug: string; name: string; description: string }>;
    initiatives: Array<InitiativeSeed>;
  }>;
  foundations: Array<{
    slug: string;
    name: string;
    description: string;
    lines: Array<{ slug: string; name: string; description: string }>;
  }>;
  financingStreams: Array<{ slug: string; name: string; description: string }>;
  /** The expert team's criteria sets; every region gets db/seed/data/criteria-sets.ts when left out. */
  criteriaSets?: CriteriaSetSeed[];
  careTable: {
    /** The source document's name, e.g. "Zorgtafel Flevoland agenda 2.0". */
    source: string;
    themes: Array<{
      slug: string;
      name: string;
      /** "Beoogd resultaat voor de inwoner", in short B1 Dutch. */
      intendedResult: string;
      tasks: Array<{ slug: string; text: string }>;
      /** The dated doelstellingen, in short B1 Dutch, with the period they were set for. */
      goals: Array<{ slug: string; text: string; period: string }>;
    }>;
  };
  /**
   * The regiobeeld's key figures: a value ("+34%"), what it measures, and what to compare it
   * with ("landelijk +21%"), each as the plan states it.
   */
  keyFigures: Array<{ slug: string; value: string; label: string; context: string }>;
  /**
   * The indicators monitoring starts with (Regioplan chapter 7). Like criteria sets, they
   * belong to the projectbureau once seeded: a later seed adds missing ones, never changes one.
   */
  indicators?: IndicatorSeed[];
}

export interface IndicatorSeed {
  slug: string;
  kind: "process" | "output" | "outcome";
  name: string;
  description: string;
  unit: string;
  direction: "up" | "down";
  source: string;
  /** The fundament (slug) that reports it, when the plan names one. */
  foundation?: string;
}

export interface InitiativeSeed {
  slug: string;
  name: string;
  description: string;
  /**
   * Where it runs: "gemeente" (then municipalities lists the slugs), "regio" (all of the
   * region), "landelijk" (a national programme) or "diverse" (several places the text does
   * not name).
   */
  scope: "gemeente" | "regio" | "landelijk" | "diverse";
  municipalities: string[];
  /** A named voorloper in the plan, or an example the text mentions without a Voorlopers section. */
  kind: "voorloper" | "voorbeeld";
}
