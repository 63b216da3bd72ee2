/**
 * The "Videre proces" of Ishøj Kommune's Idéoplæg til sundheds-, social- og ældrestrategi
 * (shared/seeds/003, around line 490): the steps from December 2023 to April 2024, wording as in
 * the source. `datetime` is added where the source gives a day or a month; a period ("6.-11.
 * december") is dated by its first day, as the JSON shape of klar-timeline has it.
 */

/** One step, in the shape of klar-timeline's JSON. */
export interface TimelineStep {
  when: string;
  datetime?: string;
  text: string;
}

export const videreProces: TimelineStep[] = [
  { when: '6.-11. december', datetime: '2023-12-06', text: 'Projektgrupperne planlægger inddragelses- og høringsproces' },
  { when: '14. december', datetime: '2023-12-14', text: 'SSU præsenteres for udkast til idéoplæg' },
  { when: '15. januar', datetime: '2024-01-15', text: 'Råd, SSU m.fl. kvalificerer idéoplæg' },
  { when: 'Medio januar', text: 'Høring af idéoplæg på p-møder i CVV' },
  { when: '17.-19. januar', datetime: '2024-01-17', text: 'Projektgrupperne udarbejder udkast til strategi' },
  { when: '7. februar', datetime: '2024-02-07', text: 'Styregruppemøde (godkende udkast til strategi)' },
  { when: '7. marts', datetime: '2024-03-07', text: 'SSU præsenteres for udkast (forventet beslutning)' },
  { when: 'Medio marts', text: 'Kommunikation om strategierne' },
  { when: 'April og frem', datetime: '2024-04', text: 'Lokale handleplaner på CVV’s områder' },
];

/** Other words for the same steps, [when, text] each: the dates stay those of the seed's steps. */
const sameDates = (steps: [when: string, text: string][]): TimelineStep[] =>
  steps.map(([when, text], index) => ({ when, datetime: videreProces[index].datetime, text }));

/** The document the process belongs to, for slot `source` and an author's own heading. */
export const ideoplaegTitle = 'Idéoplæg til sundheds-, social- og ældrestrategi';

/**
 * The same steps in easy-read Danish: one idea a sentence, common words, no abbreviations
 * (SSU is "politikerne i udvalget", p-møder in CVV "de ansatte").
 */
export const easyVidereProces: TimelineStep[] = sameDates([
  ['6.-11. december', 'Vi finder ud af, hvem vi skal spørge.'],
  ['14. december', 'Politikerne i udvalget ser vores første plan.'],
  ['15. januar', 'Råd og politikere siger, hvad de mener.'],
  ['Midt i januar', 'De ansatte siger, hvad de mener.'],
  ['17.-19. januar', 'Vi skriver planen.'],
  ['7. februar', 'En gruppe af ledere ser planen.'],
  ['7. marts', 'Politikerne i udvalget ser planen. Vi tror, de siger ja.'],
  ['Midt i marts', 'Vi fortæller alle om planen.'],
  ['Fra april', 'Hvert sted laver sin egen plan.'],
]);

/** The steps in Arabic (our translation), for the right-to-left story. */
export const videreProcesArabic: TimelineStep[] = sameDates([
  ['6-11 ديسمبر', 'مجموعات المشروع تخطط لعملية إشراك المواطنين والاستشارة'],
  ['14 ديسمبر', 'عرض مسودة ورقة الأفكار على لجنة الشؤون الاجتماعية والصحة'],
  ['15 يناير', 'المجالس ولجنة الشؤون الاجتماعية والصحة وغيرها تراجع ورقة الأفكار'],
  ['منتصف يناير', 'استشارة حول ورقة الأفكار في اجتماعات الموظفين في المركز'],
  ['17-19 يناير', 'مجموعات المشروع تكتب مسودة الاستراتيجية'],
  ['7 فبراير', 'اجتماع اللجنة التوجيهية (الموافقة على مسودة الاستراتيجية)'],
  ['7 مارس', 'عرض المسودة على لجنة الشؤون الاجتماعية والصحة (القرار المتوقع)'],
  ['منتصف مارس', 'التعريف بالاستراتيجيات'],
  ['من أبريل فصاعداً', 'خطط عمل محلية في مناطق المركز'],
]);
