import type { RegionSeed } from "../types";

/**
 * Seed data for the Regioplan IZA Flevoland ("Samen werken we aan een zorgzame samenleving
 * in een gezond Flevoland") and the Zorgtafel Flevoland agenda 2.0.
 * Names follow the plan; descriptions are short B1 paraphrases, not quotes.
 */
export const flevoland: RegionSeed = {
  region: { slug: "flevoland", name: "Flevoland" },

  plan: {
    slug: "regioplan-iza-flevoland",
    title: "Regioplan IZA Flevoland",
    subtitle: "Samen werken we aan een zorgzame samenleving in een gezond Flevoland",
    ambition: "Een zorgzame samenleving in een gezond Flevoland",
    ambitionDescription:
      "We zorgen goed voor onszelf en voor elkaar, zodat zoveel mogelijk mensen gezond zijn en blijven. " +
      "We zetten in op preventie, welzijn en eigen regie, zodat we zorg waar het kan voorkomen. " +
      "Inwoners, vrijwilligers en professionals uit zorg en sociaal domein doen dit samen.",
    guidingRule:
      "Zelf als het kan, digitaal als het kan, thuis als het kan en verder weg als het nodig is.",
    year: 2024,
  },

  transformationTasks: [
    {
      slug: "sterkere-basis",
      code: "T1",
      name: "Een sterkere individuele en sociale basis in zorgzamere en draagkrachtigere gemeenschappen",
      description:
        "Inwoners staan sterker, zelf en samen met hun omgeving. Buurten en wijken zorgen meer voor elkaar.",
    },
    {
      slug: "toegankelijke-ondersteuning-en-zorg",
      code: "T2",
      name: "Toegankelijke en laagdrempelige ondersteuning, hulp en zorg",
      description:
        "Inwoners vinden makkelijk en dichtbij de hulp, ondersteuning en zorg die ze nodig hebben.",
    },
    {
      slug: "met-lef-en-brede-blik",
      code: "T3",
      name: "We werken met lef en een brede blik vanuit dezelfde opgaven",
      description:
        "Dit gaat over hoe we samenwerken: met durf, over de grenzen van ons eigen domein heen en vanuit gedeelde doelen.",
    },
  ],

  principles: [
    {
      slug: "mensen-centraal",
      name: "We stellen mensen centraal en praten niet over, maar met inwoners",
      description:
        "Inwoners praten mee en kiezen mee. Hun zorgen, wensen en ideeën krijgen een vaste plek in het plan en de uitvoering.",
    },
    {
      slug: "oog-voor-verschillen",
      name: "We hebben oog voor en houden rekening met verschillen tussen inwoners, tussen gemeenten en locaties, tussen sectoren en tussen organisaties",
      description:
        "Niet overal is hetzelfde nodig. We houden rekening met verschillen tussen mensen, plaatsen en organisaties.",
    },
    {
      slug: "samen-leren-en-proberen",
      name: "We willen van en met elkaar leren en maken ruimte voor proberen",
      description:
        "We proberen nieuwe dingen uit en delen wat goed werkt. Iets mag ook mislukken.",
    },
    {
      slug: "vertrouwen-en-aandacht",
      name: "We werken vanuit vertrouwen en maken tijd en hebben aandacht voor elkaar",
      description:
        "We vertrouwen elkaar. We nemen de tijd voor elkaar en luisteren goed.",
    },
    {
      slug: "voortbouwen-op-wat-er-is",
      name: "We bouwen voort op wat er al is",
      description:
        "We vinden het wiel niet opnieuw uit. We bouwen verder op bestaande initiatieven, zoals Positief Gezond Almere.",
    },
    {
      slug: "lokale-behoeften",
      name: "We sluiten aan bij de lokale behoeften en mogelijkheden",
      description:
        "Wat we doen past bij de gemeente, de wijk en de mensen die er wonen.",
    },
    {
      slug: "regionaal-samenwerken",
      name: "We werken regionaal samen op dat wat ons bindt en waarbij we samen meer impact kunnen maken",
      description:
        "We werken in heel Flevoland samen als we zo meer bereiken dan ieder apart.",
    },
    {
      slug: "brede-blik-positieve-gezondheid",
      name: "We kijken met een brede blik naar mensen en de wereld en werken vanuit het gedachtegoed van Positieve Gezondheid",
      description:
        "We kijken naar het hele leven van mensen, niet alleen naar ziekte. Positieve Gezondheid is ons vertrekpunt.",
    },
    {
      slug: "transparant-werken",
      name: "We werken transparant en nemen iedereen mee",
      description:
        "We zijn open over wat we doen en waarom. Inwoners, professionals en bestuurders doen allemaal mee.",
    },
    {
      slug: "complexiteit-en-paradoxen",
      name: "We hebben oog voor complexiteit en paradoxen: die horen bij ons en bij onze opgaven",
      description:
        "Onze opgaven zijn ingewikkeld en soms tegenstrijdig. We benoemen dat en gaan er samen mee om.",
    },
  ],

  targetGroups: [
    {
      slug: "ouder-wordende-inwoners",
      name: "Ouder wordende inwoners",
      description:
        "Flevoland vergrijst: in 2035 is ongeveer 1 op de 5 inwoners 65 jaar of ouder. Wijken en woningen zijn daar nog niet goed op ingericht.",
    },
    {
      slug: "beperkte-gezondheidsvaardigheden",
      name: "Inwoners met beperkte gezondheidsvaardigheden",
      description:
        "Deze inwoners vinden het moeilijk om informatie over gezondheid en zorg te vinden, te begrijpen en te gebruiken.",
    },
    {
      slug: "psychische-problemen",
      name: "Inwoners met psychische problemen",
      description:
        "Inwoners die het mentaal lastig hebben. De vraag naar GGZ groeit hier sneller dan in de rest van Nederland (thema mentaal welbevinden).",
    },
  ],

  themes: [
    {
      slug: "gezonde-inwoner",
      name: "Gezonde inwoner",
      description:
        "Inwoners zijn over het algemeen minder gezond en voelen zich minder gezond, lichamelijk en mentaal.",
    },
    {
      slug: "mentale-gezondheid",
      name: "Mentale gezondheid",
      description:
        "De vraag naar GGZ stijgt sterk. Tegelijk is het tekort aan GGZ-professionals het grootst van alle sectoren.",
    },
    {
      slug: "kwetsbare-inwoners",
      name: "Kwetsbare inwoners",
      description:
        "Inwoners in een kwetsbare positie zijn vaak minder gezond en leven minder jaren in goede gezondheid.",
    },
    {
      slug: "gezond-ouder-worden",
      name: "Gezond ouder worden",
      description:
        "Er komen steeds meer oudere inwoners. Zij willen en moeten langer zelfstandig thuis blijven wonen.",
    },
    {
      slug: "gezond-opgroeien",
      name: "Gezond opgroeien",
      description:
        "Dit gaat over kinderen en jongeren tot en met 21 jaar. Het gezin speelt daarbij een grote rol.",
    },
    {
      slug: "acute-zorg",
      name: "Acute zorg",
      description:
        "Voor spoedzorg en verloskundige zorg moeten inwoners soms naar een andere regio reizen.",
    },
  ],

  municipalities: [
    { slug: "almere", name: "Almere" },
    { slug: "lelystad", name: "Lelystad" },
    { slug: "dronten", name: "Dronten" },
    { slug: "noordoostpolder", name: "Noordoostpolder" },
    { slug: "urk", name: "Urk" },
  ],

  subregions: [
    { slug: "almere", name: "Almere", municipalities: ["almere"] },
    { slug: "lelystad-dronten", name: "Lelystad/Dronten", municipalities: ["lelystad", "dronten"] },
    {
      slug: "noordoostpolder-urk",
      name: "Noordoostpolder/Urk",
      municipalities: ["noordoostpolder", "urk"],
    },
  ],

  buildingBlocks: [
    // 1 ------------------------------------------------------------------------------
    {
      slug: "positieve-gezondheid",
      name: "Denken en doen vanuit Positieve Gezondheid",
      description:
        "We kijken breed naar gezondheid: een betekenisvol leven staat centraal. Inwoners, professionals en bestuurders werken allemaal vanuit Positieve Gezondheid.",
      directions: [
        {
          slug: "met-een-brede-blik",
          name: "Met een brede blik",
          description:
            "We kijken naar wat de inwoner belangrijk vindt en wat hij zelf of met naasten nog kan. Professionals benaderen inwoners op een vergelijkbare manier.",
        },
        {
          slug: "van-kennis-naar-doen",
          name: "Van kennis naar doen",
          description:
            "We vergroten de kennis over Positieve Gezondheid, versterken het netwerk en passen het toe in beleid en praktijk. We maken het ook voor inwoners begrijpelijk.",
        },
      ],
      initiatives: [
        {
          slug: "wel-in-flevoland",
          name: "WEL in Flevoland",
          description:
            "Het platform voor Positieve Gezondheid in Flevoland. Het geeft trainingen aan inwoners en professionals, onder andere via de WEL Academie.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "positief-gezond-almere",
          name: "Positief Gezond Almere",
          description:
            "De gemeente Almere, Elaa en ruim tien zorg-, welzijns- en inwonersorganisaties werken samen vanuit Positieve Gezondheid.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "lelystad-huisartsen-wijkverpleging-welzijn",
          name: "Samenwerking huisartsen, wijkverpleging en welzijn met Welzijn op Recept en preventieve huisbezoeken",
          description:
            "Huisartsen, wijkverpleging en welzijn in Lelystad werken samen met Positieve Gezondheid als basis.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "samenwerking-zorgpartijen-nop-urk",
          name: "Samenwerking zorgpartijen",
          description:
            "Zorgpartijen in Noordoostpolder en op Urk werken binnen Het Vlie samen, met Positieve Gezondheid als uitgangspunt.",
          scope: "gemeente",
          municipalities: ["noordoostpolder", "urk"],
          kind: "voorloper",
        },
      ],
    },

    // 2 ------------------------------------------------------------------------------
    {
      slug: "wijkgericht-werken",
      name: "Wijkgericht werken in een toegankelijk aanbod",
      chapterTitle: "Wijkgericht samenwerken in een toegankelijk aanbod",
      description:
        "Professionals uit zorg en welzijn werken samen in de wijk, met informele zorg en inwonersinitiatieven. Zo komen hulp en zorg dichter bij inwoners.",
      directions: [
        {
          slug: "een-wijknetwerk",
          name: "Eén wijknetwerk",
          description:
            "Eén netwerk per wijk maakt duidelijk waar inwoners hulp vinden. Het netwerk signaleert problemen vroeg en ontlast de huisarts door taken anders te verdelen.",
        },
        {
          slug: "lokaal-passend",
          name: "Lokaal passend",
          description:
            "We richten het wijknetwerk in zoals het lokaal past, bijvoorbeeld met een loket in de wijk of een bus in kleine kernen. Inwoners kunnen er terecht voor een gesprek over hun hulpvraag.",
        },
        {
          slug: "verbindende-professionals-en-sleutelfiguren",
          name: "Verbindende professionals en sleutelfiguren",
          description:
            "Een verbindende professional houdt samen met de inwoner overzicht over alle domeinen. Sleutelfiguren, zoals buurtvaders en buurtmoeders, weten wat er in de wijk speelt.",
        },
        {
          slug: "wijkgericht-mentale-gezondheid",
          name: "Wijkgericht voor mentale gezondheid",
          description:
            "Ook bij mentale klachten werken welzijn en zorg in de wijk samen. Een huisarts verwijst bijvoorbeeld door naar een welzijnscoach via Welzijn op Recept.",
        },
        {
          slug: "ecosysteem-mentale-gezondheid",
          name: "Ecosysteem Mentale Gezondheid",
          description:
            "Het Ecosysteem Mentale Gezondheid (GEM) kijkt breder dan alleen medisch. We versterken zo de samenwerking rond mentale gezondheid in de wijk en brengen goede aanpakken naar andere gemeenten.",
        },
        {
          slug: "datagedreven-en-met-inwoners",
          name: "Datagedreven en met inwoners",
          description:
            "Met data per wijk zien we welke thema's nu en later belangrijk zijn. Inwoners hebben vanaf het begin een centrale rol in de aanpak.",
        },
        {
          slug: "laagdrempelig",
          name: "Laagdrempelig",
          description:
            "Inwoners kunnen met al hun vragen terecht op één fysieke of digitale plek in de wijk. Daar helpen professionals, vrijwilligers en ervaringsdeskundigen samen.",
        },
        {
          slug: "mentaal-gezondheidsnetwerk",
          name: "Mentaal gezondheidsnetwerk",
          description:
            "We richten een mentaal gezondheidsnetwerk in. Inwoners kunnen binnen 1 à 2 weken terecht voor een verkennend gesprek over hun hulpvraag.",
        },
      ],
      initiatives: [
        {
          slug: "versterken-eerstelijnszorg-flevoland",
          name: "Versterken eerstelijnszorg Flevoland",
          description:
            "Organisaties in Flevoland kregen subsidie om de eerstelijnszorg te versterken. Ze gebruiken die om wijkgericht samenwerken in te richten.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "het-vlie",
          name: "Het Vlie",
          description:
            "Elf zorgpartijen in Noordoostpolder en Urk bieden samen zorg en behandeling die op elkaar aansluit. De situatie van de cliënt is leidend.",
          scope: "gemeente",
          municipalities: ["noordoostpolder", "urk"],
          kind: "voorloper",
        },
        {
          slug: "wachtverzachter",
          name: "WachtVerzachter",
          description:
            "Steun voor mensen met mentale problemen die op een wachtlijst staan of naast hun behandeling extra steun nodig hebben.",
          scope: "gemeente",
          municipalities: ["dronten", "lelystad"],
          kind: "voorloper",
        },
        {
          slug: "stip-lelystad",
          name: "STIP",
          description:
            "Inlooppunt in Lelystad voor een luisterend oor, informatie en steun. Er werken vrijwilligers en ervaringsdeskundigen en er zijn korte lijnen met het sociaal wijkteam.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "bouwerskamp",
          name: "Bouwerskamp",
          description:
            "Inloopplek in Emmeloord die zes organisaties samen hebben opgezet. Iedereen kan er binnenlopen, met of zonder hulpvraag.",
          scope: "gemeente",
          municipalities: ["noordoostpolder"],
          kind: "voorloper",
        },
        {
          slug: "bruis",
          name: "Bruis",
          description:
            "Inloopplek in Almere waar mensen hun verhaal kwijt kunnen. Ervaringsdeskundigen en vrijwilligers runnen de plek, onder andere voor mensen die zich mentaal kwetsbaar voelen.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "samen-sterker-in-de-wijk",
          name: "Samen Sterker in de Wijk",
          description:
            "Wijkaanpak voor inwoners met psychosociale problemen. Zorgorganisaties en gemeenten werken er al mee in Almere en Dronten.",
          scope: "gemeente",
          municipalities: ["almere", "dronten"],
          kind: "voorloper",
        },
        {
          slug: "proeftuin-mit-eenkanger",
          name: 'Proeftuin "Mit Eenkanger"',
          description:
            "Vrij toegankelijke dagbesteding op Urk voor inwoners met een beperking, hersenletsel of een GGZ-achtergrond. Formele en informele zorg komen er samen.",
          scope: "gemeente",
          municipalities: ["urk"],
          kind: "voorloper",
        },
        {
          slug: "at-ease",
          name: "@ease",
          description:
            "Jongeren van 12 tot 25 jaar praten gratis en zonder wachtlijst met leeftijdsgenoten over hun zorgen. Dat kan op een inlooplocatie of via een online chat.",
          scope: "landelijk",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "sociale-kaart-flevoland",
          name: "Sociale Kaart Flevoland",
          description:
            "Digitale kaart van GGD Flevoland met actuele informatie over het aanbod in het sociaal domein, ook informele zorg. Een mogelijk startpunt om al het aanbod in beeld te brengen.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
      ],
    },

    // 3 ------------------------------------------------------------------------------
    {
      slug: "zorgzame-gemeenschappen",
      name: "Zorgzame, draagkrachtige gemeenschappen in wijken en buurten",
      description:
        "We bouwen aan buurten waar mensen naar elkaar omkijken en elkaar helpen. Zo ontlasten we ook mantelzorgers.",
      directions: [
        {
          slug: "fysieke-ontmoetingsplekken",
          name: "Fysieke ontmoetingsplekken",
          description:
            "In buurtkamers en wijkcentra ontmoeten inwoners van alle leeftijden elkaar. Ze kunnen er iets brengen en iets halen.",
        },
        {
          slug: "fysieke-omgeving",
          name: "Fysieke omgeving",
          description:
            "We richten nieuwe wijken zo in dat mensen elkaar makkelijk ontmoeten en gezond kunnen leven. We bouwen niet alleen huizen, maar een samenleving.",
        },
        {
          slug: "vrijwilligerswerk-en-ervaringsdeskundigheid",
          name: "Vrijwilligerswerk en ervaringsdeskundigheid",
          description:
            "We stimuleren vrijwilligerswerk en de inzet van ervaringsdeskundigen, voor jong en oud. Bijvoorbeeld door Maatschappelijke Diensttijd in heel Flevoland aan te bieden.",
        },
        {
          slug: "sluit-aan-bij-behoeften",
          name: "Sluit aan bij behoeften",
          description:
            "Niet iedereen wil of kan meedoen in een wijkcentrum. We bepalen niet voor mensen wat ze nodig hebben.",
        },
      ],
      initiatives: [
        {
          slug: "challenge-up",
          name: "Challenge Up",
          description:
            "Maatschappelijke Diensttijd in Lelystad: jongeren zetten hun talenten in voor de buurt.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "pak-je-kans",
          name: "Pak je kans",
          description:
            "Maatschappelijke Diensttijd in Almere: jongeren dragen met hun talenten bij aan de wijk.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "maatschappelijke-stages-urk",
          name: "Maatschappelijke Stages",
          description:
            "Op Urk zetten jongeren zich via Maatschappelijke Stages in voor hun buurt.",
          scope: "gemeente",
          municipalities: ["urk"],
          kind: "voorloper",
        },
        {
          slug: "vmca",
          name: "VMCA",
          description: "Vrijwilligerscentrale in Almere die vrijwilligers en organisaties bij elkaar brengt.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "welzijn-lelystad",
          name: "Welzijn Lelystad",
          description: "Vrijwilligerscentrale in Lelystad die vrijwilligers en organisaties bij elkaar brengt.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "matchpoint-vrijwilligerswerk",
          name: "Matchpoint Vrijwilligerswerk",
          description: "Vrijwilligerscentrale in Dronten die vrijwilligers en organisaties bij elkaar brengt.",
          scope: "gemeente",
          municipalities: ["dronten"],
          kind: "voorloper",
        },
        {
          slug: "vrijwilligerswerk-nop",
          name: "Vrijwilligerswerk NOP",
          description:
            "Vrijwilligerscentrale in Noordoostpolder die vrijwilligers en organisaties bij elkaar brengt.",
          scope: "gemeente",
          municipalities: ["noordoostpolder"],
          kind: "voorloper",
        },
        {
          slug: "urk-voor-elkaar",
          name: "Urk voor elkaar",
          description: "Vrijwilligerscentrale op Urk die vrijwilligers en organisaties bij elkaar brengt.",
          scope: "gemeente",
          municipalities: ["urk"],
          kind: "voorloper",
        },
        {
          slug: "durf-op-urk",
          name: "Durf op Urk",
          description:
            "Maakt de leefomgeving van jongeren op Urk veiliger, gezonder en kansrijker. Wat goed gaat maken ze groter, wat niet goed gaat verbeteren ze.",
          scope: "gemeente",
          municipalities: ["urk"],
          kind: "voorloper",
        },
        {
          slug: "verder-na-verlies",
          name: "Verder na verlies via Carrefour",
          description:
            "In Emmeloord begeleiden vrijwilligers die zelf hun partner verloren andere weduwen en weduwnaars.",
          scope: "gemeente",
          municipalities: ["noordoostpolder"],
          kind: "voorloper",
        },
        {
          slug: "alzheimer-cafe",
          name: "Alzheimer Café",
          description:
            "Ontmoetingsplek voor mensen met dementie en hun partners, familie en vrienden.",
          scope: "gemeente",
          municipalities: ["almere", "lelystad", "dronten"],
          kind: "voorloper",
        },
        {
          slug: "expex-flevoland",
          name: "ExpEx Flevoland",
          description:
            "Jongeren met eigen ervaring, bijvoorbeeld met GGZ of dakloosheid, helpen de hulp aan jongeren in Flevoland te verbeteren.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "onafhankelijke-clientondersteuner-oco",
          name: "Onafhankelijke cliëntondersteuner OCO",
          description:
            "Vrijwilligers met eigen ervaring helpen inwoners in Almere gesprekken met instanties voor te bereiden en gaan mee naar die gesprekken.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "voorzorgcirkels",
          name: "Voorzorgcirkels",
          description:
            "Bewoners bouwen uit voorzorg een netwerk op, voordat ze hulp nodig hebben. Ze helpen elkaar met kleine dingen, zoals boodschappen of samen koffie drinken.",
          scope: "diverse",
          municipalities: [],
          kind: "voorloper",
        },
      ],
    },

    // 4 ------------------------------------------------------------------------------
    {
      slug: "proactief-werken",
      name: "Proactief en tijdig werken aan gezondheid en welzijn",
      description:
        "We werken op tijd aan gezondheid, met gezondheidsvaardigheden, educatie en preventie. We helpen vroeg bij grote gebeurtenissen, zoals een scheiding of schulden.",
      directions: [
        {
          slug: "preventie-en-vroegsignalering",
          name: "Preventie en vroegsignalering",
          description:
            "We zien eerder wie risico loopt, ook door armoede of schulden. Professionals in de wijk en data helpen daarbij.",
        },
        {
          slug: "proactieve-levens-en-zorgplanning",
          name: "Proactieve levens- en zorgplanning (ALP/ACP)",
          description:
            "Ouderen en professionals praten op tijd over wat iemand belangrijk vindt in het leven en in de zorg. Zo houden inwoners de regie.",
        },
        {
          slug: "reablement",
          name: "Reablement",
          description:
            "Samen met de oudere werken we aan herstel, zodat hij zo lang mogelijk zelf dingen kan doen. Wijkverpleging en geriatrische zorg nemen dit op in hun werk.",
        },
        {
          slug: "prehabilitatie",
          name: "Prehabilitatie",
          description:
            "We helpen inwoners om fit te zijn voor een behandeling of operatie. Dan herstellen ze sneller.",
        },
        {
          slug: "gezond-opgroeien-en-ouder-worden",
          name: "Gezond opgroeien en ouder worden",
          description:
            "Gezondheid begint al vóór de zwangerschap. We breiden Kansrijke Start uit naar alle gemeenten.",
        },
        {
          slug: "ketenaanpak",
          name: "Ketenaanpak",
          description:
            "Professionals werken samen in een netwerk rond één thema, zoals valpreventie of overgewicht. De inwoner heeft één vast aanspreekpunt.",
        },
      ],
      initiatives: [
        {
          slug: "flevoland-gezond-en-wel",
          name: "Flevoland Gezond & Wel",
          description:
            "Netwerk van meer dan twintig organisaties dat ongezondheid wil voorkomen. Het begint met de ketenaanpakken Welzijn op Recept, Valpreventie en Gezond Gewicht voor volwassenen en kinderen.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "kansrijke-start",
          name: "Kansrijke Start",
          description:
            "Landelijk programma voor een goede start van kinderen, met onder andere Gezond Zwanger worden. Diverse Flevolandse gemeenten gebruiken het al.",
          scope: "diverse",
          municipalities: [],
          kind: "voorloper",
        },
      ],
    },

    // 5 ------------------------------------------------------------------------------
    {
      slug: "slimmer-coordineren",
      name: "Samen slimmer coördineren van ondersteuning en zorg",
      description:
        "We verdelen de beschikbare hulp, zorg en bedden slimmer, ook 's avonds en in het weekend. Inwoners krijgen zo op tijd de juiste zorg op de juiste plek.",
      directions: [
        {
          slug: "samen-slimmer",
          name: "Samen slimmer",
          description:
            "We spreken samen uitgangspunten af voor slimmere coördinatie van ondersteuning en zorg.",
        },
        {
          slug: "eigen-regie",
          name: "Eigen regie",
          description:
            "De inwoner blijft zoveel mogelijk zelf aan het stuur, ook als hij zorg nodig heeft.",
        },
        {
          slug: "proactief-en-tijdig",
          name: "Proactief en tijdig",
          description:
            "We maken proactieve zorgplanning de standaard en stemmen zorgpaden beter af. Met data en AI voorspellen we welke capaciteit nodig is.",
        },
        {
          slug: "meer-zorg-thuis",
          name: "Meer zorg thuis",
          description:
            "Inwoners krijgen zoveel mogelijk zorg thuis, ook met beeldbellen en telemonitoring. Soms kan zelfs specialistische zorg thuis, zoals chemotherapie.",
        },
        {
          slug: "medisch-generalistische-zorg",
          name: "Medisch-generalistische zorg bij complexe zorgvragen",
          description:
            "Een (mobiel) geriatrisch team helpt bij complexe zorgvragen thuis. Zo blijft deze zorg dichtbij huis beschikbaar.",
        },
        {
          slug: "integrale-domeinoverstijgende-samenwerking",
          name: "Integrale domeinoverstijgende samenwerking",
          description:
            "Sociaal domein, medische zorg, langdurige zorg en jeugdgezondheidszorg werken samen, bijvoorbeeld met een gezinsgerichte aanpak.",
        },
        {
          slug: "multidisciplinaire-triage-en-toewijzing",
          name: "Multidisciplinaire triage en toewijzing",
          description:
            "Een team van triagisten uit verschillende vakgebieden bepaalt samen waar een inwoner met een acute, niet levensbedreigende vraag het beste terecht kan.",
        },
        {
          slug: "regionale-coordinatie-capaciteit",
          name: "Regionale coördinatie van beschikbare capaciteit",
          description:
            "Eén coördinatiepunt ziet waar een bed of zorgverlener vrij is. We beginnen per subregio en verbinden die later.",
        },
      ],
      initiatives: [
        {
          slug: "regionaal-transferpunt",
          name: "Regionaal Transferpunt",
          description:
            "Voorbeeld uit Almere van samen slimmer werken aan zorgcoördinatie en capaciteit.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorloper",
        },
        {
          slug: "hanzeborg",
          name: "Hanzeborg",
          description:
            "Voorbeeld uit Lelystad van slimmere zorgcoördinatie en capaciteitsmanagement.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "duurzame-specialistische-zorg-flevoland",
          name: "Project Duurzame Specialistische Zorg Flevoland",
          description:
            "Regionaal project waarin partners samen slimmer werken aan zorgcoördinatie en capaciteitsmanagement.",
          scope: "regio",
          municipalities: [],
          kind: "voorloper",
        },
        {
          slug: "multidisciplinair-team-ouderen-spoedpoli",
          name: "Multidisciplinair team Ouderen op de spoedpoli",
          description:
            "Op de spoedpoli in Lelystad werkt een team uit verschillende vakgebieden samen rond oudere patiënten.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "school-als-werkplaats",
          name: "School als Werkplaats",
          description:
            "In Lelystad werken GGD/JGZ en MDF, MEE en schoolmaatschappelijk werk samen in scholen en gezinnen. Ze pakken problemen vroeg op, zodat zorg niet nodig is.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
        {
          slug: "getijde-tijdelijk-verblijf",
          name: "Getijde, Tijdelijk Verblijf",
          description: "Plek voor tijdelijk verblijf in Lelystad. Het plan noemt het als voorbeeld van slimmer samenwerken in zorgcoördinatie.",
          scope: "gemeente",
          municipalities: ["lelystad"],
          kind: "voorloper",
        },
      ],
    },

    // 6 ------------------------------------------------------------------------------
    {
      slug: "technologie-en-hulpmiddelen",
      name: "Slim inzetten van toegankelijke technologie en hulpmiddelen",
      description:
        "We zetten technologie en hulpmiddelen slim en voor iedereen toegankelijk in. Zo versterken we de eigen regie en verlagen we de werkdruk.",
      directions: [
        {
          slug: "technologische-innovaties",
          name: "Technologische innovaties",
          description:
            "Slimme technologie helpt mensen langer thuis te wonen en zelf zorghandelingen te doen, zoals oogdruppels geven. Alle domeinen maken hier dezelfde afspraken over.",
        },
        {
          slug: "hybride-zorg-en-zorg-op-afstand",
          name: "Hybride zorg en zorg op afstand",
          description:
            "Met beeldbellen en thuismonitoring hoeven inwoners minder vaak naar het ziekenhuis.",
        },
        {
          slug: "inzichtelijk-aanbod-en-zelfhulp",
          name: "Inzichtelijk aanbod en zelfhulp",
          description:
            "Een online platform laat zien welke hulp en zorg er is. Inwoners vinden er ook uitleg en zelfhulp, zoals op thuisarts.nl.",
        },
        {
          slug: "digitaal-toegankelijk",
          name: "Digitaal toegankelijk",
          description:
            "Digitale hulp moet ook werken voor mensen met weinig digitale vaardigheden of zonder goed internet. We sluiten aan bij de ketenaanpak digitale inclusie van gemeenten.",
        },
        {
          slug: "ai-en-samenwerking",
          name: "AI en samenwerking",
          description:
            "We verkennen hoe AI helpt bij vragen van patiënten, triage en administratie. Digitale platforms helpen professionals samen te werken en te leren.",
        },
      ],
      initiatives: [
        {
          slug: "thuismonitoring-kinderkliniek",
          name: "Thuismonitoring Kinderkliniek",
          description:
            "De Kinderkliniek in Almere volgt chronisch zieke kinderen thuis. Zij hoeven daardoor minder vaak naar het ziekenhuis.",
          scope: "gemeente",
          municipalities: ["almere"],
          kind: "voorbeeld",
        },
      ],
    },

    // 7 ------------------------------------------------------------------------------
    {
      slug: "basisvaardigheden",
      name: "Sterkere basisvaardigheden en individuele basis",
      description:
        "We versterken de taal-, reken-, digitale en gezondheidsvaardigheden van inwoners van jong tot oud. Zo kan iedereen meedoen en worden gezondheidsverschillen kleiner.",
      directions: [
        {
          slug: "gezondheidsvaardigheden-en-psychoeducatie",
          name: "Gezondheidsvaardigheden en (psycho)educatie",
          description:
            "Gezondheid krijgt een vaste plek in het onderwijs. Professionals en organisaties maken hun informatie begrijpelijker, en we bieden psycho-educatie.",
        },
        {
          slug: "basisbehoeften",
          name: "Basisbehoeften",
          description:
            "Inwoners hebben een veilig huis, genoeg inkomen, toegang tot onderwijs en zorg en een sociaal netwerk. Gemeenten verbinden daarom armoedebeleid en gezondheidsbeleid.",
        },
        {
          slug: "gelijke-kansen-maatwerk",
          name: "Gelijke kansen vraagt om maatwerk",
          description:
            "Niet iedereen heeft dezelfde hulp nodig. We bieden maatwerk per persoon en per gezin.",
        },
      ],
      initiatives: [
        {
          slug: "gezonde-school",
          name: "Gezonde School",
          description:
            "Landelijk programma dat scholen helpt om gezondheid een vaste plek in het onderwijs te geven.",
          scope: "landelijk",
          municipalities: [],
          kind: "voorbeeld",
        },
      ],
    },

    // 8 ------------------------------------------------------------------------------
    {
      slug: "begrijpelijke-taal",
      name: "Eenduidige & begrijpelijke taal en communicatie",
      description:
        "We spreken dezelfde taal, onderling en met inwoners. We spreken af wat we bedoelen met veelgebruikte woorden.",
      directions: [
        {
          slug: "samen-beslissen",
          name: "Samen beslissen",
          description:
            "Met begrijpelijke informatie kunnen inwoners samen met een professional keuzes maken over hun zorg.",
        },
        {
          slug: "met-elkaar-in-gesprek",
          name: "Met elkaar in gesprek",
          description:
            "We praten met inwoners over wat gezondheid voor hen betekent en welke zorg we samen het belangrijkst vinden. Niet elke zorgvraag vraagt om een zorgantwoord.",
        },
        {
          slug: "begrippen",
          name: "Begrippen",
          description:
            "De woordenlijst in het Regioplan legt begrippen eenvoudig uit. We werken die samen verder uit.",
        },
        {
          slug: "uitgangspunten-voor-communicatie",
          name: "Uitgangspunten voor communicatie",
          description:
            "Publieksteksten zijn op B1-niveau, kort en actief. We gebruiken beelden en echte verhalen van echte mensen.",
        },
      ],
      initiatives: [],
    },
  ],

  foundations: [
    {
      slug: "arbeidsmarkt",
      name: "Toekomstbestendige arbeidsmarkt Zorg & Welzijn",
      description:
        "We zorgen dat we genoeg bevlogen professionals in zorg en welzijn hebben en houden. We bouwen voort op het landelijke programma TAZ, de Human Capital Agenda en het Regionaal Werkbedrijf.",
      lines: [
        {
          slug: "innovatieve-werkvormen",
          name: "Innovatieve werkvormen",
          description:
            "Met sociale en technologische vernieuwing verlagen we de werkdruk en werken we efficiënter (TAZ).",
        },
        {
          slug: "behoud-van-medewerkers",
          name: "Behoud van medewerkers",
          description:
            "We houden mensen in de sector met goed werk, een goede balans tussen werk en privé en zeggenschap (TAZ en Human Capital Agenda).",
        },
        {
          slug: "leven-lang-leren",
          name: "Leven lang leren en ontwikkelen",
          description:
            "Er zijn genoeg en flexibele opleidingen voor medewerkers, zij-instromers en herintreders (TAZ).",
        },
        {
          slug: "regionaal-werkgeverschap",
          name: "Regionaal werkgeverschap",
          description:
            "Zorg- en welzijnsorganisaties werken samen als werkgever. Zo bieden ze betere loopbanen en blijft de zorg doorgaan (Human Capital Agenda).",
        },
        {
          slug: "anders-organiseren",
          name: "Anders organiseren",
          description:
            "We organiseren zorg en welzijn anders, zodat er minder mensen nodig zijn, bijvoorbeeld met informele zorg of telemonitoring (Human Capital Agenda).",
        },
        {
          slug: "regionaal-werkbedrijf",
          name: "Regionaal Werkbedrijf Flevoland",
          description: "We zoeken de verbinding met het Regionaal Werkbedrijf Flevoland.",
        },
      ],
    },
    {
      slug: "digitale-gegevensuitwisseling",
      name: "Digitale gegevensuitwisseling en gegevensbescherming",
      description:
        "Professionals en inwoners leggen gegevens veilig en op dezelfde manier digitaal vast en delen ze. Zo heeft iedereen de juiste en actuele informatie.",
      lines: [
        {
          slug: "regionale-samenwerkingsorganisatie",
          name: "Regionale samenwerkingsorganisatie",
          description:
            "We richten één organisatie in die de digitale infrastructuur voor de regio samen regelt.",
        },
        {
          slug: "visie-op-databeschikbaarheid",
          name: "Gezamenlijke visie op databeschikbaarheid",
          description: "We maken samen een visie op hoe medische gegevens beschikbaar zijn.",
        },
        {
          slug: "informatiearchitectuur",
          name: "Informatiearchitectuur voor de regio",
          description: "We ontwerpen één informatiearchitectuur voor heel Flevoland.",
        },
        {
          slug: "use-cases-en-opschaling",
          name: "Use cases en opschaling",
          description:
            "We werken het concreet uit in (sub)regionale use cases en schalen op wat werkt. We leren van Positief Gezond Almere en Het Vlie.",
        },
        {
          slug: "landelijk-kader",
          name: "Landelijk kader",
          description:
            "We volgen de landelijke visie en standaarden voor gegevensuitwisseling en trekken samen op met het ROAZ.",
        },
        {
          slug: "persoonlijke-gezondheidsomgeving",
          name: "Persoonlijke gezondheidsomgeving (PGO) voor iedere inwoner",
          description:
            "In 2025 heeft iedere inwoner een PGO met een overzicht van zijn gezondheidsgegevens en van het aanbod in de regio.",
        },
      ],
    },
    {
      slug: "gezonde-leefomgeving",
      name: "Gezonde leefomgeving",
      description:
        "We werken aan een omgeving die gezondheid beschermt en gezond leven makkelijk maakt. Het gaat om de fysieke en de sociale omgeving.",
      lines: [
        {
          slug: "health-in-all-policies",
          name: "Gezondheid in alle beleidsterreinen",
          description:
            "Gezondheid krijgt een vaste plek in al het beleid (health in all policies).",
        },
        {
          slug: "woonzorgvisies-en-woningbeleid",
          name: "Woonzorgvisies en woningbeleid",
          description:
            "We verbinden het werk aan de woonzorgvisies van gemeenten en het woningbeleid van provincie en gemeenten.",
        },
        {
          slug: "omgevingswet",
          name: "Omgevingswet",
          description:
            "We gebruiken de Omgevingswet, de omgevingsvisie en omgevingsplannen, zodat gezondheid altijd meeweegt in besluiten.",
        },
        {
          slug: "handreiking-vng-en-programma-ggd",
          name: "Handreiking VNG en programma GGD",
          description:
            "We sluiten aan bij de Handreiking Gezonde Leefomgeving van de VNG en het programma Gezonde Leefomgeving van de GGD.",
        },
      ],
    },
    {
      slug: "datagedreven-werken",
      name: "Datagedreven werken aan gezondheid en zorg",
      description:
        "We gebruiken data om de beweging van zorg naar gezondheid te maken. Samen geven we betekenis aan de cijfers.",
      lines: [
        {
          slug: "voorspellen-en-trends-signaleren",
          name: "Voorspellen en trends signaleren",
          description:
            "Met gegevens over bevolking en gezondheid zien we eerder welke hulp en zorg nodig wordt, bijvoorbeeld in een wijk met veel ouderen.",
        },
        {
          slug: "keuzes-onderbouwen-en-leren",
          name: "Keuzes onderbouwen en ervan leren",
          description:
            "We onderbouwen en evalueren keuzes met data. We leren bijvoorbeeld van kwetsbare wijken waar het toch goed gaat.",
        },
        {
          slug: "dashboard-voor-iedereen",
          name: "Data toegankelijk maken met een dashboard",
          description: "Professionals en inwoners kunnen data zelf inzien, bijvoorbeeld in een dashboard.",
        },
        {
          slug: "visie-en-leiderschap",
          name: "Visie en leiderschap",
          description: "Leiders laten zien dat ze datagedreven werken echt willen en maken er werk van.",
        },
        {
          slug: "kansen-en-risicos",
          name: "Kansen en risico's",
          description:
            "We zien de kansen van data, maar letten ook op sociale en ethische risico's.",
        },
        {
          slug: "procesmatig-werken-en-vaardigheden",
          name: "Procesmatig werken, kennis en vaardigheden",
          description:
            "We richten een vast proces in om van data te leren. Medewerkers krijgen genoeg kennis en vaardigheden, maar niet iedereen hoeft alles te kunnen.",
        },
      ],
    },
    {
      slug: "domeinoverstijgend-samenwerken",
      name: "Domeinoverstijgend samenwerken",
      description:
        "We werken beter samen tussen zorg en sociaal domein en tussen informele en formele zorg. We pakken de hindernissen daarvoor aan, in de regio en landelijk.",
      lines: [
        {
          slug: "hindernissen-benoemen",
          name: "Hindernissen benoemen",
          description:
            "We maken op een rij wat samenwerken moeilijk maakt, zoals gescheiden geldstromen en regels.",
        },
        {
          slug: "binnen-het-systeem",
          name: "Doen wat binnen het systeem kan",
          description:
            "We kijken met lef wat al wél kan, zoals stabiele financiering en afspraken tussen gemeenten en zorgverzekeraars.",
        },
        {
          slug: "landelijke-lobby",
          name: "Landelijke lobby voor systeemverandering",
          description: "We vragen het Rijk om regels en geldstromen te veranderen die samenwerken in de weg zitten.",
        },
        {
          slug: "voorbeelden-andere-regios",
          name: "Voorbeelden uit andere regio's",
          description:
            "We leren van aanpakken elders, zoals Population Health Management en het Kavelmodel.",
        },
      ],
    },
    {
      slug: "maatschappelijke-dialoog",
      name: "Maatschappelijke dialoog: we nemen iedereen mee",
      description:
        "We gaan met inwoners, professionals en bestuurders in gesprek over de beweging van zorg naar gezondheid. Zo gaat het plan echt leven in Flevoland.",
      lines: [
        {
          slug: "schaarste-benoemen",
          name: "Schaarste benoemen",
          description:
            "We zeggen eerlijk dat er te weinig zorg is, met wachtlijsten en overbelaste professionals en mantelzorgers.",
        },
        {
          slug: "samen-kiezen",
          name: "Samen kiezen wat we blijven doen",
          description:
            "We bespreken samen wat we waardevol vinden en maken scherpere keuzes over wat we wel en niet meer doen.",
        },
        {
          slug: "eigen-rol-inwoners",
          name: "Eigen rol van inwoners",
          description:
            "We praten met inwoners over wat ze zelf en samen kunnen doen, en over onnodige zorg.",
        },
        {
          slug: "dialoog-op-alle-niveaus",
          name: "Dialoog op alle niveaus",
          description:
            "Het gesprek gebeurt overal: in de spreekkamer, op school en in de wijk. We zoeken nieuwe manieren om ook mensen te bereiken die niet naar bijeenkomsten komen.",
        },
      ],
    },
  ],

  financingStreams: [
    {
      slug: "spuk-iza",
      name: "SPUK IZA",
      description:
        "Extra geld van het Rijk (VWS) voor gemeenten voor het IZA. Gemeenten maken hiermee een begroting voor 2024 tot en met 2026, voor coördinatie en uitvoering.",
    },
    {
      slug: "spuk-gala",
      name: "SPUK GALA",
      description:
        "Extra geld van het Rijk voor gemeenten uit het Gezond en Actief Leven Akkoord (GALA).",
    },
    {
      slug: "transformatiemiddelen",
      name: "Transformatiemiddelen",
      description:
        "Geld dat zorgverzekeraars beschikbaar stellen om de transformatie mogelijk te maken. Zilveren Kruis is de coördinerende zorgverzekeraar in Flevoland.",
    },
    {
      slug: "bestaande-budgetten",
      name: "Bestaande budgetten",
      description:
        "Geld binnen het bestaande beleid van gemeenten en zorgverzekeraars. We benutten eerst wat daar mogelijk is.",
    },
  ],

  careTable: {
    source: "Zorgtafel Flevoland agenda 2.0",
    themes: [
      {
        slug: "acute-zorgketen",
        name: "Acute zorgketen",
        intendedResult:
          "Inwoners komen zo min mogelijk in een situatie waarin ze acute zorg nodig hebben. Is het toch acuut, dan krijgen ze snel de juiste zorg op de juiste plek.",
        tasks: [
          {
            slug: "samenwerking-acute-zorgketen",
            text: "We verlagen de druk op de acute zorg door nog beter samen te werken in de keten en met preventie te beginnen.",
          },
          {
            slug: "beschikbaarheid-huisartsenzorg",
            text: "We versterken de eerstelijnszorg door te zorgen dat er genoeg huisartsenzorg beschikbaar blijft.",
          },
          {
            slug: "spoedposten-en-huisartsenpost",
            text: "We maken de spoedposten en de huisartsenpost sterker, zodat ze passen bij wat inwoners nu en later nodig hebben.",
          },
          {
            slug: "instroom-acute-zorg-verlagen",
            text: "We zorgen dat minder mensen acute zorg nodig hebben door eerder in te spelen op sociale en maatschappelijke oorzaken.",
          },
          {
            slug: "acute-geboortezorg",
            text: "We versterken de (acute) geboortezorg, vooral voor kwetsbare groepen, door de aanpak uit Zorgtafel 1.0 vast te houden en verder te ontwikkelen.",
          },
        ],
        goals: [
          {
            slug: "acute-zorg-dichtbij",
            text: "We geven inwoners de juiste acute zorg, zo dichtbij als het kan. De spoedpost, spoedpoli, SEH, huisartsenpost en ambulance werken in maart 2022 nog beter samen (project Zorgcoördinatie).",
            period: "maart 2021 – maart 2022",
          },
          {
            slug: "huisartsenzorg-ontlasten",
            text: "We starten in 2021 minstens twee projecten die de druk op huisartsen verlagen. De impactanalyse huisartsen van Medrie is het vertrekpunt; de aanpak past bij elke plek in de regio.",
            period: "maart 2021 – maart 2022",
          },
          {
            slug: "resultaten-agenda-1-volgen",
            text: "We blijven volgen wat agenda 1.0 heeft opgeleverd, bijvoorbeeld in de geboortezorg en de nieuwe indeling van het ROAZ.",
            period: "maart 2021 – maart 2022",
          },
        ],
      },
      {
        slug: "chronische-zorg",
        name: "Chronische zorg",
        intendedResult:
          "Inwoners met een chronische aandoening krijgen goede zorg en ondersteuning die op elkaar aansluit. De kosten blijven gelijk of worden lager.",
        tasks: [
          {
            slug: "minder-tweedelijnszorg-chronisch",
            text: "We zorgen dat mensen met een chronische aandoening door leefstijl minder tweedelijnszorg nodig hebben, met betere hulp bij terugkerende klachten en meer preventie.",
          },
          {
            slug: "druk-tweede-lijn-verlagen",
            text: "We verlagen de druk op de tweedelijnszorg bij chronische aandoeningen door de zorg anders in te richten en meer digitaal te werken.",
          },
        ],
        goals: [
          {
            slug: "zorgpaden-afstemmen",
            text: "We stemmen zorgpaden en diensten voor leefstijlziekten op elkaar af: de nulde, eerste en tweede lijn werken beter samen, aansluitend bij het gezondheidsbeleid van de gemeenten.",
            period: "maart 2021 – maart 2022",
          },
          {
            slug: "e-health-chronische-zorg",
            text: "We zetten digitale zorg (e-health) in, zodat zorgverleners beter samenwerken en inwoners meer regie hebben. In maart 2022 gebruikt de hele regio het platform OZOverbindzorg.",
            period: "maart 2021 – maart 2022",
          },
        ],
      },
      {
        slug: "zorg-voor-ouderen",
        name: "Zorg en ondersteuning voor ouderen",
        intendedResult:
          "Ouderen krijgen goede en passende zorg en ondersteuning. Ze voelen zich gezonder, worden minder snel kwetsbaar en wonen zo lang mogelijk thuis.",
        tasks: [
          {
            slug: "samenwerking-ouderenzorg",
            text: "We werken regionaal en lokaal beter samen, zodat ouderen de juiste zorg op de juiste plek krijgen.",
          },
          {
            slug: "vroege-preventie-ouderen",
            text: "We zetten meer in op vroege preventie en ondersteuning die past bij wat ouderen nodig hebben, zodat er later minder zorg nodig is.",
          },
          {
            slug: "digitale-middelen-ouderenzorg",
            text: "We gebruiken meer digitale middelen en innovaties om de groeiende en veranderende zorgvraag op te vangen.",
          },
          {
            slug: "woningen-voor-ouderen",
            text: "We denken actief mee over meer geschikte woningen voor ouderen en sluiten aan bij wat lokaal en regionaal al gebeurt.",
          },
        ],
        goals: [
          {
            slug: "initiatieven-ouderen-verbinden",
            text: "We verbinden lopende projecten voor ouderen in de regio, zodat projectleiders kennis en ervaring delen en partners weten wat er speelt.",
            period: "maart 2021 – maart 2022",
          },
          {
            slug: "zorgvraag-en-capaciteit-ouderen",
            text: "We zoeken samen een antwoord op de kloof tussen de zorg die ouderen straks nodig hebben en de mensen en middelen die er zijn. Dat doen we in een inspiratiesessie en werksessies, met preventie als belangrijk onderwerp.",
            period: "maart 2021 – maart 2022",
          },
        ],
      },
      {
        slug: "psychische-kwetsbaarheid",
        name: "Psychische kwetsbaarheid",
        intendedResult:
          "Inwoners krijgen goede psychische zorg als ze die nodig hebben. Wie het mentaal even lastig heeft, krijgt vroeg steun: zo worden problemen minder zwaar en wachttijden korter.",
        tasks: [
          {
            slug: "wachtlijsten-ggz",
            text: "We verlagen de druk op de wachtlijsten in de GGZ door de POH-GGZ en de basis-GGZ gerichter in te zetten.",
          },
          {
            slug: "sneller-helpen-beginnende-problemen",
            text: "We helpen sneller bij beginnende psychische problemen door beter samen te werken met wijkteams en het sociaal domein.",
          },
          {
            slug: "preventie-psychische-problemen",
            text: "We voorkomen psychische problemen met meer preventie, laagdrempelig en dichtbij huis.",
          },
        ],
        goals: [
          {
            slug: "lopende-trajecten-ggz-steunen",
            text: "We steunen lopende projecten die psychische zorg en hulp bij mentale weerbaarheid bereikbaar houden, zoals de Taskforce aanpak wachtlijsten en GGZ in de wijk. We bieden hulp als ze vastlopen.",
            period: "maart 2021 – maart 2022",
          },
        ],
      },
      {
        slug: "de-gezonde-inwoner",
        name: "De gezonde inwoner",
        intendedResult:
          "Inwoners voelen zich gezonder. Naast goede zorg werken de partners samen aan (positieve) gezondheid en helpen ze inwoners gezonder te leven.",
        tasks: [
          {
            slug: "regionale-visie-op-preventie",
            text: "We maken samen, over gemeentegrenzen heen, een visie op preventie en duidelijke afspraken over wie wat doet.",
          },
          {
            slug: "universele-en-selectieve-preventie",
            text: "We verlagen de zorgvraag met praktische preventie rond roken, alcohol en gezond gewicht, en maken de lokale aanpak sterker door meer samen te doen.",
          },
          {
            slug: "koppeling-preventieniveaus",
            text: "We vergroten het effect van preventie door de verschillende soorten preventie beter te koppelen, ook de preventie binnen de zorg.",
          },
        ],
        goals: [
          {
            slug: "visie-op-preventie",
            text: "In maart 2022 is er een gedragen visie op preventie in de regio, met doelen die de publieke gezondheid, de Wmo en de zorgverzekering verbinden. WEL in Flevoland neemt het initiatief.",
            period: "maart 2021 – maart 2022",
          },
          {
            slug: "gezondheid-samen-monitoren",
            text: "We helpen om gezondheid in Flevoland samen te gaan meten, met de instrumenten die er al zijn als basis.",
            period: "maart 2021 – maart 2022",
          },
        ],
      },
    ],
  },
  keyFigures: [
    {
      slug: "groei-zorgvraag-2032",
      value: "+34%",
      label: "meer vraag naar zorg in Flevoland in 2032",
      context: "In heel Nederland is dat +21%.",
    },
    {
      slug: "zorgprofessionals-2032",
      value: "45.000",
      label: "zorgprofessionals nodig in 2032",
      context: "Er zijn er dan waarschijnlijk maar 41.500.",
    },
    {
      slug: "personeelstekort-2032",
      value: "~11%",
      label: "personeelstekort in de hele zorgsector in 2032",
      context: "In 2020 was dat ~4%.",
    },
    {
      slug: "ouderen-2035",
      value: "1 op 5",
      label: "Flevolanders is in 2035 65 jaar of ouder",
      context: "Flevoland was lang een jonge provincie.",
    },
    {
      slug: "meldingen-onbegrepen-gedrag-2022",
      value: "709",
      label: "meldingen van onbegrepen gedrag bij de GGD in 2022",
      context: "Dat aantal stijgt sinds 2015 elk jaar.",
    },
  ],
  // Hoofdstuk 7 asks for process, output and outcome monitoring side by side and names these
  // as examples; the monitoringsplan itself is still to be written, so none has a target yet.
  indicators: [
    {
      slug: "werksessies",
      kind: "process",
      name: "Werksessies van de werkgroepen",
      description: "Hoeveel werksessies de werkgroepen samen hielden om hun transformatieagenda te schrijven. Het plan rekent op ongeveer drie fysieke sessies per werkgroep.",
      unit: "sessies",
      direction: "up",
      source: "Projectbureau",
    },
    {
      slug: "welzijn-op-recept",
      kind: "output",
      name: "Gebruikers van Welzijn op Recept",
      description: "Hoeveel inwoners via hun huisarts of praktijkondersteuner een welzijnsactiviteit kregen in plaats van (alleen) zorg.",
      unit: "inwoners",
      direction: "up",
      source: "Welzijnsorganisaties in Flevoland",
    },
    {
      slug: "vrijwilligersverlof",
      kind: "output",
      name: "Werkgevers die vrijwilligersverlof geven",
      description: "Hoeveel werkgevers hun medewerkers verlof geven om vrijwilliger of mantelzorger te zijn.",
      unit: "werkgevers",
      direction: "up",
      source: "Gemeenten",
    },
    {
      slug: "ervaren-gezondheid",
      kind: "outcome",
      name: "Ervaren gezondheid",
      description: "Het deel van de volwassen inwoners dat de eigen gezondheid goed of zeer goed noemt.",
      unit: "%",
      direction: "up",
      source: "Gezondheidsmonitor GGD Flevoland",
    },
    {
      slug: "wachttijd-ggz",
      kind: "outcome",
      name: "Wachttijd in de GGZ",
      description: "Hoeveel weken inwoners gemiddeld wachten van aanmelding tot behandeling in de geestelijke gezondheidszorg.",
      unit: "weken",
      direction: "down",
      source: "Managementinformatie van zorgaanbieders",
    },
    {
      slug: "personeelstekort",
      kind: "outcome",
      name: "Personeelstekort in zorg en welzijn",
      description: "Het deel van de banen in zorg en welzijn dat niet gevuld is. In 2020 was dat ongeveer 4%; zonder verandering wordt het ongeveer 11% in 2032.",
      unit: "%",
      direction: "down",
      source: "Human Capital Agenda Zorg en Welzijn Flevoland",
      foundation: "arbeidsmarkt",
    },
  ],
};
