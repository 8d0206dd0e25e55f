// Test-only routes under /__test/ that play a misbehaving server: errors, HTML, broken JSON,
// slow answers, and a hit counter to prove requests are shared.
import {readFileSync} from 'node:fs';
import * as esbuild from 'esbuild';

const TAIWAN = readFileSync(new URL('../../data/taiwan/action-plan.json', import.meta.url), 'utf8');
const hits = new Map();
/** The Taiwan plan with every title marked STALE: what a response that lost a race must never show. */
const STALE = (() => {
  const plan = JSON.parse(TAIWAN);
  plan.title = {en: 'STALE plan', 'zh-TW': 'STALE 方案'};
  for (const commitment of plan.commitments) commitment.title = {en: `STALE ${commitment.id}`, 'zh-TW': `STALE ${commitment.id}`};
  return JSON.stringify(plan);
})();
let ajvBundle;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Koa middleware for the test runner's dev server. Routes: see the switch below. A `key` query
 * parameter keeps tests' hit counts apart.
 */
export function testServer() {
  return async function ogpTestServer(context, next) {
      if (!context.path.startsWith('/__test/')) return next();
      const url = new URL(context.url, 'http://localhost');
      const route = context.path.slice('/__test/'.length);
      const key = url.searchParams.get('key') ?? '';
      hits.set(`${route}:${key}`, (hits.get(`${route}:${key}`) ?? 0) + 1);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await sleep(Math.min(delay, 30000));
      const reply = (body, type, status = 200) => {
        context.status = status;
        context.type = type;
        context.body = body;
      };
      switch (route) {
        case 'plan.json':
          return reply(TAIWAN, 'application/json');
        case 'status': {
          const status = Number(url.searchParams.get('code') ?? 500);
          return reply(JSON.stringify({error: status}), 'application/json', status);
        }
        case 'invalid.json':
          return reply('{"schemaVersion": 1, "id": "broken", ', 'application/json');
        case 'truncated.json':
          // A connection cut half-way through: status 200, half of the document.
          return reply(TAIWAN.slice(0, Math.floor(TAIWAN.length / 2)), 'application/json');
        case 'stale.json':
          // Pair with ?delay= and a later src change: the slow, stale answer must never win.
          return reply(STALE, 'application/json');
        case 'hang':
          // Never answers: waits until the browser gives up and closes the connection (30 s at most).
          await new Promise((resolve) => {
            context.res.once('close', resolve);
            setTimeout(resolve, 30000);
          });
          return reply('', 'application/json', 204);
        case 'page.html':
          return reply('<!doctype html><html><body><h1>Welcome</h1></body></html>', 'text/html');
        case 'flaky.json':
          // Fails the first time for each key, then works: proves the retry button.
          return hits.get(`${route}:${key}`) === 1
            ? reply('{"error": "busy"}', 'application/json', 503)
            : reply(TAIWAN, 'application/json');
        case 'text.json':
          // Some static hosts serve JSON as text/plain: that must still work.
          return reply(TAIWAN, 'text/plain');
        case 'hits':
          return reply(String(hits.get(url.searchParams.get('of') ?? '') ?? 0), 'text/plain');
        case 'ajv.js':
          ajvBundle ??= (
            await esbuild.build({
              entryPoints: ['ajv/dist/2020.js'],
              bundle: true,
              format: 'esm',
              write: false,
              logLevel: 'silent',
            })
          ).outputFiles[0].text;
          return reply(ajvBundle, 'application/javascript');
        default:
          return reply('no such test route', 'text/plain', 404);
      }
  };
}
