import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..', 'examples', 'browser');
const HTML_PAGE = join(import.meta.dirname, '..', 'fixtures', 'html', 'json-ld.html');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'app.js'))) throw new Error('run `npm run build:browser` first');
  server = createServer((request, response) => {
    const path = normalize(
      join(root, (request.url ?? '/').split('?')[0] === '/' ? 'index.html' : (request.url ?? '')),
    );
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

describe('browser demo', () => {
  it('shows a fixture page analysed: boilerplate greyed with its reason, quotes, entities, numbers', async () => {
    await page.fill('#page', loadFixture('002').text);
    await page.click('#analyze');
    await page.waitForSelector('#result .block');
    const summary = await page.textContent('#summary');
    expect(summary).toContain('language eng');
    expect(summary).toContain('How China recruits its spies in the U.S.');

    const firstBlock = page.locator('#result .block').first();
    expect(await firstBlock.getAttribute('data-kind')).toBe('boilerplate');
    expect(await firstBlock.getAttribute('title')).toMatch(/^boilerplate: /);
    expect(await firstBlock.textContent()).toBe('魅影直播');

    const quoteTitles = await page
      .locator('#result .quote')
      .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).title));
    expect(quoteTitles.some((t) => t.includes('Jim Lewis'))).toBe(true);
    const people = await page.locator('#result .entity-PERSON').allTextContents();
    expect(people).toContain('Jim Lewis');
    const numbers = await page.locator('#result .number').allTextContents();
    expect(numbers.some((n) => n.includes('30 years'))).toBe(true);
    expect(numbers.some((n) => n.includes('60'))).toBe(false);
  });

  it('analyses a page given as HTML: metadata title and date, decoded text, quotes and names marked', async () => {
    await page.fill('#page', readFileSync(HTML_PAGE, 'utf8'));
    await page.click('#analyze');
    await page.waitForSelector('#result .block.content');
    const summary = await page.textContent('#summary');
    expect(summary).toContain('Harbour plan wins backing from the council');
    expect(summary).toContain('published 2024-03-05');
    const first = await page.locator('#result .block.content').first().textContent();
    expect(first).toBe(
      'The city council voted on Tuesday to back a £20 million plan to rebuild the old harbour, ending a dispute that has divided the town for more than a decade.',
    );
    const quoteTitles = await page
      .locator('#result .quote')
      .evaluateAll((spans) => spans.map((s) => (s as HTMLElement).title));
    expect(quoteTitles.some((t) => t.includes('Jane Smith'))).toBe(true);
    expect(await page.locator('#result .entity-PERSON').allTextContents()).toContain('Jane Smith');
    const dropped = await page.locator('#result .block.boilerplate').allTextContents();
    expect(dropped).toContain('Share on Facebook Share on X');
  });

  it('opens a saved HTML file into the page box, and reads it as text on request', async () => {
    await page.setInputFiles('#file', HTML_PAGE);
    await page.waitForFunction(() =>
      (document.getElementById('page') as HTMLTextAreaElement).value.startsWith('<!DOCTYPE'),
    );
    await page.selectOption('#format', 'text');
    await page.click('#analyze');
    await page.waitForSelector('#result .block');
    const texts = await page.locator('#result .block').allTextContents();
    expect(texts.some((t) => t.includes('<p>'))).toBe(true);
    await page.selectOption('#format', 'auto');
  });

  it('compares two texts and shows the relation and the aligned sentences', async () => {
    await page.fill('#a', loadFixture('001').text);
    await page.fill('#b', loadFixture('002').text);
    await page.click('#compare');
    await page.waitForSelector('#relation');
    expect(await page.textContent('#relation')).toContain('retranslation');
    expect(await page.locator('#comparison tbody tr').count()).toBeGreaterThan(10);
  });
});
