import { describe, expect, it } from 'vitest';
import { landingPage, type User } from './auth';

const user = (...roles: string[]): User => ({ id: '1', email: 'a@b.c', displayName: 'A', roles });

describe('landingPage', () => {
  it('sends each demo account to its app', () => {
    expect(landingPage(user('shop.admin', 'shop.employee'))).toBe('/shop');
    expect(landingPage(user('shop.products'))).toBe('/shop/admin');
    expect(landingPage(user('live.host'))).toBe('/live');
    expect(landingPage(user('parks.admin'))).toBe('/parks');
    expect(landingPage(user('admin'))).toBe('/admin/users');
    expect(landingPage(user())).toBe('/meals');
  });
});
