import { expect } from '@open-wc/testing';
import { restoreStaffPage } from '../test/staff.js';
import { StaffSession, staffNoticeFor, staffSessionFor } from './staff-session.js';

const problem = (status: number, code: string) => ({
  name: status === 401 ? 'UnauthorizedError' : 'HttpError',
  status,
  code,
});

describe('staff session (the staff blocks’ shared sign-in)', () => {
  restoreStaffPage();

  it('reads why a token was refused from the problem code: expired, revoked, or not accepted', () => {
    expect(staffNoticeFor(problem(401, 'token_expired'))).to.equal('expired');
    expect(staffNoticeFor(problem(401, 'token_revoked'))).to.equal('revoked');
    expect(staffNoticeFor(problem(401, 'unauthorized'))).to.equal('unauthorized');
    expect(staffNoticeFor(problem(403, 'forbidden'))).to.equal(undefined);
    expect(staffNoticeFor(new TypeError('Failed to fetch'))).to.equal(undefined);
  });

  it('is one session per API base URL, so every staff block on the page shares one sign-in', () => {
    expect(staffSessionFor('/s1/api/v1')).to.equal(staffSessionFor(`${location.origin}/s1/api/v1/`));
    expect(staffSessionFor('/s1/api/v1')).to.not.equal(staffSessionFor('/s2/api/v1'));
  });

  it('keeps the token in memory unless asked; "remember" uses this tab’s sessionStorage, never localStorage', () => {
    const key = `${location.origin}/s3/api/v1/`;
    const session = new StaffSession(key);
    session.signIn('  secret-1  ', false);
    expect(session.token).to.equal('secret-1');
    expect(sessionStorage.length).to.equal(0);
    session.signIn('secret-2', true);
    expect(session.remembered).to.equal(true);
    expect(new StaffSession(key).token, 'a reload in the same tab').to.equal('secret-2');
    expect(JSON.stringify({ ...localStorage })).to.not.contain('secret');
    session.signOut();
    expect(session.token).to.equal(undefined);
    expect(session.notice).to.equal('signed-out');
    expect(new StaffSession(key).token).to.equal(undefined);
  });

  it('signs out with the reason when a call is refused, and tells its listeners', () => {
    const session = new StaffSession('/s4/');
    let calls = 0;
    const stop = session.subscribe(() => (calls += 1));
    session.signIn('secret', true);
    expect(session.refuse(problem(500, 'boom'))).to.equal(false);
    expect(session.token).to.equal('secret');
    expect(session.refuse(problem(401, 'token_revoked'))).to.equal(true);
    expect(session.token).to.equal(undefined);
    expect(session.notice).to.equal('revoked');
    expect(calls).to.equal(2);
    stop();
    session.signIn('again', false);
    expect(calls).to.equal(2);
    expect(session.notice).to.equal(undefined);
  });
});
