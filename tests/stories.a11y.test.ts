/**
 * The story matrix: every story in stories/ × every locale × standard/easy-read × 1280/320 px
 * × normal/forced colours, each checked with axe (tests/helpers/axe-rules.ts). A new story is
 * tested the moment it exists; nothing here names a story.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { fixture, isFirefox } from './helpers/fixtures.js';
import { loadStories } from './helpers/stories.js';
import { LOCALES } from '../stories/support/page-settings.js';

const stories = await loadStories();
const WIDTHS = [1280, 320];
const MODES = [
  { name: 'standard', easyRead: false },
  { name: 'easy-read', easyRead: true },
];
// Chromium emulates forced colours per run. Firefox cannot over BiDi: a second Firefox, started
// in forced-colours mode by its own setting (see the test-runner config), runs that half.
type Colours = 'normal colours' | 'forced colours';
const startedForced = matchMedia('(forced-colors: active)').matches;
const COLOURS: Colours[] = startedForced
  ? ['forced colours']
  : isFirefox
    ? ['normal colours']
    : ['normal colours', 'forced colours'];

// Error stories report to the web team on purpose; those reports are tested in the element tests.
// Keep them out of this output, and let anything else through.
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Klar: ')) return;
    original(...args);
  };
}

const browser = (isFirefox ? 'Firefox' : 'Chromium') + (startedForced ? ' (forced colours by setting)' : '');
let runs = 0;

describe('story matrix', () => {
  after(() => {
    const combos = stories.reduce((sum, story) => sum + (story.locales ?? LOCALES).length, 0);
    const colours = COLOURS.length;
    const planned = combos * MODES.length * WIDTHS.length * colours;
    console.log(
      `Story matrix in ${browser}: ${runs} of ${planned} runs without axe violations; ${stories.length} stories ` +
        `(${combos} story × locale pairs over ${LOCALES.length} locales) × ${MODES.length} modes × ` +
        `${WIDTHS.length} widths × ${colours} colour mode${colours === 1 ? '' : 's'} (${COLOURS.join(', ')})`
    );
  });

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      before(() => setViewport({ width, height: 900 }));

      for (const colours of COLOURS) {
        describe(colours, () => {
          before(async () => {
            if (colours === 'normal colours' || startedForced) return;
            await executeServerCommand('klar-forced-colors', { active: true });
            if (!matchMedia('(forced-colors: active)').matches) throw new Error('forced colours were not applied');
          });
          after(async () => {
            if (colours === 'forced colours' && !startedForced) await executeServerCommand('klar-forced-colors', { active: false });
          });

          for (const story of stories) {
            for (const locale of story.locales ?? LOCALES) {
              for (const mode of MODES) {
                const label = `${story.title} › ${story.name} · ${locale} · ${mode.name} · ${width} px · ${colours}`;
                it(label, async () => {
                  await fixture(story.template(), { locale, easyRead: mode.easyRead });
                  await expectNoAxeViolations(label);
                  runs += 1;
                });
              }
            }
          }
        });
      }
    });
  }
});
