import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './utils/sites';

/**
 * The public half of a key pair made once with node:crypto (the private half was never kept: the
 * store signs releases). It fixes the unpacked extension's id at hfcoogpclojpccpdkalckpniinabkhci,
 * so `npm start` and the end-to-end tests can open chrome-extension://<id>/practice.html.
 * Store packages leave it out (`npm run zip` sets POST_COACH_STORE_BUILD): the Chrome Web Store
 * assigns the id itself and refuses uploads whose manifest carries a `key`.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArevVhaqTndJdajSvAjltiNDFlNusQ+cv7S3iWb5IXwnz0PDMO7XqP+rR4eB7dm0mnuSq1dnhRmGiK4rc53xm0WoBOpjNPwfCCKtq4VUR6+na421DF8yUmWW9xIA7bOJ/FeIhPo2oA06nihjDIbkr0eNx5VO4iI78mpzaSVDk8F9v4v4dXMoGglpgUMe3Y9HoM1PHSfRc72/iNANQf9pW5CW6qjsd1FthLr5tb7TK2/1pwodOgeKHuYgHNarT+Qq0U6jS8ppVKI4iAyqs5/RP7ylP+rOZTvmnJ9htAmTMN+r5/pnWUHVSSPbq63FZNB5G3g82qMN0nLR7gVLF9ml9xwIDAQAB';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  // Lets tests and benchmarks build into their own folder while another build runs.
  outDir: process.env.POST_COACH_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  // AMO reviewers rebuild from Firefox's sources zip: it holds what the build needs, not the tests,
  // fixtures, screenshots or docs.
  zip: { excludeSources: ['tests/**', 'docs/**', 'stats.html', '**/*.log'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the active tab's address (and look inside it) when the user
    // opens it, to offer "Coach on this site" on a Mastodon-like page; it shows no install warning.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    // Mastodon-like instances the user adds in the popup or options page (MV2 has no
    // optional_host_permissions: there the origins are optional permissions).
    optional_host_permissions: ['https://*/*'],
    ...(manifestVersion === 2 && { optional_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-hints': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandToggleHints__',
      },
    },
    ...(browser !== 'firefox' && !process.env.POST_COACH_STORE_BUILD && { key: CHROME_PUBLIC_KEY }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'post-coach@post-coach.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
