// Type-level checks: `tsc -p tsconfig.json` (npm test's pretest, `npm run typecheck`) fails when
// the typing of Klar's events or attributes regresses. Never run; it only has to compile.
import type { KlarErrorCode, KlarErrorDetail, KlarThemeSelectDetail } from '../../src/klar.js';

/** Passes a value through, checked against `T`. */
const is = <T>(value: T): T => value;

declare const circle: HTMLElementTagNameMap['klar-theme-circle'];
declare const fact: HTMLElementTagNameMap['klar-fact'];
declare const card: HTMLElementTagNameMap['klar-policy-card'];
declare const element: HTMLElement;

// Every `klar-*` event is typed on elements, the document and the window (they bubble, composed).
circle.addEventListener('klar-theme-select', (event) => {
  is<string>(event.detail.label);
  is<number>(event.detail.index);
  is<HTMLElementTagNameMap['klar-theme']>(event.detail.theme);
  // @ts-expect-error: the detail has no such field
  is<unknown>(event.detail.name);
});
document.addEventListener('klar-theme-select', (event) => is<KlarThemeSelectDetail>(event.detail));
element.addEventListener('klar-error', (event) => {
  is<KlarErrorCode>(event.detail.code);
  is<string>(event.detail.message);
  // @ts-expect-error: a klar-error has no label
  is<unknown>(event.detail.label);
});
window.addEventListener('klar-error', (event) => is<KlarErrorDetail>(event.detail));

is<KlarErrorDetail>({ code: 'load-failed', message: 'The file is not there.' });
// @ts-expect-error: not a KlarErrorCode
is<KlarErrorDetail>({ code: 'not-a-code', message: '' });

// Attributes with a fixed set of values are unions.
fact.unit = 'percent';
fact.unit = undefined;
// @ts-expect-error: klar-fact knows only percent
fact.unit = 'kg';
card.status = 'consultation';
// @ts-expect-error: not a policy status
card.status = 'rejected';
circle.headingLevel = 3;
circle.headingLevel = '3';
// @ts-expect-error: headings go from 1 to 6
circle.headingLevel = 7;
