// The package as npm delivers it, run after `npm run build`:
// 1. `npm pack` (no rebuild) into a temp folder; the tarball must hold LICENSE, schema/, the
//    scripts (dist/klar.js, dist/index.js, dist/node.js, dist/elements/*.js, dist/cms/*.js), the
//    types (dist/types/…, React and Vue included), the editor custom data, every file package.json
//    `exports` names, and nothing of src/, tests/, stories/, examples/;
// 2. install the tarball in a temp project and import every entry in Node: each must exit 0
//    (server rendering imports Klar; the elements are defined only in a browser). The editor
//    configurations are imported with their editors installed (optional peer dependencies);
// 3. type-check a plain TypeScript project with neither React nor Vue installed, importing the
//    package and single elements, with skipLibCheck off and on.
// One line per problem; exit 1 if any.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const problem = (line) => {
  problems.push(line);
  console.log(`  FAIL  ${line}`);
};
const ok = (line) => console.log(`  ok    ${line}`);
const started = Date.now();

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}
const firstLines = (output, lines = 3) => output.split('\n').filter(Boolean).slice(0, lines).join(' | ');

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('check-package: dist/ is not built: run "npm run build" first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'klar-package-'));
try {
  // 1. What the tarball holds.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  if (!packed.ok) throw new Error(`npm pack failed: ${firstLines(packed.output)}`);
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
  const tarball = join(work, info.filename);
  const files = new Set(info.files.map((file) => file.path));
  const list = [...files];
  console.log(`tarball: ${info.filename}, ${list.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  const has = (path, why) => (files.has(path) ? ok(`holds ${path}`) : problem(`the tarball lacks ${path}${why ? ` (${why})` : ''}`));
  const hasSome = (test, what) => (list.some(test) ? ok(`holds ${what}`) : problem(`the tarball holds no ${what}`));

  has('LICENSE');
  has('package.json');
  hasSome((path) => path.startsWith('schema/') && path.endsWith('.json'), 'schema/*.json');
  for (const file of ['dist/klar.js', 'dist/index.js', 'dist/node.js', 'dist/types/klar.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts']) has(file);
  for (const tag of readdirSync(join(root, 'src/elements'))) {
    has(`dist/elements/${tag}.js`);
    has(`dist/types/elements/${tag}/define.d.ts`);
  }
  const cmsEntries = existsSync(join(root, 'src/cms')) ? readdirSync(join(root, 'src/cms')).filter((name) => name.endsWith('.ts')) : [];
  for (const name of cmsEntries.map((file) => file.slice(0, -3))) {
    has(`dist/cms/${name}.js`);
    has(`dist/types/cms/${name}.d.ts`);
  }
  for (const file of ['dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json']) has(file, 'editor custom data, written by the build');
  // Every file package.json points at.
  const targets = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : []);
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const target of new Set(targets(value))) {
      const path = target.replace(/^\.\//, '');
      if (path.includes('*')) {
        const [before, after] = path.split('*');
        if (!list.some((file) => file.startsWith(before) && file.endsWith(after))) problem(`exports "${subpath}" → ${target}: no such file in the tarball`);
      } else if (!files.has(path)) problem(`exports "${subpath}" → ${target}: not in the tarball`);
    }
  }
  for (const key of ['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements', 'web-types']) {
    if (pkg[key] && !files.has(pkg[key].replace(/^\.\//, ''))) problem(`package.json "${key}" → ${pkg[key]}: not in the tarball`);
  }
  for (const dir of ['src/', 'tests/', 'stories/', 'examples/', 'scripts/', '.storybook/']) {
    const found = list.filter((path) => path.startsWith(dir));
    if (found.length) problem(`the tarball holds ${dir} (${found.slice(0, 3).join(', ')}${found.length > 3 ? ', …' : ''})`);
  }

  // 2. Installed, every entry imports in Node.
  const app = join(work, 'app');
  rmSync(app, { recursive: true, force: true });
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'klar-package-check', private: true, type: 'module' }));
  const editors = ['tinymce', 'ckeditor5', '@tiptap/core', '@tiptap/pm'].map((name) => `${name}@${pkg.devDependencies[name] ?? pkg.peerDependencies[name]}`);
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...editors], app);
  if (!installed.ok) throw new Error(`the tarball does not install: ${firstLines(installed.output)}`);
  ok(`installs (with the editors: ${editors.join(', ')})`);
  const entries = ['klar-elements', 'klar-elements/react', 'klar-elements/vue', 'klar-elements/klar.js'];
  for (const file of list.filter((path) => /^dist\/elements\/[^/]+\.js$/.test(path) && !path.endsWith('/json.js'))) {
    const tag = file.slice('dist/elements/'.length, -3);
    entries.push(`klar-elements/elements/${tag}.js`, `klar-elements/elements/${tag}`);
  }
  // The editor configurations (modules); their data files (tinymce.json, the Drupal line) are checked as files above.
  for (const subpath of Object.keys(pkg.exports).filter((key) => key.startsWith('./cms/') && !/\.(json|txt)$/.test(key))) entries.push(`klar-elements${subpath.slice(1)}`);
  for (const entry of entries) {
    const imported = run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`], app);
    if (imported.ok) ok(`node imports ${entry}`);
    else problem(`node cannot import ${entry}: ${imported.output.split('\n').find((line) => /^\w*Error\b|Error:/.test(line)) ?? firstLines(imported.output, 2)}`);
  }
  const defined = run(process.execPath, ['--input-type=module', '-e', "const m = await import('klar-elements'); if (typeof globalThis.customElements !== 'undefined' || Object.values(m).some((v) => v !== undefined)) process.exit(1);"], app);
  if (defined.ok) ok('in Node, klar-elements defines nothing and exports placeholders');
  else problem(`in Node, klar-elements defined something or exported a value: ${firstLines(defined.output)}`);

  // 3. A plain TypeScript project, neither React nor Vue installed.
  writeFileSync(
    join(app, 'index.ts'),
    `import { KlarFact, type KlarThemeSelectDetail, type KlarErrorDetail } from 'klar-elements';
import 'klar-elements/elements/klar-fact.js';
import { KlarThemeCircle } from 'klar-elements/elements/klar-theme-circle';
const fact: KlarFact | null = document.querySelector('klar-fact');
const circle: KlarThemeCircle | null = document.querySelector('klar-theme-circle');
circle?.addEventListener('klar-theme-select', (event) => {
  const detail: KlarThemeSelectDetail = event.detail;
  console.log(detail.label, fact?.value);
});
document.addEventListener('klar-error', (event) => console.log((event.detail satisfies KlarErrorDetail).code));
`
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, types: [] }, files: ['index.ts'] })
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  for (const skipLibCheck of ['false', 'true']) {
    for (const moduleResolution of ['bundler', 'nodenext']) {
      const module = moduleResolution === 'nodenext' ? 'nodenext' : 'esnext';
      const checked = run(process.execPath, [tsc, '-p', '.', '--skipLibCheck', skipLibCheck, '--moduleResolution', moduleResolution, '--module', module], app);
      const what = `a plain TypeScript project (no React, no Vue) type-checks, skipLibCheck ${skipLibCheck}, moduleResolution ${moduleResolution}`;
      if (checked.ok) ok(what);
      else problem(`${what}: ${firstLines(checked.output, 3)}`);
    }
  }
} catch (error) {
  problem(error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`package check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (problems.length) {
  console.error(`package check: ${problems.length} failed`);
  process.exit(1);
}
console.log('package check: all ok');
