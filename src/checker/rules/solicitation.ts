import { countrySpecs, isValidIBAN } from 'ibantools';
import { addresses, isOnDomain, removeThis } from '../text/addresses.ts';
import { deniedWords, hasNegation, hasNegationFor, isAnsweredNo, isDecidedAgainst, isDeniedAfter, isDeniedAsTopic, isQuestion, isQuotedSentence, isSubjectOfTalk, putsNegationLast } from '../text/assertion.ts';
import { oncePerPlace } from '../text/matching.ts';
import { numberValue, numberWordsPattern } from '../text/numbers.ts';
import { followsTitle, Lexicon, sentenceAt, sentencesOf, within, wordedText, type LexiconMatch, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/** Donation, crowdfunding, collection and payment pages. */
const paymentHosts = new Set([
  'gofundme.com', 'gofund.me', 'justgiving.com', 'paypal.me', 'patreon.com', 'ko-fi.com', 'buymeacoffee.com', 'cafecito.app', 'kickstarter.com', 'indiegogo.com', 'leetchi.com',
  'venmo.com', 'revolut.me', 'donorbox.org', 'givebutter.com', 'opencollective.com', 'liberapay.com', 'ulule.com', 'helloasso.com', 'wemakeit.com', 'crowdfunder.co.uk',
  'cash.app', 'donate.stripe.com', 'buy.stripe.com', 'lydia-app.com', 'lydia.me', 'twint.ch', 'tikkie.me', 'zrzutka.pl', 'pomagam.pl', 'vakinha.com.br', 'kisskissbankbank.com',
  'lepotcommun.fr', 'betterplace.org', 'betterplace.me', 'goteo.org', 'verkami.com', 'migranodearena.org', 'justgiving.org', 'alvarum.com', 'rete del dono', 'retedeldono.it', 'produzioni dal basso', 'produzionidalbasso.com', 'whydonate.com', 'doneren.nl', 'paypal.com',
  'buycoffee.to', 'suppi.pl', 'patronite.pl', 'tipeee.com', 'steady.page', 'steadyhq.com', 'bmc.link', 'givealittle.co.nz', 'kofi.com',
]);
/** On paypal.com only some pages ask for money. */
const paypalMoneyPaths = /^\/(?:donate|paypalme|pools|fundraiser|[a-z]{2}\/fundraiser|cgi-bin\/webscr)/i;

interface Kind {
  what: string;
  /** Words that ask for money, promote a charity or advertise, each enough on its own. */
  words: Lexicon;
}

/** Words of one language's list that mean something else in another: Italian "si spende" is spending, not a German "Spende". */
const falseFriends = new Map([['spende', 'ita']]);
/** German "we collect": a request for money only where the sentence names money, a sum or what it is for. */
const collectingWords = new Set(['wir sammeln', 'sammeln wir']);
const moneyCues = new Set(['fur', 'geld', 'euro', 'eur', 'chf', 'franken', 'geschenk', 'spende', 'spenden', 'betrag', 'kasse', 'konto', 'kranz', 'blumen']);
function collectingWithoutMoney(text: WordedSpan, match: LexiconMatch, sentence: Sentence): boolean {
  if (!collectingWords.has(match.entry)) return false;
  for (let at = sentence.from; at < sentence.to; at++) if (moneyCues.has((text.words[at] as Word).text) || /\d/.test((text.words[at] as Word).text)) return false;
  return true;
}

/** Names that start like a word of asking: "Donatella Di Pietrantonio" is an author, not a donation. */
const namesLikeWords = new Set(['donatella', 'donatello', 'donato', 'donata', 'donati']);

/** Payment services, by name: a request for money, unless the page names one as the way each pays their own share. */
const paymentServices = ['paypal', 'twint', 'bizum', 'pix', 'tikkie', 'lydia', 'venmo', 'revolut', 'satispay', 'blik*', 'iris', 'mbway', 'papara', 'mercado pago'];

/** A shop's till, where a percentage is taken off: "at the till", "en caja", "an der Kasse", "στο ταμείο". */
const tillWords = new Lexicon(['at the till', 'at the checkout', 'at the counter', 'when you pay', 'a la caisse', 'en caisse', 'au moment de payer', 'en payant', 'beim bezahlen', 'al momento di pagare', 'al pagar', 'ao pagar', 'bij het afrekenen', 'przy placeniu', 'an der kasse', 'alla cassa', 'en caja', 'en la caja', 'no caixa', 'na caixa', 'aan de kassa', 'bij de kassa', 'przy kasie', 'na kasie', 'στο ταμειο', 'kasada']);

/** A percentage off a price, in the network's languages ("15% off", "10 % auf alle", "20% korting", "%10 indirim"). */
const percentOff = /\d+\s?%\s?(?:off\b|auf\s+alles?\b|korting|rabatt|discount|zni[zż]k|indirim|κάτω|menos|in meno|de moins|weniger)|%\s?\d+\s?indirim/giu;

const charityPromotion = 'the promotion of a charity';
/**
 * Proceeds that covered the group's own costs ("Der Erlös des Kuchenverkaufs hat die Saalmiete gedeckt")
 * went to no charity; and a question ("Do you do anything for charity?", as an FAQ asks) promotes none.
 */
const coveredWords = new Lexicon([
  'covered', 'cover', 'covers', 'paid for', 'couvert', 'couverts', 'couvre', 'couvrent', 'gedeckt', 'deckt', 'deckte', 'deckten', 'coperto', 'coperti', 'coperte', 'copre', 'coprono',
  'cubierto', 'cubiertos', 'cubrio', 'cubre', 'cobriu', 'cobre', 'cobriram', 'gedekt', 'dekte', 'dekt', 'pokryl*', 'pokryw*', 'καλυψε', 'καλυψαν', 'karsiladi', 'karsilar',
]);

/**
 * What a page must not do, each with its words in the network's languages. Stating what an event costs
 * is information ("dinner CHF 20, at own cost"), and so is thanking a partner for a past gift.
 */
/** "Code", before a code to give: "le code", "das Codewort", "il codice", "kodu". */
const codeWords = new Set(['code', 'codes', 'codeword', 'codewort', 'codice', 'codigo', 'kod', 'kodem', 'kodu', 'kodunu', 'κωδικο', 'κωδικος', 'promocode', 'promo', 'gutscheincode', 'rabattcode', 'kortingscode']);
/** Buying or booking something, in the network's languages. */
const purchaseWords = new Lexicon([
  'book', 'booking', 'checkout', 'order', 'ordering', 'purchase', 'shop', 'reservation', 'commande', 'commander', 'achat', 'buchung', 'buchen', 'bestellung', 'bestellen', 'kauf', 'einkauf',
  'prenotazione', 'prenotare', 'ordine', 'acquisto', 'reserva', 'reservar', 'pedido', 'compra', 'marcacao', 'encomenda', 'boeking', 'boeken', 'bestelling', 'bestellen', 'aankoop',
  'rezerwacja', 'rezerwacji', 'zamowienie', 'zamowieniu', 'zakupie', 'κρατηση', 'παραγγελια', 'αγορα', 'randevu', 'siparis', 'satin',
]);
/** After "code", a promotion code: capitals and digits with a letter, and a digit or a hyphen ("ALUMNI-LX", "CERN2026"), or five capitals or more. */
const promotionCode = /[\s:«»"“”'‘’„]*(?:(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*[\d-])[A-Z0-9][A-Z0-9-]*[A-Z0-9]|[A-Z]{5,})(?![\p{L}\p{N}-])/uy;
/** A warning against scams ("beware of 'bargains' at half price, almost always a scam"): what it names is no offer of the group's. */
const scamWarnings = new Lexicon([
  'beware', 'watch out for', 'be careful with', 'scam', 'scams', 'fraud', 'frauds', 'fraudulent', 'attention aux', 'mefiez vous', 'arnaque*', 'escroquerie*',
  'vorsicht vor', 'achtung vor', 'betrug', 'betruger*', 'abzocke', 'attenzione a', 'attenzione alle', 'attenti a', 'attenti alle', 'truffa', 'truffe', 'cuidado con', 'estafa*', 'timo', 'timos', 'cuidado com', 'golpe', 'golpes', 'burla', 'burlas',
  'pas op voor', 'oplichting', 'oplichters', 'uwazajcie na', 'uwaga na', 'oszust*', 'απατη', 'απατες', 'προσοχη σε', 'dolandirici*', 'dolandiricilik',
]);
const warnsAgainst = (text: WordedSpan, sentence: Sentence) => scamWarnings.mayMatch(text) && within(scamWarnings.find(text), sentence).length > 0;

/** Generosity asked of readers ("tell them to be generous at the till"); with time or stories ("be generous with your time") it is not money. */
const generosity = ['be generous', 'soyez genereux', 'soyez genereuses', 'seid grosszugig', 'siate generosi', 'sed generosos', 'sejam generosos', 'wees gul', 'badzcie hojni', 'να ειστε γενναιοδωροι', 'comert olun'];
const withWords = new Set(['with', 'avec', 'mit', 'con', 'com', 'met', 'z', 'ze', 'με', 'ile']);

/** Half the price, in the network's languages: an offer to readers, unless it is a fare the public has (children at half price). */
const halfPrice = ['half price', 'moitie prix', 'halben preis', 'meta prezzo', 'mitad de precio', 'metade do preco', 'halve prijs', 'pol ceny', 'μιση τιμη', 'yari fiyat*'];

const kinds: Kind[] = [
  {
    what: 'a request for money',
    words: new Lexicon([
      'donat*', 'crowdfund*', 'gofundme', 'kickstarter', 'indiegogo', 'ulule', 'leetchi', 'kisskissbankbank', 'verkami', 'zrzutka', 'fundrais*', 'fund rais*', 'raise funds', 'raising funds', 'raise money', 'raising money', 'chip in', 'collecting money', 'collect money', 'collection for', 'send what you can', 'any amount helps', 'every amount helps', 'pay what you want', 'voluntary contribution', 'financial contribution', 'support us with', 'sponsor a kilometre', 'iban', 'pass the hat', 'passing the hat', 'whip round', 'kitty', 'throw in a', 'throws in a', 'supporter tier', 'supporters tier', 'paid tier', 'back the project', 'back our project', 'back us', 'whatever you can', 'whatever you fit', 'every kobo', 'every penny', 'every cent', 'every contribution counts',
      'faites un don', 'faire un don', 'un don', 'dons', 'cagnotte', 'chaque centime', 'chaque contribution compte', 'ce que vous pouvez', 'participation libre', 'chapeau circulera', 'tourner une enveloppe', 'fera tourner une enveloppe', 'ferons tourner une enveloppe', 'enveloppe circulera', 'une enveloppe circule', 'enveloppe qui circule', 'donnez ce que vous voulez', 'collecte', 'faire la quete', 'ferons la quete', 'fera la quete', 'une quete pour', 'une quete au profit', 'la quete pour', 'cotisation volontaire',
      'spende', 'spenden', 'spendet', 'spendenkonto', 'spendenaufruf', 'kollekte', 'sammeltopf', 'beisteuern', 'beisteuert', 'jeder betrag hilft', 'unkostenbeitrag', 'freiwilliger beitrag', 'sammeln geld', 'sammlung', 'wir sammeln', 'sammeln wir', 'spardose', 'sparschwein', 'aufs konto',
      'piggy bank', 'tirelire', 'salvadanaio', 'hucha', 'cofrinho', 'spaarpot', 'skarbonk*', 'kumbara',
      // Greek's piggy bank with its article: "κουμπάρα" alone is also the maid of honour at a wedding.
      'ο κουμπαρας', 'ενας κουμπαρας', 'εναν κουμπαρα', 'τον κουμπαρα', 'στον κουμπαρα', 'του κουμπαρα', 'κουμπαραδ*', 'κουμπαρακι*',
      'donazion*', 'colletta', 'allunghi qualcosa', 'allungate qualcosa', 'allungare qualcosa', 'allungare qualche euro', 'raccogliere offerte', 'raccogliamo offerte', 'raccoglieremo offerte', 'raccolta di offerte', 'raccolta offerte', 'passare il cappello', 'passeremo il cappello', 'passeremo con il cappello', 'passa il cappello', 'giro del cappello', 'giro col cappello', 'qualsiasi cifra', 'quota volontaria', 'offerta libera', 'fare un offerta', 'fate un offerta', 'lasciare un offerta', 'raccolta fondi', 'ogni contributo', 'sostieni il gruppo',
      'eurillos', 'euros de mas', 'euro de mas', 'euros en plus', 'euro in piu', 'euros a mais', 'passer un bocal', 'fera passer un bocal', 'ferons passer un bocal', 'passer le chapeau', 'passera le chapeau',
      'donativo*', 'donacion*', 'hacer un bote', 'un bote para', 'recaudacion', 'unos pesos', 'echen unos', 'echad unos', 'echa unos', 'sammeldose', 'spendendose', 'spendenbox', 'sammelbox', 'kasseli', 'kassli', 'kassle', 'schweinderl', 'sparschweinchen', 'aportacion voluntaria', 'aporte voluntario', 'cualquier cantidad', 'cualquier monto', 'cualquier aporte', 'vaquita', 'colecta', 'cooperacha', 'coperacha', 'toda moneda suma', 'lo que le nazca', 'lo que puedas', 'lo que puedan', 'lo que buenamente pued*',
      'doacao', 'doacoes', 'doar', 'vaquinha', 'angariac*', 'angariar', 'juntar uns trocos', 'uns trocos', 'qualquer valor', 'contribuicao voluntaria', 'chave pix', 'cada contribuicao conta', 'o que puderem', 'deixem a vossa contribuicao', 'cada centavo',
      'doneer*', 'donatie*', 'vrijwillige bijdrage', 'inzamel*', 'duit in het zakje', 'elke euro helpt', 'elk bedrag*', 'ieder bedrag*', 'betaalverzoek*', 'groepsrekening', 'collectebus', 'doe er wat in', 'doe er iets in', 'gooi er wat in', 'gooi er iets in',
      'darowizn*', 'zrzutk*', 'pare zlotych', 'pare groszy', 'do puszki', 'wrzucic do puszki', 'datk*', 'kwest*', 'ile mozecie', 'ile kto moze',
      'round up your', 'round it up', 'round your', 'arrondir', 'arrondissez', 'arrondi solidaire', 'aufrunden', 'aufrundet', 'arrotondare', 'arrotondate', 'redondear', 'redondead', 'arredondar', 'arredondem', 'zaokraglij*',
      'δωρεα', 'δωρεες', 'δωρεων', 'εισφορα', 'ερανο*', 'ο τι μπορει', 'ο τι μπορειτε', 'οτι μπορειτε',
      // Each unit of money, and generosity, asked for: "every euro the stand makes goes to…", "tell them to be generous at the till".
      'every euro', 'every franc', 'every pound', 'every dollar', 'every rupee', 'every hundred rupees', 'every ten euros', 'every ten francs', 'every ten pounds', 'chaque euro', 'chaque franc', 'jeder euro', 'jeder franken', 'jeder batzen', 'jeder rappen', 'jeden rappen', 'jeder zehner', 'jeder funfer', 'every tenner', 'every fiver', 'ogni euro', 'ogni centesimo', 'cada euro', 'cada peso', 'cada real', 'cada centimo', 'elke cent', 'kazde euro', 'kazda zlotowka', 'kazdy grosz', 'καθε ευρω', 'her kurus', 'her lira',
      // A hand in one's pocket: "dig deep", "mettre la main à la poche", "cebinden bir şey ayırabilecek olan".
      'dig deep', 'hand in your pocket', 'main a la poche', 'main au portefeuille', 'in die tasche greif*', 'tief in die tasche', 'mano al portafogli*', 'rascarse el bolsillo', 'rascaos el bolsillo', 'mano al bolsillo', 'mao no bolso', 'diep in de buidel', 'in de buidel tast*', 'siegn* do kieszeni', 'χερι στην τσεπη', 'cebin* bir sey ayir*', 'cebin* ayir*', 'elini cebine at*',
      ...generosity,
      // What a reader has spare: "αφήστε ό,τι σας περισσεύει", "whatever you can spare".
      'whatever you can spare', 'what you can spare', 'was ihr ubrig habt', 'was ihr erubrigen konnt', 'quello che vi avanza', 'lo que os sobre', 'lo que te sobre', 'o que vos sobrar', 'o que lhe sobrar',
      'wat je kunt missen', 'wat u kunt missen', 'ile wam zbywa', 'ο τι σας περισσευει', 'οτι σας περισσευει', 'ο τι περισσευει', 'ο τι του περισσευει', 'ο τι της περισσευει', 'ο τι μας περισσευει', 'ο τι τους περισσευει', 'οτι του περισσευει', 'οτι της περισσευει', 'καθε δεκαρα μετραει', 'βαλει ενα χερακι', 'βαλτε ενα χερακι', 'bagis*', 'zrzucamy', 'zrzucmy', 'niech dorzuci', 'dorzuci choc', 'dorzucic sie', 'dorzuccie', 'kazda kwota', 'zbiorka pieniedzy', 'zbiorke pieniedzy', 'zbieramy na', 'wplat*',
      'mb way', 'elini tasin altina', 'gonlu* ne kop*', 'para toplu*', 'para topla*', 'yardim kampanyasi',
      // A sum each chooses: "ένα ποσό της αρεσκείας του", "un montant de votre choix".
      'amount of your choice', 'amount of your choosing', 'sum of your choice', 'montant de votre choix', 'somme de votre choix', 'montant libre', 'betrag nach wahl', 'einen beliebigen betrag', 'importo a piacere', 'offerta a piacere', 'cantidad a voluntad',
      'valor a escolha', 'quantia a escolha', 'bedrag naar keuze', 'vrij bedrag', 'dowolna kwote', 'dowolna kwota', 'της αρεσκειας', 'ποσο της αρεσκειας', 'istediginiz miktar*', 'dilediginiz miktar*',
      ...paymentServices, 'helloasso', 'gofundme',
      'bank details', 'kontodaten', 'bankverbindung', 'coordonnees bancaires', 'dati bancari', 'datos bancarios', 'dados bancarios', 'bankgegevens', 'dane do przelewu', 'banka bilgileri', 'στοιχεια του λογαριασμου', 'εμβασμα', 'εμβασματος', 'με εμβασμα',
      'group account', 'group s account', 'account of the group', 'compte du groupe', 'gruppenkonto', 'konto der gruppe', 'conto del gruppo', 'cuenta del grupo', 'conta do grupo',
      'rekening van de groep', 'konto grupy', 'λογαριασμο της ομαδας', 'grup hesabi', 'grubun hesabi', 'grubun hesabina',
      'membership fee', 'annual fee', 'yearly fee', 'cotisation', 'cotisations', 'mitgliedsbeitrag', 'jahresbeitrag', 'quota associativa', 'quota annuale', 'cuota de socio', 'cuota anual', 'anuidade', 'contributie', 'skladka', 'skladki',
    ]),
  },
  {
    what: charityPromotion,
    words: new Lexicon([
      'charity', 'charities', 'charitable', 'in aid of', 'proceeds go', 'proceeds will go', 'proceeds to', 'good cause',
      'everything we collect goes', 'all we collect goes', 'ο τι μαζευτει', 'οτι μαζευτει', 'ολα τα εσοδα', 'τα εσοδα πανε', 'toplanan paranin', 'gelirin tamami', 'tout ce que nous recoltons', 'alles was wir sammeln', 'tutto quello che raccogliamo', 'quanto raccolto andra', 'quanto raccolto va',
      'todo lo que juntemos', 'todo lo que recojamos', 'lo que se junte', 'lo que se recaude', 'tudo o que se juntar', 'was zusammenkommt', 'tudo o que juntarmos', 'tudo o que arrecadarmos', 'por una causa', 'pour une bonne cause', 'per una buona causa', 'por uma boa causa',
      'au profit de', 'les benefices iront', 'reverse a', 'association caritative',
      'erlos', 'benefiz*', 'wohltatig*', 'guten zweck',
      'ricavato', 'benefica', 'benefico', 'in beneficenza', 'beneficenza', 'opere di bene',
      'lo recaudado', 'todo lo recaudado', 'a beneficio de', 'beneficencia', 'rifa solidaria', 'cena solidaria', 'causa solidaria', 'fines solidarios', 'fines beneficos',
      'renda sera', 'toda a renda', 'reverte a favor', 'reverte integralmente', 'revertera', 'arrecadado', 'beneficente', 'caridade',
      'opbrengst', 'goed doel', 'goede doel', 'liefdadig*',
      'dochod', 'dochod z', 'charytatyw*', 'na cel', 'na rzecz', 'utarg idzie na', 'caly utarg', 'takings go', 'all takings',
      'εσοδα', 'καλο σκοπο', 'ολο παει στο', 'ολο θα παει στο', 'ολα πανε στο', 'ολα θα πανε στο', 'φιλανθρωπ*', 'hayir amacli', 'hayir kurumu', 'gelirin tamami', 'tum gelir*', 'elde edilen gelir*',
    ]),
  },
  {
    what: 'advertising',
    words: new Lexicon([
      'discount', 'discounts', 'discount code', 'promo code', 'promotional code', 'coupon', 'voucher', 'referral link', 'affiliate link', 'buy now', 'order now', 'shop now', 'special offer', 'exclusive offer', 'limited time offer', 'for sale', 'best price', 'best prices', 'free trial', 'use the code', 'with the code',
      'use code', 'enter code', 'sponsorship package*', 'sponsoring package*',
      ...halfPrice,
      // A part of the price taken off: "knock a sixth off", "ein Zehntel weniger", "een vijfde van de prijs af".
      ...['a third', 'a quarter', 'a fifth', 'a sixth', 'a tenth'].flatMap((part) => [`${part} off`, `knock ${part} off`, `${part} less`]),
      ...['ein drittel', 'ein viertel', 'ein funftel', 'ein sechstel', 'ein zehntel'].flatMap((part) => [`${part} weniger`, `${part} gunstiger`, `${part} billiger`]),
      ...['una tercera parte', 'una cuarta parte', 'una quinta parte', 'una decima parte'].map((part) => `${part} menos`),
      ...['een derde', 'een kwart', 'een vijfde', 'een zesde', 'een tiende'].map((part) => `${part} van de prijs af`),
      ...['un tiers', 'un quart', 'un cinquieme', 'un dixieme'].map((part) => `${part} de moins`),
      ...['un terzo', 'un quarto', 'un quinto', 'un decimo'].map((part) => `${part} in meno`),
      ...['un tercio', 'un cuarto', 'un quinto', 'un decimo'].map((part) => `${part} menos`),
      ...['um terco', 'um quarto', 'um quinto', 'um decimo'].map((part) => `${part} a menos`),
      'reduction', 'de remise', 'une remise', 'code promo', 'avec le code', 'bon de reduction', 'offre speciale', 'a vendre', 'en vente',
      'rabatt', 'rabattcode', 'gutschein*', 'mit dem code', 'sonderangebot', 'zu verkaufen', 'im angebot',
      'sconto', 'codice sconto', 'con il codice', 'col codice', 'in offerta', 'in vendita',
      'descuento', 'codigo de descuento', 'con el codigo', 'cupon', 'a la venta', 'oferta especial',
      'desconto', 'cupom', 'com o cupom', 'com o codigo', 'a venda', 'promocao',
      'korting', 'kortingscode', 'met de code', 'te koop',
      'znizk*', 'rabat', 'kod rabatowy', 'z kodem', 'na sprzedaz', 'promocj*',
      'εκπτωση', 'εκπτωσεις', 'κωδικο εκπτωσης', 'με τον κωδικο',
      // Greek in Latin letters, as messages write it: "25% ekptwsi me ton kwdiko ALUMNI25".
      'ekptwsi', 'ekptosi', 'ekptwseis', 'ekptoseis', 'me ton kwdiko', 'me ton kodiko', 'πωλειται', 'πωλουνται',
      'indirim', 'indirimli', 'indirim kodu', 'kodu ile', 'kodunu kullan*', 'satilik', 'satista',
    ]),
  },
];

/** Asking readers to contribute: a contribution, a request or a payment, and a price ("a yearly contribution of €15, pay here"). */
const contributionWords = new Lexicon(['contribution', 'contributions', 'contribute', 'subscription', 'subscriptions', 'beitrag', 'beitrage', 'contributo', 'contributi', 'aportacion', 'aporte', 'contribucion', 'contribuicao', 'bijdrage', 'wklad']);
const askOrPayWords = new Lexicon(['ask', 'asking', 'request', 'please', 'pay', 'payer', 'payez', 'demandons', 'solicit*', 'sollicit*', 'verser', 'bitten', 'bitte', 'zahlen', 'uberweisen', 'uberweist', 'chiediamo', 'versare', 'versate', 'pagare', 'pagate', 'pedimos', 'pagar', 'pagad', 'paga', 'vragen', 'betalen', 'overmaken', 'prosimy', 'zaplac', 'wplac', 'wplacic']);

/** Dues, whatever they are called: a sum by the year ("20 € par an", "CHF 20 a year"), asked of members. */
const yearlySum = /(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euros?\b|chf\b|zl\b|usd\b|gbp\b|francs?\b|tl\b|r\$))\s*(?:per year|a year|per annum|par an|pro jahr|jahrlich|im jahr|all['’]anno|l['’]anno|annui|al ano|anuales|por ano|ao ano|anuais|per jaar|rocznie|na rok|το χρονο|ετησιως)(?![\p{L}])/u;
const memberWords = new Lexicon(['member*', 'membr*', 'mitglied*', 'miembro*', 'socio', 'socios', 'soci', 'lid', 'leden', 'czlon*', 'μελ*', 'uye*']);

/** Selling things: a price, and a word that takes orders ("€12 each, order at the next apéro"). */
/** Someone selling, in the network's languages ("Javier la vende firmada a 18 €"); no stems, as "vend*" would take in "vendredi". */
const sellingWords = [
  'sell', 'sells', 'selling', 'vend', 'vends', 'vendons', 'vendez', 'vendent', 'verkauft', 'verkaufen', 'verkaufe', 'verkaufst', 'vende', 'venden', 'vendo', 'vendemos', 'vendiamo', 'vendono', 'vendem',
  'verkoopt', 'verkopen', 'sprzedaje', 'sprzedajemy', 'sprzedaja', 'πουλαει', 'πουλαμε', 'πουλανε', 'satiyor', 'satiyoruz', 'satar',
];
/** "Se paga al encargado": the person in charge, after an article, orders nothing. */
const personInCharge = (text: WordedSpan, order: LexiconMatch) => /^encargad[oa]s?$/.test((text.words[order.index] as Word).text) && ['al', 'el', 'la', 'los', 'las', 'del', 'un', 'una'].includes(text.words[order.index - 1]?.text ?? '');
const orderWords = new Lexicon(['order*', 'buy', 'bestell*', 'bestellung*', 'command*', 'prenot*', 'ordin*', 'encarg*', 'encomend*', 'bestel*', 'zamow*', 'zamowien*', 'kup*', 'παραγγελ*', 'siparis*', ...sellingWords]);
/** Tickets and entry, which a venue sells for an event: a cost each pays, not the group selling. */
const ticketWords = new Lexicon(['ticket*', 'billet*', 'eintritt*', 'eintrittskart*', 'karten', 'bigliett*', 'ingress*', 'entrada', 'entradas', 'bilhete*', 'kaartje*', 'toegangsbewijs*', 'bilet*', 'wejsciowk*', 'εισιτηρι*']);
/** Discounts as such, which the public may have by age or situation (not a code, not an offer). */
const discountWords = new Set(['discount', 'discounts', 'reduction', 'de remise', 'une remise', 'rabatt', 'sconto', 'descuento', 'desconto', 'korting', 'znizk*', 'rabat', 'εκπτωση', 'εκπτωσεις', 'indirim', 'indirimli', ...halfPrice]);
/** Who has such a discount: seniors, students, children, families, the retired, in the network's languages. */
const publicCategories = new Lexicon([
  'senior*', 'students', 'student', 'children', 'kids', 'families', 'family', 'retired', 'pensioners', 'over 60*', 'over 65*', 'under 12', 'under 18', 'under 26',
  'maiores', 'menores', 'idosos', 'reformados', 'estudantes', 'criancas', 'familias', 'aines', 'etudiants', 'enfants', 'familles', 'retraites', 'rentner*', 'studierende', 'studenten', 'kinder', 'familien',
  'anziani', 'studenti', 'bambini', 'famiglie', 'over', 'jubilados', 'estudiantes', 'ninos', 'mayores', 'ouderen', 'kinderen', 'gezinnen', 'seniorzy', 'studenci', 'dzieci', 'rodziny', 'emeryci',
  'ηλικιωμενους', 'ηλικιωμενοι', 'φοιτητες', 'παιδια', 'οικογενειες', 'ogrenci*', 'cocuk*', 'aile*', 'emekli*', 'yasli*',
]);
/** Words for an offer that also say what a programme offers ("im Angebot", "in offerta", "special offer"). */
const offerWords = new Set(['im angebot', 'in offerta', 'oferta especial', 'special offer', 'offre speciale', 'promocao', 'promocj*']);
const pricedSentences = new WeakMap<Sentence, boolean>();
function pricedSentence(text: WordedSpan, sentence: Sentence): boolean {
  let priced = pricedSentences.get(sentence);
  if (priced === undefined) {
    const words = text.span.text.slice((text.words[sentence.from] as Word).start, (text.words[sentence.to - 1] as Word).end);
    pricedSentences.set(sentence, (priced = pricePattern.test(words) || words.includes('%')));
  }
  return priced;
}
const ticketBeside = (text: WordedSpan, match: LexiconMatch, sentence: Sentence) =>
  within(ticketWords.find(text), sentence).some((ticket) => ticket.index >= match.index - 2 && ticket.index <= match.index + match.length + 1);
const sellsTickets = (text: WordedSpan, order: LexiconMatch, sentence: Sentence) => sellingWords.includes(order.entry) && within(ticketWords.find(text), sentence).length > 0;
/** "Each", after a price: a price for one of something. */
const perPieceWords = new Lexicon(['each', 'apiece', 'chacun', 'chacune', 'piece', 'je', 'pro stuck', 'stuck', 'ciascuno', 'ciascuna', 'cadauno', 'l una', 'cada', 'cada uno', 'cada una', 'per stuk', 'stuk', 'za sztuke', 'sztuka', 'το ενα', 'tanesi']);
const pricePattern = /(?:[€$£₺]\s?\d|\d\s?(?:€|₺|eur\b|euros?\b|eurillos?\b|euritos?\b|chf\b|zl\b|zł|r\$|usd\b|gbp\b|francs?\b|tl\b)|\br\$\s?\d|\b(?:chf|eur|usd|gbp|pln|sfr)\s?\d)/i;
/** How many prices, in digits, a text names. */
const everyPrice = new RegExp(pricePattern.source, 'gi');
const pricesIn = (text: string) => text.match(everyPrice)?.length ?? 0;
/** "Normally", "instead of": the usual price, before or beside a lower one. */
const usualPriceWords = new Lexicon([
  'normally', 'usually', 'regular price', 'instead of', 'normalement', 'habituellement', 'au lieu de', 'normalerweise', 'sonst', 'statt', 'anstatt',
  'normalmente', 'di solito', 'invece di', 'invece che', 'habitualmente', 'en lugar de', 'en vez de', 'em vez de', 'normaal', 'normaal gesproken', 'gewoonlijk', 'in plaats van',
  'normalnie', 'zwykle', 'zamiast', 'κανονικα', 'συνηθως', 'αντι για', 'normalde', 'genelde', 'yerine',
]);
/** How many characters after "normally" the two prices are looked for. */
const usualPriceReach = 160;
/** A business: a firm, a practice, a shop, whose price it is. */
const businessWords = new Lexicon([
  'firm', 'company', 'practice', 'agency', 'consultancy', 'shop', 'store', 'studio', 'entreprise', 'cabinet', 'agence', 'boutique', 'magasin', 'firma', 'praxis', 'agentur', 'laden', 'geschaft',
  'azienda', 'agenzia', 'negozio', 'empresa', 'consultora', 'agencia', 'tienda', 'loja', 'bedrijf', 'praktijk', 'winkel', 'firmy', 'gabinet', 'sklep', 'agencja', 'εταιρεια', 'καταστημα',
  'firmasi', 'firmanin', 'firmasinin', 'sirket', 'sirketi', 'sirketin', 'ajans', 'magaza', 'dukkan',
]);
/** A price in words, in folded text: "douze euros", "δώδεκα ευρώ", "zwölf Franken". */
const spelledPrice = new RegExp(String.raw`(?:^|[^\p{L}])(?:${numberWordsPattern})\s+(?:euros?|ευρω|francs?|franken|franchi|francos|zloty|zlote|zlotych|lira|lirasi|dollars?|pounds?|dolares|reais)(?!\p{L})`, 'u');
/** Whether a text names a price, in digits or in words: its text and its folded text, which index alike. */
const hasPrice = (text: string, folded: string) => pricePattern.test(text) || (currencyWord.test(folded) && spelledPrice.test(folded));
/** A currency's word, looked for before the longer pattern of a price in words. */
const currencyWord = /euro|ευρω|franc|franken|franchi|zlot|lira|dollar|pound|dolares|reais/;

/** Each reader paying their own way ("tickets 89 zł, everyone buys their own"): a cost stated, not a sale. */
const ownCostWords = new Lexicon([
  'own cost', 'own expense', 'everyone pays', 'each pays', 'pay for yourself', 'buys their own', 'buy your own',
  'a vos frais', 'a ses frais', 'chacun paie', 'chacun paye', 'chacun achete', 'jeder zahlt', 'eigene kosten', 'eigene rechnung', 'selbst zahlen',
  'ognuno paga', 'proprie spese', 'a carico di ciascuno', 'cada uno paga', 'cada quien paga', 'por su cuenta', 'cada um paga', 'conta propria', 'cada uno lo suyo', 'cada um o seu', 'ognuno il suo', 'chacun le sien',
  'ieder betaalt', 'eigen kosten', 'eigen rekening', 'kazdy placi', 'kazdy kupuje', 'wlasny koszt', 'wlasnym kosztem', 'kupujecie sami', 'sami kupujecie', 'placicie sami', 'sami placicie',
  'kauft ihr selbst', 'zahlt ihr selbst', 'selbst bezahlen', 'buy them yourselves', 'pay for it yourselves', 'koop je zelf', 'betaal je zelf', 'kupuje sama', 'kupuje sam',
  // Bought by each on their own: "tickets 35 zł, bought individually".
  'individually', 'individuellement', 'individuell', 'individualmente', 'individueel', 'indywidualnie', 'ατομικα', 'bireysel',
  'ο καθενας πληρωνει', 'δικα του', 'herkes kendi', 'kendi hesabina',
  // A price per person is each one's share of what an event costs.
  'per person', 'per head', 'a head', 'par personne', 'pro person', 'pro kopf', 'a testa', 'a persona', 'por persona', 'por pessoa', 'per persoon', 'za osobe', 'od osoby', 'ανα ατομο', 'kisi basi',
]);

/** A goal the group sets itself, which a sum after it makes money to collect (a race's "meta" or a trip's "Ziel" alone is a place). */
const targetWords = new Lexicon([
  'our goal', 'our target', 'fundraising goal', 'fundraising target', 'notre objectif', 'l objectif est', 'unser ziel', 'spendenziel', 'sammelziel', 'il nostro obiettivo', 'l obiettivo e',
  'nuestro objetivo', 'nuestra meta', 'el objetivo es', 'o nosso objetivo', 'a nossa meta', 'nossa meta', 'o objetivo e', 'ons doel', 'het doel is', 'streefbedrag', 'nasz cel', 'naszym celem', 'celem jest',
  'στοχος μας', 'ο στοχος ειναι', 'στοχος ειναι', 'hedefimiz', 'hedef',
]);
/** How many words after the goal its sum may stand. */
const targetReach = 5;
/** "About", opening a short line, a heading or a label, that names what follows it ("About those discount codes"). */
const topicWords = new Set(['about', 'on', 'regarding', 'concerning', 'sur', 'uber', 'zu', 'su', 'sobre', 'over', 'o', 'για', 'hakkinda']);
/** "Even", before the least sum one may give: "même dix euros, ça compte", "even 5 francs helps". */
const evenWords = new Lexicon(['even', 'even just', 'meme', 'rien que', 'selbst', 'sogar', 'schon', 'anche solo', 'anche', 'pure', 'incluso', 'aunque sea', 'mesmo', 'nem que seja', 'zelfs', 'al', 'nawet', 'ακομα και', 'ακομη και']);

/** Goods a group has made to sell: with a price in the same sentence, a sale even when nobody writes "order" ("Mugs are $15, totes $12"). */
const goodsWords = new Lexicon([
  'mug', 'mugs', 'tote', 'totes', 'tote bag', 'tote bags', 't shirt', 't shirts', 'tshirt*', 'hoodie*', 'sweatshirt*', 'cap', 'caps', 'sticker*', 'pins', 'merch', 'autocollant*', 'aufkleber', 'adesivi', 'pegatina*', 'adesivo*', 'naklejk*', 'αυτοκολλητ*', 'cikartma*',
  'tasse', 'tasses', 'sweat', 'casquette*', 'tassen', 'becher', 'kapuzenpulli*', 'tazza', 'tazze', 'maglietta', 'magliette', 'felpa', 'felpe', 'taza', 'tazas', 'camiseta*', 'sudadera*',
  'caneca*', 'moletom*', 'mok', 'mokken', 'kubek', 'kubki', 'koszulk*', 'bluza', 'bluzy', 'κουπα', 'κουπες', 'μπλουζ*', 'kupa', 'kupalar', 'tisort*',
  // Copies of a book or a booklet someone has left.
  'copies', 'exemplaire', 'exemplaires', 'exemplare', 'copie', 'ejemplar', 'ejemplares', 'exemplar', 'exemplares', 'exemplaren', 'egzemplarz*', 'αντιτυπα', 'nusha*',
]);

/** Each reader as the one who buys ("treno: ognuno prenota il proprio"): a cost each pays, not a sale. */
const eachWords = new Set(['each', 'everyone', 'everybody', 'chacun', 'chacune', 'jeder', 'jede', 'ognuno', 'ciascuno', 'cada', 'ieder', 'iedereen', 'kazdy', 'kazda', 'kazde', 'herkes', 'καθενας']);

/** A gift of blood or organs, which "donate" also names, is not money. */
const notMoney = new Lexicon(['blood', 'organ', 'organs', 'sang', 'blut', 'blutspende', 'sangue', 'sangre', 'bloed', 'bloeddonor*', 'krew', 'krwi', 'krwiodaw*', 'stem cells', 'αιμα', 'αιματος', 'αιμοδοσ*', 'kan bagis*']);
/** Whether the match is a payment service named as the way each pays their own share ("each pays for themselves, by card or BLIK at the till"). */
/** Whether the sentence says that each pays their own share ("at own cost", "15 € par personne"). */
const saysEachPays = (text: WordedSpan, sentence: Sentence) => within(ownCostWords.find(text), sentence).length > 0;
const paidAtOwnCost = (text: WordedSpan, sentence: Sentence, match: LexiconMatch) => paymentServices.includes(match.entry) && saysEachPays(text, sentence);

/** Words of giving and collecting, which name a gift of blood as well as of money ("donation", "collecte", "bağış"); not a payment app or a bank account. */
const givingWord = /^(?:donat|dons?$|spend|donaz|donac|donativ|doac|doar|doneer|darowizn|δωρε|bagis|collect|colect|colet|kollekt|sammlung|inzamel|zbiork|ερανο)/;
/** "Donated by the museum": a past gift, thanked for, asks nothing of readers. */
const byWords = new Set(['by', 'par', 'von', 'da', 'dal', 'dalla', 'por', 'pelo', 'pela', 'door', 'przez']);

export default defineRule({
  id: 'solicitation',
  severity: 'error',
  summary: 'no donation, crowdfunding or charity-promotion links or requests, and no advertising',
  guideline: 'online-conduct#advertising-and-funding-requests',
  rationale:
    'Group pages carry the organization’s name. Asking readers for money, promoting a charity or advertising a business there would look as if the organization endorsed it, and alumni did not join a group to be solicited.',
  translations: {
    fr: {
      summary: 'aucun lien ni aucune demande de dons, de financement participatif ou de promotion d’œuvres caritatives, et aucune publicité',
      rationale:
        'Les pages des groupes portent le nom de l’organisation. Y demander de l’argent aux lecteurs, y promouvoir une œuvre caritative ou y faire de la publicité pour une entreprise donnerait l’impression que l’organisation y apporte sa caution, et les alumni n’ont pas rejoint un groupe pour être sollicités.',
    },
  },
  examples: {
    valid: [
      { title: 'What an event costs', translations: { fr: { title: 'Ce que coûte un événement' } }, body: 'Dinner after the talk is CHF 20, at your own cost; the talk itself is free of charge. All our events are fee-free for members.\n' },
      { title: 'Prizes given by a partner, in the past tense', translations: { fr: { title: 'Des lots offerts par un partenaire, au passé' } }, body: 'Prizes for the quiz were donated by the Musée des Confluences.\n' },
      { title: 'A blood donation day is not a funding request', translations: { fr: { title: 'Une journée de don du sang n’est pas une demande de financement' } }, body: 'In March some of us joined the hospital’s blood donation day.\n' },
      { title: 'Contributions to the forum', translations: { fr: { title: 'Des contributions au forum' } }, body: 'Managers read every contribution to the group’s forum.\n' },
      { title: 'Saying that the group asks for no fee', translations: { fr: { title: 'Indiquer que le groupe ne demande aucune cotisation' } }, body: 'There is no membership fee.\n' },
      { title: 'Giving blood together, in German', translations: { fr: { title: 'Donner son sang ensemble, en allemand' } }, body: 'Am Samstag gehen wir gemeinsam Blut spenden.\n' },
    ],
    invalid: [
      { title: 'A crowdfunding link', translations: { fr: { title: 'Un lien de financement participatif' } }, body: 'Help us rent the hall: [our campaign](https://www.gofundme.com/f/lyon-alumni-hall).\n', reports: [{ at: '[our campaign](https://www.gofundme.com/f/lyon-alumni-hall)', message: 'Remove this link to a donation, crowdfunding or payment page (www.gofundme.com/f/lyon-alumni-hall): group pages must not ask readers for money. Talk to the office if the group needs support.' }] },
      { title: 'A PayPal address written out', translations: { fr: { title: 'Une adresse PayPal écrite en toutes lettres' } }, body: 'Contributions: paypal.me/lyonalumni\n', reports: [{ at: 'paypal.me/lyonalumni', message: 'Remove this link to a donation, crowdfunding or payment page (paypal.me/lyonalumni): group pages must not ask readers for money. Talk to the office if the group needs support.' }] },
      { title: 'A request for donations', translations: { fr: { title: 'Une demande de dons' } }, body: 'Please donate to cover the cost of the summer picnic.\n', reports: [{ at: 'donate', message: 'Remove "donate" (a request for money): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Support with a contribution', translations: { fr: { title: 'Un soutien sous forme de contribution' } }, body: 'Support us with a small contribution every year.\n', reports: [{ at: 'Support us with', message: 'Remove "Support us with" (a request for money): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Promoting a charity', translations: { fr: { title: 'Promouvoir une œuvre caritative' } }, body: 'This year we are raising funds for our charity partner, Science for All.\n', reports: [{ at: 'raising funds', message: 'Remove "raising funds" (a request for money): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }, { at: 'charity', message: 'Remove "charity" (the promotion of a charity): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'A collection in Portuguese', translations: { fr: { title: 'Une collecte, en portugais' } }, body: 'Bora fazer uma vaquinha para o presente? Qualquer valor ajuda!\n', reports: [{ at: 'vaquinha', message: 'Remove "vaquinha" (a request for money): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }, { at: 'Qualquer valor', message: 'Remove "Qualquer valor" (a request for money): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Proceeds for another charity, in Italian', translations: { fr: { title: 'Les bénéfices reversés à une autre œuvre caritative, en italien' } }, body: 'Tutto il ricavato andrà all’AIRC per la ricerca sul cancro.\n', reports: [{ at: 'ricavato', message: 'Remove "ricavato" (the promotion of a charity): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Selling mugs', translations: { fr: { title: 'Vendre des mugs' } }, body: 'We had mugs made for the group: €12 each, order yours at the next apéro.\n', reports: [{ at: 'order', message: 'Remove "order" (a sale): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
      { title: 'Advertising a sponsor', translations: { fr: { title: 'Faire de la publicité pour un sponsor' } }, body: 'Members get a 20% discount at our sponsor’s shop.\n', reports: [{ at: 'discount', message: 'Remove "discount" (advertising): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office\'s agreement.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    for (const address of addresses(group)) {
      if (!isOnDomain(address.host, paymentHosts) || (address.host === 'paypal.com' && !paypalMoneyPaths.test(address.path))) continue;
      reportOnce(
        address.range,
        `${removeThis(address)} to a donation, crowdfunding or payment page (${address.url.replace(/^https:\/\//, '')}): group pages must not ask readers for money. Talk to the office if the group needs support.`,
      );
    }
    const texts = wordedText(group);
    // Blood or organs named anywhere on the page ("# Blood donation day", then "after donating, breakfast"): its words of giving ask for no money.
    let namesGift: boolean | undefined;
    const giftNamed = () => (namesGift ??= texts.some((text) => notMoney.mayMatch(text) && notMoney.find(text).length > 0));
    // The prices may stand just before, in a list ("Mug: 12 CHF", then "Order by replying to this post").
    const pricedAbove = (position: number) => {
      const [text, above] = [texts[position] as WordedSpan, texts[position - 1]];
      return above !== undefined && !text.span.field && hasPrice(above.span.text, above.folded);
    };
    // A price in the sentence or the one before it, or, for a paragraph's first sentence, in the paragraph above.
    const pricedAround = (position: number, sentences: readonly Sentence[], index: number) =>
      namesPrice(texts[position] as WordedSpan, sentences[index - 1] ?? (sentences[index] as Sentence), sentences[index] as Sentence) || (index === 0 && pricedAbove(position));
    // Goods and their prices make a sale by themselves only on a page that has no word for ordering with a price around it: where it has one, that word is what to report.
    let pageOrders: boolean | undefined;
    const ordersOnPage = () =>
      (pageOrders ??= texts.some((text, position) => {
        const sentences = sentencesOf(text);
        return orderWords.find(text).some((order) => {
          const sentence = sentenceAt(text, order.index) as Sentence;
          return !boughtAtOwnCost(text, order, sentence) && pricedAround(position, sentences, sentences.indexOf(sentence));
        });
      }));
    for (const [position, text] of texts.entries()) {
      const field = text.span.field?.[0];
      if (field === 'channels' || field === 'disclaimer') continue;
      let askedForMoney = false;
      const askingSentences = new Set<Sentence>();
      for (const { what, words } of kinds) {
        const found = words.find(text);
        if (found.length === 0) continue;
        for (const sentence of sentencesOf(text)) {
          // "Do you collect a fee? No." asks, and the answer denies.
          const matches = within(found, sentence);
          if (matches.length === 0 || isAnsweredNo(text, sentence) || isDecidedAgainst(text, sentence) || isQuotedSentence(text, sentence) || warnsAgainst(text, sentence)) continue;
          if (what === charityPromotion && (isQuestion(text, sentence) || within(coveredWords.find(text), sentence).length > 0)) continue;
          // "Krijgen we korting bij het museum?": a question about a discount offers none; "About those discount codes", a short line, names a topic.
          if (what === 'advertising' && (isQuestion(text, sentence) || (text.words.length <= 8 && topicWords.has(text.words[0]?.text ?? '')))) continue;
          const denied = putsNegationLast(text) ? undefined : deniedWords(text, sentence);
          for (const match of matches) {
            if (falseFriends.get(match.entry) === text.language() || namesLikeWords.has((text.words[match.index] as Word).text)) continue;
            // "Tipps sammeln wir hier": collecting asks for money only with money or a purpose in the sentence ("wir sammeln für ein Geschenk").
            if (collectingWithoutMoney(text, match, sentence)) continue;
            if (generosity.includes(match.entry) && withWords.has(text.words[match.index + match.length]?.text ?? '')) continue;
            // "65 yaş üstüne müzenin indirimli bileti", "a reduced ticket": the price of a ticket, stated.
            if (what === 'advertising' && ticketBeside(text, match, sentence)) continue;
            // "adres z kodem pocztowym", "with the door code": a postcode or an access code is no promotion code.
            if (what === 'advertising' && isOtherCode(text, match)) continue;
            // "Bisher im Angebot: Deutsch, Französisch…": an offer is a sale only with a price or a percentage.
            if (what === 'advertising' && offerWords.has(match.entry) && !pricedSentence(text, sentence)) continue;
            // "o desconto da CP para maiores de 65": a discount the public has by age or situation, not an offer to readers.
            if (what === 'advertising' && discountWords.has(match.entry) && publicCategories.mayMatch(text) && within(publicCategories.find(text), sentence).some((category) => Math.abs(category.index - match.index) <= 6)) continue;
            // "o café fica por conta do grupo", "por cuenta del grupo": paid by the group, no account to pay into.
            if (match.entry.startsWith('conta do') || match.entry.startsWith('cuenta del')) if (text.words[match.index - 1]?.text === 'por') continue;
            if (isDeniedAround(text, sentence, match, denied ?? hasNegationFor(text, sentence, match.index)) || isGiftNotMoney(text, match, giftNamed()) || followsTitle(text, match.index) || paidAtOwnCost(text, sentence, match)) continue;
            if (isOtherWordThanService(text, match)) continue;
            // "Sie erklärt, wie Crowdfunding Teleskope bezahlt": the subject of a talk asks nothing of readers.
            if (isSubjectOfTalk(text, sentence, match.index)) continue;
            if (bankDetailWords.has(match.entry) && (isVenuesAccount(text, sentence) || isPaidByEach(text, sentence))) continue;
            reportOnce(text.span.rangeOf(match.start, match.end), message(text, match, what));
            askedForMoney = true;
            askingSentences.add(sentence);
          }
        }
      }
      // "Overmaken kan naar NL44 RABO 0123 4567 89": an account number asks for money by itself, unless each
      // pays their own share into it (a venue's account, "die betaal je zelf") or the sentence already said so.
      // Whether a sentence may ask for money by an account, worked out once however many accounts it holds.
      const asksByAccount = new Map<Sentence, boolean>();
      const mayAsk = (sentence: Sentence) => {
        let asks = asksByAccount.get(sentence);
        if (asks === undefined) {
          asks = !askingSentences.has(sentence) && !isPaidByEach(text, sentence) && !isVenuesAccount(text, sentence) && !hasNegation(text, sentence) && !isDecidedAgainst(text, sentence) && !isQuotedSentence(text, sentence);
          asksByAccount.set(sentence, asks);
        }
        return asks;
      };
      // The accounts come in order: the word each starts at is looked for from the previous one's on.
      let word = 0;
      for (const account of bankAccounts(text.span.text)) {
        while (word < text.words.length - 1 && (text.words[word] as Word).end <= account.start) word++;
        const sentence = sentenceAt(text, word);
        if (sentence && mayAsk(sentence)) reportOnce(text.span.rangeOf(account.start, account.end), message(text, account, 'a request for money'));
      }
      // "15 % enseñando la página del grupo en caja": a percentage at a shop's till is an offer too.
      if (!askedForMoney && text.span.text.includes('%') && tillWords.mayMatch(text)) {
        const tills = tillWords.find(text);
        for (const sentence of sentencesOf(text)) {
          const till = within(tills, sentence)[0];
          if (!till || hasNegationFor(text, sentence, till.index) || isQuestion(text, sentence)) continue;
          const from = (text.words[sentence.from] as Word).start;
          const percent = /\d+\s?%|%\s?\d+/.exec(text.span.text.slice(from, (text.words[sentence.to - 1] as Word).end));
          if (percent) reportOnce(text.span.rangeOf(from + percent.index, from + percent.index + percent[0].length), message(text, { start: from + percent.index, end: from + percent.index + percent[0].length }, 'advertising'));
        }
      }
      // "12% off any private hire", "10 % auf alle Sachbücher": a percentage off is an offer, whatever else the sentence says.
      if (!askedForMoney && text.span.text.includes('%')) {
        // The offers come in order: the word each starts at is looked for from the previous one's on.
        let word = 0;
        const deniedOrAsked = new Map<Sentence, boolean>();
        for (const offer of text.span.text.matchAll(percentOff)) {
          while (word < text.words.length && (text.words[word] as Word).start < offer.index) word++;
          const sentence = sentenceAt(text, word);
          if (sentence && !deniedOrAsked.has(sentence)) deniedOrAsked.set(sentence, hasNegation(text, sentence) || isQuestion(text, sentence));
          if (sentence && deniedOrAsked.get(sentence)) continue;
          reportOnce(text.span.rangeOf(offer.index, offer.index + offer[0].length), message(text, { start: offer.index, end: offer.index + offer[0].length }, 'advertising'));
        }
      }
      // "Basta dizer o código ALUMNI-LX": a code in capitals to give when buying, whatever the verb before it.
      if (!askedForMoney) {
        for (const [index, word] of text.words.entries()) {
          if (!codeWords.has(word.text)) continue;
          promotionCode.lastIndex = word.end;
          const code = promotionCode.exec(text.span.text);
          if (!code || (text.words[index + 1]?.startsSentence ?? true)) continue;
          const sentence = sentenceAt(text, index) as Sentence;
          // A meeting's passcode or a door's code is no promotion: a code promotes beside a price, a percentage or a purchase.
          if (!pricedSentence(text, sentence) && !(purchaseWords.mayMatch(text) && within(purchaseWords.find(text), sentence).length > 0)) continue;
          if (hasNegation(text, sentence) || isQuestion(text, sentence) || warnsAgainst(text, sentence)) continue;
          const end = word.end + code[0].length;
          reportOnce(text.span.rangeOf(word.start, end), message(text, { start: word.start, end }, 'advertising'));
        }
      }
      // "Normally 1,500 TL a session, 1,000 TL for those from our group", of a member's firm: a business's lower price for the group is an offer.
      if (!askedForMoney && usualPriceWords.mayMatch(text) && businessWords.mayMatch(text)) {
        const sentences = sentencesOf(text);
        const businesses = businessWords.find(text);
        for (const usual of usualPriceWords.find(text)) {
          const sentence = sentenceAt(text, usual.index) as Sentence;
          const position = sentences.indexOf(sentence);
          const aboutBusiness = sentences.slice(Math.max(0, position - 2), position + 1).some((near) => within(businesses, near).length > 0);
          // The usual price and the lower one stand close together: a bounded stretch after "normally" is looked at.
          const [from, to] = [usual.start, Math.min((text.words[sentence.to - 1] as Word).end, usual.start + usualPriceReach)];
          if (!aboutBusiness || pricesIn(text.span.text.slice(from, to)) < 2 || hasNegation(text, sentence) || isQuestion(text, sentence)) continue;
          reportOnce(text.span.rangeOf(from, to), message(text, { start: from, end: to }, 'advertising'));
        }
      }
      // "Même dix euros, ça compte": a sum, right after "even", is the least one may give.
      if (evenWords.mayMatch(text) && hasPrice(text.span.text, text.folded)) {
        for (const even of evenWords.find(text)) {
          const sentence = sentenceAt(text, even.index) as Sentence;
          const [amount, unit] = [text.words[even.index + even.length], text.words[even.index + even.length + 1]];
          if (!amount || (numberValue(amount.text) === undefined && !/^\d/.test(amount.text))) continue;
          // The sum's sign ("10 €") or its currency's word ("dix euros").
          const sign = /^\s*[€$£₺]/.exec(text.span.text.slice(amount.end))?.[0].length;
          const end = sign !== undefined ? amount.end + sign : unit && currencyWord.test(unit.text) ? unit.end : undefined;
          // "Tickets 12 €, even 10 € for students": a lower price in a list of prices, not a gift.
          const pricedBefore = hasPrice(text.span.text.slice((text.words[sentence.from] as Word).start, even.start), text.folded.slice((text.words[sentence.from] as Word).start, even.start));
          // "Chi non corre può …: anche cinque euro": a negation in a clause about who does not deny the sum.
          if (end === undefined || pricedBefore || askingSentences.has(sentence) || hasNegationFor(text, sentence, even.index) || isQuestion(text, sentence) || saysEachPays(text, sentence)) continue;
          reportOnce(text.span.rangeOf(even.start, end), message(text, { start: even.start, end }, 'a request for money'));
        }
      }
      // "Hedefimiz 50.000 TL!", "our goal is 2,000 francs": a sum set as a goal is money to collect.
      if (targetWords.mayMatch(text) && hasPrice(text.span.text, text.folded)) {
        for (const target of targetWords.find(text)) {
          const sentence = sentenceAt(text, target.index) as Sentence;
          // The goal up to its sum: the first word after which (with a currency sign that may follow it) the words since the goal hold a price.
          let end: number | undefined;
          for (let at = target.index + target.length; at < Math.min(sentence.to, target.index + target.length + targetReach) && end === undefined; at++) {
            const until = text.words[at + 1]?.start ?? text.span.text.length;
            const stretch = text.span.text.slice(target.end, until);
            if (hasPrice(stretch, text.folded.slice(target.end, until))) end = target.end + stretch.replace(/[\s.,;:!?]+$/u, '').length;
          }
          if (end === undefined || hasNegation(text, sentence) || isQuestion(text, sentence) || saysEachPays(text, sentence)) continue;
          reportOnce(text.span.rangeOf(target.start, end), message(text, { start: target.start, end }, 'a request for money'));
        }
      }
      if (hasPrice(text.span.text, text.folded) && (contributionWords.mayMatch(text) || memberWords.mayMatch(text))) {
        const contributions = contributionWords.find(text);
        const asks = askOrPayWords.find(text);
        const members = memberWords.find(text);
        for (const sentence of sentencesOf(text)) {
          const contribution = within(contributions, sentence)[0];
          const asked = contribution !== undefined && within(asks, sentence).length > 0 && namesPrice(text, sentence, sentence);
          const from = (text.words[sentence.from] as Word).start;
          const dues = !asked && within(members, sentence).length > 0 ? yearlySum.exec(text.folded.slice(from, text.words[sentence.to - 1]?.end)) : null;
          if ((!asked && !dues) || hasNegation(text, sentence) || isDecidedAgainst(text, sentence)) continue;
          const [start, end] = dues ? [from + dues.index, from + dues.index + dues[0].length] : [(contribution as LexiconMatch).start, (contribution as LexiconMatch).end];
          reportOnce(text.span.rangeOf(start, end), message(text, { start, end }, 'a request for money'));
        }
      }
      const pricedBefore = pricedAbove(position);
      if ((pricedBefore || hasPrice(text.span.text, text.folded)) && (orderWords.mayMatch(text) || goodsWords.mayMatch(text))) {
        const orders = orderWords.find(text);
        const goods = goodsWords.find(text);
        const sentences = sentencesOf(text);
        const previousSpan = texts[position - 1] as WordedSpan | undefined;
        for (const [index, sentence] of sentences.entries()) {
          const pricedHere = !askedForMoney && namesPrice(text, sentence, sentence) && !ordersOnPage();
          // "Fizemos camisetas… Quem quiser a sua: R$ 60 cada": a price for each, of the goods the sentence before names,
          // or the paragraph above when the price opens a paragraph (then the price is what is reported).
          const perPiece = pricedHere ? within(perPieceWords.find(text), sentence)[0] : undefined;
          const goodsBefore = perPiece && index > 0 ? within(goods, sentences[index - 1] as Sentence)[0] : undefined;
          const goodsAbove = perPiece && index === 0 && !text.span.field && previousSpan && !previousSpan.span.field && goodsWords.find(previousSpan).length > 0 ? pricePerPiece(text, sentence, perPiece) : undefined;
          const order = within(orders, sentence)[0] ?? (pricedHere ? (within(goods, sentence)[0] ?? goodsBefore ?? goodsAbove) : undefined);
          const priced = pricedAround(position, sentences, index);
          // "Menu 35 € a testa, ognuno paga il suo. Il tavolo è prenotato…": the price's own sentence may say that each pays their own.
          const pricedOnlyBefore = index > 0 && !namesPrice(text, sentence, sentence);
          const ownCostBefore = pricedOnlyBefore && saysEachPays(text, sentences[index - 1] as Sentence);
          // "Vin chaud 4 € … 1 € de consigna por la taza. Cada uno lo suyo": the price's next sentence says each pays their own.
          const ownCostAfter = sentences[index + 1] !== undefined && saysEachPays(text, sentences[index + 1] as Sentence);
          // "Pullman e biglietto: 38 € a testa", then "## Prenotare il posto": the price just above is each one's share.
          const shareAbove = index === 0 && pricedBefore && !namesPrice(text, sentence, sentence) && previousSpan !== undefined && ownCostWords.find(previousSpan).length > 0;
          // "Can I buy a group T-shirt with the CERN logo?": a question about buying sells nothing.
          if (!order || personInCharge(text, order) || hasNegation(text, sentence) || isQuestion(text, sentence) || !priced || ownCostBefore || ownCostAfter || shareAbove || boughtAtOwnCost(text, order, sentence) || sellsTickets(text, order, sentence)) continue;
          reportOnce(text.span.rangeOf(order.start, order.end), message(text, order, 'a sale'));
        }
      }
    }
  },
});

/**
 * Whether a negation denies the match: before it in its part of the sentence ("we ask for no donations",
 * but not "no obligation, but a small contribution…") or just after it; one later in a long sentence
 * denies something else ("… con satispay, non serve tanto"). German, Dutch and Turkish put it anywhere
 * after, past a list ("Bağış, aidat ya da ücret toplamıyoruz"): for them `denied` says whether the
 * sentence has a negation at all; for the others it is the sentence's `deniedWords`.
 */
function isDeniedAround(text: WordedSpan, sentence: Sentence, match: LexiconMatch, denied: Uint8Array | boolean): boolean {
  if (isZeroAfter(text, sentence, match)) return true;
  if (typeof denied === 'boolean') return denied;
  return denied[match.index - sentence.from] === 1 || isDeniedAfter(text, match.index + match.length - 1, sentence) || isDeniedAsTopic(text, sentence, match.index, match.index + match.length - 1) || isLabelDenied(text, sentence, match);
}

/** Nothing, as an amount, in the network's languages: "membership fee = literally zero", "Mitgliedsbeitrag: 0 €", "free". */
const zeroWords = new Set([
  'zero', 'nothing', 'free', 'nul', 'nulle', 'rien', 'gratuit', 'gratuite', 'null', 'nichts', 'kostenlos', 'gratis', 'nulla', 'gratuito', 'gratuita', 'cero', 'nada', 'niets', 'nic', 'darmowy', 'darmowa', 'bezplatny', 'bezplatna',
  'μηδεν', 'τιποτα', 'δωρεαν', 'sifir', 'bedava', 'ucretsiz',
]);

/** Whether the money word is given as nothing, within four words after it: "membership fee = literally zero", "Beitrag: 0 €". */
function isZeroAfter(text: WordedSpan, sentence: Sentence, match: LexiconMatch): boolean {
  const last = Math.min(sentence.to, match.index + match.length + 4);
  for (let at = match.index + match.length; at < last; at++) {
    const word = (text.words[at] as Word).text;
    // "Par Lydia au zéro six, soixante et onze…": a zero that starts a number read out is no amount.
    const next = text.words[at + 1];
    if (next && at + 1 < sentence.to && (numberValue(next.text) !== undefined || /^\d/.test(next.text))) continue;
    if (zeroWords.has(word) || (word === '0' && !/^[.,]\d/.test(text.span.text.slice((text.words[at] as Word).end)))) return true;
  }
  return false;
}

/** "**Cotisation**", then on the next line "Il n'y en a pas.": a label on a line of its own, which the words after it deny. */
function isLabelDenied(text: WordedSpan, sentence: Sentence, match: LexiconMatch): boolean {
  const last = match.index + match.length - 1;
  const next = text.words[last + 1];
  if (match.index !== sentence.from || !next || !text.span.text.slice((text.words[last] as Word).end, next.start).includes('\n')) return false;
  return hasNegation(text, { from: last + 1, to: Math.min(sentence.to, last + 7) });
}

/** Bank details, by name: asked for by the group, or given as a venue's own. */
const bankDetailWords = new Set(['iban', 'bank details', 'kontodaten', 'bankverbindung', 'coordonnees bancaires', 'dati bancari', 'datos bancarios', 'dados bancarios', 'bankgegevens', 'dane do przelewu', 'banka bilgileri', 'στοιχεια του λογαριασμου']);
/** A hotel, a restaurant, a café: a business that takes bookings and payments of its own. */
const venueWords = new Lexicon([
  'hotel*', 'restaurant*', 'cafe', 'bar', 'venue', 'museum', 'caterer', 'hostel', 'inn', 'pub', 'auberge', 'brasserie', 'traiteur', 'gasthof', 'gasthaus', 'wirt', 'reiseburo', 'busunternehmen',
  'albergo', 'ristorante', 'trattoria', 'osteria', 'rifugio', 'agenzia', 'restaurante', 'agencia', 'pousada', 'herberg', 'schronisk*', 'restauracj*', 'ξενοδοχει*', 'ξενων*', 'πανσιον*', 'εστιατορι*', 'otel*', 'pansiyon*', 'restoran*', 'lokanta*',
]);
/** "Its", "their" before an account ("auf sein eigenes Konto", "naar hún rekening"): the account of someone the sentence names. */
const theirAccount = new Lexicon(
  ['its', 'their', 'sein', 'seine', 'seinem', 'seines', 'son', 'leur', 'suo', 'sua', 'loro', 'su', 'seu', 'hun', 'zijn', 'jego', 'ich', 'onun'].flatMap((whose) =>
    ['account', 'konto', 'eigenes konto', 'eigene konto', 'compte', 'propre compte', 'conto', 'cuenta', 'conta', 'rekening', 'eigen rekening', 'own account'].map((account) => `${whose} ${account}`),
  ).concat(['λογαριασμο του', 'λογαριασμο τους', 'δικο του λογαριασμο', 'δικο τους λογαριασμο', 'hesabina', 'kendi hesabina']),
);
/**
 * Whether the sentence, or the one before that the account details follow ("Otel kaporayı kendi hesabına
 * istiyor: … Ltd. Şti., IBAN …"), gives a venue's own account ("verlangt das Hotel 50 € Anzahlung direkt
 * auf sein eigenes Konto"): what each pays it for their own booking.
 */
function isVenuesAccount(text: WordedSpan, sentence: Sentence): boolean {
  return [sentence, sentenceBefore(text, sentence)].some((here) => here !== undefined && within(venueWords.find(text), here).length > 0 && within(theirAccount.find(text), here).length > 0);
}

/** Whether the sentence, or the one before, says that each pays their own share ("15 € par personne", "die betaal je zelf"). */
const isPaidByEach = (text: WordedSpan, sentence: Sentence) => [sentence, sentenceBefore(text, sentence)].some((here) => here !== undefined && saysEachPays(text, here));

/** The sentence before, past the pieces that abbreviations cut off ("Taş Konak Turizm Ltd. Şti., IBAN …"). */
function sentenceBefore(text: WordedSpan, sentence: Sentence): Sentence | undefined {
  let before = sentence.from > 0 ? sentenceAt(text, sentence.from - 1) : undefined;
  for (let pieces = 0; before && before.to - before.from < 4 && before.from > 0 && pieces < 3; pieces++) before = sentenceAt(text, before.from - 1);
  return before;
}

/** Words that make a code something else than a promotion's: a postcode, a door's, an access code. */
const otherCodeWords = new Set([
  'postal', 'post', 'zip', 'door', 'access', 'entry', 'postale', 'porte', 'acces', 'postleitzahl', 'tur', 'zugang', 'zugangs', 'avviamento', 'citofono', 'portone', 'accesso',
  'acceso', 'acesso', 'puerta', 'porta', 'portao', 'deur', 'toegang', 'toegangs', 'pocztowym', 'pocztowy', 'dostepu', 'domofonu', 'drzwi', 'ταχυδρομικο', 'προσβασης', 'εισοδου', 'posta', 'kapi', 'giris',
]);
/** Words that join a code to what it opens ("code d'accès", "kod do domofonu"). */
const codeOfWords = new Set(['of', 'the', 'de', 'd', 'du', 'la', 'le', 'l', 'di', 'del', 'della', 'do', 'da', 'el', 'van', 'der', 'die', 'het', 'της', 'του']);
/** A code entry ("with the code", "z kodem") followed by what kind of code it is, when that is not a promotion's. */
function isOtherCode(text: WordedSpan, match: LexiconMatch): boolean {
  if (!/(?:code|codice|codigo|kodem|κωδικο|kodu)$/.test(match.entry)) return false;
  let kind = match.index + match.length;
  while (kind < match.index + match.length + 2 && codeOfWords.has(text.words[kind]?.text ?? '')) kind++;
  return otherCodeWords.has(text.words[kind]?.text ?? '');
}

/** Something shaped like an IBAN, its letters and digits perhaps in groups: checked against its country's length and checksum. */
const ibanShape = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}/g;

/** The bank account numbers (IBANs) written in a text, where they are. */
function bankAccounts(text: string): { start: number; end: number }[] {
  if (!/[A-Z]{2}\d{2}/.test(text)) return [];
  const found: { start: number; end: number }[] = [];
  for (const candidate of text.matchAll(ibanShape)) {
    const length = countrySpecs[candidate[0].slice(0, 2)]?.chars;
    if (!length) continue;
    // The shape may run on into the next word ("NL44 RABO 0123 4567 89 BIC RABONL2U"): the country says how many characters are the account's.
    let characters = 0;
    let end = 0;
    for (const [offset, char] of [...candidate[0]].entries()) {
      if (char === ' ' || char === '\u00a0') continue;
      if (++characters === length) end = offset + 1;
    }
    if (end === 0 || !isValidIBAN(candidate[0].slice(0, end).replace(/[ \u00a0]/g, ''))) continue;
    found.push({ start: candidate.index, end: candidate.index + end });
  }
  return found;
}

const message = (text: WordedSpan, match: { start: number; end: number }, what: string) =>
  `Remove "${text.span.text.slice(match.start, match.end)}" (${what}): group pages must not ask for money, promote charities, sell or advertise. Costs of an event may be stated ("dinner CHF 20, at own cost"); anything else needs the office's agreement.`;

/**
 * "Donate blood", "a blood donation session … a donation takes an hour", "donated by the museum": words
 * of giving that ask readers for no money. `namesGift`: the page names blood or organs anywhere.
 */
function isGiftNotMoney(text: WordedSpan, match: LexiconMatch, namesGift: boolean): boolean {
  if (namesGift && text.words.slice(match.index, match.index + match.length).some((word) => givingWord.test(word.text))) return true;
  const next = text.words[match.index + match.length];
  return /^donat(?:ed|o|a|i|e)$/.test(text.words[match.index]?.text ?? '') && next !== undefined && byWords.has(next.text);
}

/** Whether the order's sentence says each reader buys for themselves ("tickets about $18, buy your own at the door", "ognuno prenota il proprio"). */
const boughtAtOwnCost = (text: WordedSpan, order: LexiconMatch, sentence: Sentence) => saysEachPays(text, sentence) || boughtByEach(text, order, sentence);

/** Whether each reader is who orders, a word or two before the order in its sentence ("everyone books their own"); not a price's "each" ("€12 each, order yours"). */
function boughtByEach(text: WordedSpan, order: LexiconMatch, sentence: { from: number }): boolean {
  return [1, 2].some((distance) => {
    const at = order.index - distance;
    const before = text.words[at - 1];
    return at >= sentence.from && eachWords.has(text.words[at]?.text ?? '') && !(before && /[\d€$£]/.test(text.span.text.slice(before.start, (text.words[at] as Word).start)));
  });
}

/**
 * Payment services of one country whose names are words or names elsewhere: BLIK, the Polish one
 * ("terug te blikken", "een blik op"), and IRIS, the Greek one ("Iris brings the cake"). Each is the
 * service on a page in its country's language, or written in capitals.
 */
const localServices: Record<string, { language: string; written: string }> = { 'blik*': { language: 'pol', written: 'BLIK' }, iris: { language: 'ell', written: 'IRIS' } };
function isOtherWordThanService(text: WordedSpan, match: LexiconMatch): boolean {
  const service = localServices[match.entry];
  return service !== undefined && text.language() !== service.language && !text.span.text.startsWith(service.written, match.start);
}

/** The price for each, from the price to its "each" ("R$ 60 cada"): what to report when the goods are named in the paragraph above. */
function pricePerPiece(text: WordedSpan, sentence: Sentence, perPiece: LexiconMatch): LexiconMatch {
  const from = (text.words[sentence.from] as Word).start;
  const price = [...text.span.text.slice(from, perPiece.start).matchAll(pricesPattern)].at(-1);
  if (!price) return perPiece;
  // The pattern starts at a number's last digit ("2 €" of "12 €"): the whole number is the price.
  let start = from + price.index;
  while (start > from && /[\d.,']/.test(text.span.text[start - 1] as string)) start--;
  return { ...perPiece, start };
}
const pricesPattern = new RegExp(pricePattern.source, 'gi');

/** Whether the text from one sentence to another names a price: an order there buys something. */
function namesPrice(text: WordedSpan, from: { from: number }, to: { to: number }): boolean {
  const start = text.words[from.from]?.start ?? 0;
  // Up to the next sentence's first word: a currency sign may follow the sentence's last ("at 20 €.").
  const end = text.words[to.to]?.start ?? text.span.text.length;
  return hasPrice(text.span.text.slice(start, end), text.folded.slice(start, end));
}
