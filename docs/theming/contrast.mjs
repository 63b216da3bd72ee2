#!/usr/bin/env node
// WCAG 2 contrast of every colour pair in docs/theming/example.html's theme (the kommune's
// --kommune-* colours and the --klar-* tokens set from them). Text needs 7:1 for AAA; focus rings
// and borders are not text (3:1 for WCAG 1.4.11), and are listed for completeness.
//   node docs/theming/contrast.mjs
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('example.html', import.meta.url), 'utf8');
const colour = (name) => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`--${name} is not set to a #rrggbb colour in example.html`);
  return match[1];
};
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// [what, foreground, background, needed]
const pairs = [
  ['text on the page', 'kommune-ink', 'kommune-paper', 7],
  ['text on a box (--klar-color-text on --klar-color-surface)', 'kommune-ink', 'kommune-mist', 7],
  ['default heading on a box (--klar-color-heading)', 'kommune-blue', 'kommune-mist', 7],
  ['accent as text: a fact\'s number, a theme\'s label, on a box', 'kommune-blue', 'kommune-mist', 7],
  ['accent as text on the page', 'kommune-blue', 'kommune-paper', 7],
  ['white on the accent (a pressed "Let læst" button)', 'white', 'kommune-blue', 7],
  ['white on the message colour (the "!" of a problem message)', 'white', 'kommune-red', 7],
  ['focus ring (--klar-color-focus) against the page', 'kommune-red', 'kommune-paper', 3],
  ['focus ring against a box', 'kommune-red', 'kommune-mist', 3],
  ['box border (--klar-color-border) against a box', 'kommune-line', 'kommune-mist', 3],
];
const value = (name) => (name === 'white' ? '#ffffff' : colour(name));
let failed = false;
for (const [what, fg, bg, needed] of pairs) {
  const r = ratio(value(fg), value(bg));
  const ok = r >= needed;
  failed ||= !ok;
  console.log(`${r.toFixed(2).padStart(5)}:1  ${ok ? 'ok ' : 'LOW'} (≥ ${needed}:1)  ${what}: ${value(fg)} on ${value(bg)}`);
}
process.exit(failed ? 1 : 0);
