import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './utils/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  // Lets tests and benchmarks build into their own folder while another build runs.
  outDir: process.env.POST_COACH_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: SUPPORTED_HOST_PATTERNS,
    // Mastodon-like instances the user adds in the popup or options page.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-hints': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandToggleHints__',
      },
    },
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
