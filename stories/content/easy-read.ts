/**
 * Easy-read ("let læst") Danish versions of the seed content in this folder, written for the
 * easy-read slot of the components. Same keys as the standard-language sources; the meaning
 * follows the source, said in short sentences with everyday words. The test computes LIX for
 * each piece (list items joined with a space) and requires LIX ≤ 25.
 */

/** Items of each success box, keyed like successBoxes in socialstrategi.ts. */
export const easySuccessBoxes: Record<'etVaerdigtLiv' | 'investeringIForebyggelse' | 'staerkeFaellesskaber' | 'sammenhaengPaaTvaers', string[]> = {
  etVaerdigtLiv: [
    'Du bestemmer selv over dit liv.',
    'Du bruger det, du selv kan.',
  ],
  investeringIForebyggelse: [
    'Du får flere tilbud tæt på, hvor du bor.',
    'Du får hjælp, der fylder mindre i dit liv.',
    'Vi hjælper dig med at komme videre.',
    'Vi spørger tit, hvordan det går.',
  ],
  staerkeFaellesskaber: [
    'Du får et bedre liv, når du er med i et fællesskab.',
    'Vi laver fællesskaber sammen med foreninger.',
    'Frivillige er også med.',
    'Sammen laver vi steder, hvor folk mødes.',
    'Så er færre folk ensomme.',
  ],
  sammenhaengPaaTvaers: [
    'Din hjælp hænger godt sammen.',
    'Det gælder også, når du skifter fra én hjælp til en anden.',
    'Det kan vi, fordi vi gør det sammen i kommunen.',
    'Vi har faste aftaler om det.',
  ],
};

/** Items of each citizen-wishes box, keyed like citizenWishes in socialstrategi.ts. */
export const easyCitizenWishes: Record<'etVaerdigtLiv' | 'investeringIForebyggelse' | 'staerkeFaellesskaber' | 'sammenhaengPaaTvaers', string[]> = {
  etVaerdigtLiv: [
    'At du får hjælp, fordi du har brug for det.',
    'Det skal ikke handle om, hvad du lever af.',
    'At du får støtte, når et kort forløb slutter.',
    'Så kan du selv bruge det, du har lært.',
  ],
  investeringIForebyggelse: [
    'At vi bruger penge på hjælp, før det bliver svært.',
    'At familien til en syg får støtte.',
    'Det kan være børn af en, der er blevet syg.',
  ],
  staerkeFaellesskaber: [
    'At de fællesskaber, der findes, bliver ved og bliver bedre.',
    'At fællesskaber er faste og ikke stopper.',
    'At du kan få hjælp til selv at lave et fællesskab.',
    'Det kan være i kommunens huse.',
    'At det er let at se de tilbud, der findes.',
    'Det gælder tilbud fra kommunen, foreninger og andre.',
    'At det er let at bruge kommunens rum.',
    'At der er færre regler for det.',
  ],
  sammenhaengPaaTvaers: [
    'At flere slags folk kan bruge de samme tilbud.',
    'At vi passer godt på dig, når du skifter fra én hjælp til en anden.',
    'At der er gode tilbud til unge.',
    'At der er én samlet plan for dig.',
    'Alle, der hjælper dig, skal følge planen.',
  ],
};

/** Goals of each spor, keyed like spor in ideoplaeg.ts. */
export const easyGoals: Record<'sundhedEtVaerdigtLiv' | 'sundhedForebyggelse' | 'socialEtVaerdigtLiv' | 'aeldreTvaergaaende', string[]> = {
  sundhedEtVaerdigtLiv: [
    'Du får støtte til selv at bestemme i dit liv.',
    'Du bruger dine egne kræfter.',
    'Så kan du klare mere selv.',
    'Du kan klare det, hvis du har det svært med dit helbred.',
    'Så kan du leve et aktivt liv, der giver mening.',
  ],
  sundhedForebyggelse: [
    'Sygdom skal ikke stoppe dig i at leve et godt liv.',
    'Det gælder også sygdom, der kommer af, hvordan du lever.',
    'Du skal kunne leve et aktivt liv, der giver mening.',
    'Vi hjælper voksne til at vælge det sunde.',
    'Så får de selv og deres børn et bedre helbred.',
  ],
  socialEtVaerdigtLiv: [
    'Du får støtte til selv at bestemme over dit liv.',
    'Du har én samlet plan.',
    'Så skal du gå til færre steder i kommunen.',
    'Du føler håb for det, du selv kan.',
    'Det giver dig et bedre liv.',
  ],
  aeldreTvaergaaende: [
    'Når du har brug for hjælp, tager vi ansvar.',
    'Vi sørger for, at alle, der hjælper dig, taler sammen.',
    'Så får du den hjælp, du har brug for.',
    'Du og dine nærmeste arbejder godt sammen med os.',
    'Vi gør meget for at finde nye ansatte.',
    'Vi gør også meget for, at de ansatte bliver.',
    'Så kan vi give dig den hjælp, du har brug for.',
  ],
};

/** Each key figure said in one or two short sentences, keyed like keyFigures in ideoplaeg.ts. */
export const easyKeyFigures: Record<'rygere' | 'svaertOvervaegtige' | 'moderatOvervaegtige' | 'stress' | 'ensomme' | 'lavFysiskAktivitet' | 'stillesiddende' | 'flere80Aarige' | 'personer80Aarige' | 'autisme' | 'botilbud', string> = {
  rygere: 'Næsten hver femte ryger hver dag.',
  svaertOvervaegtige: 'Hver fjerde vejer alt for meget.',
  moderatOvervaegtige: '35 ud af 100 vejer lidt for meget.',
  stress: 'Hver tredje har meget stress.',
  ensomme: '13 ud af 100 føler sig ensomme.',
  lavFysiskAktivitet: '28 ud af 100 rører sig kun lidt i fritiden.',
  stillesiddende: 'Mere end hver anden sidder ned på sit job.',
  flere80Aarige: 'Flere bliver over 80 år i Ishøj. Frem til 2028 bliver de 76 procent flere.',
  personer80Aarige: 'Frem til 2028 bliver der cirka 540 flere over 80 år.',
  autisme: 'I 2018 havde 8 ud af 1000 mennesker autisme. Det er mere end 3 gange så mange som i 2008.',
  botilbud: 'Hjælp til voksne koster mere og mere. 88 procent af de ekstra penge går til steder, hvor de kan bo med hjælp.',
};

/** Each quote said simply, keyed like quotes in ideoplaeg.ts. */
export const easyQuotes: Record<'sundhedskompetence' | 'uligeBetingelser' | 'borgerensPerspektiv' | 'faellesskaber' | 'rehabilitering' | 'velfaerdsteknologi', string> = {
  sundhedskompetence: 'Du skal kunne finde, forstå og bruge viden om sundhed. Så kan du tage gode valg. Det kræver noget af dig og af folk omkring dig.',
  uligeBetingelser: 'Vi får ikke alle lige gode chancer for at være raske. Det kommer an på arv, hvor vi bor, og vores liv og penge. Det kommer også an på, hvad vi selv gør.',
  borgerensPerspektiv: 'Det vigtigste er, hvad du selv synes giver dig et godt liv.',
  faellesskaber: 'Fællesskaber kan ændre noget. De kan være for alle eller for få, for kort eller lang tid. De kan være ansigt til ansigt eller på nettet.',
  rehabilitering: 'Når du skal lære at klare dig selv igen, sker det i din hverdag. Det er en del af dit liv.',
  velfaerdsteknologi: 'Teknik, der hjælper, kan være ting, som alle bruger. Det kan være en telefon eller en tablet. Det kan også være ting, der er lavet til folk med et særligt behov.',
};

/** For each circle in circles.ts, one entry per theme in the same order: a short title and 2–4 items. */
export const easyCircles: Record<'medborgerskab' | 'velfaerd' | 'sundhedsstrategi' | 'otteSpor', { heading: string; items: string[] }[]> = {
  medborgerskab: [
    {
      heading: 'Vi tager ansvar og er med',
      items: [
        'Vi er med i demokratiet.',
        'Vi tør tage ansvar.',
        'Vi stoler på andre og giver dem ansvar.',
        'Vi hjælper alle til at være med og bestemme.',
      ],
    },
    {
      heading: 'Alle skal være med i et fællesskab',
      items: [
        'Vi tager hensyn til hinanden.',
        'Vi laver fællesskaber, der giver noget.',
        'Alle kan noget, men ingen kan alt.',
        'Vi har gode foreninger, hvor alle kan være med.',
      ],
    },
    {
      heading: 'Vi er åbne over for hinanden',
      items: [
        'Vi er åbne for nye folk.',
        'Vi tør starte nye fællesskaber.',
        'Der er plads til, at vi er forskellige.',
        'Vi gør det bedst, når vi er åbne og vil lære hinanden at kende.',
      ],
    },
    {
      heading: 'Alle har gode bånd til andre',
      items: [
        'Vi er tæt på hinanden, så vi alle trives.',
        'Vi ser hinanden som vigtige.',
        'Tillid gør os stærke sammen.',
        'Gode bånd til andre giver os kræfter.',
      ],
    },
  ],
  velfaerd: [
    {
      heading: 'Et godt liv er for alle',
      items: [
        'Alle kan få et godt liv, hele livet.',
        'Du har ret til hjælp.',
        'Alle giver det, de kan.',
        'Det er en styrke, at vi er forskellige.',
      ],
    },
    {
      heading: 'Mit liv, min vej',
      items: [
        'Du ved bedst, hvad du har brug for.',
        'Du bestemmer, hvad der giver mening for dig.',
        'Du har ret til at vælge selv.',
      ],
    },
    {
      heading: 'Alle har noget at give',
      items: [
        'Alle giver noget på hver sin måde.',
        'Alle er vigtige.',
        'Vi hjælper hinanden med at bruge det, vi kan.',
      ],
    },
    {
      heading: 'Vi finder gode løsninger sammen',
      items: [
        'Vi ser hele dit liv, også når det er svært.',
        'Vi arbejder sammen på tværs af fag.',
        'Vi finder den gode vej sammen.',
        'Vi arbejder sammen med alle, der kan hjælpe.',
      ],
    },
    {
      heading: 'Vi tror på fællesskab',
      items: [
        'Vi laver det gode Ishøj sammen.',
        'Alle har ret til at være med i et fællesskab.',
        'Alle har ret til at have nogen.',
        'Vi samler folk, så de kan hjælpe hinanden.',
      ],
    },
  ],
  sundhedsstrategi: [
    {
      heading: 'Et værdigt liv',
      items: [
        'Ikke alle har lige let ved at forstå viden om sundhed.',
        'Derfor skal hjælpen passe til dig, så alle får lige adgang.',
        'Vi hjælper dig til et aktivt liv, der giver mening.',
        'Du skal kunne se, hvad vi kan gøre for dig.',
      ],
    },
    {
      heading: 'Fællesskaber og tilbud',
      items: [
        'Vi hjælper dig til at vide mere om sundhed.',
        'Vi starter med det, du selv kan.',
        'Vi har tilbud til alle.',
        'Vi har også tilbud til dig, der er syg.',
      ],
    },
    {
      heading: 'Hjælp i god tid',
      items: [
        'Vi vil møde dig, før du bliver syg.',
        'Det kræver mod og tid, for det virker først på lang sigt.',
        'Vi giver dig viden, så du selv kan ændre ting.',
        'Hjælpen kan være til hele familien, både unge og gamle.',
      ],
    },
    {
      heading: 'Vi gør det sammen',
      items: [
        'Sundhed er en sag for os alle.',
        'Du, vi og foreninger skal gøre det sammen.',
        'Alle dele af kommunen har et ansvar.',
        'De skal få det hele til at hænge sammen.',
      ],
    },
  ],
  otteSpor: [
    {
      heading: 'Sundhed: Et værdigt liv',
      items: [
        'Ikke alle har lige let ved at forstå viden om sundhed.',
        'Derfor skal hjælpen passe til dig, så alle får lige adgang.',
        'Vi hjælper dig til et aktivt liv, der giver mening.',
        'Du skal kunne se, hvad vi kan gøre for dig.',
      ],
    },
    {
      heading: 'Sundhed: Fællesskaber og tilbud',
      items: [
        'Vi hjælper dig til at vide mere om sundhed.',
        'Vi starter med det, du selv kan.',
        'Vi har tilbud til alle.',
        'Vi har også tilbud til dig, der er syg.',
      ],
    },
    {
      heading: 'Sundhed: Hjælp i god tid',
      items: [
        'Vi vil møde dig, før du bliver syg.',
        'Det kræver mod og tid, for det virker først på lang sigt.',
        'Vi giver dig viden, så du selv kan ændre ting.',
        'Hjælpen kan være til hele familien, både unge og gamle.',
      ],
    },
    {
      heading: 'Sundhed: Vi gør det sammen',
      items: [
        'Sundhed er en sag for os alle.',
        'Du, vi og foreninger skal gøre det sammen.',
        'Alle dele af kommunen har et ansvar.',
        'De skal få det hele til at hænge sammen.',
      ],
    },
    {
      heading: 'Social: Et værdigt liv',
      items: [
        'Vi ser dig som et helt menneske.',
        'Du skal ikke dele dit liv i små stykker til mange steder.',
        'Du ved mest om dit eget liv.',
        'Vi arbejder sammen med dig på lige fod.',
      ],
    },
    {
      heading: 'Social: Fællesskaber og tilbud',
      items: [
        'Vi fortæller dig om steder, hvor du kan være med.',
        'Vi hjælper dig med at komme med.',
        'Vi kan også være med til at starte nye fællesskaber.',
        'Du får hjælp til at holde fast i de folk, du kender.',
      ],
    },
    {
      heading: 'Social: Hjælp i god tid',
      items: [
        'Unge skal være med tidligere.',
        'Vi skal møde dig, før det går helt galt.',
        'Du skal få hjælp, der passer og fylder lidt.',
        'Så bliver det ikke så svært senere.',
      ],
    },
    {
      heading: 'Social: Vi arbejder sammen',
      items: [
        'Vi støtter dig hele tiden, når du skifter.',
        'Det kan være, når du går fra barn til voksen.',
        'Det er lige meget, hvor du beder om hjælp.',
        'Vi finder ud af, hvad du har brug for, og hjælper dig.',
      ],
    },
  ],
};

/** A short easy-read description of each policy, keyed like policies in policies.ts. */
export const easyPolicies: Record<'velfaerdspolitik' | 'raaudkast' | 'medborgerpolitik' | 'socialstrategi' | 'ideoplaeg', string> = {
  velfaerdspolitik: 'Politikken handler om et godt liv for alle i Ishøj. Den gælder hele livet, fra barn til gammel.',
  raaudkast: 'Det her er et første bud på en ny politik. Den skal handle om velfærd. Ishøj har seks store politikker, og den er en af dem.',
  medborgerpolitik: 'Den her politik siger, hvad vi alle tror på. Den gælder for alt, hvad vi gør i Ishøj.',
  socialstrategi: 'De fleste i Ishøj har det godt. Der er mange stærke fællesskaber og foreninger. De giver liv og glæde i byen.',
  ideoplaeg: 'Ud fra det her oplæg laver vi 3 planer. De handler om sundhed, det sociale og ældre. De hænger sammen, for man kan ikke skille dem ad.',
};
