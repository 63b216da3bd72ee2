/**
 * The benchmark's pages: the same seed content (demo/json/) as Klar markup and as plain HTML.
 *
 * Both pages carry the same words in the same order with the same semantics (headings, lists,
 * figures, links). The plain twin shows the default headings and formatted values as text and
 * styles them with one small stylesheet, as a CMS page without Klar would; the Klar page is
 * what a web team writes, with `dist/klar.js`.
 */
import { readFileSync } from 'node:fs';

const seed = (name) => JSON.parse(readFileSync(new URL(`../../demo/json/${name}.json`, import.meta.url), 'utf8'));

/** One block of the page: ten elements, fourteen custom elements (a circle holds four themes). */
const BLOCK = [
  ['klar-success-criteria', seed('et-vaerdigt-liv')],
  ['klar-citizen-wishes', seed('borgernes-oensker')],
  ['klar-goals', seed('maalsaetninger-et-vaerdigt-liv')],
  ['klar-fact', seed('rygere')],
  ['klar-fact', seed('ensomme')],
  ['klar-quote', seed('recovery-citat')],
  ['klar-success-criteria', seed('staerke-faellesskaber')],
  ['klar-policy-card', seed('medborgerpolitik')],
  ['klar-policy-card', seed('raaudkast-velfaerdspolitik')],
  ['klar-theme-circle', seed('medborgerskab')],
];

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (item) => (typeof item === 'string' ? escape(item) : `<a href="${escape(item.href)}">${escape(item.text)}</a>`);
const list = (items, attributes = '') => `<ul${attributes}>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
const paragraphs = (value, attributes = '') => [value].flat().map((text) => `<p${attributes}>${escape(text)}</p>`).join('');

/** The Danish default headings, as the plain twin writes them. */
const BOX_HEADINGS = {
  'klar-success-criteria': 'Vi kan se, at vi lykkes, når:',
  'klar-citizen-wishes': 'Adspurgt ønsker borgerne:',
  'klar-goals': 'Målsætninger',
};
const STATUS = { adopted: 'Vedtaget', consultation: 'I høring', draft: 'Udkast' };
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const longDate = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
};

/** Klar markup, as a web team writes it (the same markup JSON mode writes). */
const klar = {
  box: (tag, data) =>
    `<${tag} heading-level="3">${data.heading ? `<h3 slot="heading">${escape(data.heading)}</h3>` : ''}${list(data.items)}${
      data.easyRead?.items ? list(data.easyRead.items, ' slot="easy-read"') : ''
    }${data.source ? `<span slot="source">${inline(data.source)}</span>` : ''}</${tag}>`,
  'klar-fact': (data) =>
    `<klar-fact value="${data.value}"${data.unit ? ` unit="${data.unit}"` : ''}><span slot="label">${escape(data.label)}</span>${
      data.easyRead?.label ? `<span slot="easy-read">${escape(data.easyRead.label)}</span>` : ''
    }${data.source ? `<span slot="source">${inline(data.source)}</span>` : ''}</klar-fact>`,
  'klar-quote': (data) =>
    `<klar-quote>${paragraphs(data.text)}${data.easyRead?.text ? paragraphs(data.easyRead.text, ' slot="easy-read"') : ''}${
      data.source ? `<span slot="source">${inline(data.source)}</span>` : ''
    }</klar-quote>`,
  'klar-policy-card': (data) =>
    `<klar-policy-card status="${data.status}"${data.date ? ` date="${data.date}"` : ''} href="${escape(data.href)}"><h3 slot="heading">${escape(data.heading)}</h3>${
      data.vision ? paragraphs(data.vision, ' slot="vision"') : ''
    }${data.description ? paragraphs(data.description) : ''}${data.easyRead?.description ? paragraphs(data.easyRead.description, ' slot="easy-read"') : ''}${
      data.themes ? list(data.themes, ' slot="themes"') : ''
    }</klar-policy-card>`,
  'klar-theme-circle': (data) =>
    `<klar-theme-circle><h3 slot="heading">${escape(data.heading)}</h3><span slot="center">${escape(data.center)}</span>${data.themes
      .map((theme) => `<klar-theme label="${escape(theme.label)}"><h4 slot="heading">${escape(theme.heading)}</h4>${list(theme.items)}</klar-theme>`)
      .join('')}</klar-theme-circle>`,
};

/** The same content as plain HTML. */
const plain = {
  box: (tag, data) =>
    `<section class="box"><h3>${escape(data.heading ?? BOX_HEADINGS[tag])}</h3>${list(data.items)}${
      data.source ? `<p class="source">Kilde: ${inline(data.source)}</p>` : ''
    }</section>`,
  'klar-fact': (data) =>
    `<div class="fact"><p class="value">${String(data.value).replace('.', ',')}${data.unit === 'percent' ? ' %' : ''}</p><p>${escape(data.label)}</p>${
      data.source ? `<p class="source">Kilde: ${inline(data.source)}</p>` : ''
    }</div>`,
  'klar-quote': (data) =>
    `<figure class="quote"><blockquote>${paragraphs(data.text)}</blockquote>${data.source ? `<figcaption>Kilde: ${inline(data.source)}</figcaption>` : ''}</figure>`,
  'klar-policy-card': (data) =>
    `<article class="card"><h3><a href="${escape(data.href)}">${escape(data.heading)}</a></h3><p class="meta"><span class="status">${STATUS[data.status]}</span>${
      data.date ? ` <time datetime="${data.date}">${longDate(data.date)}</time>` : ''
    }</p>${data.vision ? `<p class="caption">Visionen</p>${paragraphs(data.vision)}` : ''}${data.description ? paragraphs(data.description) : ''}${
      data.themes ? `<p class="caption">Temaer</p>${list(data.themes)}` : ''
    }</article>`,
  'klar-theme-circle': (data) =>
    `<section class="circle"><h3>${escape(data.heading)}</h3><p class="center">${escape(data.center)}</p>${data.themes
      .map((theme) => `<section class="theme"><p class="label">${escape(theme.label)}</p><h4>${escape(theme.heading)}</h4>${list(theme.items)}</section>`)
      .join('')}</section>`,
};

const render = (kind, tag, data) => (BOX_HEADINGS[tag] ? kind.box(tag, data) : kind[tag](data));

/** The page's body: `count` elements in blocks, each under an h2, cards in a grid as on a policy overview. */
function body(kind, count, only) {
  const block = only ? BLOCK.filter(([tag]) => tag === only) : BLOCK;
  const parts = [];
  for (let index = 0; index < count; index++) {
    const [tag, data] = block[index % block.length];
    if (index % BLOCK.length === 0) parts.push(`<h2>Afsnit ${index / BLOCK.length + 1}</h2>`);
    parts.push(render(kind, tag, data));
  }
  return parts.join('\n');
}

/** Page layout shared by both pages: a column of readable width, as a kommune's site has. */
const PAGE_CSS = `body{margin:0;font:1.0625rem/1.5 system-ui,sans-serif;color:#14201c}main{max-inline-size:60rem;margin-inline:auto;padding:1rem}`;

/** The plain twin's stylesheet: frames, a figure, a quote and a card, about what a CMS theme carries. */
export const PLAIN_CSS = `
.box,.fact,.quote,.card,.circle{margin-block:1rem;padding:1rem;border:1px solid #8a918f;border-inline-start:.375rem solid #005c4f;border-radius:.5rem;background:#f4f5f5}
.box h3,.card h3,.circle h3{margin-block:0 .5rem;font-size:1.2rem}
.box ul,.theme ul{margin:0;padding-inline-start:1.25rem}
.source,figcaption{margin-block:.5rem 0;font-size:.9rem}
.fact .value{margin:0;color:#005c4f;font-size:2.5rem;font-weight:700;line-height:1.1}
.fact p{margin-block:.25rem}
.quote{margin-inline:0}.quote blockquote{margin:0;font-size:1.15rem;font-style:italic}
.card{display:flex;flex-direction:column;gap:.5rem}.card p{margin:0}
.card .meta{display:flex;flex-wrap:wrap;gap:.5rem 1rem}.card .status{padding-inline:.5rem;border:1px solid currentColor;border-radius:1rem;font-weight:700}
.card .caption{font-weight:700;font-size:.9rem}
.circle .center{font-size:1.15rem;font-weight:700}
.theme{padding-block-start:.75rem;border-block-start:2px solid #8a918f}.theme .label{margin:0;font-weight:700;color:#005c4f}.theme h4{margin-block:.25rem}
`;

/**
 * The script that says when a page is rendered: defined, every element's update done, the
 * load event, two animation frames. It resolves `window.benchDone` with `performance.now()`,
 * measured from navigation start. `?count` also counts each element's Lit updates.
 */
const DONE_SCRIPT = `
window.benchUpdates = new Map();
if (new URLSearchParams(location.search).has('count')) {
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    const update = constructor.prototype.update;
    constructor.prototype.update = function (changed) {
      benchUpdates.set(this, (benchUpdates.get(this) ?? 0) + 1);
      return update.call(this, changed);
    };
    define(name, constructor, options);
  };
}
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const loaded = new Promise((resolve) => addEventListener('load', resolve, { once: true }));
/** All Klar elements have rendered and nothing waits: a translation may still bring one more round. */
window.benchRendered = async () => {
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('klar-'));
  await Promise.all([...new Set(elements.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)));
  do await Promise.all(elements.map((element) => element.updateComplete));
  while (elements.some((element) => element.isUpdatePending));
  return elements;
};
window.benchDone = (async () => {
  await loaded;
  await benchRendered();
  await frame();
  await frame();
  return performance.now();
})();
`;

/** A Klar element's default heading is in the page's language: a translation has arrived. */
const TRANSLATED_SCRIPT = `
window.benchTranslated = (danish) => new Promise((resolve) => {
  const check = () => {
    const heading = document.querySelector('klar-goals')?.shadowRoot?.querySelector('.heading');
    if (heading && heading.textContent.trim() && heading.textContent.trim() !== danish) resolve();
    else requestAnimationFrame(check);
  };
  check();
});
`;

/**
 * What a reader saw, for tests: each frame's default headings (`benchFrames`), and every layout
 * shift (`benchShifts`, Chromium).
 */
const RECORD_SCRIPT = `
window.benchFrames = [];
const recordFrame = () => {
  const boxes = document.querySelectorAll('klar-success-criteria, klar-citizen-wishes, klar-goals');
  benchFrames.push([...boxes].map((box) => box.shadowRoot?.querySelector('.heading')?.textContent ?? null));
  if (benchFrames.length < 1000) requestAnimationFrame(recordFrame);
};
requestAnimationFrame(recordFrame);
window.benchShifts = [];
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  new PerformanceObserver((list) => benchShifts.push(...list.getEntries().filter((entry) => !entry.hadRecentInput).map((entry) => entry.value)))
    .observe({ type: 'layout-shift', buffered: true });
}
`;

/**
 * A page of `count` elements. `kind`: 'klar' or 'plain'; `lang`: the page's language;
 * `script`: the URL of Klar's bundle; `translation`: the URL of the page language's translation,
 * loaded render-blocking beside the bundle as the README advises for a page not in Danish;
 * `only`: one tag, to see what one element costs; `record`: keep what each frame showed.
 */
export function benchPage({ kind, count = 100, lang = 'da', script = '/dist/klar.js', translation, only, record = false }) {
  const isKlar = kind === 'klar';
  const preload = isKlar && translation ? `<script type="module" src="${translation}" blocking="render"></script>\n` : '';
  const dir = ['ar', 'ur', 'fa'].includes(lang) ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${lang}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Klar benchmark: ${kind}</title>
<script>${record ? RECORD_SCRIPT : ''}${DONE_SCRIPT}${TRANSLATED_SCRIPT}</script>
${preload}${isKlar ? `<script type="module" src="${script}" blocking="render"></script>` : ''}
<style>${PAGE_CSS}${isKlar ? '' : PLAIN_CSS}</style>
</head>
<body>
<main>
<h1>Ishøj Kommune: politikker</h1>
${body(isKlar ? klar : plain, count, only)}
</main>
</body>
</html>
`;
}

/** The custom elements a page of `count` elements holds (a circle and its themes count apart). */
export function customElementCount(count) {
  let total = 0;
  for (let index = 0; index < count; index++) {
    const [tag, data] = BLOCK[index % BLOCK.length];
    total += 1 + (tag === 'klar-theme-circle' ? data.themes.length : 0);
  }
  return total;
}
