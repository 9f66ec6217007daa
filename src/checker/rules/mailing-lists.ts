import type { Organization } from '../../config/organization.ts';
import { isNegated, sentenceAround } from '../text/context.ts';
import { addressesMatching, matchesIn, oncePerPlace } from '../text/matching.ts';
import { readableText } from '../text/spans.ts';
import { defineRule } from './define.ts';

/** Survey and sign-up form services, newsletter tools and mailing-list hosts, with or without https://. */
const collectingAddress =
  /(?<![\w.@-])(?:https?:\/\/)?(?:[\w-]+\.)*(?:docs\.google\.com\/forms|forms\.gle|goo\.gl\/forms|forms\.office\.com|forms\.microsoft\.com|typeform\.com|jotform\.(?:com|me)|surveymonkey\.(?:com|co\.uk|de|fr|net)|tally\.so|(?:forms|survey)\.zohopublic\.(?:com|eu|in)|zoho\.(?:com|eu)\/forms|wufoo\.com|formstack\.com|cognitoforms\.com|qualtrics\.com|surveyhero\.com|framaforms\.org|mailchimp\.com|list-manage\.com|eepurl\.com|mailchi\.mp|substack\.com|sendinblue\.com|brevo\.com|sibforms\.com|convertkit\.com|ck\.page|mailerlite\.com|buttondown\.(?:email|com)|tinyletter\.com|beehiiv\.com|groups\.google\.com|googlegroups\.com|groups\.io)(?![\w.-]*\w)(?:[/?#][^\s)\]>]*)?/gi;
/** A self-hosted mailing list's sign-up page (Mailman, Sympa). */
const listServerPath = /\/(?:mailman\/listinfo|cgi-bin\/mailman|sympa\/(?:info|subscribe))\b/gi;
const list = String.raw`(?:own\s+)?(?:mailing[\s-]?list|e-?mail(?:ing)?[\s-]?list|newsletter(?:\s+list)?|distribution[\s-]?list|listserv|contact[\s-]?list|member(?:ship)?[\s-]?list|database|spreadsheet)`;
const callsToHandOverData = [
  new RegExp(String.raw`\b(?:subscribe|sign(?:ing)?[\s-]?up|register|enrol+|add\s+yourself)\b(?:\s+\w+){0,2}?\s+(?:to|for|on)\s+(?:our|my|this|the\s+group['’]s)\s+${list}`, 'gi'),
  new RegExp(String.raw`\b(?:join|get\s+on|be\s+added\s+to|added\s+to|add\s+you\s+to|put\s+you\s+on)\s+(?:our|my|this|the\s+group['’]s)\s+${list}`, 'gi'),
  /\b(?:send|e-?mail|give|leave|share|write|text|forward)\s+(?:us|me|the\s+managers?|a\s+manager|one\s+of\s+(?:us|the\s+managers))\s+(?:with\s+)?your\s+(?:(?:full\s+)?name,?\s+(?:and\s+)?)?(?:e-?mail(?:\s+address)?|(?:postal\s+)?address|contact(?:\s+details)?|details|phone(?:\s+number)?|(?:mobile\s+)?number)\b/gi,
  /\b(?:fill\s+(?:in|out)|complete|answer|take)\s+(?:our|my|this|the\s+group['’]s)\s+(?:short\s+|quick\s+|online\s+)?(?:sign[\s-]?up\s+form|registration\s+form|form|survey|questionnaire)\b/gi,
];

export default defineRule({
  id: 'mailing-lists',
  severity: 'error',
  summary: 'no sign-up forms or links that collect alumni data (group-run mailing lists, survey or sign-up forms)',
  guideline: 'planning-and-communications#alumni-data-and-mailing-lists',
  rationale:
    'The office manages all alumni data and answers for it under data protection law. A group that collects names and addresses through its own forms or lists builds a second, unprotected copy; alumni are reached through the office’s central system instead.',
  examples: {
    valid: [
      { title: 'Invitations sent by the office', body: 'Invitations to our events are sent through the Office of Alumni Relations: join the group on the {network} platform to receive them.\n' },
      { title: 'A registration on the alumni platform', body: 'Register for the picnic on the {network} platform; the office sends the newsletter of the network every month.\n' },
      { title: 'Saying that the group keeps no list', body: 'We do not keep a mailing list of our own: all news goes out through the office.\n' },
    ],
    invalid: [
      { title: 'A Google Forms sign-up', body: '[Sign up for the picnic](https://forms.gle/AbC123xyz)\n', reports: [{ at: '[Sign up for the picnic](https://forms.gle/AbC123xyz)', message: 'Remove this link (https://forms.gle/AbC123xyz): it collects alumni data outside the office’s system. Groups may not run their own forms or mailing lists; send event and communication requests to the office instead.' }] },
      { title: 'A Mailchimp list written out', body: 'Newsletter: https://lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c\n', reports: [{ at: 'https://lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c', message: 'Remove this link (https://lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c): it collects alumni data outside the office’s system. Groups may not run their own forms or mailing lists; send event and communication requests to the office instead.' }] },
      { title: 'A call to subscribe', body: 'Subscribe to our mailing list to hear about events.\n', reports: [{ at: 'Subscribe to our mailing list', message: 'Remove "Subscribe to our mailing list": groups may not collect alumni contact details or keep their own mailing lists. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
      { title: 'Asking for e-mail addresses', body: 'Send us your e-mail address to be added to the list.\n', reports: [{ at: 'Send us your e-mail address', message: 'Remove "Send us your e-mail address": groups may not collect alumni contact details or keep their own mailing lists. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
      { title: 'A group survey', body: 'Please fill in our short survey about next year’s events.\n', reports: [{ at: 'fill in our short survey', message: 'Remove "fill in our short survey": groups may not collect alumni contact details or keep their own mailing lists. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
    ],
  },
  check(group, { organization, report }) {
    const reportOnce = oncePerPlace(report);
    for (const pattern of [collectingAddress, listServerPath]) {
      for (const { address, range, field } of addressesMatching(group, pattern)) {
        reportOnce(range, `Remove this ${field ? 'channel' : 'link'} (${address}): it collects alumni data outside the office’s system. Groups may not run their own forms or mailing lists; send event and communication requests to the office instead.`);
      }
    }
    const spans = readableText(group).filter((span) => span.field?.[0] !== 'channels');
    for (const pattern of callsToHandOverData) {
      for (const { span, match, range } of matchesIn(spans, pattern)) {
        const { before, after } = sentenceAround(span.text, match.index, match.index + match[0].length);
        if (isNegated(before) || mentionsCentralChannel(before + after, organization)) continue;
        reportOnce(range, `Remove "${match[0]}": groups may not collect alumni contact details or keep their own mailing lists. Ask readers to join the group on the alumni platform, and send communications through the office.`);
      }
    }
  },
});

/** A call that sends people to the office or the alumni platform is how it should be done. */
function mentionsCentralChannel(sentence: string, organization: Organization): boolean {
  const text = sentence.toLowerCase();
  return [organization.office.name, organization.alumniPlatform.name.replace(/^the\s+/i, ''), 'alumni platform'].some((name) => text.includes(name.toLowerCase()));
}
