import { isAnsweredNo, isDecidedAgainst, isDeniedAfter, isNegatedAt, isQuestion, isQuotedSentence } from '../text/assertion.ts';
import { isCapitalised, Lexicon, sentenceAt, sentencesOf, within, wordedText, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/** The grounds a private group may not select on, as the handbook names them. */
type Ground = 'profession' | 'nationality' | 'culture or religion' | 'age' | 'generation' | 'gender' | 'personal preferences';

/**
 * How a ground's word selects people. A `value` names the people selected ("women", "physicists",
 * "Catholic") and selects wherever it stands; a `dimension` names what is selected on ("nationality",
 * "mother tongue", "age limit") and does not when the page opens it to all ("of any nationality",
 * "no age limit"); a `people` word ("Italians", "expats", "fans") selects only when the page restricts
 * membership to it or calls its members so ("Swiss alumni"). A `number` is an age given as a number or
 * a span of years ("under 35", "in their thirties"): one either way ("young or old") still selects.
 */
type Kind = 'value' | 'dimension' | 'people' | 'number';

interface GroundWords {
  ground: Ground;
  kind: Kind;
  words: Lexicon;
  /** Its words say what every member does ("who teach …"): a condition on all, never one item of a list of people. */
  condition?: true;
}

/** Words for women and men, kept apart: naming both ("women and men alike") selects nobody. */
const womenWords = ['women', 'woman', 'female', 'females', 'ladies', 'girls', 'mothers', 'wives', 'femme', 'femmes', 'feminin*', 'filles', 'dames', 'frau', 'frauen', 'weiblich*', 'damen', 'madchen', 'donna', 'donne', 'femminil*', 'ragazze', 'mujer', 'mujeres', 'femenin*', 'chicas', 'mulher', 'mulheres', 'meninas', 'vrouw', 'vrouwen', 'vrouwelijk*', 'kobieta', 'kobiety', 'kobiet', 'kobiec*', 'γυναικα', 'γυναικες', 'kadin', 'kadinlar', 'hanimlar', 'bayanlar',
  // Feminine forms of the network's own word ("Alumnae of CERN", "Absolwentki CERN").
  'alumnae', 'absolwentki', 'exalumnas', 'ex alumnas', 'antigas alunas'];
const menWords = ['men', 'male', 'males', 'gentlemen', 'boys', 'fathers', 'husbands', 'homme', 'hommes', 'masculin*', 'garcons', 'messieurs', 'mann', 'manner', 'mannlich*', 'herren', 'uomo', 'uomini', 'maschil*', 'hombre', 'hombres', 'chicos', 'homem', 'homens', 'meninos', 'mannen', 'mannelijk*', 'mezczyzna', 'mezczyzni', 'mezczyzn', 'mesk*', 'ανδρες', 'αντρες', 'erkek', 'erkekler'];
const women = new Lexicon(womenWords);
const men = new Lexicon(menWords);

/** People named by their profession or degree, in the network's languages. */
const professionWords = [
  'physicist*', 'engineer*', 'scientist*', 'technician*', 'doctors', 'physicians', 'nurses', 'lawyers', 'teachers', 'professor*', 'programmers', 'developers', 'researchers', 'accountants', 'architects', 'chemists', 'mathematicians', 'biologists', 'economists', 'phds', 'phd holders', 'sysadmin*',
  'physicien*', 'ingenieur*', 'technicien*', 'informaticien*', 'chercheur*', 'chercheuse*', 'scientifiques', 'medecins', 'infirmier*', 'avocats', 'enseignant*', 'docteurs',
  'physiker*', 'techniker*', 'informatiker*', 'wissenschaftler*', 'forscher*', 'arzte', 'arztin*', 'lehrer*', 'promoviert*', 'akademiker*',
  'fisici', 'fisiche', 'ingegner*', 'tecnici', 'informatici', 'ricercator*', 'scienziat*', 'medici', 'insegnant*',
  'fisicos', 'fisicas', 'ingenier*', 'tecnicos', 'informaticos', 'investigador*', 'cientificos', 'medicos', 'profesores',
  'engenheir*', 'pesquisador*', 'cientistas',
  'natuurkundigen', 'fysici', 'technici', 'programmeurs', 'onderzoekers', 'wetenschappers', 'artsen', 'leraren', 'docenten',
  'fizyk*', 'fizyczk*', 'informatyczk*', 'techniczk*', 'inzynier*', 'technicy', 'informatycy', 'naukowc*', 'badacz*', 'lekarz*', 'nauczyciel*',
  'φυσικοι', 'μηχανικοι', 'επιστημονες', 'ερευνητες', 'fizikci*', 'muhendis*', 'arastirmaci*',
  // Medical physicists, by their names in the network's languages.
  'medical physicist*', 'medizinphysiker*', 'physiciens medicaux', 'fisici medici', 'fisicos medicos', 'radiofisic*', 'ακτινοφυσικ*', 'klinisch fysici', 'fizycy medyczni',
];

const groundWords: GroundWords[] = [
  { ground: 'gender', kind: 'value', words: new Lexicon([...womenWords, ...menWords, 'non binary', 'nonbinary', 'transgender', 'cisgender', 'sorority', 'fraternity']) },
  {
    ground: 'age',
    kind: 'value',
    words: new Lexicon([
      'young', 'younger', 'youngest', 'elderly', 'senior', 'seniors', 'junior', 'juniors', 'youth', 'retired', 'retiree', 'retirees', 'pensioners', 'teenagers', 'minors',
      'jeune', 'jeunes', 'retraite', 'retraites', 'aines',
      'junge', 'jungen', 'rentner*', 'pensionar*', 'pensioniert*', 'ruhestand', 'jugendliche',
      'giovane', 'giovani', 'anziani', 'pensionat*',
      'joven', 'jovenes', 'ancianos', 'jubilad*',
      'jovem', 'jovens', 'idosos', 'aposentad*', 'reformados',
      'jonge', 'jongeren', 'ouderen', 'gepensioneerd*', 'senioren',
      'mlodzi', 'mlodych', 'mlodzie*', 'starsi', 'emeryt*',
      'νεοι', 'νεους', 'συνταξιουχοι', 'genc', 'gencler', 'emekli*', 'yasli*',
      // The age at which a state pension starts: "die de AOW-leeftijd hebben bereikt".
      'retirement age', 'pension age', 'pensionable age', 'age de la retraite', 'age legal de la retraite', 'rentenalter', 'renteneintrittsalter', 'pensionsalter', 'eta pensionabile', 'eta della pensione',
      'edad de jubilacion', 'edad de retiro', 'idade da reforma', 'idade de reforma', 'idade de aposentadoria', 'aow leeftijd', 'pensioenleeftijd', 'aow gerechtigd*', 'wiek emerytalny', 'wieku emerytalnego',
      'ηλικια συνταξιοδοτησης', 'emeklilik yasi*',
    ]),
  },
  {
    ground: 'age',
    // An age told by its decade ("in their forties", "quarantenni", "negli anta"), as a number is: "in their twenties or thirties" still selects.
    kind: 'number',
    words: new Lexicon([
      // "The sixties" alone is a decade of history.
      ...['their', 'your', 'our'].flatMap((whose) => ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', '20s', '30s', '40s', '50s', '60s', '70s'].map((decade) => `in ${whose} ${decade}`)),
      'twentysomething*', 'thirtysomething*',
      'trentenaire*', 'quadragenaire*', 'quinquagenaire*', 'sexagenaire*', 'septuagenaire*', ...['vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine'].flatMap((decade) => [`dans la ${decade}`, `cap de la ${decade}`, `passe la ${decade}`, `depasse la ${decade}`]),
      'in den zwanzigern', 'in den dreißigern', 'in den dreissigern', 'in den vierzigern', 'in den funfzigern', 'in den sechzigern', 'in den siebzigern',
      // The part of a decade: "Mitte fünfzig", "Anfang dreißig", "in their mid-fifties", "begin veertig".
      ...['anfang', 'mitte', 'ende', 'begin', 'midden', 'eind'].flatMap((part) => ['zwanzig', 'dreisig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig'].map((decade) => `${part} ${decade}`)),
      // In English with whose ("in their mid fifties"): "the late sixties" are years of history.
      ...['their', 'your', 'our'].flatMap((whose) => ['early', 'mid', 'late'].flatMap((part) => ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies'].map((decade) => `in ${whose} ${part} ${decade}`))),
      // "Abraham gezien": a Dutch fiftieth birthday.
      'abraham gezien', 'abraham al gezien', 'abraham nog niet gezien', 'sarah gezien', 'sarah al gezien', 'sarah nog niet gezien',
      'ventenni', 'trentenni', 'quarantenni', 'cinquantenni', 'sessantenni', 'settantenni', 'negli anta', 'nos entas', 'dos entas', 'στα αντα', 'μπει στα αντα', ...['ventina', 'trentina', 'quarantina', 'cinquantina', 'sessantina'].map((decade) => `sulla ${decade}`),
      'veinteaner*', 'treintaner*', 'cuarenton*', 'cincuenton*', 'sesenton*', 'setenton*', 'en la veintena', 'en la treintena', 'en la cincuentena',
      ...['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta'].map((decade) => `en sus ${decade}`),
      'trintoes', 'trintonas', 'quarentoes', 'quarentonas', 'cinquentoes', 'cinquentonas', 'sessentoes', 'sessentonas',
      // "na casa dos trinta": in one's thirties.
      ...['vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta'].flatMap((decade) => [`na casa dos ${decade}`, `na faixa dos ${decade}`]),
      'twintigers', 'dertigers', 'veertigers', 'vijftigers', 'zestigers', 'zeventigers', ...['twintig', 'dertig', 'veertig', 'vijftig', 'zestig'].map((decade) => `in de ${decade}`),
      ...['εικοσι', 'τριαντα', 'σαραντα', 'πενηντα', 'εξηντα'].map((decade) => `στα ${decade} τους`),
      'dwudziestolat*', 'trzydziestolat*', 'czterdziestolat*', 'piecdziesieciolat*', 'szescdziesieciolat*', 'siedemdziesieciolat*',
      // Polish names an age by its decade as a noun: "którym nie stuknęła jeszcze trzydziestka", "po czterdziestce".
      ...['dwudziest', 'trzydziest', 'czterdziest', 'piecdziesiat', 'szescdziesiat', 'siedemdziesiat'].flatMap((decade) => [`${decade}k*`, `${decade}ce`]),
      'τριανταρηδες', 'σαρανταρηδες', 'πενηνταρηδες', 'εξηνταρηδες', 'yirmili yas*', 'otuzlu yas*', 'kirkli yas*', 'ellili yas*', 'altmisli yas*',
    ]),
  },
  {
    ground: 'age',
    kind: 'dimension',
    words: new Lexicon(['age limit', 'age range', 'age group', 'age bracket', 'limite d age', 'tranche d age', 'altersgrenze', 'altersgruppe', 'limite di eta', 'limiti di eta', 'fascia d eta', 'limite de edad', 'rango de edad', 'limite de idade', 'faixa etaria', 'leeftijdsgrens', 'leeftijdsgroep', 'limit wieku', 'grupa wiekowa', 'οριο ηλικιας', 'yas siniri']),
  },
  {
    ground: 'generation',
    kind: 'value',
    words: new Lexicon(['millennial*', 'milenials*', 'zetki', 'boomer*', 'baby boomer*', 'zoomer*', 'gen x', 'gen y', 'gen z', 'generation x', 'generation y', 'generation z', 'generazione z', 'generacion z', 'geracao z', 'generatie z', 'pokolenie z', 'early career', 'mid career', 'late career', 'recent graduates', 'newly graduated', 'jeunes diplomes', 'neolaureat*', 'recien graduados', 'recem formados',
      'en debut de carriere', 'am karriereanfang', 'berufseinsteiger*', 'a inizio carriera', 'all inizio della carriera', 'al inicio de su carrera', 'en inicio de carrera', 'em comeco de carreira', 'em inicio de carreira',
      'no inicio da carreira', 'aan het begin van hun carriere', 'na poczatku kariery', 'στην αρχη της καριερας', 'kariyerinin basinda']),
  },
  { ground: 'generation', kind: 'dimension', words: new Lexicon(['generation', 'generations', 'generazione', 'generazioni', 'generacion', 'generaciones', 'geracao', 'geracoes', 'generatie', 'generaties', 'pokoleni*', 'γενια', 'kusak']) },
  {
    ground: 'nationality',
    kind: 'dimension',
    words: new Lexicon([
      'nationality', 'nationalities', 'nationals', 'citizenship', 'citizens of', 'passport', 'passports', 'passport holders', 'ethnicity', 'ethnic', 'origin', 'descent', 'heritage', 'mother tongue', 'native language', 'first language', 'native speaker*',
      'nationalite', 'nationalites', 'ressortissants', 'citoyennete', 'passeport', 'pasaport*', 'διαβατηρι*', 'origine', 'ethnie', 'langue maternelle',
      'staatsangehorigkeit', 'nationalitat', 'staatsburgerschaft', 'reisepass', 'herkunft', 'muttersprache', 'muttersprachler*', 'muttersprachlich*',
      'nazionalita', 'cittadinanza', 'passaporto', 'etnia', 'madrelingua', 'lingua madre', 'lingua materna',
      'nacionalidad', 'ciudadania', 'pasaporte', 'origen', 'lengua materna', 'idioma materno',
      'nacionalidade', 'cidadania', 'passaporte', 'origem', 'etnia', 'idioma nativo',
      'nationaliteit', 'staatsburgerschap', 'paspoort', 'afkomst', 'moedertaal', 'thuistaal', 'home language', 'lingua di casa', 'lengua de casa', 'jezyk domowy',
      'family language', 'familiensprache', 'langue familiale', 'lingua di famiglia', 'lengua familiar', 'lingua familiar', 'gezinstaal', 'jezyk rodzinny',
      'narodowosc', 'narodowosci', 'obywatelstw*', 'paszport', 'pochodzeni*', 'jezyk ojczysty', 'jezykiem ojczystym',
      'citizen', 'citizens', 'citoyens', 'citoyennes', 'staatsburger', 'staatsburgerinnen', 'cidadaos', 'burgers van', 'obywatele', 'πολιτες',
      'εθνικοτητ*', 'υπηκοοτητ*', 'καταγωγ*', 'μητρικη γλωσσα', 'uyruk*', 'vatandas*', 'koken*', 'ana dil*', 'anadil*',
      // A language learnt with one's mother's milk or brought from home: "ana sütüyle öğrenmiş", "mit der Muttermilch", "von Haus aus", "wyniesiony z domu".
      'ana sutuyle', 'z mlekiem matki', 'wyniesion* z domu', 'de berco', 'de cuna', 'mit der muttermilch', 'von haus aus', 'avec le lait maternel', 'col latte materno', 'con la leche materna', 'com o leite materno', 'met de paplepel',
      'compatriot*', 'connazional*', 'landsleute', 'landgenoten', 'compatriotas', 'rodacy', 'rodakow', 'συμπατριωτ*', 'hemsehri*',
      // Roots in a country: "com raízes cabo-verdianas", "with Irish roots".
      'roots', 'racines', 'wurzeln', 'radici', 'raices', 'raizes', 'wortels', 'korzenie', 'korzeniach', 'korzeniami', 'ριζες', 'kokleri',
      // A language grown up with at home: "que se hayan criado hablando castellano en casa".
      'grew up speaking', 'raised speaking', 'criado hablando', 'criados hablando', 'criadas hablando', 'crecido hablando', 'crecieron hablando', 'cresciuti parlando', 'cresciute parlando', 'cresceram a falar', 'cresceram falando', 'criados falando',
      'grandi en parlant', 'mit der sprache aufgewachsen', 'opgegroeid met het', 'wychowali sie w jezyku', 'μεγαλωσαν μιλωντας',
      // Where one was born ("nascidos no Brasil"): a nationality by another name.
      'born in', 'nes en', 'nees en', 'ne en', 'nee en', 'geboren in', 'nati in', 'nate in', 'nato in', 'nata in', 'nacidos en', 'nacidas en', 'nacido en', 'nacida en',
      'nascidos no', 'nascidos na', 'nascidos em', 'nascidas no', 'nascidas na', 'nascidas em', 'nascido no', 'nascida no', 'urodzeni w', 'urodzone w', 'urodzonych w', 'urodzony w',
      'γεννημενοι στ*', 'γεννηθηκαν στ*', 'dogumlu', 'dogmus',
    ]),
  },
  {
    ground: 'nationality',
    kind: 'people',
    words: new Lexicon([
      'italian*', 'italien*', 'italiaan*', 'wlosi', 'wlochow', 'french', 'francais*', 'franzos*', 'frances*', 'francuz*', 'fransen', 'fransman*', 'german', 'germans', 'allemand*', 'deutsche', 'deutschen', 'tedesc*', 'aleman*', 'alemaes', 'alema', 'duitser*', 'niemc*',
      'spanish', 'spaniards', 'espagnol*', 'spanier*', 'spagnol*', 'espanol*', 'espanhol*', 'spanjaard*', 'hiszpan*', 'portuguese', 'portugais*', 'portugues*', 'portugies*', 'portoghes*', 'portugez*', 'portugalczy*',
      'brazilian*', 'bresilien*', 'brasilianer*', 'brasilian*', 'brasilen*', 'brasileir*', 'braziliaan*', 'brazylij*', 'dutch', 'neerlandais*', 'niederlander*', 'olandes*', 'holandes*', 'nederlander*', 'holendr*',
      'polish', 'poles', 'polonais*', 'polacc*', 'polaco*', 'poloneses', 'polen', 'polacy', 'polakow', 'greek', 'greeks', 'grec', 'grecs', 'grecque*', 'griechen', 'greci', 'griegos', 'gregos', 'grieken', 'grecy', 'turkish', 'turks', 'turc', 'turcs', 'turken', 'turchi', 'turcos', 'turcy',
      'cypriot*', 'chypriote*', 'zyprer*', 'zypriot*', 'ciprioti', 'chipriota*', 'cipriota*', 'cyprioten', 'cypryjczy*',
      'ελληνες', 'ελληνιδες', 'ελληνας', 'ελληνιδα', 'ελληνων', 'κυπριοι', 'κυπριους', 'κυπριων', 'τουρκοι', 'ιταλοι', 'γαλλοι', 'γερμανοι', 'ισπανοι', 'ελβετοι', 'αλλοδαποι',
      'turkler', 'turk vatandaslari', 'yunanlilar', 'yunanli', 'italyanlar', 'almanlar', 'fransizlar', 'yabancilar',
      'swiss', 'suisse', 'suisses', 'schweizer*', 'svizzer*', 'suizos', 'suicos', 'zwitsers', 'szwajcar*', 'british', 'britons', 'brits', 'britannique*', 'briten', 'britannic*', 'britanicos', 'brytyj*', 'english', 'anglais*', 'englander', 'inglesi', 'ingleses',
      'american', 'americans', 'americain*', 'amerikaner*', 'american*', 'amerikan*', 'amerykan*', 'chinese', 'chinois*', 'chinesen', 'cinesi', 'chinos', 'chineses', 'chinezen', 'chinczy*', 'japanese', 'japonais*', 'japaner*', 'giappones*', 'japoneses', 'japanners',
      'russian', 'russians', 'russe', 'russes', 'russen', 'russi', 'rusos', 'russos', 'rosjan*', 'indian', 'indians', 'indiens', 'inder', 'indiani', 'european*', 'europeen*', 'europaer*', 'europei', 'europeos', 'europeus', 'europeanen', 'europejczy*',
      'african*', 'africain*', 'afrikaner*', 'africani', 'africanos', 'afrikanen', 'asian', 'asians', 'asiatique*', 'asiaten', 'asiatici', 'asiaticos', 'aziaten', 'arab', 'arabs', 'arabes', 'araber', 'arabi', 'latino', 'latinos', 'latina', 'latinas', 'latinoamerican*', 'latin american*', 'sudamerican*', 'sul americanos', 'hispanic*', 'hispano*',
      'austrian*', 'autrichien*', 'osterreicher*', 'austriac*', 'oostenrijkers', 'belgian*', 'belges', 'belgier', 'belgi', 'belgas', 'belgen', 'catalan*', 'katalan*', 'irish', 'scottish', 'canadian*', 'canadien*', 'kanadier', 'mexican*', 'mexicain*', 'mexikaner',
      'expat', 'expats', 'expatri*', 'foreigners', 'etrangers', 'auslander', 'stranieri', 'extranjeros', 'estrangeiros', 'buitenlanders', 'cudzoziemc*', 'immigrants', 'immigres', 'migranten', 'immigrati', 'inmigrantes', 'imigrantes',
    ]),
  },
  {
    ground: 'culture or religion',
    kind: 'value',
    words: new Lexicon([
      'catholic*', 'catholique*', 'katholi*', 'cattolic*', 'catolic*', 'katolic*', 'katolik*', 'protestant*', 'christian*', 'chretien*', 'christen', 'christlich*', 'cristian*', 'cristaos', 'chrzescijan*', 'orthodox*', 'ortodoss*', 'ortodox*', 'prawoslawn*',
      'muslim*', 'musulman*', 'moslim*', 'muzulman*', 'islamic', 'islamique*', 'islamisch*', 'islamic*', 'jewish', 'jews', 'juif*', 'juive*', 'judisch*', 'juden', 'ebre*', 'judio*', 'judeus', 'judaic*', 'joods*', 'joden', 'zyd*', 'hindu*', 'buddhist*', 'bouddhist*', 'budist*', 'buddist*', 'sikh*', 'atheist*', 'athee*', 'churchgoers',
      'church', 'churches', 'congregation', 'parish', 'mosque', 'synagogue', 'eglise', 'paroisse', 'mosquee', 'kirche', 'kirchengemeinde', 'kirchgemeinde', 'moschee', 'synagoge', 'chiesa', 'parrocchia', 'moschea', 'sinagoga', 'iglesia', 'parroquia', 'mezquita', 'igreja', 'paroquia', 'mesquita', 'kerk', 'parochie', 'moskee', 'kosciol', 'kosciola', 'parafia', 'parafii', 'meczet', 'synagoga', 'εκκλησια', 'ενορια', 'cami', 'camii', 'kilise',
      'evangelic*', 'evangelisch*', 'evangelique*', 'evangelik*', 'pentecost*', 'adventist*', 'mormon*', 'quaker*',
      'χριστιαν*', 'ορθοδοξ*', 'καθολικ*', 'μουσουλμαν*', 'εβραι*', 'hristiyan*', 'ortodoks*', 'yahudi*', 'musluman*',
    ]),
  },
  {
    ground: 'culture or religion',
    kind: 'dimension',
    words: new Lexicon(['religion', 'religions', 'religious', 'faith', 'religieux', 'religieuse*', 'confession', 'religios*', 'konfession*', 'religione', 'religiose', 'religioso', 'religiosa', 'religiao', 'religie', 'religieus*', 'religia', 'religijn*', 'θρησκεια', 'θρησκευμα', 'cultural background', 'kulturelle herkunft', 'origine culturelle', 'background culturale', 'origen cultural', 'origem cultural', 'caste']),
  },
  { ground: 'profession', kind: 'value', words: new Lexicon(professionWords) },
  {
    ground: 'profession',
    kind: 'value',
    condition: true,
    // Teaching as a living, said with a verb: "que lecionem Física e Química", "die zelf voor de klas staan", "who teach in schools".
    words: new Lexicon([
      'who teach', 'who teaches', 'who taught', 'who have taught', 'that teach', 'qui enseignent', 'qui ont enseigne', 'qui font cours', 'qui donnent des cours', 'die unterrichten', 'die unterrichtet haben', 'die lehren',
      'che insegnano', 'che insegnino', 'che hanno insegnato', 'que dan clase*', 'que den clase*', 'que imparten clase*', 'que dictan clase*', 'que lecionam', 'que lecionem', 'que lecionaram', 'que ensinam', 'que ensinem', 'que dao aulas', 'que deem aulas',
      'lesgeven', 'lesgeeft', 'les geven', 'voor de klas staan', 'voor de klas staat', 'voor de klas gestaan', 'voor de klas hebben gestaan', 'voor de klas staan of gestaan', 'ktorzy nauczaja', 'ktore nauczaja', 'prowadza lekcje',
      'που διδασκουν', 'που διδαξαν', 'ders veren', 'ogretmenlik yapan', 'ogretmenlik yapmis',
    ]),
  },
  { ground: 'profession', kind: 'dimension', words: new Lexicon(['profession', 'professions', 'occupation', 'job title', 'beruf', 'berufe', 'professione', 'profesion', 'profissao', 'beroep', 'zawod']) },
  {
    ground: 'personal preferences',
    kind: 'value',
    words: new Lexicon([
      'heterosexu*', 'homosexu*', 'gay', 'gays', 'lesbian*', 'lesbienne*', 'lesbisch*', 'lesbiche', 'lesbic*', 'lesbijk*', 'bisexu*', 'queer', 'lgbt*', 'lgbtq*', 'lgbtqia*', 'sexual orientation', 'orientation sexuelle', 'sexuelle orientierung', 'orientamento sessuale', 'orientacion sexual', 'orientacao sexual',
      'married', 'unmarried', 'divorced', 'childless', 'maries', 'mariees', 'verheiratet*', 'sposat*', 'casados', 'casadas', 'getrouwd*', 'zonaci', 'zamezn*',
      'vegan*', 'vegetarian*', 'vegetarien*', 'vegetarier*', 'vegetarian*', 'vegetariani', 'vegetarianos', 'vegetariers', 'wegetarian*', 'smokers', 'non smokers', 'nonsmokers', 'fumeurs', 'raucher', 'nichtraucher', 'fumatori', 'fumadores', 'fumantes', 'rokers', 'palacze', 'niepalacy',
      'political', 'politically', 'politique*', 'politisch*', 'politic*', 'polityczn*', 'party members', 'left wing', 'right wing',
      'fans', 'fan of', 'supporters', 'tifosi', 'tifose', 'anhanger', 'hinchas', 'aficionados', 'torcedores', 'kibice', 'kibicow', 'sympathisants',
    ]),
  },
  { ground: 'personal preferences', kind: 'people', words: new Lexicon(['straight', 'singles', 'single', 'celibataires', 'ledige', 'single*', 'solteros', 'solteiros']) },
];

/** Words that limit membership to what follows them ("only", "réservé aux", "nur", "wyłącznie"). */
const restrictionWords = new Lexicon([
  'only', 'exclusively', 'solely', 'reserved', 'limited to', 'restricted to', 'just for', 'strictly',
  'seulement', 'uniquement', 'exclusivement', 'reserve', 'reservee', 'reserves', 'reservees', 'strictement',
  'nur', 'ausschlieslich', 'ausschliesslich', 'vorbehalten', 'lediglich', 'exklusiv',
  'solo', 'soltanto', 'solamente', 'esclusivamente', 'riservat*', 'unicamente',
  'exclusivamente', 'reservad*',
  'somente', 'apenas',
  'alleen', 'uitsluitend', 'enkel', 'voorbehouden', 'exclusief',
  'tylko', 'wylacznie', 'jedynie', 'zarezerwowan*',
  'μονο', 'αποκλειστικα', 'sadece', 'yalnizca',
  // A condition put to members, however politely ("we kindly ask that members be under forty").
  'members be', 'members must be', 'members should be', 'applicants be', 'applicants must be', 'applicants should be', 'membres soient', 'candidats soient', 'mitglieder sollten',
  'membri siano', 'candidati siano', 'miembros sean', 'candidatos sean', 'membros sejam', 'candidatos sejam', 'leden moeten', 'czlonkowie powinni', 'kandydaci powinni',
]);
/** Portuguese "só" folds to "so", an English word: it restricts only in Portuguese text. */
const portugueseOnly = 'so';
/** How many words after a restriction a ground still falls under it ("solo para personas cuya lengua materna"). */
const restrictionReach = 8;

/** Fields of work: IT, engineering, administration. */
const fieldWords = new Lexicon([
  'it', 'ict', 'tech', 'computing', 'software', 'engineering', 'administration', 'banking', 'finance', 'insurance', 'consulting', 'banca', 'seguros', 'consultoria', 'finanzas', 'financas', 'assurance', 'conseil', 'informatique', 'ingenierie', 'informatik', 'verwaltung', 'technik', 'physik',
  'informatica', 'ingegneria', 'amministrazione', 'ingenieria', 'administracion', 'engenharia', 'administracao', 'techniek', 'informatyka', 'informatyce', 'inzynieria', 'πληροφορικη', 'μηχανικη', 'bilisim', 'muhendislik',
  // Research and teaching as a line of work: "die heute noch in Forschung oder Lehre tätig sind".
  'research', 'teaching', 'academia', 'recherche', 'enseignement', 'forschung', 'lehre', 'ricerca', 'insegnamento', 'investigacion', 'docencia', 'pesquisa', 'ensino', 'onderzoek', 'onderwijs', 'ερευνα', 'arastirma',
  'devops', 'industry', 'private sector', 'industrie', 'secteur prive', 'privatwirtschaft', 'industria', 'settore privato', 'sector privado', 'setor privado', 'bedrijfsleven', 'przemysl', 'przemysle', 'βιομηχανια', 'sanayi', 'sanayide',
]);
/** Working, said last in German and Dutch, after the field: "in der Forschung tätig", "in de ICT werkzaam". */
const workingLastWords = new Set(['tatig', 'beschaftigt', 'arbeiten', 'arbeitet', 'werkzaam', 'werken', 'werkt']);
/** Working in, practising, coming from, just before a field: "who work in", "die hun brood verdienen in de", "que exerçam", "aus". */
const workingInWords = new Lexicon([
  'work in', 'works in', 'working in', 'work in the', 'employed in', 'travaillent dans', 'travaillent dans l', 'travaillant dans', 'exercent', 'arbeiten in', 'arbeiten im', 'tatig in', 'tatig im', 'aus',
  'lavorano nell', 'lavorano in', 'lavorano nel', 'trabajan en', 'trabajando en', 'currando en', 'curran en', 'ejerzan', 'ejercen', 'trabalham em', 'trabalham na', 'trabalham no', 'exercam', 'exercem', 'werken in de', 'werken in', 'brood verdienen in de', 'brood verdienen in',
  'bossent dans la', 'bossent dans', 'earn a living in', 'earn their living in', 'gagnent leur vie dans la', 'gagnent leur vie dans', 'se ganan la vida en la', 'se ganan la vida en', 'ganhem a vida na', 'ganhem a vida no', 'ganham a vida na', 'ganham a vida no',
  'pracuja w', 'pracujacy w', 'που εργαζονται στην', 'που εργαζονται στον', 'calisan', 'alaninda calisan',
  // Gone over to a field: "who left research for industry", "passati all'industria".
  'left research for', 'left academia for', 'moved to', 'moved into', 'went into', 'quitte la recherche pour l', 'quitte la recherche pour', 'passes dans l', 'in die', 'gewechselt in die',
  'lasciato la ricerca per l', 'lasciato la ricerca per', 'passati all', 'passati al', 'dejaron la investigacion por la', 'pasaron a la', 'deixaram a investigacao pela', 'passaram para a', 'overgestapt naar de', 'overgestapt naar het', 'przeszli do',
]);
/** Earning a living as or with what the next word names: "who earn a living as", "qui gagnent leur vie comme", "die ihr Geld mit". */
/** Earning a living, said last in German and Dutch after where or how: "die bei Banken ihr Geld verdienen". */
const livingLastWords = new Lexicon(['ihr geld verdienen', 'ihr geld verdient', 'ihre brotchen verdienen', 'ihren lebensunterhalt verdienen', 'hun geld verdienen', 'hun brood verdienen', 'hun boterham verdienen']);
const livingByWords = new Lexicon([
  'earn a living as', 'earn a living by', 'earn their living as', 'earn their living by', 'earning a living as', 'earning a living by', 'earning their living as', 'earning their living by',
  'gagnent leur vie comme', 'gagnent leur vie en', 'gagnant leur vie comme', 'gagnant leur vie en',
  'ihr geld als', 'ihr geld mit', 'ihre brotchen als', 'ihre brotchen mit', 'ihren lebensunterhalt als', 'ihren lebensunterhalt mit',
  'si guadagnano da vivere come', 'si guadagnano da vivere con',
  'se ganan la vida como', 'se ganan la vida con',
  'ganham a vida como', 'ganham a vida com', 'ganhem a vida como', 'ganhem a vida com',
  'hun brood als', 'hun brood met', 'de kost als', 'de kost met',
  'zarabiaja na zycie jako', 'zarabiajacy na zycie jako',
  'βγαζουν το ψωμι τους ως', 'βγαζουν το ψωμι τους με',
]);
/** Earning a living, before a verb that says by doing what ("earning a living teaching", "se ganan la vida programando"). */
const livingWords = new Lexicon(['earn a living', 'earn their living', 'earning a living', 'earning their living', 'se ganan la vida', 'ganham a vida', 'ganhem a vida', 'si guadagnano da vivere', 'βγαζουν το ψωμι τους', 'βγαζουν τα προς το ζην']);
/** A verb's gerund, in the languages of `livingWords`: "teaching", "programando", "scrivendo", "γράφοντας". */
const gerund = /(?:ing|ando|iendo|endo|indo|οντας|ωντας)$/;
/** The same, after what names the work: "who code for a living", "die voor de kost programmeren". */
const forALivingWords = new Lexicon(['for a living', 'pour gagner leur vie', 'voor de kost', 'per mestiere', 'di mestiere']);
/** Turkish earns its bread by doing something: "ekmeğini kod yazarak kazanan", a verb in -arak or -erek between. */
const turkishEarnedThings = new Set(['ekmegini', 'ekmeklerini', 'hayatini', 'paralarini', 'parasini']);
function turkishLivingBy(text: WordedSpan, sentence: Sentence): Finding | undefined {
  for (let at = sentence.from; at < sentence.to; at++) {
    if (!turkishEarnedThings.has((text.words[at] as Word).text)) continue;
    const earning = text.words.slice(at + 1, Math.min(sentence.to, at + 9)).findIndex((word) => word.text.startsWith('kazan'));
    if (earning > 0 && text.words.slice(at + 1, at + 1 + earning).some((word) => /(?:arak|erek)$/.test(word.text))) return { ground: 'profession', kind: 'value', from: at, to: at + 1 + earning };
  }
  return undefined;
}

/** The first word of an entry of the lexicon that ends within the two words before `at` (an adverb may stand between: "exerçam atualmente engenharia"). */
function entryEndingBefore(lexicon: Lexicon, text: WordedSpan, at: number, from: number): number | undefined {
  for (const end of [at - 1, at - 2]) {
    if (end < from) break;
    const start = entryEndingAt(lexicon, text, end, 5);
    if (start !== undefined && start >= from) return start;
  }
  return undefined;
}

/** "In", before the language something is held in. */
const mediumWords = new Set(['in', 'en', 'auf', 'em', 'w', 'σε', 'στα', 'na', 'im']);
/** Words that join the languages of a list: "French, English or both". */
const languageListWords = new Set(['or', 'and', 'ou', 'et', 'oder', 'und', 'o', 'e', 'y', 'of', 'en', 'lub', 'i', 'η', 'και', 'veya', 've']);

/** Whether the finding is a language in a list after "in": "run in French, English or both", "se déroulent en français ou en anglais". */
function heldInLanguages(text: WordedSpan, sentence: Sentence, finding: Finding): boolean {
  if (!languageNames.has((text.words[finding.from] as Word).text)) return false;
  for (let at = finding.from - 1; at >= Math.max(sentence.from, finding.from - 6); at--) {
    const word = (text.words[at] as Word).text;
    // Only languages and the words that join them stand between "in" and the finding.
    if (mediumWords.has(word)) return true;
    if (!languageNames.has(word) && !languageListWords.has(word)) return false;
  }
  return false;
}

/** The law, in the network's languages: an age it sets (for alcohol, for driving) is none the group sets. */
const lawWords = new Lexicon(['by law', 'the law', 'legally', 'legal age', 'la loi', 'age legal', 'gesetz', 'gesetzlich*', 'per legge', 'la legge', 'por ley', 'la ley', 'edad legal', 'por lei', 'a lei', 'idade legal', 'de wet', 'wettelijk*', 'prawo', 'prawem', 'ustawa', 'ustawowo', 'ο νομος', 'απο το νομο', 'yasa', 'yasal', 'yasa geregi', 'kanunen']);

/** "No need to be", in the network's languages: what follows is what nobody has to be. */
const noNeedWords = new Lexicon([
  'no need to be', 'you do not have to be', 'you don t have to be', 'need not be', 'pas besoin d etre', 'nul besoin d etre', 'pas necessaire d etre', 'man muss kein', 'man muss keine', 'muss nicht', 'musst nicht',
  'non serve essere', 'non occorre essere', 'non e necessario essere', 'no hace falta ser', 'no es necesario ser', 'no hay que ser', 'nao e preciso ser', 'nao precisa ser', 'nao e necessario ser',
  // What one need not speak: "non serve parlare italiano né spagnolo".
  'no need to speak', 'you do not need to speak', 'you don t need to speak', 'pas besoin de parler', 'man muss nicht sprechen', 'non serve parlare', 'non occorre parlare', 'no hace falta hablar', 'no es necesario hablar', 'nao e preciso falar', 'nao precisa falar',
  'je hoeft geen', 'hoef je geen', 'je hoeft niet', 'nie trzeba byc', 'nie musisz byc', 'nie musi byc', 'δεν χρειαζεται να εισαι', 'δεν χρειαζεται να ειστε', 'olmaniz gerekmez', 'olmak gerekmiyor', 'olmaniza gerek yok',
]);
/** "No need to be it", with a word that points back at what the sentence named: "no hace falta estarlo", "pas besoin de l'être". */
const noNeedOfItWords = new Lexicon([
  'no need to be one', 'do not have to be one', 'don t have to be one', 'need not be one', 'pas besoin de l etre', 'pas oblige de l etre', 'pas necessaire de l etre', 'muss man nicht sein', 'musst du nicht sein',
  'non serve esserlo', 'non e necessario esserlo', 'non occorre esserlo', 'no hace falta estarlo', 'no hace falta serlo', 'no es necesario estarlo', 'no es necesario serlo', 'nao e preciso se lo', 'nao e preciso esta lo', 'nao precisa de o ser',
  'dat hoeft niet', 'hoef je niet te zijn', 'nie trzeba nim byc', 'nie trzeba nia byc', 'δεν χρειαζεται να εισαι', 'olmaniz gerekmiyor', 'olmak sart degil', 'olmak zorunda degilsiniz',
]);
/** "Or neither", "or none", after a list of kinds of people: everyone else is in too. */
const orNeitherWords = new Lexicon(['or neither', 'or none', 'ou aucun', 'ou aucune', 'ou ni l un ni l autre', 'oder keins', 'oder keines', 'oder weder noch', 'o nessuno', 'o nessuna', 'o ninguno', 'o ninguna', 'ou nenhum', 'ou nenhuma', 'of geen van beide', 'albo zaden', 'lub zaden', 'η κανενα', 'ya da hicbiri']);
/** "Regardless of", "quel que soit", "unabhängig von": what follows is open to everyone. */
const regardlessWords = new Lexicon(['regardless', 'irrespective', 'whatever', 'whether', 'no matter', 'que ce soit', 'sia che', 'ya sea', 'of je nu', 'quel que', 'quelle que', 'quels que', 'quelles que', 'peu importe', 'unabhangig', 'egal', 'indipendentemente', 'a prescindere', 'independientemente', 'sin importar', 'sea cual sea', 'sean cuales sean', 'sea cual fuere', 'quale che sia', 'qualunque sia', 'was auch immer', 'independentemente', 'seja qual', 'ongeacht', 'ganz gleich', 'gleich welche', 'gleich welcher', 'gleich welchen', 'niezaleznie', 'bez wzgledu', 'ανεξαρτητα', 'ανεξαρτητως', 'fark etmeksizin', 'cualquiera que sea', 'cualquiera sea', 'qualquer que seja', 'quaisquer que sejam', 'οποια κι αν', 'οποιος κι αν', 'οποιο κι αν', 'οποιοι κι αν', 'οποιες κι αν']);
/** "Do not matter", after what does not: "lingua madre e passaporto non contano", "nationality doesn't matter". */
const mattersNot = new Lexicon([
  'do not matter', 'does not matter', 'don t matter', 'doesn t matter', 'do not count', 'does not count', 'ne comptent pas', 'ne compte pas', 'importent peu', 'importe peu', 'spielen keine rolle', 'spielt keine rolle', 'zahlt nicht', 'zahlen nicht',
  'non contano', 'non conta', 'non importa', 'no cuentan', 'no cuenta', 'no importa', 'no importan', 'nao contam', 'nao conta', 'nao importa', 'nao importam', 'tellen niet', 'telt niet', 'maakt niet uit', 'doen er niet toe',
  'nie maja znaczenia', 'nie ma znaczenia', 'δεν μετρανε', 'δεν μετραει', 'δεν εχει σημασια', 'fark etmez', 'onemli degil', 'onemsiz',
]);
/** Whether a "does not matter" follows the finding within its sentence, with only other grounds and joining words between ("lingua madre e passaporto non contano"). */
function mattersNotAfter(text: WordedSpan, sentence: Sentence, finding: Finding): boolean {
  if (!mattersNot.mayMatch(text)) return false;
  return within(mattersNot.find(text), sentence).some((match) => match.index > finding.to && match.index <= finding.to + 6);
}
/** "Of any age", "di qualsiasi età", "toutes nationalités": a dimension with everyone in it. */
const allWords = new Set(['any', 'all', 'every', 'tous', 'toutes', 'tout', 'toute', 'jeden', 'jeder', 'jedes', 'jeglicher', 'aller', 'alle', 'qualsiasi', 'qualunque', 'ogni', 'tutte', 'tutti', 'cualquier', 'todas', 'todos', 'qualquer', 'elke', 'iedere', 'ieder', 'kazdy', 'kazdego', 'kazdej', 'wszystkich', 'οποιασδηποτε', 'ολων', 'her', 'tum']);
/** "The next generation", "les générations futures": the future is not a selection. */
const futureWords = new Set(['next', 'future', 'futures', 'futur', 'prochaine', 'prochaines', 'nouvelle', 'nouvelles', 'nachste', 'nachsten', 'kunftige', 'kunftigen', 'prossima', 'prossime', 'future', 'futura', 'futuras', 'proxima', 'proximas', 'nuevas', 'novas', 'volgende', 'toekomstige', 'przyszle', 'przyszlych', 'mlodsze']);
/** "Working or retired", "women or men": an alternative opens the group to both. */
const orWords = new Set(['or', 'ou', 'oder', 'o', 'od', 'lub', 'czy', 'albo', 'η', 'veya', 'ya']);
/** The feminine forms of the network's word, and the form for everyone: "Absolwenci i absolwentki", "alumni and alumnae" name both. */
const genericForms = new Map([['alumnae', 'alumni'], ['absolwentki', 'absolwenci'], ['exalumnas', 'exalumnos'], ['alumnas', 'alumnos'], ['alunas', 'alunos']]);
function withGenericForm(text: WordedSpan, sentence: Sentence, finding: Finding): boolean {
  const generic = genericForms.get((text.words[finding.to] as Word).text);
  return generic !== undefined && text.words.slice(sentence.from, sentence.to).some((word) => word.text === generic);
}

/** Dutch "of" is "or" only between two words of one ground ("jong of oud", "vrouwen of mannen"); in English it is "of" ("Women of CERN"). */
const isDutchOrBetween = (text: WordedSpan, candidates: readonly Finding[], finding: Finding) =>
  (text.words[finding.to + 1]?.text === 'of' && candidates.some((other) => other.from === finding.to + 2 && other.ground === finding.ground)) ||
  (text.words[finding.from - 1]?.text === 'of' && candidates.some((other) => other.to === finding.from - 2 && other.ground === finding.ground));
/** "Age, nationality and profession": the words that join a list. */
const andWords = new Set(['and', 'et', 'und', 'e', 'ed', 'y', 'en', 'i', 'oraz', 'και', 've']);
/** "Physicists, engineers … and everyone else": a list of professions that ends with everyone. */
/** Wanting, learning, practising, being interested, in the network's languages: what follows is a subject people take up. */
const interestWords = new Lexicon([
  'want*', 'wish*', 'learn*', 'practis*', 'practic*', 'improve', 'interested', 'envie', 'apprendre', 'pratiquer', 'ameliorer', 'interesse*', 'wollen', 'mochten', 'lernen', 'uben', 'ueben', 'interessiert*',
  'vogli*', 'imparare', 'praticare', 'migliorare', 'interessat*', 'quiera*', 'quieren', 'aprender', 'practicar', 'mejorar', 'interesad*', 'queira*', 'querem', 'praticar', 'melhorar', 'interessad*',
  'willen', 'leren', 'oefenen', 'verbeteren', 'geinteresseerd', 'chca*', 'uczyc', 'cwiczyc', 'zainteresowan*', 'θελουν', 'θελει', 'μαθουν', 'εξασκησουν', 'ενδιαφερ*', 'isteyen', 'ogrenmek', 'ilgilen*',
]);

const openWords = new Set(['open', 'opens', 'offen', 'ouvert', 'ouverte', 'ouverts', 'aperto', 'aperta', 'abierto', 'abierta', 'aberto', 'aberta', 'otwarta', 'otwarty', 'otwarte', 'ανοιχτη', 'ανοιχτο', 'ανοικτη', 'acik', 'acigiz']);

/** The sentences that say something is open to everyone ("stays open for everybody", "grubumuz herkese açık"): "open" within three words of a word for everyone. */
function sentencesOpenToEveryone(text: WordedSpan): Set<Sentence> {
  const open = new Set<Sentence>();
  for (const everyone of everyoneWords.find(text)) {
    const sentence = sentenceAt(text, everyone.index) as Sentence;
    for (let at = Math.max(sentence.from, everyone.index - 3); at < Math.min(sentence.to, everyone.index + everyone.length + 3); at++) if (openWords.has((text.words[at] as Word).text)) open.add(sentence);
  }
  return open;
}

/** Whether a word of interest comes within three words after a language spoken ("die Deutsch sprechen oder lernen möchten"). */
function interestAfter(text: WordedSpan, sentence: Sentence, finding: Finding): boolean {
  for (let at = finding.to + 1; at < Math.min(sentence.to, finding.to + 4); at++) if (interestWords.matchLengthAt(text, at) > 0) return true;
  return false;
}

/** Whether a word of interest comes within eight words before the finding, in its sentence ("interesado en la igualdad en la ingeniería"). */
function interestBefore(text: WordedSpan, sentence: Sentence, finding: Finding): boolean {
  for (let at = Math.max(sentence.from, finding.from - 8); at < finding.from; at++) if (interestWords.matchLengthAt(text, at) > 0) return true;
  return false;
}

/** "Welcome", in the network's languages: people a sentence welcomes are let in, not selected. */
const welcomeWords = new Lexicon(['welcome', 'bienvenu*', 'willkommen', 'benvenut*', 'bienvenid*', 'bem vind*', 'welkom', 'mile widzian*', 'ευπροσδεκτ*', 'kalosorizoume', 'hos gelir*', 'memnuniyetle']);
/** "Or not", after what it leaves open: "emekli olsun olmasın", "retired or not", "avec ou sans". */
const orNotWords = new Lexicon(['or not', 'ou non', 'ou pas', 'oder nicht', 'o no', 'o meno', 'ou nao', 'of niet', 'czy nie', 'lub nie', 'η οχι', 'olsun olmasin']);

/** The ways people were at the organization or took part in its work, in the network's languages: students, fellows, staff, users. */
const roleWords = new Lexicon([
  'students', 'fellows', 'staff', 'users', 'interns', 'trainees', 'participants', 'associates', 'visitors', 'postdocs', 'etudiants', 'stagiaires', 'boursiers', 'personnel', 'utilisateurs',
  'studenten', 'stipendiaten', 'mitarbeitende', 'nutzer', 'studenti', 'borsisti', 'personale', 'utenti', 'estudiantes', 'becarios', 'usuarios', 'estudantes', 'bolseiros', 'bolsistas', 'utilizadores',
  'medewerkers', 'gebruikers', 'studenci', 'stypendysci', 'pracownicy', 'uzytkownicy', 'φοιτητες', 'υποτροφοι', 'ogrenciler', 'bursiyerler', 'kullanicilar',
]);

const everyoneWords = new Lexicon([
  'everyone', 'everybody', 'anyone', 'all the others', 'all the rest', 'the rest of us', 'alike',
  'tout le monde', 'tous les autres', 'toutes les autres', 'toute personne', 'alle anderen', 'alle ubrigen', 'alle, die', 'jeder und jede',
  'tutti gli altri', 'tutti quanti', 'chiunque', 'todo el mundo', 'toda la gente', 'cualquier otra persona', 'todos los demas',
  'todo mundo', 'toda a gente', 'todo o resto', 'qualquer outra pessoa', 'qualquer pessoa', 'quem quer que', 'todos os outros', 'iedereen', 'ieder ander',
  'any other person', 'anybody else', 'n importe qui', 'jede andere person', 'qualsiasi altra persona', 'qualsiasi persona', 'cualquier persona',
  'wszyscy inni', 'wszyscy pozostali', 'ολοι οι αλλοι', 'ολοι οι υπολοιποι', 'herkes*', 'diger herkes*',
]);
/** Students count only when they are turned away ("no students"): programmes for students are a link with the group. */
const studentWords = new Lexicon(['students', 'student', 'etudiants', 'studenten', 'studierende', 'studenti', 'estudiantes', 'estudantes', 'studenci']);

/** What people are called, beside a "people" word that then selects them ("Swiss alumni", "alumni italiani", "comunità italiana"). */
const peopleNouns = new Set(['alumni', 'alumnae', 'people', 'persons', 'members', 'nationals', 'citizens', 'community', 'anciens', 'personnes', 'membres', 'communaute', 'ehemalige', 'leute', 'menschen', 'mitglieder', 'gemeinschaft', 'persone', 'membri', 'comunita', 'ex', 'personas', 'miembros', 'comunidad', 'antiguos', 'pessoas', 'membros', 'comunidade', 'antigos', 'mensen', 'leden', 'gemeenschap', 'osoby', 'czlonkowie', 'absolwenci', 'spolecznosc', 'υπηκοοι', 'υπηκοους', 'πολιτες', 'μελη', 'ατομα', 'αποφοιτοι', 'vatandaslar', 'vatandaslari', 'uyeler', 'kisiler', 'mezunlar']);
/** Places a language names ("French-speaking Switzerland", "Svizzera italiana", "la Suisse francophone"): a place, not people. */
const placeNouns = new Set(['america', 'amerique', 'amerika', 'europe', 'europa', 'asia', 'asie', 'asien', 'africa', 'afrique', 'afrika', 'switzerland', 'suisse', 'schweiz', 'svizzera', 'suiza', 'suica', 'zwitserland', 'szwajcaria', 'belgium', 'belgique', 'belgien', 'belgio', 'belgica', 'belgie', 'canada', 'kanada', 'part', 'parts', 'region', 'regions', 'area', 'canton', 'cantons', 'world', 'country', 'countries', 'partie', 'pays', 'monde', 'teil', 'raum', 'gebiet', 'welt', 'lander', 'parte', 'regione', 'zona', 'paesi', 'mondo', 'pais', 'paises', 'mundo', 'deel', 'gebied', 'wereld', 'landen', 'czesc', 'swiat', 'kraje', 'cuisine', 'food', 'kuche', 'cucina', 'cocina', 'cozinha', 'keuken', 'kuchnia']);
/** Bodies a "people" word describes ("uma instituição brasileira", "a French university", "ein Schweizer Institut"): where one worked or studied, not who one is. */
const institutionNouns = new Set([
  'institution', 'institutions', 'institute', 'institutes', 'university', 'universities', 'laboratory', 'laboratories', 'lab', 'labs', 'company', 'companies', 'school', 'schools',
  'institut', 'instituts', 'universite', 'universites', 'laboratoire', 'laboratoires', 'entreprise', 'entreprises', 'ecole', 'ecoles',
  'universitat', 'universitaten', 'hochschule', 'labor', 'firma', 'firmen', 'schule',
  'istituto', 'istituti', 'istituzione', 'universita', 'laboratorio', 'laboratori', 'azienda', 'aziende', 'scuola',
  'institucion', 'instituciones', 'instituto', 'institutos', 'universidad', 'universidades', 'laboratorios', 'empresa', 'empresas', 'escuela',
  'instituicao', 'instituicoes', 'universidade', 'universidades', 'laboratorio', 'escola',
  'instituut', 'universiteit', 'laboratorium', 'bedrijf', 'school',
  'instytut', 'instytucja', 'uczelnia', 'uniwersytet', 'laboratorium', 'firma', 'szkola',
  'ινστιτουτο', 'ιδρυμα', 'πανεπιστημιο', 'εργαστηριο', 'εταιρεια',
  'enstitu', 'enstitusu', 'universite', 'universitesi', 'laboratuvar', 'sirket',
]);
/** In these places a "people" word names where, not who ("in Italien", "no Brasil"). */
const placePrepositions = new Set(['in', 'en', 'im', 'nel', 'nella', 'no', 'na', 'w', 'we', 'στην', 'στο', 'from', 'aus', 'dalla', 'dal', 'desde', 'uit', 'z']);

/** A language named with "-speaking" ("deutschsprachig", "nederlandstalig", "francophone"), or a language spoken ("who speak Japanese"). */
const speakingEndings = /(?:sprachig|sprachige|sprachigen|sprachiger|talig|talige|phone|phones|^(?:luso|franco|anglo|hispano|italo|germano)fon[oa]s?)$/;
const speakingWords = new Set(['speaking', 'speakers', 'speaker', 'parlant', 'parlants', 'parlante', 'parlanti', 'hablantes', 'falantes', 'sprekend', 'sprekers', 'mowiacy', 'mowiacych']);
const speakVerbs = new Set(['speak', 'speaks', 'parlent', 'parle', 'spricht', 'sprechen', 'parla', 'parlano', 'habla', 'hablan', 'fala', 'falam', 'spreekt', 'spreken', 'mowi', 'mowia', 'konusan', 'μιλουν', 'μιλανε', 'μιλαει', 'μιλωντας']);
/** Having grown up, in the network's languages. */
const grownUpWords = new Set(['grew', 'raised', 'grandi', 'grandis', 'aufgewachsen', 'aufwuchsen', 'cresciuti', 'cresciute', 'cresciuto', 'cresciuta', 'criado', 'criada', 'criados', 'criadas', 'crecido', 'crecieron', 'cresceram', 'crescido', 'crescidos', 'opgegroeid', 'opgroeiden', 'wychowali', 'wychowani', 'wychowany', 'wychowana', 'μεγαλωσαν', 'μεγαλωσε', 'buyudu', 'buyumus', 'buyuyen']);
/** The verbs of languages that put them after the language spoken ("die thuis Nederlands spreken", "Türkçe konuşan"). */
const speakVerbsLast = new Set(['spricht', 'sprechen', 'spreekt', 'spreken', 'konusan', 'konusur', 'konusuyor', 'konusarak']);
const languageNames = new Set([
  'english', 'anglais', 'englisch', 'inglese', 'ingles', 'engels', 'angielski', 'french', 'francais', 'franzosisch', 'francese', 'frances', 'frans', 'francuski', 'german', 'allemand', 'deutsch', 'tedesco', 'aleman', 'alemao', 'duits', 'niemiecki',
  'italian', 'italien', 'italienisch', 'italiano', 'italiaans', 'wloski', 'spanish', 'espagnol', 'spanisch', 'spagnolo', 'espanol', 'espanhol', 'spaans', 'hiszpanski', 'portuguese', 'portugais', 'portugiesisch', 'portoghese', 'portugues', 'portugees', 'portugalski',
  'dutch', 'neerlandais', 'niederlandisch', 'olandese', 'holandes', 'nederlands', 'niderlandzki', 'polish', 'polonais', 'polnisch', 'polacco', 'polaco', 'polones', 'pools', 'polski', 'greek', 'grec', 'griechisch', 'greco', 'griego', 'grego', 'grieks', 'grecki',
  'turkish', 'turc', 'turkisch', 'turco', 'turks', 'turecki', 'japanese', 'japonais', 'japanisch', 'giapponese', 'japones', 'japans', 'japonski', 'chinese', 'mandarin', 'chinois', 'chinesisch', 'cinese', 'chino', 'chines', 'chinees', 'chinski',
  'russian', 'russe', 'russisch', 'russo', 'ruso', 'rosyjski', 'arabic', 'arabe', 'arabisch', 'arabo', 'arabski', 'catalan', 'catala', 'katalanisch', 'catalano', 'catalao', 'catalaans', 'katalonski',
  'ελληνικα', 'αγγλικα', 'γαλλικα', 'γερμανικα', 'ιταλικα', 'ισπανικα', 'πορτογαλικα', 'τουρκικα', 'ρωσικα', 'turkce', 'ingilizce', 'fransizca', 'almanca', 'italyanca', 'ispanyolca', 'yunanca', 'rusca', 'arapca',
]);

/**
 * Comparisons before an age ("over 40", "über vierzig", "mayores de cuarenta", "poniżej czterdziestu"),
 * and the age people have reached ("who have not yet turned fifty", "che non abbiano compiuto cinquant'anni").
 */
const ageComparisons = new Lexicon([
  'over', 'under', 'above', 'below', 'are past', 'is past', 'older than', 'younger than', 'at least', 'at most', 'aged', 'aged between', 'ages between', 'between the ages of', 'maximum age', 'minimum age', 'max age', 'min age',
  'turned', 'reached', 'compiuto', 'compiuti', 'cumplido', 'cumplidos', 'completado', 'completados', 'completaram', 'completou', 'ukonczyl*', 'ukonczyl* jeszcze', 'skonczyl*', 'skonczyl* jeszcze',
  'barreira dos', 'barrera de los', 'barriera dei', 'le cap des', 'passe le cap des',
  'dobrado os', 'dobraram os', 'dobrou os', 'chegaram aos', 'chegaram a', 'chegado aos', 'chegou aos', 'llegado a los', 'llegaron a los', 'llegado a', 'arrivati ai', 'arrivati a', 'arrivate ai', 'atteint les', 'erreicht haben', 'atteint', 'erreicht',
  'κλεισει', 'κλεισουν', 'κλεισει ακομη', 'κλεισει ακομα', 'κλεισουν ακομη', 'κλεισουν ακομα', 'πατησει', 'πατησουν', 'πατησει ακομη', 'πατησει ακομα', 'πατησουν ακομη', 'πατησουν ακομα',
  // Birthday candles blown out: "qui ont soufflé leurs soixante bougies".
  'souffle leurs', 'souffle ses', 'blown out', 'spento le', 'spento', 'spente', 'ausgeblasen', 'soplado sus', 'soplado las', 'soplaron sus', 'soprado as', 'sopraram as', 'soprou as',
  // An age on one side or behind: "still on the right side of forty-five", "έχουν αφήσει πίσω τους τα εξήντα".
  'right side of', 'wrong side of', 'πισω τους', 'πισω του', 'πισω της',
  'plus de', 'moins de', 'au dessus de', 'au dessous de', 'au dela de', 'ages de', 'agees de', 'au maximum', 'au minimum', 'au moins',
  'almeno', 'al menos', 'pelo menos', 'ao menos', 'ten minste', 'co najmniej', 'τουλαχιστον', 'en az',
  'uber', 'unter', 'ab', 'alter als', 'junger als', 'mindestens', 'hochstens', 'noch keine',
  'sopra', 'sotto', 'oltre', 'piu di', 'meno di', 'al massimo', 'al minimo',
  'mayores de', 'menores de', 'mas de', 'menos de', 'por encima de', 'por debajo de', 'como maximo', 'como minimo',
  'acima de', 'abaixo de', 'mais de', 'maiores de', 'no maximo', 'no minimo',
  'boven', 'onder', 'ouder dan', 'jonger dan', 'minstens',
  'powyzej', 'ponizej', 'ponad', 'starsi niz', 'mlodsi niz', 'wiecej niz', 'mniej niz', 'nie wiecej niz', 'nie mniej niz',
  'not more than', 'no more than', 'not over', 'pas plus de', 'nicht mehr als', 'nicht alter als', 'non piu di', 'no mas de', 'nao mais de', 'niet meer dan', 'niet ouder dan', 'en fazla', 'οχι πανω απο',
  'ανω των', 'κατω των', 'πανω απο', 'κατω απο',
]);
/** After years, what they are years of when it is not age: a career, service, experience. */
const serviceAfter = new Lexicon([
  'de carriere', 'de service', 'd anciennete', 'de presence', 'd experience', 'di servizio', 'di carriera', 'di esperienza', 'di anzianita', 'de servicio', 'de carrera', 'de experiencia', 'de antiguedad',
  'de servico', 'de carreira', 'de casa', 'betriebszugehorigkeit', 'berufserfahrung', 'im dienst', 'dienst', 'ervaring', 'stazu', 'doswiadczenia', 'hizmet', 'kidem', 'υπηρεσιας', 'εμπειριας',
]);
/** "Up to", before an age and its years ("up to 35 years", "tot en met 35 jaar", "bis 35 Jahre"): a limit only with the years, as "up to 40 people" is none. */
const upToWords = new Lexicon(['up to', 'up to and including', 'jusqu a', 'bis', 'bis zu', 'fino a', 'fino ai', 'hasta', 'hasta los', 'ate', 'ate aos', 'tot', 'tot en met', 'do', 'μεχρι', 'εως']);

/** Years of age, after a number ("40 ans", "vierzig Jahre", "40-Jährige", "40 yaş"). */
const yearWords = new Set(['bougies', 'candles', 'kerzen', 'candeline', 'velas', 'kaarsjes', 'swieczek', 'κερακια', 'mum',
  // Springs, as an age is told in a fond tone: "55 printemps", "55 primavere".
  'springs', 'printemps', 'lenze', 'lenzen', 'primavere', 'primaveras', 'lentes', 'wiosen', 'ανοιξεις', 'bahar',
  'years', 'year', 'yrs', 'ans', 'an', 'jahre', 'jahren', 'jahrige', 'jahrigen', 'lebensjahr', 'lebensjahres', 'anni', 'anno', 'anos', 'jaar', 'lat', 'roku', 'ετων', 'χρονων', 'yas', 'yasindan', 'yasin', 'yasini', 'yasinda', 'yasina', 'yasindaki', 'yasinin']);
/**
 * A comparison written after the age and its years ("40 years or older", "40 ans et plus", "kırk yaşını
 * doldurmamış"). Words of quantity ("20 years or more") are left out: they count years of service too.
 */
const ageComparisonsAfter = new Lexicon([
  'or older', 'or over', 'or younger', 'or under', 'and older', 'and over', 'and above', 'and under', 'and younger',
  'et plus', 'et moins', 'ou moins', 'und alter', 'und junger', 'oder alter', 'oder junger', 'in su', 'in giu',
  'o menos', 'y menos', 'ou menos', 'en ouder', 'of ouder', 'en jonger', 'of jonger', 'i starsi', 'i mlodsi',
  'vollendet', 'vollendet haben', 'gefeiert', 'gefeiert hat', 'gefeiert haben', 'noch nicht gefeiert', 'schon gefeiert', 'bereits gefeiert',
  'geknackt', 'schon geknackt', 'bereits geknackt', 'noch nicht geknackt', 'uberschritten', 'schon uberschritten', 'bereits uberschritten', 'noch nicht uberschritten', 'noch vor sich', 'noch vor sich haben', 'gepasseerd', 'al gepasseerd', 'nog niet gepasseerd', 'overschreden', 'al overschreden', 'nog niet overschreden', 'και ανω', 'και πανω', 'και κατω', 've uzeri', 've ustu', 've alti', 'uzeri', 'ustu', 'alti', 'altinda', 'altindaki', 'uzerinde', 'uzerindeki', 'doldurmamis', 'doldurmus', 'asmamis', 'gecmemis', 'devirmemis', 'devirmis',
  'henuz doldurmamis', 'henuz asmamis', 'henuz gecmemis', 'henuz devirmemis', 'coktan doldurmus', 'coktan asmis', 'coktan gecmis', 'coktan devirmis',
]);
/** Half a century, in the network's languages: an age of fifty said in words. */
const halfCentury = new Lexicon(['half a century', 'half century', 'demi siecle', 'halbes jahrhundert', 'halben jahrhundert', 'mezzo secolo', 'medio siglo', 'meio seculo', 'halve eeuw', 'pol wieku', 'polwiecze', 'μισο αιωνα', 'yarim asir', 'yarim asirlik']);
/** "Of life", after a span of years: "meio século de vida". */
const ofLifeWords = new Lexicon(['of life', 'de vie', 'lebens', 'di vita', 'de vida', 'levens', 'zycia', 'ζωης', 'hayat']);
/** An age left behind or still ahead, a few words after it ("de zestig al een flink eind achter zich", "their half-century ahead of them"). */
const behindOrAheadWords = new Lexicon([
  'achter zich', 'achter de rug', 'hinter sich', 'behind them', 'behind him', 'behind her', 'derriere eux', 'derriere elles', 'alle spalle', 'detras de si', 'para tras', 'za soba', 'geride', 'geride birakmis', 'geride birakan',
  'ahead of them', 'ahead of him', 'ahead of her', 'devant eux', 'devant elles', 'davanti a se', 'davanti a loro', 'por delante', 'pela frente', 'voor zich', 'przed soba', 'μπροστα τους', 'onlerinde',
]);
/** An age passed or not yet, in Dutch, after the age named as a noun ("de zestig al gepasseerd"). */
const passedInDutch = new Lexicon(['gepasseerd', 'al gepasseerd', 'nog niet gepasseerd', 'overschreden', 'al overschreden', 'nog niet overschreden']);
/** A word that joins the two ends of an age range ("25 to 35", "25 y 35", "zwischen 25 und 35"). */
const rangeWords = new Set(['to', 'and', 'a', 'à', 'et', 'bis', 'und', 'e', 'y', 'en', 'tot', 'do', 'i', 'και', 'ile', 've']);
/** After an age, words that say the number counts something else: time spent, people, money, distance. */
const notAgeWords = new Set([
  'at', 'in', 'with', 'of', 'ago', 'au', 'a', 'chez', 'am', 'im', 'bei', 'al', 'alla', 'en', 'con', 'no', 'na', 'em', 'bij', 'op', 'w', 'przy', 'στο', 'στη',
  'uhr', 'h', 'months', 'month', 'weeks', 'days', 'hours', 'minutes', 'km', 'people', 'members', 'alumni', 'times', 'mois', 'semaines', 'jours', 'heures', 'personnes', 'membres', 'fois', 'monate', 'monaten', 'wochen', 'tage', 'stunden', 'personen', 'mitglieder', 'mal', 'mesi', 'settimane', 'giorni', 'ore', 'persone', 'membri', 'volte', 'meses', 'semanas', 'dias', 'horas', 'personas', 'miembros', 'veces', 'pessoas', 'membros', 'vezes', 'maanden', 'weken', 'dagen', 'uur', 'leden', 'keer', 'miesiecy', 'tygodni', 'dni', 'godzin', 'osob', 'razy',
  'euro', 'euros', 'eur', 'chf', 'francs', 'franken', 'franchi', 'zl', 'percent', 'prozent', 'procent',
]);
/** Numbers written as words, from sixteen up, in the network's languages: tens and teens, and the words compounds start or end with. */
const numberWords = new Set([
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'seize', 'vingt', 'vingts', 'trente', 'quarante', 'cinquante', 'soixante',
  'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'dreisig', 'dreissig', 'vierzig', 'funfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig',
  'sedici', 'diciassette', 'diciotto', 'diciannove',
  'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa',
  'dezasseis', 'dezesseis', 'dezassete', 'dezessete', 'dezoito', 'dezanove', 'dezenove', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'oitenta',
  'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig',
  'szesnascie', 'siedemnascie', 'osiemnascie', 'osiemnastu', 'dziewietnascie', 'dwadziescia', 'dwudziestu', 'trzydziesci', 'trzydziestu', 'czterdziesci', 'czterdziestu', 'piecdziesiat', 'piecdziesieciu', 'szescdziesiat', 'szescdziesieciu', 'siedemdziesiat', 'siedemdziesieciu',
  // The number as a noun, as Polish tells an age ("skończyć czterdziestkę", "przed pięćdziesiątką").
  ...['trzydziest', 'czterdziest', 'piecdziesiat', 'szescdziesiat', 'siedemdziesiat'].flatMap((tens) => ['ka', 'ke', 'ki'].map((ending) => `${tens}${ending}`)),
  'δεκαεξι', 'δεκαεπτα', 'δεκαοχτω', 'δεκαοκτω', 'εικοσι', 'τριαντα', 'σαραντα', 'πενηντα', 'εξηντα', 'εβδομηντα', 'ογδοντα',
  'yirmi', 'otuz', 'kirk', 'elli', 'altmis', 'yetmis', 'seksen',
]);
/** The age one has passed, as Turkish tells it ("kırkını devirmemiş", "otuzunu doldurmuş"). */
const turkishOwnAge = new Set(['yirmisini', 'otuzunu', 'kirkini', 'ellisini', 'altmisini', 'yetmisini']);
/** Its unit, after the tens: "otuz beşini henüz devirmemiş". */
const turkishOwnUnits = new Set(['birini', 'ikisini', 'ucunu', 'dordunu', 'besini', 'altisini', 'yedisini', 'sekizini', 'dokuzunu']);
/** German and Dutch write 35 as one word: a unit, "und" or "en", and the tens ("fünfunddreißig", "vijfendertig"); Italian and Spanish start with the tens ("trentacinque", "veinticinco", "quarant'anni"). */
const tensEndings = /(?:zig|sig|tig)(?:ste|sten|er)?$/;
const tensStarts = /^(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant|veinti)/;

/** An article between a comparison and the age ("sopra i quarant'anni", "über die 40"). */
const articles = new Set(['the', 'les', 'die', 'den', 'i', 'gli', 'los', 'las', 'os', 'as', 'de', 'het', 'των', 'τα']);

/** Born in a year ("born after 1990", "nati dopo il 1995", "urodzeni po 1990"). */
const bornWords = new Set(['born', 'nes', 'nees', 'ne', 'nee', 'geboren', 'geborene', 'nati', 'nate', 'nato', 'nata', 'nacidos', 'nacidas', 'nacido', 'nacida', 'nascidos', 'nascidas', 'nascido', 'nascida', 'urodzeni', 'urodzonych', 'urodzony', 'urodzona', 'γεννημενοι', 'γεννημενους', 'γεννημενες', 'γεννημενος', 'γεννημενη', 'dogumlu', 'dogan', 'doganlar']);
/** A year of birth as a cohort: "Jahrgänge bis 1960", "rocznik 1990". */
const cohortWord = /^(?:jahrgang|jahrgange|jahrgangs|jahrgangen|rocznik|rocznika|roczniki|rocznikow|quinta)$/;
/** A year written with two digits after a cohort word: "de la quinta del 65", "Jahrgang '58". */
const shortYear = /^\d\d$/;
/** "Of", "in", before a year of two digits: "nacidos del 85", "Jahrgang von 85", "nati nel 85". */
const yearOfWords = new Set(['del', 'de', 'von', 'im', 'in', 'nel', 'dal', 'em', 'en', 'z', 'w']);
/** Leaving before or after a year ("who left CERN before 2000"): a generation by another name. */
const beforeAfterWords = new Set(['before', 'after', 'avant', 'apres', 'vor', 'nach', 'prima', 'dopo', 'antes', 'despues', 'depois', 'apos', 'voor', 'przed', 'po', 'πριν', 'μετα', 'once', 'sonra']);
const yearPattern = /^(?:19|20)\d\d$/;

interface Finding {
  ground: Ground;
  kind: Kind;
  from: number;
  to: number;
  /** Where the words end in the text: "50+" takes the plus sign too. */
  end?: number;
  /** A language someone speaks ("who speak Japanese"): "only" just before it says what they speak, not who may join ("quem só fala inglês é bem-vindo"). */
  spoken?: true;
  /** A condition on every member ("who teach", "who work in IT"), which a list of the ways people were at the organization does not open to all. */
  condition?: true;
}

export default defineRule({
  id: 'join-criteria-fair',
  severity: 'error',
  summary: 'join criteria do not select on profession, nationality, culture, age, generation, gender or personal preferences',
  guideline: 'managing-a-group#no-discrimination',
  rationale:
    'A private group’s managers accept or reject each request to join. The criteria they apply must link people to the group by place, affiliation or programme, never by who they are: these grounds are dimensions of the organization’s diversity policy.',
  translations: {
    fr: {
      summary:
        'les critères d’adhésion n’opèrent aucune sélection fondée sur la profession, la nationalité, la culture, l’âge, la génération, le genre ou les préférences personnelles',
      rationale:
        'Les gestionnaires d’un groupe privé acceptent ou refusent chaque demande d’adhésion. Les critères qu’ils appliquent doivent rattacher les personnes au groupe par un lieu, une affiliation ou un programme, jamais par ce qu’elles sont : ces motifs correspondent aux dimensions de la politique de diversité de l’organisation.',
    },
  },
  examples: {
    valid: [
      { title: 'A place', translations: { fr: { title: 'Un lieu' } }, frontmatter: 'joinCriteria: Alumni who live near Lyon.' },
      { title: 'An affiliation', translations: { fr: { title: 'Une affiliation' } }, frontmatter: 'joinCriteria: Alumni who were members of the CMS Collaboration, at {organization} or at a collaborating institute.' },
      { title: 'A programme, with students who took part in it', translations: { fr: { title: 'Un programme, avec les étudiants qui y ont participé' } }, frontmatter: 'joinCriteria: Former {organization} summer students and technical students who took part in the openlab programme.' },
      { title: 'Open to everyone, naming the grounds', translations: { fr: { title: 'Ouvert à tous, en citant les motifs' } }, frontmatter: 'joinCriteria: Alumni of all ages and nationalities who live or work in the Rhône-Alpes region, regardless of gender or profession.' },
      { title: 'Men and women alike, and a length of stay', translations: { fr: { title: 'Les hommes comme les femmes, et une durée de séjour' } }, frontmatter: 'joinCriteria: Men and women alike who spent over 6 months at {organization} and now live in the Geneva area.' },
      { title: 'A list of professions that ends with everyone', translations: { fr: { title: 'Une liste de professions qui finit par englober tout le monde' } }, frontmatter: 'joinCriteria: Physicists, engineers, technicians, administrators and everyone else who worked at {organization} and lives near Lyon.' },
      { title: 'The language of the meetings, in German', translations: { fr: { title: 'La langue des réunions, en allemand' } }, body: 'Unsere Treffen sind auf Deutsch, Englisch ist aber immer willkommen.\n' },
    ],
    invalid: [
      { title: 'Gender', translations: { fr: { title: 'Le genre' } }, frontmatter: 'joinCriteria: Women only, living in the Lyon area.', reports: [{ at: 'Women', message: 'The join criteria select people by gender ("Women"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Age', translations: { fr: { title: 'L’âge' } }, frontmatter: 'joinCriteria: Alumni under 35 who live in Lyon.', reports: [{ at: 'under 35', message: 'The join criteria select people by age ("under 35"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Age, as a negation', translations: { fr: { title: 'L’âge, sous forme de négation' } }, frontmatter: 'joinCriteria: Alumni near Lyon; no one over 40.', reports: [{ at: 'over 40', message: 'The join criteria select people by age ("over 40"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Nationality', translations: { fr: { title: 'La nationalité' } }, frontmatter: 'joinCriteria: French nationals who live in the Lyon area.', reports: [{ at: 'French nationals', message: 'The join criteria select people by nationality ("French nationals"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Profession', translations: { fr: { title: 'La profession' } }, frontmatter: 'joinCriteria: Engineers only, from any {organization} department.', reports: [{ at: 'Engineers', message: 'The join criteria select people by profession ("Engineers"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Generation', translations: { fr: { title: 'La génération' } }, frontmatter: 'joinCriteria: Alumni born after 1990 who live in Lyon.', reports: [{ at: 'born after 1990', message: 'The join criteria select people by generation ("born after 1990"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Language as a proxy for nationality', translations: { fr: { title: 'La langue comme indicateur indirect de la nationalité' } }, frontmatter: 'joinCriteria: Native German speakers living near Lyon.', reports: [{ at: 'Native German speakers', message: 'The join criteria select people by nationality ("Native German speakers"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Religion', translations: { fr: { title: 'La religion' } }, frontmatter: 'joinCriteria: Catholic alumni of the Lyon area.', reports: [{ at: 'Catholic', message: 'The join criteria select people by culture or religion ("Catholic"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Personal preferences', translations: { fr: { title: 'Les préférences personnelles' } }, frontmatter: 'joinCriteria: Straight alumni living in Lyon.', reports: [{ at: 'Straight alumni', message: 'The join criteria select people by personal preferences ("Straight alumni"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Generation, by leaving date', translations: { fr: { title: 'La génération, par la date de départ' } }, frontmatter: 'joinCriteria: Alumni who left {organization} before 2000.', reports: [{ at: 'before 2000', message: 'The join criteria select people by generation ("before 2000"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Age in words, in French', translations: { fr: { title: 'L’âge en toutes lettres, en français' } }, frontmatter: 'joinCriteria: Anciens du {organization} de plus de quarante ans, résidant dans la région lyonnaise.', reports: [{ at: 'plus de quarante ans', message: 'The join criteria select people by age ("plus de quarante ans"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Who may join, said in the page', translations: { fr: { title: 'Qui peut rejoindre le groupe, indiqué dans la page' } }, body: 'Este grupo é só para homens, sem exceção.\n', reports: [{ at: 'homens', message: 'The page limits who may join by gender ("homens"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
    ],
  },
  check(group, { report }) {
    for (const text of wordedText(group)) {
      const field = text.span.field?.[0];
      const isCriteria = field === 'joinCriteria';
      if (field !== undefined && !isCriteria) continue;
      for (const finding of unfairCriteria(text, isCriteria)) {
        const start = (text.words[finding.from] as Word).start;
        const end = finding.end ?? (text.words[finding.to] as Word).end;
        const words = text.span.text.slice(start, end);
        report(
          text.span.rangeOf(start, end),
          `${isCriteria ? 'The join criteria select' : 'The page limits who may join'} ${isCriteria ? 'people ' : ''}by ${finding.ground} ("${words}"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").`,
        );
      }
    }
  },
});

/**
 * Where a text selects people on a ground. In the join criteria every ground counts; elsewhere on the
 * page only those a restriction applies to ("only for women", "nur Leute unter dreißig").
 */
function unfairCriteria(text: WordedSpan, isCriteria: boolean): Finding[] {
  const restrictions = restrictionsIn(text);
  if (!isCriteria && restrictions.length === 0) return [];
  const sentences = sentencesOf(text);
  // "This job is for engineers only; our group stays open to everybody": a paragraph that opens the group to everyone limits something else.
  const openToAll = isCriteria ? new Set<Sentence>() : sentencesOpenToEveryone(text);
  const found: Finding[] = [];
  for (const sentence of sentences) {
    // "Is this only for physicists? No: …": a question in the page asks, and restricts no one.
    // "2. Antrag, nur noch Mitglieder mit deutschem Pass … Der Antrag wird zurückgezogen": a proposal the minutes turn down.
    if (!isCriteria && (isQuestion(text, sentence) || isAnsweredNo(text, sentence) || isQuotedSentence(text, sentence) || isDecidedAgainst(text, sentence))) continue;
    if (openToAll.size > 0 && !openToAll.has(sentence)) continue;
    const candidates = findingsIn(text, sentence);
    if (candidates.length === 0) continue;
    const isRestricted = (finding: Finding) =>
      restrictions.some((at) => (at < finding.from && at >= finding.from - restrictionReach && at >= sentence.from && !(finding.spoken && at === finding.from - 1)) || (at === finding.to + 1 && text.words[at]?.text === 'only' && !isSentenceGoingOn(text, at)));
    const exempt = exemptions(text, sentence, candidates, isRestricted);
    // "speaks English or French": the languages after a speaking verb are what is spoken, not people.
    const spokenUpTo = candidates.filter((finding) => finding.spoken).map((finding) => [finding.from, finding.to + 3] as const);
    const nationalityWords = new Set(candidates.filter((finding) => finding.ground === 'nationality' && finding.kind === 'people').map((finding) => finding.to));
    for (const finding of candidates) {
      if (exempt.has(finding) || inProgrammeName(text, finding)) continue;
      if (!isCriteria && !isRestricted(finding)) continue;
      // Turkish denies after what it denies: "grup yalnızca Türkler için değil".
      if (text.language() === 'tur' && isDeniedAfter(text, finding.to, sentence)) continue;
      if (finding.kind === 'people' && spokenUpTo.some(([from, to]) => finding.from > from && finding.from <= to)) continue;
      if (finding.kind === 'people' && !isRestricted(finding)) {
        // In the criteria a people word selects ("Brasileiros e brasileiras que…", "Swiss alumni") unless it names a place ("in Italien", "Svizzera italiana").
        const noun = peopleNounBeside(text, finding);
        if (noun !== undefined) found.push({ ...finding, from: Math.min(finding.from, noun), to: Math.max(finding.to, noun) });
        else if (isCriteria && !placePrepositions.has(text.words[finding.from - 1]?.text ?? '') && !besidePlace(text, finding.from, finding.to) && !describesInstitution(text, finding) && !startsName(text, finding)) found.push(finding);
        continue;
      }
      // "French nationals", "Italian citizenship": the nationality named with the word.
      const named = finding.ground === 'nationality' && finding.kind === 'dimension' && (nationalityWords.has(finding.from - 1) || languageNames.has(text.words[finding.from - 1]?.text ?? '')) && finding.from - 1 >= sentence.from;
      found.push(named ? { ...finding, from: finding.from - 1 } : finding);
    }
  }
  return dropOverlaps(found);
}

/** The profession words long enough that one slip of the keyboard still leaves them unmistakable ("physisists", "enginneers"). */
const longProfessionWords = professionWords.filter((entry) => !entry.includes(' ') && entry.replace(/\*$/, '').length >= 8).map((entry) => ({ word: entry.replace(/\*$/, ''), isStem: entry.endsWith('*') }));

/** Whether the word is a profession word with one letter wrong, missing, added or swapped. */
function misspeltProfession(word: Word): boolean {
  if (word.text.length < 7) return false;
  return longProfessionWords.some(({ word: known, isStem }) => {
    // Slips are seldom at the first letter; comparing it first keeps the search short.
    if (word.text[0] !== known[0]) return false;
    if (!isStem) return isOneEditApart(word.text, known);
    // A stem ("physicist*") is compared with the start of the word, one letter shorter or longer.
    return [known.length - 1, known.length, known.length + 1].some((length) => length <= word.text.length && isOneEditApart(word.text.slice(0, length), known));
  });
}

/**
 * Whether two different words are one edit apart: a letter changed, added, removed, or two neighbours
 * swapped, before their last two letters. A difference at the end is another form of the word, not a
 * slip ("docente" and "docenten", "investigado" and "investigador", "μηχανικός" and "μηχανικοί").
 */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start >= Math.min(a.length, b.length) - 2) return false;
  if (a.length === b.length) return a.slice(start + 1) === b.slice(start + 1) || (a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2));
  return a.length > b.length ? a.slice(start + 1) === b.slice(start) : a.slice(start) === b.slice(start + 1);
}

/** The restriction words of a text, by word index, leaving out denied ones ("not only for women"). */
function restrictionsIn(text: WordedSpan): number[] {
  const found: number[] = [];
  if (restrictionWords.mayMatch(text)) for (const match of restrictionWords.find(text)) if (!isNegatedAt(text, match.index)) found.push(match.index + match.length - 1);
  if (text.language() === 'por') text.words.forEach((word, index) => word.text === portugueseOnly && found.push(index));
  return found;
}

/** Every word of the sentence that names a ground, with the age, birth year and language patterns. */
function findingsIn(text: WordedSpan, sentence: Sentence): Finding[] {
  const found: Finding[] = [];
  for (const { ground, kind, words, condition } of groundWords) {
    for (const match of within(words.find(text), sentence)) found.push({ ground, kind, from: match.index, to: match.index + match.length - 1, ...(condition ? { condition } : {}) });
  }
  for (let index = sentence.from; index < sentence.to; index++) {
    if (misspeltProfession(text.words[index] as Word) && !found.some((finding) => finding.from <= index && index <= finding.to)) found.push({ ground: 'profession', kind: 'value', from: index, to: index });
  }
  // "que exerçam engenharia ou informática", "die hun brood verdienen in de ICT", "who work in IT": a field of work as a condition.
  for (const field of within(fieldWords.find(text), sentence)) {
    // "IT" in capitals; "it" is a pronoun ("those who work in it").
    if (field.entry === 'it' && text.span.text.slice(field.start, field.end) !== 'IT') continue;
    const cue = entryEndingBefore(workingInWords, text, field.index, sentence.from);
    if (cue !== undefined && !isNegatedAt(text, cue)) found.push({ ground: 'profession', kind: 'value', from: cue, to: field.index + field.length - 1, condition: true });
    // German and Dutch put the verb last: "die in Forschung oder Lehre tätig sind", "die in het onderwijs werkzaam zijn".
    else if (['in', 'im', 'der', 'het'].includes(text.words[field.index - 1]?.text ?? '')) {
      const last = [1, 2, 3, 4].map((distance) => field.index + field.length - 1 + distance).find((at) => at < sentence.to && workingLastWords.has((text.words[at] as Word).text));
      if (last !== undefined && !isNegatedAt(text, field.index)) found.push({ ground: 'profession', kind: 'value', from: field.index, to: last, condition: true });
    }
  }
  // "Who earn a living as…", "die ihr Geld mit … verdienen", "who code for a living": how people earn their living, as a condition.
  for (const match of within(livingByWords.find(text), sentence)) {
    if (match.index + match.length < sentence.to && !isNegatedAt(text, match.index)) found.push({ ground: 'profession', kind: 'value', from: match.index, to: match.index + match.length, condition: true });
  }
  // "die heute bei Banken oder in der Beratung ihr Geld verdienen": German puts the living earned last, after where it is earned.
  for (const match of within(livingLastWords.find(text), sentence)) {
    const [last, next] = [text.words[match.index + match.length - 1] as Word, text.words[match.index + match.length]];
    // Last in its clause: "die hun brood verdienen in de ICT" says where after it, as the phrases above read it.
    const endsItsClause = match.index + match.length >= sentence.to || (next !== undefined && /[,;:(–—]/.test(text.span.text.slice(last.end, next.start)));
    if (endsItsClause && match.index > sentence.from + 2 && !isNegatedAt(text, match.index)) found.push({ ground: 'profession', kind: 'value', from: match.index, to: match.index + match.length - 1, condition: true });
  }
  // "βγάζουν το ψωμί τους γράφοντας κώδικα", "se ganan la vida programando": a living earned by doing what the next word says.
  for (const match of within(livingWords.find(text), sentence)) {
    const doing = match.index + match.length;
    if (doing < sentence.to && gerund.test((text.words[doing] as Word).text) && !isNegatedAt(text, match.index)) found.push({ ground: 'profession', kind: 'value', from: match.index, to: doing });
  }
  for (const match of within(forALivingWords.find(text), sentence)) {
    if (match.index > sentence.from && !isNegatedAt(text, match.index)) found.push({ ground: 'profession', kind: 'value', from: match.index - 1, to: match.index + match.length - 1 });
  }
  // "mais de meio século de vida", "over half a century old", "their half-century ahead of them": fifty years, in words, after a comparison, before "of life", or left behind or ahead.
  for (const match of within(halfCentury.find(text), sentence)) {
    const comparison = comparisonEndingAt(text, match.index - 1);
    const ofLife = ofLifeWords.matchLengthAt(text, match.index + match.length);
    const aheadOrBehind = leftBehindAfter(text, match.index + match.length - 1, sentence);
    if (comparison !== undefined || ofLife > 0 || aheadOrBehind !== undefined) found.push({ ground: 'age', kind: 'number', from: comparison ?? match.index, to: aheadOrBehind ?? match.index + match.length - 1 + ofLife });
  }
  const turkishLiving = turkishLivingBy(text, sentence);
  if (turkishLiving) found.push(turkishLiving);
  for (const match of within(studentWords.find(text), sentence)) {
    if (isNegatedAt(text, match.index)) found.push({ ground: 'profession', kind: 'value', from: Math.max(sentence.from, match.index - 1), to: match.index });
  }
  for (let index = sentence.from; index < sentence.to; index++) {
    const word = (text.words[index] as Word).text;
    if (speakingEndings.test(word) && word.length > 8 && !besidePlace(text, index, index)) found.push({ ground: 'nationality', kind: 'value', from: index, to: index });
    if (speakingWords.has(word) && index > sentence.from) {
      const language = text.words[index - 1] as Word;
      const native = text.words[index - 2];
      const isNative = ['native', 'natif', 'natifs', 'native', 'nativi', 'nativos', 'nativa'].includes(language.text) || (native !== undefined && index - 2 >= sentence.from && native.text === 'native');
      if ((isNative || languageNames.has(language.text)) && !besidePlace(text, index - 1, index)) found.push({ ground: 'nationality', kind: 'value', from: isNative && native?.text === 'native' ? index - 2 : index - 1, to: index });
    }
    // "die met het Nederlands zijn opgegroeid", "mit Italienisch aufgewachsen": a language grown up with, either side of the verb.
    if (grownUpWords.has(word)) {
      const language = [-3, -2, -1, 1, 2, 3].map((offset) => index + offset).find((at) => at >= sentence.from && at < sentence.to && languageNames.has((text.words[at] as Word).text));
      if (language !== undefined) found.push({ ground: 'nationality', kind: 'value', from: Math.min(language, index), to: Math.max(language, index) });
    }
    if (speakVerbs.has(word) && languageNames.has(text.words[index + 1]?.text ?? '') && index + 1 < sentence.to) {
      const who = text.words[index - 1];
      found.push({ ground: 'nationality', kind: 'value', from: who && ['who', 'that', 'qui', 'die', 'che', 'que', 'ktorzy', 'που'].includes(who.text) ? index - 1 : index, to: index + 1, spoken: true });
    } else if (speakVerbsLast.has(word)) {
      const language = [1, 2].map((distance) => index - distance).find((at) => at >= sentence.from && languageNames.has(text.words[at]?.text ?? ''));
      if (language !== undefined) found.push({ ground: 'nationality', kind: 'value', from: language, to: index, spoken: true });
    }
    const age = ageAt(text, index, sentence);
    if (age) found.push(age);
    if (cohortWord.test(word)) {
      // "de la quinta del 65": a year of two digits, just after the cohort word or its "of".
      const at = ['del', 'de', 'von'].includes(text.words[index + 1]?.text ?? '') ? index + 2 : index + 1;
      if (at < sentence.to && shortYear.test((text.words[at] as Word).text)) found.push({ ground: 'generation', kind: 'value', from: index, to: at });
    }
    if (bornWords.has(word) || cohortWord.test(word)) {
      // "nés au plus tard en 1975": up to five words between the word and the year; "nacido del 85 en adelante": a year of two digits after its "of".
      for (let at = index + 1; at < Math.min(index + 7, sentence.to); at++) {
        const year = (text.words[at] as Word).text;
        if (yearPattern.test(year) || (shortYear.test(year) && yearOfWords.has(text.words[at - 1]?.text ?? ''))) {
          found.push({ ground: 'generation', kind: 'value', from: index, to: at });
          break;
        }
      }
    }
    if (beforeAfterWords.has(word) && !bornWords.has(text.words[index - 1]?.text ?? '')) {
      const next = index + 1 < sentence.to ? text.words[index + 1] : undefined;
      const afterArticle = index + 2 < sentence.to && ['il', 'el', 'de', 'del', 'de', 'the', 'l'].includes(next?.text ?? '') ? text.words[index + 2] : undefined;
      const year = yearPattern.test(next?.text ?? '') ? index + 1 : yearPattern.test(afterArticle?.text ?? '') ? index + 2 : undefined;
      if (year !== undefined) found.push({ ground: 'generation', kind: 'value', from: index, to: year });
    }
  }
  return found;
}

/** An age at the word: "over 40", "über vierzig", "50+", "aged 25-35", "25 to 35 years old", "40-Jährige". */
function ageAt(text: WordedSpan, index: number, sentence: { to: number }): Finding | undefined {
  const word = text.words[index] as Word;
  const number = ageNumber(text, index);
  if (number === undefined) return undefined;
  const next = index + 1 < sentence.to ? text.words[index + 1] : undefined;
  const following = text.span.text.slice(word.end, next?.start ?? word.end + 2);
  // "50+": the plus sign is the comparison.
  if (/^\s?\+/.test(following) && !isDigitsInsideSomethingElse(text, index)) return { ground: 'age', kind: 'number', from: index, to: index, end: word.end + following.indexOf('+') + 1 };
  const comparison = comparisonEndingAt(text, index - 1) ?? (articles.has(text.words[index - 1]?.text ?? '') ? comparisonEndingAt(text, index - 2) : undefined);
  // "25-35", "25–35", or a word between the two ends: "25 to 35", "25 y 35".
  const byDash = next !== undefined && ageNumber(text, index + 1) !== undefined && /^\s*[-–]\s*$/.test(following);
  // "30 e os 65 anos", "25 y los 40": an article may stand before the second number.
  const secondAt = next !== undefined && rangeWords.has(next.text) ? (articles.has(text.words[index + 2]?.text ?? '') ? index + 3 : index + 2) : index + 2;
  const byWord = !byDash && next !== undefined && rangeWords.has(next.text) && secondAt < sentence.to && ageNumber(text, secondAt) !== undefined;
  const isRange = byDash || byWord;
  const end = byDash ? index + 1 : byWord ? secondAt : index;
  const after = text.words[end + 1];
  const hasYears = after !== undefined && end + 1 < sentence.to && yearWords.has(after.text);
  const afterYears = hasYears ? text.words[end + 2] : after;
  // "60 al gepasseerd": a word that counts something else ("al", "at the" in Italian) may also open a comparison after the age.
  if (afterYears && notAgeWords.has(afterYears.text) && (hasYears ? end + 2 : end + 1) < sentence.to && ageComparisonsAfter.matchLengthAt(text, hasYears ? end + 2 : end + 1) === 0 && leftBehindAfter(text, hasYears ? end + 1 : end, sentence) === undefined) return undefined;
  // "au moins 25 ans de carrière", "almeno 30 anni di servizio": years of service, not of age.
  if (hasYears && serviceAfter.matchLengthAt(text, end + 2) > 0) return undefined;
  const ownUnit = !hasYears && !isRange && turkishOwnUnits.has(after?.text ?? '') ? 1 : 0;
  const last = hasYears ? end + 1 : end + ownUnit;
  // "den Sechziger gefeiert": the German noun for a birthday says the years by itself, as Turkish's own age does ("kırkını devirmemiş").
  // "die Sechzig geknackt": German names an age as a noun, with its article.
  const birthday = /(?:zig|sig|tig)er$/.test(word.text) || turkishOwnAge.has(word.text) || ownUnit === 1 || ['die', 'den'].includes(text.words[index - 1]?.text ?? '');
  // So does Dutch ("de vijfendertig nog niet gepasseerd"), whose article "de" is also a word of French and Spanish: only Dutch words after it.
  const dutchAge = text.words[index - 1]?.text === 'de' && !birthday && !hasYears;
  const comparedAfter = hasYears || birthday ? ageComparisonsAfter.matchLengthAt(text, last + 1) : dutchAge ? passedInDutch.matchLengthAt(text, last + 1) : 0;
  if (comparedAfter > 0 && last + comparedAfter < sentence.to) return { ground: 'age', kind: 'number', from: comparison ?? index, to: last + comparedAfter };
  const behind = hasYears || birthday || dutchAge ? leftBehindAfter(text, last, sentence) : undefined;
  if (behind !== undefined) return { ground: 'age', kind: 'number', from: comparison ?? index, to: behind };
  if (comparison !== undefined) return { ground: 'age', kind: 'number', from: comparison, to: isRange || hasYears ? last : index };
  const upTo = hasYears ? upToEndingAt(text, index - 1) : undefined;
  if (upTo !== undefined) return { ground: 'age', kind: 'number', from: upTo, to: last };
  if (hasYears && (isRange || /^(?:old|alt|alte|alten|jahrige|jahrigen)$/.test(text.words[end + 2]?.text ?? '') || after?.text.startsWith('jahrig'))) return { ground: 'age', kind: 'number', from: index, to: /^(?:old|alt)$/.test(text.words[end + 2]?.text ?? '') ? end + 2 : last };
  return undefined;
}

/** The last word of "behind them" or "ahead of them" within five words after the age's last word, if it is there. */
function leftBehindAfter(text: WordedSpan, last: number, sentence: { to: number }): number | undefined {
  for (let at = last + 1; at <= Math.min(last + 5, sentence.to - 1); at++) {
    const length = behindOrAheadWords.matchLengthAt(text, at);
    if (length > 0 && at + length <= sentence.to) return at + length - 1;
  }
  return undefined;
}

/** The value of an age written at the word, in digits or in words, from 16 to 110; otherwise undefined. */
function ageNumber(text: WordedSpan, index: number): number | undefined {
  const word = (text.words[index] as Word).text;
  if (/^\d{2,3}$/.test(word)) {
    const value = Number(word);
    return value >= 16 && value <= 110 ? value : undefined;
  }
  // German ordinals too: "das fünfzigste Lebensjahr".
  if (numberWords.has(word) || turkishOwnAge.has(word) || numberWords.has(word.replace(/(?:ste|sten|er)$/, '')) || (tensEndings.test(word) && /.(?:und|en)./.test(word)) || tensStarts.test(word)) return 40;
  return undefined;
}

/** "ROOT 6.32", "Seminarraum 2.07": digits inside a version, a date or a room number are no age. */
function isDigitsInsideSomethingElse(text: WordedSpan, index: number): boolean {
  const word = text.words[index] as Word;
  return /[.,:/]\d*$/.test(text.span.text.slice(Math.max(0, word.start - 2), word.start));
}

/** The first word of an age comparison that ends at the word, if any. */
const comparisonEndingAt = (text: WordedSpan, end: number) => entryEndingAt(ageComparisons, text, end, 3);
/** Where an "up to" ending at the word starts, or undefined. */
const upToEndingAt = (text: WordedSpan, end: number) => entryEndingAt(upToWords, text, end, 4);

/** The first word of an entry of the lexicon, of at most `longest` words, that ends at the word `end`. */
function entryEndingAt(lexicon: Lexicon, text: WordedSpan, end: number, longest: number): number | undefined {
  for (let length = 1; length <= longest; length++) {
    const start = end - length + 1;
    if (start < 0) break;
    if (lexicon.matchLengthAt(text, start) === length) return start;
  }
  return undefined;
}

/** Findings the sentence itself opens to everyone. */
function exemptions(text: WordedSpan, sentence: Sentence, candidates: readonly Finding[], isRestricted: (finding: Finding) => boolean): Set<Finding> {
  const exempt = new Set<Finding>();
  const regardless = within(regardlessWords.find(text), sentence).map((match) => match.index);
  const noNeed = within(noNeedWords.find(text), sentence).map((match) => match.index);
  const noNeedAfter = within(noNeedOfItWords.find(text), sentence).map((match) => match.index);
  const orNeither = within(orNeitherWords.find(text), sentence).map((match) => match.index);
  const byLaw = within(lawWords.find(text), sentence).length > 0;
  const namesBothGenders = within(women.find(text), sentence).length > 0 && within(men.find(text), sentence).length > 0;
  const welcomed = within(welcomeWords.find(text), sentence).length > 0;
  const professions = candidates.filter((finding) => finding.ground === 'profession' && finding.kind === 'value');
  // "Former summer students, fellows, staff and partner engineers who took part in a project": the ways people were there, each of them.
  const listsRoles = within(roleWords.find(text), sentence).length >= 2;
  const listsEveryone = new Set(professions.map((finding) => (text.words[finding.from] as Word).text.slice(0, 5))).size >= 4 || within(everyoneWords.find(text), sentence).length > 0 || listsRoles;
  for (const finding of candidates) {
    const before = (reach: number) => text.words.slice(Math.max(sentence.from, finding.from - reach), finding.from).map((word) => word.text);
    if (regardless.some((at) => at < finding.from && at >= finding.from - 10)) exempt.add(finding);
    // "Nie trzeba być informatykiem", "je hoeft geen medisch fysicus te zijn": what one need not be.
    else if (noNeed.some((at) => at < finding.from && at >= finding.from - 8)) exempt.add(finding);
    // "Alcohol is served only to guests of 18 and over, by law": an age the law sets for something else, not for joining.
    else if (finding.ground === 'age' && byLaw) exempt.add(finding);
    // "Our evenings run in French, English or both": languages an activity is held in, not who people are.
    else if (finding.ground === 'nationality' && heldInLanguages(text, sentence, finding)) exempt.add(finding);
    // "welk paspoort ze ook hebben", "welke nationaliteit of moedertaal ze ook hebben": Dutch "whichever … ook".
    else if (before(4).some((word) => word === 'welk' || word === 'welke') && text.words.slice(finding.to + 1, Math.min(sentence.to, finding.to + 5)).some((word) => word.text === 'ook')) exempt.add(finding);
    else if (finding.kind === 'dimension' && (isNegatedAt(text, finding.from) || before(3).some((word) => allWords.has(word)) || allWords.has(text.words[finding.to + 1]?.text ?? '') || listedAfterAll(text, sentence, candidates, finding) || mattersNotAfter(text, sentence, finding))) exempt.add(finding);
    else if (finding.ground === 'generation' && finding.kind === 'dimension' && before(2).some((word) => futureWords.has(word))) exempt.add(finding);
    else if (finding.ground === 'generation' && finding.kind === 'dimension' && futureWords.has(text.words[finding.to + 1]?.text ?? '')) exempt.add(finding);
    else if (finding.ground === 'gender' && (namesBothGenders || withGenericForm(text, sentence, finding))) exempt.add(finding);
    // "Who want to speak or learn Spanish", "interested in equality in engineering": a subject, not who people are.
    else if ((finding.ground === 'nationality' || finding.ground === 'profession' || finding.ground === 'gender') && !isRestricted(finding) && (interestBefore(text, sentence, finding) || (finding.spoken && interestAfter(text, sentence, finding)))) exempt.add(finding);
    // "LGBTQ+ people and allies are equally welcome", "retired or not": people welcomed, or either way.
    // Portuguese and Spanish may put it before: "estejam ou não reformados".
    else if (!isRestricted(finding) && (welcomed || orNotWords.matchLengthAt(text, finding.to + 1) > 0 || orNotWords.matchLengthAt(text, finding.to + 2) > 0 || orNotWords.matchLengthAt(text, finding.from - 2) === 2)) exempt.add(finding);
    // "pensadas para quien ya se ha jubilado, pero no hace falta estarlo": what one need not be, said after it.
    else if (noNeedAfter.some((at) => at > finding.to && at <= finding.to + 12)) exempt.add(finding);
    // "francophone, anglophone, or neither": a list that ends with nobody of either kind leaves nobody out.
    else if (orNeither.some((at) => at > finding.to && at <= finding.to + 6)) exempt.add(finding);
    else if ((finding.ground === 'gender' || finding.ground === 'age') && finding.kind === 'value' && (orWords.has(text.words[finding.from - 1]?.text ?? '') || orWords.has(text.words[finding.to + 1]?.text ?? '') || isDutchOrBetween(text, candidates, finding))) exempt.add(finding);
    // "students, technicians, physicists, retirees and everyone in between": a list that ends with everyone selects no one.
    else if ((finding.ground === 'profession' || finding.ground === 'age') && finding.kind === 'value' && listsEveryone && !finding.condition && !isRestricted(finding) && !isNegatedAt(text, finding.to)) exempt.add(finding);
  }
  return exempt;
}

/** "Swiss alumni", "alumni italiani", "la comunità italiana": the people noun a people word names the members with, if any. */
function peopleNounBeside(text: WordedSpan, finding: Finding): number | undefined {
  if (placePrepositions.has(text.words[finding.from - 1]?.text ?? '')) return undefined;
  if (peopleNouns.has(text.words[finding.to + 1]?.text ?? '')) return finding.to + 1;
  if (peopleNouns.has(text.words[finding.from - 1]?.text ?? '')) return finding.from - 1;
  return undefined;
}

/** "the Latin-American School", "the Swiss Alpine Club": a people word in the name of a programme or a body. */
function startsName(text: WordedSpan, finding: Finding): boolean {
  const next = text.words[finding.to + 1];
  return next !== undefined && !next.startsSentence && isCapitalised(text, next) && isCapitalised(text, text.words[finding.from]);
}

/** What a programme, a school, a course or a collaboration is called by ("Programa de Professores em Língua Portuguesa", "Summer Student Programme"). */
const programmeWords = new Set([
  'programme', 'program', 'programa', 'programm', 'programma', 'school', 'ecole', 'schule', 'scuola', 'escuela', 'escola', 'szkola', 'σχολη', 'okulu', 'course', 'cours', 'kurs', 'corso', 'curso',
  'collaboration', 'experiment', 'project', 'projet', 'projekt', 'progetto', 'proyecto', 'projeto', 'workshop', 'fellowship',
]);
/** Small words inside a name ("of", "em", "für", "della"): the name goes on past them. */
const nameLinkingWords = new Set(['of', 'for', 'in', 'the', 'de', 'des', 'du', 'la', 'le', 'em', 'do', 'da', 'dos', 'das', 'fur', 'der', 'die', 'di', 'del', 'della', 'dei', 'en', 'van', 'voor', 'w', 'dla', 'για', 'του', 'της', 'των', 've', 'i', 'e', 'y', 'et', 'und']);

/**
 * Whether the ground is a word of a programme's name, written with capitals ("Participants of the
 * Programa de Professores em Língua Portuguesa"): having taken part in it is the link with the group.
 */
function inProgrammeName(text: WordedSpan, finding: Finding): boolean {
  const capitalised = (at: number) => /^\p{Lu}/u.test(text.span.text.slice((text.words[at] as Word).start));
  if (!capitalised(finding.from)) return false;
  for (let at = finding.from - 1; at >= Math.max(0, finding.from - 6); at--) {
    const word = text.words[at] as Word;
    if (text.words[at + 1]?.startsSentence) return false;
    if (programmeWords.has(word.text) && capitalised(at)) return true;
    if (!capitalised(at) && !nameLinkingWords.has(word.text)) return false;
  }
  return false;
}

/** "Di qualunque età, nazionalità o professione": an item of a list that "any" opens. */
function listedAfterAll(text: WordedSpan, sentence: Sentence, candidates: readonly Finding[], finding: Finding): boolean {
  for (let at = finding.from - 1; at >= sentence.from; at--) {
    const word = (text.words[at] as Word).text;
    if (allWords.has(word)) return true;
    const listItem = text.span.text.slice((text.words[at] as Word).end, (text.words[at + 1] as Word).start).includes(',');
    const inList = listItem || orWords.has(word) || andWords.has(word) || candidates.some((other) => other.kind === 'dimension' && other.from <= at && at <= other.to);
    if (!inList) return false;
  }
  return false;
}

/** "Uma instituição brasileira", "a French university": a people word describing a body, not people. */
function describesInstitution(text: WordedSpan, finding: Finding): boolean {
  return institutionNouns.has(text.words[finding.to + 1]?.text ?? '') || institutionNouns.has(text.words[finding.from - 1]?.text ?? '');
}

/** "French-speaking Switzerland", "la Suisse francophone": a language naming a place. */
function besidePlace(text: WordedSpan, from: number, to: number): boolean {
  return placeNouns.has(text.words[to + 1]?.text ?? '') || placeNouns.has(text.words[from - 1]?.text ?? '') || qualifiesName(text, from);
}

/**
 * "Le Genevois français", "la Svizzera italiana": a word written small after a place's name, inside a
 * sentence, says which part of the place. A name in capitals is an organization's ("Anciens du CERN
 * francophones" are people who speak French).
 */
function qualifiesName(text: WordedSpan, at: number): boolean {
  const [name, word] = [text.words[at - 1], text.words[at] as Word];
  if (!name || name.startsSentence || word.startsSentence || !/^\s+$/.test(text.span.text.slice(name.end, word.start))) return false;
  const [written, following] = [text.span.text.slice(name.start, name.end), text.span.text.slice(word.start, word.start + 1)];
  return /^\p{Lu}\p{Ll}/u.test(written) && !/^\p{Lu}/u.test(following);
}

/** "Engineers only, from any department" ends the phrase; "only" going on ("only women and men…") restricts what follows. */
function isSentenceGoingOn(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  const next = text.words[at + 1];
  return next !== undefined && !next.startsSentence && !/[,;:.)–—-]/.test(text.span.text.slice(word.end, next.start));
}

/** One finding per place: the first of overlapping ones, in reading order. */
function dropOverlaps(found: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const finding of found.sort((a, b) => a.from - b.from || b.to - a.to)) {
    const previous = kept.at(-1);
    if (previous && finding.from <= previous.to) continue;
    kept.push(finding);
  }
  return kept;
}

