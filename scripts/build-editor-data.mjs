// Editor help from custom-elements.json: VS Code's HTML and CSS custom data and JetBrains'
// web-types, so an editor completes Klar's tags, attributes and their values, `--klar-*`
// properties and `::part()` names, with the descriptions written in the JSDoc. The analyzer's
// well-kept generators write them; here they get the package's paths, and the CSS properties and
// parts every element shares are listed once instead of once per element.
//
// Run after `npm run analyze` and after rollup (prebuild empties dist/):
//   node scripts/build-editor-data.mjs [--outdir <dir>]   (default dist/)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { readManifest } from './manifest.mjs';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag >= 0 ? process.argv[outdirFlag + 1] : 'dist';
if (outdirFlag < 0 && !existsSync('dist/klar.js')) {
  // A dist/ holding only these files would look like a build to the other checks.
  console.error('build-editor-data: dist/ has no build: run it after rollup (or give --outdir).');
  process.exit(1);
}
const { manifest, elements } = readManifest('build-editor-data');
const { name: packageName } = JSON.parse(readFileSync('package.json', 'utf8'));

const options = {
  // The full description (the summary is one line); slots, events, parts and CSS properties follow it.
  descriptionSrc: 'description',
  hideMethodDocs: true,
  hideLogs: true,
  // JetBrains: the module an element's class is imported from ("Go to declaration", imports):
  // dist/elements/klar-fact.js → klar-elements/elements/klar-fact.
  modulePathTemplate: (_name, modulePath) => modulePath.replace(/^dist\/elements\/(.+)\.js$/, `${packageName}/elements/$1`),
};


/** What each element says about its parts and CSS properties, merged by name: shared ones once. */
function merged(kind) {
  const byName = new Map();
  for (const element of elements) {
    for (const item of element[kind] ?? []) {
      if (!byName.has(item.name)) byName.set(item.name, { item, tags: new Map() });
      const description = [item.description, item.default !== undefined && `Default: ${item.default}.`].filter(Boolean).join(' ');
      byName.get(item.name).tags.set(element.tagName, description);
    }
  }
  return [...byName].map(([name, { tags }]) => {
    const byDescription = new Map();
    for (const [tag, text] of tags) byDescription.set(text, [...(byDescription.get(text) ?? []), tag]);
    // The elements are named where not every element has the item, or it differs between them.
    const description =
      byDescription.size === 1 && tags.size === elements.length
        ? [...byDescription.keys()][0]
        : [...byDescription].map(([text, tagsOf]) => `${text} (${tagsOf.join(', ')})`).join('\n');
    return { name, description };
  });
}
const cssProperties = merged('cssProperties');
const cssParts = merged('cssParts');

const write = (file, data) => {
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, file), `${JSON.stringify(data, null, 2)}\n`);
};

const isBoolean = (tag, attribute) =>
  elements.find((element) => element.tagName === tag)?.attributes?.find((each) => each.name === attribute)?.type?.text === 'boolean';

// VS Code: tags with their attributes and value lists (from the manifest's union types); a
// boolean attribute (easy-read) is written without a value.
const html = JSON.parse(getVsCodeHtmlCustomData(manifest, options));
for (const tag of html.tags) {
  if (!tag.references?.length) delete tag.references;
  for (const attribute of tag.attributes) {
    if (isBoolean(tag.name, attribute.name)) attribute.valueSet = 'v';
    if (!attribute.values?.length) delete attribute.values;
  }
}
write('vscode.html-custom-data.json', html);

// VS Code CSS: the generator's entries (values, `var()` wrapping), each name once.
const css = JSON.parse(getVsCodeCssCustomData(manifest, options));
const firstOf = (entries, name) => entries.find((entry) => entry.name === name) ?? { name };
css.properties = cssProperties.map(({ name, description }) => ({ ...firstOf(css.properties, name), description }));
css.pseudoElements = cssParts.map(({ name, description }) => ({ ...firstOf(css.pseudoElements, `::part(${name})`), description }));
write('vscode.css-custom-data.json', css);

// JetBrains web-types: elements with attributes, slots, events and JS properties; CSS once each.
const webTypes = JSON.parse(getWebTypesData(manifest, options));
for (const element of webTypes.contributions.html.elements) if (!element['doc-url']) delete element['doc-url'];
const webCss = webTypes.contributions.css;
webCss.properties = cssProperties.map(({ name, description }) => ({ ...firstOf(webCss.properties, name), description }));
webCss['pseudo-elements'] = cssParts.map(({ name, description }) => ({ ...firstOf(webCss['pseudo-elements'], `part(${name})`), description }));
write('web-types.json', webTypes);

console.log(`build-editor-data: ${elements.length} elements → ${outdir}/vscode.html-custom-data.json, vscode.css-custom-data.json, web-types.json`);
