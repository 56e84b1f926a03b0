import type { ParticipationStatsTranslation } from './stats-translation.js';

const en: ParticipationStatsTranslation = {
  demonstrationNote:
    'Demonstration data: these numbers include submissions written to show how this block works. No one sent them.',
};

export default en;
