import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';

const en: FeedbackFormTranslation = {
  formTitle: 'Contact the institution',
  formIntro: 'You do not have to give your name. Your message is sent anonymously unless you choose to be contacted.',
  kindLegend: 'What would you like to send?',
  subjectLabel: 'What is it about?',
  subjectHint: 'For example the name of a service, a street or a topic.',
  subjectChoose: 'Choose a topic',
  subjectAbout: 'About',
  guidingTitle: 'Questions to guide your comment',
  guidingIntro: 'The institution asks for comments on this draft commitment. You may answer any of these questions:',
  messageLabel: 'Your message',
  messageHint: (max) =>
    `At least 10 characters, at most ${max}. Do not include personal information about other people.`,
  locationHint: 'An address or a description of the place, if it matters.',
  contactChoice: 'I want the institution to contact me about this',
  contactChoiceHint: 'Leave this unticked to stay anonymous. You can still follow your message with the tracking code.',
  contactLegend: 'How can we contact you?',
  contactNeeded: 'Enter an email address or a phone number, or untick the contact option',
  consentLabel: 'I agree that the institution may use these contact details to answer me about this message.',
  privacyNotice: 'Your contact details are seen only by the staff who handle your message and are never published.',
  privacyLink: 'Read the full privacy policy',
  honeypotLabel: 'Leave this field empty',
  submit: 'Send',
  submitting: 'Sending…',
  errorSummaryTitle: 'There is a problem',
  queuedTitle: 'Your message is saved and will be sent',
  queuedText:
    'Your message could not be sent just now. It is kept on this device and will be sent automatically as soon as possible. Keep this page open or come back to it later.',
  queuedAnother: 'You can write another message below.',
  queuedDelivered: 'Your saved message has now been sent.',
  successTitle: 'Your message has been sent',
  successText: 'Keep the tracking code: it is the only way to follow your message, because we do not ask who you are.',
  tokenLabel: 'Tracking code',
  tokenHint: 'Keep this code private: anyone who has it can see the status of your message.',
  copy: (what) => `Copy ${what.toLowerCase()}`,
  copied: 'Copied',
  copyFailed: 'Copying failed. Select the code and copy it yourself.',
  statusLink: 'Follow the status of your message',
  respondBy: (date) => sentence(`The institution must answer by ${date}`),
  sendAnother: 'Send another message',
  submitError: 'Your message could not be sent. Check the form and try again.',
  draftRestored: 'We restored the text you typed earlier.',
};

export default en;
