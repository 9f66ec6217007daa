import { isNegated, sentenceAround } from '../text/context.ts';
import { addressesMatching, matchesIn, oncePerPlace } from '../text/matching.ts';
import { readableText } from '../text/spans.ts';
import { defineRule } from './define.ts';

/** Invitation and group links of WhatsApp, Telegram, WeChat, Signal and Discord, with or without https://. */
const invitationAddress =
  /(?<![\w.@-])(?:https?:\/\/)?(?:[\w-]+\.)*(?:chat\.whatsapp\.com|wa\.me|whatsapp\.com\/(?:channel|invite|send)|api\.whatsapp\.com|t\.me|telegram\.(?:me|dog)|discord\.gg|discord(?:app)?\.com\/(?:invite|channels)|signal\.(?:group|me)|weixin\.qq\.com|wechat\.com)(?![\w.-]*\w)(?:[/?#][^\s)\]>]*)?/gi;
/** "our WhatsApp group", "join us on Telegram": these brand names are not ordinary words. */
const namedAppInvitation =
  /\b(?:(?:WhatsApp|Whats\s?App|Telegram|WeChat|Weixin)[\s-]*(?:group|chat|channel|community|server|link|invite|invitation)s?|(?:join|joining|on|via|through|using|over|in|into)\s+(?:us\s+on\s+|our\s+|the\s+|a\s+)?(?:WhatsApp|Whats\s?App|Telegram|WeChat|Weixin))\b/gi;
/** "Signal" and "discord" are also ordinary words ("a weak signal"), so only the capitalised brand next to a chat word counts. */
const commonWordAppInvitation =
  /\b(?:(?:Signal|Discord)[\s-]+(?:group|chat|server|community|invite|invitation)s?|(?:join|joining|on|via|through|using|in)\s+(?:us\s+on\s+|our\s+|the\s+|a\s+)?(?:Signal|Discord)(?![\s-]+[A-Z]))\b/g;

export default defineRule({
  id: 'messaging-apps',
  severity: 'error',
  summary: 'no invitation links to WhatsApp, Telegram, WeChat, Signal or Discord groups',
  guideline: 'websites-and-social-media#messaging-apps',
  rationale:
    'Chats on messaging apps are private activity: the office cannot share contact details for them or promote them, and a public invitation link lets anyone in. The handbook therefore does not publish them.',
  examples: {
    valid: [
      { title: 'Joining through the alumni platform', body: 'Request to join the group on the {network} platform; news is posted there and on [our website](https://lyon-alumni.example.org).\n' },
      { title: 'Signal and discord as ordinary words', body: 'Our spring talk explains how a tiny signal is found among billions of collisions, and how discord between theories is settled.\n' },
      { title: 'Saying that the group has no chat', body: 'We do not run a WhatsApp group: everything happens on the alumni platform.\n' },
      { title: 'A talk title about signal processing', frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Workshop on Signal Processing for detectors\n      date: 2026-09-10\n      kind: event' },
    ],
    invalid: [
      { title: 'A WhatsApp invitation link', body: '[Join our chat](https://chat.whatsapp.com/Hx7pQ2abcDEF)\n', reports: [{ at: '[Join our chat](https://chat.whatsapp.com/Hx7pQ2abcDEF)', message: 'Remove this link to a messaging-app group (https://chat.whatsapp.com/Hx7pQ2abcDEF): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'A Telegram address written out', body: 'News between events: t.me/{organization}alumnilyon\n', reports: [{ at: 't.me/{organization}alumnilyon', message: 'Remove this link to a messaging-app group (t.me/{organization}alumnilyon): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'A Discord server in the channels', frontmatter: 'channels:\n  social:\n    - platform: other\n      url: https://discord.gg/a1b2c3\ndisclaimer: >-\n  {statement:independence} {statement:social}', reports: [{ at: 'https://discord.gg/a1b2c3', message: 'Remove this channel to a messaging-app group (https://discord.gg/a1b2c3): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'An invitation in words', body: 'Ask a manager to add you to our WhatsApp group.\n', reports: [{ at: 'WhatsApp group', message: 'Remove the invitation to a messaging-app chat ("WhatsApp group"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
      { title: 'Signal as the app', body: 'Last-minute changes are announced on Signal.\n', reports: [{ at: 'on Signal', message: 'Remove the invitation to a messaging-app chat ("on Signal"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const { address, range, field } of addressesMatching(group, invitationAddress)) {
      const where = field ? 'Remove this channel' : 'Remove this link';
      reportOnce(range, `${where} to a messaging-app group (${address}): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.`);
    }
    const spans = readableText(group).filter((span) => span.field?.[0] !== 'channels');
    for (const pattern of [namedAppInvitation, commonWordAppInvitation]) {
      for (const { span, match, range } of matchesIn(spans, pattern)) {
        if (isNegated(sentenceAround(span.text, match.index, match.index + match[0].length).before)) continue;
        reportOnce(range, `Remove the invitation to a messaging-app chat ("${match[0]}"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.`);
      }
    }
  },
});
