/** Finding catalogues by UI language. A missing or extra key in any language fails typecheck. */
import type { Catalogue } from '../i18n';
import type { Lang } from '../types';
import { de } from './de';
import { en, type MessageKey } from './en';
import { nl } from './nl';
import { ru } from './ru';

export const FINDING_MESSAGES: Readonly<Record<Lang, Catalogue<typeof en>>> = { en, de, nl, ru };

export type { MessageKey };
