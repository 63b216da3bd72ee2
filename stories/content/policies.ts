/**
 * A date `days` from today in the reader's own time zone, written YYYY-MM-DD: a consultation
 * deadline that stays open (or past) whenever the stories are looked at.
 */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');
}

/**
 * Ishøj Kommune's policies in the seeds, as a web team would list them: title, status, date
 * where the document gives one, vision, themes and a short description in the documents' words.
 * Links are relative paths on the kommune's own site.
 */
export interface Policy {
  title: string;
  status: 'adopted' | 'consultation' | 'draft';
  date?: string;
  href: string;
  vision?: string[];
  themes: string[];
  description: string;
  /** The last day of the public consultation (YYYY-MM-DD), for a policy in consultation. */
  consultationEnds?: string;
  /** Where citizens answer the consultation. */
  respondHref?: string;
}

/**
 * The Medborgerpolitik's consultation. The høringsversion gives no deadline or address: the
 * deadline is four weeks from today, so the story stays open; answers go to a page on the
 * kommune's own site, as the card's link does. The ended consultation is the issue's own example.
 */
export const consultation = {
  open: daysFromToday(28),
  ended: '2026-01-15',
  respondHref: 'politikker/medborgerpolitik-hoering/hoeringssvar',
  /** An address for answers by e-mail; example.org, as the seeds give none. */
  respondMail: 'mailto:hoeringssvar@example.org?subject=H%C3%B8ringssvar%20Medborgerpolitik',
};

export const policies = {
  velfaerdspolitik: {
    title: 'Velfærdspolitik',
    status: 'adopted',
    href: 'politikker/velfaerdspolitik',
    vision: ['I 2025 er borgere i Ishøj blandt de borgere i Danmark, som oplever den højeste livskvalitet.'],
    themes: ['Sundhed for alle', 'Alle har ressourcer', 'Et godt og værdigt ældreliv'],
    description:
      'I Ishøj har vi fokus på velfærd igennem alle livets faser, og derfor omfatter Velfærdspolitikken alle borgere i kommunen.',
  },
  raaudkast: {
    title: 'Råudkast til ny Velfærdspolitik',
    status: 'draft',
    date: '2017-11-27',
    href: 'politikker/raaudkast-velfaerdspolitik',
    vision: ['Velfærd er noget, vi skaber – og vi gør det sammen', 'Alle skal have mulighed for at leve det liv, som de gerne vil'],
    themes: [
      'Velfærd er for alle',
      'Mit liv, min vej',
      'Alle har ressourcer',
      'Vi arbejder sammen om gode løsninger',
      'Betydningsfulde fællesskaber skaber velfærd',
    ],
    description: 'Ishøj Kommunes nye Velfærdspolitik er en af kommunens seks hovedpolitikker.',
  },
  medborgerpolitik: {
    title: 'Høringsversion: Ishøjs Medborgerpolitik',
    status: 'consultation',
    href: 'politikker/medborgerpolitik-hoering',
    vision: ['Alle ser mangfoldighed som en styrke. Alle kan noget, men ingen kan alt.'],
    themes: ['Ansvar', 'Fællesskaber', 'Åbenhed', 'Relationer'],
    description: 'Medborgerpolitikken er en tværgående politik, der sikrer vores fælles værdigrundlag.',
    consultationEnds: consultation.open,
    respondHref: consultation.respondHref,
  },
  socialstrategi: {
    title: 'Socialstrategi',
    status: 'adopted',
    href: 'politikker/socialstrategi',
    vision: [
      'Ambitionen for denne strategi er at flere borgere med handicaps og/eller sociale udfordringer får mulighed for at leve selvstændige liv og være en del af fællesskaberne.',
    ],
    themes: ['Et værdigt liv', 'Investering i forebyggelse', 'Stærke og blivende fællesskaber', 'Sammenhæng på tværs'],
    description:
      'I Ishøj Kommune klarer langt de fleste sig rigtig godt, og der er mange stærke fællesskaber og foreninger, som skaber aktivitet i byen og glæde og samvær for rigtig mange mennesker.',
  },
  ideoplaeg: {
    title: 'Idéoplæg til sundheds-, social- og ældrestrategi',
    status: 'draft',
    href: 'politikker/ideoplaeg-strategier',
    themes: ['Et værdigt liv', 'Investering i forebyggelse', 'Eksisterende fællesskaber og tilbud', 'Tværgående sammenhæng'],
    description:
      'På baggrund af idéoplægget skal der udarbejdes 3 enkeltstående strategier, der hænger sammen, fordi man fra et helhedsperspektiv ikke kan adskille sundhed-, social- og ældreområdet.',
  },
} satisfies Record<string, Policy>;

/** The Medborgerpolitik card in Arabic (our translation), for the right-to-left story. */
export const medborgerpolitikArabic: Policy = {
  title: 'نسخة للتشاور: سياسة المواطنة في إيشوي',
  status: 'consultation',
  href: 'politikker/medborgerpolitik-hoering',
  vision: ['الجميع يرون التنوع قوة. كل شخص يستطيع شيئًا، لكن لا أحد يستطيع كل شيء.'],
  themes: ['المسؤولية', 'المجتمعات', 'الانفتاح', 'العلاقات'],
  description: 'سياسة المواطنة سياسة شاملة تضمن قيمنا المشتركة.',
  consultationEnds: consultation.open,
  respondHref: consultation.respondHref,
};
