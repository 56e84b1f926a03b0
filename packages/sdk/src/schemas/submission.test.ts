import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  FEEDBACK_STATUSES,
  FeedbackInputSchema,
  FeedbackReceiptSchema,
  FeedbackStatusSchema,
  PublishResultSchema,
  StatusChangeResultSchema,
} from './submission.js';
import { PublishedCommentSchema } from './comment.js';
import { StatusChangeInputSchema, SubmissionSeedSchema, fmsStatus, open311Status } from './submission-staff.js';
import { ParticipationStatsSchema } from './participation.js';
import { sq } from './fixtures.test-helpers.js';

const base = {
  type: 'issue_report',
  subject: { serviceId: 'prishtina-birth-certificate' },
  message: 'Sporteli ishte i mbyllur në orarin e punës.',
  language: 'sq',
};

function fails(input: unknown) {
  const r = FeedbackInputSchema.safeParse(input);
  assert.equal(r.success, false, JSON.stringify(input).slice(0, 120));
  return r.error?.issues ?? [];
}

describe('FeedbackInput (what a citizen sends)', () => {
  it('accepts each subject form: a service, a plan commitment, a topic', () => {
    assert.ok(FeedbackInputSchema.safeParse(base).success);
    assert.ok(
      FeedbackInputSchema.safeParse({
        ...base,
        type: 'proposal',
        subject: { planId: 'xk-2026-2028', commitmentNumber: '3' },
      }).success,
    );
    assert.ok(
      FeedbackInputSchema.safeParse({
        ...base,
        subject: { topic: 'Ndriçimi publik' },
        location: 'Rruga B, pranë shkollës',
      }).success,
    );
  });
  it('needs exactly one subject, and a commitment needs both plan and number', () => {
    assert.deepEqual(fails({ ...base, subject: {} })[0]?.path, ['subject']);
    assert.deepEqual(fails({ ...base, subject: { serviceId: 'a', topic: 'Tema' } })[0]?.path, ['subject']);
    assert.deepEqual(fails({ ...base, subject: { planId: 'xk-2026-2028' } })[0]?.path, ['subject', 'commitmentNumber']);
  });
  it('refuses contact details without consent, and accepts them with it', () => {
    const contact = { name: 'Arta', email: 'arta@example.org' };
    assert.deepEqual(fails({ ...base, contact })[0]?.path, ['consent']);
    assert.deepEqual(fails({ ...base, contact, consent: false })[0]?.path, ['consent']);
    assert.ok(FeedbackInputSchema.safeParse({ ...base, contact, consent: true }).success);
    assert.ok(FeedbackInputSchema.safeParse({ ...base, contact: {} }).success);
  });
  it('refuses what a citizen never sends (id, status, reference), naming the field', () => {
    const issue = fails({ ...base, id: 'x', status: 'resolved', reference: 'HP-2026-000001' }).find(
      (i) => i.code === 'unrecognized_keys',
    );
    assert.deepEqual(issue && 'keys' in issue ? issue.keys : [], ['id', 'status', 'reference']);
    assert.equal(fails({ ...base, subject: { serviceId: 'a', extra: 1 } })[0]?.code, 'unrecognized_keys');
  });
  it('limits sizes: message 10–5000 characters, location ≤ 200, a huge string is refused', () => {
    fails({ ...base, message: 'too short' });
    fails({ ...base, message: 'x'.repeat(5001) });
    fails({ ...base, location: 'x'.repeat(201) });
    fails({ ...base, message: 'x'.repeat(1_000_000) });
    assert.ok(FeedbackInputSchema.safeParse({ ...base, message: 'x'.repeat(5000) }).success);
  });
  it('refuses bare "sr" and a bad email, keeps script text as data', () => {
    fails({ ...base, language: 'sr' });
    fails({ ...base, consent: true, contact: { email: 'arta@' } });
    const xss = '<img src=x onerror="alert(1)"> ju lutem rregulloni';
    assert.equal(FeedbackInputSchema.parse({ ...base, message: xss }).message, xss);
  });
  it('lets the honeypot through to the server, which decides', () => {
    assert.equal(FeedbackInputSchema.parse({ ...base, website: 'http://spam' }).website, 'http://spam');
  });
});

describe('feedback outputs', () => {
  const receipt = {
    reference: 'HP-2026-000123',
    statusToken: 'a'.repeat(32),
    status: 'received',
    submittedAt: '2026-03-01T09:00:00Z',
    respondBy: '2026-03-16T09:00:00Z',
  };
  it('receipt, status with history and an official response', () => {
    assert.ok(FeedbackReceiptSchema.safeParse(receipt).success);
    assert.equal(FeedbackReceiptSchema.safeParse({ ...receipt, statusToken: 'short' }).success, false);
    const status = {
      reference: receipt.reference,
      type: 'request',
      status: 'answered',
      submittedAt: receipt.submittedAt,
      history: [
        { status: 'received', at: receipt.submittedAt },
        { status: 'answered', at: '2026-03-05T12:00:00Z', note: sq('U përgjigj') },
      ],
      response: {
        body: sq('Sporteli hapet në 8:00.'),
        decision: 'information_provided',
        respondedAt: '2026-03-05T12:00:00Z',
      },
    };
    assert.ok(FeedbackStatusSchema.safeParse(status).success);
  });
  it('a published comment has no personal data field', () => {
    const c = {
      reference: 'HP-2026-000123',
      type: 'feedback',
      subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
      message: 'Mirë',
      language: 'sq',
      submittedAt: '2026-03-01T09:00:00Z',
      publishedAt: '2026-03-02T09:00:00Z',
      status: 'received',
      contact: { email: 'x@y.org' },
    };
    const parsed = PublishedCommentSchema.parse(c);
    assert.equal('contact' in parsed, false);
  });
  it('staff status change is strict; demonstration seeds carry no contact', () => {
    assert.ok(StatusChangeInputSchema.safeParse({ status: 'in_review', note: sq('Në shqyrtim') }).success);
    assert.equal(StatusChangeInputSchema.safeParse({ status: 'in_review', internalNote: 'x' }).success, false);
    const seed = {
      reference: 'HP-2026-000001',
      type: 'request',
      subject: { topic: 'Ujësjellësi' },
      institutionId: 'xk-prishtina',
      message: 'Kërkoj informata për orarin.',
      language: 'sq',
      submittedAt: '2026-02-01T08:00:00Z',
      status: 'received',
      history: [],
    };
    assert.ok(SubmissionSeedSchema.safeParse(seed).success);
    assert.equal(SubmissionSeedSchema.safeParse({ ...seed, contact: { email: 'a@b.org' } }).success, false);
  });
  it('staff acknowledgements: a status change names a known status; publishing can only say true', () => {
    const ack = { reference: 'HP-2026-000123', status: 'in_review', at: '2026-03-02T09:00:00Z' };
    assert.ok(StatusChangeResultSchema.safeParse(ack).success);
    assert.equal(StatusChangeResultSchema.safeParse({ ...ack, status: 'lost' }).success, false);
    assert.equal(StatusChangeResultSchema.safeParse({ ...ack, reference: 'hp-1' }).success, false);
    assert.ok(PublishResultSchema.safeParse({ reference: ack.reference, published: true }).success);
    assert.equal(PublishResultSchema.safeParse({ reference: ack.reference, published: false }).success, false);
  });
  it('maps every status onto Open311 open/closed and FixMyStreet states', () => {
    assert.equal(open311Status('received'), 'open');
    assert.equal(open311Status('forwarded'), 'open');
    assert.equal(open311Status('answered'), 'closed');
    assert.equal(open311Status('withdrawn'), 'closed');
    assert.equal(fmsStatus('not_competent'), 'NOT_COUNCILS_RESPONSIBILITY');
    for (const s of FEEDBACK_STATUSES) assert.match(fmsStatus(s), /^[A-Z_]+$/);
  });
  it('participation stats allow missing types and null shares', () => {
    const s = {
      total: 3,
      byType: { request: 2, proposal: 1 },
      byStatus: { received: 3 },
      answeredWithinDeadlineShare: null,
      medianResponseDays: null,
    };
    assert.ok(ParticipationStatsSchema.safeParse(s).success);
    assert.equal(ParticipationStatsSchema.safeParse({ ...s, answeredWithinDeadlineShare: 1.5 }).success, false);
    assert.equal(ParticipationStatsSchema.safeParse({ ...s, byType: { complaint: 1 } }).success, false);
  });
});
