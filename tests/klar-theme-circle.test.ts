import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-theme-circle/define.js';
import type { KlarThemeCircle, KlarThemeSelectDetail } from '../src/elements/klar-theme-circle/define.js';
import type { KlarErrorDetail } from '../src/core/errors.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { withKlarErrors } from './helpers/console.js';
import { fixture, isFirefox, settle } from './helpers/fixtures.js';
import { loadStories } from './helpers/stories.js';
import meta, * as circleStories from '../stories/klar-theme-circle.stories.js';
import { medborgerskab, type Circle } from '../stories/content/circles.js';
import { medborgerskabArabic } from '../stories/content/circles-translated.js';

/** The circle as its story renders it, so the test sees what a designer sees. */
function storyTemplate(circle: Circle, extra: Record<string, unknown> = {}): TemplateResult {
  return meta.render!({ easyRead: false, circle, ...extra }, {} as never) as TemplateResult;
}

async function circleOnPage(circle = medborgerskab, locale = 'da', extra: Record<string, unknown> = {}) {
  // Focusable things before and after, so Tab never leaves the page (a browser then drops its focus).
  const container = await fixture(
    html`<button id="before">Før cirklen</button>${storyTemplate(circle, extra)}<button id="after">Efter cirklen</button>`,
    { locale }
  );
  return container.querySelector('klar-theme-circle') as KlarThemeCircle;
}

const tabs = (circle: Element) => [...circle.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const themes = (circle: Element) => [...circle.querySelectorAll('klar-theme')];
const shown = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return element.checkVisibility() && rect.width > 2 && rect.height > 2;
};
/** The themes a sighted reader sees now, by label. */
const visibleThemes = (circle: Element) => themes(circle).filter(shown).map((theme) => theme.getAttribute('label'));
const focusedTab = (circle: Element) => circle.shadowRoot!.activeElement as HTMLElement | null;
const ringShown = (circle: Element) => {
  const ring = circle.shadowRoot!.querySelector('.ring-area');
  return Boolean(ring && shown(ring));
};

describe('klar-theme-circle', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  describe('by keyboard only (WAI-ARIA tabs, automatic activation)', () => {
    const labels = medborgerskab.themes.map((theme) => theme.label);

    it('Tab reaches the ring; Right arrow visits all four themes and wraps; each shows its heading and points', async () => {
      const circle = await circleOnPage();
      (document.getElementById('before') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedTab(circle)?.textContent?.trim()).to.equal('Ansvar');
      expect(visibleThemes(circle)).to.deep.equal(['Ansvar']);

      for (const [step, label] of [...labels.slice(1), labels[0]].entries()) {
        await sendKeys({ press: 'ArrowRight' });
        await settle();
        expect(focusedTab(circle)?.textContent?.trim(), `step ${step}`).to.equal(label);
        expect(visibleThemes(circle)).to.deep.equal([label]);
        const theme = themes(circle).find((each) => each.getAttribute('label') === label)!;
        expect(shown(theme.querySelector('h3')!)).to.equal(true);
        for (const item of theme.querySelectorAll('li')) expect(shown(item)).to.equal(true);
      }
    });

    it('Left arrow goes back; Home and End jump to the first and last theme', async () => {
      const circle = await circleOnPage();
      tabs(circle)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle();
      expect(visibleThemes(circle)).to.deep.equal(['Relationer']);
      await sendKeys({ press: 'Home' });
      await settle();
      expect(visibleThemes(circle)).to.deep.equal(['Ansvar']);
      await sendKeys({ press: 'End' });
      await settle();
      expect(visibleThemes(circle)).to.deep.equal(['Relationer']);
      expect(focusedTab(circle)?.getAttribute('aria-selected')).to.equal('true');
    });

    it('is one tab stop: Tab leaves the ring for the next thing on the page', async () => {
      const circle = await circleOnPage();
      tabs(circle)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      expect(tabs(circle).filter((tab) => tab.tabIndex === 0)).to.have.length(1);
    });

    it('shows focus on the segment itself, and on its label', async () => {
      const circle = await circleOnPage();
      (document.getElementById('before') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await settle();
      const outline = circle.shadowRoot!.querySelector('.focus-outer') as SVGPathElement;
      expect(outline).not.to.equal(null);
      expect(getComputedStyle(outline).strokeWidth).not.to.equal('0px');
      expect(outline.getAttribute('d')).to.equal(circle.shadowRoot!.querySelectorAll('.segment')[1].getAttribute('d'));
      expect(getComputedStyle(focusedTab(circle)!).outlineStyle).to.equal('solid');
    });

    it('on an Arabic page the arrows are mirrored: Left goes to the next theme', async () => {
      const circle = await circleOnPage(medborgerskabArabic, 'ar');
      const arabic = medborgerskabArabic.themes.map((theme) => theme.label);
      (document.getElementById('before') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      for (const label of [...arabic.slice(1), arabic[0]]) {
        await sendKeys({ press: 'ArrowLeft' });
        await settle();
        expect(visibleThemes(circle)).to.deep.equal([label]);
      }
      await sendKeys({ press: 'ArrowRight' });
      await settle();
      expect(visibleThemes(circle)).to.deep.equal([arabic[3]]);
      // The drawing is mirrored too: the second theme lies to the left of the first.
      const [first, second] = tabs(circle).map((tab) => tab.getBoundingClientRect());
      expect(second.left).to.be.lessThan(first.left);
    });

    it('reflects the choice in `selected` and fires klar-theme-select', async () => {
      const circle = await circleOnPage();
      const events: KlarThemeSelectDetail[] = [];
      circle.addEventListener('klar-theme-select', (event) => events.push((event as CustomEvent<KlarThemeSelectDetail>).detail));
      tabs(circle)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle();
      expect(circle.getAttribute('selected')).to.equal('1');
      expect(events.map((detail) => [detail.index, detail.label])).to.deep.equal([[1, 'Fællesskaber']]);
      expect(events[0].theme).to.equal(themes(circle)[1]);
    });

    it('shows the theme a keyboard user tabs into, even when another was chosen', async () => {
      const circle = await circleOnPage();
      const link = document.createElement('a');
      link.href = '#aabenhed';
      link.textContent = 'Læs mere om åbenhed';
      themes(circle)[2].querySelector('li')!.append(' ', link);
      await settle();
      link.focus();
      await settle();
      expect(visibleThemes(circle)).to.deep.equal(['Åbenhed']);
    });
  });

  describe('by pointer', () => {
    it('a click on a segment shows its theme', async () => {
      const circle = await circleOnPage();
      const segment = circle.shadowRoot!.querySelectorAll('.segment')[2].getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(segment.x + segment.width / 2), Math.round(segment.y + segment.height * 0.75)] });
      await settle();
      expect(visibleThemes(circle)).to.deep.equal(['Åbenhed']);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('every label is a target of at least 44 × 44 px', async () => {
      const circle = await circleOnPage();
      for (const tab of tabs(circle)) {
        const rect = tab.getBoundingClientRect();
        expect(rect.width).to.be.at.least(44);
        expect(rect.height).to.be.at.least(44);
      }
    });
  });

  describe('what a screen reader gets', () => {
    it('the heading, the ring as tabs with names and state, then every theme in order', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      await circleOnPage();
      const outline = await accessibilityOutline('klar-theme-circle');
      const expected = [
        'heading "Medborgerskabets indholdscirkel" level=2',
        'tablist "Medborgerskabets indholdscirkel"',
        '  tab "Ansvar" selected',
        '  tab "Fællesskaber" not selected',
        '  tab "Åbenhed" not selected',
        '  tab "Relationer" not selected',
        'text "Medborgerskab"',
      ];
      for (const theme of medborgerskab.themes) {
        expected.push(`text "${theme.label}"`, `heading "${theme.heading}" level=3`, 'list');
        for (const item of theme.items) expected.push(`  listitem "${item}"`);
      }
      expect(outline).to.equal(expected.join('\n'));
    });
  });

  describe('a clean list wherever a ring does not serve', () => {
    afterEach(async () => {
      await setViewport({ width: 1280, height: 900 });
      // Media emulation needs CDP: Chromium only.
      if (!isFirefox) await emulateMedia({ media: 'screen' });
    });

    const expectList = (circle: Element) => {
      expect(ringShown(circle)).to.equal(false);
      expect(visibleThemes(circle)).to.deep.equal(medborgerskab.themes.map((theme) => theme.label));
      for (const item of circle.querySelectorAll('li')) expect(shown(item)).to.equal(true);
      expect(shown(circle.querySelector('[slot="center"]')!)).to.equal(true);
    };

    it('at 320 px: all four themes and all their points', async () => {
      await setViewport({ width: 320, height: 800 });
      expectList(await circleOnPage());
    });

    it('follows the width of its own container, not the screen, both ways', async () => {
      const container = await fixture(html`<div style="inline-size: 420px">${storyTemplate(medborgerskab)}</div>`);
      const circle = container.querySelector('klar-theme-circle')!;
      expectList(circle);
      (container.firstElementChild as HTMLElement).style.inlineSize = '900px';
      await settle();
      expect(ringShown(circle)).to.equal(true);
      expect(visibleThemes(circle)).to.deep.equal(['Ansvar']);
    });

    it('in forced colours', async function () {
      if (isFirefox) this.skip(); // emulated over CDP; the Firefox story matrix runs in forced colours by setting
      await executeServerCommand('klar-forced-colors', { active: true });
      try {
        expectList(await circleOnPage());
      } finally {
        await executeServerCommand('klar-forced-colors', { active: false });
      }
    });

    it('in print', async function () {
      if (isFirefox) this.skip(); // print media is emulated over CDP: Chromium only
      const circle = await circleOnPage();
      await emulateMedia({ media: 'print' });
      expectList(circle);
    });

    it('in easy-read mode', async () => {
      expectList(await circleOnPage(medborgerskab, 'da', { easyRead: true }));
    });
  });

  describe('labels', () => {
    const labelled = async () => (await loadStories()).filter((story) => story.id.startsWith('klar-theme-circle--'));

    it('stay inside their segments, unbroken, in every story and its languages', async () => {
      for (const story of await labelled()) {
        for (const locale of story.locales ?? ['da']) {
          const container = await fixture(story.template(), { locale });
          const circle = container.querySelector('klar-theme-circle')!;
          if (!ringShown(circle)) continue;
          const ring = circle.shadowRoot!.querySelector('.ring-area')!.getBoundingClientRect();
          const scale = ring.width / 400;
          const [cx, cy] = [ring.left + ring.width / 2, ring.top + ring.height / 2];
          for (const tab of tabs(circle)) {
            // The label's text, not the button around it (a 44 px target may be larger).
            const text = document.createRange();
            text.selectNodeContents(tab);
            const rect = text.getBoundingClientRect();
            const what = `${story.name} (${locale}): "${tab.textContent!.trim()}"`;
            expect(tab.scrollWidth, `${what} is cut`).to.be.at.most(tab.clientWidth + 1);
            for (const [x, y] of [[rect.left, rect.top], [rect.right, rect.top], [rect.left, rect.bottom], [rect.right, rect.bottom]]) {
              const distance = Math.hypot(x - cx, y - cy) / scale;
              expect(distance, `${what} leaves the ring`).to.be.at.most(196 + 1);
              expect(distance, `${what} reaches into the centre`).to.be.at.least(80 - 1);
            }
          }
        }
      }
    });
  });

  describe('motion', () => {
    before(function () {
      if (isFirefox) this.skip(); // reduced motion is emulated over CDP: Chromium only
    });
    after(async () => {
      if (!isFirefox) await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('animates the chosen segment only without prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const circle = await circleOnPage();
      expect(getComputedStyle(circle.shadowRoot!.querySelector('.segment')!).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(circle.shadowRoot!.querySelector('.segment')!).transitionDuration).not.to.equal('0s');
    });
  });

  describe('bad input: a list, a message, klar-error and one console error', () => {
    const cases: [string, Circle, KlarErrorDetail['code']][] = [
      ['one theme', circleStories.TooFewThemes.args!.circle!, 'too-few-themes'],
      ['nine themes', circleStories.TooManyThemes.args!.circle!, 'too-many-themes'],
      ['a theme without label', circleStories.MissingLabel.args!.circle!, 'missing-label'],
    ];
    for (const [what, circle, code] of cases) {
      it(`${what}: ${code}`, async () => {
        await withKlarErrors(async (errors, console) => {
          const element = await circleOnPage(circle);
          expect(ringShown(element)).to.equal(false);
          expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Noget af indholdet');
          expect(themes(element).every(shown)).to.equal(true);
          for (const item of element.querySelectorAll('li')) expect(shown(item)).to.equal(true);
          expect(errors.map((error) => error.code)).to.deep.equal([code]);
          expect(console.errors.filter((line) => line.startsWith('Klar: <klar-theme-circle>'))).to.have.length(1);
        });
      });
    }
  });
});
