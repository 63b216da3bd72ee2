import '../src/elements/klar-citizen-wishes/define.js';
import { describeListBox } from './helpers/list-box.js';
import { citizenWishes } from '../stories/content/socialstrategi.js';

describeListBox({
  tag: 'klar-citizen-wishes',
  defaultHeading: 'Adspurgt ønsker borgerne:',
  items: citizenWishes.investeringIForebyggelse.items as [string, string],
  authoredHeading: 'Det ønsker borgerne sig af forebyggelsen',
});
