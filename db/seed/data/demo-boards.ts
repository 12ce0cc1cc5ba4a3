import type { CardStatusName, WorkplanStatusName } from "../../schema";

/**
 * Demo boards for `npm start` outside production: a few oplossingsrichtingen (cards) on the
 * board of each demo werkgroep and a few werkagenda items for each fundament, so a new
 * visitor sees boards that look like real work. Never loaded when NODE_ENV=production.
 * Everything refers to the plan by slug (db/seed/data/flevoland.ts, db/seed/data/demo.ts).
 *
 * Rules the data keeps (db/seed/demo-boards.test.ts checks them):
 * - each werkgroep has 3-5 cards, exactly two of them with focus, spread over the lanes;
 * - cards in gekozen, uitwerken and in_agenda have a scale and a start and end quarter in 2024-2026;
 * - each fundament has 3-4 items, with a due quarter and a responsible organisation.
 */

export type DemoScale = { kind: "lokaal"; municipalities: string[] } | { kind: "subregionaal"; subregion: string } | { kind: "regionaal" };

interface DemoCardBase {
  status: CardStatusName;
  focus?: boolean;
  scale?: DemoScale;
  /** Stored form, "2025-Q2". */
  startQuarter?: string;
  endQuarter?: string;
  /** Bouwstenen; an adopted card always also links its catalogue entry's bouwsteen. */
  buildingBlocks?: string[];
  foundations?: string[];
  targetGroups?: string[];
  themes?: string[];
}

/** Adopted from the plan's catalogue (title and description come from it unless given), or new. */
export type DemoCard = DemoCardBase &
  ({ catalogue: string; title?: string; description?: string } | { catalogue?: undefined; title: string; description: string });

export interface DemoBoard {
  /** A werkgroep slug from demo.ts. */
  group: string;
  cards: DemoCard[];
}

export interface DemoWorkplanItem {
  title: string;
  description: string;
  /** Stored form, "2025-Q2". */
  dueQuarter: string;
  status: WorkplanStatusName;
  responsibleOrganisation: string;
}

export interface DemoWorkplan {
  /** A fundament slug from flevoland.ts. */
  foundation: string;
  items: DemoWorkplanItem[];
}

export const demoBoards: DemoBoard[] = [
  {
    group: "gezond-ouder-worden",
    cards: [
      {
        catalogue: "proactieve-levens-en-zorgplanning",
        status: "uitwerken",
        focus: true,
        scale: { kind: "subregionaal", subregion: "lelystad-dronten" },
        startQuarter: "2025-Q1",
        endQuarter: "2026-Q2",
        foundations: ["domeinoverstijgend-samenwerken", "digitale-gegevensuitwisseling"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden"],
      },
      {
        catalogue: "reablement",
        status: "uitwerken",
        focus: true,
        scale: { kind: "lokaal", municipalities: ["almere"] },
        startQuarter: "2025-Q2",
        endQuarter: "2026-Q4",
        foundations: ["arbeidsmarkt"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden", "kwetsbare-inwoners"],
      },
      {
        catalogue: "regionale-coordinatie-capaciteit",
        status: "in_agenda",
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q3",
        endQuarter: "2025-Q4",
        foundations: ["datagedreven-werken", "digitale-gegevensuitwisseling"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden"],
      },
      {
        title: "Valpreventie in de wijk",
        description:
          "Fysiotherapeuten, wijkverpleging en welzijn zien samen welke ouderen kans hebben om te vallen. Zij krijgen een beweegprogramma in het buurthuis.",
        status: "verkennen",
        buildingBlocks: ["proactief-werken", "zorgzame-gemeenschappen"],
        foundations: ["gezonde-leefomgeving"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden"],
      },
      {
        title: "Respijtzorg dichtbij voor mantelzorgers",
        description: "Mantelzorgers kunnen even op adem komen, omdat vrijwilligers uit de buurt de zorg een dagdeel overnemen.",
        status: "gepauzeerd",
        buildingBlocks: ["zorgzame-gemeenschappen"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["kwetsbare-inwoners"],
      },
    ],
  },
  {
    group: "mentaal-gezond",
    cards: [
      {
        catalogue: "mentaal-gezondheidsnetwerk",
        status: "uitwerken",
        focus: true,
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q4",
        endQuarter: "2026-Q2",
        foundations: ["domeinoverstijgend-samenwerken"],
        targetGroups: ["psychische-problemen"],
        themes: ["mentale-gezondheid"],
      },
      {
        catalogue: "wijkgericht-mentale-gezondheid",
        status: "gekozen",
        focus: true,
        scale: { kind: "lokaal", municipalities: ["lelystad", "dronten"] },
        startQuarter: "2025-Q1",
        endQuarter: "2025-Q4",
        buildingBlocks: ["positieve-gezondheid"],
        foundations: ["maatschappelijke-dialoog"],
        targetGroups: ["psychische-problemen"],
        themes: ["mentale-gezondheid"],
      },
      {
        title: "Ervaringsdeskundigen in het wijkteam",
        description: "In elk wijkteam werkt iemand die zelf psychische problemen heeft gehad. Inwoners praten daardoor makkelijker over hun klachten.",
        status: "verkennen",
        buildingBlocks: ["wijkgericht-werken"],
        foundations: ["arbeidsmarkt"],
        targetGroups: ["psychische-problemen"],
        themes: ["mentale-gezondheid"],
      },
      {
        title: "Praten over mentale gezondheid op school",
        description: "Jongeren leren in de klas hoe ze met stress en somberheid omgaan, en waar ze hulp vinden zonder verwijzing.",
        status: "verkennen",
        buildingBlocks: ["positieve-gezondheid"],
        themes: ["mentale-gezondheid", "gezond-opgroeien"],
      },
    ],
  },
  {
    group: "gezondheidsvaardigheden",
    cards: [
      {
        catalogue: "samen-beslissen",
        status: "in_agenda",
        focus: true,
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q2",
        endQuarter: "2025-Q4",
        foundations: ["maatschappelijke-dialoog"],
        targetGroups: ["beperkte-gezondheidsvaardigheden"],
        themes: ["gezonde-inwoner"],
      },
      {
        catalogue: "gezondheidsvaardigheden-en-psychoeducatie",
        status: "uitwerken",
        focus: true,
        scale: { kind: "lokaal", municipalities: ["noordoostpolder", "urk"] },
        startQuarter: "2025-Q1",
        endQuarter: "2026-Q1",
        targetGroups: ["beperkte-gezondheidsvaardigheden"],
        themes: ["gezonde-inwoner", "kwetsbare-inwoners"],
      },
      {
        title: "Taalambassadeurs in de huisartsenpraktijk",
        description: "Inwoners die zelf moeite hadden met lezen helpen de praktijk om brieven en uitleg begrijpelijk te maken.",
        status: "gekozen",
        scale: { kind: "subregionaal", subregion: "almere" },
        startQuarter: "2025-Q3",
        endQuarter: "2026-Q2",
        buildingBlocks: ["begrijpelijke-taal", "basisvaardigheden"],
        foundations: ["arbeidsmarkt"],
        targetGroups: ["beperkte-gezondheidsvaardigheden"],
        themes: ["kwetsbare-inwoners"],
      },
      {
        catalogue: "begrippen",
        status: "verkennen",
        foundations: ["digitale-gegevensuitwisseling"],
        targetGroups: ["beperkte-gezondheidsvaardigheden"],
      },
    ],
  },
  {
    group: "sterke-wijken",
    cards: [
      {
        catalogue: "fysieke-ontmoetingsplekken",
        status: "uitwerken",
        focus: true,
        scale: { kind: "lokaal", municipalities: ["lelystad", "almere"] },
        startQuarter: "2024-Q4",
        endQuarter: "2026-Q2",
        foundations: ["gezonde-leefomgeving"],
        themes: ["gezonde-inwoner"],
      },
      {
        catalogue: "een-wijknetwerk",
        status: "gekozen",
        focus: true,
        scale: { kind: "subregionaal", subregion: "noordoostpolder-urk" },
        startQuarter: "2025-Q2",
        endQuarter: "2026-Q4",
        foundations: ["domeinoverstijgend-samenwerken", "datagedreven-werken"],
        themes: ["gezonde-inwoner", "kwetsbare-inwoners"],
      },
      {
        catalogue: "vrijwilligerswerk-en-ervaringsdeskundigheid",
        status: "verkennen",
        foundations: ["maatschappelijke-dialoog"],
        themes: ["gezonde-inwoner"],
      },
      {
        title: "Buurtbus voor kleine kernen",
        description: "Een bus met een spreekuur van zorg en welzijn rijdt langs de dorpen. Inwoners hoeven dan niet naar de stad voor een eerste gesprek.",
        status: "gepauzeerd",
        buildingBlocks: ["wijkgericht-werken"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["kwetsbare-inwoners"],
      },
    ],
  },
  {
    group: "gezond-opgroeien",
    cards: [
      {
        catalogue: "gezond-opgroeien-en-ouder-worden",
        title: "Kansrijke Start in alle gemeenten",
        status: "in_agenda",
        focus: true,
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q1",
        endQuarter: "2025-Q4",
        foundations: ["datagedreven-werken"],
        themes: ["gezond-opgroeien"],
      },
      {
        title: "Gezonde School in elke gemeente",
        description: "Scholen werken aan gezond eten, bewegen en welbevinden, met steun van de GGD en de jeugdgezondheidszorg.",
        status: "uitwerken",
        focus: true,
        scale: { kind: "lokaal", municipalities: ["dronten", "noordoostpolder", "urk"] },
        startQuarter: "2025-Q1",
        endQuarter: "2026-Q3",
        buildingBlocks: ["basisvaardigheden", "proactief-werken"],
        foundations: ["gezonde-leefomgeving"],
        themes: ["gezond-opgroeien"],
      },
      {
        title: "Opvoedsteun voor jonge ouders in de wijk",
        description: "Jonge ouders vinden in het buurthuis een vast aanspreekpunt voor vragen over opvoeden, geld en gezondheid.",
        status: "gekozen",
        scale: { kind: "subregionaal", subregion: "almere" },
        startQuarter: "2025-Q3",
        endQuarter: "2026-Q4",
        buildingBlocks: ["proactief-werken"],
        foundations: ["domeinoverstijgend-samenwerken"],
        themes: ["gezond-opgroeien", "kwetsbare-inwoners"],
      },
      {
        catalogue: "preventie-en-vroegsignalering",
        status: "verkennen",
        foundations: ["datagedreven-werken"],
        themes: ["gezond-opgroeien", "kwetsbare-inwoners"],
      },
    ],
  },
  {
    group: "slimme-zorg",
    cards: [
      {
        catalogue: "hybride-zorg-en-zorg-op-afstand",
        status: "uitwerken",
        focus: true,
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q3",
        endQuarter: "2026-Q2",
        foundations: ["digitale-gegevensuitwisseling", "arbeidsmarkt"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden"],
      },
      {
        catalogue: "multidisciplinaire-triage-en-toewijzing",
        status: "gekozen",
        focus: true,
        scale: { kind: "subregionaal", subregion: "lelystad-dronten" },
        startQuarter: "2025-Q1",
        endQuarter: "2025-Q4",
        foundations: ["digitale-gegevensuitwisseling", "domeinoverstijgend-samenwerken"],
        themes: ["acute-zorg"],
      },
      {
        title: "Eén overzicht van vrije bedden in Flevoland",
        description: "Ziekenhuis, verpleeghuizen en wijkverpleging zien in één overzicht waar een bed vrij is. Zo hoeft niemand onnodig te wachten.",
        status: "in_agenda",
        scale: { kind: "regionaal" },
        startQuarter: "2024-Q2",
        endQuarter: "2025-Q2",
        buildingBlocks: ["slimmer-coordineren"],
        foundations: ["datagedreven-werken", "digitale-gegevensuitwisseling"],
        themes: ["acute-zorg"],
      },
      {
        catalogue: "digitaal-toegankelijk",
        status: "verkennen",
        foundations: ["maatschappelijke-dialoog"],
        targetGroups: ["beperkte-gezondheidsvaardigheden"],
        themes: ["kwetsbare-inwoners"],
      },
      {
        title: "Slim medicijnbeheer thuis",
        description: "Een medicijndispenser herinnert inwoners aan hun medicijnen en waarschuwt de wijkverpleging als er iets misgaat.",
        status: "gepauzeerd",
        buildingBlocks: ["technologie-en-hulpmiddelen"],
        targetGroups: ["ouder-wordende-inwoners"],
        themes: ["gezond-ouder-worden"],
      },
    ],
  },
];

export const demoWorkplans: DemoWorkplan[] = [
  {
    foundation: "arbeidsmarkt",
    items: [
      {
        title: "Leerwerkplekken voor zij-instromers",
        description: "Zorg- en welzijnsorganisaties bieden samen 40 leerwerkplekken aan voor mensen die uit een andere sector komen.",
        dueQuarter: "2025-Q2",
        status: "bezig",
        responsibleOrganisation: "ROC Flevoland",
      },
      {
        title: "Regionale flexpool voor zorg en welzijn",
        description: "Medewerkers kunnen via één pool bij meerdere organisaties werken. Zo vangen we pieken samen op.",
        dueQuarter: "2025-Q4",
        status: "gepland",
        responsibleOrganisation: "Regionaal Werkbedrijf Flevoland",
      },
      {
        title: "Onderzoek: waarom stoppen nieuwe medewerkers?",
        description: "We vragen medewerkers die in hun eerste jaar vertrekken waarom ze gaan. De uitkomsten delen we met alle werkgevers.",
        dueQuarter: "2024-Q4",
        status: "gereed",
        responsibleOrganisation: "Hogeschool Windesheim Flevoland",
      },
      {
        title: "Drie proeven met technologie die werkdruk verlaagt",
        description: "Drie organisaties proberen spraakherkenning voor het dossier uit. De leveranciers leveren later dan afgesproken.",
        dueQuarter: "2025-Q3",
        status: "vertraagd",
        responsibleOrganisation: "Zorggroep Almere",
      },
    ],
  },
  {
    foundation: "digitale-gegevensuitwisseling",
    items: [
      {
        title: "Regionale samenwerkingsorganisatie opzetten",
        description: "Partners spreken af wie de gegevensuitwisseling in de regio regelt en betaalt.",
        dueQuarter: "2025-Q1",
        status: "bezig",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
      {
        title: "Eerste toepassing: overdracht van ziekenhuis naar wijkverpleging",
        description: "Bij ontslag uit het ziekenhuis krijgt de wijkverpleging de gegevens digitaal en op tijd.",
        dueQuarter: "2024-Q4",
        status: "gereed",
        responsibleOrganisation: "Zorggroep Almere",
      },
      {
        title: "Afspraken over toestemming van inwoners",
        description: "Eén manier waarop inwoners toestemming geven voor het delen van hun gegevens. We wachten op het landelijke kader.",
        dueQuarter: "2025-Q2",
        status: "vertraagd",
        responsibleOrganisation: "GGD Flevoland",
      },
      {
        title: "Informatiearchitectuur voor de regio vastleggen",
        description: "Een plaat van welke systemen welke gegevens uitwisselen, als basis voor nieuwe toepassingen.",
        dueQuarter: "2025-Q4",
        status: "gepland",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
    ],
  },
  {
    foundation: "gezonde-leefomgeving",
    items: [
      {
        title: "Gezondheid in elke omgevingsvisie",
        description: "Elke gemeente neemt gezondheid op in haar omgevingsvisie, met hulp van de GGD.",
        dueQuarter: "2025-Q3",
        status: "bezig",
        responsibleOrganisation: "GGD Flevoland",
      },
      {
        title: "Woonzorgvisies van de gemeenten op elkaar afstemmen",
        description: "De vijf gemeenten leggen hun woonzorgvisies naast elkaar en maken afspraken over wonen met zorg.",
        dueQuarter: "2026-Q1",
        status: "gepland",
        responsibleOrganisation: "Gemeente Lelystad",
      },
      {
        title: "Handreiking gezonde wijk voor projectontwikkelaars",
        description: "Een korte handreiking met voorbeelden: groen, ontmoetingsplekken en veilige routes om te lopen en te fietsen.",
        dueQuarter: "2025-Q1",
        status: "gereed",
        responsibleOrganisation: "Provincie Flevoland",
      },
    ],
  },
  {
    foundation: "datagedreven-werken",
    items: [
      {
        title: "Dashboard gezondheid per wijk",
        description: "Eén dashboard met cijfers over gezondheid en zorg per wijk, open voor gemeenten, zorgpartners en inwoners.",
        dueQuarter: "2025-Q4",
        status: "bezig",
        responsibleOrganisation: "GGD Flevoland",
      },
      {
        title: "Afspraken over het gebruik van regiodata",
        description: "Partners spreken af welke cijfers ze delen, hoe vaak en met wie.",
        dueQuarter: "2025-Q2",
        status: "gereed",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
      {
        title: "Trendanalyse van de zorgvraag van ouderen",
        description: "Een voorspelling van de zorgvraag van ouderen tot 2035, per subregio. De gegevens komen later dan gepland.",
        dueQuarter: "2025-Q3",
        status: "vertraagd",
        responsibleOrganisation: "Zilveren Kruis",
      },
      {
        title: "Training datagedreven werken voor beleidsmakers",
        description: "Beleidsmakers van gemeenten leren cijfers lezen en gebruiken bij hun keuzes.",
        dueQuarter: "2026-Q1",
        status: "gepland",
        responsibleOrganisation: "Hogeschool Windesheim Flevoland",
      },
    ],
  },
  {
    foundation: "domeinoverstijgend-samenwerken",
    items: [
      {
        title: "Hindernissen in regels en geld in kaart",
        description: "Een lijst van regels en geldstromen die samenwerken tussen zorg en sociaal domein lastig maken.",
        dueQuarter: "2025-Q1",
        status: "gereed",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
      {
        title: "Samen inkopen van wijkgerichte zorg verkennen",
        description: "Gemeenten en zorgverzekeraar onderzoeken of ze wijkgerichte zorg samen kunnen inkopen.",
        dueQuarter: "2025-Q4",
        status: "bezig",
        responsibleOrganisation: "Gemeente Almere",
      },
      {
        title: "Brief aan de ministeries over knelpunten",
        description: "Met andere regio's vragen we het Rijk om regels aan te passen die samenwerken in de weg staan.",
        dueQuarter: "2025-Q3",
        status: "vertraagd",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
    ],
  },
  {
    foundation: "maatschappelijke-dialoog",
    items: [
      {
        title: "Inwonersavonden in elke gemeente",
        description: "In elke gemeente praten inwoners mee over wat zorg en ondersteuning in de toekomst moeten bieden.",
        dueQuarter: "2025-Q2",
        status: "bezig",
        responsibleOrganisation: "Zorgbelang Inclusief",
      },
      {
        title: "Gesprekskaart: wat blijven we doen?",
        description: "Een eenvoudige kaart die professionals helpt om met inwoners over keuzes in de zorg te praten.",
        dueQuarter: "2025-Q1",
        status: "gereed",
        responsibleOrganisation: "Projectbureau IZA Flevoland",
      },
      {
        title: "Panel van ervaringsdeskundigen",
        description: "Twintig inwoners geven twee keer per jaar hun mening over plannen van de werkgroepen.",
        dueQuarter: "2025-Q4",
        status: "gepland",
        responsibleOrganisation: "Zorgbelang Inclusief",
      },
      {
        title: "Campagne over schaarste in de zorg",
        description: "Een campagne die eerlijk uitlegt waarom niet alle zorg altijd meteen kan. De start schuift door de verkiezingen op.",
        dueQuarter: "2025-Q3",
        status: "vertraagd",
        responsibleOrganisation: "GGD Flevoland",
      },
    ],
  },
];
