import type { DependencyKind, DependencyState } from "../../schema";

/**
 * Demo dependencies between the demo cards and werkagenda items (db/seed/data/demo-boards.ts),
 * as werkgroepbegeleiders and kwartiermakers in Flevoland would have agreed them: every kind
 * (vereist, versterkt, overlapt) and every state (voorgesteld, bevestigd, afgewezen, vervallen),
 * some with an agreed date, some at risk with a reason people can read:
 * - "Hybride zorg en zorg op afstand" (slimme-zorg, starts Q3 2024) requires the technology
 *   trials of the arbeidsmarkt werkagenda, due Q3 2025 and Vertraagd;
 * - "Eén wijknetwerk" (sterke-wijken) requires the wijk dashboard, and datagedreven-werken declined;
 * - the dashboard itself waits for the information architecture, which waits for the consent
 *   agreements (Vertraagd): risk that spreads along the chain.
 * Cards are named by their catalogue slug or their own title, items by their title.
 */

export type DemoEnd = { group: string; card: string } | { foundation: string; item: string };

export interface DemoDependency {
  from: DemoEnd;
  to: DemoEnd;
  kind: DependencyKind;
  state: DependencyState;
  /** yyyy-mm-dd: delivered by then. */
  agreedDate?: string;
  note: string;
  /** Why it was declined (or a word with the confirmation). */
  answerReason?: string;
  daysAgo: number;
}

export interface DemoJustification {
  group: string;
  card: string;
  foundation: string;
  reason: string;
}

export const demoDependencies: DemoDependency[] = [
  // Gezond ouder worden: both focus cards have what they need from the fundamenten they name.
  {
    from: { group: "gezond-ouder-worden", card: "proactieve-levens-en-zorgplanning" },
    to: { foundation: "domeinoverstijgend-samenwerken", item: "Hindernissen in regels en geld in kaart" },
    kind: "vereist",
    state: "bevestigd",
    note: "We hebben de lijst met hindernissen nodig om afspraken te maken tussen huisarts, wijkverpleging en gemeente.",
    answerReason: "De lijst is klaar; we lopen hem samen door.",
    daysAgo: 60,
  },
  {
    from: { group: "gezond-ouder-worden", card: "proactieve-levens-en-zorgplanning" },
    to: { foundation: "digitale-gegevensuitwisseling", item: "Regionale samenwerkingsorganisatie opzetten" },
    kind: "vereist",
    state: "bevestigd",
    agreedDate: "2025-03-31",
    note: "Wensen van ouderen moeten digitaal mee van huisarts naar ziekenhuis. Daarvoor moet iemand de uitwisseling regelen.",
    answerReason: "Afgesproken: de samenwerkingsorganisatie staat eind maart 2025.",
    daysAgo: 55,
  },
  {
    from: { group: "gezond-ouder-worden", card: "reablement" },
    to: { foundation: "arbeidsmarkt", item: "Leerwerkplekken voor zij-instromers" },
    kind: "vereist",
    state: "voorgesteld",
    note: "Voor reablement in Almere zoeken we zij-instromers die thuis met ouderen oefenen. Kunnen tien leerwerkplekken daarvoor zijn?",
    daysAgo: 6,
  },
  // Slimme zorg: starts in Q3 2024 but needs technology that comes a year later, and is delayed.
  {
    from: { group: "slimme-zorg", card: "hybride-zorg-en-zorg-op-afstand" },
    to: { foundation: "arbeidsmarkt", item: "Drie proeven met technologie die werkdruk verlaagt" },
    kind: "vereist",
    state: "bevestigd",
    agreedDate: "2024-09-30",
    note: "Zorg op afstand kan pas breed als medewerkers de technologie kennen. De proeven laten zien wat werkt.",
    answerReason: "Bevestigd, maar de leveranciers zijn laat. We melden het als het verder schuift.",
    daysAgo: 90,
  },
  {
    from: { group: "slimme-zorg", card: "hybride-zorg-en-zorg-op-afstand" },
    to: { foundation: "digitale-gegevensuitwisseling", item: "Eerste toepassing: overdracht van ziekenhuis naar wijkverpleging" },
    kind: "vereist",
    state: "bevestigd",
    note: "Zorg op afstand na ontslag uit het ziekenhuis werkt alleen als de overdracht digitaal gaat.",
    daysAgo: 85,
  },
  {
    from: { group: "slimme-zorg", card: "Eén overzicht van vrije bedden in Flevoland" },
    to: { group: "gezond-ouder-worden", card: "regionale-coordinatie-capaciteit" },
    kind: "overlapt",
    state: "voorgesteld",
    note: "Beide gaan over vrije plekken in de regio. Laten we één overzicht maken in plaats van twee.",
    daysAgo: 4,
  },
  // Sterke wijken: the dashboard per wijk was declined; the dashboard itself waits for a chain.
  {
    from: { group: "sterke-wijken", card: "een-wijknetwerk" },
    to: { foundation: "datagedreven-werken", item: "Dashboard gezondheid per wijk" },
    kind: "vereist",
    state: "afgewezen",
    agreedDate: "2025-06-30",
    note: "Het wijknetwerk in Noordoostpolder en Urk wil per wijk zien waar inwoners zorg missen, vanaf de start in Q2 2025.",
    answerReason: "Het dashboard per wijk komt pas eind 2025. Een eerdere versie per subregio kunnen we niet maken.",
    daysAgo: 30,
  },
  {
    from: { foundation: "datagedreven-werken", item: "Dashboard gezondheid per wijk" },
    to: { foundation: "digitale-gegevensuitwisseling", item: "Informatiearchitectuur voor de regio vastleggen" },
    kind: "vereist",
    state: "bevestigd",
    note: "Het dashboard haalt cijfers uit systemen van meerdere partners. Eerst moet vastliggen welke systemen wat uitwisselen.",
    daysAgo: 70,
  },
  {
    from: { foundation: "digitale-gegevensuitwisseling", item: "Informatiearchitectuur voor de regio vastleggen" },
    to: { foundation: "digitale-gegevensuitwisseling", item: "Afspraken over toestemming van inwoners" },
    kind: "vereist",
    state: "bevestigd",
    note: "De architectuur volgt de manier waarop inwoners toestemming geven.",
    daysAgo: 75,
  },
  {
    from: { group: "mentaal-gezond", card: "wijkgericht-mentale-gezondheid" },
    to: { group: "sterke-wijken", card: "een-wijknetwerk" },
    kind: "overlapt",
    state: "bevestigd",
    note: "Beide werken met wijkteams in dezelfde dorpen. We stemmen af wie welk gesprek voert.",
    answerReason: "Goed idee: we nodigen elkaar uit voor het eerste wijkoverleg.",
    daysAgo: 40,
  },
  {
    from: { group: "mentaal-gezond", card: "wijkgericht-mentale-gezondheid" },
    to: { foundation: "maatschappelijke-dialoog", item: "Gesprekskaart: wat blijven we doen?" },
    kind: "vereist",
    state: "bevestigd",
    note: "De wijkteams gebruiken de gesprekskaart in hun gesprekken over mentale gezondheid.",
    daysAgo: 45,
  },
  {
    from: { group: "gezondheidsvaardigheden", card: "samen-beslissen" },
    to: { foundation: "maatschappelijke-dialoog", item: "Gesprekskaart: wat blijven we doen?" },
    kind: "versterkt",
    state: "bevestigd",
    note: "Samen beslissen en de gesprekskaart helpen elkaar: dezelfde woorden in de spreekkamer en in de wijk.",
    daysAgo: 50,
  },
  {
    from: { group: "gezond-opgroeien", card: "Gezonde School in elke gemeente" },
    to: { foundation: "gezonde-leefomgeving", item: "Gezondheid in elke omgevingsvisie" },
    kind: "versterkt",
    state: "voorgesteld",
    note: "Een gezonde schoolomgeving (water, groen, veilige fietsroutes) hoort in de omgevingsvisie.",
    daysAgo: 3,
  },
  {
    from: { group: "gezond-opgroeien", card: "Opvoedsteun voor jonge ouders in de wijk" },
    to: { group: "sterke-wijken", card: "fysieke-ontmoetingsplekken" },
    kind: "vereist",
    state: "vervallen",
    note: "Opvoedsteun in het buurthuis vraagt een vaste ontmoetingsplek. Vervallen toen de kaart even in het archief stond; opnieuw voorstellen als het nog nodig is.",
    daysAgo: 25,
  },
];

/** Reasons why a focus card needs no *vereist* link to a fundament it names. */
export const demoJustifications: DemoJustification[] = [
  {
    group: "mentaal-gezond",
    card: "mentaal-gezondheidsnetwerk",
    foundation: "domeinoverstijgend-samenwerken",
    reason: "Het netwerk bouwt op bestaande afspraken tussen GGZ, huisartsen en gemeenten. Van het fundament hebben we nu niets nieuws nodig.",
  },
];

/** The coalition's decided order of the fundamenten, most urgent first. */
export const demoUrgencyDecision = {
  order: [
    "digitale-gegevensuitwisseling",
    "arbeidsmarkt",
    "domeinoverstijgend-samenwerken",
    "datagedreven-werken",
    "maatschappelijke-dialoog",
    "gezonde-leefomgeving",
  ],
  note: "Besloten in de Verbindende Coalitie. Digitale gegevensuitwisseling en de arbeidsmarkt zijn voorwaardelijk voor de meeste oplossingsrichtingen met focus.",
  by: "coalitie@demo.nl",
  daysAgo: 20,
};
