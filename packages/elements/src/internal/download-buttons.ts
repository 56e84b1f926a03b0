import { html, type TemplateResult } from 'lit';

/**
 * A block's CSV and JSON download buttons (`::part(download-button)`, `data-format`), the same in every block that
 * has them (the tracker, the checklist); `press` gets the format (`downloadOnUse` then makes and hands over the file).
 * @internal
 */
export const renderDownloadButtons = (
  t: { downloadCsv: string; downloadJson: string },
  press: (format: 'csv' | 'json') => void,
): TemplateResult =>
  html`<button type="button" part="download-button" data-format="csv" @click=${() => press('csv')}>
      ${t.downloadCsv}
    </button>
    <button type="button" part="download-button" data-format="json" @click=${() => press('json')}>
      ${t.downloadJson}
    </button>`;
