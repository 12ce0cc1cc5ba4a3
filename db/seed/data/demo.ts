import type { RoleName } from "../../schema";

/**
 * Demo data for `npm start` outside production: werkgroepen, fundament teams and one account
 * per role. Defined once here and used by the seed, the tests and the README table. Never
 * loaded when NODE_ENV=production.
 */
export const demoPassword = "Werkplaats-demo-2024";

export interface DemoWorkingGroup {
  slug: string;
  name: string;
  description: string;
  buildingBlocks: string[];
  themes: string[];
  /** The prioritaire doelgroepen it works for (slugs of the plan's target groups). */
  targetGroups: string[];
}

/** Six werkgroepen in the spirit of the plan: around the priority target groups and themes. */
export const demoWorkingGroups: DemoWorkingGroup[] = [
  {
    slug: "gezond-ouder-worden",
    name: "Gezond ouder worden",
    description: "Ouder wordende inwoners wonen langer prettig thuis, met steun uit de wijk en zorg die op tijd komt.",
    buildingBlocks: ["proactief-werken", "slimmer-coordineren", "zorgzame-gemeenschappen"],
    themes: ["gezond-ouder-worden", "kwetsbare-inwoners"],
    targetGroups: ["ouder-wordende-inwoners"],
  },
  {
    slug: "mentaal-gezond",
    name: "Mentaal gezond Flevoland",
    description: "Inwoners met psychische problemen vinden snel en dichtbij steun, ook zonder verwijzing.",
    buildingBlocks: ["wijkgericht-werken", "positieve-gezondheid"],
    themes: ["mentale-gezondheid"],
    targetGroups: ["psychische-problemen"],
  },
  {
    slug: "gezondheidsvaardigheden",
    name: "Begrijpelijke zorg voor iedereen",
    description: "Inwoners met beperkte gezondheidsvaardigheden begrijpen hun zorg en kunnen meebeslissen.",
    buildingBlocks: ["basisvaardigheden", "begrijpelijke-taal"],
    themes: ["gezonde-inwoner", "kwetsbare-inwoners"],
    targetGroups: ["beperkte-gezondheidsvaardigheden"],
  },
  {
    slug: "sterke-wijken",
    name: "Sterke wijken en buurten",
    description: "Buurten waar mensen elkaar kennen en helpen, met plekken om elkaar te ontmoeten.",
    buildingBlocks: ["zorgzame-gemeenschappen", "wijkgericht-werken"],
    themes: ["gezonde-inwoner"],
    targetGroups: [],
  },
  {
    slug: "gezond-opgroeien",
    name: "Gezond opgroeien",
    description: "Kinderen en jongeren groeien gezond op, thuis, op school en in de wijk.",
    buildingBlocks: ["proactief-werken", "basisvaardigheden"],
    themes: ["gezond-opgroeien"],
    targetGroups: [],
  },
  {
    slug: "slimme-zorg",
    name: "Slimme en passende zorg",
    description: "Zorg en ondersteuning zijn beter op elkaar afgestemd, ook met technologie en zorg op afstand.",
    buildingBlocks: ["slimmer-coordineren", "technologie-en-hulpmiddelen"],
    themes: ["acute-zorg"],
    targetGroups: ["ouder-wordende-inwoners"],
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  organisation: string;
  /** The role as people say it, for the README table. */
  roleLabel: string;
  role: RoleName;
  /** Scope: a werkgroep slug (group roles) or fundament slug (foundation roles). */
  scope?: string;
}

/** The named demo accounts (README table), all with the password `demoPassword`. */
export const demoAccounts: DemoAccount[] = [
  { email: "projectbureau@demo.nl", name: "Petra Projectbureau", organisation: "Projectbureau IZA Flevoland", roleLabel: "Projectbureau", role: "programme_office" },
  { email: "begeleider@demo.nl", name: "Bram Begeleider", organisation: "GGD Flevoland", roleLabel: "Werkgroepbegeleider (Gezond ouder worden)", role: "group_lead", scope: "gezond-ouder-worden" },
  { email: "lid@demo.nl", name: "Lotte Lid", organisation: "Welzijn Lelystad", roleLabel: "Werkgroeplid (Gezond ouder worden)", role: "group_member", scope: "gezond-ouder-worden" },
  { email: "lid2@demo.nl", name: "Lars Lid", organisation: "Zorggroep Almere", roleLabel: "Werkgroeplid (Gezond ouder worden)", role: "group_member", scope: "gezond-ouder-worden" },
  { email: "lid.wg2@demo.nl", name: "Mira Mentaal", organisation: "GGz Centraal", roleLabel: "Werkgroeplid (Mentaal gezond Flevoland)", role: "group_member", scope: "mentaal-gezond" },
  { email: "kwartiermaker@demo.nl", name: "Karim Kwartiermaker", organisation: "Regionaal Werkbedrijf Flevoland", roleLabel: "Kwartiermaker (Toekomstbestendige arbeidsmarkt)", role: "foundation_lead", scope: "arbeidsmarkt" },
  { email: "expert@demo.nl", name: "Eva Expert", organisation: "Expertteam", roleLabel: "Expertteam", role: "expert" },
  { email: "expert2@demo.nl", name: "Erik Expert", organisation: "Expertteam", roleLabel: "Expertteam", role: "expert" },
  { email: "coalitie@demo.nl", name: "Cor Coalitie", organisation: "Verbindende Coalitie", roleLabel: "Verbindende Coalitie", role: "coalition" },
  { email: "meelezer@demo.nl", name: "Mila Meelezer", organisation: "Zorgbelang Inclusief", roleLabel: "Meelezer", role: "reader" },
];
