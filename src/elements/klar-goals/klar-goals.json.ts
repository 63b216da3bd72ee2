import { boxJson } from '../../core/klar-box.json.js';

export default boxJson('klar-goals', 'The "Målsætninger" box: the goals of a policy, as a list.');
