/**
 * The guidance engine's public entry: `analyze` a draft, fingerprint drafts for the cross-site
 * duplicate check, and the contract types. Importable from Node, the content script and the popup.
 */
export { analyze } from './engine';
export { draftHash } from './draft-hash';
export * from './types';
