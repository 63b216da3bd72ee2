import { boxJson } from '../../core/klar-box.json.js';

export default boxJson(
  'klar-success-criteria',
  'The "Vi kan se, at vi lykkes, når:" box: the signs that a strategy works, as a list.'
);
