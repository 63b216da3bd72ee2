/**
 * A page load as a reader sees it: a page of Klar elements opened from nothing (in an iframe),
 * frame by frame. No frame shows Danish default headings on a page in another language, and
 * nothing jumps: not when the elements upgrade, not when the translation arrives, not when the
 * page's language changes. Layout shifts are measured in Chromium (Firefox has no Layout
 * Instability API); the frames are checked in both browsers.
 */
import { expect } from 'chai';
import { isFirefox } from './helpers/fixtures.js';

interface PageWindow extends Window {
  benchDone: Promise<number>;
  benchFrames: (string | null)[][];
  benchShifts: number[];
  benchRendered(): Promise<Element[]>;
}

const DANISH = ['Vi kan se, at vi lykkes, når:', 'Adspurgt ønsker borgerne:', 'Målsætninger'];
const ENGLISH = ['We know we are succeeding when:', 'What citizens asked for:', 'Goals'];
const ARABIC_GOALS = 'الأهداف';
const frame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Opens the page of Klar elements in `lang` and waits until every element has rendered. */
async function openPage(lang: string): Promise<{ win: PageWindow; frame: HTMLIFrameElement }> {
  document.querySelectorAll('iframe.page-load').forEach((old) => old.remove());
  const iframe = Object.assign(document.createElement('iframe'), { className: 'page-load', title: 'Klar page' });
  // Wide enough for a policy overview; tall enough that most elements are on screen.
  iframe.setAttribute('width', '1024');
  iframe.setAttribute('height', '2000');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__klar-page.html?lang=${lang}&count=20`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as PageWindow;
  await win.benchDone;
  await frame(win);
  return { win, frame: iframe };
}

/** The default headings of the list boxes, as the page shows them now. */
const headingsNow = (win: PageWindow) => win.benchFrames.at(-1)!;

describe('Page load: the first frame is in the reader’s language, and nothing jumps', function () {
  this.timeout(30_000);

  for (const lang of ['en', 'ar']) {
    it(`on a page in ${lang}, no frame shows a Danish default heading`, async () => {
      const { win } = await openPage(lang);
      const painted = win.benchFrames.filter((headings) => headings.some((heading) => heading !== null));
      expect(painted.length, 'frames with Klar headings').to.be.greaterThan(0);
      for (const headings of win.benchFrames) for (const heading of headings) expect(DANISH).not.to.include(heading);
      if (lang === 'en') expect(headingsNow(win).slice(0, 3)).to.deep.equal(ENGLISH);
      else expect(headingsNow(win)).to.include(ARABIC_GOALS);
    });
  }

  for (const lang of ['da', 'en', 'ar']) {
    it(`a page in ${lang} loads without layout shift (CLS < 0.01)`, async function () {
      if (isFirefox) this.skip();
      const { win } = await openPage(lang);
      expect(sum(win.benchShifts)).to.be.below(0.01);
    });
  }

  // Left to right only: a switch to Arabic turns the page around, by design.
  it('a live change of the page language (da → en → pl) shifts nothing (CLS < 0.01)', async function () {
    if (isFirefox) this.skip();
    const { win } = await openPage('da');
    const before = win.benchShifts.length;
    for (const [lang, goals] of [
      ['en', 'Goals'],
      ['pl', 'Cele'],
    ]) {
      win.document.documentElement.lang = lang;
      for (let tries = 0; !headingsNow(win).includes(goals); tries++) {
        expect(tries, `the ${lang} translation within 5 s`).to.be.below(300);
        await frame(win);
      }
      await win.benchRendered();
      await frame(win);
      await frame(win);
    }
    expect(sum(win.benchShifts.slice(before))).to.be.below(0.01);
  });
});
