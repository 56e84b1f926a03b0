import type { ResponseStatus } from '@hapur/sdk';

/** Strings of `<hapur-reasoned-response>`. @internal */
export interface ReasonedResponseTranslation {
  readonly title: string;
  readonly statusName: Readonly<Record<ResponseStatus, string>>;
  readonly countsLabel: string;
  readonly total: (n: number, written: string) => string;
  readonly filter: string;
  readonly allResponses: string;
  readonly from: string;
  readonly participantsOf: (where: string) => string;
  readonly participants: string;
  readonly aParticipant: string;
  readonly proposedAt: string;
  readonly response: string;
  readonly reason: string;
  readonly takenInto: string;
  readonly commitment: (n: string) => string;
  readonly milestone: (n: string) => string;
  readonly answeredBy: (who: string, date: string) => string;
  readonly download: string;
  readonly downloadCsv: string;
  readonly downloadJson: string;
  readonly csvColumns: readonly [string, string, string, string, string, string, string, string, string];
  readonly empty: string;
  readonly noneWithResponse: string;
  readonly shown: (shown: string, total: string) => string;
}
