import type { Organization } from '../../config/organization.ts';
import { addresses, addressNoun, isOnDomain } from '../text/addresses.ts';
import { deniedWords, endsDenied, hasNegation, isAnsweredNo, isDecidedAgainst, isDeniedAsTopic, isDeniedAtClauseEnd, isQuestion, isQuotedSentence, isDenyingWord, isReportedQuestion, isSetAside, lastClosing, openingCauseClauseEnd } from '../text/assertion.ts';
import { oncePerPlace } from '../text/matching.ts';
import { isSpokenByOffice, platformWords } from '../text/speakers.ts';
import { byWord, fold, foldedWords, Lexicon, sentencesOf, within, wordedText, type LexiconMatch, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/** Services whose pages collect what people type in: forms and surveys, newsletter and mailing-list tools. */
const collectingHosts = new Set([
  'forms.gle', 'forms.office.com', 'forms.microsoft.com', 'typeform.com', 'jotform.com', 'form.jotform.com', 'surveymonkey.com', 'tally.so', 'framaforms.org',
  'cognitoforms.com', 'formstack.com', 'formdesk.com', 'formsite.com', 'paperform.co', 'fillout.com', 'forms.app', 'survio.com', 'surveyplanet.com', 'smartsurvey.co.uk', 'nettskjema.no', 'webropolsurveys.com', 'zohoforms.com', 'forms.zoho.com', 'formulaires.io', 'lamapoll.de', 'umfrageonline.com', 'soscisurvey.de', 'forms.zohopublic.com', 'wufoo.com', 'alchemer.com', 'limesurvey.net', 'qualtrics.com', 'kobotoolbox.org', 'formulaire.io',
  'list-manage.com', 'mailchi.mp', 'eepurl.com', 'substack.com', 'sibforms.com', 'mailerlite.com', 'mlsend.com', 'buttondown.email', 'buttondown.com', 'groups.io',
  'tinyletter.com', 'beehiiv.com', 'ghost.io', 'sendfox.com', 'getrevue.co', 'lists.sourceforge.net', 'framalistes.org',
  'eventbrite.com', 'eventbrite.co.uk', 'eventbrite.fr', 'eventbrite.de', 'eventbrite.it', 'eventbrite.es', 'eventbrite.nl', 'eventbrite.ch', 'eventbrite.be', 'eventbrite.pt', 'eventbrite.ca', 'eventbrite.com.au',
]);
/** Addresses of Google's, Microsoft's and other suites that collect data only on some paths: forms, and groups used as mailing lists. */
const collectingPaths: [host: string, path: RegExp][] = [
  ['docs.google.com', /^\/forms\//],
  ['groups.google.com', /^\/(?:g|forum)\//],
];
/** List servers on any host: Mailman, Sympa, LISTSERV. */
const listServerPath = /^\/(?:cgi-bin\/)?(?:mailman3?|sympa|wws|listserv|lists?)\/(?:listinfo|subscribe|info|postorius)?/i;
/** Shared spreadsheets: they collect data when the page asks people to put theirs in. */
const spreadsheetPaths: [host: string, path: RegExp][] = [
  ['docs.google.com', /^\/spreadsheets\//],
  ['onedrive.live.com', /./],
  ['1drv.ms', /./],
  ['framacalc.org', /./],
];

/** What a group would collect data with: its own newsletter or list, a form, a survey, a shared sheet. */
const instruments = new Lexicon([
  'list', 'the list', 'liste', 'lijst', 'lijstje', 'newsletter*', 'address list*', 'adressliste*', 'liste d adresses', 'lista di indirizzi', 'lista de direcciones', 'lista de enderecos', 'adressenlijst*', 'lista adresowa', 'lista adresow', 'adres listesi*', 'mailing list*', 'mailinglist*', 'email list', 'e mail list', 'mail list', 'contact list', 'distribution list', 'form', 'forms', 'google form*', 'survey', 'questionnaire', 'questionario', 'cuestionario', 'fragebogen', 'vragenlijst', 'kwestionariusz*', 'spreadsheet', 'sheet', 'google sheet*', 'sign up sheet', 'shared document', 'shared doc', 'document partage', 'documento condiviso', 'documento compartido', 'documento partilhado', 'gedeeld document', 'geteiltes dokument', 'typeform', 'mailchimp', 'substack',
  'lettre d info', 'lettre mensuelle', 'infolettre', 'gazette', 'gazetka', 'gazzettino', 'notiziario', 'bulletin', 'biuletyn*', 'kwartalnik', 'mitteilungsblatt', 'liste de diffusion', 'liste de contacts', 'carnet d adresses', 'feuille d inscription', 'liste mail', 'formulaire*', 'sondage', 'tableur', 'framaforms',
  'verteiler', 'e mail verteiler', 'mailverteiler', 'rundbrief*', 'rundmail', 'formular*', 'umfrage', 'tabelle', 'mailingliste',
  'lista', 'lista di distribuzione', 'modulo', 'modulino', 'foglio', 'sondaggio', 'tabellina', 'tabellina condivisa', 'tabella condivisa',
  'boletin', 'lista de correo', 'lista de distribucion', 'lista de contactos', 'formulario', 'encuest*', 'hoja de calculo', 'hoja compartida', 'hojita compartida', 'directorio',
  'boletim', 'lista de contatos', 'lista de emails', 'formulario', 'pesquisa', 'inquerito', 'inqueritos', 'sondagem', 'sondeo', 'planilha', 'folha de calculo', 'folha de calculo partilhada', 'folha partilhada',
  'nieuwsbrief*', 'mailinglijst*', 'formulier*', 'enquete*', 'ledenlijst*', 'adressenbestand', 'talentenbank', 'invulblad', 'talent pool', 'talent bank', 'bolsa de talentos', 'banque de talents', 'vivier de talents', 'banca dei talenti', 'ortak cizelge', 'ortak bir cizelge', 'ortak tablo', 'excelbestand', 'gedeeld bestand', 'inschrijvingsblad', 'inschrijfblad', 'inschrijfformulier*', 'inschrijvingsformulier*',
  'lista mailingowa', 'listy mailingowej', 'listy mailingowe*', 'list* mailow*', 'formularz*', 'ankiet*', 'ankiecie', 'arkusz*', 'tabelk*', 'tabelce', 'liscie', 'tabela', 'tabeli', 'tabele', 'tabella', 'tableau', 'tabla', 'tabel',
  'δελτιο', 'ενημερωτικο δελτιο', 'καταλογο', 'καταλογος', 'καταλογο μελων', 'λιστα μελων', 'μητρωο', 'φορμα', 'ερωτηματολογιο', 'λιστα επαφων', 'λιστα email',
  // A directory of members: what a mailing list is made from ("un annuario dei soci con indirizzi e telefoni").
  'directory', 'member directory', 'members directory', 'annuaire', 'mitgliederverzeichnis', 'adressbuch', 'annuario', 'rubrica', 'elenco', 'elenco soci', 'anuario', 'diretorio', 'adresboek', 'spis czlonkow', 'ksiazka adresowa', 'ευρετηριο', 'uye rehberi',
  'excel', 'υπολογιστικο φυλλο', 'κοινο φυλλο',
  'bulten', 'bulteni', 'bultenimiz', 'rehberimiz*', 'e posta listesi*', 'e posta listemiz*', 'mail listesi*', 'mail listemiz*', 'listemiz*', 'listeye', 'kayit formu', 'formu', 'formunu', 'anket*', 'tablo*', 'duyuru listesi*', 'duyuru listemiz*',
]);
/** A waiting list, for a school place or a flat: someone else's queue, no list of contacts. */
const waitingLists = new Lexicon(['waiting list*', 'wait list*', 'waitlist*', 'liste d attente', 'listes d attente', 'warteliste*', 'lista d attesa', 'liste d attesa', 'lista de espera', 'listas de espera', 'wachtlijst*', 'lista oczekujacych', 'liste oczekujacych', 'λιστα αναμονης', 'λιστες αναμονης', 'bekleme listesi*']);
/** Words that name a list, a form or a sheet only in general ("on our list", "the form of the talk"): they need words that ask for data. */
const generalWords = new Set(['list', 'the list', 'liste', 'lijst', 'lijstje', 'καταλογο', 'καταλογος', 'tablo*', 'tabelk*', 'tabelce', 'liscie', 'tabela', 'tabeli', 'tabele', 'tabella', 'tableau', 'tabla', 'tabel', 'lista', 'listeye', 'form', 'forms', 'formu', 'formunu', 'sheet', 'tabelle', 'modulo', 'modulino', 'foglio', 'directory', 'annuaire', 'annuario', 'rubrica', 'elenco', 'anuario', 'diretorio', 'adresboek', 'ευρετηριο', 'directorio', 'excel']);

/** Contact details, in the network's languages: what a list of contacts is made of. */
const contactWords = [
  'e mail*', 'email*', 'mail', 'address*', 'phone*', 'mobile', 'contactgegevens', 'dati di contatto', 'datos de contacto', 'dados de contacto', 'dane kontaktowe', 'στοιχεια επικοινωνιας', 'contact details',
  'adresse*', 'portable', 'telephone', 'coordonnees', 'mail adresse', 'e mail adresse*', 'handy*', 'telefon*', 'kontaktdaten', 'indirizz*', 'cellular*', 'correo*', 'movil', 'endereco*', 'celular', 'telemovel', 'telefone',
  'e mailadres*', 'mailadres*', 'telefoonnummer', 'adres*', 'κινητο', 'τηλεφωνο', 'e posta*', 'eposta*', 'telefonunuz*', 'iletisim bilgi*',
];
const contactDetails = new Lexicon(contactWords);
/** Evidence that the instrument collects personal data: asking for contact details, or to sign up, be added, fill in. */
const collecting = new Lexicon([
  ...contactWords,
  'name', 'names', 'subscrib*', 'sign up', 'signup', 'register*', 'add', 'added', 'fill', 'send us', 'receive', 'leave your',
  'nom', 'abonn*', 'inscri*', 'ajout*', 'remplis*', 'envoy*', 'recevoir', 'laisser', 'laissez',
  'anmeld*', 'tragt', 'eintrag*', 'aufgenommen', 'aufnehm*', 'schick*', 'erhalt*',
  'nome', 'cognome', 'iscriv*', 'iscritt*', 'aggiung*', 'aggiunt*', 'inserit*', 'compil*', 'mandat*', 'ricev*',
  'nombre', 'apunta*', 'suscrib*', 'agreg*', 'rellen*', 'envi*', 'dejanos', 'deja tu',
  'inscrev*', 'cadastr*', 'inclui*', 'incluid*', 'coloca*', 'preench*', 'manda*', 'receber',
  'naam', 'aanmeld*', 'inschrijv*', 'vul', 'toevoeg*', 'stuur*', 'ontvang*',
  'imie', 'nazwisko', 'zapisz*', 'zapis*', 'dopisz*', 'dopiszemy', 'wpisz*', 'wpisac', 'wpisac sie', 'wysl*', 'dostawac', 'otrzym*',
  'ονομα', 'επωνυμο', 'γραφτειτε', 'εγγραφειτε', 'εγγραφ*', 'αφηστε', 'αφηνοντας', 'συμπληρωστε', 'στειλτε', 'λαμβανετε',
  'adinizi', 'adiniz', 'soyadiniz', 'ad soyad', 'kaydol*', 'doldur*', 'abone ol*', 'birakin', 'gonderin',
]);
export default defineRule({
  id: 'mailing-lists',
  severity: 'error',
  summary: 'no sign-up forms or links that collect alumni data (group-run mailing lists, survey or sign-up forms)',
  guideline: 'planning-and-communications#alumni-data-and-mailing-lists',
  rationale:
    'The office manages all alumni data and answers for it under data protection law. A group that collects names and addresses through its own forms or lists builds a second, unprotected copy; alumni are reached through the office’s central system instead.',
  translations: {
    fr: {
      summary: 'aucun formulaire d’inscription ni lien qui recueille des données sur les alumni (listes de diffusion gérées par le groupe, formulaires d’enquête ou d’inscription)',
      rationale:
        'Le bureau gère l’ensemble des données sur les alumni et en répond au regard de la législation sur la protection des données. Un groupe qui recueille des noms et des adresses au moyen de ses propres formulaires ou listes en constitue une seconde copie, non protégée ; c’est par le système central du bureau que l’on joint les alumni.',
    },
  },
  examples: {
    valid: [
      { title: 'Invitations sent by the office', translations: { fr: { title: 'Des invitations envoyées par le bureau' } }, body: 'Invitations to our events are sent through the {office}: join the group on the {network} platform to receive them.\n' },
      { title: 'A registration on the alumni platform', translations: { fr: { title: 'Une inscription sur la plateforme des alumni' } }, body: 'Register for the picnic on the {network} platform; the office sends the newsletter of the network every month.\n' },
      { title: 'A group the office runs, with its own sign-up form', translations: { fr: { title: 'Un groupe géré par le bureau, avec son propre formulaire d’inscription' } }, frontmatter: 'managedBy: organization\ndisclaimer: null', body: 'Sign up for the workshop with our registration form; the newsletter of this group comes from the {office}.\n' },
      { title: 'The office’s newsletter, in German', translations: { fr: { title: 'La lettre d’information du bureau, en allemand' } }, body: 'Abonniert im Profil den Newsletter des Alumni-Büros: dort stehen auch unsere Termine.\n' },
      { title: 'Saying that the group keeps no list', translations: { fr: { title: 'Indiquer que le groupe ne tient pas de liste' } }, body: 'We do not keep a mailing list of our own: all news goes out through the office.\n' },
      {
        title: 'A message of the office, pasted with its header',
        translations: { fr: { title: 'Un message du bureau, collé avec son en-tête' } },
        body: '---------- Forwarded message ----------\nFrom: {office}\nSubject: Spring lecture\n\nRegister on the {network} platform; the recording goes out in our newsletter.\n\n----------\n',
      },
    ],
    invalid: [
      { title: 'A Google Forms sign-up', translations: { fr: { title: 'Une inscription par Google Forms' } }, body: '[Sign up for the picnic](https://forms.gle/AbC123xyz)\n', reports: [{ at: '[Sign up for the picnic](https://forms.gle/AbC123xyz)', message: 'Remove this link (forms.gle/AbC123xyz): it collects alumni data outside the office’s system. Groups may not run their own forms, sheets or mailing lists; send event and communication requests to the office instead.' }] },
      { title: 'A Mailchimp list written out', translations: { fr: { title: 'Une adresse de liste Mailchimp écrite en toutes lettres' } }, body: 'Newsletter: https://lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c\n', reports: [{ at: 'https://lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c', message: 'Remove this link (lyonalumni.us21.list-manage.com/subscribe?u=1a2b3c): it collects alumni data outside the office’s system. Groups may not run their own forms, sheets or mailing lists; send event and communication requests to the office instead.' }] },
      { title: 'A call to subscribe', translations: { fr: { title: 'Un appel à s’abonner' } }, body: 'Subscribe to our mailing list to hear about events.\n', reports: [{ at: 'our mailing list', message: 'Remove "our mailing list": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
      { title: 'Asking for e-mail addresses', translations: { fr: { title: 'Demander des adresses électroniques' } }, body: 'Send us your e-mail address to be added to the list.\n', reports: [{ at: 'Send us your e-mail', message: 'Remove "Send us your e-mail": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
      { title: 'A shared sheet for contact details', translations: { fr: { title: 'Une feuille de calcul partagée pour les coordonnées' } }, body: 'Add your name, e-mail and phone number to our shared sheet: https://docs.google.com/spreadsheets/d/1xQ7LyonCarpool/edit\n', reports: [{ at: 'Add your name, e-mail and phone number to our shared sheet', message: 'Remove "Add your name, e-mail and phone number to our shared sheet": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.' }, { at: 'https://docs.google.com/spreadsheets/d/1xQ7LyonCarpool/edit', message: 'Remove this link (docs.google.com/spreadsheets/d/1xQ7LyonCarpool/edit): it collects alumni data outside the office’s system. Groups may not run their own forms, sheets or mailing lists; send event and communication requests to the office instead.' }] },
      { title: 'The group’s own newsletter, in Italian', translations: { fr: { title: 'La lettre d’information propre au groupe, en italien' } }, body: 'Mandiamo una newsletter tutta nostra con eventi e foto.\n', reports: [{ at: 'newsletter tutta nostra', message: 'Remove "newsletter tutta nostra": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
      { title: 'A group survey', translations: { fr: { title: 'Une enquête du groupe' } }, body: 'Please fill in our short survey about next year’s events.\n', reports: [{ at: 'our short survey', message: 'Remove "our short survey": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.' }] },
    ],
  },
  check(group, { organization, report }) {
    // A group the office runs is the office: its sign-ups and newsletter are the office's own.
    if (group.data?.managedBy === 'organization') return;
    const reportOnce = oncePerPlace(report);
    // A shared sheet collects when the text around its address asks for names, addresses or sign-ups.
    const asksForData = (line: number) => wordedText(group).some((text) => aroundLine(text, line) && collecting.mayMatch(text) && collecting.find(text).length > 0);
    for (const address of addresses(group)) {
      const collects =
        isOnDomain(address.host, collectingHosts) || collectingPaths.some(([host, path]) => address.host === host && path.test(address.path)) || (address.host !== '' && listServerPath.test(address.path));
      const sheet = spreadsheetPaths.some(([host, path]) => address.host === host && path.test(address.path));
      if (!collects && !(sheet && asksForData(address.range.line))) continue;
      reportOnce(
        address.range,
        `Remove this ${addressNoun(address)} (${address.url.replace(/^https:\/\//, '')}): it collects alumni data outside the office’s system. Groups may not run their own forms, sheets or mailing lists; send event and communication requests to the office instead.`,
      );
    }
    const central = centralNames(organization);
    const runByOffice = group.data?.managedBy === 'organization';
    for (const text of wordedText(group)) {
      if (text.span.field?.[0] === 'channels') continue;
      const nearCentral = centralNear(text, central);
      // "E-mail me your name and address": a request to hand over one's details to the group.
      const details = yourDetails.find(text);
      if (details.length > 0) {
        const sends = sendWords.find(text);
        const sentences = sentencesOf(text);
        for (const [index, sentence] of sentences.entries()) {
          const [asked, send] = [within(details, sentence)[0], within(sends, sentence)[0]];
          if (!asked || !send || hasNegation(text, sentence) || nearCentral(sentence, asked.index)) continue;
          if (nameOnly.has(asked.entry) && isHeadCount(text, sentences, index)) continue;
          const [start, end] = [Math.min(send.start, asked.start), Math.max(send.end, asked.end)];
          reportOnce(
            text.span.rangeOf(start, end),
            `Remove "${text.span.text.slice(start, end)}": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.`,
          );
        }
      }
      const found = instruments.find(text);
      // A message of the office pasted into the page: its newsletter and its registrations are the office's own.
      if (found.length === 0 || isSpokenByOffice(group, text, organization)) continue;
      const evidence = collecting.find(text);
      const ownership = byWord(text, owned.find(text));
      const waiting = waitingLists.mayMatch(text) ? byWord(text, waitingLists.find(text)) : [];
      const sentences = sentencesOf(text);
      // "We keep no list of our own", "Eine eigene Liste haben wir nicht": a denial before the instrument, or at the end where German and Dutch put it; not one in a clause after it ("… sin pasar por la plataforma").
      const denied = new Set(
        sentences.flatMap((sentence) => {
          const here = within(found, sentence);
          if (here.length === 0) return [];
          const [deniedBefore, endDenied] = [deniedWords(text, sentence), endsDenied(text, sentence)];
          return here.filter((instrument) => endDenied || deniedBefore[instrument.index - sentence.from] === 1 || isDeniedAtClauseEnd(text, instrument.index + instrument.length - 1, sentence) || isDeniedAsTopic(text, sentence, instrument.index, instrument.index + instrument.length - 1));
        }),
      );
      // "Our first newsletter was a sheet sent by post. A list of our own we have not had for years": a list the next sentences deny.
      const deniesAList = sentences.map((sentence) => within(found, sentence).some((instrument) => denied.has(instrument)));
      for (const [index, sentence] of sentences.entries()) {
        if (isDecidedAgainst(text, sentence) || isAnsweredNo(text, sentence) || answeredCentrally(text, sentences, index, central) || deniesAList.slice(index + 1, index + 3).includes(true)) continue;
        const instrumentsHere = within(found, sentence);
        if (instrumentsHere.length === 0 || isQuotedSentence(text, sentence)) continue;
        // "Een eigen adressenlijst houden we niet bij: de nieuwsbrief komt van …": a list denied proves nothing of the newsletter beside it.
        const evidenceHere = within(evidence, sentence).filter((match) => ![...denied].some((instrument) => match.index >= instrument.index && match.index < instrument.index + instrument.length));
        // "Our own mailing list was closed in 2023": closed after it is named, unless the sentence asks for data.
        const closing = evidenceHere.length === 0 ? lastClosing(text, sentence) : -1;
        for (const instrument of instrumentsHere) {
          if (denied.has(instrument) || closing > instrument.index + 1 || waiting[instrument.index]) continue;
          if (generalWords.has(instrument.entry) && isHeadCount(text, sentences, index)) continue;
          // "fazer uma newsletter nossa → também não": a proposal, and after an arrow its answer, no.
          if (answeredAfterArrow(text, sentence, instrument)) continue;
          // "Recommend the office's newsletter instead of making our own lists": the group's own, set aside.
          if (isSetAside(text, sentence, instrument.index, instrument.index + instrument.length - 1)) continue;
          // The group's own instrument ("our own newsletter", "una newsletter tutta nostra"), or one that asks for data or to sign up.
          // "Its newsletter", "seinen eigenen Newsletter": someone else's (the office's), whatever the sentence says of it.
          if ([1, 2].some((distance) => thirdPersonPossessives.has(text.words[instrument.index - distance]?.text ?? ''))) continue;
          // "Onay formunu kayıt masasında doldurabilirsiniz", "the photo consent form": a consent given on paper, no list of anyone.
          if ([1, 2].some((distance) => consentWords.has(text.words[instrument.index - distance]?.text ?? ''))) continue;
          // A group the office runs is the office: "our newsletter" is the office's own.
          const own = generalWords.has(instrument.entry) || runByOffice ? undefined : ownershipNear(text, sentence, ownership, instrument);
          // "Como la plataforma no manda los avisos, Iñaki ha montado una hojita: nombre…": an opening clause of cause is the background; the proof is in the instrument's clause.
          const causeEnd = openingCauseClauseEnd(text, sentence);
          const evidenceOfClause = causeEnd !== undefined && instrument.index > causeEnd ? evidenceHere.filter((match) => match.index > causeEnd) : evidenceHere;
          const proof = own ?? evidenceOfClause.find((match, at) => match.index !== instrument.index || at > 0) ?? evidenceThere(text, sentences[index + 1], evidence);
          // "La newsletter la manda l'ufficio alumni", "inscrevam-se na plataforma": the office or the platform beside the instrument, or beside what takes the data.
          if (!proof || nearCentral(sentence, instrument.index) || (proof !== own && nearCentral(sentence, proof.index)) || namedForNetwork(text, instrument, organization)) continue;
          // "Newsletter abonnieren: Häkchen im Profil auf der Plattform setzen": a label, and after its colon the office's way.
          if (centralAfterColon(text, sentence, instrument, central)) continue;
          if (isReportedQuestion(text, sentence, instrument.index)) continue;
          const [start, end] = proof.start < instrument.start ? [proof.start, instrument.end] : [instrument.start, proof.end];
          reportOnce(
            text.span.rangeOf(start, end),
            `Remove "${text.span.text.slice(start, end)}": groups may not collect alumni contact details or keep their own mailing lists, forms or sheets. Ask readers to join the group on the alumni platform, and send communications through the office.`,
          );
        }
      }
    }
  },
});

/** Consent, in the network's languages: a consent form records a permission, not contact details for a list. */
const consentWords = new Set(['consent', 'onay', 'izin', 'autorisation', 'consentement', 'einverstandnis', 'einwilligung', 'einwilligungs', 'consenso', 'liberatoria', 'autorizacion', 'consentimiento', 'consentimento', 'autorizacao', 'toestemming', 'toestemmings', 'zgody', 'zgoda', 'συγκαταθεσης', 'συναινεσης']);

/** "There", in the network's languages: the next sentence goes on about the instrument ("… een gedeelde spreadsheet. Zet daar je naam in"). */
const thereWords = new Set(['there', 'dort', 'darin', 'daar', 'daarin', 'ahi', 'alli', 'tam', 'εκει', 'oraya', 'orada']);

/** What the next sentence asks for, when it opens by pointing back at the instrument with a "there". */
function evidenceThere(text: WordedSpan, next: Sentence | undefined, evidence: readonly LexiconMatch[]): LexiconMatch | undefined {
  if (!next || !text.words.slice(next.from, Math.min(next.to, next.from + 3)).some((word) => thereWords.has(word.text))) return undefined;
  return within(evidence, next)[0];
}

/** Someone's own details ("your e-mail address", "vos coordonnées"), which a page must not ask readers to send to the group. */
const yourDetails = new Lexicon([
  'your name', 'your e mail*', 'your email*', 'your address*', 'your details', 'your contact*', 'your phone*', 'your mobile',
  'vos coordonnees', 'votre adresse', 'votre e mail', 'votre email', 'votre nom', 'votre numero', 'ton adresse', 'ton e mail',
  'eure adresse', 'eure e mail*', 'deine adresse', 'deine e mail*', 'ihre e mail*', 'eure kontaktdaten', 'deine kontaktdaten',
  'la vostra email', 'la vostra e mail', 'il vostro indirizzo', 'il tuo indirizzo', 'la tua email', 'i vostri dati', 'i tuoi dati',
  'tu correo', 'tu email', 'tu nombre', 'tus datos', 'vuestro correo', 'vuestros datos',
  'o teu e mail', 'o teu email', 'o seu e mail', 'o seu email', 'teus dados', 'seus dados',
  'je e mailadres', 'je mailadres', 'je gegevens', 'uw e mailadres',
  'swoj adres', 'swoj e mail', 'twoj adres', 'swoje dane', 'twoje dane',
]);
/** Whether an arrow follows the instrument in its sentence, and a word of denial is among the three words after it. */
function answeredAfterArrow(text: WordedSpan, sentence: Sentence, instrument: LexiconMatch): boolean {
  const last = text.words[sentence.to - 1] as Word;
  const arrow = text.span.text.slice(instrument.end, last.end).search(/→|->|=>/);
  if (arrow < 0) return false;
  const at = instrument.end + arrow;
  let next = instrument.index + instrument.length;
  while (next < sentence.to && (text.words[next] as Word).start <= at) next++;
  return text.words.slice(next, Math.min(next + 3, sentence.to)).some((word) => isDenyingWord(word.text));
}

/** Asking for a name alone, which a reply to say who comes gives. */
const nameOnly = new Set(['your name', 'votre nom', 'tu nombre']);

/** Counting who comes to an event: how many, the seats or places it has, "let us know". */
const headCounts = new Lexicon([
  'how many', 'head count', 'headcount', 'rsvp', 'seats', 'combien', 'nombre de places', 'wie viele', 'wieviele', 'bescheid', 'fasst', 'platze', 'quanti', 'quante', 'posti',
  'cuantos', 'cuantas', 'plazas', 'quantos', 'quantas', 'lugares', 'hoeveel', 'plaatsen', 'ilu', 'ile osob', 'miejsc', 'ποσοι', 'ποσες', 'θεσεις', 'kac kisi', 'kisi sayisi',
]);

/**
 * Whether the sentence, or the one before it, counts heads for an event and the sentence asks for no
 * contact details: a reply to say who comes ("Jörg macht die Liste", "send a text with your name and
 * how many") is kept for the day, no list of contacts.
 */
function isHeadCount(text: WordedSpan, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentences[index] as Sentence;
  if (!headCounts.mayMatch(text) || within(contactDetails.find(text), sentence).length > 0) return false;
  const counts = headCounts.find(text);
  return [sentence, sentences[index - 1]].some((around) => around !== undefined && within(counts, around).length > 0);
}

/** Asking to send something, in the network's languages. */
const sendWords = new Lexicon(['send*', 'e mail me', 'email me', 'mail me', 'e mail us', 'email us', 'envoy*', 'schick*', 'mand*', 'invia*', 'envi*', 'stuur*', 'wysl*', 'wyslij']);

/** The office and the alumni platform, by their names: a newsletter or a registration of theirs is how it should be done. */
const centralNamesOf = new WeakMap<Organization, Lexicon>();
function centralNames(organization: Organization): Lexicon {
  let names = centralNamesOf.get(organization);
  if (!names) centralNamesOf.set(organization, (names = makeCentralNames(organization)));
  return names;
}

function makeCentralNames(organization: Organization): Lexicon {
  return new Lexicon([organization.office.name, organization.alumniPlatform.name.replace(/^the\s+/i, ''), ...platformWords, 'office', 'bureau*', 'buro*', 'ufficio', 'oficina', 'escritorio', 'gabinete', 'kantoor', 'biur*', 'γραφει*', 'ofis*'].map(fold));
}

/**
 * For a span: whether the sentence gives what is at a word to the office or the alumni platform, named
 * within four words of it ("the office's newsletter", "our newsletter on the platform"), rather than
 * setting it beside them ("besides the platform, we have our own list"). Each word is looked at once.
 */
function centralNear(text: WordedSpan, central: Lexicon): (sentence: Sentence, index: number) => boolean {
  let names: (LexiconMatch | undefined)[] | undefined;
  let besideWords: (LexiconMatch | undefined)[] | undefined;
  return (sentence, index) => {
    names ??= byWord(text, central.find(text));
    besideWords ??= byWord(text, beside.find(text));
    for (let at = Math.max(sentence.from, index - 4); at <= Math.min(sentence.to - 1, index + 4); at++) {
      const name = names[at];
      if (name?.index === at && ![1, 2, 3].some((distance) => (besideWords as (LexiconMatch | undefined)[])[at - distance])) return true;
    }
    return false;
  };
}

/**
 * Whether the sentence is a question the next one answers with the office's way ("Do I fill in a form?
 * Yes, the mentoring programme's one on the platform"): the office or the platform among its first words.
 */
function answeredCentrally(text: WordedSpan, sentences: readonly Sentence[], index: number, central: Lexicon): boolean {
  const [question, answer] = [sentences[index] as Sentence, sentences[index + 1]];
  if (!answer || !isQuestion(text, question)) return false;
  for (let at = answer.from; at < Math.min(answer.to, answer.from + 12); at++) if (central.matchLengthAt(text, at) > 0) return true;
  return false;
}

/** Whether a colon follows the instrument within three words, and the office or its platform is named in the dozen words after it. */
function centralAfterColon(text: WordedSpan, sentence: Sentence, instrument: LexiconMatch, central: Lexicon): boolean {
  const last = instrument.index + instrument.length - 1;
  for (let at = last; at < Math.min(sentence.to - 1, last + 3); at++) {
    if (!text.span.text.slice((text.words[at] as Word).end, (text.words[at + 1] as Word).start).includes(':')) continue;
    for (let after = at + 1; after < Math.min(sentence.to, at + 13); after++) if (central.matchLengthAt(text, after) > 0) return true;
    return false;
  }
  return false;
}

/** The word within three words of the instrument, in its sentence, that claims it for the group, if any. */
function ownershipNear(text: WordedSpan, sentence: Sentence, ownership: readonly (LexiconMatch | undefined)[], instrument: LexiconMatch): LexiconMatch | undefined {
  for (let at = Math.max(sentence.from, instrument.index - 3); at <= Math.min(sentence.to - 1, instrument.index + 3); at++) {
    const word = ownership[at];
    if (word?.index === at && ownsInstrument(text, word, instrument)) return word;
  }
  return undefined;
}

/** "Besides", "in addition to", in the network's languages. */
const beside = new Lexicon(['besides', 'addition', 'apart from', 'outre', 'en plus', 'zusatzlich', 'ausser', 'neben', 'oltre', 'inoltre', 'ademas', 'alem', 'naast', 'behalve', 'oprocz', 'poza']);

/** Words by which the group claims the instrument as its own ("our own newsletter", "notre lettre maison"), next to it. */
const owned = new Lexicon(['our', 'own', 'maison', 'notre', 'nos', 'propre', 'eigen*', 'unser*', 'nostr*', 'propi*', 'propri*', 'nuestr*', 'nosso', 'nossa', 'onze', 'wlasn*', 'nasz*', 'δικο μας', 'δικη μας', 'kendi', 'kendimiz', 'bizim']);

/**
 * Whether the word claims the instrument for the group: in the same clause, and not someone else's
 * own ("its own newsletter", "sa propre newsletter", "seinen eigenen Newsletter", "the Office's own
 * newsletter", where the office is meant).
 */
function ownsInstrument(text: WordedSpan, ownership: LexiconMatch, instrument: LexiconMatch): boolean {
  const [first, second] = ownership.index < instrument.index ? [ownership, instrument] : [instrument, ownership];
  if (/[,;:.!?]/.test(text.span.text.slice(first.end, second.start))) return false;
  const before = text.words[ownership.index - 1];
  if (!before) return true;
  // "Relations' own", "Office's own" (Office, an apostrophe, then "s").
  const genitive = /^['’]\s+$/.test(text.span.text.slice(before.end, ownership.start)) || (before.text === 's' && /['’]$/.test(text.span.text.slice(0, before.start)));
  return !genitive && !thirdPersonPossessives.has(before.text);
}

const thirdPersonPossessives = new Set([
  'its', 'his', 'her', 'their', 'sa', 'son', 'ses', 'leur', 'leurs', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
  'suo', 'sua', 'suoi', 'sue', 'loro', 'su', 'sus', 'seu', 'seus', 'suas', 'zijn', 'haar', 'hun', 'jego', 'jej', 'ich', 'onun', 'onlarin',
]);

/** "The CERN Alumni newsletter": the network's name just before the instrument names the network's own (not "the CERN Alumni Lyon newsletter"). */
function namedForNetwork(text: WordedSpan, instrument: LexiconMatch, organization: Organization): boolean {
  const name = foldedWords(organization.networkName);
  return name.length > 0 && name.every((word, offset) => text.words[instrument.index - name.length + offset]?.text === word);
}

/** Whether the span holds the given line of the file, or introduces it: it ends with a colon just before ("Put your details in our sheet:", then the address). */
function aroundLine(text: WordedSpan, line: number): boolean {
  const range = text.span.rangeOf(0, text.span.text.length);
  return (range.line <= line && line <= range.endLine) || (range.endLine < line && range.endLine >= line - 2 && /:\s*$/.test(text.span.text));
}
