import { expect } from 'chai';
import { html } from 'lit';
import '../src/elements/klar-success-criteria/define.js';
import { fixture, settle } from './helpers/fixtures.js';
import { captureConsole } from './helpers/console.js';
import { countUpdates } from './helpers/updates.js';

const list = html`<ul><li>Borgere træffer beslutninger for eget liv og bringer egne ressourcer i spil.</li></ul>`;
const root = document.documentElement;

function heading(): HTMLElement {
  const element = document.querySelector('klar-success-criteria')!;
  return element.shadowRoot!.querySelector('.heading') as HTMLElement;
}

async function setLang(lang: string) {
  root.lang = lang;
  await settle();
}

describe('interface language', () => {
  afterEach(() => {
    root.removeAttribute('dir');
  });

  it('follows <html lang> when the page loads', async () => {
    await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'en' });
    expect(heading().textContent).to.equal('We know we are succeeding when:');
  });

  it('follows <html lang> when it changes, without reloading', async () => {
    await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'da' });
    await setLang('pl');
    expect(heading().textContent).to.equal('Wiemy, że nam się udaje, gdy:');
    await setLang('uk');
    expect(heading().textContent).to.equal('Ми бачимо, що нам вдається, коли:');
    await setLang('da');
    expect(heading().textContent).to.equal('Vi kan se, at vi lykkes, når:');
  });

  it('drops region subtags and case: en-GB is English, da-DK Danish, TR-tr Turkish', async () => {
    await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`);
    await setLang('en-GB');
    expect(heading().textContent).to.equal('We know we are succeeding when:');
    await setLang('da-DK');
    expect(heading().textContent).to.equal('Vi kan se, at vi lykkes, når:');
    await setLang('TR-tr');
    expect(heading().textContent).to.equal('Başarılı olduğumuzu şu durumlarda anlarız:');
  });

  it('shows Danish for an unknown language, marked lang="da", with one warning per page', async () => {
    const console = captureConsole();
    try {
      await fixture(
        html`<klar-success-criteria>${list}</klar-success-criteria>
          <klar-success-criteria>${list}</klar-success-criteria>
          <klar-success-criteria>${list}</klar-success-criteria>`,
        { locale: 'en' }
      );
      await setLang('fr');
      expect(heading().textContent).to.equal('Vi kan se, at vi lykkes, når:');
      expect(heading().lang).to.equal('da');
      await setLang('en');
      await setLang('fr-CA');
      await setLang('fr');
      const warnings = console.warnings.filter((line) => line.includes('"fr"'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('shows Danish');
    } finally {
      console.restore();
    }
  });

  it('speaks Persian, Romanian, German and Tigrinya, the last four languages added', async () => {
    await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'de' });
    expect(heading().textContent).to.equal('Wir wissen, dass wir Erfolg haben, wenn:');
    await setLang('ro-RO');
    expect(heading().textContent).to.equal('Știm că reușim atunci când:');
    await setLang('fa-IR');
    expect(heading().textContent).to.equal('می‌دانیم که موفق هستیم، وقتی:');
    await setLang('ti-ER');
    expect(heading().textContent).to.equal('ዕዉታት ምዃንና እንፈልጠሉ፦');
    root.setAttribute('data-klar-easy-read', '');
    await settle();
    expect(heading().textContent).to.equal('ከም ዝሰርሕ ብኸምዚ ንፈልጥ፦');
    await setLang('de');
    expect(heading().textContent).to.equal('So wissen wir, dass es funktioniert:');
  });

  it('marks nothing when the heading is in the page language', async () => {
    await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'so' });
    expect(heading().textContent).to.equal('Waxaan ognahay inaan guuleysanayno marka:');
    expect(heading().hasAttribute('lang')).to.equal(false);
  });
});

describe('direction', () => {
  afterEach(() => {
    root.removeAttribute('dir');
  });

  for (const locale of ['ar', 'ur', 'fa']) {
    it(`renders right to left on a ${locale} page without dir`, async () => {
      const container = await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale });
      const element = container.querySelector('klar-success-criteria')!;
      const frame = element.shadowRoot!.querySelector('[part="box"]') as HTMLElement;
      expect(frame.dir).to.equal('rtl');
      expect(getComputedStyle(container.querySelector('li')!).direction).to.equal('rtl');
      // The accent stripe is on the start side, which is the right in RTL.
      const style = getComputedStyle(frame);
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
      // The icon stands at the right, before the heading.
      const icon = element.shadowRoot!.querySelector('.icon')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(heading().getBoundingClientRect().left);
    });
  }

  it('leaves direction to the page when <html dir> is set', async () => {
    root.dir = 'ltr';
    const container = await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'ar' });
    const frame = container.querySelector('klar-success-criteria')!.shadowRoot!.querySelector('[part="box"]') as HTMLElement;
    expect(frame.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(frame).direction).to.equal('ltr');
  });

  it('leaves direction to the content when an ancestor sets dir', async () => {
    const container = await fixture(
      html`<section dir="ltr" lang="da"><klar-success-criteria>${list}</klar-success-criteria></section>`,
      { locale: 'ar' }
    );
    const frame = container.querySelector('klar-success-criteria')!.shadowRoot!.querySelector('[part="box"]') as HTMLElement;
    expect(frame.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(container.querySelector('li')!).direction).to.equal('ltr');
  });

  it('switches back to left to right when the page leaves Arabic', async () => {
    const container = await fixture(html`<klar-success-criteria>${list}</klar-success-criteria>`, { locale: 'ar' });
    await setLang('en');
    expect(getComputedStyle(container.querySelector('li')!).direction).to.equal('ltr');
  });
});

describe('language per section', () => {
  const headingOf = (element: Element) => element.shadowRoot!.querySelector('.heading')!;

  it('each element speaks the language of the section around it; an Arabic section reads right to left', async () => {
    const container = await fixture(
      html`<klar-success-criteria id="da">${list}</klar-success-criteria>
        <section lang="ar"><klar-success-criteria id="ar">${list}</klar-success-criteria></section>
        <div lang="en-GB"><klar-success-criteria id="en">${list}</klar-success-criteria></div>
        <klar-success-criteria id="own" lang="pl">${list}</klar-success-criteria>`,
      { locale: 'da' }
    );
    const [da, ar, en, own] = ['da', 'ar', 'en', 'own'].map((id) => container.querySelector(`#${id}`)!);
    expect(headingOf(da).textContent).to.equal('Vi kan se, at vi lykkes, når:');
    expect(headingOf(ar).textContent).to.equal('نعرف أننا ننجح عندما:');
    expect(headingOf(en).textContent).to.equal('We know we are succeeding when:');
    expect(headingOf(own).textContent).to.equal('Wiemy, że nam się udaje, gdy:');
    expect(getComputedStyle(ar.shadowRoot!.querySelector('[part="box"]')!).direction).to.equal('rtl');
    expect(getComputedStyle(da.shadowRoot!.querySelector('[part="box"]')!).direction).to.equal('ltr');
    // Nothing is marked as another language: each heading is in the language around it.
    for (const element of [da, ar, en, own]) expect(headingOf(element).hasAttribute('lang')).to.equal(false);
  });

  it('follows a section whose lang changes, and renders nothing outside it again', async () => {
    const container = await fixture(
      html`<klar-success-criteria id="outside">${list}</klar-success-criteria>
        <section lang="en"><klar-success-criteria id="inside">${list}</klar-success-criteria></section>`,
      { locale: 'da' }
    );
    const [outside, inside] = ['outside', 'inside'].map((id) => container.querySelector(`#${id}`)!);
    const updates = countUpdates(['klar-success-criteria']);
    try {
      container.querySelector('section')!.lang = 'uk';
      await settle();
      expect(headingOf(inside).textContent).to.equal('Ми бачимо, що нам вдається, коли:');
      expect(headingOf(outside).textContent).to.equal('Vi kan se, at vi lykkes, når:');
      expect(updates.of(inside)).to.equal(1);
      expect(updates.of(outside)).to.equal(0);
    } finally {
      updates.stop();
    }
  });

  it('a dir set inside the Arabic section wins over the language’s direction', async () => {
    const container = await fixture(
      html`<section lang="ar"><div dir="ltr"><klar-success-criteria>${list}</klar-success-criteria></div></section>`,
      { locale: 'da' }
    );
    const frame = container.querySelector('klar-success-criteria')!.shadowRoot!.querySelector('[part="box"]') as HTMLElement;
    expect(frame.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(frame).direction).to.equal('ltr');
  });
});

describe('defining', () => {
  it('loading the element a second time (another URL) throws nothing and keeps the first definition', async () => {
    const first = customElements.get('klar-success-criteria');
    const secondCopy = '../src/elements/klar-success-criteria/define.ts?copy=2';
    await import(secondCopy);
    expect(customElements.get('klar-success-criteria')).to.equal(first);
  });
});
