import fs from 'node:fs';
import { SITES } from '../../utils/sites.ts';
import { launchFirefox } from './lib/firefox.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { makeCertificate, startFixtureServer } from './lib/fixture-server.mjs';
import { bundleComposerProbe } from './lib/composer-probe.mjs';
import { findComposer, typeDraft, waitForHint } from './lib/page-tools.mjs';
import { checklist } from './lib/popup-tools.mjs';
import { openFixture } from './scenarios/drafts.mjs';
const work = fs.mkdtempSync('/tmp/trace-');
const probe = await bundleComposerProbe(process.cwd(), work);
const server = await startFixtureServer({ root: 'tests/fixtures/sites', sites: SITES, tls: makeCertificate(work, SITES.x.hosts) });
const launch = process.argv[3] === 'chromium' ? launchChromium : launchFirefox;
const driver = await launch({ extensionDir: process.argv[2], proxyPort: server.proxyPort, profileDir: work + '/p' });
const env = { driver, server, openPages: [] };
let t = Date.now();
const lap = (name) => { console.log(name, Date.now() - t); t = Date.now(); };
for (const name of ['home-new-post', 'mobile-compose-textarea']) {
  t = Date.now();
  const sp = await openFixture(env, {}, 'x', { file: `tests/fixtures/sites/x/${name}.html` }); lap('open+ready');
  const c = await findComposer(sp.page, { probe, site: 'x', kind: 'post' }); lap('find');
  await typeDraft(sp.page, c, 'We are proud to announce our new bakery app, launching today.'); lap('type');
  const r = await waitForHint(sp.page, { shows: 'broadcast-only' }, 2000); lap('hint ' + r.ms);
  await sp.page.screenshot({ path: work + '/s.png' }); lap('screenshot');
  const popup = await driver.openPopup(sp); lap('openPopup');
  await checklist(popup); lap('checklist');
  await driver.closePopup(popup); lap('closePopup');
}
await driver.close(); await server.close();
