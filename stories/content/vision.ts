/**
 * The visions in the seeds, in the documents' words (line breaks of the PDF extraction joined),
 * with an easy-read version of each and an Arabic translation for the right-to-left story.
 */
export interface Vision {
  /** A heading the document gives the vision, when it is not just "Vision". */
  heading?: string;
  /** The vision: one paragraph each, or its statements as a list (`list: true`). */
  text: string[];
  list?: boolean;
  /** The guiding marks ("Pejlemærkerne er:"). */
  marks?: string[];
}

/** An easy-read version: short sentences, common words. Its list, if any, replaces the marks. */
export interface EasyVision {
  text: string[];
  marks?: string[];
}

export const visions = {
  /** Velfærdspolitik, "Vision": the vision and its three pejlemærker. */
  velfaerdspolitik: {
    text: ['I 2025 er borgere i Ishøj blandt de borgere i Danmark, som oplever den højeste livskvalitet.'],
    marks: [
      'At folkesundheden i Ishøj forbedres både i forhold til fysisk, psykisk og social sundhed',
      'At alle i Ishøj har mulighed for at udvikle og udfolde deres ressourcer',
      'At Ishøjs ældre borgere i højere grad opretholder evnen til at klare sig selv og dermed lever gode og værdige ældreliv',
    ],
  },
  /** Høringsversion: Medborgerpolitik, "3. Vision": "Visionen er: …". No marks. */
  medborgerpolitik: {
    text: ['Alle ser mangfoldighed som en styrke. Alle kan noget, men ingen kan alt.'],
  },
  /** Råudkast til ny Velfærdspolitik: "… tager Velfærdspolitikken udgangspunkt i følgende vision:", two bullets. */
  raaudkast: {
    text: ['Velfærd er noget, vi skaber – og vi gør det sammen', 'Alle skal have mulighed for at leve det liv, som de gerne vil'],
    list: true,
  },
} satisfies Record<string, Vision>;

/** The easy-read versions (LIX 25 or less; tests/easy-read.test.ts checks them). */
export const easyVisions = {
  velfaerdspolitik: {
    text: [
      'I 2025 skal borgerne i Ishøj have et godt liv.',
      'De skal have det lige så godt som dem, der har det bedst i Danmark.',
      'Vi har tre mål:',
    ],
    marks: [
      'Alle skal have det godt. Både i kroppen, i hovedet og sammen med andre.',
      'Alle skal kunne bruge det, de er gode til.',
      'De ældre skal klare sig selv længere. Så får de et godt liv som gamle.',
    ],
  },
  medborgerpolitik: {
    text: ['Vi er forskellige. Det gør os stærke.', 'Alle kan noget. Men ingen kan alt.'],
  },
  raaudkast: {
    text: ['Vi skaber et godt liv for alle. Det gør vi sammen.', 'Alle skal kunne leve det liv, de selv vil.'],
  },
} satisfies Record<keyof typeof visions, EasyVision>;

/** The Velfærdspolitik's vision and pejlemærker in Arabic (our translation), for the right-to-left story. */
export const velfaerdspolitikArabic: Vision = {
  text: ['في عام 2025 يكون سكان إيشوي من بين السكان في الدنمارك الذين يتمتعون بأعلى جودة حياة.'],
  marks: [
    'أن تتحسن الصحة العامة في إيشوي جسديًا ونفسيًا واجتماعيًا',
    'أن تكون لكل شخص في إيشوي فرصة لتطوير موارده وإطلاق قدراته',
    'أن يحافظ كبار السن في إيشوي بدرجة أكبر على قدرتهم على الاعتماد على أنفسهم، فيعيشون شيخوخة جيدة وكريمة',
  ],
};
