import { expect } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { EMPTY_VALUES, type FeedbackFormValues } from './feedback-form.types.js';
import enShared from '../../translations/feedback/en.js';
import sqShared from '../../translations/feedback/sq.js';
import srLatnShared from '../../translations/feedback/sr-latn.js';
import enOwn from './translations/en.js';
import sqOwn from './translations/sq.js';
import srLatnOwn from './translations/sr-latn.js';
import { loadValidationMessages } from '@hapur/sdk';
import {
  buildInput,
  orderedErrors,
  serverFieldErrors,
  topicsFromAttribute,
  validateValues,
  type InputContext,
} from './validation.js';

// The form's strings: the feedback blocks' shared ones and the form's own.
const en = { ...enShared, ...enOwn };
const sq = { ...sqShared, ...sqOwn };
const srLatn = { ...srLatnShared, ...srLatnOwn };

failOnConsole();

// The SDK's validation messages, each language from its own chunk as the form loads it.
const messages = {
  en: await loadValidationMessages('en'),
  sq: await loadValidationMessages('sq'),
  'sr-Latn': await loadValidationMessages('sr-Latn'),
};

const context = (
  language: InputContext['language'] = 'en',
  preset: InputContext['preset'] = undefined,
): InputContext => ({ preset, language });
const values = (over: Partial<FeedbackFormValues>): FeedbackFormValues => ({ ...EMPTY_VALUES, ...over });
const valid = values({
  kind: 'issue_report',
  subject: 'Street lighting',
  message: 'The lamp on Rruga B has been dark for a week.',
});

describe('feedback form validation', () => {
  it('accepts a complete anonymous message and sends no contact or consent', () => {
    const { input, errors } = validateValues(
      { ...valid, name: 'Left over', email: 'old@example.org' },
      context(),
      messages.en,
      en.contactNeeded,
    );
    expect(errors).to.deep.equal({});
    expect(input).to.deep.equal({
      type: 'issue_report',
      subject: { topic: 'Street lighting' },
      message: valid.message,
      language: 'en',
    });
  });

  it('reports every empty required field in the order the form shows them, in the reader language', () => {
    const { errors } = validateValues(EMPTY_VALUES, context('sq'), messages.sq, sq.contactNeeded);
    expect(orderedErrors(errors).map(([field]) => field)).to.deep.equal(['kind', 'subject', 'message']);
    expect(errors.message).to.equal('Shkruani mesazhin tuaj.');
    expect(errors.subject).to.equal('Tregoni se për çfarë bëhet fjalë.');
    expect(errors.kind).to.equal('Zgjidhni llojin e mesazhit.');
  });

  it('says how long the message must be when it is too short (Serbian)', () => {
    const { errors } = validateValues(
      { ...valid, message: 'Kratko' },
      context('sr-Latn'),
      messages['sr-Latn'],
      srLatn.contactNeeded,
    );
    expect(errors.message).to.equal('Poruka je prekratka: napišite najmanje 10 znakova.');
  });

  it('asks for an email or a phone and for consent when the citizen wants to be contacted', () => {
    const { errors } = validateValues(
      { ...valid, wantsContact: true, name: 'Arta' },
      context(),
      messages.en,
      en.contactNeeded,
    );
    expect(errors.email).to.equal(en.contactNeeded);
    expect(errors.consent).to.match(/consent/);
  });

  it('checks the email format with the SDK message and maps contact.email to the email field', () => {
    const { errors } = validateValues(
      { ...valid, wantsContact: true, email: 'arta@', consent: true },
      context(),
      messages.en,
      en.contactNeeded,
    );
    expect(errors).to.deep.equal({ email: 'Enter an email address like name@example.com.' });
  });

  it('sends contact details only with consent, trimmed, leaving out empty ones', () => {
    const input = buildInput(
      { ...valid, wantsContact: true, email: ' arta@example.org ', phone: '', consent: true },
      context(),
    );
    expect(input.contact).to.deep.equal({ email: 'arta@example.org' });
    expect(input.consent).to.equal(true);
  });

  it('uses a preset subject instead of the typed one', () => {
    const commitment = buildInput(valid, context('en', { planId: 'al-2020-2022', commitmentNumber: '3' }));
    expect(commitment.subject).to.deep.equal({ planId: 'al-2020-2022', commitmentNumber: '3' });
    const service = buildInput({ ...valid, subject: '' }, context('en', { serviceId: 'prishtina-birth-certificate' }));
    expect(service.subject).to.deep.equal({ serviceId: 'prishtina-birth-certificate' });
    expect(
      validateValues(
        { ...valid, subject: '' },
        context('en', { serviceId: 'prishtina-birth-certificate' }),
        messages.en,
        '',
      ).errors,
    ).to.deep.equal({});
  });

  it('passes the honeypot value through so the server can drop the message quietly', () => {
    expect(buildInput({ ...valid, website: 'http://spam.example' }, context()).website).to.equal('http://spam.example');
    expect(buildInput(valid, context())).to.not.have.property('website');
  });

  it('turns a server 422 into field messages in the reader language, never the server English', () => {
    const error = {
      name: 'InputValidationError',
      issues: [
        { path: 'contact.email', code: 'email', message: 'Invalid email' },
        { path: 'message', code: 'weird', message: 'x' },
      ],
    };
    expect(serverFieldErrors(error, messages.sq)).to.deep.equal({
      email: 'Shkruani një adresë emaili si emri@shembull.com.',
      message: 'Kjo vlerë nuk është e vlefshme.',
    });
    expect(serverFieldErrors({ name: 'NetworkError' }, messages.en)).to.equal(undefined);
  });

  it('reads host topics from a JSON array or a |-separated list', () => {
    expect(topicsFromAttribute('Roads, bridges | Water |  ')).to.deep.equal(['Roads, bridges', 'Water']);
    expect(topicsFromAttribute('["Waste", "Parks"]')).to.deep.equal(['Waste', 'Parks']);
    expect(topicsFromAttribute(null)).to.deep.equal([]);
  });
});
