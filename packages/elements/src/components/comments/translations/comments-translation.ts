/** Strings only `<hapur-comments>` uses, beside the feedback blocks' common words (`feedback-common`); a catalogue missing one does not compile. */
export interface CommentsTranslation {
  /** Shown above the list when any comment on the page is a demonstration submission. */
  readonly demonstrationNote: string;
  /** Marks each demonstration comment. */
  readonly demonstrationLabel: string;
  /** Before the moderator's public reason, in the place of a comment taken off: "Removed by moderation: …". */
  readonly removedByModeration: string;
  commentsEmpty: string;
  commentsNotFound: string;
  /** "12 345 published comments": `written` is `total` as the page writes numbers; `total` picks the plural. */
  commentsCount: (total: number, written?: string) => string;
  pagination: string;
  institutionResponse: string;
  publishedOn: (date: string) => string;
}
