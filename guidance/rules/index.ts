/** Every rule, registered explicitly (a meta-test checks each file in this folder is listed). */
import type { Rule } from '../rule';
import { RULE_IDS } from '../types';
import { backYourClaims } from './back-your-claims';
import { broadcastOnly } from './broadcast-only';
import { clearNextStep } from './clear-next-step';
import { companyPolicy } from './company-policy';
import { humanTouch } from './human-touch';
import { keepItPrivate } from './keep-it-private';
import { platformFit } from './platform-fit';
import { replyFast } from './reply-fast';
import { sincereTone } from './sincere-tone';
import { solveDontDeflect } from './solve-dont-deflect';
import { stayCalm } from './stay-calm';
import { valueBeforeAsk } from './value-before-ask';
import { whatsInItForThem } from './whats-in-it-for-them';

const REGISTERED: readonly Rule[] = [
  valueBeforeAsk, broadcastOnly, replyFast, clearNextStep, whatsInItForThem, backYourClaims, sincereTone,
  humanTouch, solveDontDeflect, stayCalm, keepItPrivate, companyPolicy, platformFit,
];

/** The rules in order of importance (`RULE_IDS`). */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => REGISTERED.find((rule) => rule.id === id)!);
