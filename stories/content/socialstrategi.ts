/**
 * Ishøj Kommune, Socialstrategi (shared/seeds/001): the four areas and the "Vi kan se, at vi
 * lykkes …, når:" box that ends each. Wording as in the source; only line breaks from the PDF
 * extraction are mended.
 */
export interface SuccessBox {
  area: string;
  heading: string;
  items: string[];
}

export const successBoxes = {
  etVaerdigtLiv: {
    area: 'Et værdigt liv',
    heading: 'Vi kan se, at vi lykkes med at understøtte et værdigt liv for borgerne i Ishøj, når:',
    items: ['Borgere træffer beslutninger for eget liv og bringer egne ressourcer i spil.'],
  },
  investeringIForebyggelse: {
    area: 'Investering i forebyggelse',
    heading: 'Vi kan se, at vi lykkes med at forebygge, at udfordringerne vokser sig store for borgerne i Ishøj, når:',
    items: [
      'Borgere tilbydes flere lokale og mindre indgribende tilbud',
      'Borgere oplever der arbejdes med et udviklingsperspektiv og at der sker løbende opfølgning',
    ],
  },
  staerkeFaellesskaber: {
    area: 'Stærke og blivende fællesskaber',
    heading: 'Vi kan se, at vi lykkes med at understøtte værdifulde fællesskaber for borgerne i Ishøj, når:',
    items: [
      'Borgere oplever øget livskvalitet gennem deltagelse i fællesskaber',
      'Kommunen og foreninger og frivillige samskaber om fællesskaber, så færre borgere oplever ensomhed.',
    ],
  },
  sammenhaengPaaTvaers: {
    area: 'Sammenhæng på tværs',
    heading:
      'Vi kan se, at vi lykkes med at skabe sammenhæng i forløb og gode overgange for borgerne i Ishøj, når:',
    items: [
      'Borgere modtager sammenhængende og koordinerede forløb, også ved overgange, idet kommunen gør brug af formaliseret og struktureret samarbejde internt.',
    ],
  },
} satisfies Record<string, SuccessBox>;

/** A paragraph from the same strategy, for the story where a web team forgot the list. */
export const socialstrategiAmbition =
  'Ambitionen for denne strategi er at flere borgere med handicaps og/eller sociale udfordringer får mulighed for at leve selvstændige liv og være en del af fællesskaberne.';

/**
 * The "Investering i forebyggelse" criteria in Arabic, as a kommune publishing the strategy in
 * Arabic would write them (our translation of the seed text above), for the right-to-left story.
 */
export const investeringIForebyggelseArabic = [
  'يُقدَّم للمواطنين مزيد من العروض المحلية والأقل تدخلاً',
  'يشعر المواطنون بأن العمل يجري من منظور التطور وبأن هناك متابعة مستمرة',
];

/**
 * The four "ADSPURGT ØNSKER BORGERNE:" boxes, in the order they stand in the strategy. The PDF
 * extraction lost where each box sits; `area` names the area each one is about.
 */
export const citizenWishes = {
  etVaerdigtLiv: {
    area: 'Et værdigt liv',
    items: [
      'At kunne benytte tilbud på baggrund af støttebehov frem for forsørgelsesgrundlag',
      'At der efter tidsbegrænsede forløb er støtte til implementering i borgerens videre liv på egen hånd med det, man har lært.',
    ],
  },
  investeringIForebyggelse: {
    area: 'Investering i forebyggelse',
    items: [
      'At der investeres i forebyggende funktioner',
      'At der forebygges i form af støtte til pårørende, fx børn af dem, der er blevet syge.',
    ],
  },
  staerkeFaellesskaber: {
    area: 'Stærke og blivende fællesskaber',
    items: [
      'At eksisterende fællesskaber bibeholdes og udvikles',
      'At fællesskaber drives stabilt og kontinuerligt',
      'At borgerne kan få støtte til selv at drive fællesskaber, evt. i kommunale faciliteter',
      'Større synlighed omkring de tilbud, der allerede findes, hvad enten det er kommunens, foreningers eller andre aktørers',
      'Lettere adgang til og færre regler for brug af kommunens faciliteter.',
    ],
  },
  sammenhaengPaaTvaers: {
    area: 'Sammenhæng på tværs',
    items: [
      'Bløde op for kassetænkning, så forskellige målgrupper kan bruge de samme tilbud',
      'At der sættes fokus på gode overgange og tilbud til unge',
      'At få en helhedsplan på tværs af relevante aktører',
    ],
  },
};

/** The "Investering i forebyggelse" wishes in Arabic (our translation), for the right-to-left story. */
export const citizenWishesArabic = [
  'أن يُستثمر في الخدمات الوقائية',
  'أن تكون الوقاية في شكل دعم للأقارب، مثل أطفال من أصابهم المرض.',
];
