import type { DeliveryStatus } from '@hapur/sdk';

/** Milestone (delivery) status names, shared by `<hapur-commitment-tracker>` and `<hapur-progress-report>` only. */
const milestoneStatusNames: Readonly<Record<DeliveryStatus, string>> = {
  planned: 'Planlandı',
  on_track: 'Planlandığı gibi',
  at_risk: 'Risk altında',
  delayed: 'Gecikti',
  completed: 'Tamamlandı',
  cancelled: 'İptal edildi',
  withdrawn: 'Geri çekildi',
};

export default milestoneStatusNames;
