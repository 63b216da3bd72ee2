/**
 * The theme circles of the seeds. Wording as in the source; only PDF line breaks and
 * hyphenation are mended. Labels are the short words on the ring.
 */
export interface CircleTheme {
  /** The short word on the ring. */
  label: string;
  /** The theme's full title. */
  heading: string;
  items: string[];
}

export interface Circle {
  heading: string;
  center: string;
  themes: CircleTheme[];
}

/** Høringsversion: Ishøjs Medborgerpolitik (shared/seeds/004), "Medborgerskabets indholdscirkel". */
export const medborgerskab: Circle = {
  heading: 'Medborgerskabets indholdscirkel',
  center: 'Medborgerskab',
  themes: [
    {
      label: 'Ansvar',
      heading: 'Medbestemmelse inspirerer til ansvar og deltagelse',
      items: [
        'Vi bidrager og engagerer os i demokratiet',
        'Vi har mod til at tage ansvar og tillid til at give ansvar',
        'Vi inspirerer til medbestemmelse og deltagelse',
        'Vi skaber muligheder for udvikling af demokratiske medborgere og bidrager til almen dannelse',
      ],
    },
    {
      label: 'Fællesskaber',
      heading: 'Alle skal være en del af et fællesskab',
      items: [
        'Vi viser hinanden gensidig respekt og tolerance',
        'Vi indgår i fællesskaber, der over tid kan udvikle sig til forpligtende fællesskaber',
        'Vi skaber fællesskaber, der giver værdi',
        'Vi er opmærksomme på, at alle kan noget, men ingen kan alt',
        'Vi har et stærkt foreningsliv, der bidrager til inkluderende, nærværende og lærerige fællesskaber',
      ],
    },
    {
      label: 'Åbenhed',
      heading: 'Alle møder hinanden med åbenhed og nysgerrighed',
      items: [
        'Vi er åbne for nye i fællesskabet',
        'Vi har mod til at danne nye fællesskaber',
        'Vi har plads til forskellighed',
        'Vi skaber de bedste resultater, når vi er åbne og nysgerrige på hinanden',
      ],
    },
    {
      label: 'Relationer',
      heading: 'Alle indgår i meningsfulde relationer med hinanden',
      items: [
        'Vi indgår i tætte og engagerede samspil med vores medborgere for at trives og udvikle vores potentiale',
        'Vi ser hinanden som værdifulde medborgere',
        'Vi tror på, at vi skaber et stærkt sammenhold gennem tillid og relationer',
        'Vi har tillid til at opbygge relationer og vi tror på, at meningsfulde relationer giver energi',
      ],
    },
  ],
};

/**
 * Råudkast til ny Velfærdspolitik (shared/seeds/002): its five themes. The fifth theme is listed
 * as "Betydningsfulde fællesskaber skaber velfærd"; its bullets stand under "Vi tror på fællesskab
 * og netværk", used here as its title.
 */
export const velfaerd: Circle = {
  heading: 'Velfærdspolitikkens temaer',
  center: 'Velfærd er noget, vi skaber sammen',
  themes: [
    {
      label: 'For alle',
      heading: 'Velfærd er for alle',
      items: [
        'Velfærd igennem alle livets faser',
        'Velfærd er både at have ret til hjælp og støtte, men også at alle bidrager i det omfang, de kan',
        'Mangfoldighed er vores styrke',
        'Alle har mulighed for at leve et godt liv – hele livet.',
      ],
    },
    {
      label: 'Mit liv',
      heading: 'Mit liv, min vej',
      items: [
        'Den enkelte er altid den, der har den bedste indsigt i eget liv',
        'Retten til at bestemme, hvad der giver mening i dit liv',
        'Retten til at træffe egne valg.',
      ],
    },
    {
      label: 'Ressourcer',
      heading: 'Alle har ressourcer',
      items: [
        'Alle bidrager på den ene eller anden måde',
        'Alle er værdifulde',
        'Vi arbejder sammen om udvikling af ressourcer og potentialer.',
      ],
    },
    {
      label: 'Løsninger',
      heading: 'Vi arbejder sammen om gode løsninger',
      items: [
        'Vi arbejder ud fra et helhedsorienteret syn med fokus på mennesker, der lever komplekse liv',
        'Vi arbejder tværgående og tværfagligt',
        'Vi samarbejder om den gode vej',
        'Vi samarbejder med alle relevante parter ift. at skabe de bedste løsninger.',
      ],
    },
    {
      label: 'Fællesskab',
      heading: 'Vi tror på fællesskab og netværk',
      items: [
        'Vi skaber det gode Ishøj sammen – borgere, frivillige, lokale, familier, medarbejdere mfl.',
        'Alle har ret til at være med i meningsfulde fællesskaber',
        'Alle har ret til relationer',
        'Vi samler mennesker i netværk.',
      ],
    },
  ],
};

/** Idéoplæg (shared/seeds/003): the Sundhedsstrategi's four spor with their Temaer. */
export const sundhedsstrategi: Circle = {
  heading: 'Sundhedsstrategiens fire spor',
  center: 'Sundhedsstrategi',
  themes: [
    {
      label: 'Værdigt liv',
      heading: 'Et værdigt liv',
      items: [
        'Borgerne har forskellige sundhedskompetencer og derfor forskellige forudsætninger for at forstå og handle på sundhedsinformationer.',
        'De forskellige forudsætninger kræver inddragelse af den enkeltes ressourcer samt en differentieret hjælp for at sikre, at borgerne får lige adgang til sundhedstilbud.',
        'Borgerne skal understøttes i at mestre et for dem aktivt og meningsfuldt liv.',
        'Borgernes muligheder skal synliggøres, og der skal skabes gennemsigtighed omkring kommunens rolle.',
      ],
    },
    {
      label: 'Fællesskaber',
      heading: 'Eksisterende fællesskaber og tilbud',
      items: [
        'Vi skal fremme borgernes sundhedskompetencer ved at tage udgangspunkt i den enkeltes ressourcer vha. borgerrettet sundhedsfremme og patientrettede og -diagnosespecifikke indsatser.',
      ],
    },
    {
      label: 'Forebyggelse',
      heading: 'Investering i forebyggelse',
      items: [
        'Vi skal møde borgerne, før sygdommen indtræffer, hvis sundhedsprofilen skal ændres.',
        'Det kræver mod og tålmodighed at investere i forebyggelse, da løsningerne er komplekse og resultaterne først vil vise sig på længere sigt.',
        'Vi skal understøtte borgernes mulighed for at tage ansvar, handle og foretage ændringer gennem mere viden og flere kompetencer.',
        'Forebyggelsesindsatser kan med fordel iværksættes på tværs af generationer, således at indsatser retter sig mod hele familien.',
        'Mange medarbejdere er også borgere i kommunen.',
      ],
    },
    {
      label: 'Sammenhæng',
      heading: 'Tværgående sammenhæng',
      items: [
        'Borgernes sundhed er et fælles anliggende. Hvis borgerens sundhed skal forbedres kræver det et samarbejde mellem borger, kommune og civilsamfund.',
        'Borgernes sundhed er et anliggende for alle dele af kommunen, der ansvar for at facilitere og bygge bro på tværs.',
      ],
    },
  ],
};

/** Eight themes at once, to stress the ring: the four spor of the Sundheds- and the Socialstrategi. */
export const otteSpor: Circle = {
  heading: 'Idéoplæggets spor i sundheds- og socialstrategien',
  center: 'Idéoplæg',
  themes: [
    ...sundhedsstrategi.themes.map((theme) => ({ ...theme, label: `Sundhed: ${theme.label}` })),
    {
      label: 'Social: Værdigt liv',
      heading: 'Socialstrategi: Et værdigt liv',
      items: [
        'Borgeren bliver mødt som et helt menneske frem for at skulle dele brudstykker af sit liv med forskellige instanser.',
        'Borgeren er erfaringsekspert på eget liv og samarbejder ligeværdigt med fagprofessionelle.',
      ],
    },
    {
      label: 'Social: Fællesskaber',
      heading: 'Socialstrategi: Eksisterende fællesskaber og tilbud',
      items: [
        'Borgere informeres om og understøttes i at deltage i meningsfulde fællesskaber, som kommunen evt. kan være med til at udvikle og facilitere.',
        'Borgere understøttes i at bibeholde deres eksisterende fællesskaber og netværk.',
      ],
    },
    {
      label: 'Social: Forebyggelse',
      heading: 'Socialstrategi: Investering og forebyggelse',
      items: [
        'Unge borgere skal i højere grad inddrages tidligere.',
        'Borgeren skal mødes i tide, før der er behov for brandslukning.',
        'Borgeren skal tilbydes fleksible og mindre indgribende løsninger, der forebygger større udfordringer.',
      ],
    },
    {
      label: 'Social: Sammenhæng',
      heading: 'Socialstrategi: Tværgående sammenhæng',
      items: [
        'Borgeren understøttes kontinuerligt i overgange, fx fra barn til voksen.',
        'Uanset hvor borgeren henvender sig for at få hjælp, skal behovet for hjælp og behandling identificeres og imødekommes.',
      ],
    },
  ],
};
