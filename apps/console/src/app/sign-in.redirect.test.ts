import { describe, expect, it } from 'vitest';
import { matchRoute } from '../router/route-match';
import { CONSOLE_ROUTES } from './routes';
import { signInRedirect } from './sign-in.redirect';

const at = (address: string) => {
  const url = new URL(address, 'http://console.test');
  return { route: matchRoute(CONSOLE_ROUTES, url.pathname)?.route, location: { pathname: url.pathname, search: url.search } };
};
const INSPECTOR = ['inspector'];
const OFFICER = ['officer'];
const redirect = (roles: string[] | null, address: string) => {
  const { route, location } = at(address);
  return signInRedirect(roles, route, location);
};

describe('sign-in redirects', () => {
  it('sends a visitor without a session from a protected page to sign-in, remembering the page and its query', () => {
    expect(redirect(null, '/nhiem-vu?trang=2')).toBe('/dang-nhap?quay-lai=%2Fnhiem-vu%3Ftrang%3D2');
    expect(redirect(null, '/')).toBe('/dang-nhap');
  });

  it('shows the sign-in page and unknown addresses to a visitor as they are', () => {
    expect(redirect(null, '/dang-nhap?quay-lai=%2Fphat-hien')).toBeUndefined();
    expect(redirect(null, '/nhiem-vu/a/b/c')).toBeUndefined();
  });

  it('takes a signed-in person from the sign-in page back to the remembered page, never to another site', () => {
    expect(redirect(INSPECTOR, '/dang-nhap?quay-lai=%2Fphat-hien')).toBe('/phat-hien');
    expect(redirect(INSPECTOR, '/dang-nhap?quay-lai=%2F%2Fevil.example')).toBe('/');
    expect(redirect(INSPECTOR, '/dang-nhap')).toBe('/');
    expect(redirect(INSPECTOR, '/tra-cuu-nhat-ky')).toBeUndefined();
  });

  it('lands a person whose roles cannot read the overview on the first page they may open, never on a refusal', () => {
    expect(redirect(OFFICER, '/dang-nhap')).toBe('/nhiem-vu');
    expect(redirect(OFFICER, '/')).toBe('/nhiem-vu');
    expect(redirect(['clerk'], '/')).toBe('/nhiem-vu');
    expect(redirect(OFFICER, '/dang-nhap?quay-lai=%2Fnhiem-vu%3Ftrang%3D2')).toBe('/nhiem-vu?trang=2');
    expect(redirect(['unit_head'], '/')).toBeUndefined();
  });
});
