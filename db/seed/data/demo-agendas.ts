import type { FocusSubsection, ItemSubsection } from "../../../shared/agenda/templates";

/**
 * Demo agenda texts for `npm start` outside production. Every demo werkgroep and every
 * fundament gets its agenda from the template (built from its board or werkagenda); the
 * paragraphs below are then written into some sections, as a werkgroep would after a first
 * werksessie. Never loaded when NODE_ENV=production.
 *
 * Sections are named by the title of the card or werkagenda item (db/seed/data/demo-boards.ts
 * and the catalogue names in flevoland.ts); a title that does not exist stops the seed.
 * An agenda with a `version` gets version 1 with `sections` only, and then `later` is written
 * by a member, so the versions page has a real change to show.
 */

export type DemoSections = Record<string, Partial<Record<FocusSubsection | ItemSubsection, string[]>>>;

export interface DemoAgendaText {
  owner: { group: string } | { foundation: string };
  sections: DemoSections;
  version?: { name: string; later: DemoSections };
}

export const demoAgendaTexts: DemoAgendaText[] = [
  {
    owner: { group: "gezond-ouder-worden" },
    sections: {
      "Proactieve levens- en zorgplanning (ALP/ACP)": {
        doel: [
          "Ouderen in Lelystad en Dronten praten op tijd over wat zij belangrijk vinden in hun leven en in hun zorg. Wat zij willen, staat op één plek, zodat iedereen die hen helpt het weet.",
          "Eind 2026 heeft de helft van de thuiswonende 75-plussers zo'n gesprek gehad.",
        ],
        aanpak: [
          "We beginnen bij vier huisartsenpraktijken en de wijkteams in Lelystad. De praktijkondersteuner en de ouderenadviseur voeren het gesprek samen, met één gesprekskaart in gewone taal.",
          "Na een half jaar kijken we samen met de ouderen wat werkte. Daarna volgt Dronten.",
        ],
        partijen: ["Huisartsen en praktijkondersteuners, de wijkteams, Welzijn Lelystad, de wijkverpleging en Zorgbelang Inclusief namens de ouderen."],
      },
      Reablement: {
        doel: [
          "Ouderen in Almere die thuis zorg krijgen, blijven zo lang mogelijk zelf dingen doen. Na een ziekte of een val werken zij met de wijkverpleging aan herstel. De zorg neemt het werk niet meteen over.",
        ],
        aanpak: [
          "Twee teams van de wijkverpleging leren werken volgens Reablement. Een ergotherapeut en een fysiotherapeut horen bij het team.",
          "De gemeente past de aanvraag voor huishoudelijke hulp aan: eerst zes weken oefenen, daarna kijken welke hulp nog nodig is.",
        ],
      },
    },
    version: {
      name: "Na werksessie 1",
      later: {
        Reablement: {
          partijen: ["Zorggroep Almere, de gemeente Almere (Wmo), fysiotherapeuten in de wijk en Zilveren Kruis."],
          monitoring: [
            "We volgen per oudere hoeveel uur zorg er na drie en na zes maanden nodig is. We vragen ook hoe het met de oudere gaat, met de vragen van Positieve Gezondheid.",
          ],
        },
      },
    },
  },
  {
    owner: { group: "mentaal-gezond" },
    sections: {
      "Mentaal gezondheidsnetwerk": {
        doel: [
          "Inwoners die het mentaal zwaar hebben, kunnen binnen twee weken terecht voor een verkennend gesprek. In dat gesprek wordt hun vraag helder. Daarna komen zij snel op de goede plek.",
        ],
        aanpak: [
          "Huisartsen, wijkteams en de GGZ maken samen afspraken over het verkennend gesprek. Een ervaringsdeskundige kan het gesprek ook voeren.",
          "We starten in Lelystad en werken in 2025 in de hele regio.",
        ],
      },
      "Wijkgericht voor mentale gezondheid": {
        doel: ["Inwoners met lichte mentale klachten vinden steun in hun eigen wijk, ook zonder verwijzing. De huisarts kan hen doorsturen naar een welzijnscoach via Welzijn op Recept."],
      },
    },
  },
  {
    owner: { group: "gezondheidsvaardigheden" },
    sections: {
      "Samen beslissen": {
        doel: [
          "Inwoners begrijpen de informatie over hun zorg en kiezen samen met hun zorgverlener. Dat geldt ook voor mensen die moeite hebben met lezen of met de Nederlandse taal.",
        ],
      },
      "Gezondheidsvaardigheden en (psycho)educatie": {
        aanpak: [
          "Doktersassistenten en wijkverpleegkundigen in Noordoostpolder en Urk volgen een training in begrijpelijke taal. Folders en brieven schrijven we op B1-niveau. We testen ze eerst met inwoners.",
        ],
      },
    },
  },
  {
    owner: { group: "sterke-wijken" },
    sections: {
      "Fysieke ontmoetingsplekken": {
        doel: ["In elke wijk van Lelystad en Almere is een buurtkamer waar iedereen binnen kan lopen. Inwoners organiseren er zelf activiteiten en kunnen er om hulp vragen."],
      },
      "Eén wijknetwerk": {
        aanpak: [
          "Per kern in Noordoostpolder en Urk maken de huisarts, de wijkverpleging, welzijn en het wijkteam één overzicht van wie wat doet. Zij praten elke maand samen over inwoners over wie zij zich zorgen maken.",
        ],
      },
    },
  },
  {
    owner: { group: "gezond-opgroeien" },
    sections: {
      "Kansrijke Start in alle gemeenten": {
        doel: ["Elk kind in Flevoland krijgt een goede start. Aanstaande ouders met zorgen over geld, wonen of gezondheid krijgen al tijdens de zwangerschap steun."],
      },
      "Gezonde School in elke gemeente": {
        aanpak: ["Elke basisschool in Dronten, Noordoostpolder en Urk kiest één thema per jaar, zoals gezond eten of bewegen. De GGD helpt met lessen en een coach."],
      },
    },
  },
  {
    owner: { group: "slimme-zorg" },
    sections: {
      "Hybride zorg en zorg op afstand": {
        doel: ["Inwoners met een chronische ziekte hoeven minder vaak naar het ziekenhuis. Zij meten thuis hun waarden en spreken de verpleegkundige via beeldbellen."],
      },
      "Multidisciplinaire triage en toewijzing": {
        aanpak: ["Eén team met een huisarts, een verpleegkundige en een GGZ-medewerker beoordeelt samen elke acute vraag die niet levensbedreigend is. Het team zit op de huisartsenpost in Lelystad."],
      },
    },
  },
  {
    owner: { foundation: "arbeidsmarkt" },
    sections: {
      "Leerwerkplekken voor zij-instromers": {
        opdracht: [
          "Zorg- en welzijnsorganisaties bieden samen zestig leerwerkplekken per jaar voor mensen die uit een ander vak komen. Het ROC zorgt voor een opleiding die past naast het werk.",
        ],
      },
      "Regionale flexpool voor zorg en welzijn": {
        opdracht: ["Medewerkers in de flexpool werken bij meerdere organisaties in de regio. Zo vangen we drukte op zonder dure uitzendkrachten."],
      },
    },
    version: {
      name: "Eerste opzet werkagenda",
      later: {
        "Drie proeven met technologie die werkdruk verlaagt": {
          opdracht: ["We proberen spraakgestuurd rapporteren, slimme sensoren in de nacht en digitale planning. Elke proef duurt drie maanden. Medewerkers beslissen mee of we doorgaan."],
        },
      },
    },
  },
  {
    owner: { foundation: "digitale-gegevensuitwisseling" },
    sections: {
      "Afspraken over toestemming van inwoners": {
        opdracht: ["Eén afspraak voor de hele regio over hoe inwoners toestemming geven om hun gegevens te delen. Inwoners kunnen dat ook weer intrekken."],
      },
    },
  },
  {
    owner: { foundation: "gezonde-leefomgeving" },
    sections: {
      "Gezondheid in elke omgevingsvisie": {
        opdracht: ["De GGD helpt elke gemeente om gezondheid een vaste plek te geven in de omgevingsvisie, bijvoorbeeld met groen en plekken om te bewegen."],
      },
    },
  },
  {
    owner: { foundation: "maatschappelijke-dialoog" },
    sections: {
      "Inwonersavonden in elke gemeente": {
        opdracht: ["In elke gemeente praten inwoners op een avond mee over de vraag: wat blijven we doen in de zorg, en wat kunnen we samen anders doen?"],
      },
    },
  },
];
