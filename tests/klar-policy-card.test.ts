import { expect } from 'chai';
import { html, nothing } from 'lit';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-policy-card/define.js';
import type { KlarPolicyCard } from '../src/elements/klar-policy-card/define.js';
import { isSafeUrl } from '../src/core/url.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { drawn, fixture, isFirefox, settle } from './helpers/fixtures.js';
import meta, { Overview } from '../stories/klar-policy-card.stories.js';
import { policies, type Policy } from '../stories/content/policies.js';

const { raaudkast } = policies;

interface CardOptions {
  status?: string;
  date?: string;
  href?: string;
  locale?: string;
}

async function card({ status = 'draft', date = raaudkast.date, href = '#raaudkast', locale = 'da' }: CardOptions = {}) {
  const container = await fixture(
    html`<klar-policy-card status=${status ?? nothing} date=${date ?? nothing} href=${href ?? nothing}>
      <h3 slot="heading">${raaudkast.title}</h3>
      <p slot="vision">${raaudkast.vision[0]}</p>
      <p>${raaudkast.description}</p>
      <ul slot="themes">${raaudkast.themes.map((theme) => html`<li>${theme}</li>`)}</ul>
    </klar-policy-card>`,
    { locale }
  );
  return container.querySelector('klar-policy-card') as KlarPolicyCard;
}

const time = (element: Element) => element.shadowRoot!.querySelector('time');
const badge = (element: Element) => element.shadowRoot!.querySelector('[part="status"]');
const links = (element: Element) => [...element.shadowRoot!.querySelectorAll('a[href]')];

describe('klar-policy-card', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('what a screen reader gets', () => {
    it('one link named by the heading, the status as text, the date, the vision and the themes list', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      await card();
      expect(await accessibilityOutline('klar-policy-card')).to.equal(
        [
          'article',
          `  link "${raaudkast.title}"`,
          `    heading "${raaudkast.title}" level=3`,
          '  text "Politikkens status:"',
          '  text "Udkast"',
          '  time',
          '    text "27. november 2017"',
          '  text "Visionen"',
          `  text "${raaudkast.vision[0]}"`,
          `  text "${raaudkast.description}"`,
          '  text "Temaer"',
          '  list',
          ...raaudkast.themes.map((theme) => `    listitem "${theme}"`),
        ].join('\n')
      );
    });
  });

  describe('status', () => {
    const words = { adopted: 'Vedtaget', consultation: 'I høring', draft: 'Udkast' };
    for (const [status, word] of Object.entries(words)) {
      it(`shows "${word}" for ${status}, in words and with its own shape`, async () => {
        const element = await card({ status });
        expect(badge(element)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Politikkens status: ${word}`);
        expect(badge(element)!.querySelector('svg')).not.to.equal(null);
      });
    }

    it('translates the status: "Open for comments" in English', async () => {
      expect(badge(await card({ status: 'consultation', locale: 'en' }))!.textContent).to.contain('Open for comments');
    });
  });

  describe('date', () => {
    const long: Record<string, string | RegExp> = {
      da: '27. november 2017',
      en: '27 November 2017',
      pl: '27 listopada 2017',
      tr: '27 Kasım 2017',
      uk: '27 листопада 2017 р.',
      ar: /نوفمبر/,
      ur: /نومبر/,
      // Chromium has no Somali month names: Klar writes the date in figures there; Firefox says "Noofeembar".
      so: /^(Noofeembar 27, 2017|27\.11\.2017)$/,
    };
    for (const [locale, expected] of Object.entries(long)) {
      it(`${locale}: the long date of the reader's language, in <time datetime="2017-11-27">`, async () => {
        const element = await card({ locale });
        const text = time(element)!.textContent!.replace(/\u200f|\u200e/g, '');
        if (typeof expected === 'string') expect(text).to.equal(expected);
        else expect(text).to.match(expected);
        expect(time(element)!.getAttribute('datetime')).to.equal('2017-11-27');
      });
    }
  });

  describe('one link', () => {
    it('is the only tab stop of each card in a grid, named by its heading (and the link to answer an open consultation)', async () => {
      const container = await fixture(
        html`<button id="before">Før</button>${Overview.render!({ ...meta.args, easyRead: false } as never, {} as never)}<button id="after">Efter</button>`
      );
      const cards = [...container.querySelectorAll('klar-policy-card')];
      (container.querySelector('#before') as HTMLElement).focus();
      for (const each of cards) {
        const policy = Object.values(policies)[cards.indexOf(each)] as Policy;
        await sendKeys({ press: 'Tab' });
        expect(each.shadowRoot!.activeElement?.getAttribute('part')).to.equal('link');
        expect(each.shadowRoot!.activeElement!.textContent!.trim()).to.equal('');
        expect(each.querySelector('[slot="heading"]')!.textContent).to.equal(policy.title);
        if (policy.consultationEnds) {
          await sendKeys({ press: 'Tab' });
          expect(each.shadowRoot!.activeElement?.getAttribute('part')).to.equal('respond-link');
        }
        expect(links(each)).to.have.length(policy.consultationEnds ? 2 : 1);
      }
      expect(cards.filter((each) => links(each).length === 2)).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('a click anywhere on the card follows it', async () => {
      const element = await card({ href: '#raaudkast-fuld' });
      await drawn();
      const description = element.querySelector('p:not([slot])')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(description.x + 20), Math.round(description.y + description.height / 2)] });
      await settle();
      expect(location.hash).to.equal('#raaudkast-fuld');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('shows keyboard focus around the whole card', async () => {
      const container = await fixture(
        html`<button id="before">Før</button>
          <klar-policy-card href="#x"><h3 slot="heading">${raaudkast.title}</h3><p>${raaudkast.description}</p></klar-policy-card>
          <button id="after">Efter</button>`
      );
      const element = container.querySelector('klar-policy-card')!;
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const outline = getComputedStyle(links(element)[0], '::after');
      expect(outline.outlineStyle).to.equal('solid');
      const frame = element.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
      expect(parseFloat(outline.width)).to.be.closeTo(frame.width, 2);
    });
  });

  describe('in a CMS grid', () => {
    it('cards in a row are equally tall', async () => {
      const container = await fixture(Overview.render!({ ...meta.args, easyRead: false } as never, {} as never) as never);
      const rects = [...container.querySelectorAll('klar-policy-card')].map((each) => each.getBoundingClientRect());
      const rows = new Map<number, number[]>();
      for (const rect of rects) rows.set(Math.round(rect.top), [...(rows.get(Math.round(rect.top)) ?? []), rect.height]);
      expect([...rows.values()].some((heights) => heights.length > 1)).to.equal(true);
      for (const heights of rows.values()) expect(Math.max(...heights) - Math.min(...heights)).to.be.below(1);
    });

    it('lays out its themes by its own width: two columns when wide', async () => {
      const container = await fixture(html`<div style="inline-size: 40rem">${meta.render!({ policy: raaudkast, easyRead: false } as never, {} as never)}</div>`);
      const themes = container.querySelector('[slot="themes"]')!;
      const columns = () => new Set([...themes.querySelectorAll('li')].map((item) => Math.round(item.getBoundingClientRect().left))).size;
      // The story keeps the card at most 26rem wide: narrow, one column.
      expect(columns()).to.equal(1);
      container.querySelector('klar-policy-card')!.parentElement!.style.maxInlineSize = 'none';
      await settle();
      expect(columns()).to.equal(2);
    });
  });

  describe('bad input: the rest of the card still shows', () => {
    it('an unknown status: no badge, klar-error invalid-status', async () => {
      await withKlarErrors(async (errors) => {
        const element = await card({ status: 'vedtaget' });
        expect(badge(element)).to.equal(null);
        expect(element.shadowRoot!.querySelector('[part="message"]')).not.to.equal(null);
        expect(time(element)).not.to.equal(null);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-status']);
      });
    });

    for (const date of ['27-11-2017', '2017-02-30', 'i går']) {
      it(`the date "${date}": no date, klar-error invalid-date`, async () => {
        await withKlarErrors(async (errors) => {
          const element = await card({ date });
          expect(time(element)).to.equal(null);
          expect(badge(element)).not.to.equal(null);
          expect(errors.map((error) => error.code)).to.deep.equal(['invalid-date']);
        });
      });
    }

    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:borgerservice@example.dk']) {
      it(`the link ${JSON.stringify(href)} is refused: no link, klar-error unsafe-url`, async () => {
        await withKlarErrors(async (errors) => {
          const element = await card({ href });
          expect(links(element)).to.have.length(0);
          expect(element.querySelector('[slot="heading"]')!.checkVisibility()).to.equal(true);
          expect(errors.map((error) => error.code)).to.deep.equal(['unsafe-url']);
        });
      });
    }

    it('accepts http(s) and relative links', () => {
      for (const href of ['https://www.ishoj.dk/politik', 'http://example.dk', '/politikker/velfaerd', 'velfaerd.pdf', '#top', '//cdn.example.dk/a.pdf']) {
        expect(isSafeUrl(href), href).to.equal(true);
      }
    });

    it('no heading: no link (it would have no name), klar-error invalid-content', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-policy-card status="adopted" href="#x"><p>Uden titel</p></klar-policy-card>`);
        expect(links(container.querySelector('klar-policy-card')!)).to.have.length(0);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
      });
    });
  });
});

/** A day `offset` days from today in the reader's own time zone, written YYYY-MM-DD: never a fixed date that expires. */
function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The long date a Danish reader gets for `iso` ("15. januar 2026"), from Intl itself. */
const danishDate = (iso: string) =>
  new Intl.DateTimeFormat('da', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('klar-policy-card: consultation', () => {
  const { medborgerpolitik } = policies;
  const ENDED = '2026-01-15'; // in the past for good: the ended case may be a fixed date
  const RESPOND = '#hoeringssvar';

  interface ConsultationOptions {
    ends?: string;
    respond?: string;
    status?: string;
    locale?: string;
    easyRead?: boolean;
  }

  async function consulted({ ends, respond, status = 'consultation', locale = 'da', easyRead = false }: ConsultationOptions) {
    const container = await fixture(
      html`<klar-policy-card status=${status} href="#medborgerpolitik" consultation-ends=${ends ?? nothing} respond-href=${respond ?? nothing}>
        <h3 slot="heading">${medborgerpolitik.title}</h3>
        <p slot="vision">${medborgerpolitik.vision[0]}</p>
        <p>${medborgerpolitik.description}</p>
        <ul slot="themes">${medborgerpolitik.themes.map((theme) => html`<li>${theme}</li>`)}</ul>
      </klar-policy-card>`,
      { locale, easyRead }
    );
    return container.querySelector('klar-policy-card') as KlarPolicyCard;
  }

  const line = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part="consultation"]');
  const respondLink = (element: Element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="respond-link"]');
  const spokenText = (node: Element) => node.querySelector('.consultation-text')!.textContent!.replace(/\s+/g, ' ').trim();
  const said = (node: Element) => spokenText(node).replace(/[\u200e\u200f]/g, '');

  before(() => setViewport({ width: 1280, height: 900 }));

  describe('what a screen reader gets', () => {
    it('before the deadline: a link named "Giv dit høringssvar senest …", after the status and date', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      const ends = day(10);
      await consulted({ ends, respond: RESPOND });
      const outline = await accessibilityOutline('klar-policy-card');
      const lines = outline.split('\n');
      const at = lines.indexOf(`  link "Giv dit høringssvar senest ${danishDate(ends)}"`);
      expect(at, outline).to.be.greaterThan(0);
      expect(lines.slice(0, at)).to.deep.equal([
        'article',
        `  link "${medborgerpolitik.title}"`,
        `    heading "${medborgerpolitik.title}" level=3`,
        '  text "Politikkens status:"',
        '  text "I høring"',
      ]);
      expect(lines.slice(at + 1, at + 4)).to.deep.equal(['    text "Giv dit høringssvar senest"', '    time', `      text "${danishDate(ends)}"`]);
      expect(lines.filter((each) => each.trim().startsWith('link'))).to.have.length(2);
    });

    it('after the deadline: "Høringen sluttede 15. januar 2026" as plain text, no link', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      await consulted({ ends: ENDED, respond: RESPOND });
      const outline = await accessibilityOutline('klar-policy-card');
      expect(outline).to.contain(['  text "Høringen sluttede"', '  time', '    text "15. januar 2026"'].join('\n'));
      expect(outline.split('\n').filter((each) => each.trim().startsWith('link'))).to.deep.equal([`  link "${medborgerpolitik.title}"`]);
    });
  });

  describe('open until the end of the last day, in the reader\'s time', () => {
    const cases: [string, number, boolean][] = [
      ['a month ahead', 30, true],
      ['tomorrow', 1, true],
      ['today', 0, true],
      ['yesterday', -1, false],
      ['a year ago', -365, false],
    ];
    for (const [when, offset, open] of cases) {
      it(`ends ${when}: ${open ? 'open, with the link' : 'ended, no link'}`, async () => {
        const ends = day(offset);
        const element = await consulted({ ends, respond: RESPOND });
        const shown = line(element)!;
        expect(said(shown)).to.equal(open ? `Giv dit høringssvar senest ${danishDate(ends)}` : `Høringen sluttede ${danishDate(ends)}`);
        expect(shown.querySelector('time')!.getAttribute('datetime')).to.equal(ends);
        expect(respondLink(element)?.getAttribute('href') ?? null).to.equal(open ? RESPOND : null);
        expect(shown.querySelectorAll('a')).to.have.length(open ? 1 : 0);
      });
    }

    it('is decided on every render: moving the deadline to yesterday ends it, and back', async () => {
      const element = await consulted({ ends: day(3), respond: RESPOND });
      expect(respondLink(element)).not.to.equal(null);
      element.setAttribute('consultation-ends', day(-1));
      await element.updateComplete;
      expect(respondLink(element)).to.equal(null);
      expect(said(line(element)!)).to.match(/^Høringen sluttede /);
      element.setAttribute('consultation-ends', day(0));
      await element.updateComplete;
      expect(respondLink(element)).not.to.equal(null);
    });

    it('without respond-href: says until when, without a link', async () => {
      const ends = day(7);
      const element = await consulted({ ends });
      expect(said(line(element)!)).to.equal(`Du kan give dit høringssvar til og med ${danishDate(ends)}`);
      expect(line(element)!.querySelector('a')).to.equal(null);
    });

    it('without consultation-ends, or with it empty (a CMS field left blank): no line, no problem', async () => {
      await withKlarErrors(async (errors, console) => {
        expect(line(await consulted({}))).to.equal(null);
        expect(line(await consulted({ ends: '  ' }))).to.equal(null);
        expect(errors).to.deep.equal([]);
        expect(console.errors).to.deep.equal([]);
        expect(console.warnings).to.deep.equal([]);
      });
    });
  });

  describe('where to answer', () => {
    const accepted = [
      'https://www.ishoj.dk/hoering/medborgerpolitik',
      'http://example.dk/svar',
      'politikker/medborgerpolitik-hoering/hoeringssvar',
      '/hoering#svar',
      'mailto:hoeringssvar@example.org',
      'MAILTO:hoeringssvar@example.org?subject=H%C3%B8ringssvar',
    ];
    for (const respond of accepted) {
      it(`accepts ${respond}`, async () => {
        await withKlarErrors(async (errors) => {
          const element = await consulted({ ends: day(5), respond });
          expect(respondLink(element)!.getAttribute('href')).to.equal(respond);
          expect(errors).to.deep.equal([]);
        });
      });
    }

    it('an e-mail address is shown with the link, for a reader without a mail program; a web address only in print', async () => {
      const mail = await consulted({ ends: day(5), respond: 'mailto:hoeringssvar@example.org?subject=H%C3%B8ringssvar' });
      const address = mail.shadowRoot!.querySelector<HTMLElement>('.respond-address')!;
      expect(address.textContent).to.equal('hoeringssvar@example.org');
      expect(address.checkVisibility()).to.equal(true);
      const web = await consulted({ ends: day(5), respond: 'https://www.ishoj.dk/hoering' });
      expect(web.shadowRoot!.querySelector<HTMLElement>('.respond-address')!.checkVisibility()).to.equal(false);
    });

    it('in print: the address of the link and the date show, without colour', async function () {
      if (isFirefox) this.skip(); // print media is emulated over CDP: Chromium only
      const element = await consulted({ ends: day(5), respond: 'politikker/medborgerpolitik-hoering/hoeringssvar' });
      await emulateMedia({ media: 'print' });
      try {
        const address = element.shadowRoot!.querySelector<HTMLElement>('.respond-address')!;
        expect(address.checkVisibility()).to.equal(true);
        expect(address.textContent).to.equal(new URL('politikker/medborgerpolitik-hoering/hoeringssvar', document.baseURI).href);
        expect(line(element)!.querySelector('time')!.checkVisibility()).to.equal(true);
        const box = getComputedStyle(respondLink(element)!);
        expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(parseFloat(box.borderInlineStartWidth)).to.be.greaterThan(2);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    for (const respond of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
      it(`refuses ${JSON.stringify(respond)}: klar-error unsafe-url, one console error, the line without a link, the rest intact`, async () => {
        await withKlarErrors(async (errors, console) => {
          const ends = day(5);
          const element = await consulted({ ends, respond });
          expect(errors.map((error) => error.code)).to.deep.equal(['unsafe-url']);
          expect(errors[0].message).to.contain('respond-href');
          expect(console.errors).to.have.length(1);
          expect(respondLink(element)).to.equal(null);
          expect([...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#medborgerpolitik']);
          expect(said(line(element)!)).to.equal(`Du kan give dit høringssvar til og med ${danishDate(ends)}`);
          expect(element.shadowRoot!.querySelector('[part="message"]')!.checkVisibility()).to.equal(true);
          expect(badge(element)).not.to.equal(null);
        });
      });
    }

    for (const ends of ['15-01-2026', '2026-02-30', '2026-1-15', 'snart']) {
      it(`refuses the deadline "${ends}": klar-error invalid-date, one console error, no line, the rest intact`, async () => {
        await withKlarErrors(async (errors, console) => {
          const element = await consulted({ ends, respond: RESPOND });
          expect(errors.map((error) => error.code)).to.deep.equal(['invalid-date']);
          expect(errors[0].message).to.contain('consultation-ends');
          expect(console.errors).to.have.length(1);
          expect(line(element)).to.equal(null);
          expect(links(element)).to.have.length(1);
          expect(badge(element)).not.to.equal(null);
          expect(element.shadowRoot!.querySelector('[part="message"]')).not.to.equal(null);
        });
      });
    }

    it('respond-href without consultation-ends: no line, one console warning', async () => {
      await withKlarErrors(async (errors, console) => {
        const element = await consulted({ respond: RESPOND });
        expect(line(element)).to.equal(null);
        expect(errors).to.deep.equal([]);
        expect(console.warnings.filter((warning) => warning.includes('respond-href needs consultation-ends'))).to.have.length(1);
      });
    });
  });

  describe('status', () => {
    it('shown whatever the status; open with another status than consultation: one console warning', async () => {
      await withKlarErrors(async (errors, console) => {
        const element = await consulted({ ends: day(5), respond: RESPOND, status: 'adopted' });
        expect(respondLink(element)).not.to.equal(null);
        element.requestUpdate();
        await element.updateComplete;
        expect(console.warnings.filter((warning) => warning.includes('status="adopted"'))).to.have.length(1);
        expect(errors).to.deep.equal([]);
      });
    });

    it('ended, with any status (an adopted policy tells when its consultation was): no warning', async () => {
      for (const status of ['adopted', 'consultation', 'draft']) {
        await withKlarErrors(async (errors, console) => {
          const element = await consulted({ ends: ENDED, status });
          expect(said(line(element)!)).to.equal('Høringen sluttede 15. januar 2026');
          expect(console.warnings).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
        });
      }
    });
  });

  describe("in the reader's language", () => {
    it('en: "Send your response by …" and "The consultation ended 15 January 2026"', async () => {
      const ends = day(20);
      const open = await consulted({ ends, respond: RESPOND, locale: 'en' });
      const english = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${ends}T00:00:00Z`));
      expect(said(line(open)!)).to.contain(english);
      expect(said(line(open)!)).not.to.contain('høring');
      const ended = await consulted({ ends: ENDED, locale: 'en' });
      expect(said(line(ended)!)).to.contain('15 January 2026');
      expect(line(ended)!.querySelector('time')!.getAttribute('datetime')).to.equal(ENDED);
    });

    it('ar: Arabic words and month, right to left, the link at the start edge', async () => {
      const element = await consulted({ ends: ENDED, locale: 'ar' });
      const text = said(line(element)!);
      expect(text).to.match(/يناير/);
      expect(text).to.match(/[\u0600-\u06ff]{3,}/);
      expect(text).not.to.match(/januar|January/);
      expect(line(element)!.querySelector('time')!.getAttribute('datetime')).to.equal(ENDED);
      const open = await consulted({ ends: day(9), respond: RESPOND, locale: 'ar' });
      const link = respondLink(open)!;
      expect(getComputedStyle(link).direction).to.equal('rtl');
      await drawn();
      const card = open.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
      const icon = link.querySelector('.consultation-icon')!.getBoundingClientRect();
      expect(card.right - icon.right, 'the icon at the right, where Arabic starts').to.be.below(card.left + card.width / 2 - card.left);
    });

    it("every locale: the line's date is written as the card's own date, and the line has no Danish words", async () => {
      for (const locale of ['en', 'ar', 'tr', 'ur', 'pl', 'uk', 'so', 'fa', 'ro', 'de', 'ti']) {
        const container = await fixture(
          html`<klar-policy-card status="consultation" date=${ENDED} consultation-ends=${ENDED}><h3 slot="heading">${medborgerpolitik.title}</h3></klar-policy-card>`,
          { locale }
        );
        const element = container.querySelector('klar-policy-card')!;
        const time = line(element)!.querySelector('time')!;
        expect(time.textContent, locale).to.equal(element.shadowRoot!.querySelector('[part="date"]')!.textContent);
        expect(said(line(element)!), locale).not.to.match(/Høringen|sluttede/);
      }
    });
  });

  describe('easy-read', () => {
    it('says it in plainer words: "Sig din mening til og med …", "Du kan sige din mening …", "Sidste dag … var …"', async () => {
      const ends = day(12);
      expect(said(line(await consulted({ ends, respond: RESPOND, easyRead: true }))!)).to.equal(`Sig din mening til og med ${danishDate(ends)}`);
      expect(said(line(await consulted({ ends, easyRead: true }))!)).to.equal(`Du kan sige din mening til og med ${danishDate(ends)}`);
      expect(said(line(await consulted({ ends: ENDED, easyRead: true }))!)).to.equal('Sidste dag for at sige din mening var 15. januar 2026');
    });
  });

  describe('keyboard and pointer', () => {
    it('Tab reaches the title, then the link to answer, then leaves the card; Enter follows it', async () => {
      const ends = day(4);
      const container = await fixture(
        html`<button id="before">Før</button>
          <klar-policy-card status="consultation" href="#medborgerpolitik" consultation-ends=${ends} respond-href="#svar-her">
            <h3 slot="heading">${medborgerpolitik.title}</h3>
            <p>${medborgerpolitik.description}</p>
          </klar-policy-card>
          <button id="after">Efter</button>`
      );
      const element = container.querySelector('klar-policy-card')!;
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('link');
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(respondLink(element));
      expect(getComputedStyle(respondLink(element)!).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(location.hash).to.equal('#svar-her');
      history.replaceState(null, '', location.pathname + location.search);
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('a click on the line answers the consultation, not the card\'s link under it', async () => {
      const element = await consulted({ ends: day(4), respond: '#svar-klik' });
      await drawn();
      const rect = respondLink(element)!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
      await settle();
      expect(location.hash).to.equal('#svar-klik');
      history.replaceState(null, '', location.pathname + location.search);
    });

    for (const width of [1280, 320]) {
      it(`at ${width} px: the link is at least 44 × 44 px and nothing overflows`, async () => {
        await setViewport({ width, height: 900 });
        try {
          for (const easyRead of [false, true]) {
            const element = await consulted({ ends: day(4), respond: 'mailto:hoeringssvar@example.org', easyRead });
            await drawn();
            const rect = respondLink(element)!.getBoundingClientRect();
            expect(rect.height).to.be.at.least(44);
            expect(rect.width).to.be.at.least(44);
            const card = element.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
            expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
            expect(document.documentElement.scrollWidth).to.be.at.most(width);
          }
        } finally {
          await setViewport({ width: 1280, height: 900 });
        }
      });
    }
  });

  describe('seen: prominent while open, not by colour alone', () => {
    it('open: a framed box, bold, with an icon and the underlined link; ended: a plain line with another icon', async () => {
      const open = await consulted({ ends: day(4), respond: RESPOND });
      const box = getComputedStyle(respondLink(open)!);
      expect(parseFloat(box.borderInlineStartWidth)).to.be.at.least(6);
      expect(parseFloat(box.borderBlockStartWidth)).to.be.at.least(2);
      expect(Number(box.fontWeight)).to.be.at.least(700);
      expect(getComputedStyle(open.shadowRoot!.querySelector('.consultation-text')!).textDecorationLine).to.equal('underline');
      const ended = await consulted({ ends: ENDED });
      const plain = getComputedStyle(ended.shadowRoot!.querySelector('.consultation-box')!);
      expect(parseFloat(plain.borderInlineStartWidth)).to.equal(0);
      expect(Number(plain.fontWeight)).to.be.below(700);
      const iconOf = (element: Element) => element.shadowRoot!.querySelector('.consultation-icon')!.innerHTML;
      expect(iconOf(open)).not.to.equal(iconOf(ended));
    });
  });

  describe('read aloud', () => {
    it('spoken(): the title, the status and date line, then the consultation line, then the rest', async () => {
      const ends = day(6);
      const element = await consulted({ ends, respond: 'https://www.ishoj.dk/hoering' });
      const spoken = element.spoken().map((part) => (typeof part === 'string' ? part : part.textContent!.trim()));
      expect(spoken.slice(0, 3)).to.deep.equal([medborgerpolitik.title, 'Politikkens status: I høring', `Giv dit høringssvar senest ${danishDate(ends)}`]);
      expect(spoken.join(' ')).not.to.contain('ishoj.dk');
    });
  });

  describe('JSON', () => {
    const data = (fields: Record<string, unknown>) => ({
      heading: medborgerpolitik.title,
      status: 'consultation',
      href: medborgerpolitik.href,
      description: medborgerpolitik.description,
      ...fields,
    });

    it('data: consultationEnds and respondHref give the line and its link', async () => {
      const ends = day(8);
      const container = await fixture(
        html`<klar-policy-card heading-level="3" .data=${data({ consultationEnds: ends, respondHref: 'mailto:hoeringssvar@example.org' })}></klar-policy-card>`
      );
      const element = container.querySelector('klar-policy-card')!;
      expect(said(line(element)!)).to.equal(`Giv dit høringssvar senest ${danishDate(ends)}`);
      expect(respondLink(element)!.getAttribute('href')).to.equal('mailto:hoeringssvar@example.org');
    });

    it('data: a javascript: respondHref is refused (unsafe-url), the line shows without a link', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(
          html`<klar-policy-card .data=${data({ consultationEnds: day(8), respondHref: 'javascript:alert(1)' })}></klar-policy-card>`
        );
        const element = container.querySelector('klar-policy-card')!;
        expect(errors.map((error) => error.code)).to.deep.equal(['unsafe-url']);
        expect(errors[0].message).to.contain('respondHref');
        expect(respondLink(element)).to.equal(null);
        expect(line(element)).not.to.equal(null);
        expect((element as KlarPolicyCard).respondHref).to.equal(undefined);
      });
    });

    it('data: a deadline not written YYYY-MM-DD does not fit the schema (invalid-content, naming the field)', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-policy-card .data=${data({ consultationEnds: '15. januar 2026' })}></klar-policy-card>`);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('consultationEnds');
        expect(line(container.querySelector('klar-policy-card')!)).to.equal(null);
      });
    });

    it('src: demo/json/medborgerpolitik.json, whose consultation ended 15 January 2026', async () => {
      const container = await fixture(html`<klar-policy-card heading-level="3" src="/demo/json/medborgerpolitik.json"></klar-policy-card>`);
      const element = container.querySelector('klar-policy-card')!;
      expect(said(line(element)!)).to.equal('Høringen sluttede 15. januar 2026');
      expect(respondLink(element)).to.equal(null);
    });
  });
});
