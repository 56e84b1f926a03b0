import type { DeliveryStatus } from '@hapur/sdk';

/** Milestone (delivery) status names, shared by `<hapur-commitment-tracker>` and `<hapur-progress-report>` only. */
const milestoneStatusNames: Readonly<Record<DeliveryStatus, string>> = {
  planned: 'Planiran',
  on_track: 'Po planu',
  at_risk: 'Ugrožen',
  delayed: 'Kasni',
  completed: 'Završen',
  cancelled: 'Otkazan',
  withdrawn: 'Povučen',
};

export default milestoneStatusNames;
