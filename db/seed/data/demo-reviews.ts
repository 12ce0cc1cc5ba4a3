/**
 * The review workflow in the demo (`npm start` outside production): some agendas went through
 * submission, review by both demo experts, and adoption, so a newcomer sees every state.
 * Never loaded when NODE_ENV=production. db/seed/demo-reviews.ts plays each script through the
 * state machine (shared/domain/review-flow.ts), so every step is a legal one.
 *
 * Left in Concept on purpose: werkgroepen "gezond-ouder-worden", "mentaal-gezond",
 * "sterke-wijken" and "slimme-zorg", fundamenten "arbeidsmarkt" and "gezonde-leefomgeving"
 * (tests write in them or rebuild them), and "maatschappelijke-dialoog".
 *
 * Scores not named in a review are 3 with a general motivation; `scores` names criteria by
 * slug (db/seed/data/criteria-sets.ts). Every reviewed agenda has one criterion where the two
 * experts are 2 points apart, so the agenda page shows the disagreement.
 */
import type { ReviewAdvice } from "../../../shared/domain/review-flow";

export type DemoExpert = "expert@demo.nl" | "expert2@demo.nl";

export type DemoReviewStep =
  | { step: "submit"; daysAgo: number }
  | { step: "assign"; daysAgo: number; experts: DemoExpert[]; by: "projectbureau" | "self" }
  | { step: "review"; daysAgo: number; expert: DemoExpert; advice: ReviewAdvice; summary: string; scores?: Record<string, [number, string]> }
  | { step: "edit"; daysAgo: number; paragraph: string }
  | { step: "adopt"; daysAgo: number; reference: string };

export interface DemoReviewScript {
  owner: { group: string } | { foundation: string };
  /** A deadline the projectbureau set ("YYYY-MM-DD"); without one the default applies. */
  deadline?: string;
  steps: DemoReviewStep[];
}

export const demoReviewScripts: DemoReviewScript[] = [
  {
    // Vastgesteld: one round, two positive advices, adopted by the coalition.
    owner: { group: "gezondheidsvaardigheden" },
    steps: [
      { step: "submit", daysAgo: 60 },
      { step: "assign", daysAgo: 58, experts: ["expert@demo.nl", "expert2@demo.nl"], by: "projectbureau" },
      {
        step: "review",
        daysAgo: 50,
        expert: "expert@demo.nl",
        advice: "positief",
        summary: "Een heldere agenda die dicht bij de inwoner blijft. De taalaanpak kan in de hele regio werken.",
        scores: {
          "transformatief-karakter": [4, "Begrijpelijke taal wordt de standaard bij alle partners, niet een los project."],
          "versterkt-de-basis": [4, "Inwoners kunnen beter zelf meebeslissen. Dat versterkt de basis direct."],
          "impact-zorggebruik": [2, "Minder onnodige afspraken is aannemelijk, maar nog niet in cijfers uitgewerkt."],
        },
      },
      {
        step: "review",
        daysAgo: 45,
        expert: "expert2@demo.nl",
        advice: "positief_met_aanpassingen",
        summary: "Goed plan. Werk de kosten per gemeente nog uit voordat de voorstellen naar de financiers gaan.",
        scores: {
          "transformatief-karakter": [3, "Sterk idee; de verandering in het werk van professionals kan concreter."],
          "financiele-haalbaarheid": [2, "De kosten voor training van professionals staan er nog niet per gemeente in."],
          "impact-zorggebruik": [4, "Taalvriendelijke informatie voorkomt dubbele afspraken en heropnames; het plan noemt goede voorbeelden."],
        },
      },
      { step: "adopt", daysAgo: 30, reference: "VC-2026-03" },
    ],
  },
  {
    // In review after a resubmission: changes were asked, the werkgroep edited and resubmitted;
    // Eva reviewed the new version, Erik still owes his review (1 van 2 reviews klaar).
    owner: { group: "gezond-opgroeien" },
    steps: [
      { step: "submit", daysAgo: 40 },
      { step: "assign", daysAgo: 39, experts: ["expert@demo.nl", "expert2@demo.nl"], by: "projectbureau" },
      {
        step: "review",
        daysAgo: 30,
        expert: "expert@demo.nl",
        advice: "positief_met_aanpassingen",
        summary: "Mooie samenwerking tussen school, jeugdgezondheidszorg en wijk. Maak de resultaten meetbaar.",
        scores: {
          "smart-resultaten": [4, "De agenda noemt per school wat er eind 2026 anders is. Goed te volgen."],
          "prioritaire-doelgroepen": [3, "Jongeren met psychische klachten krijgen aandacht; ouders nog weinig."],
        },
      },
      {
        step: "review",
        daysAgo: 28,
        expert: "expert2@demo.nl",
        advice: "aanpassen",
        summary: "Het plan is te breed. Kies waar u begint en zeg wie wat betaalt.",
        scores: {
          "smart-resultaten": [2, "Veel doelen zijn nog algemeen: 'meer jongeren bereiken' zonder aantal of datum."],
          "business-case": [1, "Er is nog geen business case. Wie betaalt de schoolmaatschappelijk werkers na 2026?"],
        },
      },
      {
        step: "edit",
        daysAgo: 20,
        paragraph:
          "Na de review: we beginnen op vijf scholen in Dronten en de Noordoostpolder. Eind 2026 heeft elke school een vast aanspreekpunt voor mentale gezondheid. De gemeenten en de zorgverzekeraar betalen samen; de verdeling staat in de bijlage.",
      },
      { step: "submit", daysAgo: 10 },
      {
        step: "review",
        daysAgo: 5,
        expert: "expert@demo.nl",
        advice: "positief",
        summary: "De keuze voor vijf scholen en de afspraak over de kosten maken het plan haalbaar.",
        scores: { "smart-resultaten": [4, "Nu met aantallen en een datum."], "business-case": [3, "De verdeling van de kosten is afgesproken."] },
      },
    ],
  },
  {
    // Aanpassen gevraagd: one expert asks for changes.
    owner: { foundation: "digitale-gegevensuitwisseling" },
    deadline: "2027-06-30",
    steps: [
      { step: "submit", daysAgo: 25 },
      { step: "assign", daysAgo: 24, experts: ["expert@demo.nl"], by: "self" },
      { step: "assign", daysAgo: 23, experts: ["expert2@demo.nl"], by: "projectbureau" },
      {
        step: "review",
        daysAgo: 15,
        expert: "expert@demo.nl",
        advice: "aanpassen",
        summary: "Zonder afspraken over toestemming van inwoners komt de gegevensuitwisseling niet op gang. Werk dat eerst uit.",
        scores: {
          "verantwoordelijkheden-en-mijlpalen": [1, "Niet duidelijk wie de afspraken over toestemming maakt en wanneer."],
          "impact-schaars-personeel": [3, "Minder dubbel invoeren scheelt tijd van verpleegkundigen."],
        },
      },
      {
        step: "review",
        daysAgo: 12,
        expert: "expert2@demo.nl",
        advice: "positief",
        summary: "Een stevige werkagenda die aansluit op het landelijke programma.",
        scores: {
          "verantwoordelijkheden-en-mijlpalen": [3, "Per punt staat een organisatie en een kwartaal."],
          "impact-schaars-personeel": [4, "De tijdwinst voor wijkverpleging is goed onderbouwd."],
        },
      },
    ],
  },
  {
    // Positief advies: ready for the coalition to adopt or send back.
    owner: { foundation: "datagedreven-werken" },
    deadline: "2027-06-30",
    steps: [
      { step: "submit", daysAgo: 30 },
      { step: "assign", daysAgo: 29, experts: ["expert@demo.nl", "expert2@demo.nl"], by: "projectbureau" },
      {
        step: "review",
        daysAgo: 20,
        expert: "expert2@demo.nl",
        advice: "positief",
        summary: "Een gedeeld dashboard voor de regio is precies wat de monitoring van het Regioplan nodig heeft.",
        scores: { "financiele-haalbaarheid": [4, "Bestaande budgetten van GGD en gemeenten dekken de eerste twee jaar."] },
      },
      {
        step: "review",
        daysAgo: 18,
        expert: "expert@demo.nl",
        advice: "positief_met_aanpassingen",
        summary: "Goed plan. Zorg dat inwoners het dashboard ook begrijpen.",
        scores: { "financiele-haalbaarheid": [2, "Na 2026 is de financiering van het beheer nog open."] },
      },
    ],
  },
  {
    // Ingediend: waiting for reviewers in the expert team's queue.
    owner: { foundation: "domeinoverstijgend-samenwerken" },
    deadline: "2027-03-31",
    steps: [{ step: "submit", daysAgo: 3 }],
  },
];

/** The motivation of a score the script does not name. */
export const defaultMotivation = (title: string) => `Voldoende uitgewerkt voor "${title}". Geen grote vragen.`;
