import '../src/elements/klar-goals/define.js';
import { describeListBox } from './helpers/list-box.js';
import { spor } from '../stories/content/ideoplaeg.js';

describeListBox({
  tag: 'klar-goals',
  defaultHeading: 'Målsætninger',
  items: spor.sundhedForebyggelse.goals as [string, string],
  authoredHeading: 'Målsætninger for Investering i forebyggelse',
});
