import { HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { problem } from '../http/problem-details.filter';
import type { SignInRefusedError } from './session.errors';

/** The refusal as the API's RFC 7807 answer. */
export function refusalException(error: SignInRefusedError): HttpException {
  switch (error.status) {
    case 400:
      return new HttpException(problem('bad-request', 'Bad request', 400, error.detail), 400);
    case 403:
      return new HttpException(problem('forbidden', 'Forbidden', 403, error.detail), 403);
    case 404:
      return new HttpException(problem('not-found', 'Not found', 404, error.detail), 404);
    case 503:
      return new HttpException(problem('service-unavailable', 'Service unavailable', 503, error.detail), 503);
  }
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/** For a browser arriving from the identity provider: a short Vietnamese page with the reason and a way back. */
export function sendRefusalPage(response: Response, error: SignInRefusedError): void {
  const page = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>Không đăng nhập được</title></head>',
    '<body><main>',
    '<h1>Không đăng nhập được</h1>',
    `<p>${escapeHtml(error.detail)}</p>`,
    '<p><a href="/">Quay lại trang đăng nhập</a></p>',
    '</main></body></html>',
  ].join('\n');
  response.status(error.status).type('text/html; charset=utf-8').send(page);
}
