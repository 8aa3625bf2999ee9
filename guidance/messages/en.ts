/**
 * Finding messages and tips in English: the reference catalogue. Every other language must have
 * exactly these keys (checked by the type system). `{name}` placeholders are filled by the engine.
 */
export const en = {
  'value-before-ask.message': 'You ask before you help',
  'value-before-ask.tip':
    'Asking first reads as insincere: people follow companies that are useful to them before they buy. Open with something the reader can use today (a tip, an answer, a number worth knowing) and put “{phrase}” after it. For example: “Quick tip: … — and if you want more, …”.',

  'broadcast-only.message': 'This is an announcement nobody can answer',
  'broadcast-only.tip':
    'A post that only talks about you gets likes at best, not conversation. Give the reader a way in: ask what they think, what they would use it for, or what they want next. For example, end with “What would you like us to add?”',

  'reply-fast.info.message': 'This comment is {age} old; your target is {target}',
  'reply-fast.info.message-approximate': 'This comment is about {age} old; your target is {target}',
  'reply-fast.info.tip':
    'Customers expect an answer within the hour on social media, and a public complaint spreads while it waits. Answer now, even if it is only to say who is on it and when they will hear back.',
  'reply-fast.warn.message': 'This comment is {age} old: say sorry for the wait',
  'reply-fast.warn.message-approximate': 'This comment is about {age} old: say sorry for the wait',
  'reply-fast.warn.tip':
    'A reply a day or more late without a word about the delay reads as indifference. Start by owning it: “Sorry for the slow reply!” Then give the answer or the fix in the same message.',

  'clear-next-step.no-way.message': '“{phrase}”, but how?',
  'clear-next-step.no-way.tip':
    'People do not act when they do not know what to do or where. Add the way to do it right here: a link, the handle, a phone number or the exact steps. For example: “{phrase}: https://…”.',
  'clear-next-step.jargon.message': '“{phrase}” means little to most readers here',
  'clear-next-step.jargon.tip':
    'Jargon like DM, PM or “link in bio” (on a network without a bio link) leaves people guessing. Say it in plain words and add the link or the exact steps, for example “Send us a private message on this page” or the full address.',
  'clear-next-step.too-many-asks.message': '{count} different asks in one post',
  'clear-next-step.too-many-asks.tip':
    'Each extra ask makes every ask weaker: readers do one thing at most. Pick the one that matters most this week, keep it, and move the others to later posts.',

  'whats-in-it-for-them.message': 'Mostly about yourselves: {we}× “we/our”, {you}× “you”',
  'whats-in-it-for-them.tip':
    'Every reader silently asks: what is in it for me, why should I care, why should I believe it? Turn the first sentence around to face the reader: instead of “{first}”, start with what changes for them, e.g. “You can now …”.',

  'back-your-claims.message': '“{phrase}”: says who?',
  'back-your-claims.tip':
    'Big claims without proof read as marketing: social media spreads your message, it does not improve it. Back the claim with something people can check (a number, a named customer, an award or a source) or say what you actually do, e.g. “baked by hand every morning at 5”.',

  'sincere-tone.caps.message': 'Several words in capitals read as shouting',
  'sincere-tone.exclamations.message': 'Stacked exclamation marks read as shouting',
  'sincere-tone.hashtags.message': '{count} hashtags drown the message',
  'sincere-tone.tip':
    'Sincere beats loud: capitals, “!!” and rows of hashtags make a company sound like an advert, and people scroll past. Write it the way you would say it to a customer in the shop; keep one exclamation mark and two or three hashtags at most.',

  'human-touch.link-only.message': 'A link with almost nothing said',
  'human-touch.link-only.tip':
    'Posts that are only a link look automated, and nobody talks to a robot. Add a sentence or two in your own voice: why this is worth a click, what you learned, or a question for the reader.',
  'human-touch.syndication.message': 'This reads like an automatic post',
  'human-touch.syndication.tip':
    '“New blog post: …” is what tools write. Say in one sentence what the reader gets from it and why you wrote it, then add the link.',
  'human-touch.duplicate.message': 'The same text was drafted on {site} this week',
  'human-touch.duplicate.tip':
    'Copying one text to every network shows: each has its own length, tone and audience. Tailor it to this network: shorten it, change the opening, or ask a question that fits the people here.',

  'solve-dont-deflect.message': '“{phrase}” moves the problem, it does not solve it',
  'solve-dont-deflect.tip':
    'Redirecting calms things in public but solves nothing; the airline that answered within minutes and then went silent on e-mail still lost the customer. Show you understood the specific problem and say what happens next and when, e.g. “I have checked your booking; the refund goes out today.” Move to private messages only when you need personal data, and say why.',

  'stay-calm.message': '“{phrase}” sounds defensive in public',
  'stay-calm.tip':
    'Everyone can read this reply, and a defensive tone turns one unhappy customer into a story. Acknowledge first, then explain without blame, e.g. “I understand that was a surprise: the parking fee is on the booking page, and I will make it clearer.”',

  'keep-it-private.email.message': 'An e-mail address in a public post',
  'keep-it-private.phone.message': 'A phone number in a public post',
  'keep-it-private.iban.message': 'A bank account number in a public post',
  'keep-it-private.reference.message': 'A customer reference in a public post',
  'keep-it-private.address.message': 'A street address in a public post',
  'keep-it-private.datum.tip':
    'Personal data in public can be read, copied and searched forever, and it damages trust in your company. Remove it and continue in a private message. If it is your company’s own public contact, add it to the policy on the options page.',
  'keep-it-private.request.message': 'This asks the customer to post personal data in public',
  'keep-it-private.request.tip':
    'Booking codes, names and phone numbers do not belong in a public thread. Ask for them in a private message instead, e.g. “Please send your booking code by private message and we will trace your bag straight away.”',

  'company-policy.forbidden.message': '“{phrase}” is on your company’s list of terms not to use',
  'company-policy.forbidden.tip':
    'Your participation policy rules this term out (for example an unreleased product or a competitor). Remove it or rephrase, and check with the person who owns the policy if you think it should be allowed.',
  'company-policy.disclosure.message': '“{phrase}” is a sponsor: add the disclosure',
  'company-policy.disclosure.tip':
    'Your policy requires a disclosure when a sponsor is mentioned, and readers trust you more when it is clear. Add {disclosure} at the start of the post.',

  'platform-fit.too-long.message': 'Too long for {site}: {over} over the limit of {limit} characters',
  'platform-fit.too-long.tip':
    '{site} will not publish a post over its limit, and the count here follows its rules (links and emoji may count extra). Cut the marked part after the limit or split the post into a thread.',
  'platform-fit.too-many-links.message': '{count} links; {site} allows {limit}',
  'platform-fit.too-many-links.tip': 'Keep the links that matter most and move the rest to a reply or to the page they point to.',
  'platform-fit.fold.message': 'Your first question or ask is hidden behind “see more”',
  'platform-fit.fold.tip':
    'LinkedIn shows only about the first 210 characters or three lines before “…see more”. Move the question or the ask into the first lines so readers see why to open the post.',
} as const;

export type MessageKey = keyof typeof en;
