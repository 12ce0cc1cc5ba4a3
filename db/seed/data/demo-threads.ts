/**
 * Comments on passages of the demo agendas (`npm start` outside production), so a newcomer sees
 * anchored threads: open ones with answers, an expert's question that waits for the werkgroep
 * (on its members' Overzicht), a resolved one, one made on a frozen version under review, and
 * one whose passage the werkgroep took out afterwards (shown as detached). Never
 * loaded when NODE_ENV=production. db/seed/demo-threads.ts anchors each on the first
 * occurrence of `passage` in the text (it must be inside one paragraph).
 */

export type DemoPerson =
  | "begeleider@demo.nl"
  | "lid@demo.nl"
  | "lid2@demo.nl"
  | "expert@demo.nl"
  | "expert2@demo.nl"
  | "coalitie@demo.nl"
  | "meelezer@demo.nl"
  | "lid.wg2@demo.nl";

export interface DemoThread {
  owner: { group: string } | { foundation: string };
  /** Words of the agenda text the thread is about. */
  passage: string;
  /** Made on the agenda's latest frozen version (as a reviewer does), not on the live text. */
  onLatestVersion?: boolean;
  comments: Array<{ by: DemoPerson; daysAgo: number; body: string }>;
  resolved?: { by: DemoPerson; daysAgo: number };
  /**
   * A paragraph a member added before the comments and took out again afterwards (the
   * passage is in it): the thread stays, shown as detached.
   */
  draftRemovedLater?: { paragraph: string; by: DemoPerson };
}

export const demoThreads: DemoThread[] = [
  {
    owner: { group: "gezond-ouder-worden" },
    passage: "vier huisartsenpraktijken",
    comments: [
      { by: "expert@demo.nl", daysAgo: 6, body: "Welke vier praktijken zijn dit? Als u ze noemt, kunnen we de schaal beter beoordelen." },
      { by: "begeleider@demo.nl", daysAgo: 5, body: "De praktijken in Lelystad-Zuid en de Warande. We vullen het aan in de tekst." },
    ],
  },
  {
    owner: { group: "gezond-ouder-worden" },
    passage: "de helft van de thuiswonende 75-plussers",
    comments: [
      { by: "meelezer@demo.nl", daysAgo: 10, body: "Hoe horen ouderen dat zij zo'n gesprek kunnen krijgen?" },
      { by: "lid@demo.nl", daysAgo: 9, body: "Via de huisarts en de ouderenadviseur. We zetten het ook in de wijkkrant." },
    ],
    resolved: { by: "lid@demo.nl", daysAgo: 9 },
  },
  {
    owner: { group: "gezond-ouder-worden" },
    passage: "één gesprekskaart in gewone taal",
    comments: [{ by: "expert2@demo.nl", daysAgo: 2, body: "Heeft u de gesprekskaart al getest met ouderen zelf? Dat lees ik graag terug in de agenda." }],
  },
  {
    owner: { group: "gezond-opgroeien" },
    passage: "kiest één thema per jaar",
    onLatestVersion: true,
    comments: [{ by: "expert2@demo.nl", daysAgo: 3, body: "Is één thema per jaar genoeg om op een school echt iets te veranderen?" }],
  },
  {
    owner: { group: "mentaal-gezond" },
    passage: "al in 2025 in alle vijf gemeenten",
    draftRemovedLater: { paragraph: "Het verkennend gesprek is er al in 2025 in alle vijf gemeenten.", by: "lid.wg2@demo.nl" },
    comments: [
      { by: "coalitie@demo.nl", daysAgo: 14, body: "Is dit haalbaar in 2025? Dat is snel." },
      { by: "lid.wg2@demo.nl", daysAgo: 12, body: "Terecht. We halen deze zin weg en beginnen in Lelystad." },
    ],
  },
];
