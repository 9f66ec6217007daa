import { isNegated, sentenceAround } from '../text/context.ts';
import { addressesMatching, matchesIn, oncePerPlace } from '../text/matching.ts';
import { readableText } from '../text/spans.ts';
import { defineRule } from './define.ts';

/** Donation, crowdfunding and payment pages, with or without https://. */
const paymentAddress =
  /(?<![\w.@-])(?:https?:\/\/)?(?:[\w-]+\.)*(?:gofundme\.com|gofund\.me|justgiving\.com|paypal\.me|paypal\.com\/(?:donate|paypalme|pools|fundraiser|[a-z]{2}\/fundraiser|cgi-bin\/webscr)|patreon\.com|ko-fi\.com|buymeacoffee\.com|kickstarter\.com|indiegogo\.com|leetchi\.com|venmo\.com|revolut\.me|donorbox\.org|givebutter\.com|opencollective\.com|liberapay\.com|ulule\.com|helloasso\.com|wemakeit\.com|crowdfunder\.co\.uk|cash\.app|(?:donate|buy)\.stripe\.com|lydia-app\.com|twint\.ch)(?![\w.-]*\w)(?:[/?#][^\s)\]>]*)?/gi;

/**
 * Phrases that ask for money, promote a charity or advertise. Ordinary talk about costs is not among
 * them: "CHF 20, dinner at own cost", "free of charge" and "fee-free events" tell members what an
 * event costs, which is information, not a request for funds.
 */
const solicitations: { pattern: RegExp; what: string }[] = [
  { what: 'a request for donations', pattern: /\b(?<!(?:blood|organ|stem[\s-]cell)\s)donat(?:e|es|ing|ions?)\b(?!\s+(?:by|from)\b)/gi },
  { what: 'a fundraising appeal', pattern: /\b(?:crowd-?fund(?:ing|er|ed)?|fund-?rais(?:ing|er|ers|e)|rais(?:e|es|ing)\s+(?:funds|money)|fund\s+drive|chip\s+in)\b/gi },
  {
    what: 'a request for money',
    pattern:
      /\b(?:support\s+(?:us|the\s+group|our\s+group|our\s+work|our\s+(?:activities|events))\s+(?:with|through|by)\s+(?:making\s+)?(?:a\s+)?(?:\w+\s+)?(?:contribution|gift|payment|pledge)s?|(?:financial|monetary|voluntary)\s+contributions?|contribut(?:e|ion)\s+(?:of\s+)?(?:CHF|EUR|USD|GBP|€|\$|£)|(?:membership|annual|joining|subscription)\s+(?:fees?|dues)|IBAN)\b/gi,
  },
  { what: 'the promotion of a charity', pattern: /\b(?:charit(?:y|ies)|in\s+aid\s+of|proceeds\s+(?:will\s+)?go\s+to|good\s+cause)\b/gi },
  {
    what: 'advertising',
    pattern:
      /(?:\b\d{1,2}\s?%\s*(?:off|discount|reduction|rebate)\b|\b(?:discount|promo(?:tion(?:al)?)?|coupon|voucher|referral|affiliate)\s+(?:codes?|links?)\b|\b(?:buy|order|shop)\s+now\b|\b(?:special|exclusive|limited[\s-]time)\s+offers?\b|\buse\s+(?:the\s+)?code\s+[A-Z0-9]{3,}\b|\b(?:discounts?|rebates?)\s+(?:at|from|with)\s+(?:our\s+)?(?:sponsor|partner|shop|store)s?\b|\b(?:visit|check\s+out)\s+(?:our|my)\s+(?:online\s+)?(?:shop|store|boutique)\b|\bfor\s+sale\b|\bbest\s+prices?\b|\bfree\s+trial\b)/gi,
  },
];

export default defineRule({
  id: 'solicitation',
  severity: 'error',
  summary: 'no donation, crowdfunding or charity-promotion links or requests, and no advertising',
  guideline: 'online-conduct#advertising-and-funding-requests',
  rationale:
    'Group pages carry the organization’s name. Asking readers for money, promoting a charity or advertising a business there would look as if the organization endorsed it, and alumni did not join a group to be solicited.',
  examples: {
    valid: [
      { title: 'What an event costs', body: 'Dinner after the talk is CHF 20, at your own cost; the talk itself is free of charge. All our events are fee-free for members.\n' },
      { title: 'Prizes given by a partner, in the past tense', body: 'Prizes for the quiz were donated by the Musée des Confluences.\n' },
      { title: 'A blood donation day is not a funding request', body: 'In March some of us joined the hospital’s blood donation day.\n' },
      { title: 'Contributions to the forum', body: 'Managers read every contribution to the group’s forum.\n' },
      { title: 'Saying that the group asks for no fee', body: 'There is no membership fee.\n' },
    ],
    invalid: [
      { title: 'A crowdfunding link', body: 'Help us rent the hall: [our campaign](https://www.gofundme.com/f/lyon-alumni-hall).\n', reports: [{ at: '[our campaign](https://www.gofundme.com/f/lyon-alumni-hall)', message: 'Remove this link to a donation, crowdfunding or payment page (https://www.gofundme.com/f/lyon-alumni-hall): group pages must not ask readers for money. Talk to the office if the group needs support.' }] },
      { title: 'A PayPal address written out', body: 'Contributions: paypal.me/lyonalumni\n', reports: [{ at: 'paypal.me/lyonalumni', message: 'Remove this link to a donation, crowdfunding or payment page (paypal.me/lyonalumni): group pages must not ask readers for money. Talk to the office if the group needs support.' }] },
      { title: 'A request for donations', body: 'Please donate to cover the cost of the summer picnic.\n', reports: [{ at: 'donate', message: 'Remove "donate" (a request for donations): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Support with a contribution', body: 'Support us with a small contribution every year.\n', reports: [{ at: 'Support us with a small contribution', message: 'Remove "Support us with a small contribution" (a request for money): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Promoting a charity', body: 'This year we are raising funds for our charity partner, Science for All.\n', reports: [{ at: 'raising funds', message: 'Remove "raising funds" (a fundraising appeal): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }, { at: 'charity', message: 'Remove "charity" (the promotion of a charity): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Advertising a sponsor', body: 'Members get a 20% discount at our sponsor’s shop.\n', reports: [{ at: '20% discount', message: 'Remove "20% discount" (advertising): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const { address, range, field } of addressesMatching(group, paymentAddress)) {
      reportOnce(range, `Remove this ${field ? 'channel' : 'link'} to a donation, crowdfunding or payment page (${address}): group pages must not ask readers for money. Talk to the office if the group needs support.`);
    }
    const spans = readableText(group).filter((span) => span.field?.[0] !== 'channels' && span.field?.[0] !== 'disclaimer');
    for (const { what, pattern } of solicitations) {
      for (const { span, match, range } of matchesIn(spans, pattern)) {
        if (isNegated(sentenceAround(span.text, match.index, match.index + match[0].length).before)) continue;
        reportOnce(range, `Remove "${match[0]}" (${what}): group pages must not ask for money, promote charities or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office's agreement.`);
      }
    }
  },
});
