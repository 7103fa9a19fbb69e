//! Currency names from the Unicode CLDR (48.2.0, `cldr-numbers-full`; Unicode License v3),
//! 40 languages, 69 currencies: written by `scripts/currency-names.mjs`, not by hand.

/// A line per name: the ISO 4217 code, a space, the currency's name in one of the languages
/// (one text rather than a table of pairs: a third of the size in WebAssembly).
pub(super) const CLDR: &str = "\
AED AAE dirhēmi\n\
AED AAE dirhēms\n\
USD ABD doları\n\
USD ASV dolāri\n\
USD ASV dolārs\n\
DZD Algerian Dinar\n\
DZD Algerian dinaari\n\
DZD Algerian dinaaria\n\
DZD Algerian dinar\n\
DZD Algerian dinars\n\
DZD Algerijnse dinar\n\
DZD Algerische Dinar\n\
DZD Algerischer Dinar\n\
DZD Alžeeria dinaar\n\
DZD Alžeeria dinaari\n\
DZD Alžyro dinaras\n\
DZD Alžyro dinarų\n\
DZD Alžīrijas dināri\n\
DZD Alžīrijas dinārs\n\
USD Amerikaanse dollar\n\
AED Apvienoto Arābu Emirātu dirhēms\n\
AED Araabia Ühendemiraatide dirhem\n\
AED Araabia Ühendemiraatide dirhemit\n\
AED Arabiemiirikuntien dirhami\n\
AED Arabiemiirikuntien dirhamia\n\
ARS Argentiinan peso\n\
ARS Argentiinan pesoa\n\
ARS Argentijnse peso\n\
ARS Argentina peeso\n\
ARS Argentina peesot\n\
ARS Argentine Peso\n\
ARS Argentine peso\n\
ARS Argentine pesos\n\
ARS Argentinische Pesos\n\
ARS Argentinischer Peso\n\
ARS Argentinos pesas\n\
ARS Argentinos pesų\n\
ARS Argentīnas peso\n\
ARS Arjantin pesosu\n\
AUD Austraalia dollar\n\
AUD Austraalia dollarit\n\
AUD Australian Dollar\n\
AUD Australian dollar\n\
AUD Australian dollari\n\
AUD Australian dollaria\n\
AUD Australian dollars\n\
AUD Australijos doleris\n\
AUD Australijos dolerių\n\
AUD Australische Dollar\n\
AUD Australische dollar\n\
AUD Australischer Dollar\n\
AUD Austrālijas dolāri\n\
AUD Austrālijas dolārs\n\
AUD Avustralya doları\n\
AED BAE dirhemi\n\
BHD Bahrain-Dinar\n\
BHD Bahraini Dinar\n\
BHD Bahraini dinar\n\
BHD Bahraini dinars\n\
BHD Bahrainin dinaari\n\
BHD Bahrainin dinaaria\n\
BHD Bahreinas dināri\n\
BHD Bahreinas dinārs\n\
BHD Bahreini dinaar\n\
BHD Bahreini dinaari\n\
BHD Bahreino dinaras\n\
BHD Bahreino dinarų\n\
BHD Bahreinse dinar\n\
BHD Bahreyn dinarı\n\
THB Baht Thai\n\
THB Baht Thailand\n\
THB Baht tailandês\n\
THB Bahts tailandeses\n\
BYN Baltarusijos rublis\n\
BYN Baltarusijos rublių\n\
BYN Baltkrievijas rubelis\n\
BYN Baltkrievijas rubeļi\n\
BDT Bangladesch-Taka\n\
BDT Bangladeshi Taka\n\
BDT Bangladeshi taka\n\
BDT Bangladeshi takas\n\
BDT Bangladeshi takat\n\
BDT Bangladeshin taka\n\
BDT Bangladeshin takaa\n\
BDT Bangladeş takası\n\
BDT Bangladešas taka\n\
BDT Bangladešas takas\n\
BDT Bangladešo taka\n\
BDT Bangladešo takų\n\
BYN Belarus rublesi\n\
BYN Belarusian Ruble\n\
BYN Belarusian ruble\n\
BYN Belarusian rubles\n\
BYN Belarussische roebel\n\
BDT Bengalese taka\n\
AED Birleşik Arap Emirlikleri dirhemi\n\
BOB Boliivia boliviaano\n\
BOB Boliivia boliviaanot\n\
BOB Boliviaanse boliviano\n\
BOB Bolivian Boliviano\n\
BOB Bolivian boliviano\n\
BOB Bolivian bolivianoa\n\
BOB Bolivian bolivianos\n\
BOB Bolivianische Bolivianos\n\
BOB Bolivianischer Boliviano\n\
BOB Boliviano\n\
BOB Boliviano Bolivia\n\
BOB Boliviano da Bolívia\n\
BOB Bolivianos da Bolívia\n\
BOB Bolivijos bolivijanas\n\
BOB Bolivijos bolivijanų\n\
BOB Bolivya bolivyanosu\n\
BOB Bolīvijas boliviano\n\
BRL Brasiilia reaal\n\
BRL Brasiilia reaali\n\
BRL Brasilian real\n\
BRL Brasilian realia\n\
BRL Brasilianische Real\n\
BRL Brasilianischer Real\n\
BRL Braziliaanse real\n\
BRL Brazilian Real\n\
BRL Brazilian real\n\
BRL Brazilian reals\n\
BRL Brazilijos realas\n\
BRL Brazilijos realų\n\
BRL Brazīlijas reāli\n\
BRL Brazīlijas reāls\n\
BRL Brezilya reali\n\
GBP Britische Pfund\n\
GBP Britisches Pfund\n\
GBP British Pound\n\
GBP British pound\n\
GBP British pounds\n\
GBP Britse pond\n\
BGN Bulgaaria leev\n\
BGN Bulgaaria leevi\n\
BGN Bulgaarse lev\n\
BGN Bulgaarse leva\n\
BGN Bulgar levası\n\
BGN Bulgarian Lev\n\
BGN Bulgarian lev\n\
BGN Bulgarian leva\n\
BGN Bulgarian leviä\n\
BGN Bulgarijos levas\n\
BGN Bulgarijos levų\n\
BGN Bulgarische Lew\n\
BGN Bulgarischer Lew\n\
BGN Bulgārijas leva\n\
BGN Bulgārijas levas\n\
THB Bạt Thái Lan\n\
EGP Bảng Ai Cập\n\
GBP Bảng Anh\n\
CAD Canadese dollar\n\
CAD Canadian Dollar\n\
CAD Canadian dollar\n\
CAD Canadian dollars\n\
GHS Cedi Ghana\n\
GHS Cedi ganês\n\
GHS Cedis ganeses\n\
DZD Cezayir dinarı\n\
CLP Chilean Peso\n\
CLP Chilean peso\n\
CLP Chilean pesos\n\
CLP Chileense peso\n\
CLP Chilen peso\n\
CLP Chilen pesoa\n\
CLP Chilenische Pesos\n\
CLP Chilenischer Peso\n\
CNY Chinese Yuan\n\
CNY Chinese yuan\n\
CNY Chinesischer Yuan\n\
COP Colombia peeso\n\
COP Colombia peesot\n\
COP Colombiaanse peso\n\
COP Colombian Peso\n\
COP Colombian peso\n\
COP Colombian pesos\n\
CRC Colon Costa Rica\n\
CRC Colon Kosta Rika\n\
CRC Colón Costa Rica\n\
CRC Colón costarriquenho\n\
CRC Colóns costarriquenhos\n\
DKK Coroa dinamarquesa\n\
ISK Coroa islandesa\n\
NOK Coroa norueguesa\n\
SEK Coroa sueca\n\
CZK Coroa tcheca\n\
DKK Coroas dinamarquesas\n\
ISK Coroas islandesas\n\
NOK Coroas norueguesas\n\
SEK Coroas suecas\n\
CZK Coroas tchecas\n\
CRC Costa Rica koloon\n\
CRC Costa Rica kolooni\n\
CRC Costa Rica-i colon\n\
CRC Costa Ricaanse colon\n\
CRC Costa Rican Colón\n\
CRC Costa Rican colón\n\
CRC Costa Rican colónia\n\
CRC Costa Rican colóns\n\
CRC Costa-Rica-Colón\n\
CZK Czech Koruna\n\
CZK Czech koruna\n\
CZK Czech korunas\n\
DKK Danijos krona\n\
DKK Danijos kronų\n\
DKK Danimarka kronu\n\
DKK Danish Krone\n\
DKK Danish krone\n\
DKK Danish kroner\n\
DKK Deense kronen\n\
DKK Deense kroon\n\
GBP Didžiosios Britanijos svaras\n\
GBP Didžiosios Britanijos svarų\n\
KRW Dienvidkorejas vona\n\
KRW Dienvidkorejas vonas\n\
ZAR Dienvidāfrikas rendi\n\
ZAR Dienvidāfrikas rends\n\
DZD Dinar Algeria\n\
DZD Dinar Aljazair\n\
BHD Dinar Bahrain\n\
IQD Dinar Irak\n\
IQD Dinar Iraq\n\
JOD Dinar Jordan\n\
KWD Dinar Kuwait\n\
RSD Dinar Serbia\n\
TND Dinar Tunisia\n\
JOD Dinar Yordania\n\
DZD Dinar argelino\n\
BHD Dinar bareinita\n\
IQD Dinar iraquiano\n\
JOD Dinar jordaniano\n\
KWD Dinar kuwaitiano\n\
RSD Dinar sérvio\n\
TND Dinar tunisiano\n\
DZD Dinares argelinos\n\
BHD Dinares bareinitas\n\
IQD Dinares iraquianos\n\
JOD Dinares jordanianos\n\
KWD Dinares kuwaitianos\n\
RSD Dinares sérvios\n\
TND Dinares tunisianos\n\
AED Dirham Emiriah Arab Bersatu\n\
MAD Dirham Ma-rốc\n\
MAD Dirham Maghribi\n\
MAD Dirham Maroko\n\
AED Dirham UAE\n\
AED Dirham Uni Emirat Arab\n\
AED Dirham dos EAU\n\
AED Dirham dos Emirados Árabes Unidos\n\
MAD Dirham marroquino\n\
AED Dirhams dos EAU\n\
MAD Dirhams marroquinos\n\
USD Dolar AS\n\
USD Dolar Amerika Serikat\n\
AUD Dolar Australia\n\
TWD Dolar Baru Taiwan\n\
HKD Dolar Hong Kong\n\
CAD Dolar Kanada\n\
NZD Dolar New Zealand\n\
NZD Dolar Selandia Baru\n\
SGD Dolar Singapura\n\
TWD Dolar Taiwan Baru\n\
DOP Dominicaanse peso\n\
DOP Dominican Peso\n\
DOP Dominican peso\n\
DOP Dominican pesos\n\
DOP Dominik pesosu\n\
DOP Dominikaani peeso\n\
DOP Dominikaani peesot\n\
DOP Dominikaanisen tasavallan peso\n\
DOP Dominikaanisen tasavallan pesoa\n\
DOP Dominikanische Pesos\n\
DOP Dominikanischer Peso\n\
DOP Dominikos pesas\n\
DOP Dominikos pesų\n\
DOP Dominikānas peso\n\
VND Dong Vietnam\n\
VND Dong vietnamita\n\
VND Dongs vietnamitas\n\
DKK Dänische Krone\n\
DKK Dänische Kronen\n\
USD Dólar americano\n\
AUD Dólar australiano\n\
CAD Dólar canadense\n\
HKD Dólar de Hong Kong\n\
NZD Dólar neozelandês\n\
SGD Dólar singapuriano\n\
USD Dólares americanos\n\
AUD Dólares australianos\n\
CAD Dólares canadenses\n\
HKD Dólares de Hong Kong\n\
NZD Dólares neozelandeses\n\
SGD Dólares singapurianos\n\
DKK Dānijas krona\n\
DKK Dānijas kronas\n\
AED EAE-dirham\n\
EGP Egipto svaras\n\
EGP Egipto svarų\n\
EGP Egiptuse nael\n\
EGP Egiptuse naela\n\
EGP Egyptian Pound\n\
EGP Egyptian pound\n\
EGP Egyptian pounds\n\
EGP Egyptin punta\n\
EGP Egyptin puntaa\n\
EGP Egyptisch pond\n\
IDR Endonezya rupisi\n\
GBP Englannin punta\n\
GBP Englannin puntaa\n\
ZAR Etelä-Afrikan randi\n\
ZAR Etelä-Afrikan randia\n\
KRW Etelä-Korean won\n\
KRW Etelä-Korean wonia\n\
EUR Euras\n\
EUR Euro\n\
EUR Euros\n\
AED FAE-dirham\n\
MAD Fas dirhemi\n\
PHP Filipiini peeso\n\
PHP Filipiini peesot\n\
PHP Filipijnse peso\n\
PHP Filipinler pesosu\n\
PHP Filipinų pesas\n\
PHP Filipinų pesų\n\
PHP Filippiinien peso\n\
PHP Filippiinien pesoa\n\
PHP Filipīnu peso\n\
HUF Florim húngaro\n\
HUF Florins húngaros\n\
HUF Forint Hungaria\n\
HUF Forint Hungary\n\
CHF Franc Swiss\n\
CHF Franc Switzerland\n\
CHF Franc Thụy sĩ\n\
CHF Franco suíço\n\
CHF Francos suíços\n\
GHS Gana sedisi\n\
GHS Ganas sedi\n\
GHS Ganos sedis\n\
GHS Ganos sedžių\n\
GEL Georgian Lari\n\
GEL Georgian lari\n\
GEL Georgian laria\n\
GEL Georgian laris\n\
GEL Georgische Lari\n\
GEL Georgische lari\n\
GEL Georgischer Lari\n\
GHS Ghana sedi\n\
GHS Ghana sedit\n\
GHS Ghanaian Cedi\n\
GHS Ghanaian cedi\n\
GHS Ghanaian cedis\n\
GHS Ghanaische Cedi\n\
GHS Ghanaischer Cedi\n\
GHS Ghanan cedi\n\
GHS Ghanan cediä\n\
GHS Ghanese cedi\n\
GEL Gruusia lari\n\
GEL Gruzijas lari\n\
GEL Gruzijos laris\n\
GEL Gruzijos larių\n\
PYG Guarani Paraguay\n\
PYG Guarani paraguaio\n\
PYG Guaranis paraguaios\n\
GTQ Guatemala ketsaal\n\
GTQ Guatemala ketsaali\n\
GTQ Guatemala quetzalı\n\
GTQ Guatemalan Quetzal\n\
GTQ Guatemalan quetzal\n\
GTQ Guatemalan quetzalia\n\
GTQ Guatemalan quetzals\n\
GTQ Guatemalteekse quetzal\n\
GTQ Guatemaltekische Quetzales\n\
GTQ Guatemaltekischer Quetzal\n\
GTQ Gvatemalas ketsali\n\
GTQ Gvatemalas ketsals\n\
GTQ Gvatemalos ketcalis\n\
GTQ Gvatemalos ketcalių\n\
ZAR Güney Afrika randı\n\
KRW Güney Kore wonu\n\
GEL Gürcistan larisi\n\
CNY Hiina jüaan\n\
CNY Hiina jüaani\n\
INR Hindistan rupisi\n\
HKD Hong Kong Dollar\n\
HKD Hong Kong doları\n\
HKD Hong Kong dollar\n\
HKD Hong Kong dollars\n\
HUF Hongaarse forint\n\
HKD Hongkong-Dollar\n\
HKD Hongkong-dollar\n\
HKD Hongkongdollar\n\
HKD Hongkongi dollar\n\
HKD Hongkongi dollarit\n\
HKD Hongkongin dollari\n\
HKD Hongkongin dollaria\n\
HKD Hongkongse dollar\n\
HKD Honkongas dolāri\n\
HKD Honkongas dolārs\n\
HKD Honkongo doleris\n\
HKD Honkongo dolerių\n\
UAH Hryvnia Ukraina\n\
UAH Hryvnia Ukraine\n\
UAH Hryvnia ucraniano\n\
UAH Hryvnias ucranianos\n\
HUF Hungarian Forint\n\
HUF Hungarian forint\n\
HUF Hungarian forints\n\
ISK IJslandse kronen\n\
ISK IJslandse kroon\n\
ISK Icelandic Króna\n\
ISK Icelandic króna\n\
ISK Icelandic krónur\n\
JPY Iene japonês\n\
JPY Ienes japoneses\n\
ILS Iisraeli uus seekel\n\
ILS Iisraeli uut seeklit\n\
INR India ruupia\n\
INR India ruupiat\n\
INR Indian Rupee\n\
INR Indian rupee\n\
INR Indian rupees\n\
INR Indiase roepie\n\
INR Indijas rūpija\n\
INR Indijas rūpijas\n\
INR Indijos rupija\n\
INR Indijos rupijų\n\
INR Indische Rupie\n\
INR Indische Rupien\n\
IDR Indoneesia ruupia\n\
IDR Indoneesia ruupiat\n\
IDR Indonesian Rupiah\n\
IDR Indonesian rupia\n\
IDR Indonesian rupiaa\n\
IDR Indonesian rupiah\n\
IDR Indonesian rupiahs\n\
IDR Indonesische Rupiah\n\
IDR Indonesische roepia\n\
IDR Indonezijos rupija\n\
IDR Indonezijos rupijų\n\
IDR Indonēzijas rūpija\n\
IDR Indonēzijas rūpijas\n\
INR Intian rupia\n\
INR Intian rupiaa\n\
IQD Iraagi dinaar\n\
IQD Iraagi dinaari\n\
IQD Iraakse dinar\n\
IRR Iraani riaal\n\
IRR Iraani riaali\n\
IRR Iraanse rial\n\
IQD Irak dinarı\n\
IQD Irakin dinaari\n\
IQD Irakin dinaaria\n\
IQD Irakische Dinar\n\
IQD Irakischer Dinar\n\
IQD Irako dinaras\n\
IQD Irako dinarų\n\
IRR Iranian Rial\n\
IRR Iranian rial\n\
IRR Iranian rials\n\
IRR Iranin rial\n\
IRR Iranin rialia\n\
IRR Iranische Rial\n\
IRR Iranischer Rial\n\
IRR Irano rialas\n\
IRR Irano rialų\n\
IQD Iraqi Dinar\n\
IQD Iraqi dinar\n\
IQD Iraqi dinars\n\
IQD Irākas dināri\n\
IQD Irākas dinārs\n\
IRR Irānas riāli\n\
IRR Irānas riāls\n\
ISK Islandes krona\n\
ISK Islandes kronas\n\
ISK Islandi kroon\n\
ISK Islandi krooni\n\
ISK Islandijos krona\n\
ISK Islandijos kronų\n\
ISK Islannin kruunu\n\
ISK Islannin kruunua\n\
ISK Isländische Krone\n\
ISK Isländische Kronen\n\
ILS Israeli New Shekel\n\
ILS Israeli new shekel\n\
ILS Israeli new shekels\n\
ILS Israelin uusi sekeli\n\
ILS Israelin uutta sekeliä\n\
ILS Israelische Neue Schekel\n\
ILS Israelischer Neuer Schekel\n\
ILS Israëlische nieuwe shekel\n\
ILS Izraelio naujasis šekelis\n\
ILS Izraelio naujųjų šekelių\n\
ILS Izraēlas šekelis\n\
ILS Izraēlas šekeļi\n\
AED JAE dirhamas\n\
AED JAE dirhamų\n\
USD JAV doleris\n\
USD JAV dolerių\n\
JPY Jaapani jeen\n\
JPY Jaapani jeeni\n\
JPY Japanese Yen\n\
JPY Japanese yen\n\
JPY Japanin jeni\n\
JPY Japanin jeniä\n\
JPY Japanische Yen\n\
JPY Japanischer Yen\n\
JPY Japanse yen\n\
JPY Japon yeni\n\
JPY Japonijos jena\n\
JPY Japonijos jenų\n\
JPY Japānas jena\n\
JPY Japānas jenas\n\
NZD Jaunzēlandes dolāri\n\
NZD Jaunzēlandes dolārs\n\
JOD Jordaania dinaar\n\
JOD Jordaania dinaari\n\
JOD Jordaanse dinar\n\
JOD Jordanian Dinar\n\
JOD Jordanian dinaari\n\
JOD Jordanian dinaaria\n\
JOD Jordanian dinar\n\
JOD Jordanian dinars\n\
JOD Jordanijos dinaras\n\
JOD Jordanijos dinarų\n\
JOD Jordanische Dinar\n\
JOD Jordanischer Dinar\n\
JOD Jordānas dināri\n\
JOD Jordānas dinārs\n\
AED Jungtinių Arabų Emyratų dirhamas\n\
CAD Kanada doları\n\
CAD Kanada dollar\n\
CAD Kanada dollarit\n\
CAD Kanadan dollari\n\
CAD Kanadan dollaria\n\
CAD Kanadische Dollar\n\
CAD Kanadischer Dollar\n\
CAD Kanados doleris\n\
CAD Kanados dolerių\n\
CAD Kanādas dolāri\n\
CAD Kanādas dolārs\n\
KZT Kasachische Tenge\n\
KZT Kasachischer Tenge\n\
KZT Kasahstani tenge\n\
KZT Kasahstani tenget\n\
QAR Katar riyali\n\
QAR Katar-Riyal\n\
QAR Kataras riāli\n\
QAR Kataras riāls\n\
QAR Katari riaal\n\
QAR Katari riaali\n\
QAR Kataro rialas\n\
QAR Kataro rialų\n\
KZT Kazachse tenge\n\
KZT Kazachstano tengių\n\
KZT Kazachstano tengė\n\
KZT Kazahstānas tenge\n\
KZT Kazahstānas tenges\n\
KZT Kazakhstani Tenge\n\
KZT Kazakhstani tenge\n\
KZT Kazakhstani tenges\n\
KZT Kazakistan tengesi\n\
KZT Kazakstanin tenge\n\
KZT Kazakstanin tengeä\n\
KES Keenia šilling\n\
KES Keenia šillingit\n\
KES Kenia-Schilling\n\
KES Keniaanse shilling\n\
KES Kenian šillinki\n\
KES Kenian šillinkiä\n\
KES Kenijas šiliņi\n\
KES Kenijas šiliņš\n\
KES Kenijos šilingas\n\
KES Kenijos šilingų\n\
KES Kenya şilini\n\
KES Kenyan Shilling\n\
KES Kenyan shilling\n\
KES Kenyan shillings\n\
CNY Kiinan juan\n\
CNY Kiinan juania\n\
CNY Kinijos ženminbi juanis\n\
CNY Kinijos ženminbi juanių\n\
KWD Koeweitse dinar\n\
COP Kolombiya pesosu\n\
COP Kolumbian peso\n\
COP Kolumbian pesoa\n\
COP Kolumbianische Pesos\n\
COP Kolumbianischer Peso\n\
COP Kolumbijas peso\n\
COP Kolumbijos pesas\n\
COP Kolumbijos pesų\n\
CZK Koruna Ceko\n\
CZK Koruna Cộng hòa Séc\n\
CZK Koruna Republik Czech\n\
CRC Kosta Rika kolonu\n\
CRC Kosta Rikos kolonas\n\
CRC Kosta Rikos kolonų\n\
CRC Kostarikas koloni\n\
CRC Kostarikas kolons\n\
RUB Krievijas rublis\n\
RUB Krievijas rubļi\n\
ISK Krona Iceland\n\
ISK Krona Islandia\n\
SEK Krona Sweden\n\
SEK Krona Swedia\n\
SEK Krona Thụy Điển\n\
DKK Krone Denmark\n\
NOK Krone Na Uy\n\
NOK Krone Norway\n\
NOK Krone Norwegia\n\
DKK Krone Đan Mạch\n\
ISK Króna Iceland\n\
KWD Kuveidi dinaar\n\
KWD Kuveidi dinaari\n\
KWD Kuveitas dināri\n\
KWD Kuveitas dinārs\n\
KWD Kuveito dinaras\n\
KWD Kuveito dinarų\n\
KWD Kuveyt dinarı\n\
KWD Kuwait-Dinar\n\
KWD Kuwaiti Dinar\n\
KWD Kuwaiti dinar\n\
KWD Kuwaiti dinars\n\
KWD Kuwaitin dinaari\n\
KWD Kuwaitin dinaaria\n\
GEL Lari Georgia\n\
GEL Lari georgiano\n\
GEL Laris georgianos\n\
PLN Lenkijos zlotas\n\
PLN Lenkijos zlotų\n\
RON Leu Romania\n\
RON Leu Rumania\n\
RON Leu romeno\n\
RON Leus romenos\n\
BGN Lev Bulgaria\n\
BGN Lev búlgaro\n\
BGN Levs búlgaros\n\
TRY Lia Thổ Nhĩ Kỳ\n\
EGP Libra egípcia\n\
GBP Libra esterlina\n\
EGP Libras egípcias\n\
GBP Libras esterlinas\n\
GBP Lielbritānijas mārciņa\n\
GBP Lielbritānijas mārciņas\n\
TRY Lira Turki\n\
TRY Lira turca\n\
TRY Liras turcas\n\
ZAR Lõuna-Aafrika rand\n\
ZAR Lõuna-Aafrika randi\n\
KRW Lõuna-Korea vonn\n\
KRW Lõuna-Korea vonni\n\
HUF Macar forinti\n\
MYR Malaisia ringgit\n\
MYR Malaisia ringgitit\n\
MYR Malaizijas ringiti\n\
MYR Malaizijas ringits\n\
MYR Malaizijos ringitas\n\
MYR Malaizijos ringitų\n\
MYR Malaysian Ringgit\n\
MYR Malaysian ringgit\n\
MYR Malaysian ringgits\n\
MYR Malaysische Ringgit\n\
MYR Malaysischer Ringgit\n\
MYR Maleisische ringgit\n\
MYR Malesian ringgit\n\
MYR Malesian ringgitiä\n\
MYR Malezya ringgiti\n\
MAD Marokas dirhēmi\n\
MAD Marokas dirhēms\n\
MAD Marokkaanse dirham\n\
MAD Marokkanische Dirham\n\
MAD Marokkanischer Dirham\n\
MAD Maroko dirhamas\n\
MAD Maroko dirhamų\n\
MAD Maroko dirhem\n\
MAD Maroko dirhemit\n\
MAD Marokon dirhami\n\
MAD Marokon dirhamia\n\
MXN Mehhiko peeso\n\
MXN Mehhiko peesot\n\
MXN Meksika pesosu\n\
MXN Meksikas peso\n\
MXN Meksikon peso\n\
MXN Meksikon pesoa\n\
MXN Meksikos pesas\n\
MXN Meksikos pesų\n\
MXN Mexicaanse peso\n\
MXN Mexican Peso\n\
MXN Mexican peso\n\
MXN Mexican pesos\n\
MXN Mexikanische Pesos\n\
MXN Mexikanischer Peso\n\
MAD Moroccan Dirham\n\
MAD Moroccan dirham\n\
MAD Moroccan dirhams\n\
EGP Mısır lirası\n\
NGN Naira Nigeria\n\
NGN Naira nigeriana\n\
NGN Nairas nigerianas\n\
NZD Naujosios Zelandijos doleris\n\
NZD Naujosios Zelandijos dolerių\n\
NPR Nepal rupisi\n\
NPR Nepalese Rupee\n\
NPR Nepalese roepie\n\
NPR Nepalese rupee\n\
NPR Nepalese rupees\n\
NPR Nepalesische Rupie\n\
NPR Nepalesische Rupien\n\
NPR Nepali ruupia\n\
NPR Nepali ruupiat\n\
NPR Nepalin rupia\n\
NPR Nepalin rupiaa\n\
NPR Nepalo rupija\n\
NPR Nepalo rupijų\n\
NPR Nepālas rūpija\n\
NPR Nepālas rūpijas\n\
TWD Neue Taiwan-Dollar\n\
TWD Neuer Taiwan-Dollar\n\
NZD Neuseeland-Dollar\n\
TWD New Taiwan Dollar\n\
TWD New Taiwan dollar\n\
TWD New Taiwan dollars\n\
NZD New Zealand Dollar\n\
NZD New Zealand dollar\n\
NZD New Zealand dollars\n\
CNY Nhân dân tệ\n\
NZD Nieuw-Zeelandse dollar\n\
TWD Nieuwe Taiwanese dollar\n\
NGN Nigeeria naira\n\
NGN Nigeeria nairat\n\
NGN Nigeriaanse naira\n\
NGN Nigerian Naira\n\
NGN Nigerian naira\n\
NGN Nigerian nairaa\n\
NGN Nigerian nairas\n\
NGN Nigerianische Naira\n\
NGN Nigerianischer Naira\n\
NGN Nigerijos naira\n\
NGN Nigerijos nairų\n\
NGN Nigērijas naira\n\
NGN Nigērijas nairas\n\
NGN Nijerya nairası\n\
NOK Noorse kronen\n\
NOK Noorse kroon\n\
NOK Norjan kruunu\n\
NOK Norjan kruunua\n\
NOK Norra kroon\n\
NOK Norra krooni\n\
NOK Norvegijos krona\n\
NOK Norvegijos kronų\n\
NOK Norveç kronu\n\
NOK Norvēģijas krona\n\
NOK Norvēģijas kronas\n\
NOK Norwegian Krone\n\
NOK Norwegian krone\n\
NOK Norwegian kroner\n\
NOK Norwegische Krone\n\
NOK Norwegische Kronen\n\
TWD Novo dólar taiwanês\n\
ILS Novo shekel israelense\n\
PEN Novo sol peruano\n\
TWD Novos dólares taiwaneses\n\
ILS Novos shekels israelenses\n\
PEN Novos sóis peruanos\n\
UAH Oekraïense hryvnia\n\
OMR Omaani riaal\n\
OMR Omaani riaali\n\
OMR Omaanse rial\n\
OMR Omani Rial\n\
OMR Omani rial\n\
OMR Omani rials\n\
OMR Omanin rial\n\
OMR Omanin rialia\n\
OMR Omanische Rials\n\
OMR Omanischer Rial\n\
OMR Omano rialas\n\
OMR Omano rialų\n\
OMR Omānas riāli\n\
OMR Omānas riāls\n\
PKR Pakistaanse roepie\n\
PKR Pakistan rupisi\n\
PKR Pakistani Rupee\n\
PKR Pakistani rupee\n\
PKR Pakistani rupees\n\
PKR Pakistani ruupia\n\
PKR Pakistani ruupiat\n\
PKR Pakistanin rupia\n\
PKR Pakistanin rupiaa\n\
PKR Pakistanische Rupie\n\
PKR Pakistanische Rupien\n\
PKR Pakistano rupija\n\
PKR Pakistano rupijų\n\
PKR Pakistānas rūpija\n\
PKR Pakistānas rūpijas\n\
PYG Paraguay guaranii\n\
PYG Paraguay guaraniid\n\
PYG Paraguay guaranisi\n\
PYG Paraguayaanse guarani\n\
PYG Paraguayan Guarani\n\
PYG Paraguayan guarani\n\
PYG Paraguayan guaranis\n\
PYG Paraguayische Guaraníes\n\
PYG Paraguayischer Guaraní\n\
PYG Paraguayn guarani\n\
PYG Paraguayn guarania\n\
PYG Paragvajas guarani\n\
PYG Paragvajaus guaranis\n\
PYG Paragvajaus guaranių\n\
GBP Paun British\n\
EGP Paun Mesir\n\
PEN Peru soli\n\
PEN Peru solis\n\
PEN Peru solių\n\
PEN Peru sols\n\
PEN Peru solü\n\
PEN Peruaanse sol\n\
PEN Peruanische Sol\n\
PEN Peruanischer Sol\n\
PEN Perun sol\n\
PEN Perun solia\n\
PEN Peruu soll\n\
PEN Peruu solli\n\
PEN Peruvian Sol\n\
PEN Peruvian sol\n\
PEN Peruvian soles\n\
ARS Peso Argentina\n\
CLP Peso Chile\n\
CLP Peso Cile\n\
COP Peso Colombia\n\
DOP Peso Dominica\n\
DOP Peso Dominican\n\
DOP Peso Dominika\n\
PHP Peso Filipina\n\
COP Peso Kolombia\n\
MXN Peso Meksiko\n\
MXN Peso Mexico\n\
PHP Peso Philipin\n\
UYU Peso Uruguay\n\
ARS Peso argentino\n\
CLP Peso chileno\n\
COP Peso colombiano\n\
DOP Peso dominicano\n\
PHP Peso filipino\n\
MXN Peso mexicano\n\
UYU Peso uruguaio\n\
ARS Pesos argentinos\n\
CLP Pesos chilenos\n\
COP Pesos colombianos\n\
DOP Pesos dominicanos\n\
PHP Pesos filipinos\n\
MXN Pesos mexicanos\n\
UYU Pesos uruguaios\n\
PHP Philippine Peso\n\
PHP Philippine peso\n\
PHP Philippine pesos\n\
PHP Philippinische Pesos\n\
PHP Philippinischer Peso\n\
ZAR Pietų Afrikos Respublikos randas\n\
ZAR Pietų Afrikos Respublikos randų\n\
KRW Pietų Korėjos vonas\n\
KRW Pietų Korėjos vonų\n\
PLN Polijas zloti\n\
PLN Polijas zlots\n\
PLN Polish Zloty\n\
PLN Polish zloty\n\
PLN Polish zlotys\n\
PLN Polnische Złoty\n\
PLN Polnischer Złoty\n\
PLN Polonya zlotisi\n\
PLN Poola zlott\n\
PLN Poola zlotti\n\
PLN Poolse zloty\n\
GBP Pound Inggris\n\
EGP Pound Mesir\n\
PLN Puolan złoty\n\
PLN Puolan złotya\n\
QAR Qatarese rial\n\
QAR Qatari Riyal\n\
QAR Qatari riyal\n\
QAR Qatari riyals\n\
QAR Qatarin rial\n\
QAR Qatarin rialia\n\
GTQ Quetzais guatemaltecos\n\
GTQ Quetzal Guatemala\n\
GTQ Quetzal guatemalteco\n\
ZAR Rand Afrika Selatan\n\
ZAR Rand Nam Phi\n\
ZAR Rand sul-africano\n\
ZAR Rands sul-africanos\n\
BRL Reais brasileiros\n\
BRL Real Brasil\n\
BRL Real Braxin\n\
BRL Real Brazil\n\
BRL Real brasileiro\n\
CNY Renminbi Yuan\n\
IRR Rial Iran\n\
OMR Rial Oman\n\
QAR Rial Qatar\n\
QAR Rial catariano\n\
IRR Rial iraniano\n\
OMR Rial omanense\n\
QAR Riales catarianos\n\
IRR Riales iranianos\n\
OMR Riales omanenses\n\
MYR Ringgit Malaysia\n\
MYR Ringgit malaio\n\
MYR Ringgits malaios\n\
SAR Riyal Arab Saudi\n\
SAR Riyal Saudi\n\
SAR Riyal saudita\n\
SAR Riyal Ả Rập Xê-út\n\
SAR Riyales sauditas\n\
RON Roemeense leu\n\
RON Romanian Leu\n\
RON Romanian lei\n\
RON Romanian leu\n\
RON Romanian leuta\n\
RON Romen leyi\n\
SEK Rootsi kroon\n\
SEK Rootsi krooni\n\
BYN Rubel Belarus\n\
BYN Rubel Belarus baharu\n\
BYN Rubel Belarusia\n\
RUB Rubel Rusia\n\
BYN Rublo bielorrusso\n\
RUB Rublo russo\n\
BYN Rublos bielorrussos\n\
RUB Rublos russos\n\
RON Rumeenia leu\n\
RON Rumeenia leud\n\
RON Rumunijos lėja\n\
RON Rumunijos lėjų\n\
RON Rumänische Leu\n\
RON Rumänischer Leu\n\
RON Rumānijas leja\n\
RON Rumānijas lejas\n\
SEK Ruotsin kruunu\n\
SEK Ruotsin kruunua\n\
INR Rupee India\n\
NPR Rupee Nepal\n\
PKR Rupee Pakistan\n\
LKR Rupee Sri Lanka\n\
INR Rupee Ấn Độ\n\
LKR Rupia cingalesa\n\
INR Rupia indiana\n\
IDR Rupia indonésia\n\
NPR Rupia nepalesa\n\
PKR Rupia paquistanesa\n\
IDR Rupiah Indonesia\n\
LKR Rupias cingalesas\n\
INR Rupias indianas\n\
IDR Rupias indonésias\n\
NPR Rupias nepalesas\n\
PKR Rupias paquistanesas\n\
RUB Rus rublesi\n\
RUB Rusijos rublis\n\
RUB Rusijos rublių\n\
RUB Russian Ruble\n\
RUB Russian ruble\n\
RUB Russian rubles\n\
RUB Russische Rubel\n\
RUB Russische roebel\n\
RUB Russischer Rubel\n\
BYN Rúp Belarus\n\
RUB Rúp Nga\n\
AED SAE dirham\n\
AED SAE dirhamov\n\
AED SAE dirhamů\n\
SAR Saoedi-Arabische riyal\n\
SAR Saudi Araabia riaal\n\
SAR Saudi Araabia riaali\n\
SAR Saudi Riyal\n\
SAR Saudi riyal\n\
SAR Saudi riyals\n\
SAR Saudi-Arabian rial\n\
SAR Saudi-Arabian rialia\n\
SAR Saudi-Rial\n\
SAR Saudo Arabijos rijalas\n\
SAR Saudo Arabijos rijalų\n\
SAR Saūda Arābijas riāls\n\
SAR Saūda riāli\n\
SAR Saūda riāls\n\
SEK Schwedische Krone\n\
SEK Schwedische Kronen\n\
CHF Schweizer Franken\n\
RSD Serbia dinaar\n\
RSD Serbia dinaari\n\
RSD Serbian Dinar\n\
RSD Serbian dinaari\n\
RSD Serbian dinaaria\n\
RSD Serbian dinar\n\
RSD Serbian dinars\n\
RSD Serbijas dināri\n\
RSD Serbijas dinārs\n\
RSD Serbijos dinaras\n\
RSD Serbijos dinarų\n\
RSD Serbische Dinaren\n\
RSD Serbischer Dinar\n\
RSD Servische dinar\n\
ILS Shekel Baru Israel\n\
ILS Sheqel Israel mới\n\
KES Shilling Kenya\n\
SGD Singapore Dollar\n\
SGD Singapore dollar\n\
SGD Singapore dollars\n\
SGD Singaporen dollari\n\
SGD Singaporen dollaria\n\
SGD Singaporese dollar\n\
SGD Singapur doları\n\
SGD Singapur-Dollar\n\
SGD Singapuri dollar\n\
SGD Singapuri dollarit\n\
SGD Singapūras dolāri\n\
SGD Singapūras dolārs\n\
SGD Singapūro doleris\n\
SGD Singapūro dolerių\n\
PEN Sol Peru\n\
ZAR South African Rand\n\
ZAR South African rand\n\
KRW South Korean Won\n\
KRW South Korean won\n\
LKR Sri Lanka rupisi\n\
LKR Sri Lanka ruupia\n\
LKR Sri Lanka ruupiat\n\
LKR Sri Lankaanse roepie\n\
LKR Sri Lankan Rupee\n\
LKR Sri Lankan rupee\n\
LKR Sri Lankan rupees\n\
LKR Sri Lankan rupia\n\
LKR Sri Lankan rupiaa\n\
LKR Sri-Lanka-Rupie\n\
LKR Sri-Lanka-Rupien\n\
LKR Srí Lanka-i rúpia\n\
SAR Suudi Arabistan riyali\n\
GBP Suurbritannia naelsterling\n\
GBP Suurbritannia naelsterlingit\n\
CHF Sveitsin frangi\n\
CHF Sveitsin frangia\n\
SEK Swedish Krona\n\
SEK Swedish krona\n\
SEK Swedish kronor\n\
CHF Swiss Franc\n\
CHF Swiss franc\n\
CHF Swiss francs\n\
ILS Syekel Baharu Israel\n\
ILS Syekel baharu Israel\n\
KES Syiling Kenya\n\
ZAR Südafrikanische Rand\n\
ZAR Südafrikanischer Rand\n\
KRW Südkoreanische Won\n\
KRW Südkoreanischer Won\n\
RSD Sırp dinarı\n\
DKK Taani kroon\n\
DKK Taani krooni\n\
THB Tai baat\n\
THB Tai baati\n\
THB Tailando batas\n\
THB Tailando batų\n\
TWD Taivano naujasis doleris\n\
TWD Taivano naujųjų dolerių\n\
TWD Taivānas jaunais dolārs\n\
TWD Taivānas jaunie dolāri\n\
TWD Taiwanin uusi dollari\n\
TWD Taiwanin uutta dollaria\n\
THB Taizemes bāti\n\
THB Taizemes bāts\n\
BDT Taka Bangladesh\n\
BDT Taka bengali\n\
BDT Takas bengalis\n\
DKK Tanskan kruunu\n\
DKK Tanskan kruunua\n\
THB Tayland bahtı\n\
KZT Tenge Kazakhstan\n\
KZT Tenge cazaque\n\
KZT Tenges cazaques\n\
THB Thai Baht\n\
THB Thai baht\n\
THB Thailändische Baht\n\
THB Thailändischer Baht\n\
THB Thaimaan baht\n\
THB Thaimaan bahtia\n\
THB Thaise baht\n\
CZK Tschechische Krone\n\
CZK Tschechische Kronen\n\
CZK Tsjechische kronen\n\
CZK Tsjechische kroon\n\
TND Tuneesia dinaar\n\
TND Tuneesia dinaari\n\
TND Tunesische Dinar\n\
TND Tunesische dinar\n\
TND Tunesischer Dinar\n\
TND Tunisian Dinar\n\
TND Tunisian dinaari\n\
TND Tunisian dinaaria\n\
TND Tunisian dinar\n\
TND Tunisian dinars\n\
TND Tunisijas dināri\n\
TND Tunisijas dinārs\n\
TND Tuniso dinaras\n\
TND Tuniso dinarų\n\
TND Tunus dinarı\n\
TRY Turcijas lira\n\
TRY Turcijas liras\n\
TRY Turkijos lira\n\
TRY Turkijos lirų\n\
TRY Turkin liira\n\
TRY Turkin liiraa\n\
TRY Turkish Lira\n\
TRY Turkish lira\n\
TRY Turkse lira\n\
TRY Türgi liir\n\
TRY Türgi liiri\n\
TRY Türk lirası\n\
TRY Türkische Lira\n\
CZK Tšehhi kroon\n\
CZK Tšehhi krooni\n\
CZK Tšekin koruna\n\
CZK Tšekin korunaa\n\
CLP Tšiili peeso\n\
CLP Tšiili peesot\n\
AED UAE dirham\n\
AED UAE dirhama\n\
AED UAE dirhams\n\
AED UAE ディルハム\n\
USD US Dollar\n\
USD US dollar\n\
USD US dollars\n\
USD US-Dollar\n\
USD USA dollar\n\
USD USA dollarit\n\
USD USA-dollár\n\
UAH Ukraina grivna\n\
UAH Ukraina grivnat\n\
UAH Ukrainan hryvnia\n\
UAH Ukrainan hryvniaa\n\
UAH Ukrainas grivna\n\
UAH Ukrainas grivnas\n\
UAH Ukrainian Hryvnia\n\
UAH Ukrainian hryvnia\n\
UAH Ukrainian hryvnias\n\
UAH Ukrainische Hrywen\n\
UAH Ukrainische Hrywnja\n\
UAH Ukrainos grivina\n\
UAH Ukrainos grivinų\n\
UAH Ukrayna grivnası\n\
OMR Umman riyali\n\
HUF Ungari forint\n\
HUF Ungari forintit\n\
HUF Ungarische Forint\n\
HUF Ungarischer Forint\n\
HUF Ungārijas forinti\n\
HUF Ungārijas forints\n\
AED United Arab Emirates Dirham\n\
HUF Unkarin forintti\n\
HUF Unkarin forinttia\n\
UYU Uruguay peeso\n\
UYU Uruguay peesot\n\
UYU Uruguay pesosu\n\
UYU Uruguayaanse peso\n\
UYU Uruguayan Peso\n\
UYU Uruguayan peso\n\
UYU Uruguayan pesos\n\
UYU Uruguayische Pesos\n\
UYU Uruguayischer Peso\n\
UYU Uruguayn peso\n\
UYU Uruguayn pesoa\n\
UYU Urugvajas peso\n\
UYU Urugvajaus pesas\n\
UYU Urugvajaus pesų\n\
NZD Uuden-Seelannin dollari\n\
NZD Uuden-Seelannin dollaria\n\
NZD Uus-Meremaa dollar\n\
NZD Uus-Meremaa dollarit\n\
AED VAE-Dirham\n\
AED VAE-dirham\n\
BYN Valgevene rubla\n\
BYN Valko-Venäjän rupla\n\
BYN Valko-Venäjän ruplaa\n\
RUB Venemaa rubla\n\
HUF Vengrijos forintas\n\
HUF Vengrijos forintų\n\
RUB Venäjän rupla\n\
RUB Venäjän ruplaa\n\
AED Verenigde Arabische Emiraten-dirham\n\
VND Vietnam dongu\n\
VND Vietnamese Dong\n\
VND Vietnamese dong\n\
VND Vietnamesische Dong\n\
VND Vietnamesischer Dong\n\
VND Vietnami dong\n\
VND Vietnami dongi\n\
VND Vietnamin dong\n\
VND Vietnamin dongia\n\
VND Vietnamo dongas\n\
VND Vietnamo dongų\n\
VND Vjetnamas dongi\n\
BYN Weißrussische Rubel\n\
BYN Weißrussischer Rubel\n\
KRW Won Hàn Quốc\n\
KRW Won Korea Selatan\n\
KRW Won sul-coreano\n\
KRW Wons sul-coreanos\n\
KES Xelim queniano\n\
KES Xelins quenianos\n\
JPY Yen Jepang\n\
JPY Yen Jepun\n\
TWD Yeni Tayvan doları\n\
NZD Yeni Zelanda doları\n\
ILS Yeni İsrail şekeli\n\
USD Yhdysvaltain dollari\n\
USD Yhdysvaltain dollaria\n\
CNY Yuan Cina\n\
CNY Yuan Tiongkok\n\
CNY Yuan chinês\n\
CNY Yuans chineses\n\
JPY Yên Nhật\n\
PLN Zloty Ba Lan\n\
PLN Zloty Poland\n\
PLN Zloty Polandia\n\
PLN Zloty polonês\n\
PLN Zlotys poloneses\n\
ZAR Zuid-Afrikaanse rand\n\
KRW Zuid-Koreaanse won\n\
SEK Zviedrijas krona\n\
SEK Zviedrijas kronas\n\
SEK Zweedse kronen\n\
SEK Zweedse kroon\n\
CHF Zwitserse frank\n\
DZD algerisk dinar\n\
DZD algeriska dinarer\n\
DZD algeriske dinarer\n\
DZD algériai dínár\n\
DZD alžirski dinar\n\
DZD alžirskih dinara\n\
DZD alžirskih dinarjev\n\
DZD alžírsky dinár\n\
DZD alžírskych dinárov\n\
DZD alžírský dinár\n\
DZD alžírských dinárů\n\
USD americký dolar\n\
USD americký dolár\n\
USD amerických dolarů\n\
USD amerických dolárov\n\
USD amerikansk dollar\n\
USD amerikanska dollar\n\
USD amerikanske dollar\n\
USD američki dolar\n\
USD američkih dolara\n\
USD ameriški dolar\n\
USD ameriških dolarjev\n\
GBP angol font\n\
ARS argentin peso\n\
ARS argentinsk peso\n\
ARS argentinska pesos\n\
ARS argentinske pesos\n\
ARS argentinski peso\n\
ARS argentinski pezo\n\
ARS argentinski pezos\n\
ARS argentinskih pesov\n\
ARS argentinskih pezosa\n\
ARS argentinské peso\n\
ARS argentinských pes\n\
ARS argentínske peso\n\
ARS argentínskych pesos\n\
AUD australijski dolar\n\
AUD australijskih dolara\n\
AUD australisk dollar\n\
AUD australiska dollar\n\
AUD australsk dollar\n\
AUD australske dollar\n\
AUD australski dolar\n\
AUD australskih dolara\n\
AUD australský dolar\n\
AUD australských dolarů\n\
AUD austrálsky dolár\n\
AUD austrálskych dolárov\n\
AUD ausztrál dollár\n\
AUD avstralski dolar\n\
AUD avstralskih dolarjev\n\
BHD bahrainsk dinar\n\
BHD bahrainska dinarer\n\
BHD bahrainske dinarer\n\
BHD bahrajnski dinar\n\
BHD bahrajnskih dinarjev\n\
BHD bahrajnský dinár\n\
BHD bahrajnských dinárov\n\
BHD bahrajnských dinárů\n\
BHD bahreini dinár\n\
BHD bahreinski dinar\n\
BHD bahreinskih dinara\n\
THB baht tajski\n\
THB baht thailandese\n\
THB baht thailandesi\n\
THB baht thailandez\n\
THB baht thaïlandais\n\
THB bahta tajskiego\n\
THB bahts thaïlandais\n\
THB bahți thailandezi\n\
BDT bangladeshisk taka\n\
BDT bangladeshiska taka\n\
BDT bangladeshiske taka\n\
BDT bangladesi taka\n\
BDT bangladeška taka\n\
BDT bangladeških tak\n\
BDT bangladeških taka\n\
BDT bangladéšska taka\n\
BDT bangladéšskych ták\n\
BDT bangladéšská taka\n\
BDT bangladéšských tak\n\
THB bat tailandés\n\
THB bats tailandeses\n\
BYN belarusisk rubel\n\
BYN belarusiska rubel\n\
BYN belarusz rubel\n\
BYN beloruska rublja\n\
BYN beloruski rubelj\n\
BYN beloruskih rubljev\n\
BYN beloruskih rublji\n\
BYN bieloruský rubeľ\n\
BYN bieloruských rubľov\n\
BYN bjeloruski rubalj\n\
BYN bjeloruskih rubalja\n\
BGN bolgarski lev\n\
BGN bolgarskih levov\n\
BGN bolgár új leva\n\
BOB boliviani\n\
BOB boliviano\n\
BOB boliviano Bolivia\n\
BOB boliviano bolivien\n\
BOB boliviano boliwijskie\n\
BOB boliviano boliwijskiego\n\
BOB bolivianos\n\
BOB bolivianos boliviens\n\
BOB boliviansk boliviano\n\
BOB bolivianska bolivianos\n\
BOB bolivianske boliviano\n\
BOB bolivijski boliviano\n\
BOB bolivijski bolivijano\n\
BOB bolivijskih bolivianov\n\
BOB bolivijskih bolivijana\n\
BOB bolivijský boliviano\n\
BOB bolivijských bolivianos\n\
BOB bolíviai boliviano\n\
BOB bolívijské boliviano\n\
BOB bolívijských bolivian\n\
BRL brasiliansk real\n\
BRL brasilianska real\n\
BRL brasilianske real\n\
BRL brasilianske realer\n\
BRL brazil real\n\
BRL brazilski real\n\
BRL brazilskih reala\n\
BRL brazilskih realov\n\
BRL brazilský real\n\
BRL brazilských realů\n\
BRL brazílsky real\n\
BRL brazílskych realov\n\
GBP britanska funta\n\
GBP britanski funt\n\
GBP britanskih funti\n\
GBP britanskih funtov\n\
GBP britisk pund\n\
GBP britiske pund\n\
GBP britská libra\n\
GBP britských liber\n\
GBP britských libier\n\
GBP brittiska pund\n\
GBP brittiskt pund\n\
BGN bugarski lev\n\
BGN bugarskih leva\n\
BGN bulgarisk lev\n\
BGN bulgariska leva\n\
BGN bulgarsk lev\n\
BGN bulgarske lev\n\
BGN bulgarske leva\n\
BGN bulharský lev\n\
BGN bulharský leva\n\
BGN bulharských leva\n\
BYN běloruský rubl\n\
BYN běloruských rublů\n\
THB bạt Thái Lan\n\
EGP bảng Ai Cập\n\
GBP bảng Anh\n\
CAD canadisk dollar\n\
CAD canadiske dollar\n\
GHS cedi Ghana\n\
GHS cedi ghanese\n\
GHS cedi ghanesi\n\
GHS cedi ghanez\n\
GHS cedi ghanezi\n\
GHS cedi ghanés\n\
GHS cedi ghańskie\n\
GHS cedi ghańskiego\n\
GHS cedis ghaneses\n\
KES chelines kenianos\n\
KES chelín keniano\n\
CLP chilei peso\n\
CLP chilensk peso\n\
CLP chilenska pesos\n\
CLP chilenske pesos\n\
CLP chilské peso\n\
CLP chilských pes\n\
COP colombiansk peso\n\
COP colombianska pesos\n\
COP colombianske pesos\n\
CRC colon kostarykański\n\
CRC colona kostarykańskiego\n\
CRC colones costarricenses\n\
CRC colón Costa Rica\n\
CRC colón costaricain\n\
CRC colón costarican\n\
CRC colón costaricani\n\
CRC colón costaricano\n\
CRC colón costarricense\n\
CRC colóni costaricani\n\
CRC colóns costaricains\n\
CZK coroane cehe\n\
DKK coroane daneze\n\
ISK coroane islandeze\n\
NOK coroane norvegiene\n\
SEK coroane suedeze\n\
CZK coroană cehă\n\
DKK coroană daneză\n\
ISK coroană islandeză\n\
NOK coroană norvegiană\n\
SEK coroană suedeză\n\
CZK corona ceca\n\
CZK corona checa\n\
DKK corona danesa\n\
DKK corona danese\n\
ISK corona islandesa\n\
ISK corona islandese\n\
NOK corona noruega\n\
NOK corona norvegese\n\
SEK corona sueca\n\
SEK corona svedese\n\
CZK coronas checas\n\
DKK coronas danesas\n\
ISK coronas islandesas\n\
NOK coronas noruegas\n\
SEK coronas suecas\n\
CZK corone ceche\n\
DKK corone danesi\n\
ISK corone islandesi\n\
NOK corone norvegesi\n\
SEK corone svedesi\n\
CRC costaricansk colón\n\
CRC costaricanske colón\n\
CRC costarikansk colón\n\
CRC costarikanska colón\n\
DKK couronne danoise\n\
ISK couronne islandaise\n\
NOK couronne norvégienne\n\
SEK couronne suédoise\n\
CZK couronne tchèque\n\
DKK couronnes danoises\n\
ISK couronnes islandaises\n\
NOK couronnes norvégiennes\n\
SEK couronnes suédoises\n\
CZK couronnes tchèques\n\
CZK cseh korona\n\
GHS cédi ghanéen\n\
GHS cédis ghanéens\n\
DKK dansk krona\n\
DKK dansk krone\n\
DKK danska krona\n\
DKK danska kronor\n\
DKK danska kruna\n\
DKK danske kroner\n\
DKK danskih kron\n\
DKK danskih kruna\n\
DZD dinar Algeria\n\
BHD dinar Bahrain\n\
IQD dinar Iraq\n\
JOD dinar Jordan\n\
KWD dinar Kuwait\n\
RSD dinar Serbia\n\
TND dinar Tunisia\n\
DZD dinar algerian\n\
DZD dinar algierski\n\
DZD dinar algérien\n\
DZD dinar argelino\n\
BHD dinar bahrański\n\
BHD dinar bahreïni\n\
BHD dinar bareiní\n\
BHD dinar din Bahrain\n\
JOD dinar iordanian\n\
IQD dinar iracki\n\
IQD dinar irakian\n\
IQD dinar irakien\n\
IQD dinar iraquí\n\
JOD dinar jordanien\n\
JOD dinar jordano\n\
JOD dinar jordański\n\
KWD dinar koweïtien\n\
KWD dinar koweïtiens\n\
KWD dinar kuwaití\n\
KWD dinar kuweitian\n\
KWD dinar kuwejcki\n\
RSD dinar serbe\n\
RSD dinar serbio\n\
RSD dinar serbski\n\
RSD dinar sârbesc\n\
TND dinar tunecino\n\
TND dinar tunezyjski\n\
TND dinar tunisian\n\
TND dinar tunisien\n\
DZD dinara algierskiego\n\
BHD dinara bahrańskiego\n\
IQD dinara irackiego\n\
JOD dinara jordańskiego\n\
KWD dinara kuwejckiego\n\
RSD dinara serbi\n\
RSD dinara serbskiego\n\
TND dinara tunezyjskiego\n\
DZD dinares argelinos\n\
BHD dinares bareiníes\n\
IQD dinares iraquíes\n\
JOD dinares jordanos\n\
KWD dinares kuwaitíes\n\
RSD dinares serbios\n\
TND dinares tunecinos\n\
DZD dinari algerieni\n\
DZD dinari algerini\n\
BHD dinari del Bahrein\n\
BHD dinari din Bahrain\n\
JOD dinari giordani\n\
JOD dinari iordanieni\n\
IQD dinari iracheni\n\
IQD dinari irakieni\n\
KWD dinari kuwaitiani\n\
KWD dinari kuweitieni\n\
RSD dinari sârbești\n\
TND dinari tunisieni\n\
TND dinari tunisini\n\
DZD dinaro algerino\n\
BHD dinaro del Bahrein\n\
JOD dinaro giordano\n\
IQD dinaro iracheno\n\
KWD dinaro kuwaitiano\n\
RSD dinaro serbo\n\
TND dinaro tunisino\n\
DZD dinars algériens\n\
BHD dinars bahreïnis\n\
IQD dinars irakiens\n\
JOD dinars jordaniens\n\
RSD dinars serbes\n\
TND dinars tunisiens\n\
MAD dirham Ma-rốc\n\
AED dirham UAE\n\
AED dirham ZEA\n\
AED dirham Združenih arabskih emiratov\n\
AED dirham degli EAU\n\
AED dirham degli Emirati Arabi Uniti\n\
AED dirham des Émirats arabes unis\n\
AED dirham din Emiratele Arabe Unite\n\
AED dirham fra de Forenede Arabiske Emirater\n\
MAD dirham marocain\n\
MAD dirham marocan\n\
MAD dirham marocchini\n\
MAD dirham marocchino\n\
MAD dirham marokański\n\
AED dirhama UAE\n\
AED dirhama ZEA\n\
MAD dirhama marokańskiego\n\
AED dirhami din Emiratele Arabe Unite\n\
MAD dirhami marocani\n\
AED dirhamov Združenih arabskih emiratov\n\
AED dirhams des Émirats arabes unis\n\
MAD dirhams marocains\n\
USD dolar american\n\
USD dolar amerykański\n\
AUD dolar australian\n\
AUD dolar australijski\n\
CAD dolar canadian\n\
HKD dolar din Hong Kong\n\
HKD dolar hongkoński\n\
CAD dolar kanadyjski\n\
NZD dolar neozeelandez\n\
TWD dolar nou din Taiwan\n\
NZD dolar nowozelandzki\n\
SGD dolar singaporez\n\
SGD dolar singapurski\n\
USD dolara amerykańskiego\n\
AUD dolara australijskiego\n\
HKD dolara hongkońskiego\n\
CAD dolara kanadyjskiego\n\
NZD dolara nowozelandzkiego\n\
SGD dolara singapurskiego\n\
USD dolari americani\n\
AUD dolari australieni\n\
CAD dolari canadieni\n\
HKD dolari din Hong Kong\n\
NZD dolari neozeelandezi\n\
TWD dolari noi Taiwan\n\
SGD dolari singaporezi\n\
AUD dollar australien\n\
CAD dollar canadien\n\
HKD dollar de Hong Kong\n\
SGD dollar de Singapour\n\
USD dollar des États-Unis\n\
NZD dollar néo-zélandais\n\
AUD dollari australiani\n\
CAD dollari canadesi\n\
HKD dollari di Hong Kong\n\
SGD dollari di Singapore\n\
NZD dollari neozelandesi\n\
USD dollari statunitensi\n\
AUD dollaro australiano\n\
CAD dollaro canadese\n\
HKD dollaro di Hong Kong\n\
SGD dollaro di Singapore\n\
NZD dollaro neozelandese\n\
USD dollaro statunitense\n\
AUD dollars australiens\n\
CAD dollars canadiens\n\
HKD dollars de Hong Kong\n\
SGD dollars de Singapour\n\
USD dollars des États-Unis\n\
NZD dollars néo-zélandais\n\
DOP dominikai peso\n\
DOP dominikansk peso\n\
DOP dominikanska pesos\n\
DOP dominikanske pesos\n\
DOP dominikanski peso\n\
DOP dominikanski pezo\n\
DOP dominikanski pezos\n\
DOP dominikanskih pesov\n\
DOP dominikanskih peza\n\
DOP dominikanskih pezosa\n\
DOP dominikánske peso\n\
DOP dominikánske pesos\n\
DOP dominikánské peso\n\
DOP dominikánských pes\n\
VND dong vietnamez\n\
VND dong vietnamita\n\
VND dong vietnamiti\n\
VND dong wietnamski\n\
VND donga wietnamskiego\n\
VND dongi vietnamezi\n\
VND dongs vietnamitas\n\
DKK dán korona\n\
DKK dánska koruna\n\
DKK dánskych korún\n\
DKK dánská koruna\n\
DKK dánských korun\n\
ZAR dél-afrikai rand\n\
KRW dél-koreai won\n\
AED dírham de los Emiratos Árabes Unidos\n\
MAD dírham marroquí\n\
AED dírhams de los Emiratos Árabes Unidos\n\
MAD dírhams marroquíes\n\
AUD dólar australiano\n\
CAD dólar canadiense\n\
USD dólar estadounidense\n\
HKD dólar hongkonés\n\
NZD dólar neozelandés\n\
SGD dólar singapurense\n\
AUD dólares australianos\n\
CAD dólares canadienses\n\
USD dólares estadounidenses\n\
HKD dólares hongkoneses\n\
NZD dólares neozelandeses\n\
SGD dólares singapurenses\n\
VND dông vietnamien\n\
VND dôngs vietnamiens\n\
EGP egipatska funta\n\
EGP egipatskih funti\n\
EGP egiptovski funt\n\
EGP egiptovskih funtov\n\
EGP egyiptomi font\n\
EGP egyptisk pund\n\
EGP egyptiska pund\n\
EGP egyptiske pund\n\
EGP egyptiskt pund\n\
EGP egyptská libra\n\
EGP egyptských liber\n\
EGP egyptských libier\n\
EUR eiro\n\
AED emiratarabisk dirham\n\
AED emiratarabiske dirham\n\
AED emiratisk dirham\n\
PLN esloti polaco\n\
PLN eslotis polacos\n\
EUR eur\n\
EUR eura\n\
EUR euras\n\
EUR euro\n\
EUR euroa\n\
EUR euros\n\
EUR eurot\n\
EUR euró\n\
EUR eurų\n\
EUR evra\n\
EUR evro\n\
EUR evrov\n\
PHP filipinski peso\n\
PHP filipinski pezo\n\
PHP filipinski pezos\n\
PHP filipinskih pesov\n\
PHP filipinskih peza\n\
PHP filipinskih pezosa\n\
PHP filippinsk peso\n\
PHP filippinska pesos\n\
PHP filippinske pesos\n\
PHP filipínske peso\n\
PHP filipínskych pesos\n\
PHP filipínské peso\n\
PHP filipínských pes\n\
HUF fiorini ungheresi\n\
HUF fiorino ungherese\n\
HUF forint\n\
HUF forint Hungary\n\
HUF forint hongrois\n\
HUF forint węgierski\n\
HUF forinta węgierskiego\n\
HUF forinto húngaro\n\
HUF forintos húngaros\n\
HUF forints hongrois\n\
HUF forinți\n\
CHF franc Thụy sĩ\n\
CHF franc elvețian\n\
CHF franc suisse\n\
CHF franchi svizzeri\n\
CHF franci elvețieni\n\
CHF franco suizo\n\
CHF franco svizzero\n\
CHF francos suizos\n\
CHF francs suisses\n\
CHF frank szwajcarski\n\
CHF franka szwajcarskiego\n\
EGP funt egipski\n\
GBP funt szterling\n\
EGP funta egipskiego\n\
GBP funta szterlinga\n\
PHP fülöp-szigeteki peso\n\
GHS ganski cedi\n\
GHS ganski sedi\n\
GHS ganskih ceda\n\
GHS ganskih cedov\n\
GHS ganskih sedija\n\
GEL georgisk lari\n\
GEL georgiska lari\n\
GEL georgiske lari\n\
GHS ghanansk cedi\n\
GHS ghananska cedi\n\
GHS ghanesisk cedi\n\
GHS ghanesiske cedi\n\
GHS ghanské cedi\n\
GHS ghanský cedi\n\
GHS ghanských cedi\n\
GHS ghánai cedi\n\
UAH grivna ucraniana\n\
UAH grivnas ucranianas\n\
UAH grivne\n\
UAH grivnia ucraina\n\
UAH grivnie ucraine\n\
UAH grivnă\n\
GEL gruzijski lar\n\
GEL gruzijski lari\n\
GEL gruzijskih lara\n\
GEL gruzijskih larija\n\
GEL gruzijskih larijev\n\
GEL gruzínske lari\n\
GEL gruzínskych lari\n\
GEL gruzínské lari\n\
GEL gruzínských lari\n\
GEL grúz lari\n\
PYG guarani\n\
PYG guarani Paraguay\n\
PYG guarani paragwajskie\n\
PYG guarani paragwajskiego\n\
PYG guaraní paraguayani\n\
PYG guaraní paraguayano\n\
PYG guaraní paraguayen\n\
PYG guaraní paraguayo\n\
PYG guaraníes paraguayos\n\
PYG guaranís paraguayens\n\
GTQ guatemalai quetzal\n\
GTQ guatemalansk quetzal\n\
GTQ guatemalanska quetzal\n\
GTQ guatemalanske quetzal\n\
GTQ guatemalský quetzal\n\
GTQ guatemalských quetzalov\n\
GTQ guatemalských quetzalů\n\
GTQ gvatemalski kecal\n\
GTQ gvatemalski kvecal\n\
GTQ gvatemalskih kecala\n\
GTQ gvatemalskih kecalov\n\
GTQ gvatemalskih kvecala\n\
HKD hongkongi dollár\n\
HKD hongkongsk dollar\n\
HKD hongkongske dollar\n\
HKD hongkongský dolar\n\
HKD hongkongských dolarů\n\
HKD hongkonský dolár\n\
HKD hongkonských dolárov\n\
HKD hongkonški dolar\n\
HKD hongkonških dolara\n\
HKD hongkonških dolarjev\n\
UAH hryvnia Ukraina\n\
UAH hryvnia ukrainienne\n\
UAH hryvnias ukrainiennes\n\
UAH hrywna ukraińska\n\
UAH hrywny ukraińskiej\n\
BYN hviderussisk rubel\n\
BYN hviderussiske rubler\n\
INR indiai rúpia\n\
INR indická rupia\n\
INR indická rupie\n\
INR indických rupií\n\
INR indijska rupija\n\
INR indijskih rupij\n\
INR indijskih rupija\n\
INR indisk rupee\n\
INR indisk rupi\n\
INR indisk rupie\n\
INR indiska rupier\n\
INR indiske rupees\n\
INR indiske rupier\n\
IDR indonesisk rupi\n\
IDR indonesisk rupiah\n\
IDR indonesisk rupie\n\
IDR indonesiska rupier\n\
IDR indonesiske rupiah\n\
IDR indonesiske rupier\n\
IDR indonezijska rupija\n\
IDR indonezijskih rupij\n\
IDR indonezijskih rupija\n\
IDR indonežanska rupija\n\
IDR indonežanskih rupija\n\
IDR indonéská rupie\n\
IDR indonéských rupií\n\
IDR indonéz rúpia\n\
IDR indonézska rupia\n\
IDR indonézskych rupií\n\
IQD iracký dinár\n\
IQD irackých dinárov\n\
IQD iraki dínár\n\
IQD irakisk dinar\n\
IQD irakiska dinarer\n\
IQD irakiske dinarer\n\
IQD iraksk dinar\n\
IQD irakske dinarer\n\
IRR iransk rial\n\
IRR iranska rial\n\
IRR iranske rialer\n\
IRR iranski rial\n\
IRR iranski rijal\n\
IRR iranskih rialov\n\
IRR iranskih rijala\n\
IQD irački dinar\n\
IQD iračkih dinara\n\
IQD iraški dinar\n\
IQD iraških dinarjev\n\
IQD irácký dinár\n\
IQD iráckých dinárů\n\
IRR iráni riál\n\
IRR iránsky rial\n\
IRR iránskych rialov\n\
ISK islandsk krone\n\
ISK islandska krona\n\
ISK islandska kruna\n\
ISK islandske kroner\n\
ISK islandskih kron\n\
ISK islandskih kruna\n\
ISK islandská koruna\n\
ISK islandských korun\n\
ISK islandských korún\n\
ISK isländsk krona\n\
ISK isländska kronor\n\
ILS israelisk ny shekel\n\
ILS israeliska nya shekel\n\
ISK izlandi korona\n\
ILS izraeli új sékel\n\
ILS izraelski novi šekel\n\
ILS izraelski šekel\n\
ILS izraelskih novih šekela\n\
ILS izraelskih šeklov\n\
ILS izraelský nový šekel\n\
ILS izraelský šekel\n\
ILS izraelských nových šekelů\n\
ILS izraelských šekelov\n\
JPY japansk yen\n\
JPY japanska yen\n\
JPY japanske yen\n\
JPY japanski jen\n\
JPY japanskih jena\n\
JPY japonski jen\n\
JPY japonskih jenov\n\
JPY japonský jen\n\
JPY japonských jenov\n\
JPY japonských jenů\n\
JPY japán jen\n\
JPY jen japoński\n\
JPY jena japońskiego\n\
ZAR jihoafrický rand\n\
ZAR jihoafrických randů\n\
KRW jihokorejský won\n\
KRW jihokorejských wonů\n\
JOD jordansk dinar\n\
JOD jordanska dinarer\n\
JOD jordanske dinarer\n\
JOD jordanski dinar\n\
JOD jordanskih dinara\n\
JOD jordanskih dinarjev\n\
JOD jordániai dínár\n\
JOD jordánsky dinár\n\
JOD jordánskych dinárov\n\
JOD jordánský dinár\n\
JOD jordánských dinárů\n\
CNY juan chiński\n\
CNY juana chińskiego\n\
ZAR juhoafrický rand\n\
ZAR juhoafrických randov\n\
KRW juhokórejský won\n\
KRW juhokórejských wonov\n\
ZAR južnoafrički rand\n\
ZAR južnoafričkih randa\n\
ZAR južnoafriški rand\n\
ZAR južnoafriških randov\n\
KRW južnokorejski von\n\
KRW južnokorejski won\n\
KRW južnokorejskih vona\n\
KRW južnokorejskih vonov\n\
KRW južnokorejskih wona\n\
CAD kanadai dollár\n\
CAD kanadensisk dollar\n\
CAD kanadensiska dollar\n\
CAD kanadisk dollar\n\
CAD kanadiske dollar\n\
CAD kanadski dolar\n\
CAD kanadskih dolara\n\
CAD kanadskih dolarjev\n\
CAD kanadský dolar\n\
CAD kanadský dolár\n\
CAD kanadských dolarů\n\
CAD kanadských dolárov\n\
KZT kasakhisk tenge\n\
KZT kasakhiske tenge\n\
KZT kasakhstansk tenge\n\
KZT kasakhstanske tenge\n\
QAR katari riál\n\
QAR katarski rial\n\
QAR katarski rijal\n\
QAR katarskih rialov\n\
QAR katarskih rijala\n\
QAR katarský rial\n\
QAR katarský rijál\n\
QAR katarských rialov\n\
QAR katarských rijálů\n\
KZT kazahstanski tenge\n\
KZT kazahstanskih tengea\n\
KZT kazahstanskih tengov\n\
KZT kazahsztáni tenge\n\
KZT kazakisk tenge\n\
KZT kazakiska tenge\n\
KZT kazašské tenge\n\
KZT kazašských tenge\n\
KES kenijski šiling\n\
KES kenijskih šilinga\n\
KES kenijskih šilingov\n\
KES kenský šiling\n\
KES kenských šilingov\n\
KES kenyai shilling\n\
KES kenyansk shilling\n\
KES kenyanska shilling\n\
KES kenyanske shilling\n\
KES keňský šilink\n\
KES keňských šilinků\n\
CNY kinesisk yuan\n\
CNY kinesiska yuan\n\
CNY kinesiske yuan\n\
CNY kineski juan\n\
CNY kineski yuan\n\
CNY kineskih juana\n\
CNY kineskih yuana\n\
CNY kitajski juan\n\
CNY kitajski juan renminbi\n\
CNY kitajskih juanov renminbi\n\
COP kolumbiai peso\n\
COP kolumbijski peso\n\
COP kolumbijski pezo\n\
COP kolumbijski pezos\n\
COP kolumbijskih pesov\n\
COP kolumbijskih peza\n\
COP kolumbijskih pezosa\n\
COP kolumbijské peso\n\
COP kolumbijských pes\n\
COP kolumbijských pesos\n\
CZK korona czeska\n\
DKK korona duńska\n\
ISK korona islandzka\n\
NOK korona norweska\n\
SEK korona szwedzka\n\
CZK korony czeskiej\n\
DKK korony duńskiej\n\
ISK korony islandzkiej\n\
NOK korony norweskiej\n\
SEK korony szwedzkiej\n\
CZK koruna Cộng hòa Séc\n\
CRC kostarický colón\n\
CRC kostarických colónov\n\
CRC kostarických colónů\n\
CRC kostarikanski kolon\n\
CRC kostarikanskih kolona\n\
CRC kostariški kolon\n\
CRC kostariških kolonov\n\
SEK krona Thụy Điển\n\
NOK krone Na Uy\n\
DKK krone Đan Mạch\n\
ISK króna Iceland\n\
KWD kuvaiti dínár\n\
KWD kuvajtski dinar\n\
KWD kuvajtskih dinara\n\
KWD kuvajtskih dinarjev\n\
KWD kuvajtský dinár\n\
KWD kuvajtských dinárov\n\
KWD kuvajtských dinárů\n\
KWD kuwaitisk dinar\n\
KWD kuwaitiska dinarer\n\
KWD kuwaitiske dinarer\n\
CNY kínai jüan\n\
GEL lari Georgia\n\
GEL lari georgian\n\
GEL lari georgiani\n\
GEL lari georgiano\n\
GEL lari georgieni\n\
GEL lari gruzińskie\n\
GEL lari gruzińskiego\n\
GEL lari géorgien\n\
GEL lari géorgiens\n\
GEL laris georgianos\n\
RON lei românești\n\
RON lei roumains\n\
RON lei rumeni\n\
RON lej rumuński\n\
RON leja rumuńskiego\n\
PLN lengyel zloty\n\
RON leu Romania\n\
RON leu românesc\n\
RON leu roumain\n\
RON leu rumano\n\
RON leu rumeno\n\
RON leus rumanos\n\
BGN lev Bulgaria\n\
BGN lev bulgare\n\
BGN lev bulgaro\n\
BGN leva\n\
BGN leva bulgari\n\
BGN leva búlgara\n\
BGN levas búlgaras\n\
BGN leve\n\
BGN levs bulgares\n\
BGN lew bułgarski\n\
BGN lewa bułgarskiego\n\
EGP libra egipcia\n\
GBP libra esterlina\n\
EGP libras egipcias\n\
GBP libras esterlinas\n\
TRY lira turca\n\
TRY lira turecka\n\
TRY liras turcas\n\
EGP lire egiptene\n\
GBP lire sterline\n\
TRY lire turcești\n\
TRY lire turche\n\
TRY liry tureckiej\n\
EGP liră egipteană\n\
GBP liră sterlină\n\
TRY liră turcească\n\
GBP livre sterling\n\
TRY livre turque\n\
EGP livre égyptienne\n\
GBP livres sterling\n\
TRY livres turques\n\
EGP livres égyptiennes\n\
HUF madžarski forint\n\
HUF madžarskih forintov\n\
HUF magyar forint\n\
MYR malajsijský ringgit\n\
MYR malajsijských ringgitů\n\
MYR malajziai ringgit\n\
MYR malajzijský ringgit\n\
MYR malajzijských ringgitov\n\
MYR malaysisk ringgit\n\
MYR malaysiska ringgiter\n\
MYR malaysiske ringgit\n\
MYR malezijski ringit\n\
MYR malezijskih ringita\n\
MYR malezijskih ringitov\n\
MAD marockansk dirham\n\
MAD marockanska dirhamer\n\
MAD marocký dinár\n\
MAD marocký dirham\n\
MAD marockých dinárů\n\
MAD marockých dirhamov\n\
MAD marokanski dirham\n\
MAD marokanskih dirhama\n\
MAD marokkansk dirham\n\
MAD marokkanske dirham\n\
MAD marokkói dirham\n\
MAD maroški dirham\n\
MAD maroških dirhamov\n\
HUF maďarský forint\n\
HUF maďarských forintov\n\
HUF maďarských forintů\n\
HUF mađarska forinta\n\
HUF mađarskih forinti\n\
MXN mehiški peso\n\
MXN mehiških pesov\n\
MXN meksikansk peso\n\
MXN meksikanske pesos\n\
MXN meksički pezo\n\
MXN meksički pezos\n\
MXN meksičkih peza\n\
MXN meksičkih pezosa\n\
MXN mexicansk peso\n\
MXN mexicanske pesos\n\
MXN mexické peso\n\
MXN mexických pes\n\
MXN mexických pesos\n\
MXN mexikansk peso\n\
MXN mexikanska pesos\n\
MXN mexikói peso\n\
NGN naira Nigeria\n\
NGN naira nigeriana\n\
NGN naira nigeriano\n\
NGN naira nigeriană\n\
NGN naira nigeryjska\n\
NGN naira nigérian\n\
NGN nairas nigerianos\n\
NGN nairas nigérians\n\
NGN naire nigeriane\n\
NGN naire nigeriene\n\
NGN nairy nigeryjskiej\n\
NPR nepalesisk rupee\n\
NPR nepalesisk rupie\n\
NPR nepalesiska rupier\n\
NPR nepalesiske rupees\n\
NPR nepalsk rupi\n\
NPR nepalska rupija\n\
NPR nepalske rupier\n\
NPR nepalskih rupij\n\
NPR nepalskih rupija\n\
NPR nepáli rúpia\n\
NPR nepálska rupia\n\
NPR nepálskych rupií\n\
NPR nepálská rupie\n\
NPR nepálských rupií\n\
NZD newzealandsk dollar\n\
NZD newzealandske dollar\n\
CNY nhân dân tệ\n\
NGN nigeriansk naira\n\
NGN nigerianska naira\n\
NGN nigerianske naira\n\
NGN nigerijska naira\n\
NGN nigerijskih nair\n\
NGN nigerijskih naira\n\
NGN nigerijská naira\n\
NGN nigerijských nair\n\
NGN nigériai naira\n\
NGN nigérijská naira\n\
NGN nigérijských nair\n\
NOK norsk krona\n\
NOK norsk krone\n\
NOK norska kronor\n\
NOK norske kroner\n\
NOK norská koruna\n\
NOK norských korun\n\
NOK norveška krona\n\
NOK norveška kruna\n\
NOK norveških kron\n\
NOK norveških kruna\n\
NOK norvég korona\n\
TWD nouveau dollar taïwanais\n\
ILS nouveau shekel israélien\n\
TWD nouveaux dollars taïwanais\n\
ILS nouveaux shekels israéliens\n\
ILS novi izraelski šekel\n\
TWD novi tajvanski dolar\n\
ILS novih izraelskih šekela\n\
TWD novih tajvanskih dolara\n\
TWD novih tajvanskih dolarjev\n\
TWD novotajvanski dolar\n\
TWD novotajvanskih dolara\n\
NZD novozelandski dolar\n\
NZD novozelandskih dolara\n\
NZD novozelandskih dolarjev\n\
NZD novozélandský dolar\n\
NZD novozélandský dolár\n\
NZD novozélandských dolarů\n\
NZD novozélandských dolárov\n\
TWD nový taiwanský dolár\n\
TWD nových taiwanských dolárov\n\
TWD nowego dolara tajwańskiego\n\
ILS nowego szekla izraelskiego\n\
TWD nowy dolar tajwański\n\
ILS nowy szekel izraelski\n\
TWD nuevo dólar taiwanés\n\
ILS nuevo séquel israelí\n\
TWD nuevos dólares taiwaneses\n\
ILS nuevos séqueles israelíes\n\
TWD nuovi dollari taiwanesi\n\
ILS nuovi sicli israeliani\n\
TWD nuovo dollaro taiwanese\n\
ILS nuovo siclo israeliano\n\
BYN ny belarusisk rubel\n\
ILS ny israelsk shekel\n\
TWD ny taiwansk dollar\n\
BYN nye belarusiske rubler\n\
ILS nye israelske shekel\n\
ILS nye israelske shekler\n\
TWD nye taiwanske dollar\n\
NZD nyzeeländsk dollar\n\
NZD nyzeeländska dollar\n\
NOK nórska koruna\n\
NOK nórskych korún\n\
OMR omansk rial\n\
OMR omanska rial\n\
OMR omanske rialer\n\
OMR omanski rial\n\
OMR omanski rijal\n\
OMR omanskih rialov\n\
OMR omanskih rijala\n\
OMR ománi riál\n\
OMR ománsky rial\n\
OMR ománskych rialov\n\
OMR ománský rijál\n\
OMR ománských rijálů\n\
RUB orosz rubel\n\
PKR pakistansk rupee\n\
PKR pakistansk rupi\n\
PKR pakistansk rupie\n\
PKR pakistanska rupier\n\
PKR pakistanska rupija\n\
PKR pakistanske rupee\n\
PKR pakistanske rupier\n\
PKR pakistanskih rupij\n\
PKR pakistanskih rupija\n\
PKR pakistanská rupia\n\
PKR pakistanských rupií\n\
PKR pakisztáni rúpia\n\
PYG paraguajské guarani\n\
PYG paraguajské guaraní\n\
PYG paraguajských guarani\n\
PYG paraguajských guaraní\n\
PYG paraguayansk guarani\n\
PYG paraguayanske guarani\n\
PYG paraguayi guarani\n\
PYG paraguaysk guarani\n\
PYG paraguayska guarani\n\
PYG paraguayske guarani\n\
PYG paragvajski gvarani\n\
PYG paragvajskih gvaranija\n\
PYG paragvajskih gvaranijev\n\
PEN peruansk sol\n\
PEN peruanska sol\n\
PEN peruanske sol\n\
PEN peruanske soles\n\
PEN peruanski sol\n\
PEN peruanskih sola\n\
PEN perui sol\n\
PEN perujski sol\n\
PEN perujskih solov\n\
PEN peruánsky sol\n\
PEN peruánskych solov\n\
PEN peruánský sol\n\
PEN peruánských solů\n\
ARS peso Argentina\n\
CLP peso Chile\n\
COP peso Colombia\n\
DOP peso Dominica\n\
MXN peso Mexico\n\
PHP peso Philipin\n\
UYU peso Uruguay\n\
ARS peso argentin\n\
ARS peso argentinian\n\
ARS peso argentino\n\
ARS peso argentyńskie\n\
ARS peso argentyńskiego\n\
CLP peso chileno\n\
CLP peso chilian\n\
CLP peso chilien\n\
CLP peso chilijskie\n\
CLP peso chilijskiego\n\
CLP peso cileno\n\
COP peso colombiano\n\
COP peso colombien\n\
COP peso columbian\n\
DOP peso dominicain\n\
DOP peso dominican\n\
DOP peso dominicano\n\
DOP peso dominikańskie\n\
DOP peso dominikańskiego\n\
PHP peso filipinez\n\
PHP peso filipino\n\
PHP peso filipińskie\n\
PHP peso filipińskiego\n\
PHP peso filippino\n\
COP peso kolumbijskie\n\
COP peso kolumbijskiego\n\
MXN peso meksykańskie\n\
MXN peso meksykańskiego\n\
MXN peso messicano\n\
MXN peso mexicain\n\
MXN peso mexican\n\
MXN peso mexicano\n\
PHP peso philippin\n\
UYU peso uruguayan\n\
UYU peso uruguayano\n\
UYU peso uruguayen\n\
UYU peso uruguayo\n\
UYU peso urugwajskie\n\
UYU peso urugwajskiego\n\
ARS pesos argentini\n\
ARS pesos argentinieni\n\
ARS pesos argentinos\n\
ARS pesos argentins\n\
CLP pesos chilenos\n\
CLP pesos chilieni\n\
CLP pesos chiliens\n\
CLP pesos cileni\n\
COP pesos colombiani\n\
COP pesos colombianos\n\
COP pesos colombiens\n\
COP pesos columbieni\n\
DOP pesos dominicains\n\
DOP pesos dominicani\n\
DOP pesos dominicanos\n\
PHP pesos filipinezi\n\
PHP pesos filipinos\n\
PHP pesos filippini\n\
MXN pesos messicani\n\
MXN pesos mexicains\n\
MXN pesos mexicani\n\
MXN pesos mexicanos\n\
PHP pesos philippins\n\
UYU pesos uruguayani\n\
UYU pesos uruguayeni\n\
UYU pesos uruguayens\n\
UYU pesos uruguayos\n\
PLN poljska zlota\n\
PLN poljski zlot\n\
PLN poljskih zlota\n\
PLN poljskih zlotov\n\
PLN polsk zloty\n\
PLN polska zloty\n\
PLN polske zloty\n\
PLN polský zlotý\n\
PLN polských zlotých\n\
PLN poľský zlotý\n\
PLN poľských zlotých\n\
PKR pákistánská rupie\n\
PKR pákistánských rupií\n\
QAR qatarisk rial\n\
QAR qatariska rial\n\
QAR qatarsk rial\n\
QAR qatarske rial\n\
QAR qatarske rialer\n\
GTQ quetzal Guatemala\n\
GTQ quetzal guatemalez\n\
GTQ quetzal guatemaltechi\n\
GTQ quetzal guatemalteco\n\
GTQ quetzal guatémaltèque\n\
GTQ quetzal gwatemalski\n\
GTQ quetzala gwatemalskiego\n\
GTQ quetzales guatemaltecos\n\
GTQ quetzali guatemalezi\n\
GTQ quetzals guatémaltèques\n\
ZAR rand Nam Phi\n\
ZAR rand południowoafrykański\n\
ZAR rand sud-africain\n\
ZAR rand sud-african\n\
ZAR rand sudafricani\n\
ZAR rand sudafricano\n\
ZAR randa południowoafrykańskiego\n\
ZAR rands sud-africains\n\
ZAR rands sudafricanos\n\
ZAR ranzi sud-africani\n\
BRL real\n\
BRL real Braxin\n\
BRL real brasileño\n\
BRL real brasiliani\n\
BRL real brasiliano\n\
BRL real brazylijski\n\
BRL reala brazylijskiego\n\
BRL reales brasileños\n\
BRL reali\n\
OMR rial Oman\n\
QAR rial Qatar\n\
QAR rial catarí\n\
IRR rial iranian\n\
IRR rial iraniani\n\
IRR rial iraniano\n\
IRR rial iraní\n\
IRR rial irański\n\
QAR rial katarski\n\
OMR rial omanez\n\
OMR rial omanita\n\
OMR rial omaniti\n\
OMR rial omaní\n\
OMR rial omański\n\
QAR rial qatarian\n\
QAR rial qatariani\n\
QAR rial qatariano\n\
SAR rial saudit\n\
SAR rial saudyjski\n\
SAR rial saudí\n\
IRR riala irańskiego\n\
QAR riala katarskiego\n\
OMR riala omańskiego\n\
SAR riala saudyjskiego\n\
QAR riales cataríes\n\
IRR riales iraníes\n\
OMR riales omaníes\n\
SAR riales saudíes\n\
IRR riali iranieni\n\
OMR riali omanezi\n\
QAR riali qatarieni\n\
SAR riali saudiți\n\
MYR ringgit Malaysia\n\
MYR ringgit malaiezian\n\
MYR ringgit malaiezieni\n\
MYR ringgit malais\n\
MYR ringgit malese\n\
MYR ringgit malesi\n\
MYR ringgit malezyjski\n\
MYR ringgita malezyjskiego\n\
MYR ringgits malais\n\
MYR ringit malasio\n\
MYR ringits malasios\n\
IRR riyal iranien\n\
OMR riyal omanais\n\
QAR riyal qatari\n\
SAR riyal saoudien\n\
SAR riyal saudita\n\
SAR riyal sauditi\n\
SAR riyal Ả Rập Xê-út\n\
IRR riyals iraniens\n\
OMR riyals omanis\n\
QAR riyals qataris\n\
SAR riyals saoudiens\n\
RON romunski lev\n\
RON romunskih levov\n\
RON román lej\n\
BYN rouble biélorusse\n\
RUB rouble russe\n\
BYN roubles biélorusses\n\
RUB roubles russes\n\
INR roupie indienne\n\
IDR roupie indonésienne\n\
NPR roupie népalaise\n\
PKR roupie pakistanaise\n\
LKR roupie srilankaise\n\
INR roupies indiennes\n\
IDR roupies indonésiennes\n\
NPR roupies népalaises\n\
PKR roupies pakistanaises\n\
LKR roupies srilankaises\n\
BYN rubel białoruski\n\
RUB rubel rosyjski\n\
BYN rubla białoruskiego\n\
RUB rubla rosyjskiego\n\
BYN ruble belaruse\n\
RUB ruble rusești\n\
BYN rubli bielorussi\n\
RUB rubli russi\n\
BYN rublo bielorruso\n\
BYN rublo bielorusso\n\
RUB rublo ruso\n\
RUB rublo russo\n\
BYN rublos bielorrusos\n\
RUB rublos rusos\n\
BYN rublă belarusă\n\
RUB rublă rusească\n\
RON rumensk leu\n\
RON rumenske lei\n\
RON rumenske leu\n\
RON rumunjski lej\n\
RON rumunjskih leja\n\
RON rumunski lej\n\
RON rumunskih leja\n\
RON rumunský lei\n\
RON rumunský leu\n\
RON rumunských lei\n\
RON rumänsk leu\n\
RON rumänska lei\n\
RON rumænsk leu\n\
RON rumænske lei\n\
LKR rupia di Sri Lanka\n\
LKR rupia esrilanquesa\n\
INR rupia india\n\
INR rupia indiana\n\
IDR rupia indonesia\n\
IDR rupia indonesiana\n\
IDR rupia indonezyjska\n\
INR rupia indyjska\n\
LKR rupia lankijska\n\
NPR rupia nepalese\n\
NPR rupia nepalska\n\
NPR rupia nepalí\n\
PKR rupia pakistana\n\
PKR rupia pakistaní\n\
PKR rupia pakistańska\n\
IDR rupiah Indonesia\n\
LKR rupias esrilanquesas\n\
INR rupias indias\n\
IDR rupias indonesias\n\
NPR rupias nepalíes\n\
PKR rupias pakistaníes\n\
LKR rupie di Sri Lanka\n\
INR rupie indiane\n\
INR rupie indiană\n\
IDR rupie indonesiane\n\
IDR rupie indoneziană\n\
NPR rupie nepalesi\n\
NPR rupie nepaleză\n\
PKR rupie pakistane\n\
PKR rupie pakistaneză\n\
LKR rupie srilankeză\n\
INR rupii indiene\n\
IDR rupii indoneziene\n\
IDR rupii indonezyjskiej\n\
INR rupii indyjskiej\n\
LKR rupii lankijskiej\n\
NPR rupii nepaleze\n\
NPR rupii nepalskiej\n\
PKR rupii pakistaneze\n\
PKR rupii pakistańskiej\n\
LKR rupii srilankeze\n\
RUB ruska rublja\n\
RUB ruski rubalj\n\
RUB ruski rubelj\n\
RUB ruskih rubalja\n\
RUB ruskih rubljev\n\
RUB ruskih rublji\n\
RUB ruský rubeľ\n\
RUB ruský rubl\n\
RUB ruských rublů\n\
RUB ruských rubľov\n\
RUB russisk rubel\n\
RUB russiske rubler\n\
RUB rysk rubel\n\
RUB ryska rubel\n\
BRL réal brésilien\n\
BRL réals brésiliens\n\
BYN rúp Belarus\n\
RUB rúp Nga\n\
SAR saudiarabisk riyal\n\
SAR saudiarabiske riyal\n\
SAR saudiarabiske riyaler\n\
SAR saudijski rijal\n\
SAR saudijskih rijala\n\
SAR saudisk riyal\n\
SAR saudiska riyal\n\
SAR saudski rial\n\
SAR saudskih rialov\n\
SAR saudskoarabský rial\n\
SAR saudskoarabských rialov\n\
SAR saúdský rijál\n\
SAR saúdských rijálů\n\
KES scellini kenioti\n\
KES scellino keniota\n\
CHF schweizerfranc\n\
CHF schweizisk franc\n\
CHF schweiziska franc\n\
RSD serbisk dinar\n\
RSD serbiska dinarer\n\
RSD serbiske dinarer\n\
ILS shekel israelian nou\n\
ILS shekeli israelieni noi\n\
ILS sheqel Israel mới\n\
KES shilling Kenya\n\
KES shilling kényan\n\
KES shillings kényans\n\
SGD singaporeansk dollar\n\
SGD singaporeanske dollar\n\
SGD singaporiansk dollar\n\
SGD singaporianska dollar\n\
SGD singaporsk dollar\n\
SGD singaporske dollar\n\
SGD singapurski dolar\n\
SGD singapurskih dolara\n\
SGD singapurskih dolarjev\n\
SGD singapurský dolar\n\
SGD singapurský dolár\n\
SGD singapurských dolarů\n\
SGD singapurských dolárov\n\
PEN sol\n\
PEN sol Peru\n\
PEN sol peruano\n\
PEN sol peruviani\n\
PEN sol peruviano\n\
PEN sol peruwiański\n\
PEN sol péruvien\n\
PEN sola peruwiańskiego\n\
PEN soles peruanos\n\
PEN soli\n\
PEN sols péruviens\n\
RSD srbski dinar\n\
RSD srbskih dinarjev\n\
RSD srbský dinár\n\
RSD srbských dinárov\n\
RSD srbských dinárů\n\
LKR srilankansk rupee\n\
LKR srilankanske rupee\n\
LKR srilankesisk rupie\n\
LKR srilankesiska rupier\n\
LKR srilankisk rupi\n\
LKR srilankiske rupier\n\
RSD srpski dinar\n\
RSD srpskih dinara\n\
LKR srílanská rupia\n\
LKR srílanská rupie\n\
LKR srílanských rupií\n\
GBP sterlina britannica\n\
EGP sterlina egiziana\n\
GBP sterline britanniche\n\
EGP sterline egiziane\n\
CHF sveitsisk franc\n\
CHF sveitsiske franc\n\
SEK svensk krona\n\
SEK svensk krone\n\
SEK svenska kronor\n\
SEK svenske kroner\n\
CHF svájci frank\n\
SEK svéd korona\n\
ZAR sydafrikansk rand\n\
ZAR sydafrikanska rand\n\
ZAR sydafrikanske rand\n\
KRW sydkoreansk won\n\
KRW sydkoreanska won\n\
KRW sydkoreanske won\n\
SAR szaúdi riál\n\
RSD szerb dinár\n\
SGD szingapúri dollár\n\
KES szyling kenijski\n\
KES szylinga kenijskiego\n\
ZAR sørafrikansk rand\n\
ZAR sørafrikanske rand\n\
KRW sørkoreansk won\n\
KRW sørkoreanske won\n\
TWD taiwanesisk dollar\n\
TWD taiwanesiska dollar\n\
THB tajlandski baht\n\
THB tajlandski bat\n\
THB tajlandskih bahta\n\
THB tajlandskih bata\n\
THB tajski baht\n\
THB tajskih bahtov\n\
TWD tajvani új dollár\n\
BDT taka bangladese\n\
BDT taka bangladeshi\n\
BDT taka bangladesí\n\
BDT taka bengalese\n\
BDT taka bengalesi\n\
BDT taka bengalska\n\
BDT taka bengalskiej\n\
BDT taka din Bangladesh\n\
BDT takas bangladeshis\n\
BDT takas bangladesíes\n\
TWD tchajwanský dolar\n\
TWD tchajwanských dolarů\n\
KZT tenge Kazakhstan\n\
KZT tenge kazachskie\n\
KZT tenge kazachskiego\n\
KZT tenge kazahe\n\
KZT tenge kazahă\n\
KZT tenge kazakh\n\
KZT tenge kazaki\n\
KZT tenge kazako\n\
KZT tenges kazakhs\n\
KZT tengue kazajo\n\
KZT tengues kazajos\n\
THB thai baht\n\
THB thailandsk baht\n\
THB thailandske baht\n\
THB thailändsk baht\n\
THB thailändska baht\n\
THB thajský baht\n\
THB thajských bahtov\n\
THB thajských bahtů\n\
CZK tjeckisk koruna\n\
CZK tjeckiska koruna\n\
CZK tjekkisk koruna\n\
CZK tjekkiske korunaer\n\
CZK tsjekkisk koruna\n\
CZK tsjekkiske koruna\n\
TND tunesisk dinar\n\
TND tunesiske dinarer\n\
TND tunisisk dinar\n\
TND tunisiska dinarer\n\
TND tunisiske dinarer\n\
TND tuniski dinar\n\
TND tuniskih dinara\n\
TND tuniský dinár\n\
TND tuniských dinárov\n\
TND tuniských dinárů\n\
TND tunizijski dinar\n\
TND tunizijskih dinarjev\n\
TND tunéziai dínár\n\
TRY turecká lira\n\
TRY turecká líra\n\
TRY tureckých lir\n\
TRY tureckých lír\n\
TRY turkisk lira\n\
TRY turkiska lira\n\
TRY turska lira\n\
TRY turskih lira\n\
TRY turška lira\n\
TRY turških lir\n\
TRY tyrkisk lira\n\
TRY tyrkisk lire\n\
TRY tyrkiske lira\n\
TRY tyrkiske lire\n\
TRY török líra\n\
UAH ukrainsk grynia\n\
UAH ukrainsk hryvnia\n\
UAH ukrainska hryvnia\n\
UAH ukrainske grynia\n\
UAH ukrainske hryvnia\n\
UAH ukrajinska grivna\n\
UAH ukrajinska hrivnja\n\
UAH ukrajinskih grivn\n\
UAH ukrajinskih hrivnji\n\
UAH ukrajinská hrivna\n\
UAH ukrajinská hřivna\n\
UAH ukrajinských hrivien\n\
UAH ukrajinských hřiven\n\
UAH ukrán hrivnya\n\
HUF ungarsk forint\n\
HUF ungarske forinter\n\
HUF ungersk forint\n\
HUF ungerska forinter\n\
UYU uruguajské peso\n\
UYU uruguajských pesos\n\
UYU uruguayansk peso\n\
UYU uruguayanska pesos\n\
UYU uruguayanske pesos\n\
UYU uruguayi peso\n\
UYU uruguayské peso\n\
UYU uruguayských pes\n\
UYU uruguyansk peso\n\
UYU urugvajski peso\n\
UYU urugvajski pezo\n\
UYU urugvajski pezos\n\
UYU urugvajskih pesov\n\
UYU urugvajskih pezosa\n\
TWD uus Taiwani dollar\n\
TWD uut Taiwani dollarit\n\
VND vietnamesisk dong\n\
VND vietnamesiska dong\n\
VND vietnamesiske dong\n\
VND vietnamski dong\n\
VND vietnamskih dongov\n\
VND vietnamský dong\n\
VND vietnamských dongov\n\
VND vietnamských dongů\n\
VND vietnámi dong\n\
VND vijetnamski dong\n\
VND vijetnamskih donga\n\
KRW won Hàn Quốc\n\
KRW won południowokoreański\n\
KRW won sud-coreean\n\
KRW won sud-coréen\n\
KRW won sudcoreani\n\
KRW won sudcoreano\n\
KRW won surcoreano\n\
KRW wona południowokoreańskiego\n\
KRW woni sud-coreeni\n\
KRW wons sud-coréens\n\
KRW wons surcoreanos\n\
JPY yen giapponese\n\
JPY yen giapponesi\n\
JPY yen japonais\n\
JPY yen japonez\n\
JPY yen japonés\n\
JPY yenes japoneses\n\
JPY yeni japonezi\n\
JPY yens japonais\n\
CNY yuan chinezesc\n\
CNY yuan cinese\n\
CNY yuan cinesi\n\
CNY yuan renminbi\n\
CNY yuan renminbi chinois\n\
CNY yuanes renminbi\n\
CNY yuani chinezești\n\
CNY yuans renminbi chinois\n\
JPY yên Nhật\n\
PLN zlot\n\
PLN zloty Ba Lan\n\
PLN zloty polacchi\n\
PLN zloty polacco\n\
PLN zloty polonais\n\
PLN zlotys polonais\n\
PLN zloți\n\
PLN złotego polskiego\n\
PLN złoty polski\n\
EGP Ägyptische Pfund\n\
EGP Ägyptisches Pfund\n\
CZK Çek korunası\n\
CNY Çin yuanı\n\
JOD Ürdün dinarı\n\
IRR íránský rijál\n\
IRR íránských rijálů\n\
NZD új-zélandi dollár\n\
CZK Čehijas krona\n\
CZK Čehijas kronas\n\
CZK Čekijos krona\n\
CZK Čekijos kronų\n\
CLP Čilės pesas\n\
CLP Čilės pesų\n\
CLP Čīles peso\n\
CZK česká koruna\n\
CZK českých korun\n\
CZK českých korún\n\
CZK češka krona\n\
CZK češka kruna\n\
CZK čeških kron\n\
CZK čeških kruna\n\
CLP čileanski pezo\n\
CLP čileanski pezos\n\
CLP čileanskih peza\n\
CLP čileanskih pezosa\n\
CLP čilski peso\n\
CLP čilskih pesov\n\
CLP čilské peso\n\
CLP čilských pesos\n\
CNY čínsky jüan\n\
CNY čínskych jüanov\n\
CNY čínský jüan\n\
CNY čínských jüanů\n\
AUD Đô la Australia\n\
CAD Đô la Canada\n\
HKD Đô la Hồng Kông\n\
USD Đô la Mỹ\n\
NZD Đô la New Zealand\n\
SGD Đô la Singapore\n\
TWD Đô la Đài Loan mới\n\
VND Đồng Việt Nam\n\
CAD đô la Canada\n\
HKD đô la Hồng Kông\n\
USD đô la Mỹ\n\
NZD đô la New Zealand\n\
SGD đô la Singapore\n\
TWD đô la Đài Loan mới\n\
VND đồng Việt Nam\n\
EGP Ēģiptes mārciņa\n\
EGP Ēģiptes mārciņas\n\
GBP İngiliz sterlini\n\
IRR İran riyali\n\
SEK İsveç kronu\n\
CHF İsviçre frangı\n\
ISK İzlanda kronu\n\
CNY Ķīnas juaņi\n\
CNY Ķīnas juaņs\n\
CLP Şili pesosu\n\
LKR Šri Lankos rupija\n\
LKR Šri Lankos rupijų\n\
LKR Šrilankas rūpija\n\
LKR Šrilankas rūpijas\n\
SEK Švedijos krona\n\
SEK Švedijos kronų\n\
CHF Šveicarijos frankas\n\
CHF Šveicarijos frankų\n\
CHF Šveices franki\n\
CHF Šveices franks\n\
CHF Šveitsi frank\n\
CHF Šveitsi franki\n\
LKR šrilankanska rupija\n\
LKR šrilankanskih rupija\n\
LKR šrilančanska rupija\n\
LKR šrilančanskih rupija\n\
LKR šrilanška rupija\n\
LKR šrilanških rupij\n\
CHF švajcarski franak\n\
CHF švajcarskih franaka\n\
CHF švajčiarsky frank\n\
CHF švajčiarskych frankov\n\
SEK švedska krona\n\
SEK švedska kruna\n\
SEK švedskih kron\n\
SEK švedskih kruna\n\
CHF švicarski franak\n\
CHF švicarski frank\n\
CHF švicarskih franaka\n\
CHF švicarskih frankov\n\
SEK švédska koruna\n\
SEK švédskych korún\n\
SEK švédská koruna\n\
SEK švédských korun\n\
CHF švýcarský frank\n\
CHF švýcarských franků\n\
KES șiling kenyan\n\
KES șilingi kenyeni\n\
JPY Γιεν Ιαπωνίας\n\
PYG Γκουαρανί Παραγουάης\n\
CNY Γουάν Κίνας\n\
KRW Γουόν Νότιας Κορέας\n\
UAH Γρίβνα Ουκρανίας\n\
DZD Δηνάριο Αλγερίας\n\
JOD Δηνάριο Ιορδανίας\n\
IQD Δηνάριο Ιράκ\n\
KWD Δηνάριο Κουβέιτ\n\
BHD Δηνάριο Μπαχρέιν\n\
RSD Δηνάριο Σερβίας\n\
TND Δηνάριο Τυνησίας\n\
AUD Δολάριο Αυστραλίας\n\
USD Δολάριο ΗΠΑ\n\
CAD Δολάριο Καναδά\n\
NZD Δολάριο Νέας Ζηλανδίας\n\
SGD Δολάριο Σιγκαπούρης\n\
HKD Δολάριο Χονγκ Κονγκ\n\
EUR Ευρώ\n\
PLN Ζλότι Πολωνίας\n\
CRC Κολόν Κόστα Ρίκα\n\
DKK Κορόνα Δανίας\n\
ISK Κορόνα Ισλανδίας\n\
NOK Κορόνα Νορβηγίας\n\
SEK Κορόνα Σουηδίας\n\
CZK Κορόνα Τσεχίας\n\
GTQ Κουετσάλ Γουατεμάλας\n\
GEL Λάρι Γεωργίας\n\
RON Λέου Ρουμανίας\n\
EGP Λίρα Αιγύπτου\n\
GBP Λίρα Στερλίνα Βρετανίας\n\
TRY Λίρα Τουρκίας\n\
BGN Λεβ Βουλγαρίας\n\
THB Μπατ Ταϊλάνδης\n\
BOB Μπολιβιάνο Βολιβίας\n\
NGN Νάιρα Νιγηρίας\n\
ILS Νέο Σέκελ Ισραήλ\n\
TWD Νέο δολάριο Ταϊβάν\n\
AED Ντιράμ Ηνωμένων Αραβικών Εμιράτων\n\
MAD Ντιράμ Μαρόκου\n\
VND Ντονγκ Βιετνάμ\n\
ARS Πέσο Αργεντινής\n\
DOP Πέσο Δομινικανής Δημοκρατίας\n\
COP Πέσο Κολομβίας\n\
MXN Πέσο Μεξικού\n\
UYU Πέσο Ουρουγουάης\n\
PHP Πέσο Φιλιππίνων\n\
CLP Πέσο Χιλής\n\
ZAR Ραντ Νότιας Αφρικής\n\
BRL Ρεάλ Βραζιλίας\n\
IRR Ριάλ Ιράν\n\
QAR Ριάλ Κατάρ\n\
OMR Ριάλ Ομάν\n\
SAR Ριάλ Σαουδικής Αραβίας\n\
MYR Ρινγκίτ Μαλαισίας\n\
INR Ρουπία Ινδίας\n\
IDR Ρουπία Ινδονησίας\n\
NPR Ρουπία Νεπάλ\n\
PKR Ρουπία Πακιστάν\n\
LKR Ρουπία Σρι Λάνκα\n\
BYN Ρούβλι Λευκορωσίας\n\
RUB Ρούβλι Ρωσίας\n\
GHS Σέντι Γκάνας\n\
KES Σελίνι Κένυας\n\
PEN Σολ Περού\n\
BDT Τάκα Μπαγκλαντές\n\
KZT Τένγκε Καζακστάν\n\
HUF Φιορίνι Ουγγαρίας\n\
CHF Φράγκο Ελβετίας\n\
JPY γιεν Ιαπωνίας\n\
PYG γκουαρανί Παραγουάης\n\
CNY γουάν Κίνας\n\
KRW γουόν Νότιας Κορέας\n\
UAH γρίβνα Ουκρανίας\n\
DZD δηνάρια Αλγερίας\n\
JOD δηνάρια Ιορδανίας\n\
IQD δηνάρια Ιράκ\n\
KWD δηνάρια Κουβέιτ\n\
BHD δηνάρια Μπαχρέιν\n\
RSD δηνάρια Σερβίας\n\
TND δηνάρια Τυνησίας\n\
DZD δηνάριο Αλγερίας\n\
JOD δηνάριο Ιορδανίας\n\
IQD δηνάριο Ιράκ\n\
KWD δηνάριο Κουβέιτ\n\
BHD δηνάριο Μπαχρέιν\n\
RSD δηνάριο Σερβίας\n\
TND δηνάριο Τυνησίας\n\
AUD δολάρια Αυστραλίας\n\
USD δολάρια ΗΠΑ\n\
CAD δολάρια Καναδά\n\
NZD δολάρια Νέας Ζηλανδίας\n\
SGD δολάρια Σιγκαπούρης\n\
HKD δολάρια Χονγκ Κονγκ\n\
AUD δολάριο Αυστραλίας\n\
USD δολάριο ΗΠΑ\n\
CAD δολάριο Καναδά\n\
NZD δολάριο Νέας Ζηλανδίας\n\
SGD δολάριο Σιγκαπούρης\n\
HKD δολάριο Χονγκ Κονγκ\n\
EUR ευρώ\n\
PLN ζλότι Πολωνίας\n\
CRC κολόν Κόστα Ρίκα\n\
DKK κορόνα Δανίας\n\
ISK κορόνα Ισλανδίας\n\
NOK κορόνα Νορβηγίας\n\
SEK κορόνα Σουηδίας\n\
CZK κορόνα Τσεχίας\n\
DKK κορόνες Δανίας\n\
ISK κορόνες Ισλανδίας\n\
NOK κορόνες Νορβηγίας\n\
SEK κορόνες Σουηδίας\n\
CZK κορόνες Τσεχίας\n\
GTQ κουετσάλ Γουατεμάλας\n\
GEL λάρι Γεωργίας\n\
RON λέου Ρουμανίας\n\
EGP λίρα Αιγύπτου\n\
TRY λίρα Τουρκίας\n\
GBP λίρα στερλίνα Βρετανίας\n\
EGP λίρες Αιγύπτου\n\
TRY λίρες Τουρκίας\n\
GBP λίρες στερλίνες Βρετανίας\n\
BGN λεβ Βουλγαρίας\n\
THB μπατ Ταϊλάνδης\n\
BOB μπολιβιάνο Βολιβίας\n\
NGN νάιρα Νιγηρίας\n\
TWD νέα δολάρια Ταϊβάν\n\
ILS νέα σέκελ Ισραήλ\n\
TWD νέο δολάριο Ταϊβάν\n\
ILS νέο σέκελ Ισραήλ\n\
AED ντιράμ Ηνωμένων Αραβικών Εμιράτων\n\
MAD ντιράμ Μαρόκου\n\
VND ντονγκ Βιετνάμ\n\
ARS πέσο Αργεντινής\n\
DOP πέσο Δομινικανής Δημοκρατίας\n\
COP πέσο Κολομβίας\n\
MXN πέσο Μεξικού\n\
UYU πέσο Ουρουγουάης\n\
PHP πέσο Φιλιππίνων\n\
CLP πέσο Χιλής\n\
ZAR ραντ Νότιας Αφρικής\n\
BRL ρεάλ Βραζιλίας\n\
IRR ριάλ Ιράν\n\
QAR ριάλ Κατάρ\n\
OMR ριάλ Ομάν\n\
SAR ριάλ Σαουδικής Αραβίας\n\
MYR ρινγκίτ Μαλαισίας\n\
INR ρουπία Ινδίας\n\
IDR ρουπία Ινδονησίας\n\
NPR ρουπία Νεπάλ\n\
PKR ρουπία Πακιστάν\n\
LKR ρουπία Σρι Λάνκα\n\
INR ρουπίες Ινδίας\n\
NPR ρουπίες Νεπάλ\n\
PKR ρουπίες Πακιστάν\n\
LKR ρουπίες Σρι Λάνκα\n\
BYN ρούβλι Λευκορωσίας\n\
RUB ρούβλι Ρωσίας\n\
BYN ρούβλια Λευκορωσίας\n\
RUB ρούβλια Ρωσίας\n\
GHS σέντι Γκάνας\n\
KES σελίνι Κένυας\n\
KES σελίνια Κένυας\n\
PEN σολ Περού\n\
BDT τάκα Μπαγκλαντές\n\
KZT τένγκε Καζακστάν\n\
HUF φιορίνι Ουγγαρίας\n\
HUF φιορίνια Ουγγαρίας\n\
CHF φράγκα Ελβετίας\n\
CHF φράγκο Ελβετίας\n\
AUD Австралийски долар\n\
DZD Алжирски динар\n\
ARS Аржентинско песо\n\
BDT Бангладешка така\n\
BHD Бахрейнски динар\n\
BYN Беларуска рубла\n\
BOB Боливийско боливиано\n\
BRL Бразилски реал\n\
GBP Британска лира\n\
BGN Български лев\n\
VND Виетнамски донг\n\
GHS Ганайско седи\n\
GTQ Гватемалски кетцал\n\
GEL Грузински лари\n\
DKK Датска крона\n\
AED Дирхам на Обединените арабски емирства\n\
DOP Доминиканско песо\n\
EUR Евро\n\
EGP Египетска лира\n\
ILS Израелски нов шекел\n\
INR Индийска рупия\n\
IDR Индонезийска рупия\n\
IQD Иракски динар\n\
IRR Ирански риал\n\
ISK Исландска крона\n\
JOD Йордански динар\n\
KZT Казахстанско тенге\n\
CAD Канадски долар\n\
QAR Катарски риал\n\
KES Кенийски шилинг\n\
CNY Китайски юан\n\
COP Колумбийско песо\n\
CRC Костарикански колон\n\
KWD Кувейтски динар\n\
MYR Малайзийски рингит\n\
MAD Марокански дирхам\n\
MXN Мексиканско песо\n\
NPR Непалска рупия\n\
NGN Нигерийска найра\n\
NZD Новозеландски долар\n\
NOK Норвежка крона\n\
OMR Омански риал\n\
PKR Пакистанска рупия\n\
PYG Парагвайско гуарани\n\
PEN Перуански сол\n\
PLN Полска злота\n\
RON Румънска лея\n\
RUB Руска рубла\n\
SGD Сингапурски долар\n\
RSD Сръбски динар\n\
TWD Тайвански долар\n\
THB Тайландски бат\n\
TND Тунизийски динар\n\
TRY Турска лира\n\
UAH Украинска гривня\n\
HUF Унгарски форинт\n\
UYU Уругвайско песо\n\
PHP Филипинско песо\n\
HKD Хонконгски долар\n\
CZK Чешка крона\n\
CLP Чилийско песо\n\
SEK Шведска крона\n\
CHF Швейцарски франк\n\
LKR Шриланкска рупия\n\
USD Щатски долар\n\
ZAR Южноафрикански ранд\n\
KRW Южнокорейски вон\n\
JPY Японска йена\n\
AUD австралийски долар\n\
AUD австралийски долара\n\
AUD австралийский доллар\n\
AUD австралийского доллара\n\
AUD австралійський долар\n\
AUD австралійського долара\n\
DZD алжирски динар\n\
DZD алжирски динара\n\
DZD алжирский динар\n\
DZD алжирских динара\n\
DZD алжирского динара\n\
DZD алжирський динар\n\
DZD алжирського динара\n\
USD амерички долар\n\
USD америчких долара\n\
GBP англійський фунт\n\
GBP англійського фунта\n\
ARS аргентински пезос\n\
ARS аргентинский песо\n\
ARS аргентинских пезоса\n\
ARS аргентинского песо\n\
ARS аргентинський песо\n\
ARS аргентинського песо\n\
ARS аржентински песо\n\
ARS аржентинско песо\n\
AUD аустралијски долар\n\
AUD аустралијских долара\n\
BDT бангладеська така\n\
BDT бангладеської таки\n\
BDT бангладешка така\n\
BDT бангладешки таки\n\
BDT бангладешких така\n\
BDT бангладешская така\n\
BDT бангладешской таки\n\
BHD бахреински динар\n\
BHD бахреинских динара\n\
BHD бахрейнски динар\n\
BHD бахрейнски динара\n\
BHD бахрейнский динар\n\
BHD бахрейнского динара\n\
BHD бахрейнський динар\n\
BHD бахрейнського динара\n\
BYN беларуска рубла\n\
BYN беларуски рубли\n\
BYN белоруска рубља\n\
BYN белоруских рубљи\n\
BYN белорусский рубль\n\
BYN белорусского рубля\n\
BGN болгарский лев\n\
BGN болгарского лева\n\
BGN болгарський лев\n\
BGN болгарського лева\n\
BOB боливийски боливиано\n\
BOB боливийский боливиано\n\
BOB боливийско боливиано\n\
BOB боливийского боливиано\n\
BOB боливијски боливијано\n\
BOB боливијских боливијана\n\
BOB болівійський болівіано\n\
BOB болівійського болівіано\n\
BRL бразилски реал\n\
BRL бразилски реала\n\
BRL бразилских реала\n\
BRL бразильский реал\n\
BRL бразильского реала\n\
BRL бразильський реал\n\
BRL бразильського реала\n\
GBP британска лира\n\
GBP британска фунта\n\
GBP британски лири\n\
GBP британский фунт стерлингов\n\
GBP британских фунти\n\
GBP британского фунта стерлингов\n\
BGN бугарски лев\n\
BGN бугарских лева\n\
BGN български лев\n\
BGN български лева\n\
BYN білоруський рубль\n\
BYN білоруського рубля\n\
VND вʼєтнамський донг\n\
VND вʼєтнамського донга\n\
HUF венгерский форинт\n\
HUF венгерского форинта\n\
VND виетнамски донг\n\
VND виетнамски донга\n\
VND вијетнамски донг\n\
VND вијетнамских донга\n\
VND вьетнамский донг\n\
VND вьетнамского донга\n\
GHS ганайски седи\n\
GHS ганайско седи\n\
GHS гански седи\n\
GHS ганский седи\n\
GHS ганских седија\n\
GHS ганского седи\n\
GHS ганський седі\n\
GHS ганського седі\n\
GTQ гватемалски кетцал\n\
GTQ гватемалски кетцала\n\
GTQ гватемалски кецал\n\
GTQ гватемалских кецала\n\
GTQ гватемальский кетсаль\n\
GTQ гватемальского кетсаля\n\
GTQ гватемальський кетсаль\n\
GTQ гватемальського кетсаля\n\
HKD гонконгский доллар\n\
HKD гонконгского доллара\n\
HKD гонконгський долар\n\
HKD гонконгського долара\n\
GEL грузински лари\n\
GEL грузинский лари\n\
GEL грузинского лари\n\
GEL грузинський ларі\n\
GEL грузинського ларі\n\
GEL грузијски лари\n\
GEL грузијских ларија\n\
DKK данска круна\n\
DKK данских круна\n\
DKK данська крона\n\
DKK данської крони\n\
DKK датска крона\n\
DKK датская крона\n\
DKK датски крони\n\
DKK датской кроны\n\
AED дирхам ОАЕ\n\
AED дирхам ОАЭ\n\
AED дирхам УАЕ\n\
AED дирхам на Обединените арабски емирства\n\
AED дирхама ОАЕ\n\
AED дирхама ОАЭ\n\
AED дирхама УАЕ\n\
AED дирхама на Обединените арабски емирства\n\
USD долар США\n\
USD долара США\n\
USD доллар США\n\
USD доллара США\n\
DOP доминикански пезос\n\
DOP доминикански песо\n\
DOP доминиканский песо\n\
DOP доминиканских пезоса\n\
DOP доминиканско песо\n\
DOP доминиканского песо\n\
DOP домініканський песо\n\
DOP домініканського песо\n\
EUR евра\n\
EUR евро\n\
EGP египатска фунта\n\
EGP египатских фунти\n\
EGP египетска лира\n\
EGP египетски лири\n\
EGP египетский фунт\n\
EGP египетского фунта\n\
ILS израелски нов шекел\n\
ILS израелски нови шекел\n\
ILS израелски нови шекела\n\
ILS израелских нових шекела\n\
INR индийска рупия\n\
INR индийская рупия\n\
INR индийски рупии\n\
INR индийской рупии\n\
INR индијска рупија\n\
INR индијских рупија\n\
IDR индонежанска рупија\n\
IDR индонежанских рупијa\n\
IDR индонезийска рупия\n\
IDR индонезийская рупия\n\
IDR индонезийски рупии\n\
IDR индонезийской рупии\n\
JOD иорданский динар\n\
JOD иорданского динара\n\
IQD иракски динар\n\
IQD иракски динара\n\
IQD иракский динар\n\
IQD иракского динара\n\
IRR ирански риал\n\
IRR ирански риала\n\
IRR ирански ријал\n\
IRR иранский риал\n\
IRR иранских ријала\n\
IRR иранского риала\n\
IQD ирачки динар\n\
IQD ирачких динара\n\
ISK исландска крона\n\
ISK исландска круна\n\
ISK исландская крона\n\
ISK исландски крони\n\
ISK исландских круна\n\
ISK исландской кроны\n\
JOD йордански динар\n\
JOD йордански динара\n\
JOD йорданський динар\n\
JOD йорданського динара\n\
KZT казахский тенге\n\
KZT казахского тенге\n\
KZT казахстански тенге\n\
KZT казахстанских тенгеа\n\
KZT казахстанско тенге\n\
KZT казахстанський тенге\n\
KZT казахстанського тенге\n\
CAD канадски долар\n\
CAD канадски долара\n\
CAD канадский доллар\n\
CAD канадских долара\n\
CAD канадского доллара\n\
CAD канадський долар\n\
CAD канадського долара\n\
QAR катарски риал\n\
QAR катарски риала\n\
QAR катарски ријал\n\
QAR катарский риал\n\
QAR катарских ријала\n\
QAR катарского риала\n\
QAR катарський ріал\n\
QAR катарського ріала\n\
KES кенийски шилинг\n\
KES кенийски шилинга\n\
KES кенийский шиллинг\n\
KES кенийского шиллинга\n\
KES кенијски шилинг\n\
KES кенијских шилинга\n\
KES кенійський шилінг\n\
KES кенійського шилінга\n\
CNY кинески јуан\n\
CNY кинеских јуана\n\
CNY китайски юан\n\
CNY китайски юана\n\
CNY китайский юань\n\
CNY китайского юаня\n\
CNY китайський юань\n\
CNY китайського юаня\n\
COP колумбийски песо\n\
COP колумбийский песо\n\
COP колумбийско песо\n\
COP колумбийского песо\n\
COP колумбијски пезос\n\
COP колумбијских пезоса\n\
COP колумбійський песо\n\
COP колумбійського песо\n\
CRC костарикански колон\n\
CRC костарикански колона\n\
CRC костариканский колон\n\
CRC костариканских колона\n\
CRC костариканского колона\n\
CRC костариканський колон\n\
CRC костариканського колона\n\
KWD кувајтски динар\n\
KWD кувајтских динара\n\
KWD кувейтски динар\n\
KWD кувейтски динара\n\
KWD кувейтский динар\n\
KWD кувейтского динара\n\
KWD кувейтський динар\n\
KWD кувейтського динара\n\
MYR малайзийски рингит\n\
MYR малайзийски рингита\n\
MYR малайзийский ринггит\n\
MYR малайзийского ринггита\n\
MYR малайзійський рингіт\n\
MYR малайзійського рингіта\n\
MYR малезијски рингит\n\
MYR малезијских рингита\n\
MAD марокански дирхам\n\
MAD марокански дирхама\n\
MAD мароканских дирхама\n\
MAD марокканский дирхам\n\
MAD марокканского дирхама\n\
MAD марокканський дирхам\n\
MAD марокканського дирхама\n\
HUF мађарска форинта\n\
HUF мађарских форинти\n\
MXN мексикански песо\n\
MXN мексиканский песо\n\
MXN мексиканско песо\n\
MXN мексиканского песо\n\
MXN мексиканський песо\n\
MXN мексиканського песо\n\
MXN мексички пезос\n\
MXN мексичких пезоса\n\
NPR непалска рупия\n\
NPR непалска рупија\n\
NPR непалски рупии\n\
NPR непалских рупија\n\
NPR непальская рупия\n\
NPR непальской рупии\n\
NPR непальська рупія\n\
NPR непальської рупії\n\
NGN нигерийска найра\n\
NGN нигерийская найра\n\
NGN нигерийски найри\n\
NGN нигерийской найры\n\
NGN нигеријска наира\n\
NGN нигеријских наира\n\
TWD нови тајвански долар\n\
TWD новий тайванський долар\n\
TWD нових тајванских долара\n\
ILS нового израильского шекеля\n\
TWD нового тайванського долара\n\
TWD нового тайваньского доллара\n\
NZD новозеландски долар\n\
NZD новозеландски долара\n\
NZD новозеландский доллар\n\
NZD новозеландских долара\n\
NZD новозеландского доллара\n\
NZD новозеландський долар\n\
NZD новозеландського долара\n\
ILS новый израильский шекель\n\
TWD новый тайваньский доллар\n\
NOK норвежка крона\n\
NOK норвежки крони\n\
NOK норвежская крона\n\
NOK норвежской кроны\n\
NOK норвезька крона\n\
NOK норвезької крони\n\
NOK норвешка круна\n\
NOK норвешких круна\n\
NGN нігерійська найра\n\
NGN нігерійської найри\n\
OMR омански риал\n\
OMR омански риала\n\
OMR омански ријал\n\
OMR оманский риал\n\
OMR оманских ријала\n\
OMR оманского риала\n\
OMR оманський ріал\n\
OMR оманського ріала\n\
PKR пакистанска рупия\n\
PKR пакистанска рупија\n\
PKR пакистанская рупия\n\
PKR пакистански рупии\n\
PKR пакистанских рупија\n\
PKR пакистанской рупии\n\
PKR пакистанська рупія\n\
PKR пакистанської рупії\n\
PYG парагвайски гуарани\n\
PYG парагвайский гуарани\n\
PYG парагвайско гуарани\n\
PYG парагвайского гуарани\n\
PYG парагвайський гуарані\n\
PYG парагвайського гуарані\n\
PYG парагвајски гварани\n\
PYG парагвајских гваранија\n\
PEN перуански сол\n\
PEN перуански сола\n\
PEN перуанский соль\n\
PEN перуанских сола\n\
PEN перуанского соля\n\
PEN перуанський новий сол\n\
PEN перуанського нового сола\n\
PLN полска злота\n\
PLN полски злоти\n\
PLN польский злотый\n\
PLN польского злотого\n\
PLN польський злотий\n\
PLN польського злотого\n\
PLN пољски злот\n\
PLN пољских злота\n\
ZAR південноафриканський ранд\n\
ZAR південноафриканського ранда\n\
KRW південнокорейський вон\n\
KRW південнокорейського вона\n\
RUB российский рубль\n\
RUB российского рубля\n\
RUB російський рубль\n\
RUB російського рубля\n\
RON румунски леј\n\
RON румунских леја\n\
RON румунський лей\n\
RON румунського лея\n\
RON румънска лея\n\
RON румънски леи\n\
RON румынский лей\n\
RON румынского лея\n\
RUB руска рубла\n\
RUB руска рубља\n\
RUB руски рубли\n\
RUB руских рубљи\n\
SAR саудитски риал\n\
SAR саудитски риала\n\
SAR саудијски ријал\n\
SAR саудијских ријала\n\
SAR саудовский риял\n\
SAR саудовского рияла\n\
SAR саудівський ріал\n\
SAR саудівського ріала\n\
RSD сербский динар\n\
RSD сербского динара\n\
RSD сербський динар\n\
RSD сербського динара\n\
SGD сингапурски долар\n\
SGD сингапурски долара\n\
SGD сингапурский доллар\n\
SGD сингапурских долара\n\
SGD сингапурского доллара\n\
RSD српски динар\n\
RSD српских динара\n\
RSD сръбски динар\n\
RSD сръбски динара\n\
SGD сінгапурський долар\n\
SGD сінгапурського долара\n\
THB таиландский бат\n\
THB таиландского бата\n\
TWD тайвански долар\n\
TWD тайвански долара\n\
THB тайландски бат\n\
THB тайландски бата\n\
THB таїландський бат\n\
THB таїландського бата\n\
THB тајландски бат\n\
THB тајландских бата\n\
TND тунизийски динар\n\
TND тунизийски динара\n\
TND туниски динар\n\
TND туниских динара\n\
TND тунисский динар\n\
TND тунисского динара\n\
TND туніський динар\n\
TND туніського динара\n\
TRY турецкая лира\n\
TRY турецкой лиры\n\
TRY турецька ліра\n\
TRY турецької ліри\n\
TRY турска лира\n\
TRY турски лири\n\
TRY турских лира\n\
HUF угорський форинт\n\
HUF угорського форинта\n\
UAH украинска гривня\n\
UAH украинская гривна\n\
UAH украински гривни\n\
UAH украинской гривны\n\
UAH українська гривня\n\
UAH української гривні\n\
UAH украјинска гривна\n\
UAH украјинских хривњи\n\
HUF унгарски форинт\n\
HUF унгарски форинта\n\
UYU уругвайски песо\n\
UYU уругвайский песо\n\
UYU уругвайско песо\n\
UYU уругвайского песо\n\
UYU уругвайський песо\n\
UYU уругвайського песо\n\
UYU уругвајски пезос\n\
UYU уругвајских пезоса\n\
PHP филипински пезос\n\
PHP филипински песо\n\
PHP филипинских пезоса\n\
PHP филипинско песо\n\
PHP филиппинский песо\n\
PHP филиппинского песо\n\
PHP філіппінський песо\n\
PHP філіппінського песо\n\
HKD хонгконшки долар\n\
HKD хонгконшких долара\n\
HKD хонконгски долар\n\
HKD хонконгски долара\n\
CZK чеська крона\n\
CZK чеської крони\n\
CZK чешка крона\n\
CZK чешка круна\n\
CZK чешки крони\n\
CZK чешких крунa\n\
CZK чешская крона\n\
CZK чешской кроны\n\
CLP чилеански пезос\n\
CLP чилеанских пезоса\n\
CLP чилийски песо\n\
CLP чилийский песо\n\
CLP чилийско песо\n\
CLP чилийского песо\n\
CLP чилійський песо\n\
CLP чилійського песо\n\
CHF швајцарски франак\n\
CHF швајцарских франака\n\
SEK шведска крона\n\
SEK шведска круна\n\
SEK шведская крона\n\
SEK шведски крони\n\
SEK шведских круна\n\
SEK шведской кроны\n\
SEK шведська крона\n\
SEK шведської крони\n\
CHF швейцарски франк\n\
CHF швейцарски франка\n\
CHF швейцарский франк\n\
CHF швейцарского франка\n\
CHF швейцарський франк\n\
CHF швейцарського франка\n\
LKR шри-ланкийская рупия\n\
LKR шри-ланкийской рупии\n\
LKR шриланкска рупия\n\
LKR шриланкски рупии\n\
LKR шриланчанска рупија\n\
LKR шриланчанских рупија\n\
LKR шрі-ланкійська рупія\n\
LKR шрі-ланкійської рупії\n\
USD щатски долар\n\
USD щатски долара\n\
ZAR южноафрикански ранд\n\
ZAR южноафрикански ранда\n\
ZAR южноафриканский рэнд\n\
ZAR южноафриканского рэнда\n\
KRW южнокорейская вона\n\
KRW южнокорейски вон\n\
KRW южнокорейски вона\n\
KRW южнокорейской воны\n\
JPY японска йена\n\
JPY японская иена\n\
JPY японски йени\n\
JPY японской иены\n\
JPY японська єна\n\
JPY японської єни\n\
EUR євро\n\
EGP єгипетський фунт\n\
EGP єгипетського фунта\n\
ILS ізраїльський новий шекель\n\
ILS ізраїльського нового шекеля\n\
IDR індонезійська рупія\n\
IDR індонезійські рупії\n\
INR індійська рупія\n\
INR індійської рупії\n\
IQD іракський динар\n\
IQD іракського динара\n\
IRR іранський ріал\n\
IRR іранського ріала\n\
ISK ісландська крона\n\
ISK ісландської крони\n\
JPY јапански јен\n\
JPY јапанских јена\n\
JOD јордански динар\n\
JOD јорданских динара\n\
ZAR јужноафрички ранд\n\
ZAR јужноафричких ранда\n\
KRW јужнокорејски вон\n\
KRW јужнокорејских вона\n\
EUR אירו\n\
THB בהט תאילנדי\n\
BOB בוליביאנו\n\
PYG גוארני פרגוואי\n\
AUD דולר אוסטרלי\n\
USD דולר אמריקאי\n\
HKD דולר הונג קונגי\n\
TWD דולר טייוואני חדש\n\
NZD דולר ניו זילנדי\n\
SGD דולר סינגפורי\n\
CAD דולר קנדי\n\
VND דונג וייטנאמי\n\
DZD דינר אלג׳ירי\n\
BHD דינר בחרייני\n\
TND דינר טוניסאי\n\
JOD דינר ירדני\n\
KWD דינר כוויתי\n\
RSD דינר סרבי\n\
IQD דינר עיראקי\n\
MAD דירהם מרוקאי\n\
AED דירהם של איחוד הנסיכויות הערביות\n\
UAH הריבנה אוקראיני\n\
KRW וון דרום קוריאני\n\
PLN זלוטי פולני\n\
BDT טאקה בנגלדשי\n\
KZT טנגה קזחסטני\n\
CNY יואן סיני\n\
JPY ין יפני\n\
ISK כתר איסלנדי\n\
DKK כתר דני\n\
NOK כתר נורווגי\n\
SEK כתר שוודי\n\
RON לאו רומני\n\
GEL לארי גאורגי\n\
BGN לב בולגרי\n\
TRY לירה טורקית חדשה\n\
EGP לירה מצרית\n\
GBP לירה שטרלינג\n\
TRY לירות טורקיות\n\
NGN נאירה ניגרי\n\
GHS סדי גאני\n\
PEN סול פרואני\n\
HUF פורינט הונגרי\n\
UYU פסו אורוגוואי\n\
ARS פסו ארגנטינאי\n\
DOP פסו דומיניקני\n\
MXN פסו מקסיקני\n\
PHP פסו פיליפיני\n\
CLP פסו צ׳ילאני\n\
COP פסו קולומביאני\n\
CHF פרנק שוויצרי\n\
CRC קולון קוסטה־ריקני\n\
CZK קורונה צ׳כית\n\
GTQ קצאל גואטמלי\n\
ZAR ראנד דרום אפריקאי\n\
BYN רובל בלרוסי\n\
RUB רובל רוסי\n\
INR רופי הודי\n\
NPR רופי נפאלי\n\
LKR רופי סרי לנקי\n\
PKR רופי פקיסטני\n\
IDR רופיה אינדונזית\n\
IDR רופיות אינדונזיות\n\
IRR ריאל איראני\n\
BRL ריאל ברזילאי\n\
SAR ריאל סעודי\n\
OMR ריאל עומאני\n\
QAR ריאל קטארי\n\
MYR רינגיט מלזי\n\
KES שילינג קנייתי\n\
ILS שקל חדש\n\
ILS שקלים חדשים\n\
THB بات تایلند\n\
THB باخت تايلاندي\n\
BOB بوليفيانو بوليفي\n\
BOB بولیویانوی بولیوی\n\
ARS بيزو أرجنتيني\n\
DOP بيزو الدومنيكان\n\
UYU بيزو اوروغواي\n\
CLP بيزو تشيلي\n\
PHP بيزو فلبيني\n\
COP بيزو كولومبي\n\
MXN بيزو مكسيكي\n\
BDT تاكا بنغلاديشي\n\
BDT تاکای بنگلادش\n\
KZT تنگهٔ قزاقستان\n\
KZT تينغ كازاخستاني\n\
GBP جنيه إسترليني\n\
EGP جنيه مصري\n\
VND دانگ ویتنام\n\
AED درهم إماراتي\n\
AED درهم امارات متحدهٔ عربی\n\
MAD درهم مراکش\n\
MAD درهم مغربي\n\
USD دلار آمریکا\n\
AUD دلار استرالیا\n\
TWD دلار جدید تایوان\n\
NZD دلار زلاند نو\n\
SGD دلار سنگاپور\n\
HKD دلار هنگ‌کنگ\n\
CAD دلار کانادا\n\
AUD دولار أسترالي\n\
USD دولار أمريكي\n\
TWD دولار تايواني\n\
SGD دولار سنغافوري\n\
CAD دولار كندي\n\
NZD دولار نيوزيلندي\n\
HKD دولار هونغ كونغ\n\
VND دونج فيتنامي\n\
JOD دينار أردني\n\
BHD دينار بحريني\n\
TND دينار تونسي\n\
DZD دينار جزائري\n\
RSD دينار صربي\n\
IQD دينار عراقي\n\
KWD دينار كويتي\n\
JOD دینار اردن\n\
DZD دینار الجزایر\n\
BHD دینار بحرین\n\
TND دینار تونس\n\
RSD دینار صربستان\n\
IQD دینار عراق\n\
KWD دینار کویت\n\
BRL رئال برزیل\n\
ZAR راند افریقای جنوبی\n\
ZAR راند جنوب أفريقيا\n\
BYN روبل بلاروس\n\
BYN روبل بيلاروسي\n\
RUB روبل روسي\n\
RUB روبل روسیه\n\
IDR روبية إندونيسية\n\
PKR روبية باكستاني\n\
LKR روبية سريلانكية\n\
NPR روبية نيبالي\n\
INR روبية هندي\n\
IDR روپیهٔ اندونزی\n\
LKR روپیهٔ سری‌لانکا\n\
NPR روپیهٔ نپال\n\
INR روپیهٔ هند\n\
PKR روپیهٔ پاکستان\n\
IRR ريال إيراني\n\
BRL ريال برازيلي\n\
SAR ريال سعودي\n\
OMR ريال عماني\n\
QAR ريال قطري\n\
MYR رينغيت ماليزي\n\
IRR ریال ایران\n\
SAR ریال سعودی\n\
OMR ریال عمان\n\
QAR ریال قطر\n\
MYR رینگیت مالزی\n\
PLN زلوتي بولندي\n\
PLN زلوتی لهستان\n\
GHS سدی غنا\n\
PEN سول بيروفي\n\
PEN سول پرو\n\
GHS سيدي غانا\n\
KES شلن كينيي\n\
ILS شيكل إسرائيلي جديد\n\
ILS شِکِل جدید اسرائیل\n\
KES شیلینگ کنیا\n\
PYG غواراني باراغواي\n\
CHF فرانک سوئیس\n\
CHF فرنك سويسري\n\
HUF فورينت هنغاري\n\
HUF فورینت مجارستان\n\
ISK كرونة أيسلندية\n\
CZK كرونة تشيكية\n\
DKK كرونة دنماركية\n\
SEK كرونة سويدية\n\
NOK كرونة نرويجية\n\
GTQ كوتزال غواتيمالا\n\
CRC كولن كوستاريكي\n\
RON لئوی رومانی\n\
GEL لارى جورجي\n\
GEL لاري جورجي\n\
GEL لاری گرجستان\n\
BGN لو بلغارستان\n\
TRY ليرة تركية\n\
BGN ليف بلغاري\n\
RON ليو روماني\n\
TRY لیرهٔ ترکیه\n\
NGN نايرا نيجيري\n\
NGN نایرای نیجریه\n\
UAH هريفنيا أوكراني\n\
UAH هریونیای اوکراین\n\
KRW وون كوريا الجنوبية\n\
KRW وون کرهٔ جنوبی\n\
JPY ين ياباني\n\
CNY يوان صيني\n\
EUR يورو\n\
ARS پزوی آرژانتین\n\
UYU پزوی اوروگوئه\n\
DOP پزوی جمهوری دومینیکن\n\
CLP پزوی شیلی\n\
PHP پزوی فیلیپین\n\
MXN پزوی مکزیک\n\
COP پزوی کلمبیا\n\
GBP پوند بریتانیا\n\
EGP پوند مصر\n\
GTQ کتزال گواتمالا\n\
DKK کرون دانمارک\n\
SEK کرون سوئد\n\
NOK کرون نروژ\n\
ISK کرونای ایسلند\n\
CZK کورونای جمهوری چک\n\
CRC کولون کاستاریکا\n\
PYG گوارانی پاراگوئه\n\
JPY ین ژاپن\n\
CNY یوآن چین\n\
EUR یورو\n\
ARS अर्जेंटीनी पेसो\n\
DZD अल्जीरियाई दिनार\n\
ISK आइसलैंडिक क्रोना\n\
IDR इंडोनेशियाई रुपिया\n\
IDR इंडोनेशियाई रुपिये\n\
ILS इज़राइली न्यू शेकेल\n\
IQD इराकी दिनार\n\
IRR ईरानी रियाल\n\
UYU उरुग्वियन पेसो\n\
AUD ऑस्ट्रेलियाई डॉलर\n\
OMR ओमानी रियाल\n\
KZT कज़ाखिस्तानी टेंज़\n\
CAD कनाडाई डॉलर\n\
QAR क़तरी रियाल\n\
KWD कुवैती दिनार\n\
KES केन्याई शिलिंग\n\
COP कोलंबियाई पेसो\n\
CRC कोस्टा रिका कोलोन\n\
GTQ ग्वाटेमाला क्वेटज़ल\n\
GHS घानियन सेडी\n\
CLP चिली पेसो\n\
CNY चीनी युआन\n\
CZK चेक गणराज्य कोरुना\n\
JPY जापानी येन\n\
GEL जॉर्जियन लारी\n\
JOD जॉर्डनियन दिनार\n\
TND ट्यूनीशियाई दिनार\n\
DKK डैनिश क्रोन\n\
DOP डोमिनिकन पेसो\n\
TRY तुर्की लीरा\n\
THB थाई बहत\n\
ZAR दक्षिण अफ़्रीकी रैंड\n\
KRW दक्षिण कोरियाई वॉन\n\
TWD नया ताईवानी डॉलर\n\
NGN नाइजीरियाई नाइरा\n\
NPR नेपाली रुपए\n\
NPR नेपाली रुपया\n\
NOK नॉर्वेजियन क्रोन\n\
NZD न्यूज़ीलैंड डॉलर\n\
PKR पाकिस्तानी रुपए\n\
PKR पाकिस्तानी रुपया\n\
PEN पेरूवियन सोल\n\
PYG पैराग्वियन गुआरानी\n\
PLN पोलिश ज़्लॉटी\n\
PHP फ़िलिपीनी पेसो\n\
BHD बहरीनी दिनार\n\
BDT बांग्लादेशी टका\n\
BGN बुल्गारियाई लेव\n\
BYN बेलारूसी रूबल\n\
BOB बोलिवियाई बोलिवियानो\n\
BRL ब्राज़ीली रियाल\n\
GBP ब्रिटिश पाउंड स्टर्लिंग\n\
INR भारतीय रुपए\n\
INR भारतीय रुपया\n\
MYR मलेशियाई रिंगित\n\
EGP मिस्र पाउंड\n\
MXN मैक्सिकन पेसो\n\
MAD मोरक्को दिरहम\n\
USD यूएस डॉलर\n\
UAH यूक्रेनियन रिव्निया\n\
EUR यूरो\n\
RUB रूसी रूबल\n\
RON रोमानियाई ल्यू\n\
VND वियतनामी डोंग\n\
LKR श्रीलंकाई रुपए\n\
LKR श्रीलंकाई रुपया\n\
AED संयुक्त अरब अमीरात दिरहाम\n\
SAR सउदी रियाल\n\
RSD सर्बियन दिनार\n\
SGD सिंगापुर डॉलर\n\
CHF स्विस फ़्रैंक\n\
SEK स्वीडीश क्रोना\n\
HUF हंगेरियन फ़ोरिंट\n\
HKD हाँगकाँग डॉलर\n\
PYG กวารานีปารากวัย\n\
KES ชิลลิงเคนยา\n\
PLN ซลอตีโปแลนด์\n\
PEN ซอลเปรู\n\
VND ดองเวียดนาม\n\
NZD ดอลลาร์นิวซีแลนด์\n\
USD ดอลลาร์สหรัฐ\n\
SGD ดอลลาร์สิงคโปร์\n\
AUD ดอลลาร์ออสเตรเลีย\n\
HKD ดอลลาร์ฮ่องกง\n\
CAD ดอลลาร์แคนาดา\n\
TWD ดอลลาร์ไต้หวันใหม่\n\
KWD ดีนาร์คูเวต\n\
JOD ดีนาร์จอร์แดน\n\
TND ดีนาร์ตูนิเซีย\n\
BHD ดีนาร์บาห์เรน\n\
IQD ดีนาร์อิรัก\n\
RSD ดีนาร์เซอร์เบีย\n\
DZD ดีนาร์แอลจีเรีย\n\
MAD ดีแรห์มโมร็อกโก\n\
BDT ตากาบังกลาเทศ\n\
ILS นิวเชเกลอิสราเอล\n\
THB บาท\n\
THB บาทไทย\n\
GBP ปอนด์สเตอร์ลิง (สหราชอาณาจักร)\n\
EGP ปอนด์อียิปต์\n\
CHF ฟรังก์สวิส\n\
HUF ฟอรินต์ฮังการี\n\
EUR ยูโร\n\
MYR ริงกิตมาเลเซีย\n\
SAR ริยัลซาอุดีอาระเบีย\n\
PKR รูปีปากีสถาน\n\
LKR รูปีศรีลังกา\n\
INR รูปีอินเดีย\n\
NPR รูปีเนปาล\n\
RUB รูเบิลรัสเซีย\n\
BYN รูเบิลเบลารุส\n\
IDR รูเปียห์อินโดนีเซีย\n\
GEL ลารีจอร์เจีย\n\
RON ลิวโรมาเนีย\n\
TRY ลีราตุรกี\n\
KRW วอนเกาหลีใต้\n\
CNY หยวนจีน\n\
UAH ฮรีฟเนียยูเครน\n\
GTQ เควตซัลกัวเตมาลา\n\
GHS เซดีกานา\n\
AED เดอร์แฮมสหรัฐอาหรับเอมิเรตส์\n\
KZT เทงเจคาซัคสถาน\n\
CLP เปโซชิลี\n\
PHP เปโซฟิลิปปินส์\n\
ARS เปโซอาร์เจนตินา\n\
UYU เปโซอุรุกวัย\n\
MXN เปโซเม็กซิโก\n\
COP เปโซโคลอมเบีย\n\
DOP เปโซโดมินิกัน\n\
JPY เยนญี่ปุ่น\n\
QAR เรียลกาตาร์\n\
BRL เรียลบราซิล\n\
IRR เรียลอิหร่าน\n\
OMR เรียลโอมาน\n\
BGN เลฟบัลแกเรีย\n\
ZAR แรนด์แอฟริกาใต้\n\
CRC โกลองคอสตาริกา\n\
NOK โครนนอร์เวย์\n\
SEK โครนาสวีเดน\n\
ISK โครนาไอซ์แลนด์\n\
DKK โครนเดนมาร์ก\n\
CZK โครูนาสาธารณรัฐเช็ก\n\
BOB โบลิเวียโนโบลิเวีย\n\
NGN ไนราไนจีเรีย\n\
ISK アイスランド クローナ\n\
AED アラブ首長国連邦ディルハム\n\
DZD アルジェリア ディナール\n\
ARS アルゼンチン ペソ\n\
ILS イスラエル新シェケル\n\
IQD イラク ディナール\n\
IRR イラン リアル\n\
INR インド ルピー\n\
IDR インドネシア ルピア\n\
UAH ウクライナ フリヴニャ\n\
UYU ウルグアイ ペソ\n\
EGP エジプト ポンド\n\
OMR オマーン リアル\n\
AUD オーストラリア ドル\n\
KZT カザフスタン テンゲ\n\
QAR カタール リアル\n\
CAD カナダ ドル\n\
GHS ガーナ セディ\n\
KWD クウェート ディナール\n\
GTQ グアテマラ ケツァル\n\
KES ケニア シリング\n\
CRC コスタリカ コロン\n\
COP コロンビア ペソ\n\
SAR サウジ リヤル\n\
SGD シンガポール ドル\n\
GEL ジョージア ラリ\n\
CHF スイス フラン\n\
SEK スウェーデン クローナ\n\
LKR スリランカ ルピー\n\
RSD セルビア ディナール\n\
THB タイ バーツ\n\
CZK チェコ コルナ\n\
TND チュニジア ディナール\n\
CLP チリ ペソ\n\
DKK デンマーク クローネ\n\
TRY トルコ リラ\n\
DOP ドミニカ ペソ\n\
NGN ナイジェリア ナイラ\n\
NZD ニュージーランド ドル\n\
NPR ネパール ルピー\n\
NOK ノルウェー クローネ\n\
HUF ハンガリー フォリント\n\
BDT バングラデシュ タカ\n\
BHD バーレーン ディナール\n\
PKR パキスタン ルピー\n\
PYG パラグアイ グアラニ\n\
PHP フィリピン ペソ\n\
BRL ブラジル レアル\n\
BGN ブルガリア 新レフ\n\
VND ベトナム ドン\n\
BYN ベラルーシ ルーブル\n\
PEN ペルー ソル\n\
BOB ボリビア ボリビアーノ\n\
PLN ポーランド ズウォティ\n\
MYR マレーシア リンギット\n\
MXN メキシコ ペソ\n\
MAD モロッコ ディルハム\n\
EUR ユーロ\n\
JOD ヨルダン ディナール\n\
RON ルーマニア レイ\n\
RUB ロシア ルーブル\n\
CNY 中国人民元\n\
DKK 丹麥克朗\n\
DKK 丹麦克朗\n\
UAH 乌克兰格里夫纳\n\
UYU 乌拉圭比索\n\
CNY 人民币\n\
CNY 人民幣\n\
ILS 以色列新謝克爾\n\
ILS 以色列新谢克尔\n\
IQD 伊拉克第納爾\n\
IQD 伊拉克第纳尔\n\
IRR 伊朗里亚尔\n\
IRR 伊朗里亞爾\n\
RUB 俄罗斯卢布\n\
RUB 俄羅斯盧布\n\
BGN 保加利亚列弗\n\
BGN 保加利亞新列弗\n\
JPY 円\n\
ISK 冰岛克朗\n\
ISK 冰島克朗\n\
CAD 加幣\n\
CAD 加拿大元\n\
GHS 加纳塞地\n\
HUF 匈牙利福林\n\
ZAR 南アフリカ ランド\n\
ZAR 南非兰特\n\
ZAR 南非蘭特\n\
QAR 卡塔尔里亚尔\n\
QAR 卡達里亞爾\n\
IDR 印尼盾\n\
INR 印度卢比\n\
IDR 印度尼西亚卢比\n\
INR 印度盧比\n\
GTQ 危地马拉格查尔\n\
KZT 哈萨克斯坦坚戈\n\
KZT 哈薩克堅戈\n\
COP 哥伦比亚比索\n\
COP 哥倫比亞披索\n\
CRC 哥斯大黎加科朗\n\
CRC 哥斯达黎加科朗\n\
GEL 喬治亞拉里\n\
TRY 土耳其里拉\n\
EGP 埃及鎊\n\
EGP 埃及镑\n\
RSD 塞尔维亚第纳尔\n\
RSD 塞爾維亞戴納\n\
MXN 墨西哥披索\n\
MXN 墨西哥比索\n\
DOP 多明尼加披索\n\
DOP 多米尼加比索\n\
NGN 奈及利亞奈拉\n\
BDT 孟加拉塔卡\n\
NGN 尼日利亚奈拉\n\
NPR 尼泊尔卢比\n\
NPR 尼泊爾盧比\n\
PKR 巴基斯坦卢比\n\
PKR 巴基斯坦盧比\n\
PYG 巴拉圭瓜拉尼\n\
BHD 巴林第納爾\n\
BHD 巴林第纳尔\n\
BRL 巴西雷亚尔\n\
BRL 巴西雷亞爾\n\
NOK 挪威克朗\n\
CZK 捷克克朗\n\
MAD 摩洛哥迪拉姆\n\
LKR 斯里兰卡卢比\n\
LKR 斯里蘭卡盧比\n\
SGD 新加坡元\n\
SGD 新加坡幣\n\
TWD 新台币\n\
TWD 新台幣\n\
TWD 新台湾ドル\n\
NZD 新西兰元\n\
JPY 日元\n\
JPY 日圓\n\
JPY 日本円\n\
CLP 智利披索\n\
CLP 智利比索\n\
GEL 格鲁吉亚拉里\n\
EUR 欧元\n\
EUR 歐元\n\
SAR 沙烏地里亞爾\n\
SAR 沙特里亚尔\n\
PLN 波兰兹罗提\n\
PLN 波蘭茲羅提\n\
THB 泰銖\n\
THB 泰铢\n\
HKD 港元\n\
HKD 港幣\n\
AUD 澳大利亚元\n\
AUD 澳幣\n\
UAH 烏克蘭格里夫納\n\
UYU 烏拉圭披索\n\
BOB 玻利維亞諾\n\
BOB 玻利维亚诺\n\
SEK 瑞典克朗\n\
CHF 瑞士法郎\n\
GTQ 瓜地馬拉格查爾\n\
BYN 白俄罗斯卢布\n\
BYN 白俄羅斯盧布\n\
KWD 科威特第納爾\n\
KWD 科威特第纳尔\n\
PEN 秘魯太陽幣\n\
PEN 秘鲁索尔\n\
TND 突尼斯第纳尔\n\
TND 突尼西亞第納爾\n\
USD 米ドル\n\
JOD 約旦第納爾\n\
NZD 紐西蘭幣\n\
JOD 约旦第纳尔\n\
RON 罗马尼亚列伊\n\
RON 羅馬尼亞列伊\n\
USD 美元\n\
KES 肯尼亚先令\n\
KES 肯尼亞先令\n\
GBP 英国ポンド\n\
GBP 英鎊\n\
GBP 英镑\n\
PHP 菲律宾比索\n\
PHP 菲律賓披索\n\
VND 越南盾\n\
GHS 迦納塞地\n\
DZD 阿尔及利亚第纳尔\n\
AED 阿拉伯聯合大公國迪爾汗\n\
OMR 阿曼里亚尔\n\
OMR 阿曼里亞爾\n\
ARS 阿根廷披索\n\
ARS 阿根廷比索\n\
DZD 阿爾及利亞第納爾\n\
AED 阿联酋迪拉姆\n\
KRW 韓元\n\
KRW 韓国ウォン\n\
KRW 韩元\n\
HKD 香港ドル\n\
MYR 馬來西亞令吉\n\
MYR 马来西亚林吉特\n\
GHS 가나 세디\n\
GTQ 과테말라 케트살\n\
NGN 나이지리아 나이라\n\
ZAR 남아프리카 랜드\n\
NPR 네팔 루피\n\
NOK 노르웨이 크로네\n\
NZD 뉴질랜드 달러\n\
KRW 대한민국 원\n\
DKK 덴마크 크로네\n\
DOP 도미니카 페소\n\
RUB 러시아 루블\n\
RON 루마니아 레우\n\
MYR 말레이시아 링깃\n\
MXN 멕시코 페소\n\
MAD 모로코 디르함\n\
USD 미국 달러\n\
BHD 바레인 디나르\n\
BDT 방글라데시 타카\n\
VND 베트남 동\n\
BYN 벨라루스 루블\n\
BOB 볼리비아 볼리비아노\n\
BGN 불가리아 레프\n\
BRL 브라질 레알\n\
SAR 사우디아라비아 리얄\n\
RSD 세르비아 디나르\n\
LKR 스리랑카 루피\n\
SEK 스웨덴 크로나\n\
CHF 스위스 프랑\n\
TWD 신 타이완 달러\n\
SGD 싱가포르 달러\n\
AED 아랍에미리트 디르함\n\
ARS 아르헨티나 페소\n\
ISK 아이슬란드 크로나\n\
DZD 알제리 디나르\n\
GBP 영국 파운드\n\
OMR 오만 리알\n\
JOD 요르단 디나르\n\
UYU 우루과이 페소\n\
UAH 우크라이나 그리브나\n\
EUR 유로\n\
IQD 이라크 디나르\n\
IRR 이란 리얄\n\
ILS 이스라엘 신권 세켈\n\
EGP 이집트 파운드\n\
INR 인도 루피\n\
IDR 인도네시아 루피아\n\
JPY 일본 엔화\n\
GEL 조지아 라리\n\
CNY 중국 위안화\n\
CZK 체코 코루나\n\
CLP 칠레 페소\n\
KZT 카자흐스탄 텡게\n\
QAR 카타르 리얄\n\
CAD 캐나다 달러\n\
KES 케냐 실링\n\
CRC 코스타리카 콜론\n\
COP 콜롬비아 페소\n\
KWD 쿠웨이트 디나르\n\
THB 태국 바트\n\
TND 튀니지 디나르\n\
TRY 튀르키예 리라\n\
PYG 파라과이 과라니\n\
PKR 파키스탄 루피\n\
PEN 페루 솔\n\
PLN 폴란드 즈워티\n\
PHP 필리핀 페소\n\
HUF 헝가리 포린트\n\
AUD 호주 달러\n\
HKD 홍콩 달러\n\
";
