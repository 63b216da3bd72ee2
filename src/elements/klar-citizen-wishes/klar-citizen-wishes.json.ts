import { boxJson } from '../../core/klar-box.json.js';

export default boxJson('klar-citizen-wishes', 'The "Adspurgt ønsker borgerne:" box: what citizens asked for, as a list.');
