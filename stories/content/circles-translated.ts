import type { Circle } from './circles.js';

/** Our Modern Standard Arabic translation of the seed text `medborgerskab`, for the right-to-left stories. */
export const medborgerskabArabic: Circle = {
  heading: 'دائرة محتوى المواطنة',
  center: 'المواطنة',
  themes: [
    {
      label: 'المسؤولية',
      heading: 'المشاركة في صنع القرار تُلهم المسؤولية والانخراط',
      items: [
        'نساهم في الديمقراطية ونشارك فيها بفاعلية',
        'لدينا الشجاعة لتحمّل المسؤولية والثقة لمنحها للآخرين',
        'نشجّع على المشاركة في صنع القرار وعلى الانخراط',
        'نخلق فرصًا لتنشئة مواطنين ديمقراطيين ونساهم في التثقيف العام',
      ],
    },
    {
      label: 'المجتمعات',
      heading: 'يجب أن يكون الجميع جزءًا من مجتمع',
      items: [
        'نُظهر لبعضنا الاحترام المتبادل والتسامح',
        'ننضم إلى مجتمعات يمكن أن تتطور مع الوقت إلى مجتمعات قائمة على الالتزام المتبادل',
        'نبني مجتمعات تُضيف قيمة',
        'ندرك أن كل شخص يستطيع شيئًا، لكن لا أحد يستطيع كل شيء',
        'لدينا حياة جمعيات قوية تساهم في مجتمعات تحتضن الجميع ويسودها الاهتمام ويتعلّم فيها الناس',
      ],
    },
    {
      label: 'الانفتاح',
      heading: 'يلتقي الجميع ببعضهم بانفتاح وحب استطلاع',
      items: [
        'نحن منفتحون على القادمين الجدد إلى المجتمع',
        'لدينا الشجاعة لتكوين مجتمعات جديدة',
        'لدينا متّسع للاختلاف',
        'نحقق أفضل النتائج عندما نكون منفتحين على بعضنا وراغبين في التعرّف على بعضنا',
      ],
    },
    {
      label: 'العلاقات',
      heading: 'يرتبط الجميع بعلاقات ذات معنى مع بعضهم البعض',
      items: [
        'نتفاعل بشكل وثيق وملتزم مع غيرنا من المواطنين لننعم بحياة جيدة ونطوّر إمكاناتنا',
        'نرى بعضنا مواطنين ذوي قيمة',
        'نؤمن بأننا نبني تماسكًا قويًا من خلال الثقة والعلاقات',
        'لدينا الثقة لبناء العلاقات، ونؤمن بأن العلاقات ذات المعنى تمنحنا الطاقة',
      ],
    },
  ],
};

/** Our Polish translation of the seed text `medborgerskab`, for the locale stories. */
export const medborgerskabPolish: Circle = {
  heading: 'Krąg treści aktywnego obywatelstwa',
  center: 'Aktywne obywatelstwo',
  themes: [
    {
      label: 'Odpowiedzialność',
      heading: 'Współdecydowanie inspiruje do odpowiedzialności i udziału',
      items: [
        'Wnosimy swój wkład i angażujemy się w demokrację',
        'Mamy odwagę brać odpowiedzialność i zaufanie, by powierzać ją innym',
        'Zachęcamy do współdecydowania i uczestnictwa',
        'Tworzymy możliwości rozwoju demokratycznych obywateli i przyczyniamy się do wszechstronnej edukacji',
      ],
    },
    {
      label: 'Wspólnoty',
      heading: 'Każdy powinien być częścią wspólnoty',
      items: [
        'Okazujemy sobie nawzajem szacunek i tolerancję',
        'Dołączamy do wspólnot, które z czasem mogą stać się wspólnotami opartymi na wzajemnym zobowiązaniu',
        'Tworzymy wspólnoty, które wnoszą wartość',
        'Pamiętamy, że każdy coś potrafi, ale nikt nie potrafi wszystkiego',
        'Mamy prężne życie stowarzyszeniowe, które tworzy wspólnoty otwarte dla wszystkich, uważne na ludzi i dające okazję do nauki',
      ],
    },
    {
      label: 'Otwartość',
      heading: 'Wszyscy podchodzą do siebie z otwartością i ciekawością',
      items: [
        'Jesteśmy otwarci na nowe osoby we wspólnocie',
        'Mamy odwagę tworzyć nowe wspólnoty',
        'Jest u nas miejsce na różnorodność',
        'Osiągamy najlepsze wyniki, gdy jesteśmy wobec siebie otwarci i ciekawi siebie nawzajem',
      ],
    },
    {
      label: 'Relacje',
      heading: 'Wszyscy tworzą ze sobą wartościowe relacje',
      items: [
        'Jesteśmy w bliskim i zaangażowanym kontakcie z innymi obywatelami, aby dobrze się czuć i rozwijać swoje możliwości',
        'Widzimy w sobie nawzajem wartościowych współobywateli',
        'Wierzymy, że dzięki zaufaniu i relacjom tworzymy silną więź między sobą',
        'Z ufnością budujemy relacje i wierzymy, że wartościowe relacje dodają energii',
      ],
    },
  ],
};

/** Our Ukrainian translation of the seed text `medborgerskab`, for the locale stories. */
export const medborgerskabUkrainian: Circle = {
  heading: 'Коло змісту громадянськості',
  center: 'Громадянськість',
  themes: [
    {
      label: 'Відповідальність',
      heading: 'Участь у рішеннях надихає на відповідальність і активність',
      items: [
        'Ми робимо свій внесок і беремо активну участь у демократії',
        'Ми сміливо беремо на себе відповідальність і з довірою доручаємо її іншим',
        'Ми заохочуємо до співучасті в рішеннях і до активності',
        'Ми створюємо можливості для розвитку демократичних громадян і сприяємо загальній освіті та вихованню',
      ],
    },
    {
      label: 'Спільноти',
      heading: 'Кожен має бути частиною спільноти',
      items: [
        'Ми виявляємо взаємну повагу й толерантність одне до одного',
        'Ми долучаємося до спільнот, які з часом можуть перерости у спільноти зі взаємними зобов’язаннями',
        'Ми створюємо спільноти, які мають цінність',
        'Ми пам’ятаємо, що кожен щось уміє, але ніхто не вміє всього',
        'У нас міцні громадські об’єднання, які допомагають будувати відкриті для всіх, чуйні й пізнавальні спільноти',
      ],
    },
    {
      label: 'Відкритість',
      heading: 'Усі ставляться одне до одного відкрито й з цікавістю',
      items: [
        'Ми відкриті для нових людей у спільноті',
        'Ми маємо сміливість створювати нові спільноти',
        'У нас є місце для різноманітності',
        'Ми досягаємо найкращих результатів, коли відкриті одне до одного й цікавимося одне одним',
      ],
    },
    {
      label: 'Стосунки',
      heading: 'Усі будують значущі стосунки одне з одним',
      items: [
        'Ми тісно й активно взаємодіємо з іншими громадянами, щоб добре почуватися і розкривати свій потенціал',
        'Ми бачимо одне в одному цінних співгромадян',
        'Ми віримо, що через довіру й стосунки ми створюємо міцну згуртованість',
        'Ми з довірою будуємо стосунки й віримо, що значущі стосунки дають енергію',
      ],
    },
  ],
};

/** Our Urdu translation of the seed text `velfaerd`, for the right-to-left stories. */
export const velfaerdUrdu: Circle = {
  heading: 'فلاح و بہبود کی پالیسی کے موضوعات',
  center: 'فلاح و بہبود ہم سب مل کر بناتے ہیں',
  themes: [
    {
      label: 'سب کے لیے',
      heading: 'فلاح و بہبود سب کے لیے ہے',
      items: [
        'زندگی کے ہر مرحلے میں فلاح و بہبود',
        'فلاح و بہبود کا مطلب مدد اور سہارا پانے کا حق بھی ہے، اور یہ بھی کہ ہر کوئی اپنی استطاعت کے مطابق حصہ ڈالے',
        'تنوع ہماری طاقت ہے',
        'ہر ایک کو اچھی زندگی گزارنے کا موقع ہے – پوری زندگی۔',
      ],
    },
    {
      label: 'میری زندگی',
      heading: 'میری زندگی، میرا راستہ',
      items: [
        'ہر شخص اپنی زندگی کو ہمیشہ سب سے بہتر سمجھتا ہے',
        'یہ طے کرنے کا حق کہ آپ کی زندگی میں کیا بامعنی ہے',
        'اپنے فیصلے خود کرنے کا حق۔',
      ],
    },
    {
      label: 'صلاحیتیں',
      heading: 'ہر ایک کے پاس صلاحیتیں ہیں',
      items: [
        'ہر کوئی کسی نہ کسی طرح حصہ ڈالتا ہے',
        'ہر ایک قیمتی ہے',
        'ہم مل کر صلاحیتوں اور امکانات کو فروغ دینے پر کام کرتے ہیں۔',
      ],
    },
    {
      label: 'حل',
      heading: 'ہم اچھے حل کے لیے مل کر کام کرتے ہیں',
      items: [
        'ہم پوری تصویر کو سامنے رکھ کر کام کرتے ہیں اور ان لوگوں پر توجہ دیتے ہیں جن کی زندگی پیچیدہ ہے',
        'ہم مختلف محکموں اور مختلف شعبوں کے ماہرین کے ساتھ مل کر کام کرتے ہیں',
        'ہم اچھے راستے کی تلاش میں مل کر کام کرتے ہیں',
        'ہم بہترین حل نکالنے کے لیے تمام متعلقہ فریقوں کے ساتھ مل کر کام کرتے ہیں۔',
      ],
    },
    {
      label: 'کمیونٹی',
      heading: 'ہم کمیونٹی اور باہمی روابط پر یقین رکھتے ہیں',
      items: [
        'ہم سب مل کر اچھا Ishøj بناتے ہیں – شہری، رضاکار، مقامی لوگ، خاندان، ملازمین اور دیگر۔',
        'ہر ایک کو ایسی کمیونٹیوں کا حصہ بننے کا حق ہے جو اس کے لیے معنی رکھتی ہوں',
        'ہر ایک کو دوسروں سے تعلق رکھنے کا حق ہے',
        'ہم لوگوں کو نیٹ ورکس میں اکٹھا کرتے ہیں۔',
      ],
    },
  ],
};
