import fs from 'node:fs';
import { SITES } from '../../utils/sites.ts';
import { launchChromium } from './lib/chromium.mjs';
import { makeCertificate, startFixtureServer } from './lib/fixture-server.mjs';
import { hintState, typeDraft, sleep } from './lib/page-tools.mjs';
const work = fs.mkdtempSync('/tmp/dbg-');
const server = await startFixtureServer({ root: 'tests/fixtures/sites', sites: SITES, tls: makeCertificate(work, ['www.reddit.com']) });
const driver = await launchChromium({ extensionDir: process.argv[2], proxyPort: server.proxyPort, profileDir: work + '/p' });
const sp = await driver.openSitePage(server.urlFor('reddit', 'tests/fixtures/sites/reddit/new-submit-post.html'));
for (const sel of ['textarea[name="title"]', '[data-lexical-editor]']) {
  const h = await sp.page.$(sel);
  await typeDraft(sp.page, { handle: h }, 'We are proud to announce our new bakery app, launching today.');
  await sleep(1500);
  console.log(sel, JSON.stringify(await hintState(sp.page)).slice(0, 300));
}
console.log(sp.consoleProblems);
await driver.close(); await server.close();
