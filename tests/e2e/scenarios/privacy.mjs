/**
 * Privacy, at run time in one browser: nothing the extension does reaches the network, and what it
 * stores holds no draft text.
 */
import { expect } from '../lib/suite.mjs';
import { TYPED_DRAFTS } from './drafts.mjs';

/** A draft counts as leaked when its whole text or any run of this many of its words is stored. */
const LEAK_WORDS = 4;

export async function checkStorage(env) {
  await env.suite.check({ browser: env.driver.name }, 'storage (local, sync, session) holds no draft text', async () => {
    const areas = await env.driver.inExtension(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const dump = {};
      for (const area of ['local', 'sync', 'session']) dump[area] = api.storage[area] ? await api.storage[area].get(null) : {};
      return dump;
    });
    const leaks = [];
    for (const [area, items] of Object.entries(areas)) {
      for (const [key, value] of Object.entries(items)) {
        const stored = JSON.stringify(value).toLowerCase();
        for (const draft of TYPED_DRAFTS) {
          const leaked = draftFragments(draft).find((fragment) => stored.includes(fragment));
          if (leaked) leaks.push(`${area}.${key} contains "${leaked}"`);
        }
      }
    }
    expect(leaks.length === 0, 'no typed draft (nor 4 consecutive words of one) in chrome.storage', leaks.join('; '));
  });
}

function draftFragments(draft) {
  const words = draft.toLowerCase().split(/\s+/);
  return [draft.toLowerCase(), ...words.slice(0, words.length - LEAK_WORDS + 1).map((_, index) => words.slice(index, index + LEAK_WORDS).join(' '))];
}

/**
 * Requests the extension made: Chromium reports them per extension target and per content-script
 * initiator (CDP); in both browsers the proxy and fixture-server logs show any connection to a host
 * that is neither a supported site nor a browser service, and any request for something that is
 * not a fixture file or that carries an extension origin.
 */
export async function checkNetwork(env, logStart) {
  const where = { browser: env.driver.name };
  await env.suite.check(where, 'no request from the service worker, popup, options or content script', async (t) => {
    const requests = env.driver.extensionRequests();
    if (requests === null) t.skip('BiDi does not attribute requests to the background page or content scripts; the proxy/server check below covers them');
    expect(requests.length === 0, 'no network request started by an extension context or a content script', requests.slice(0, 5).map(({ context, url }) => `${context} → ${url}`).join('; '));
  });
  await env.suite.check(where, 'the proxy saw no connection and the fixture server no request the fixtures did not make', async () => {
    const connections = env.server.unknownConnections().filter((entry) => env.server.log.connects.indexOf(entry) >= logStart.connects);
    const requests = env.server.unexpectedRequests().filter((entry) => env.server.log.requests.indexOf(entry) >= logStart.requests);
    const described = [
      ...connections.map(({ host }) => `connection to ${host}`),
      ...requests.map(({ host, path, origin }) => `request https://${host}${path}${origin ? ` from ${origin}` : ''}`),
    ];
    expect(described.length === 0, 'only fixture pages loaded, from the supported sites', described.slice(0, 5).join('; '));
  });
  await env.suite.check(where, 'the extension contexts logged no errors', async () => {
    const errors = env.driver.extensionErrors();
    expect(errors.length === 0, 'no uncaught error or console.error in the worker, popup or options page', errors.slice(0, 5).join(' | '));
  });
}
