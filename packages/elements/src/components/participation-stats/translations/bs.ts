import type { ParticipationStatsTranslation } from './stats-translation.js';

const bs: ParticipationStatsTranslation = {
  demonstrationNote:
    'Demonstracioni podaci: ovi brojevi uključuju podneske napisane da pokažu kako ovaj blok radi. Niko ih nije poslao.',
};

export default bs;
