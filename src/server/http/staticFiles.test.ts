import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInWords } from '../auth/auth.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

let server: TestServer;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(path.join(os.tmpdir(), 'kompas-web-'));
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Kompas</title>');
  writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
  server = await startTestServer({ webRoot });
});
afterAll(async () => {
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('serves the page for client routes, with no caching of the entry point', async () => {
    const page = await fetch(`${server.url}/org/123/projects`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Kompas</title>');
  });

  it('serves hashed files as immutable', async () => {
    const file = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 404, not the page, for a file that is not there (a chunk an old page asks for after a deployment)', async () => {
    for (const missing of ['/assets/NoSuchChunk-abc123.js', '/favicon-old.png', '/api/nothing']) {
      const answer = await fetch(`${server.url}${missing}`);
      expect(answer.status, missing).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/json');
    }
  });
});

describe('lists in words', () => {
  it('writes roles as the pages do', () => {
    expect(listInWords([], 'og')).toBe('');
    expect(listInWords(['Leder'], 'og')).toBe('Leder');
    expect(listInWords(['Medarbejder', 'Tillidsrepræsentant (TR)'], 'og')).toBe('Medarbejder og Tillidsrepræsentant (TR)');
    expect(listInWords(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});
