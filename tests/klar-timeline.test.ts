import { expect } from 'chai';
import { html, nothing, type TemplateResult } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/klar-timeline/define.js';
import type { KlarTimeline } from '../src/elements/klar-timeline/define.js';
import { accessibilityOutline } from './helpers/a11y-tree.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { withKlarErrors } from './helpers/console.js';
import { countUpdates } from './helpers/updates.js';
import { drawn, fixture, isFirefox, settle } from './helpers/fixtures.js';
import meta, { FromData, FromFile, RightToLeft } from '../stories/klar-timeline.stories.js';
import { easyVidereProces, videreProces, type TimelineStep } from '../stories/content/timeline.js';

/** A day `offset` days from today in the reader's own time zone, written YYYY-MM-DD: never a date that expires. */
function day(offset: number, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

const item = ({ when, datetime, text }: TimelineStep) =>
  html`<li>${datetime ? html`<time datetime=${datetime}>${when}</time>` : when} – ${text}</li>`;

interface Options {
  current?: string;
  easy?: TimelineStep[];
  locale?: string;
  easyRead?: boolean;
}

/** A timeline of `steps`, written as a web team writes it. */
async function timeline(steps: TimelineStep[] = videreProces, { current, easy, locale = 'da', easyRead = false }: Options = {}) {
  const container = await fixture(
    html`<klar-timeline current=${current ?? nothing}>
      <ol>
        ${steps.map(item)}
      </ol>
      ${easy ? html`<ol slot="easy-read">${easy.map(item)}</ol>` : nothing}
    </klar-timeline>`,
    { locale, easyRead }
  );
  return container.querySelector('klar-timeline') as KlarTimeline;
}

const stepsOf = (list: Element) => [...list.querySelectorAll(':scope > li')];
const shownList = (element: Element) => [...element.querySelectorAll('ol')].find((list) => list.checkVisibility())!;
/** Each shown step's state, as Klar marks it. */
const states = (element: Element) => stepsOf(shownList(element)).map((step) => step.getAttribute('data-klar-step'));
/** The steps with `aria-current`, by number from 1. */
const currentSteps = (element: Element) =>
  stepsOf(shownList(element))
    .map((step, index) => (step.getAttribute('aria-current') === 'step' ? index + 1 : 0))
    .filter(Boolean);
const words = (element: Element) => stepsOf(shownList(element)).map((step) => step.getAttribute('data-klar-step-word'));
/**
 * The generated content before a step, the state word. Chromium gives the computed string; Firefox
 * gives `attr(…)` as written, so the attribute it names is read.
 */
const shownWord = (step: Element) =>
  getComputedStyle(step, '::before')
    .content.replace(/attr\(([\w-]+)\)/g, (_, name: string) => JSON.stringify(step.getAttribute(name)))
    .replace(/"\s*"/g, '')
    .replace(/^"|"$/g, '');

const WORDS = { past: 'Færdig', current: 'Nu', future: 'Senere' };

describe('klar-timeline', () => {
  before(() => setViewport({ width: 1024, height: 900 }));

  describe('what a screen reader gets', () => {
    it('a list, one step current (aria-current="step"), each step its state word and its date', async function () {
      if (isFirefox) this.skip(); // accessibility tree over CDP: Chromium only
      const element = await timeline(videreProces, { current: '4' });
      expect(await accessibilityOutline('klar-timeline')).to.equal(
        [
          'heading "Videre proces" level=2',
          'list',
          ...videreProces.map(({ when, text }, index) => `  listitem "${index < 3 ? 'Færdig' : index === 3 ? 'Nu' : 'Senere'} ${when} – ${text}"`),
        ].join('\n')
      );
      // The current step is the author's own <li>: the listitem above, not a copy in the shadow tree.
      expect(currentSteps(element)).to.deep.equal([4]);
      expect(element.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    });

    it('exact dates stay <time datetime> in the step, for machines and screen readers alike', async () => {
      const element = await timeline();
      const times = [...element.querySelectorAll('li time')];
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(videreProces.filter((step) => step.datetime).map((step) => step.datetime));
    });

    it('the state word is shown before each step from its attribute, not written into the author’s text, with no alternative text (Chromium would keep it from Orca)', async () => {
      const element = await timeline(videreProces, { current: '2' });
      const [first, second, third] = stepsOf(shownList(element));
      expect([first, second, third].map(shownWord)).to.deep.equal(['Færdig', 'Nu', 'Senere']);
      expect(getComputedStyle(first, '::before').content).not.to.contain(' / ');
      expect(first.textContent).to.equal(`${videreProces[0].when} – ${videreProces[0].text}`);
    });

    it('read aloud says each step’s state before it, after the heading', async () => {
      const element = await timeline(videreProces.slice(0, 3), { current: '2' });
      const spoken = element.spoken().map((part) => (typeof part === 'string' ? part : `<${part.localName}> ${part.textContent}`));
      const [first, second, third] = videreProces;
      expect(spoken).to.deep.equal([
        'Videre proces',
        'Færdig',
        `<li> ${first.when} – ${first.text}`,
        'Nu',
        `<li> ${second.when} – ${second.text}`,
        'Senere',
        `<li> ${third.when} – ${third.text}`,
      ]);
    });
  });

  describe('which step is now, by the dates', () => {
    it('the last step dated on or before today is current; earlier ones done, later ones later', async () => {
      const element = await timeline([
        { when: 'I forgårs', datetime: day(-2), text: 'Projektgrupperne planlægger' },
        { when: 'Medio', text: 'Høring uden dato' },
        { when: 'I dag', datetime: day(0), text: 'SSU præsenteres for udkast' },
        { when: 'I morgen', datetime: day(1), text: 'Styregruppemøde' },
      ]);
      expect(states(element)).to.deep.equal(['past', 'past', 'current', 'future']);
      expect(currentSteps(element)).to.deep.equal([3]);
      expect(words(element)).to.deep.equal([WORDS.past, WORDS.past, WORDS.current, WORDS.future]);
    });

    it('an undated step after the current one is later', async () => {
      const element = await timeline([
        { when: 'I går', datetime: day(-1), text: 'Råd kvalificerer' },
        { when: 'Medio', text: 'Høring uden dato' },
        { when: 'Om en uge', datetime: day(7), text: 'Styregruppemøde' },
      ]);
      expect(states(element)).to.deep.equal(['current', 'future', 'future']);
    });

    it('a month (YYYY-MM) counts from its first day, a year (YYYY) from 1 January', async () => {
      const now = new Date();
      const month = day(0).slice(0, 7);
      const nextYear = String(now.getFullYear() + 1);
      const element = await timeline([
        { when: 'Sidste år', datetime: String(now.getFullYear() - 1), text: 'Idéoplæg' },
        { when: 'Denne måned', datetime: month, text: 'Høring' },
        { when: 'Næste år', datetime: nextYear, text: 'Lokale handleplaner' },
      ]);
      expect(states(element)).to.deep.equal(['past', 'current', 'future']);
    });

    it('the seed process (2023–2024): "April og frem" (datetime 2024-04) is current, all before it done', async () => {
      const element = await timeline();
      expect(currentSteps(element)).to.deep.equal([9]);
      expect(states(element).slice(0, 8).every((state) => state === 'past')).to.equal(true);
    });

    it('nothing dated on or before today: no current step, every step later', async () => {
      const element = await timeline([
        { when: 'Medio', text: 'Høring uden dato' },
        { when: 'I morgen', datetime: day(1), text: 'SSU præsenteres for udkast' },
        { when: 'Om en måned', datetime: day(30), text: 'Styregruppemøde' },
      ]);
      expect(states(element)).to.deep.equal(['future', 'future', 'future']);
      expect(currentSteps(element)).to.deep.equal([]);
    });

    it('a period written with two <time> elements is dated by its first', async () => {
      const container = await fixture(html`<klar-timeline>
        <ol>
          <li><time datetime=${day(-3)}>6.</time>-<time datetime=${day(3)}>11. december</time> – Projektgrupperne planlægger</li>
          <li><time datetime=${day(5)}>14. december</time> – SSU præsenteres for udkast</li>
        </ol>
      </klar-timeline>`);
      expect(states(container.querySelector('klar-timeline')!)).to.deep.equal(['current', 'future']);
    });

    it('at midnight the next step becomes current by itself', async function () {
      this.timeout(10_000);
      const realNow = Date.now;
      // Just before midnight on the day before tomorrow's step, then just after.
      const tomorrow = new Date();
      tomorrow.setHours(24, 0, 0, 0);
      let now = tomorrow.getTime() - 300;
      Date.now = () => now;
      try {
        const element = await timeline([
          { when: 'I dag', datetime: day(0), text: 'SSU præsenteres for udkast' },
          { when: 'I morgen', datetime: day(1), text: 'Styregruppemøde' },
        ]);
        expect(states(element)).to.deep.equal(['current', 'future']);
        now = tomorrow.getTime() + 200;
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(states(element)).to.deep.equal(['past', 'current']);
      } finally {
        Date.now = realNow;
      }
    });
  });

  describe('which step is now, by current', () => {
    it('current="3": the third step is current, whatever the dates say', async () => {
      const element = await timeline(videreProces, { current: '3' });
      expect(currentSteps(element)).to.deep.equal([3]);
      expect(states(element)).to.deep.equal(['past', 'past', 'current', ...Array(6).fill('future')]);
    });

    it('current="1" and current="9" (the first and the last step)', async () => {
      expect(states(await timeline(videreProces, { current: '1' }))).to.deep.equal(['current', ...Array(8).fill('future')]);
      expect(states(await timeline(videreProces, { current: '9' }))).to.deep.equal([...Array(8).fill('past'), 'current']);
    });
  });

  describe('follows changes', () => {
    it('renders once on page load: marking its steps costs no second render', async () => {
      const updates = countUpdates(['klar-timeline']);
      try {
        const element = await timeline(videreProces, { easy: easyVidereProces });
        expect(updates.of(element)).to.equal(1);
        expect(currentSteps(element)).to.deep.equal([9]);
      } finally {
        updates.stop();
      }
    });

    it('current changed, then taken away: the states follow, back to the dates', async () => {
      const element = await timeline(videreProces, { current: '2' });
      element.setAttribute('current', '6');
      await element.updateComplete;
      expect(currentSteps(element)).to.deep.equal([6]);
      element.removeAttribute('current');
      await element.updateComplete;
      expect(currentSteps(element)).to.deep.equal([9]);
    });

    it('a step added or removed gets or gives up its state', async () => {
      const element = await timeline(videreProces.slice(0, 3), { current: '3' });
      const list = element.querySelector('ol')!;
      const added = document.createElement('li');
      added.textContent = `${videreProces[3].when} – ${videreProces[3].text}`;
      list.append(added);
      await settle();
      expect(added.getAttribute('data-klar-step')).to.equal('future');
      const removed = list.firstElementChild!;
      removed.remove();
      await settle();
      expect(removed.hasAttribute('data-klar-step')).to.equal(false);
      expect(removed.hasAttribute('data-klar-step-word')).to.equal(false);
      // Three steps before the one added: the third is now the added one, current.
      expect(currentSteps(element)).to.deep.equal([3]);
      expect(states(element)).to.deep.equal(['past', 'past', 'current']);
    });

    it('a date changed: the current step moves', async () => {
      const element = await timeline([
        { when: 'I går', datetime: day(-1), text: 'Råd kvalificerer' },
        { when: 'Om en uge', datetime: day(7), text: 'Styregruppemøde' },
      ]);
      expect(currentSteps(element)).to.deep.equal([1]);
      element.querySelectorAll('time')[1].setAttribute('datetime', day(-1));
      await settle();
      expect(currentSteps(element)).to.deep.equal([2]);
    });

    it('the state word follows the language of the page', async () => {
      const { templates } = await import('../src/generated/locales/en.js');
      const element = await timeline(videreProces.slice(0, 2), { current: '2' });
      document.documentElement.lang = 'en';
      await settle();
      expect(words(element)).to.deep.equal([templates['timeline.past'] ?? WORDS.past, templates['timeline.current'] ?? WORDS.current]);
    });

    it('removed from the page: Klar’s attributes go, an author’s own aria-current comes back; put back: they return', async () => {
      const container = await fixture(html`<klar-timeline current="2">
        <ol>
          <li aria-current="date">${videreProces[0].when} – ${videreProces[0].text}</li>
          <li>${videreProces[1].when} – ${videreProces[1].text}</li>
        </ol>
      </klar-timeline>`);
      const element = container.querySelector('klar-timeline')!;
      const list = element.querySelector('ol')!;
      const [first, second] = stepsOf(list);
      expect(first.hasAttribute('aria-current')).to.equal(false);
      element.remove();
      for (const step of [first, second]) {
        expect([...step.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('data-klar'))).to.deep.equal([]);
      }
      expect(list.hasAttribute('data-klar-steps')).to.equal(false);
      expect(first.getAttribute('aria-current')).to.equal('date');
      expect(second.hasAttribute('aria-current')).to.equal(false);
      container.append(element);
      expect(second.getAttribute('aria-current')).to.equal('step');
      expect(first.getAttribute('data-klar-step')).to.equal('past');
    });

    it('taken out before its first render and put back (a framework moving it): marked in the page, let go of when removed', async () => {
      const container = await fixture(html`<div></div>`);
      const element = document.createElement('klar-timeline') as KlarTimeline;
      element.setAttribute('current', '2');
      element.innerHTML = `<ol>${videreProces
        .slice(0, 2)
        .map(({ when, text }) => `<li>${when} – ${text}</li>`)
        .join('')}</ol>`;
      const [first, second] = stepsOf(element.querySelector('ol')!);
      container.append(element);
      element.remove();
      // The first render happens out of the page.
      await element.updateComplete;
      container.append(element);
      await settle();
      expect(second.getAttribute('aria-current')).to.equal('step');
      expect(first.getAttribute('data-klar-step')).to.equal('past');
      // A step added now is seen: the steps are watched once it is in the page.
      const added = document.createElement('li');
      added.textContent = `${videreProces[2].when} – ${videreProces[2].text}`;
      element.querySelector('ol')!.append(added);
      await settle();
      expect(added.getAttribute('data-klar-step')).to.equal('future');
      element.remove();
      for (const step of [first, second, added]) {
        expect([...step.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('data-klar') || name === 'aria-current')).to.deep.equal([]);
      }
    });
  });

  describe('easy-read', () => {
    it('shows the easy-read list with its own states, the plainer heading and larger type', async () => {
      const element = await timeline(videreProces, { current: '4', easy: easyVidereProces, easyRead: true });
      const list = shownList(element);
      expect(list.getAttribute('slot')).to.equal('easy-read');
      expect(currentSteps(element)).to.deep.equal([4]);
      expect(element.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Sådan går det videre');
      const size = parseFloat(getComputedStyle(list.querySelector('li')!).fontSize);
      expect(size).to.be.at.least(20);
    });

    it('the easy-read steps follow their own dates without current', async () => {
      const element = await timeline(videreProces, { easy: easyVidereProces, easyRead: true });
      expect(currentSteps(element)).to.deep.equal([9]);
    });
  });

  describe('layout', () => {
    it('right to left: the line and marks on the right, the text to their left', async () => {
      const container = await fixture(meta.render!({ ...meta.args, ...RightToLeft.args } as never, {} as never) as TemplateResult, { locale: 'ar' });
      await drawn();
      const step = container.querySelector('li[aria-current="step"]')!;
      const box = step.getBoundingClientRect();
      const style = getComputedStyle(step);
      expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
      expect(parseFloat(style.borderLeftWidth)).to.equal(0);
      expect(parseFloat(style.paddingRight)).to.be.greaterThan(parseFloat(style.paddingLeft));
      // The mark hangs over the right edge, centred on the line.
      const mark = parseFloat(getComputedStyle(step, '::after').right);
      expect(mark).to.be.below(0);
      expect(box.right).to.be.greaterThan(box.left);
      // The heading's picture (dots on a line) is mirrored: its dots stand over the steps' line.
      const icon = container.querySelector('klar-timeline')!.shadowRoot!.querySelector('.icon')!;
      expect(getComputedStyle(icon).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });

    for (const easyRead of [false, true]) {
      it(`at 320 px${easyRead ? ' in easy-read' : ''}: nothing wider than the screen, one step under another`, async () => {
        await setViewport({ width: 320, height: 800 });
        try {
          const element = await timeline(videreProces, { current: '4', easy: easyVidereProces, easyRead });
          await drawn();
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          const frame = element.getBoundingClientRect();
          const steps = stepsOf(shownList(element)).map((step) => step.getBoundingClientRect());
          for (const step of steps) {
            expect(step.left).to.be.at.least(frame.left);
            expect(step.right).to.be.at.most(frame.right);
          }
          for (let index = 1; index < steps.length; index += 1) expect(steps[index].top).to.be.at.least(steps[index - 1].bottom - 1);
        } finally {
          await setViewport({ width: 1024, height: 900 });
        }
      });
    }

    it('vertical at any width: at 1024 px too, one step under another, the same left edge', async () => {
      const element = await timeline();
      await drawn();
      const steps = stepsOf(shownList(element)).map((step) => step.getBoundingClientRect());
      expect(new Set(steps.map((step) => Math.round(step.left))).size).to.equal(1);
      for (let index = 1; index < steps.length; index += 1) expect(steps[index].top).to.be.at.least(steps[index - 1].bottom - 1);
    });

    it('the marks differ in shape, not only colour: filled disc, disc with a ring, empty ring', async () => {
      const element = await timeline(videreProces, { current: '2' });
      const [past, current, future] = stepsOf(shownList(element)).map((step) => getComputedStyle(step, '::after'));
      const width = (style: CSSStyleDeclaration) => parseFloat(style.borderTopWidth);
      // A border of half the mark fills it.
      expect(width(past)).to.be.closeTo(parseFloat(past.width) / 2, 0.5);
      expect(width(current)).to.be.closeTo(parseFloat(current.width) / 2, 0.5);
      expect(current.outlineStyle).to.equal('solid');
      expect(past.outlineStyle).to.equal('none');
      expect(width(future)).to.be.below(parseFloat(future.width) / 3);
      expect(future.outlineStyle).to.equal('none');
    });

    it('in print the marks, the line and the words stay: borders, not background colours', async function () {
      if (isFirefox) this.skip(); // print media is emulated over CDP: Chromium only
      await emulateMedia({ media: 'print' });
      try {
        const element = await timeline(videreProces, { current: '2' });
        const [past, current, future] = stepsOf(shownList(element));
        expect(getComputedStyle(past).borderInlineStartStyle).to.equal('solid');
        expect(getComputedStyle(future).borderInlineStartStyle).to.equal('dashed');
        expect(parseFloat(getComputedStyle(past, '::after').borderTopWidth)).to.be.greaterThan(4);
        expect(getComputedStyle(current, '::after').outlineStyle).to.equal('solid');
        expect([past, current, future].map(shownWord)).to.deep.equal(['Færdig', 'Nu', 'Senere']);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('in forced colours the marks and the line take the text colour', async function () {
      if (isFirefox) this.skip(); // forced colours are emulated over CDP; Firefox covers them in the story matrix
      await executeServerCommand('klar-forced-colors', { active: true });
      try {
        const element = await timeline(videreProces, { current: '2' });
        const [past, , future] = stepsOf(shownList(element));
        const text = getComputedStyle(past).color;
        expect(getComputedStyle(past, '::after').borderTopColor).to.equal(text);
        expect(getComputedStyle(future).borderInlineStartColor).to.equal(text);
        expect(getComputedStyle(future, '::after').borderTopColor).to.equal(text);
      } finally {
        await executeServerCommand('klar-forced-colors', { active: false });
      }
    });
  });

  describe('keyboard', () => {
    it('nothing in it is focusable: Tab goes past it', async () => {
      const container = await fixture(html`<button id="before">Før</button>${meta.render!({ ...meta.args, current: '4' } as never, {} as never)}<button id="after">Efter</button>`);
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('a link in a step is its one stop', async () => {
      const container = await fixture(html`<button id="before">Før</button>
        <klar-timeline current="1">
          <ol>
            <li><time datetime="2023-12-14">14. december</time> – SSU præsenteres for <a href="#ideoplaeg">udkast til idéoplæg</a></li>
            <li>Medio januar – Høring af idéoplæg på p-møder i CVV</li>
          </ol>
        </klar-timeline>
        <button id="after">Efter</button>`);
      container.querySelector<HTMLElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.localName).to.equal('a');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('JSON', () => {
    const expectSeedSteps = (element: Element, current: number) => {
      const list = element.querySelector('ol:not([slot])')!;
      expect(stepsOf(list).map((step) => step.textContent)).to.deep.equal(videreProces.map(({ when, text }) => `${when} – ${text}`));
      expect([...list.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), time.textContent])).to.deep.equal(
        videreProces.filter((step) => step.datetime).map((step) => [step.datetime, step.when])
      );
      expect(currentSteps(element)).to.deep.equal([current]);
    };

    it('data: the steps as the author would write them, current from "current"', async () => {
      const container = await fixture(FromData.render!({ ...meta.args, ...FromData.args } as never, {} as never) as TemplateResult);
      const element = container.querySelector('klar-timeline')!;
      expectSeedSteps(element, 4);
      expect(element.querySelector('[slot="source"]')!.textContent).to.contain('Idéoplæg');
      expect(element.querySelectorAll('ol[slot="easy-read"] > li')).to.have.length(easyVidereProces.length);
    });

    it('src: the seed file, current by its dates', async () => {
      const container = await fixture(FromFile.render!({ ...meta.args } as never, {} as never) as TemplateResult);
      expectSeedSteps(container.querySelector('klar-timeline')!, 9);
    });

    it('an own heading in JSON is written at heading-level', async () => {
      const container = await fixture(html`<klar-timeline heading-level="3" .data=${{ heading: 'Videre proces for strategierne', steps: videreProces.slice(0, 2) }}></klar-timeline>`);
      expect(container.querySelector('klar-timeline > h3[slot="heading"]')!.textContent).to.equal('Videre proces for strategierne');
    });

    it('a datetime that fits the pattern but is no real date: the step shows, klar-error invalid-date', async () => {
      await withKlarErrors(async (errors) => {
        const steps = [{ when: '30. februar', datetime: '2024-02-30', text: 'Styregruppemøde' }];
        const container = await fixture(html`<klar-timeline .data=${{ steps }}></klar-timeline>`);
        expect(container.querySelector('li')!.checkVisibility()).to.equal(true);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-date']);
      });
    });

    it('current 0 in JSON does not fit the schema: invalid-content, the steps still show', async () => {
      await withKlarErrors(async (errors) => {
        const container = await fixture(html`<klar-timeline .data=${{ current: 0, steps: videreProces }}></klar-timeline>`);
        expect(container.querySelectorAll('li')).to.have.length(videreProces.length);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-content']);
        expect(errors[0].message).to.contain('current');
      });
    });
  });

  describe('bad input: a short message, klar-error, one console error, the content still shows', () => {
    const cases: { what: string; template: TemplateResult; code: string; says: string; shows?: string }[] = [
      { what: 'nothing inside', template: html`<klar-timeline></klar-timeline>`, code: 'empty-content', says: 'Her mangler indhold.' },
      {
        what: 'paragraphs instead of a list',
        template: html`<klar-timeline>${videreProces.slice(0, 2).map(({ when, text }) => html`<p>${when} – ${text}</p>`)}</klar-timeline>`,
        code: 'invalid-content',
        says: 'Noget af indholdet vises ikke helt som tænkt.',
        shows: 'p',
      },
      {
        what: 'a bulleted list (<ul>)',
        template: html`<klar-timeline><ul>${videreProces.slice(0, 2).map(item)}</ul></klar-timeline>`,
        code: 'invalid-content',
        says: 'Noget af indholdet vises ikke helt som tænkt.',
        shows: 'li',
      },
      {
        what: 'an empty <ol>',
        template: html`<klar-timeline><ol></ol></klar-timeline>`,
        code: 'empty-content',
        says: 'Her mangler indhold.',
      },
      ...['12', '0', 'tre', '2.5', ''].map((current) => ({
        what: `current="${current}"`,
        template: html`<klar-timeline current=${current}><ol>${videreProces.map(item)}</ol></klar-timeline>`,
        code: 'invalid-value',
        says: 'Noget af indholdet vises ikke helt som tænkt.',
        shows: 'li',
      })),
      ...['2024-02-30', '14-12-2023', '2024-13', 'december'].map((datetime) => ({
        what: `<time datetime="${datetime}">`,
        template: html`<klar-timeline><ol>${[{ ...videreProces[0], datetime }, ...videreProces.slice(1)].map(item)}</ol></klar-timeline>`,
        code: 'invalid-date',
        says: 'Noget af indholdet vises ikke helt som tænkt.',
        shows: 'li',
      })),
    ];
    for (const { what, template, code, says, shows } of cases) {
      it(`${what}: ${code}`, async () => {
        await withKlarErrors(async (errors, console) => {
          const container = await fixture(template);
          const element = container.querySelector('klar-timeline')!;
          expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain(says);
          expect(errors.map((error) => error.code)).to.deep.equal([code]);
          expect(console.errors.filter((line) => line.startsWith('Klar: <klar-timeline>'))).to.have.length(1);
          if (shows) expect([...element.querySelectorAll(shows)].every((node) => node.checkVisibility())).to.equal(true);
        });
      });
    }

    it('a bad current: the steps go by their dates meanwhile', async () => {
      await withKlarErrors(async () => {
        expect(currentSteps(await timeline(videreProces, { current: '12' }))).to.deep.equal([9]);
      });
    });

    it('a bad date: that step counts as undated', async () => {
      await withKlarErrors(async () => {
        const element = await timeline([
          { when: 'I går', datetime: day(-1), text: 'Råd kvalificerer' },
          { when: '30. februar', datetime: '2024-02-30', text: 'Styregruppemøde' },
        ]);
        expect(states(element)).to.deep.equal(['current', 'future']);
      });
    });

    it('current beyond a shorter easy-read list: named once, for the easy-read list', async () => {
      await withKlarErrors(async (errors) => {
        await timeline(videreProces, { current: '9', easy: easyVidereProces.slice(0, 4) });
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-value']);
        expect(errors[0].message).to.contain('easy-read');
      });
    });

    it('the message goes when the input is fixed', async () => {
      await withKlarErrors(async () => {
        const element = await timeline(videreProces, { current: '12' });
        element.setAttribute('current', '4');
        await element.updateComplete;
        expect(element.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
        expect(currentSteps(element)).to.deep.equal([4]);
      });
    });
  });

  it('no axe violations in Danish, Arabic and easy-read', async () => {
    for (const [locale, easyRead] of [['da', false], ['ar', false], ['da', true]] as const) {
      await timeline(videreProces, { current: '4', easy: easyVidereProces, locale, easyRead });
      await expectNoAxeViolations(`klar-timeline ${locale}${easyRead ? ' easy-read' : ''}`);
    }
  });

  it('the style sheet it adds to the page touches no other list', async () => {
    const container = await fixture(html`<klar-timeline current="1"><ol>${videreProces.slice(0, 2).map(item)}</ol></klar-timeline>
      <ol id="plain">${videreProces.slice(0, 2).map(item)}</ol>`);
    const plain = container.querySelector('#plain')!;
    expect(document.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(getComputedStyle(plain).listStyleType).to.equal('decimal');
    expect(getComputedStyle(plain.querySelector('li')!, '::before').content).to.match(/^(none|normal)$/);
  });
});
