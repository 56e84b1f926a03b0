import type { StaffSubmissionQuery } from '@hapur/sdk';
import type { ReactiveControllerHost } from 'lit';
import { downloadFile } from '../../internal/download.js';
import { staffNoticeFor, type StaffNotice } from '../../internal/staff/staff-session.js';
import type { InboxCalls } from './staff-inbox.types.js';

/**
 * The inbox's "Download as CSV" button: the server's CSV of what the filters match (every page), fetched with
 * the inbox's own calls (the staff token in the Authorization header, as every inbox call), handed to the
 * browser under the name the server gives. `busy` while it is fetched (a second press does nothing), `error`
 * when it failed (cleared at the next press, so the alert is announced again); the rest of the screen stays.
 * @internal
 */
export class CsvDownload {
  busy = false;
  /** Why the last press failed (cleared by the next press, or a new sign-in). */
  error: unknown;

  readonly #host: ReactiveControllerHost & Element;

  /** Why the token was refused, when the last press was (401): the inbox shows the sign-in under the alert. */
  get refused(): StaffNotice | undefined {
    return staffNoticeFor(this.error);
  }

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
  }

  async run(calls: InboxCalls | undefined, query: StaffSubmissionQuery, lang: string): Promise<void> {
    if (!calls || this.busy) return;
    this.busy = true;
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const file = await calls.exportCsv({ ...query, lang });
      downloadFile({ ...file, mimeType: 'text/csv' }, this.#host.shadowRoot ?? this.#host);
    } catch (error) {
      this.error = error;
    }
    this.busy = false;
    this.#host.requestUpdate();
  }
}
