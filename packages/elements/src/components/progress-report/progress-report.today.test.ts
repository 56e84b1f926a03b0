// The reporting date the form fills in is today on the reader's clock: after their midnight east of UTC it is the new
// day, not UTC's yesterday (which the date field's `max` would also have made the latest day they could pick).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Milestone } from '@hapur/sdk';
import { draftFrom, today } from './progress-report.model.js';

const zone = (name?: string) => executeServerCommand('hapur-time-zone', { zone: name });

describe('<hapur-progress-report> today', () => {
  afterEach(() => zone());

  it("fills in the reader's local date: 00:30 in Prishtina (23:30 UTC) is the next day there", async () => {
    await zone('Europe/Belgrade');
    const now = new Date('2026-03-05T23:30:00Z');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Belgrade');
    expect(today(now)).to.equal('2026-03-06');
    const milestone = { status: 'planned' } as Milestone;
    expect(draftFrom(milestone, 'sq', now).date).to.equal('2026-03-06');
    // West of UTC the local day is still the day before UTC's.
    await zone('America/New_York');
    expect(today(new Date('2026-03-06T03:00:00Z'))).to.equal('2026-03-05');
  });
});
