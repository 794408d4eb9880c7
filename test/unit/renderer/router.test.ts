import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceStatus } from '../../../shared/contract';
import { HOME, isIsmsPage, route, routeFromLink, sameRoute } from '../../../renderer/src/app/router';
import { resetSession, useSession } from '../../../renderer/src/app/session-store';

const ID = '28df2ffd-6284-4a7c-bc50-d85d98e7b69d';
const OTHER = '12a2ba98-086a-4b44-8932-d89dfffb9881';

const unlocked = (path = '/w/acme.custos'): WorkspaceStatus => ({
  state: 'unlocked',
  path,
  name: 'Acme',
  workspaceId: 'w1',
  unlockedWith: 'passphrase',
  recoveryKeyConfirmed: true,
  autoLockMinutes: 15,
  language: 'en',
});

describe('routes from backend links', () => {
  it('opens a control in its framework', () => {
    expect(routeFromLink({ screen: 'controls', params: { framework: 'iso27001', controlId: 'A.8.13' } })).toEqual({
      page: 'controls',
      params: { framework: 'iso27001', controlId: 'A.8.13' },
    });
    expect(routeFromLink({ screen: 'controls', params: { framework: 'soc2', controlId: 'CC6.1' } })).toEqual({ page: 'controls', params: { framework: 'soc2', controlId: 'CC6.1' } });
  });

  it('opens evidence files, risks, objectives and reviews by id', () => {
    expect(routeFromLink({ screen: 'evidence', params: { fileId: ID } })).toEqual({ page: 'evidence', params: { fileId: ID } });
    expect(routeFromLink({ screen: 'risks', params: { id: ID } })).toEqual({ page: 'risks', params: { id: ID } });
    expect(routeFromLink({ screen: 'objectives', params: { id: ID } })).toEqual({ page: 'objectives', params: { id: ID } });
    expect(routeFromLink({ screen: 'reviews', params: { id: ID } })).toEqual({ page: 'reviews', params: { id: ID } });
  });

  it('keeps the corrective action an audit link points at', () => {
    expect(routeFromLink({ screen: 'audits', params: { id: ID, actionId: OTHER } })).toEqual({ page: 'audits', params: { id: ID, actionId: OTHER } });
    // An action without its audit cannot be shown.
    expect(routeFromLink({ screen: 'audits', params: { actionId: OTHER } })).toEqual({ page: 'audits', params: {} });
  });

  it('refuses screens this version does not have, and drops malformed or unknown params', () => {
    expect(routeFromLink({ screen: 'no-such-screen', params: { id: ID } })).toBeNull();
    expect(routeFromLink({ screen: '__proto__', params: {} })).toBeNull();
    expect(routeFromLink({ screen: 'toString', params: {} })).toBeNull();
    expect(routeFromLink({ screen: 'risks', params: { id: 'not-a-uuid' } })).toEqual({ page: 'risks', params: {} });
    expect(routeFromLink({ screen: 'controls', params: { framework: 'nist', controlId: 'A.8.13' } })).toEqual({ page: 'controls', params: {} });
    expect(routeFromLink({ screen: 'controls', params: { framework: 'iso27001', controlId: 'A.9.1' } })).toEqual({ page: 'controls', params: { framework: 'iso27001' } });
    expect(routeFromLink({ screen: 'settings', params: { tab: 'x' } })).toEqual({ page: 'settings', params: {} });
    expect(routeFromLink({ screen: 'dashboard' })).toEqual(HOME);
  });
});

describe('route helpers', () => {
  it('builds routes and compares them by value', () => {
    expect(route('soa')).toEqual({ page: 'soa', params: {} });
    expect(sameRoute(route('risks', { id: ID }), { page: 'risks', params: { id: ID } })).toBe(true);
    expect(sameRoute(route('risks', { id: ID }), route('risks'))).toBe(false);
    expect(sameRoute(route('risks'), route('evidence'))).toBe(false);
  });

  it('groups the ISMS pages under one screen', () => {
    expect(['scope', 'objectives', 'audits', 'reviews'].every((page) => isIsmsPage(page as never))).toBe(true);
    expect(isIsmsPage('risks')).toBe(false);
  });
});

describe('navigation in the session', () => {
  beforeEach(() => resetSession());

  it('starts on the dashboard and navigates by page name or by route', () => {
    expect(useSession.getState().route).toEqual(HOME);
    useSession.getState().navigate('settings');
    expect(useSession.getState().route).toEqual({ page: 'settings', params: {} });
    useSession.getState().navigate({ page: 'controls', params: { framework: 'soc2', controlId: 'CC6.1' } });
    expect(useSession.getState().route).toEqual({ page: 'controls', params: { framework: 'soc2', controlId: 'CC6.1' } });
  });

  it('goes back to the dashboard when another workspace opens or this one closes, not on a status refresh', () => {
    const session = useSession.getState();
    session.setStatus(unlocked());
    session.navigate({ page: 'risks', params: { id: ID } });
    useSession.getState().setStatus(unlocked());
    expect(useSession.getState().route).toEqual({ page: 'risks', params: { id: ID } });
    useSession.getState().setStatus(unlocked('/w/other.custos'));
    expect(useSession.getState().route).toEqual(HOME);
    useSession.getState().navigate('evidence');
    useSession.getState().setStatus({ state: 'closed' });
    expect(useSession.getState().route).toEqual(HOME);
  });
});
