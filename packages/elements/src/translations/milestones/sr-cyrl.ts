// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { DeliveryStatus } from '@hapur/sdk';

/** Milestone (delivery) status names, shared by `<hapur-commitment-tracker>` and `<hapur-progress-report>` only. */
const milestoneStatusNames: Readonly<Record<DeliveryStatus, string>> = {
  planned: 'Планиран',
  on_track: 'По плану',
  at_risk: 'Угрожен',
  delayed: 'Касни',
  completed: 'Завршен',
  cancelled: 'Отказан',
  withdrawn: 'Повучен',
};

export default milestoneStatusNames;
