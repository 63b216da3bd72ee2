import { defineElement } from '../../core/define.js';
import { KlarPolicy } from './klar-policy.js';
// The elements a policy is made of: loading klar-policy alone (dist/elements/klar-policy.js) brings them.
import '../klar-policy-card/define.js';
import '../klar-vision/define.js';
import '../klar-theme-circle/define.js';
import '../klar-success-criteria/define.js';
import '../klar-citizen-wishes/define.js';
import '../klar-goals/define.js';
import '../klar-fact/define.js';
import '../klar-quote/define.js';
import '../klar-timeline/define.js';

export { KlarPolicy };

defineElement('klar-policy', KlarPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'klar-policy': KlarPolicy;
  }
}
