import { boxJson } from '../../core/klar-box.json.js';

export const goalsJson = boxJson('klar-goals', 'The "Målsætninger" box: the goals of a policy, as a list.');
