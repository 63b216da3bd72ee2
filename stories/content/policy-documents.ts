/**
 * Whole policies as klar-policy JSON, for the stories that give it as `data`. The five seed
 * documents in full are the files in demo/json/politikker/ (the `src` stories); here the
 * Medborgerpolitik is composed from the seed content of this folder, so a story can set its
 * consultation deadline from today, and translated for the right-to-left story.
 */
import { medborgerskab } from './circles.js';
import { medborgerskabArabic } from './circles-translated.js';
import { easyCircles, easyPolicies } from './easy-read.js';
import { consultation, medborgerpolitikArabic, policies } from './policies.js';
import { easyVisions, visions } from './vision.js';

/** The files of the five seed documents, for `src`, at the same path in Storybook, the tests and the demo. */
export const policyFiles = {
  medborgerpolitik: 'demo/json/politikker/medborgerpolitik.json',
  velfaerdspolitik: 'demo/json/politikker/velfaerdspolitik.json',
  socialstrategi: 'demo/json/politikker/socialstrategi.json',
  raaudkast: 'demo/json/politikker/raaudkast-velfaerdspolitik.json',
  ideoplaeg: 'demo/json/politikker/ideoplaeg.json',
};

const { medborgerpolitik } = policies;

/**
 * The Medborgerpolitik's title, vision and circle with a consultation ending `consultationEnds`
 * (YYYY-MM-DD): open four weeks from today by default, so the story always asks for answers.
 */
export function medborgerpolitikData(consultationEnds: string = consultation.open) {
  return {
    heading: medborgerpolitik.title,
    status: medborgerpolitik.status,
    consultationEnds,
    respondHref: consultation.respondHref,
    foreword: { text: medborgerpolitik.description, easyRead: { text: easyPolicies.medborgerpolitik } },
    sections: [
      {
        heading: '3. Vision',
        blocks: [{ kind: 'vision', text: visions.medborgerpolitik.text, easyRead: { text: easyVisions.medborgerpolitik.text } }],
      },
      {
        heading: '4. Temaer - ansvar, fællesskaber, åbenhed og relationer',
        blocks: [
          {
            kind: 'theme-circle',
            ...medborgerskab,
            themes: medborgerskab.themes.map((theme, index) => ({ ...theme, easyRead: easyCircles.medborgerskab[index] })),
          },
        ],
      },
    ],
  };
}

/** The same in Arabic (our translation), in consultation, for the right-to-left story. */
export const medborgerpolitikArabicData = {
  heading: medborgerpolitikArabic.title,
  status: medborgerpolitikArabic.status,
  consultationEnds: consultation.open,
  respondHref: consultation.respondHref,
  foreword: { text: medborgerpolitikArabic.description },
  sections: [
    { heading: '3. الرؤية', blocks: [{ kind: 'vision', text: medborgerpolitikArabic.vision![0] }] },
    { heading: '4. المواضيع: المسؤولية والمجتمعات والانفتاح والعلاقات', blocks: [{ kind: 'theme-circle', ...medborgerskabArabic }] },
  ],
};
