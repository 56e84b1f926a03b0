import type { DeliveryStatus } from '@hapur/sdk';

/** Milestone (delivery) status names, shared by `<hapur-commitment-tracker>` and `<hapur-progress-report>` only. */
const milestoneStatusNames: Readonly<Record<DeliveryStatus, string>> = {
  planned: 'E planifikuar',
  on_track: 'Sipas planit',
  at_risk: 'Në rrezik',
  delayed: 'Me vonesë',
  completed: 'E përfunduar',
  cancelled: 'E anuluar',
  withdrawn: 'E tërhequr',
};

export default milestoneStatusNames;
