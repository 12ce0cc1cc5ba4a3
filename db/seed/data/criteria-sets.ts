/**
 * The criteria sets the expert team rates an agenda against. Data, not code: every region
 * starts with these two (db/seed/seed.ts), and the projectbureau turns sets on or off and
 * rewords criteria (server/reviews/criteria.service.ts). Slugs are stable forever: seeding
 * adds what is missing by slug and never overwrites what the projectbureau changed.
 *
 * (a) The Regioplan's own uitgangspunten (chapter 6, STAP 1 and 2, and the expert team's
 *     brief: transformative character and (financial) feasibility).
 * (b) The national quick test of the "Beoordelingskader impactvolle zorgtransformaties en
 *     inzet transformatiemiddelen" (IZA): substantial impact on at least one of four areas,
 *     plus SMART results, a business case, responsibilities and milestones.
 */
export interface CriteriaSetSeed {
  slug: string;
  name: string;
  description: string;
  criteria: Array<{ slug: string; title: string; description: string }>;
}

export const defaultCriteriaSets: CriteriaSetSeed[] = [
  {
    slug: "uitgangspunten-regioplan",
    name: "Uitgangspunten Regioplan",
    description: "De uitgangspunten van het Regioplan: waar maakt deze agenda het grootste verschil, en kan het echt?",
    criteria: [
      {
        slug: "transformatief-karakter",
        title: "Transformatief karakter",
        description: "Verandert dit de manier van werken echt, of is het meer van hetzelfde? Kijk naar lef, een brede blik en samenwerken vanuit dezelfde opgaven.",
      },
      {
        slug: "financiele-haalbaarheid",
        title: "Financiële haalbaarheid",
        description: "Is duidelijk wat het kost en wie het betaalt? Denk aan SPUK IZA, SPUK GALA, transformatiemiddelen van de zorgverzekeraar en bestaande budgetten.",
      },
      {
        slug: "verwacht-verschil",
        title: "Verwacht verschil voor gezondheid, kwaliteit van zorg, kosten en werkplezier",
        description: "Hoe groot is het verschil voor de gezondheid en kwaliteit van leven van inwoners, de kwaliteit van ondersteuning en zorg, de zorgkosten en het werkplezier van professionals?",
      },
      {
        slug: "versterkt-de-basis",
        title: "Versterkt de basis",
        description: "Maakt dit de individuele en sociale basis sterker: inwoners, hun netwerk en de wijk? Wat de basis versterkt, gaat voor.",
      },
      {
        slug: "prioritaire-doelgroepen",
        title: "Past bij de prioritaire doelgroepen",
        description: "Helpt dit ouder wordende inwoners, inwoners met beperkte gezondheidsvaardigheden of inwoners met psychische problemen, waar dat nodig is?",
      },
      {
        slug: "keuze-schaal",
        title: "Keuze lokaal, subregionaal of regionaal",
        description: "Is de schaal bewust gekozen en goed uitgelegd? Lokaal in welke gemeenten, subregionaal in welke subregio, of regionaal in heel Flevoland.",
      },
    ],
  },
  {
    slug: "iza-beoordelingskader-quickscan",
    name: "IZA Beoordelingskader (quick scan)",
    description:
      "De quick scan van het landelijke Beoordelingskader impactvolle zorgtransformaties. Zo ziet de werkgroep vroeg of een plan een landelijke toets zou doorstaan. Een plan moet op minstens één van de eerste vier punten veel impact hebben.",
    criteria: [
      {
        slug: "impact-zorggebruik",
        title: "Impact op zorggebruik (Zvw)",
        description: "Verandert dit het gebruik van zorg uit de Zorgverzekeringswet substantieel, bijvoorbeeld minder opnames of minder verwijzingen?",
      },
      {
        slug: "impact-patientenstromen",
        title: "Impact op patiëntenstromen (profielkeuzes)",
        description: "Verschuiven patiëntenstromen regionaal of bovenregionaal, bijvoorbeeld doordat ziekenhuizen kiezen wat zij wel en niet doen?",
      },
      {
        slug: "impact-schaars-personeel",
        title: "Impact op inzet van schaars personeel",
        description: "Zijn er substantieel minder handen nodig, of worden schaarse professionals beter ingezet?",
      },
      {
        slug: "impact-zorgvastgoed",
        title: "Impact op zorgvastgoed",
        description: "Verandert de behoefte aan gebouwen voor zorg substantieel, bijvoorbeeld minder bedden of gedeelde locaties?",
      },
      {
        slug: "smart-resultaten",
        title: "SMART-resultaten",
        description: "Zijn de resultaten specifiek, meetbaar, haalbaar, relevant en tijdgebonden? Is duidelijk hoe we ze volgen?",
      },
      {
        slug: "business-case",
        title: "Business case",
        description: "Is er een business case: wat kost het, wat levert het op, voor wie, en hoe wordt het na de start betaald?",
      },
      {
        slug: "verantwoordelijkheden-en-mijlpalen",
        title: "Verantwoordelijkheden en mijlpalen",
        description: "Is duidelijk wie waarvoor verantwoordelijk is, en wanneer welke mijlpaal klaar is, in lijn met het Regioplan?",
      },
    ],
  },
];
