/**
 * Ishøj Kommune, Idéoplæg til sundheds-, social- og ældrestrategi (shared/seeds/003): goals of
 * the four spor, key figures and quotes with their sources. Wording as in the source; only line
 * breaks and hyphenation from the PDF extraction are mended.
 */

export interface Spor {
  strategy: string;
  spor: string;
  themes: string[];
  goals: string[];
}

export const spor = {
  sundhedEtVaerdigtLiv: {
    strategy: 'Sundhedsstrategi',
    spor: 'Et værdigt liv',
    themes: [
      'Borgerne har forskellige sundhedskompetencer og derfor forskellige forudsætninger for at forstå og handle på sundhedsinformationer.',
      'De forskellige forudsætninger kræver inddragelse af den enkeltes ressourcer samt en differentieret hjælp for at sikre, at borgerne får lige adgang til sundhedstilbud.',
      'Borgerne skal understøttes i at mestre et for dem aktivt og meningsfuldt liv.',
      'Borgernes muligheder skal synliggøres, og der skal skabes gennemsigtighed omkring kommunens rolle.',
    ],
    goals: [
      'Borgere oplever at blive understøttet i at handle og træffe beslutninger i eget liv, så de ved at bruge deres ressourcer får bedre muligheder for at leve en mere selvstændig tilværelse.',
      'Borgere oplever at kunne mestre sundhedsudfordringer, så de får bedre muligheder for at leve et aktivt og meningsfuldt liv.',
    ],
  },
  sundhedForebyggelse: {
    strategy: 'Sundhedsstrategi',
    spor: 'Investering i forebyggelse',
    themes: [
      'Vi skal møde borgerne, før sygdommen indtræffer, hvis sundhedsprofilen skal ændres.',
      'Det kræver mod og tålmodighed at investere i forebyggelse, da løsningerne er komplekse og resultaterne først vil vise sig på længere sigt.',
    ],
    goals: [
      'Borgere oplever ikke, at sundhedsudfordringer- og livsstilssygdomme står i vejen for at leve et aktivt og meningsfuldt liv.',
      'Voksne borgere klædes på til at træffe sunde valg, så deres egen og deres børns sundhed bedres.',
    ],
  },
  socialEtVaerdigtLiv: {
    strategy: 'Socialstrategi',
    spor: 'Et værdigt liv',
    themes: [
      'Borgeren bliver mødt som et helt menneske frem for at skulle dele brudstykker af sit liv med forskellige instanser.',
      'Borgeren er erfaringsekspert på eget liv og samarbejder ligeværdigt med fagprofessionelle.',
    ],
    goals: [
      'Borgere oplever at blive understøttet i selv at træffe beslutninger for eget liv.',
      'Borgere har en helhedsplan, så de oplever at have færre indgange til kommunen.',
      'Borgeren føler håb og optimisme i forhold til egne ressourcer og handlemuligheder som bidrager til øget livskvalitet.',
    ],
  },
  aeldreTvaergaaende: {
    strategy: 'Ældrestrategi',
    spor: 'Tværgående sammenhæng',
    themes: [
      'Mange ældre har behov for flere samtidige indsatser fra kommunen og andre aktører jf. ”den ældre medicinske patient”.',
      'Nogle borgere vil være afhængige af pårørende, der tager beslutninger.',
    ],
    goals: [
      'Borgere oplever at kommunen tager ansvar for at koordinere på tværs, når borgeren har brug for hjælp, så borgeren får de tilbud de har behov for.',
      'Borgere og deres pårørende oplever et godt samarbejde med kommunen.',
      'Borgerne oplever, at kommunen har fokus på rekruttering og fastholdelse af medarbejdere med henblik på at imødekomme deres behov.',
    ],
  },
} satisfies Record<string, Spor>;

/** The goals of the Sundhedsstrategi's "Investering i forebyggelse" in Arabic (our translation). */
export const goalsArabic = [
  'لا يشعر المواطنون بأن التحديات الصحية وأمراض نمط الحياة تقف في طريق حياة نشطة وذات معنى.',
  'يُهيَّأ المواطنون البالغون لاتخاذ خيارات صحية، فتتحسن صحتهم وصحة أطفالهم.',
];

export interface KeyFigure {
  value: string;
  unit?: 'percent';
  label: string;
  source: string;
}

const SUNDHEDSPROFILEN = 'Sundhedsprofilen 2021 for Ishøj';

/** The key figures of the Idéoplæg, each as the document states it. */
export const keyFigures = {
  rygere: { value: '19', unit: 'percent', label: 'ryger dagligt', source: SUNDHEDSPROFILEN },
  svaertOvervaegtige: { value: '25', unit: 'percent', label: 'er svært overvægtige', source: SUNDHEDSPROFILEN },
  moderatOvervaegtige: { value: '35', unit: 'percent', label: 'er moderat overvægtige', source: SUNDHEDSPROFILEN },
  stress: { value: '33', unit: 'percent', label: 'scorer højt på stressskalaen', source: SUNDHEDSPROFILEN },
  ensomme: { value: '13', unit: 'percent', label: 'er ensomme', source: SUNDHEDSPROFILEN },
  lavFysiskAktivitet: { value: '28', unit: 'percent', label: 'har lav fysisk aktivitet i fritiden', source: SUNDHEDSPROFILEN },
  stillesiddende: { value: '53', unit: 'percent', label: 'har stillesiddende arbejde', source: SUNDHEDSPROFILEN },
  flere80Aarige: {
    value: '+76',
    unit: 'percent',
    label: 'stigning i antallet af +80-årige i Ishøj frem til 2028',
    source: 'Demografiske beregninger, Idéoplæg',
  },
  personer80Aarige: {
    value: '540',
    label: 'flere +80-årige frem til 2028 (ca.)',
    source: 'Demografiske beregninger, Idéoplæg',
  },
  autisme: {
    value: '0,8',
    unit: 'percent',
    label: 'af befolkningen har en autismediagnose (2018), mod 0,25 % i 2008',
    source: 'Autismeforeningen: ”Viden og fakta om autisme i Danmark”',
  },
  botilbud: {
    value: '88',
    unit: 'percent',
    label: 'af de stigende udgifter på voksenområdet går til botilbud og boformer',
    source: 'Ekspertudvalget på socialområdet, Delrapport 1 (2023)',
  },
} satisfies Record<string, KeyFigure>;

/** "19 % ryger dagligt" in Arabic (our translation), for the right-to-left story. */
export const rygereArabic = { label: 'يدخنون يومياً', source: 'Sundhedsprofilen 2021 (الملف الصحي لإيشوي)' };

export interface Quote {
  text: string;
  source: string;
}

/** The quotes of the Idéoplæg with their "Kilde:" lines; the quotation marks are the element's. */
export const quotes = {
  sundhedskompetence: {
    text: 'Sundhedskompetence er en kombination af de personlige kompetencer og ressourcer i omgivelserne, der bestemmer menneskers mulighed for at finde, forstå, vurdere og bruge information til at tage beslutninger om sundhed.',
    source: 'Sundhedsstyrelsens udgivelse Sundhedskompetence i det danske sundhedsvæsen – En vej til mere lighed (2022)',
  },
  uligeBetingelser: {
    text: 'Vi fødes og vokser op med ulige betingelser for en god sundhedstilstand. Forskelle i arv, fysisk miljø, sociale og økonomiske forhold samt sundhedsadfærd har betydning for ulighed i sundhed.',
    source: 'Sundhedsstyrelsens udgivelse Sundhedskompetence i det danske sundhedsvæsen – En vej til mere lighed (2022)',
  },
  borgerensPerspektiv: {
    text: 'Borgerens perspektiv på, hvad der skaber trivsel i tilværelsen er omdrejningspunktet.',
    source: 'Socialstyrelsens udgivelse Recovery-orienteret rehabilitering – Vejledning til praksis (2023)',
  },
  faellesskaber: {
    text: 'Fællesskaber kan have forandringspotentiale, være for alle eller de få, være permanente eller midlertidige, fysiske eller virtuelle.',
    source: 'Tænketanken byen 2025 Fællesskaber i forandring (2014)',
  },
  rehabilitering: {
    text: 'Rehabilitering kan ikke adskilles fra hverdagslivet, men er en del af det.',
    source: 'Sundhedsstyrelsens Håndbog om rehabilitering på ældreområdet – Viden, metoder og inspiration til praksis (2023)',
  },
  velfaerdsteknologi: {
    text: 'Velfærdsteknologi kan både dække over teknologier, som bruges i samfundet i almindelighed, fx smartphones og tablets, og specialdesignet teknologi, der skal imødekomme en særlig målgruppes behov, fx hjælpemidler.',
    source: 'Enheden for Velfærdsteknologi i Københavns Kommune',
  },
} satisfies Record<string, Quote>;

/** "Borgerens perspektiv …" in Arabic (our translation), for the right-to-left story. */
export const borgerensPerspektivArabic = {
  text: 'منظور المواطن لما يصنع الرفاهية في الحياة هو محور العمل.',
  source: 'Socialstyrelsen: Recovery-orienteret rehabilitering – Vejledning til praksis (2023)',
};
