import type { ParticipationStatsTranslation } from './stats-translation.js';

const srLatn: ParticipationStatsTranslation = {
  demonstrationNote:
    'Demonstracioni podaci: ovi brojevi obuhvataju podneske napisane da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
};

export default srLatn;
