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
