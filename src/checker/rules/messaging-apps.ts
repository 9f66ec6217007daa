import { addresses, isOnDomain, removeThis } from '../text/addresses.ts';
import { askingWords, closesBefore, endsDenied, hasNegation, isAskedFor, isDecidedAgainst, isDeniedAfter, isDeniedAsTopic, isQuestion, isQuoted, isQuotedSentence, isReportedQuestion, isRumour, isSetAside, lastClosing, negationBefore, opensClosed, proposingWords } from '../text/assertion.ts';
import { oncePerPlace } from '../text/matching.ts';
import { platformWords } from '../text/speakers.ts';
import { byWord, isCapitalised, Lexicon, sentencesOf, within, wordedText, type LexiconMatch, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/** Hosts whose addresses invite to a chat: a group link, a channel, a click-to-chat link, an invitation to a server. */
const chatHosts = new Set([
  'chat.whatsapp.com', 'wa.me', 'whatsapp.com', 'api.whatsapp.com', 't.me', 'telegram.me', 'telegram.dog', 'discord.gg', 'discord.com', 'discordapp.com',
  'signal.group', 'signal.me', 'weixin.qq.com', 'wechat.com', 'join.slack.com', 'line.me', 'invite.viber.com', 'chats.viber.com', 'vb.me', 'open.kakao.com', 'zalo.me',
]);
/** On these hosts only some paths are invitations: the rest are the app's own pages. */
const invitationPaths: Record<string, RegExp> = {
  'whatsapp.com': /^\/(?:channel|invite|send)/,
  'discord.com': /^\/invite/,
  'discordapp.com': /^\/invite/,
  'wechat.com': /^\/u\//,
  'line.me': /^\/(?:r|ti)\//i,
};

/**
 * Messaging apps by their names, nicknames ("wasap", "le zap") and the forms Polish gives them ("na
 * Discordzie", "w Telegramie", "na Signalu", "na Sygnale"), and the Dutch words for an app's group ("appgroepje", "groepsapp", "app-groep").
 */
const apps = new Lexicon([
  'whatsapp*', 'whats app', 'wasap', 'wasapp', 'guasap', 'vatsap', 'vatsapp', 'zap', 'zapzap', 'wp', 'wa', 'tg', 'telegram', 'telegramm', 'telegramme', 'wechat', 'weixin', 'viber', 'σιγκναλ', 'slack', 'kakaotalk', 'signal', 'discord', 'threema', 'element', 'matrix',
  'discordzie', 'discorda', 'discordu', 'discordem', 'signalu', 'signala', 'signalem', 'sygnal', 'sygnale', 'sygnalu', 'sygnala', 'sygnalem', 'telegramie', 'telegrama', 'telegramu', 'telegramem', 'viberze', 'vibera', 'viberu', 'slacku', 'slacka',
  // Polish shortens WhatsApp to "Whats", with its endings ("na grupce na Whatsie").
  'whatsie', 'whatsa', 'whatsem', 'whatsik*', 'watsap*', 'wacap*',
  'appgroep*', 'groepsapp*', 'app groep*', 'groeps app*',
  // In Greek letters, as Greek pages write them.
  'γουατσαπ', 'βατσαπ', 'τελεγκραμ', 'βαιμπερ', 'σιγκναλ', 'ντισκορντ',
]);
/** Names that are also ordinary words ("a weak signal", "discord between theories", the Matrix): only the capitalised name counts, in every form. */
const ordinaryWordApps = ['signal', 'sygnal', 'discord', 'element', 'matrix', 'slack', 'telegramme'];
/** Words that name an app's group by themselves, as "WhatsApp group" does. */
const appGroupWords = new Set(['appgroep', 'groepsapp', 'app groep', 'groeps app']);
/** Nicknames that are also other words or letters ("zap", "wp", "TG", "WA"): they count only beside a chat word ("grupo do zap", "wp grubu", "TG-Gruppe", "gruppo su WA"). */
const nicknames = new Set(['zap', 'zapzap', 'wp', 'wa', 'tg']);
/** A chat, a group or a channel, in the network's languages. */
const chatWords = new Lexicon([
  'group', 'groups', 'groupchat', 'chat', 'chats', 'channel', 'channels', 'community', 'server', 'workspace', 'loop', 'room', 'rooms', 'salon', 'circle', 'thread', 'threads',
  'groupe', 'groupes', 'canal', 'boucle', 'communaute', 'serveur', 'discussion', 'fil',
  'gruppe', 'gruppen', 'gruppchen', 'kanal', 'kanale', 'kanalchen', 'runde',
  'gruppo', 'gruppi', 'canale', 'canali', 'comunita', 'canalito', 'canalzinho',
  'grupo', 'grupos', 'grupete', 'grupito', 'grupillo', 'grupinho', 'comunidad', 'comunidade', 'servidor', 'canais', 'gruppetto',
  'groep', 'groepen', 'groepje', 'groepjes', 'grupje', 'grupjes', 'groepke', 'groepsapp', 'kanaal', 'kanaaltje', 'kanaaltjes', 'servertje', 'chatgroep*', 'clubje', 'clubjes',
  'grupa', 'grupy', 'grupie', 'grupe', 'grupka', 'grupki', 'grupce', 'grupke', 'czat', 'czatu', 'czacie', 'czatem', 'konfa', 'konfe', 'konfie', 'konfy', 'kanale', 'serwer', 'serwera', 'serwerze', 'serwerem',
  'omada', 'omadas', 'omades', 'omadoula', 'ομαδα', 'ομαδες', 'ομαδας', 'ομαδουλα', 'ομαδιτσα', 'συνομιλια', 'τσατ', 'καναλι', 'γκρουπ', 'γκρουπακι', 'γκρουπακια', 'τσατακι', 'παρεα', 'κοινοτητα', 'κοινοτητας', 'σερβερ',
  'grup', 'grubu*', 'kanal', 'kanali', 'kanalimiz', 'sohbet', 'topluluk*', 'toplulug*', 'sunucu*', 'oda', 'odasi', 'odasina', 'odasinda', 'odamiz', 'odamiza', 'odamizda', 'odaya', 'odada',
]);
/** Words that invite someone into a chat or announce that things happen there. */
const joinWords = new Lexicon([
  'join*', 'add', 'added', 'adding', 'announc*', 'post', 'posted', 'message', 'text us', 'chat with',
  'rejoin*', 'ajout*', 'inscri*', 'annonc*',
  'beitret*', 'tritt', 'tretet', 'hinzufug*', 'fugt', 'fugen', 'melde*',
  'unir*', 'unit*', 'entra*', 'aggiung*', 'iscriv*',
  'unete', 'unanse', 'sumat*', 'sumar*', 'agreg*', 'meteos', 'metete',
  'particip*', 'adicion*', 'coloca*',
  'aansluit*', 'toevoeg*', 'voeg*', 'lid worden',
  'dolacz*', 'dodam*', 'dodaj*', 'wbijaj*', 'wpadaj*', 'zapraszam*', 'zaproszeni*',
  'μπειτε', 'μπες', 'ελατε', 'εγγραφ*', 'συνδεθ*', 'προσθεσ*',
  'katil*', 'ekle*', 'ekleriz', 'ekleyelim',
]);
/**
 * Someone adds the reader ("add you", "on t'ajoute", "wir fügen dich hinzu", "te agregamos"): how one
 * gets into a chat group, which members are added to by hand. A group on the alumni platform is joined.
 */
const addsYou = new Lexicon([
  'add you', 'adds you', 'added you', 'you will be added', 'you ll be added', 'you get added', 'you can be added', 'get you added', 'want in', 't ajoute', 't ajouter', 't ajoutera', 'vous ajoute', 'vous ajouter', 'vous y ajoute', 'vous y ajouter', 't y ajoute', 'dich hinzu', 'fugen dich', 'fuge dich', 'euch hinzu', 'fugen euch',
  'ti aggiung*', 'vi aggiung*', 'te agreg*', 'te sum*', 'os agreg*', 'te mete', 'os mete', 'te meto', 'os meto', 'te metemos', 'os metemos', 'te adicion*', 'te coloc*', 'voegen je', 'voeg je', 'voegen jullie', 'dodamy cie', 'dodam cie', 'dodamy was',
  'nimmt euch auf', 'nimmt dich auf', 'nimmt euch dort auf', 'nimmt dich dort auf', 'nehmen euch auf', 'nehmen dich auf', 'wrzucimy', 'wrzuce cie', 'wrzucimy was',
  'σε προσθετ*', 'σας προσθετ*', 'σε βαζουμε', 'σας βαζουμε', 'σε βαζω', 'σας βαζω', 'σε βαλει', 'σας βαλει', 'σας βαζει μεσα', 'σε βαζει μεσα', 'σε βαλουμε', 'σας βαλουμε', 'seni ekle*', 'sizi ekle*',
]);

/** Who a sentence speaks to ("whoever is not in the group yet, …"): a negation after it is about the reader, not the chat. */
const whoeverWords = new Set(['who', 'whoever', 'anyone', 'qui', 'quiconque', 'wer', 'chi', 'chiunque', 'quien', 'quienes', 'quem', 'wie', 'kto', 'οποιος', 'οσοι', 'kim', 'kimler']);

/** Whether a negation shortly before the word denies the chat: "we have no WhatsApp group", but not "whoever is not yet in the WhatsApp group". */
function deniedBefore(text: WordedSpan, index: number): boolean {
  const negation = negationBefore(text, index);
  if (negation === undefined) return false;
  for (let at = negation - 1; at >= Math.max(0, negation - 2); at--) if (whoeverWords.has((text.words[at] as Word).text)) return false;
  return true;
}

const isOrdinaryWord = (app: LexiconMatch) => ordinaryWordApps.some((name) => app.entry.startsWith(name));
/**
 * Whether the match names the app: a name that is also an ordinary word only when capitalised, or as
 * the name of the group's own chat, written in a hurry ("in unserer signal gruppe", "our slack channel").
 */
const namesApp = (text: WordedSpan, app: LexiconMatch) => !isOrdinaryWord(app) || isCapitalised(text, app) || isOwnChat(text, app);

/** "Our", in the network's languages: the group's own. */
const ourWords = new Set([
  'our', 'notre', 'nos', 'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'nostro', 'nostra', 'nostri', 'nostre', 'nuestro', 'nuestra', 'nuestros', 'nosso', 'nossa', 'nossos',
  'onze', 'ons', 'nasz', 'nasza', 'naszej', 'naszego', 'naszym', 'bizim',
]);
/** "Number": "our WhatsApp number" is a number to call, not a chat. */
const numberWords = new Set(['number', 'numero', 'nummer', 'numer', 'νουμερο', 'numara', 'numarasi', 'numaramiz']);
const isOwnChat = (text: WordedSpan, app: LexiconMatch) =>
  chatWords.find(text).some((chat) => chat.index === app.index + app.length) && [1, 2].some((distance) => ourWords.has(text.words[app.index - distance]?.text ?? ''));

export default defineRule({
  id: 'messaging-apps',
  severity: 'error',
  summary: 'no invitation links to WhatsApp, Telegram, WeChat, Signal or Discord groups',
  guideline: 'websites-and-social-media#messaging-apps',
  rationale:
    'Chats on messaging apps are private activity: the office cannot share contact details for them or promote them, and a public invitation link lets anyone in. The handbook therefore does not publish them.',
  translations: {
    fr: {
      summary: 'aucun lien d’invitation vers des groupes WhatsApp, Telegram, WeChat, Signal ou Discord',
      rationale:
        'Les discussions sur les messageries relèvent d’une activité privée : le bureau ne peut ni communiquer les coordonnées permettant d’y accéder ni en faire la promotion, et un lien d’invitation public permet à n’importe qui d’y entrer. Le guide ne les publie donc pas.',
    },
  },
  examples: {
    valid: [
      { title: 'Joining through the alumni platform', translations: { fr: { title: 'Rejoindre le groupe par la plateforme des alumni' } }, body: 'Request to join the group on the {network} platform; news is posted there and on [our website](https://lyon-alumni.example.org).\n' },
      { title: 'Signal and discord as ordinary words', translations: { fr: { title: 'Signal et discord employés comme mots courants' } }, body: 'Our spring talk explains how a tiny signal is found among billions of collisions, and how discord between theories is settled.\n' },
      { title: 'Saying that the group has no chat', translations: { fr: { title: 'Indiquer que le groupe n’a pas de discussion en ligne' } }, body: 'We do not run a WhatsApp group: everything happens on the alumni platform.\n' },
      { title: 'A question the page answers', translations: { fr: { title: 'Une question à laquelle la page répond' } }, body: 'People often ask us whether there is a WhatsApp group. There is none: everything happens on the alumni platform.\n' },
      { title: 'Saying so in German', translations: { fr: { title: 'Le dire en allemand' } }, body: 'Eine WhatsApp-Gruppe haben wir bewusst nicht.\n' },
      { title: 'A talk title about signal processing', translations: { fr: { title: 'Le titre d’une conférence sur le traitement du signal' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Workshop on Signal Processing for detectors\n      date: 2026-09-10\n      kind: event' },
    ],
    invalid: [
      { title: 'A WhatsApp invitation link', translations: { fr: { title: 'Un lien d’invitation WhatsApp' } }, body: '[Join our chat](https://chat.whatsapp.com/Hx7pQ2abcDEF)\n', reports: [{ at: '[Join our chat](https://chat.whatsapp.com/Hx7pQ2abcDEF)', message: 'Remove this link to a messaging-app group (chat.whatsapp.com/Hx7pQ2abcDEF): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'A Telegram address written out', translations: { fr: { title: 'Une adresse Telegram écrite en toutes lettres' } }, body: 'News between events: t.me/{organization-in-handle}alumnilyon\n', reports: [{ at: 't.me/{organization-in-handle}alumnilyon', message: 'Remove this link to a messaging-app group (t.me/{organization-in-handle}alumnilyon): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'A Discord server in the channels', translations: { fr: { title: 'Un serveur Discord parmi les canaux' } }, frontmatter: 'channels:\n  social:\n    - platform: other\n      url: https://discord.gg/a1b2c3\ndisclaimer: >-\n  {statement:independence} {statement:social}', reports: [{ at: 'https://discord.gg/a1b2c3', message: 'Remove this channel to a messaging-app group (discord.gg/a1b2c3): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }] },
      { title: 'An invitation in words', translations: { fr: { title: 'Une invitation formulée dans le texte' } }, body: 'Ask a manager to add you to our WhatsApp group.\n', reports: [{ at: 'WhatsApp group', message: 'Remove the invitation to a messaging-app chat ("WhatsApp group"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
      { title: 'An invitation in French', translations: { fr: { title: 'Une invitation en français' } }, body: 'Pour les infos de dernière minute, rejoignez notre groupe WhatsApp !\n', reports: [{ at: 'groupe WhatsApp', message: 'Remove the invitation to a messaging-app chat ("groupe WhatsApp"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
      { title: 'A nickname of the app, in Portuguese', translations: { fr: { title: 'Un surnom de l’application, en portugais' } }, body: 'Entra no nosso grupo do zap e fica por dentro de tudo.\n', reports: [{ at: 'grupo do zap', message: 'Remove the invitation to a messaging-app chat ("grupo do zap"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
      {
        title: 'A QR code picture of a chat invitation',
        translations: { fr: { title: 'L’image d’un code QR menant à une invitation à une discussion' } },
        body: '![Scan to join our chat](/images/groups/lyon/chat.png)\n',
        pictures: [{ name: 'chat.png', codes: ['https://chat.whatsapp.com/Hx7pQ2abcDEF'] }],
        reports: [{ at: '![Scan to join our chat](/images/groups/lyon/chat.png)', message: 'Remove this QR code picture: it leads to a messaging-app group (chat.whatsapp.com/Hx7pQ2abcDEF): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.' }],
      },
      { title: 'Signal as the app', translations: { fr: { title: 'Signal en tant qu’application' } }, body: 'Last-minute changes are announced on Signal.\n', reports: [{ at: 'announced on Signal', message: 'Remove the invitation to a messaging-app chat ("announced on Signal"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const address of addresses(group)) {
      if (!isOnDomain(address.host, chatHosts)) continue;
      const pathRule = invitationPaths[address.host];
      if (pathRule && !pathRule.test(address.path)) continue;
      const where = removeThis(address);
      reportOnce(address.range, `${where} to a messaging-app group (${address.url.replace(/^https:\/\/(?=[^/]+\/)/, '')}): such chats are private activity and the handbook does not publish invitations to them. Point readers to the group on the alumni platform instead.`);
    }
    for (const text of wordedText(group)) {
      if (text.span.field?.[0] === 'channels') continue;
      const appMatches = apps.find(text);
      if (appMatches.length === 0) continue;
      const joins = joinWords.find(text);
      const found = { chats: byWord(text, chatWords.find(text)), joins: byWord(text, joins), asks: byWord(text, askingWords.find(text)) };
      // The app named in the sentence before, for an invitation that follows it ("We chat on Signal. To be added to the group, …").
      let appBefore: LexiconMatch | undefined;
      const sentences = sentencesOf(text);
      for (const [sentenceIndex, sentence] of sentences.entries()) {
        if (endsDenied(text, sentence) || isDecidedAgainst(text, sentence) || isQuotedSentence(text, sentence) || (isRumour(text, sentence) && within(joins, sentence).length === 0)) {
          appBefore = undefined;
          continue;
        }
        const question = isQuestion(text, sentence);
        const appsHere = within(appMatches, sentence);
        // A chat closed in this sentence after it is named, or at the start of the next ("It was closed in 2023"), or closed by the group ("We closed the Telegram group").
        const closing = appsHere.length === 0 ? -1 : opensClosed(text, sentences[sentenceIndex + 1]) ? sentence.to + 1 : lastClosing(text, sentence);
        const closedBefore = appsHere.length > 0 && closesBefore(text, sentence, appsHere[0] as LexiconMatch);
        const invites = closing >= 0 && within(joins, sentence).length > 0;
        const appBeforeThis = appBefore;
        appBefore = appsHere.find((app) => namesApp(text, app) && !deniedBefore(text, app.index));
        let invited = false;
        for (const app of appsHere) {
          // "Is there a WhatsApp group?" asks; "Want to join our WhatsApp group?" invites.
          if (question && !joinsBefore(sentence, app, found)) continue;
          // "The WhatsApp group we set up for the reunion is now closed": a chat that is no more, unless the sentence invites ("join our closed group").
          // Just after the app, a closing word is the verb ("η ομάδα στο Viber έκλεισε") unless a chat word follows it ("the WhatsApp closed group").
          const closedJustAfter = closing === app.index + 1 && !found.chats[closing + 1];
          if ((closing > app.index + 1 || closedJustAfter || closedBefore) && !invites) continue;
          const invitation = invitationAround(text, sentence, app, found);
          // A title in quotation marks ("How to moderate a Discord server") names a subject, and invites no one.
          if (!invitation || deniedAfter(text, sentence, invitation) || isQuoted(text, invitation.start, invitation.end) || isReadersOwn(text, sentence, invitation)) continue;
          // "Three members ask for a WhatsApp group": a chat asked for, which the group does not run.
          if (isAskedFor(text, sentence, invitation.from)) continue;
          // "Instead of a WhatsApp group, we use the forum on the platform": a chat set aside (not "instead of e-mails join our WhatsApp group").
          const first = Math.min(app.index, invitation.from);
          const joinedJustBefore = found.joins.slice(Math.max(sentence.from, first - 4), first).some(Boolean);
          if (!joinedJustBefore && isSetAside(text, sentence, first, lastWordOf(text, invitation))) continue;
          const range = text.span.rangeOf(invitation.start, invitation.end);
          reportOnce(range, `Remove the invitation to a messaging-app chat ("${text.span.text.slice(invitation.start, invitation.end)}"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.`);
          invited = true;
        }
        // Otherwise, being added to "the group" by someone, with the app named in this sentence or the one before
        // ("ci organizziamo su WhatsApp: … vi aggiunge lui al gruppo").
        const appNamed = appsHere.length === 0 ? appBeforeThis : appBefore;
        const addition = appNamed && !invited && !question ? additionToGroup(text, sentence, found, appNamed) : undefined;
        if (appNamed && addition) {
          const where = `${text.span.text.slice(addition.start, addition.end)}", on ${text.span.text.slice(appNamed.start, appNamed.end)}`;
          reportOnce(text.span.rangeOf(addition.start, addition.end), `Remove the invitation to a messaging-app chat ("${where}): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.`);
        }
        // Or a code to type into the app ("Aprite Discord, scegliete « Unisciti a un server » e digitate il codice …").
        const code = !invited && !question && appsHere.length > 0 ? invitationCode(text, sentence, appsHere, joins) : undefined;
        if (code) {
          reportOnce(text.span.rangeOf(code.start, code.end), `Remove the invitation to a messaging-app chat ("${text.span.text.slice(code.start, code.end)}"): such chats are private activity that the handbook does not promote. Invite readers to join the group on the alumni platform instead.`);
        }
      }
    }
  },
});

type Found = Record<'chats' | 'joins' | 'asks', (LexiconMatch | undefined)[]>;

/**
 * The words that make an app's name an invitation: a chat word beside it ("WhatsApp group", "groupe
 * WhatsApp", "grupo do zap", "WhatsApp-Gruppe"), or a word that invites or announces shortly before it
 * ("join us on Telegram", "announced on Signal"). Not in a question, and not denied ("we have no
 * WhatsApp group").
 */
function invitationAround(text: WordedSpan, sentence: Sentence, app: LexiconMatch, found: Found): { from: number; start: number; end: number; byVerb?: true } | undefined {
  const { words } = text;
  // "WA" is also a state's or a region's letters ("Perth, WA"): a chat word before it ("gruppo su WA") makes it the app, or one
  // just after it when a determiner opens the name ("the WA group"), as a region's letters follow a comma.
  const letters = app.entry === 'wa';
  const ambiguous = isOrdinaryWord(app) || letters;
  if (!namesApp(text, app) || deniedBefore(text, app.index) || isReportedQuestion(text, sentence, app.index) || isRequestTurnedDown(text, sentence, app, found)) return undefined;
  if (appGroupWords.has(app.entry.replace(/\*$/, ''))) return { from: app.index, start: app.start, end: app.end };
  const appWord = words[app.index] as Word;
  // "WhatsAppgruppe", "telegramkanal": the chat word written into the app's name.
  const joined = appWord.text.slice(app.entry.replace(/\*$/, '').length);
  if (joined.length > 2 && chatWords.has(joined)) return { from: app.index, start: app.start, end: app.end };
  // "un canalito de avisos en Telegram": a chat word, what it is for, and the app.
  const reach = ambiguous ? 2 : 4;
  for (let distance = 1; distance <= reach; distance++) {
    const before = found.chats[app.index - distance];
    if (before && app.index - distance >= sentence.from && before.index + before.length + reach > app.index && !deniedBefore(text, before.index) && !punctuationBetween(text, before.end, app.start)) return { from: before.index, start: before.start, end: app.end };
    const after = found.chats[app.index + app.length - 1 + distance];
    if (after && (!letters || (distance === 1 && determiners.has(words[app.index - 1]?.text ?? ''))) && app.index + app.length - 1 + distance < sentence.to && !punctuationBetween(text, app.end, after.start)) return { from: app.index, start: app.start, end: after.end };
  }
  const named = chatAfterItsName(text, sentence, app, found);
  if (named && !ambiguous) return named;
  // "They live in our little Discord", "sul nostro Telegram": the group's own chat on the app (not "our WhatsApp number").
  const own = [1, 2].find((distance) => app.index - distance >= sentence.from && ourWords.has(words[app.index - distance]?.text ?? ''));
  const ours = own === undefined ? undefined : (words[app.index - own] as Word);
  if (own !== undefined && ours && !letters && !punctuationBetween(text, ours.end, app.start) && !numberWords.has(words[app.index + app.length]?.text ?? '') && !deniedBefore(text, app.index - own)) {
    return { from: app.index - own, start: ours.start, end: app.end };
  }
  if (nicknames.has(app.entry)) return undefined;
  for (let at = app.index - 1; at >= Math.max(sentence.from, app.index - 6); at--) {
    const verb = found.joins[at];
    if (verb && !deniedBefore(text, verb.index)) return { from: verb.index, start: verb.start, end: app.end, byVerb: true };
  }
  // "… a gente combina no Telegram: é só procurar o grupo no app e pedir pra entrar": joining after the app is
  // named, in a sentence that names no platform, which is where one joins the group itself.
  if (ambiguous || platformNamed(text, sentence)) return undefined;
  for (let at = app.index + app.length; at < Math.min(sentence.to, app.index + app.length + 14); at++) {
    const verb = found.joins[at];
    // Someone who adds the reader ("vi aggiunge lui al gruppo") is reported as such, below.
    const adds = verb && (addsYou.matchLengthAt(text, verb.index - 1) > 0 || addsYou.matchLengthAt(text, verb.index) > 0);
    if (verb && !adds && !deniedBefore(text, verb.index)) return { from: app.index, start: app.start, end: verb.end, byVerb: true };
  }
  return undefined;
}

/** Words that open a noun phrase: "the WA group", "our WA group". */
const determiners = new Set(['the', 'a', 'our', 'my', 'your', 'this', 'that', 'le', 'la', 'notre', 'un', 'une', 'il', 'lo', 'nostro', 'el', 'nuestro', 'o', 'nosso', 'der', 'die', 'das', 'unsere', 'unserer', 'de', 'het', 'onze', 'το', 'η', 'bu']);

/** The alumni platform, or any platform, named in the sentence. */
const platforms = new Lexicon(platformWords);
const platformNamed = (text: WordedSpan, sentence: Sentence) => within(platforms.find(text), sentence).length > 0;

/** "Telegram, canali e notizie false": a comma or a stop between an app and a chat word sets them side by side, not one in the other. */
const punctuationBetween = (text: WordedSpan, from: number, to: number) => /[,;:.!?()]/.test(text.span.text.slice(from, to));

/** After an app's name (and a case ending: "Telegram'da"), a chat's name in quotation marks, then the word for what it is. */
const quotedNameAfter = /^(?:['’]\p{L}{1,4})?\s*(?:[«“„"‘‚‹]\s*)[^«»“”„"‘’‚‹›\n]{1,60}[»”“"’‘›]\s*/u;

/** "Telegram'da «Orhan Hoca'ya Veda» grubunu açtık", "on Signal the “Class of 98” group": the chat's own name between the app and the word for a chat. */
function chatAfterItsName(text: WordedSpan, sentence: Sentence, app: LexiconMatch, found: Found): { from: number; start: number; end: number } | undefined {
  const name = quotedNameAfter.exec(text.span.text.slice(app.end, app.end + 80));
  if (!name) return undefined;
  const chatStart = app.end + name[0].length;
  for (let at = app.index + app.length; at < sentence.to; at++) {
    const word = text.words[at] as Word;
    if (word.start < chatStart) continue;
    const chat = word.start === chatStart ? found.chats[at] : undefined;
    return chat && !deniedBefore(text, chat.index) ? { from: app.index, start: app.start, end: chat.end } : undefined;
  }
  return undefined;
}

/** A code, and the codes that invite by their name ("invite code", "kod zaproszenia"), in the network's languages. */
const codeWords = new Lexicon(['code', 'codes', 'codice', 'codigo', 'kod', 'kodu', 'kodunu', 'κωδικο', 'κωδικος', 'einladungscode', 'uitnodigingscode']);
const invitationCodes = new Lexicon([
  'invite code', 'invitation code', 'code d invitation', 'codice d invito', 'codice di invito', 'codice invito', 'codigo de invitacion', 'codigo de convite', 'kod zaproszenia', 'κωδικος προσκλησης', 'κωδικο προσκλησης', 'davet kodu', 'einladungscode', 'uitnodigingscode',
]);

/** A code to type into a chat app the sentence names, to join its group or server: the code named with a chat or a word that invites, or as an invitation code. */
function invitationCode(text: WordedSpan, sentence: Sentence, appsHere: readonly LexiconMatch[], joins: readonly LexiconMatch[]): { start: number; end: number } | undefined {
  const code = within(codeWords.find(text), sentence)[0] ?? within(invitationCodes.find(text), sentence)[0];
  const app = appsHere.find((candidate) => namesApp(text, candidate) && !deniedBefore(text, candidate.index));
  if (!code || !app || deniedBefore(text, code.index)) return undefined;
  const invites = within(invitationCodes.find(text), sentence).length > 0 || within(joins, sentence).length > 0 || within(chatWords.find(text), sentence).length > 0;
  return invites ? { start: Math.min(app.start, code.start), end: Math.max(app.end, code.end) } : undefined;
}

/** "Pour qu'on t'ajoute au groupe": someone adds the reader to a group, in the sentence, and nothing denies it. */
function additionToGroup(text: WordedSpan, sentence: Sentence, found: Found, app?: LexiconMatch): { start: number; end: number } | undefined {
  for (const adding of [...within(addsYou.find(text), sentence), ...germanTakingIn(text, sentence)]) {
    if (deniedBefore(text, adding.index)) continue;
    for (let at = Math.max(sentence.from, adding.index - 3); at < Math.min(sentence.to, adding.index + adding.length + 4); at++) {
      const chat = found.chats[at];
      if (chat) return { start: Math.min(adding.start, chat.start), end: Math.max(adding.end, chat.end) };
    }
    // "…a little thread going on Signal — if you want in, give Priya a shout and you'll be added": the chat named earlier in the sentence,
    // or the app itself ("ein kleines Eck bei Signal … er nimmt euch dort auf").
    for (let at = adding.index - 1; at >= sentence.from; at--) {
      const chat = found.chats[at];
      if (chat && !deniedBefore(text, chat.index)) return { start: chat.start, end: adding.end };
    }
    // The app named in the sentence before, which a "there" points back at ("… bei Signal eingerichtet. … dann nehmen wir euch dort mit auf").
    const appHere = app && app.index < adding.index && (app.index >= sentence.from || pointsBack(text, adding)) && !deniedBefore(text, app.index);
    if (appHere) return app.index >= sentence.from ? { start: app.start, end: adding.end } : { start: adding.start, end: adding.end };
  }
  return undefined;
}

/** "There", in the network's languages: the place named before. */
const thereWords = new Set(['there', 'dort', 'dorthin', 'alli', 'ahi', 'ali', 'daar', 'daarin', 'tam', 'εκει', 'orada', 'oraya']);
/** Whether "there" stands within the words that add the reader, or just before them. */
const pointsBack = (text: WordedSpan, adding: LexiconMatch) => text.words.slice(Math.max(0, adding.index - 2), adding.index + adding.length).some((word) => thereWords.has(word.text));

/** German takes the reader in with its particle last, other words between: "dann nehmen wir euch dort mit auf". */
function germanTakingIn(text: WordedSpan, sentence: Sentence): LexiconMatch[] {
  const found: LexiconMatch[] = [];
  for (let at = sentence.from; at < sentence.to; at++) {
    const verb = text.words[at] as Word;
    if (!/^(?:nehm|nimm)/.test(verb.text)) continue;
    const words = text.words.slice(at + 1, Math.min(sentence.to, at + 7));
    const particle = words.findIndex((word) => word.text === 'auf');
    if (particle < 0 || !words.slice(0, particle).some((word) => word.text === 'euch' || word.text === 'dich')) continue;
    const last = words[particle] as Word;
    found.push({ index: at, length: particle + 2, entry: 'nehmen auf', start: verb.start, end: last.end });
  }
  return found;
}

/** The index of the invitation's last word: the first word that ends at or after it, by binary search, as a span may hold thousands of invitations. */
function lastWordOf(text: WordedSpan, invitation: { end: number }): number {
  let [low, high] = [0, text.words.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((text.words[middle] as Word).end < invitation.end) low = middle + 1;
    else high = middle;
  }
  return low < text.words.length ? low : -1;
}

/** "Your", the readers': "your own WhatsApp groups", "grupos de zap particulares de vocês", "eure WhatsApp-Gruppen". */
const yoursWords = new Set(['your', 'yours', 'vos', 'votre', 'eure', 'euren', 'eurer', 'eures', 'vostri', 'vostre', 'vostro', 'vostra', 'vuestros', 'vuestras', 'vuestro', 'vuestra', 'vossos', 'vossas', 'vosso', 'vossa', 'voces', 'jullie', 'wasze', 'waszych', 'sizin']);

/** Whether the chat is the readers' own, named just before or after it: not one the group runs or invites to. */
function isReadersOwn(text: WordedSpan, sentence: Sentence, invitation: { from: number; end: number; byVerb?: true }): boolean {
  // "Join your fellow alumni in our WhatsApp group": a verb that invites is an invitation, whoever else is named.
  if (invitation.byVerb) return false;
  if (invitation.from > sentence.from && yoursWords.has((text.words[invitation.from - 1] as Word).text)) return true;
  const last = lastWordOf(text, invitation);
  for (let at = last + 1; at < Math.min(sentence.to, last + 4); at++) if (yoursWords.has((text.words[at] as Word).text)) return true;
  return false;
}

/** "ομάδα στο Viber δεν έχουμε", "WhatsApp-Gruppe gibt es bei uns nicht": a negation after a chat named without a word that invites. */
function deniedAfter(text: WordedSpan, sentence: Sentence, invitation: { from: number; start: number; end: number; byVerb?: true }): boolean {
  if (invitation.byVerb) return false;
  const last = lastWordOf(text, invitation);
  return last >= 0 && (isDeniedAfter(text, last, sentence) || isDeniedAsTopic(text, sentence, invitation.from, last));
}

/** Whether a word that invites comes shortly before the match in its sentence. */
function joinsBefore(sentence: { from: number }, app: LexiconMatch, found: Found): boolean {
  for (let at = app.index - 1; at >= Math.max(sentence.from, app.index - 6); at--) if (found.joins[at]) return true;
  return false;
}

/** "Some of you asked for a Discord server. We won't start one": an asking word before the match, and a negation opening the next sentence. */
function isRequestTurnedDown(text: WordedSpan, sentence: Sentence, app: LexiconMatch, found: Found): boolean {
  let asked = false;
  for (let at = sentence.from; at < app.index && !asked; at++) asked = found.asks[at] !== undefined;
  // "Eine Telegram-Gruppe wurde ein paar Mal gewünscht – die richten wir bewusst nicht ein": asked for after it is named, and refused in the rest of the sentence.
  if (!asked) {
    const wished = within(proposingWords.find(text), sentence).find((word) => word.index > app.index);
    return wished !== undefined && hasNegation(text, { from: wished.index + wished.length, to: sentence.to });
  }
  const sentences = sentencesOf(text);
  const next = sentences[sentences.indexOf(sentence) + 1];
  return next !== undefined && hasNegation(text, { from: next.from, to: Math.min(next.to, next.from + 4) });
}

