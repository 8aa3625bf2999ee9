/**
 * The contract between the scenarios and the two browser drivers (chromium.mjs, firefox.mjs).
 * Types only.
 *
 * @typedef {object} SitePage
 * @property {import('puppeteer-core').Page} page
 * @property {string} url the fixture's URL on the real host name
 * @property {string[]} consoleProblems errors (and anything mentioning post-coach or an invalidated
 *   extension context) the page's console received, content-script worlds included
 *
 * @typedef {object} BrowserDriver
 * @property {'chromium' | 'firefox'} name
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionOrigin chrome-extension://<id> or moz-extension://<uuid>
 * @property {(url: string) => Promise<SitePage>} openSitePage
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} inExtension evaluates `fn` where the
 *   extension APIs are (`globalThis.browser ?? globalThis.chrome`)
 * @property {(sitePage: SitePage) => Promise<import('puppeteer-core').Page>} openPopup the popup for the
 *   site page's tab
 * @property {(popup: import('puppeteer-core').Page) => Promise<void>} closePopup
 * @property {() => Promise<void>} reloadExtension `runtime.reload()`, then waits for the new background
 * @property {() => { context: string, url: string }[] | null} extensionRequests network requests
 *   extension contexts and content scripts made; null where the browser cannot attribute them
 * @property {() => string[]} extensionErrors errors logged by extension pages and the worker
 * @property {() => Promise<void>} close
 */
export {};
