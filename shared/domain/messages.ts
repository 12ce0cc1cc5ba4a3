/**
 * The Dutch strings of the werkgroep board and the werkagenda (shared/domain/*). B1 level:
 * short, concrete, say what to do. Meant to be merged into shared/i18n/nl.ts as `nl.board`.
 * Functions take values that are already formatted (a quarter as "Q2 2024"), so this file
 * holds words only, no domain logic.
 */

/** "A" en "B"; "A", "B" en "C". Titles are quoted so people see where each one ends. */
function quotedList(titles: readonly string[]): string {
  const quoted = titles.map((title) => `"${title}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} en ${quoted[quoted.length - 1]}`;
}

const numberWords = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];
function inWords(n: number): string {
  return numberWords[n] ?? String(n);
}

export const boardMessages = {
  /** Lane titles of the werkgroep board, in lane order. */
  statusLabel: {
    verkennen: "Verkennen",
    gekozen: "Gekozen",
    uitwerken: "Uitwerken",
    in_agenda: "In agenda",
    gepauzeerd: "Gepauzeerd",
  },
  workplanStatusLabel: {
    gepland: "Gepland",
    bezig: "Bezig",
    gereed: "Gereed",
    vertraagd: "Vertraagd",
  },
  scaleLabel: {
    lokaal: "Lokaal",
    subregionaal: "Subregionaal",
    regionaal: "Regionaal",
  },
  scaleHint: {
    lokaal: "In één of meer gemeenten",
    subregionaal: "In één subregio",
    regionaal: "In heel Flevoland",
  },
  fieldLabel: {
    title: "Titel",
    buildingBlockIds: "Bouwstenen",
    scale: "Schaal",
    municipalityIds: "Gemeenten",
    subregionId: "Subregio",
    startQuarter: "Startkwartaal",
    endQuarter: "Eindkwartaal",
    dueQuarter: "Klaar in kwartaal",
    responsibleOrganisation: "Verantwoordelijke organisatie",
    focus: "Focus",
  },
  /** The criteria of STAP 1 in the Regioplan: where does this make the largest difference? */
  criterionLabel: {
    health: "Gezondheid en kwaliteit van leven",
    careQuality: "Kwaliteit van ondersteuning en zorg",
    careCosts: "Zorgkosten",
    jobSatisfaction: "Werkplezier van professionals",
  },
  assessmentLevelLabel: {
    geen: "Geen verschil",
    enig: "Enig verschil",
    groot: "Groot verschil",
  },
  assessmentNotFilled: "Nog niet ingevuld",
  strengthensBasisLabel: "Versterkt dit de basis?",
  strengthensBasisAnswer: { yes: "Ja", no: "Nee" },

  // Problems with a card or werkagenda item. Each names the field and says what to do.
  titleRequired: "Vul een titel in.",
  titleTooLong: (max: number, length: number) => `Maak de titel korter: hoogstens ${max} tekens. Nu zijn het er ${length}.`,
  buildingBlockRequired: "Kies minstens één bouwsteen waar deze oplossingsrichting bij hoort.",
  scaleRequired: (fromStatus: string) => `Kies een schaal: lokaal, subregionaal of regionaal. Dat moet vanaf '${fromStatus}'.`,
  municipalityRequired: "Kies minstens één gemeente waar deze oplossingsrichting loopt. Dat hoort bij de schaal 'lokaal'.",
  subregionRequired: "Kies de subregio waar deze oplossingsrichting loopt. Dat hoort bij de schaal 'subregionaal'.",
  startQuarterRequired: (fromStatus: string) => `Kies een startkwartaal. Dat moet vanaf '${fromStatus}'.`,
  endQuarterRequired: (fromStatus: string) => `Kies een eindkwartaal. Dat moet vanaf '${fromStatus}'.`,
  quarterInvalid: "Dit kwartaal klopt niet. Schrijf het zoals Q2 2025.",
  endBeforeStart: (start: string, end: string) =>
    `Het eindkwartaal (${end}) ligt voor het startkwartaal (${start}). Kies als eindkwartaal ${start} of later.`,
  dueQuarterRequired: "Kies het kwartaal waarin dit punt klaar moet zijn, zoals Q2 2025.",
  organisationTooLong: (max: number, length: number) =>
    `Maak de naam van de organisatie korter: hoogstens ${max} tekens. Nu zijn het er ${length}.`,

  /**
   * Turning on focus would give the werkgroep more than `max` focus cards. `titles` are the
   * cards that have focus now (normally exactly `max` of them).
   */
  focusLimitReached: (titles: readonly string[], max: number) => {
    const turnOff = titles.length - max + 1;
    const howMany = titles.length === max ? `al ${inWords(max)}` : `nu ${inWords(titles.length)}`;
    const what =
      titles.length === max && turnOff === 1
        ? `Zet eerst bij één van die ${inWords(max)} de focus uit.`
        : `Er mogen er hoogstens ${inWords(max)} zijn. Zet eerst bij ${inWords(turnOff)} daarvan de focus uit.`;
    return `Deze werkgroep heeft ${howMany} focus-oplossingsrichtingen: ${quotedList(titles)}. ${what}`;
  },
  untitled: "(zonder titel)",
};
