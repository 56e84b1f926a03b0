import '@hapur/elements/participation-stats.js';
import { HapurParticipationStats as ParticipationStatsElement } from '@hapur/elements';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { dataEvents } from './events.js';

/**
 * `<hapur-participation-stats>`: participation statistics (counts by kind and status, share within the deadline,
 * median response time). Props: `institution`, `from`, `to`, `api`, `client`, `stats`, `headingLevel`, `lang`;
 * events: `onHapurLoad`, `onHapurError`.
 */
export const HapurParticipationStats = createComponent({
  react: React,
  tagName: 'hapur-participation-stats',
  elementClass: ParticipationStatsElement,
  events: dataEvents,
  displayName: 'HapurParticipationStats',
});
