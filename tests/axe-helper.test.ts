import { expect } from 'chai';
import { html } from 'lit';
import { expectNoAxeViolations } from './helpers/axe.js';
import { fixture } from './helpers/fixtures.js';

// The matrix is only worth something if the helper can fail: these pin the rule set.
describe('the shared axe helper', () => {
  it('fails on text that meets AA but not AAA contrast (7:1)', async () => {
    // #767676 on white is 4.54:1: enough for AA, too little for color-contrast-enhanced.
    await fixture(html`<p style="color: #767676; background: #fff">Høringsfrist 1. marts</p>`);
    const error = await expectNoAxeViolations('low contrast').catch((caught: Error) => caught);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.contain('color-contrast-enhanced');
  });

  it('fails on a best-practice problem (a skipped heading level)', async () => {
    await fixture(html`<h4>Målsætninger</h4>`);
    const error = await expectNoAxeViolations('heading order').catch((caught: Error) => caught);
    expect((error as Error).message).to.contain('heading-order');
  });

  it('passes a clean page', async () => {
    await fixture(html`<h2>Et værdigt liv</h2><p>Værdighed handler om at blive set.</p>`);
    await expectNoAxeViolations('clean page');
  });
});
