/**
 * The steps of a timeline, read from the author's `<ol>`: each step's date, and which step is
 * the current one. Pure functions of the DOM and a day, so the element, its tests and its
 * midnight timer all decide the same way.
 */
import { parseIsoDate } from '../../core/format.js';

export type StepState = 'past' | 'current' | 'future';

/** A day written YYYY-MM-DD: days so written compare as text. */
export type Day = string;

/** Milliseconds from now until the reader's next midnight. */
export function untilMidnight(): number {
  const now = new Date(Date.now());
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
}

/**
 * The first day of a `datetime` written YYYY-MM-DD, YYYY-MM or YYYY ("2024-04" → "2024-04-01");
 * undefined if it is none of these or no real date (2024-02-30, 2024-13).
 */
export function parseDay(datetime: string): Day | undefined {
  const value = datetime.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return parseIsoDate(value) ? value : undefined;
  }
  // A month or a year is checked as its first day: the same rules for what is real.
  if (/^\d{4}-\d{2}$/.test(value)) return parseDay(`${value}-01`);
  if (/^\d{4}$/.test(value)) return parseDay(`${value}-01-01`);
  return undefined;
}

/** The steps of a list: its own `<li>` children (a nested list belongs to its step). */
export const stepsOf = (list: Element): HTMLLIElement[] =>
  [...list.children].filter((child): child is HTMLLIElement => child.localName === 'li');

/** A step's `<time datetime>` elements, not those of a list nested in it. */
export const timesOf = (step: Element): HTMLTimeElement[] =>
  [...step.querySelectorAll('time[datetime]')].filter((time): time is HTMLTimeElement => time.closest('li') === step);

/** A step's day: its first `<time datetime>`; undefined when it has none or that is no real date. */
export function dayOf(step: Element): Day | undefined {
  const [first] = timesOf(step);
  return first ? parseDay(first.getAttribute('datetime')!) : undefined;
}

/** `current` as a step number from 1 to `count`; undefined when it is not one. */
export function stepNumber(current: unknown, count: number): number | undefined {
  const text = String(current ?? '').trim();
  if (!/^\d+$/.test(text)) return undefined;
  const number = Number(text);
  return number >= 1 && number <= count ? number : undefined;
}

/**
 * Each step's state. With a step number (`current`), that step is current. Without one, the
 * current step is the last step, in the author's order, whose day is on or before `day`; steps
 * without a date take their place in the order. With no step dated on or before `day` there
 * is no current step, and every step is still to come.
 */
export function statesOf(days: readonly (Day | undefined)[], day: Day, current?: number): StepState[] {
  let index = -1;
  if (current !== undefined) index = current - 1;
  else days.forEach((each, at) => each !== undefined && each <= day && (index = at));
  return days.map((_, at) => (index < 0 || at > index ? 'future' : at < index ? 'past' : 'current'));
}
