/** Strings only `<hapur-participation-stats>` uses, beside the shared feedback catalogue; a catalogue missing one does not compile. */
export interface ParticipationStatsTranslation {
  /** Shown above the numbers when they count demonstration submissions. */
  readonly demonstrationNote: string;
}
