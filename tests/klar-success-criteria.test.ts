import '../src/elements/klar-success-criteria/define.js';
import { describeListBox } from './helpers/list-box.js';
import { successBoxes } from '../stories/content/socialstrategi.js';

describeListBox({
  tag: 'klar-success-criteria',
  defaultHeading: 'Vi kan se, at vi lykkes, når:',
  items: successBoxes.investeringIForebyggelse.items as [string, string],
  authoredHeading: successBoxes.investeringIForebyggelse.heading,
});
