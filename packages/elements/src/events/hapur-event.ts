/**
 * What every Hapur event shares: it bubbles and leaves the block's shadow root (`composed`), and carries a
 * typed, read-only `detail`. Each event in this folder extends it with its name and whether it can be cancelled.
 */
export abstract class HapurEvent<Detail> extends Event {
  readonly detail: Detail;

  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}
