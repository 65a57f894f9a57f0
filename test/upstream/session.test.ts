import { describe, expect, it } from 'vitest';
import { ServiceAccount } from '../../src/upstream/session.js';
import type { IamAccount, IamClient, IamScope, IamToken } from '../../src/upstream/iam.js';

const ACCOUNT: IamAccount = { domain: 'd', user: 'u', password: 'p', projectName: 'home-name' };

/** IAM as the service account sees it: every project but "locked" lets it in; logins are counted. */
function fakeIam() {
  const logins: IamScope[] = [];
  const iam = {
    login: async (_account: IamAccount, scope: IamScope): Promise<IamToken> => {
      logins.push(scope);
      if ('id' in scope && scope.id === 'locked') throw new Error('no entry');
      const projectId = 'id' in scope ? scope.id : 'home';
      return { token: `token-of-${projectId}`, projectId, projectName: projectId, expiresAt: Date.now() + 24 * 3_600_000 };
    },
  };
  return { iam: iam as unknown as IamClient, logins };
}

/** Every request and subscription of a project shares one session of the service account. */
describe('ServiceAccount sessions', () => {
  it('should hand out one session per project, whatever the number of contexts', async () => {
    const { iam, logins } = fakeIam();
    const account = new ServiceAccount(iam, ACCOUNT);
    await account.start();
    const home = account.session();
    expect(account.session()).toBe(home);
    expect(account.session('home')).toBe(home);
    expect(home.key).toBe('service-account:home');
    const other = account.session('other');
    expect(account.session('other')).toBe(other);
    expect(other).not.toBe(home);
    expect(await other.token()).toBe('token-of-other');
    expect(await home.token()).toBe('token-of-home');
    // One login per project: the start's, and the other project's on first use.
    expect(logins).toHaveLength(2);
    expect(Object.isFrozen(home)).toBe(true);
  });

  it('should not keep the session of a project it cannot enter', async () => {
    const { iam, logins } = fakeIam();
    const account = new ServiceAccount(iam, ACCOUNT);
    await account.start();
    const locked = account.session('locked');
    await expect(locked.token()).rejects.toThrow('no entry');
    const again = account.session('locked');
    expect(again).not.toBe(locked);
    await expect(again.token()).rejects.toThrow('no entry');
    expect(logins.filter((s) => 'id' in s && s.id === 'locked')).toHaveLength(2);
  });
});
