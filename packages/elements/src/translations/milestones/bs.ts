import type { DeliveryStatus } from '@hapur/sdk';

/** Milestone (delivery) status names, shared by `<hapur-commitment-tracker>` and `<hapur-progress-report>` only. */
const milestoneStatusNames: Readonly<Record<DeliveryStatus, string>> = {
  planned: 'Planirano',
  on_track: 'Prema planu',
  at_risk: 'Ugroženo',
  delayed: 'Kasni',
  completed: 'Završeno',
  cancelled: 'Otkazano',
  withdrawn: 'Povučeno',
};

export default milestoneStatusNames;
