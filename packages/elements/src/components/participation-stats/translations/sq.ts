import type { ParticipationStatsTranslation } from './stats-translation.js';

const sq: ParticipationStatsTranslation = {
  demonstrationNote:
    'Të dhëna demonstruese: këta numra përfshijnë parashtresa të shkruara për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
};

export default sq;
