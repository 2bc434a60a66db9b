"""What an injection says, word by word, in languages other than English: for each language, the notions that an
order to a model joins, as regular expressions over the view the language is read in. The scanner
(`injection.notion_patterns`) looks for two of them close together in one sentence, in either order, so that an
order is found however it is phrased and wherever the language puts its verb:

- the model's own rules (`rules`: "tus instrucciones", "deine bisherigen Vorgaben", "之前的指令") or its setup text
  (`setup`, below) near a word that drops them (`drop`: "olvida", "gelten nicht mehr", "作废"): an override;
- the model addressed (`you`: a pronoun or "answer") near "without limits" (`free`): the model told it is unbound;
- showing or copying out (`reveal`) near the setup text (`setup`: "system prompt", "the instructions you were given
  at the start"): a request for the prompt.

Each notion is written narrowly, as these orders phrase it: `rules` names the model's rules (a second person, or
"previous" with a noun only a model's brief uses), never rules in general, so "the old parking rules no longer
apply" is not an order. Latin-script languages are read folded (lower case, accents dropped: write "instrucoes", not
"instruções"); others as written (`native`), lower-cased.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    language: str
    view: str
    rules: str
    drop: str
    you: str
    free: str
    reveal: str
    setup: str
    secret: str = ""
    """The word or password a model guards (a password game's "secret word"), asked for with `reveal` or `asked`."""
    asked: str = ""
    """Asking to be told, beside `reveal`'s orders to show or copy: "say", "tell me", "what is"."""
    told_first: str = ""
    """A question for what the model was told before the conversation, which asks for its setup on its own: "¿qué te
    dijeron al principio?", "was wurde dir am Anfang gesagt?"."""
    spaced: bool = True
    """Words stand apart, so a notion starts at a word boundary (not in Chinese, Japanese, Arabic or Devanagari,
    where particles join the word or vowel signs are not word characters)."""


LEXICONS: tuple[Lexicon, ...] = (
    Lexicon(
        "es", "folded",
        rules=r"lo que te pidio el desarrollador|normas que te pusieron|las instrucciones con las que venias|(?:instrucciones|reglas|indicaciones|normas) (?:del|de tu) (?:desarrollador|operador|programador|creador)|"
              r"tu (?:papel|rol)\b|(?:tus|sus) (?:\w+ )?(?:instrucciones|reglas|normas|directrices|indicaciones|restricciones|pautas|"
              r"limitaciones|politicas|ordenes)|(?:instrucciones|directrices|indicaciones) (?:anteriores|previas|"
              r"originales|iniciales|del sistema)(?! (?:de|del|sobre|para|en) )|lo que (?:te|se te) (?:dijeron|"
              r"indicaron|ordenaron|programaron)"
              r"|"
              r"(?:directriz|instruc[ct]ion|indicacion|consigna|pauta)(?:es)? (?:previas?|anterior|anteriores|originales?|"
              r"iniciales?) que (?:rija|rijan|rige|rigen|regula|regulan|guia|guian|define|definen) (?:su|tu) "
              r"(?:comportamiento|funcionamiento|conducta)|"
              r"lo que (?:te|se te) (?:hayan|han|habian) (?:dicho|indicado|ordenado|programado|configurado)",
        drop=r"me da igual|quedan anuladas|son de la version vieja|olvid|ignor|descart|omit|deja(?:r)? (?:de lado|atras|de seguir|de cumplir)|ya no (?:son|es|estan|tienen|"
             r"aplican|valen|cuentan|rigen)|no (?:sigas|cumplas|respetes|obedezcas|hagas caso)|"
             r"no (?:tienes|debes|necesitas) (?:que )?(?:seguir|cumplir|respetar)"
             r"|ya no (?:cuenta|vale|aplica|rige|sirve|importa|tiene validez)|"
             r"(?:deja|dejamos|queda|quedan|se deja) sin efecto|no (?:le )?hagas caso",
        you=r"tu |eres |responde|contesta",
        free=r"sin (?:ningun[oa]? |tipo de )?(?:filtros?|restricci|censura|limites|reglas|limitaciones)",
        reveal=r"copia|muestra|escribe|repite|imprime|revela|pega|transcribe|dime|comparte|reproduce",
        told_first=r"que te (?:dijeron|indicaron|ordenaron|pusieron|configuraron) (?:al principio|al inicio|antes de que (?:yo )?(?:escribiera|escribiese|llegara|hablara))",
        setup=r"(?:por )?encima de mi primer mensaje|(?:tus|sus|las) instrucciones (?:internas|iniciales|originales|del sistema|de sistema|ocultas)|mensaje "
              r"(?:del |de )?sistema|prompt (?:del |de )?sistema|prompt inicial|(?:lo que|las instrucciones que) "
              r"(?:te|se te) (?:dijeron|dieron|indicaron) (?:antes|al principio|al inicio)",
        secret=r"(?:contrasena|clave|palabra) secreta|contrasena (?:oculta|guardada|protegida)",
        asked=r"di (?:la|el|me)|cual es|dame|deletrea"),
    Lexicon(
        "pt", "folded",
        rules=r"(?:tudo )?(?:o )?que (?:te mandaram|te disseram|o desenvolvedor te (?:falou|disse|mandou))|(?:politica|regras|instrucoes|instructions|orientacoes) anterior(?:es)?|(?:o )?(?:teu|seu) papel\b|o que (?:te |lhe )?mandaram (?:voce |te )?fazer|"
              r"(?:suas|tuas) (?:\w+ )?(?:instrucoes|regras|diretrizes|orientacoes|restricoes|normas|limitacoes)|"
              r"(?:instrucoes|diretrizes|orientacoes) (?:que (?:voce )?recebeu|anteriores|originais|iniciais|"
              r"do sistema)"
              r"(?! (?:de|do|da|dos|das|sobre|para|no|na) )|"
              r"o que (?:te|lhe) (?:disseram|mandaram|pediram)"
              r"|(?:o|aquilo|tudo) que (?:te|lhe) (?:passaram|deram|configuraram|programaram)|"
              r"(?:orientacoes|instrucoes|diretrizes) (?:de funcionamento|de origem)|"
              r"(?:orientacoes|instrucoes) que (?:lhe|te) foram (?:atribuidas|dadas|passadas)|"
              r"o que o (?:desenvolvedor|programador|operador|criador) (?:mandou|disse|definiu|configurou|pediu)",
        drop=r"nao vale mais|caducaram|deixaram de estar em vigor|poe de parte|esquec|ignor|desconsider|descart|deix[ae] de (?:lado|seguir)|nao (?:siga|sigas|obedeca|cumpra|respeite)|"
             r"nao (?:valem|vale|sao validas|se aplicam|contam) mais|perderam (?:a )?validade|(?:foram|estao) "
             r"(?:anuladas|revogadas|suspensas)"
             r"|revogad|anulad|sem efeito|deixa(?:m)? de valer|joga(?:r)? fora|nao (?:vale|valem|conta|contam) mais",
        you=r"voce |tu |responda|responde",
        free=r"sem (?:nenhum[a]? |qualquer )?(?:filtros?|restric|censura|limites|regras|limitac)",
        reveal=r"repete|mostr|exib|escrev|repit|imprim|revel|copi|transcrev|diga|compartilh|reproduz|partilh",
        told_first=r"que te (?:falaram|disseram|mandaram|passaram|foi indicado|foi dito) (?:la )?(?:no comeco|no inicio|antes d[ae] (?:minha primeira mensagem|eu (?:ter )?(?:escrito|escrever|chegar)))",
        setup=r"acima (?:desta conversa|da minha primeira mensagem)|(?:suas|tuas|as) instrucoes (?:de sistema|do sistema|internas|iniciais|originais|ocultas)|mensagem "
              r"(?:de |do )?sistema|prompt (?:de |do )?sistema|prompt inicial|o que (?:te|lhe) (?:disseram|passaram) "
              r"(?:antes|no inicio)|(?:texto|mensagem|prompt|instrucoes|configuracao) (?:\w+ ){0,2}que (?:recebeste|recebeu|"
              r"te deram|lhe deram) (?:do|da|dos) (?:programador|desenvolvedor|sistema|operador|criador)",
        secret=r"(?:senha|palavra|palavra-passe) secreta|senha (?:oculta|guardada|protegida)",
        asked=r"diz(?:-me)?|qual e|me (?:de|da|passa)|soletr"),
    Lexicon(
        "fr", "folded",
        rules=r"ce que (?:le developpeur|les developpeurs|l'operateur) t'a (?:dit|demande|ordonne)|(?:les )?regles de depart|(?:instructions|consignes|regles|directives) (?:du|de ton|de votre) (?:developpeur|operateur|createur|editeur)|"
              r"(?:ton|votre) role\b|ce que ton (?:editeur|developpeur|operateur|createur) t'a (?:demande|dit|impose)|(?:ton|votre) brief\b|"
              r"(?:consignes?|instructions?|mission) (?:qu'on (?:t'a|vous a) (?:donnee?s?|transmises?|fixee?s?)|que (?:tu as|vous avez) recue?s?)|(?:ta|votre) mission (?:de depart|initiale|d'origine)|(?:ton|votre) role (?:d'|de )(?:assistant|agent|support|conseill)|"
              r"(?:tes|vos) (?:\w+ )?(?:instructions|consignes|regles|directives|restrictions|limites)|ce (?:qu'on|que "
              r"l'on) (?:t'a|vous a) (?:dit|demande|ordonne|impose)|(?:instructions|consignes) (?:precedentes|"
              r"initiales|"
              r"d'origine|systeme|anterieures)(?! (?:de|du|des|sur|pour|concernant|relatives?) )"
              r"|consignes (?:de fonctionnement|qui (?:vous|t') ont ete (?:transmises|donnees))|"
              r"tout ce qu'on t'a dit|(?:ta|votre) configuration (?:initiale|d'origine)",
        drop=r"passe apres moi|s'arrete ici|on oublie|(?:a|ont) ete supprimee?s?|(?:est|sont) levee?s?|"
             r"oubli|ignor|ne (?:tiens|tenez) (?:plus )?compte|fais abstraction|laisse tomber|ne (?:s'appliquent|"
             r"comptent|valent) plus|(?:sont|est) (?:annulee?s?|caduques?|revoquee?s?|suspendue?s?)|n'(?:es|etes) plus "
             r"(?:tenue?s?|liee?s?|obligee?s?)|ne (?:suis|suivez|respecte|respectez) plus"
             r"|abrog|jeter? a la poubelle|(?:tu peux|vous pouvez) (?:les |l')?oublier|ne (?:compte|comptent) plus|"
             r"sans effet|caduque?s?",
        you=r"tu |vous |reponds|repondez",
        free=r"sans (?:aucune? |la moindre )?(?:restriction|limite|filtre|censure|regle|garde-fou)|debride",
        reveal=r"recopie|recopie|copie|affiche|montre|ecris|repete|revele|donne|imprime|colle|transcris|cite",
        told_first=r"on t'a (?:dit|demande|donne|ecrit) (?:au (?:tout )?debut|avant (?:que j'arrive|que je (?:parle|ecrive)|mon (?:premier )?message))",
        setup=r"au-dessus de mon premier message|message (?:systeme|d'origine|initial)|prompt (?:systeme|initial)|(?:tes|vos) instructions (?:initiales|"
              r"systeme|cachees|d'origine|internes)|(?:ce que|les instructions que) (?:tu as|vous avez) recue?s? "
              r"(?:au debut|avant|initialement)",
        secret=r"mot de passe (?:secret|cache|garde|protege)|mot secret",
        asked=r"dis(?:-moi)?|quel est|donne|epelle"),
    Lexicon(
        "de", "folded",
        rules=r"was (?:man|der entwickler|die entwickler|der betreiber) dir (?:\w+ )?(?:gesagt|aufgetragen|befohlen|vorgegeben|mitgegeben)|deine rolle\b|(?:deine|ihre|eure) (?:bisherigen|alten|ursprunglichen|vorherigen|bestehenden) (?:vorgaben|anweisungen|"
              r"regeln|richtlinien|instruktionen|einschrankungen|beschrankungen)|(?:deine|eure) (?:vorgaben|"
              r"anweisungen|"
              r"regeln|richtlinien|instruktionen|einschrankungen|beschrankungen)|was man dir (?:gesagt|vorgegeben|"
              r"aufgetragen|mitgegeben)"
              r"|(?:vorgaben|anweisungen|regeln|richtlinien),? mit denen (?:du|man dich) (?:gestartet|initialisiert|"
              r"konfiguriert|eingerichtet|programmiert)|"
              r""
              r"(?:ihnen|dir) (?:zuvor |bisher )?erteilten (?:anweisungen|weisungen)|"
              r"die (?:regeln|anweisungen|vorgaben|instruktionen) (?:oben|von oben|davor|vom entwickler|des entwicklers)",
        drop=r"nicht mehr|vergiss|vergessen sie|ignorier|ignore|missacht|verwirf|aufgehoben|ausser kraft|hinfallig|"
             r"keine rolle mehr"
             r"|makulatur|gelten nicht mehr|ungultig|nichtig|uber bord",
        you=r"du |dir |dich |antworte",
        free=r"ohne (?:jede |jegliche |irgendwelche )?(?:einschrankung|beschrankung|filter|zensur|regeln|grenzen)|"
             r"uneingeschrankt|ungefiltert|unzensiert",
        reveal=r"offenleg|offenzuleg|schreib|zeig|gib|nenne|wiederhol|kopier|verrat|druck|ausgeben|offenbar",
        told_first=r"was (?:wurde dir|hat man dir|haben sie dir) (?:ganz )?(?:am anfang|zu beginn|vorher|vor meiner (?:ersten )?nachricht) (?:gesagt|mitgegeben|aufgetragen)",
        setup=r"(?:oberhalb|uber) meiner ersten nachricht|systemkonfiguration|systemprompt|system-prompt|systemanweisung|systemnachricht|als anweisung mitgegeben|"
              r"vor diesem gesprach|"
              r"anfangsanweisung|ursprunglichen anweisung|internen anweisung|versteckten anweisung|was man dir "
              r"(?:vorher|zu beginn|am anfang) (?:gesagt|gegeben|mitgegeben)",
        secret=r"geheime\w? (?:passwort|kennwort|wort|losungswort|codewort)",
        asked=r"sag|verrat|wie lautet|was ist|buchstabier"),
    Lexicon(
        "it", "folded",
        rules=r"quello che ti (?:ha|hanno) (?:chiesto|detto|ordinato) (?:lo sviluppatore|gli sviluppatori)|(?:istruzioni|regole|indicazioni) (?:dello|del|dell) ?(?:sviluppatore|operatore|creatore)|(?:il )?tuo ruolo\b|(?:il )?(?:compito|incarico|ruolo) che ti (?:hanno|ha) (?:assegnato|dato|affidato)|"
              r"(?:le tue|tue|le sue|le vostre) (?:\w+ )?(?:istruzioni|regole|direttive|indicazioni|restrizioni|linee "
              r"guida|limitazioni)|(?:istruzioni|direttive) (?:precedenti|iniziali|originali|di sistema)(?! (?:del|"
              r"della|dello|dei|di|sul|sulla|per|relative) )|(?:le regole|le istruzioni|quello|"
              r"cio) che ti hanno (?:dato|detto)"
              r"|regole che ti hanno dato|disposizioni (?:operative|impartite|iniziali)|"
              r"(?:istruzione|direttiva) (?:precedente|iniziale|originale)",
        drop=r"conta meno|lascia perdere|lasciate perdere|non (?:conta|vale) piu|"
             r"dimentic|ignor|trascur|non (?:seguire|rispettare|obbedire|tenere conto)|non (?:valgono|vale|contano) "
             r"piu|(?:sono|e) (?:annullat|revocat|sospes|decadut)|lascia perdere|metti da parte"
             r"|lascia(?:le|la|li)? perdere|revocat|non (?:valgono|vale|contano|conta) piu",
        you=r"tu |rispondi|risponderai|sei ",
        free=r"senza (?:alcun[ao]? |nessun[ao]? )?(?:filtr|restrizion|censur|limit|regol)|non censurat",
        reveal=r"ricopia|mostr|scriv|ripet|stamp|rivel|copi|incoll|dimmi|trascriv|riporta",
        told_first=r"(?:cosa|che cosa) ti hanno detto (?:all'inizio|prima che io (?:scrivessi|arrivassi|parlassi))",
        setup=r"sopra il mio primo messaggio|prompt (?:di |del )?sistema|messaggio (?:di |del )?sistema|istruzioni (?:di sistema|iniziali|originali|"
              r"nascoste|interne)|quello che ti (?:hanno|e stato) detto (?:prima|all'inizio)",
        secret=r"(?:password|parola) segreta|parola d'ordine",
        asked=r"qual e|dammi|sillab"),
    Lexicon(
        "nl", "folded",
        rules=r"wat (?:ze|men|de ontwikkelaar|de beheerder) je (?:eerder |daarvoor |vooraf )?(?:hebben|heeft) (?:gezegd|opgedragen|verteld)|(?:instructies|regels|richtlijnen) van (?:de|je|jouw) (?:ontwikkelaar|operator|maker|beheerder)|(?:je|jouw|uw) (?:\w+ )?(?:opdracht|instructie|taak|rol)\b|(?:opdracht|instructies|taak|regels) die (?:je|jij|u) (?:\w+ ){0,3}?(?:kreeg|kreeg|kreeg|gekregen)|(?:oorspronkelijke|eerdere|vorige) (?:opdracht|instructies|regels)(?! (?:over|voor|van|rond|inzake|bij) )|(?:opdracht|verzoek|vraag) van de gebruiker|"
              r"(?:je|jouw|uw) (?:\w+ )?(?:instructies|regels|richtlijnen|beperkingen|opdrachten|aanwijzingen)|wat "
              r"(?:je|jou|u) (?:eerder |vooraf )?(?:is )?(?:opgedragen|verteld|gezegd|meegegeven)",
        drop=r"telt niet meer|ingetrokken|vervalt|zijn (?:opgeheven|vervallen)|niet langer (?:geldig|van toepassing)|"
             r"negeer|vergeet|(?:gelden|geldt) niet meer|niet meer (?:van toepassing|geldig|volgen)|vervallen|"
             r"laat (?:varen|los)",
        you=r"je |jij |u |antwoord",
        free=r"zonder (?:enige |alle |welke )?(?:beperking|filter|censuur|regels|grenzen)|ongecensureerd|ongefilterd",
        reveal=r"herhaal|toon|laat (?:me )?zien|schrijf|herhaal|print|kopieer|geef|onthul|plak",
        told_first=r"wat is je (?:aan het begin|in het begin|vooraf) (?:verteld|gezegd|opgedragen)",
        setup=r"boven mijn eerste bericht|systeemprompt|systeembericht|systeeminstructies|(?:je|jouw) (?:oorspronkelijke|eerste|verborgen|"
              r"interne) "
              r"instructies|wat je (?:vooraf|in het begin|eerder) (?:is )?(?:opgedragen|verteld|meegegeven)",
        secret=r"geheime? (?:wachtwoord|woord|code)",
        asked=r"zeg|vertel|wat is|geef|spel"),
    Lexicon(
        "pl", "folded",
        rules=r"co (?:ci )?(?:wczesniej |przedtem )?(?:kazano|powiedziano|polecono)|co (?:powiedzial|kazal) ci (?:programista|deweloper|tworca)|(?:instrukcje|zasady|polecenia|reguly) (?:operatora|dewelopera|programisty|tworcy)|(?:twoje|twoich|swoje|swoich|wasze) (?:\w+ )?(?:instrukcj|zasad|regul|polecen|ograniczen|wytyczn)|"
              r"(?:poprzednie|wczesniejsze|dotychczasowe|pierwotne) (?:instrukcj|polecen|"
              r"wytyczn)\w*\b(?! (?:dotyczace|do|w sprawie|na|dla) )|(?:zadne|zadnych) "
              r"(?:zasady|zasad|reguly|regul|ograniczenia|ograniczen)",
        drop=r"jest niewazne|nie ma znaczenia|zignoruj|ignoruj|zapomnij|pomin|nie (?:obowiazuja|obowiazuje|stosuj|przestrzegaj|sluchaj)|"
             r"(?:sa|zostaly) (?:uniewaznione|anulowane|zawieszone)|juz nie (?:obowiazuja|sa wazne)",
        you=r"ty |odpowiadasz|odpowiedz|odpowiadaj|jestes",
        free=r"bez (?:zadnych |jakichkolwiek )?(?:ograniczen|filtrow|cenzury|zasad|regul)",
        reveal=r"przepisz|pokaz|wypisz|napisz|powtorz|wyswietl|skopiuj|ujawnij|podaj|wklej|przepisz",
        told_first=r"co ci powiedziano (?:na (?:samym )?poczatku|zanim)",
        setup=r"nad moja pierwsza wiadomoscia|prompt\w{0,3} systemow|komunikat\w{0,3} systemow|wiadomos\w{0,3} systemow|instrukcj\w{0,3} "
              r"systemow|(?:twoje|swoje) (?:poczatkowe|pierwotne|ukryte|wewnetrzne) instrukcj",
        secret=r"(?:tajne|sekretne) (?:haslo|slowo)|tajnego (?:hasla|slowa)",
        asked=r"powiedz|podaj|jakie jest|zdradz|przeliteruj"),
    Lexicon(
        "ru", "native",
        rules=r"(?:всё|все|то),? что тебе (?:раньше |ранее |до этого )?(?:говорили|сказали|велели|приказали)|что (?:там )?тебе (?:велел|сказал|приказал) разработчик|(?:инструкции|правила|указания|установки) (?:оператора|разработчика|создателя)|(?:твои|ваши) (?:\w+ )?настройки|(?:прежние|предыдущие|изначальные) (?:\w+ )?настройки|"
              r"(?:твои|твоих|свои|своих|ваши|ваших|прежние|прежних|предыдущие|предыдущих|изначальные|исходные|"
              r"никакими|"
              r"никаких) (?:\w+ )?(?:инструкци|правил|указани|ограничени|директив|установк|запрет)\w*\b(?! (?:по|о|"
              r"об|для|к|насчет) )",
        drop=r"неважно|не важно|больше не имеет значения|не действуют|не действует|недействительн|аннулирован|"
             r"забудь|забудьте|игнорир|проигнорир|не (?:следуй|соблюдай|подчиняйся|обращай внимания)|больше не "
             r"(?:действуют|действует|актуальн|связан)|не связан|отменен|утратил\w? силу|не обязан",
        you=r"ты |вы |отвечай|отвечаешь|ответь",
        free=r"без (?:каких-либо |всяких |любых |никаких )?(?:ограничений|фильтров|правил|цензуры)|ничем не огранич",
        reveal=r"покажи|выведи|напиши|повтори|распечатай|скопируй|раскрой|процитируй|вставь|перепиши|озвучь",
        told_first=r"что тебе (?:сказали|велели|написали|дали) (?:в самом начале|в начале|до моего (?:первого )?сообщения)",
        setup=r"выше моего первого сообщения|системн\w{0,4} (?:промпт|подсказк|инструкци|сообщени)|исходн\w{0,4} (?:инструкци|промпт)|"
              r"(?:первоначальн|скрыт|внутренн)\w{0,4} инструкци|что тебе (?:сказали|написали|дали) (?:в начале|до)",
        secret=r"(?:секретн|тайн)\w{0,3} (?:слов|пароль|код)\w{0,2}|кодов\w{0,3} слов\w{0,2}",
        asked=r"скажи|назови|какое|какой|сообщи"),
    Lexicon(
        "tr", "folded",
        rules=r"sana (?:daha once )?soylenen (?:her seyi|seyleri)|gelistiricinin sana soyledikleri|(?:onceki|eski|ilk|sana verilen) (?:\w+ )?(?:talimat|kural|yonerge)(?:lar)?(?:[iı]n?[iı]?|[iı]n)?\b|sirket(?:in)? kurallar\w{0,4}|talimatlar[iı]n[iı]|kurallar[iı]n[iı]|s[iy]stem (?:talimat|kural|yonerge)",
        drop=r"iptal\b|bos ver|dikkate alma|gormezden gel|unut|yok say|uyma|gecersiz",
        you=r"sen |cevap ver|yanitla|cevapla",
        free=r"(?:tum )?kisitlamalar (?:kaldirildi|yok)|"
             r"s[iı]n[iı]rs[iı]z|kisitlamas[iı]z|sansursuz|filtresiz|hicbir (?:kisitlama|kural|s[iı]n[iı]r|filtre)",
        reveal=r"tekrar et|goster|yaz|tekrarla|ifsa et|kopyala|paylas|soyle",
        told_first=r"(?:en basta|baslangicta|ben yazmadan once),? sana ne (?:soylendi|denildi|verildi)",
        setup=r"ilk mesajimin ustunde|s[iy]stem (?:istem|mesaj|talimat|prompt)|ilk (?:talimat|mesaj)|gizli talimat|sana (?:baslangicta )?"
              r"verilen talimat",
        secret=r"gizli (?:sifre|parola|kelime|sozcuk)\w{0,4}",
        asked=r"soyle|nedir|ver|hecele"),
    Lexicon(
        "zh", "native", spaced=False,
        rules=r"(?:之前|先前|以前|原来|原來)(?:收到|得到|接到|被给予|被給予|拿到)的(?:所有)?(?:规则|規則|指令|指示|设定|設定|提示词?|提示詞)|"
              r"你的(?:系統)?(?:指令|指示|規則|規定|限制|約束|設定|提示詞?|要求)|(?:你嘅|你啲|今日啲|啲)(?:規矩|规矩|規則|指示)|(?:之前|先前|原來|以上|上面|所有|任何)的?(?:所有)?(?:系統)?(?:指令|指示|提示詞?|設定|規則|规则)|(?:开发者|開發者|开发人员|開發人員|系统|系統|管理员|管理員)?(?:给|給)你的(?:规则|規則|指令|指示|设定|設定|限制)|(?:之前|先前|原来|所有)的?(?:所有)?(?:instructions|prompt|rules)|"
              r"你的(?:系统)?(?:指令|指示|规则|规定|限制|约束|设定|提示词?|要求)|(?:之前|先前|原来|以上|上面|所有|任何)的?"
              r"(?:系统)?(?:指令|指示|提示词?|设定)|系统(?:提示词?|指令)",
        drop=r"不要(?:再)?(?:遵守|理會|理会)|別(?:再)?理會|别(?:再)?理会|唔(?:使|好|駛|需要)(?:再)?(?:理|跟|守)|"
             r"無視|忘掉|忘記|作廢|無效|不再(?:有效|適用|遵守)|"
             r"忽略|无视|忘记|忘掉|不再(?:有效|适用|遵守|受)|作废|失效|无效|不用(?:再)?(?:遵守|理会)|不要(?:再)?(?:遵守|理会)|"
             r"不受",
        you=r"你",
        free=r"(?:不受|没有)(?:任何)?(?:规则的?)?(?:限制|约束|规则|审查|过滤)|无限制|无审查",
        reveal=r"输出|显示|打印|告诉我|复述|重复|展示|给我看|写出|透露|原封不动|一字不差|逐字|貼出|贴出|俾我睇|話我知",
        setup=r"系统提示词?|系统指令|系统消息|初始(?:指令|提示)|隐藏(?:指令|提示)|隱藏(?:指令|指示|提示)|"
              r"(?:对话|對話|会话|會話)(?:开始|開始)(?:前|之前)(?:收到|得到)的|你(?:收到|得到)的(?:指令|指示|提示)|"
              r"你(?:一开始|一開始|最初|起初|最开始|最開始)(?:收到|得到|接到)的(?:设定|設定|指令|指示|提示|系统|系統)",
        secret=r"(?:秘密|机密|機密|隐藏|隱藏)的?(?:密码|密碼|口令|单词|單詞|词|詞)|暗号|暗號",
        asked=r"告诉我|告訴我|说出|說出|是什么|是什麼"),
    Lexicon(
        "ja", "native", spaced=False,
        rules=r"(?:これまでの|以前の|前の|最初の|元の|先ほどの|先ほどまでの|上記の)(?:全ての|すべての)?(?:指示|命令|プロンプト|設定|ルール|instructions|prompt|rules)|"
              r"(?:これまでの|以前の|前の|最初の|元の)(?:指示|命令|プロンプト)|あなたの(?:指示|命令|ルール|"
              r"規則|制限|制約|設定|プロンプト)|システムの?(?:指示|プロンプト|設定)",
        drop=r"取り消(?!します)|取消(?!します)|もう無効|無効になり|"
             r"無視|無効|忘れ|従わな|従う必要は|破棄|撤回|解除",
        you=r"あなた|君|お前|答えて|回答して",
        free=r"制限(?:なし|なく|のない|を解除|はありません|がない)|制約(?:なし|のない|はありません)|検閲(?:なし|のない)|"
             r"フィルター(?:なし|のない)",
        reveal=r"表示|出力|教えて|書き出|繰り返|見せて|貼り付け|開示|一字一句|原文",
        setup=r"システムプロンプト|システムメッセージ|(?:最初に|はじめに|事前に)(?:与えられた|受け取った|渡された)(?:指示|"
              r"命令|プロンプト)|初期(?:指示|設定|プロンプト)|隠された指示",
        secret=r"(?:秘密|ひみつ|シークレット)の?(?:パスワード|言葉|ことば|合言葉)|合言葉|あいことば",
        asked=r"教えて|言って|何"),
    Lexicon(
        "ko", "native", spaced=False,
        rules=r"(?:앞에서|이전에|처음에|전에)\s?받은\s?(?:지시|지침|명령|설정|규칙)|(?:이전|기존|원래)\s?(?:규칙|설정)|"
              r"(?:이전|기존|앞의|원래)\s?(?:지시|지침|명령|프롬프트)|(?:너의|네|당신의|시스템)\s?(?:지시|지침|명령|규칙|"
              r"제한|제약|프롬프트|설정)",
        drop=r"더\s?이상\s?유효하지|취소|"
             r"무시|잊어|잊고|따르지\s?(?:마|않아도)|해제|무효|폐기",
        you=r"너는|넌|당신은|답해|대답해",
        free=r"제한(?:이|을)?\s?(?:해제|없는|없이|없어)|제약\s?없|검열\s?없|필터\s?없",
        reveal=r"출력|보여|알려|그대로|반복|공개|적어|복사",
        setup=r"시스템\s?프롬프트|시스템\s?메시지|초기\s?(?:지시|설정|프롬프트)|처음에?\s?받은\s?(?:지시|명령|프롬프트)|"
              r"숨겨진\s?지시",
        secret=r"비밀 ?(?:단어|암호)|숨겨진 ?(?:비밀번호|암호)",
        asked=r"알려|말해|뭐"),
    Lexicon(
        "ar", "native", spaced=False,
        rules=r"(?:كل )?ما (?:طُلب|طلب|قيل) (?:منك|لك)|(?:كل )?اللي (?:اتقالك|قالوه لك|قالو ليك)|ما قاله لك المطو\S?ر|ما قيل لك|تعليمات (?:ال)?سابقة|"
              r"(?:تعليمات|قواعد|إرشادات|ارشادات|قيود|أوامر|اوامر)(?:ك| سابقة| السابقة| الأصلية| الاصلية| النظام)|"
              r"(?:أي|اي) (?:قواعد|قيود|تعليمات)",
        drop=r"انسى|نسا |انسَ|لم تعد|لم يعد|"
             r"تجاهل|انس |لا تلتزم|لا تتبع|لم تعد (?:سارية|صالحة)|ملغا|ألغ|غير ملزم",
        you=r"أنت|انت|أجب|اجب|تجيب",
        free=r"(?:دون|بدون|بلا) (?:أي |اي )?(?:قيود|حدود|رقابة|فلاتر|فلترة|قواعد)",
        reveal=r"انسخ|اكشف|إكشف|أظهر|اظهر|"
               r"اعرض|أظهر|اظهر|اكتب|كرر|اطبع|انسخ|أخبرني|اخبرني|اكشف|حرفي",
        told_first=r"ماذا قيل لك في البداية|(?:شو|ايش|وش) قالو(?:لك| لك) (?:بالأول|في البداية|بالبداية)",
        setup=r"فوق رسالتي الأولى|(?:ال)?تعليمات (?:ال)?مخفية|(?:ال)?تعليمات (?:ال)?سرية|"
              r"(?:التعليمات|الرسالة|الموجه) (?:الأصلية|الاصلية|الأولى|الاولى|الأولية|الاولية|المخفية)|موجه النظام|"
              r"رسالة النظام|تعليمات النظام|(?:التعليمات|الأوامر) التي (?:أعطيت|اعطيت|تلقيت)",
        secret=r"الكلمة السرية|كلمة (?:المرور|السر) (?:السرية|المخفية)|كلمة السر",
        asked=r"قل|ما هي|أعطني|اعطني"),
    Lexicon(
        "hi", "native", spaced=False,
        rules=r"(?:तुम्हारे|तुम्हारी|आपके|आपकी|पिछले|पिछली|किसी|(?:डेवलपर|कंपनी|एडमिन|ऑपरेटर) के) (?:\S+ )?(?:नियम|निर्देश|प्रतिबंध|पाबंदी)",
        drop=r"अनदेखा|भूल जा|नज़रअंदाज़|नजरअंदाज|मत मानो|पालन मत|बंधे नहीं|बंधे हुए नहीं|लागू नहीं|रद्द|"
             r"(?:मानने|पालन करने) की (?:ज़रूरत|जरूरत|आवश्यकता) नहीं",
        you=r"तुम|आप|जवाब दो|उत्तर दो",
        free=r"बिना (?:किसी )?(?:प्रतिबंध|रोक|सेंसर|सीमा|नियम|फ़िल्टर|फिल्टर)|कोई (?:प्रतिबंध|सीमा|नियम) नहीं",
        reveal=r"दिखाओ|दिखाइए|बताओ|बताइए|लिखो|लिखिए|दोहराओ|प्रिंट|कॉपी|शब्दशः",
        told_first=r"(?:शुरू में|शुरुआत में)[^?।]{0,40}तुम्हें क्या बताया गया",
        setup=r"मेरे पहले संदेश के ऊपर|सिस्टम प्रॉम्प्ट|सिस्टम संदेश|सिस्टम निर्देश|(?:शुरुआती|मूल|छिपे|प्रारंभिक) निर्देश|(?:बातचीत|चैट|वार्तालाप) शुरू होने से पहले",
        secret=r"गुप्त (?:शब्द|पासवर्ड|कोड)|सीक्रेट (?:वर्ड|पासवर्ड)|पासवर्ड (?:\S+ )?(?:जिसे|जो) (?:\S+ ){0,3}(?:छुपा|छिपा|गुप्त|बचा)",
        asked=r"बताओ|बताइए|क्या है|दो"),
    Lexicon(
        "id", "folded",
        rules=r"(?:instruksi|aturan|perintah|pedoman|batasan|arahan)(?:mu| kamu| anda| awak| sebelumnya| sebelum ini|"
              r" terdahulu| awal| asal| s[iy]stem)",
        drop=r"abaikan|lupakan|jangan (?:ikuti|patuhi|hiraukan|endahkan)|tidak (?:berlaku|perlu (?:diikuti|dipatuhi))|"
             r"dibatalkan|tidak lagi sah",
        you=r"kamu|anda|jawab",
        free=r"tanpa (?:batas|batasan|sensor|filter|aturan)|tidak (?:ada|punya) (?:batasan|aturan|sensor)",
        reveal=r"tampilkan|tunjukkan|tuliskan|ulangi|cetak|salin|bocorkan|beritahu|sebutkan|dedahkan|paparkan",
        setup=r"prompt s[iy]stem|pesan s[iy]stem|instruksi (?:s[iy]stem|awal|asli|tersembunyi)",
        secret=r"(?:kata sandi|sandi|kata) rahasia",
        asked=r"katakan|apa|berikan|eja"),
    Lexicon(
        "vi", "folded",
        rules=r"(?:chi dan|huong dan|quy tac|lenh|gioi han|rang buoc|chi thi) (?:truoc [dđ]o|truoc|cu|ban [dđ]au|he "
              r"thong|cua ban)(?! (?:\w+ )?ve )",
        drop=r"bo qua|quen|phot lo|khong (?:can )?(?:tuan theo|lam theo)|khong con (?:hieu luc|ap dung)|huy bo|vo hieu",
        you=r"ban |tra loi",
        free=r"khong (?:co )?(?:gioi han|rang buoc|kiem duyet|bo loc)|khong bi (?:gioi han|rang buoc)",
        reveal=r"hien thi|in ra|cho (?:toi )?xem|viet ra|lap lai|sao chep|tiet lo",
        setup=r"(?:prompt|loi nhac|thong [dđ]iep|chi dan) he thong|chi dan (?:ban [dđ]au|goc|an)",
        secret=r"mat khau bi mat|tu bi mat|mat khau an",
        asked=r"noi|la gi|cho toi|danh van"),
    Lexicon(
        "uk", "native",
        rules=r"(?:усе|все|те),? що тобі (?:раніше |до цього )?(?:казали|сказали|наказали)|що тобі (?:наказав|сказав) розробник|(?:інструкції|правила|вказівки|настанови) (?:оператора|розробника|творця)|(?:попередн|усі попередн|всі попередн|початков|первинн)\w* (?:\w+ )?(?:інструкці|правил|вказів|настанов|налаштуван)|(?:твої|ваші) налаштування|"
              r"(?:твої|твоїх|свої|своїх|ваші|ваших|жодних|жодними) (?:\w+ )?(?:інструкці|"
              r"правил|вказів|обмежен|директив|настанов)",
        drop=r"більше не має значення|неважливо|застаріл|не діють|не діє|недійсн|"
             r"забудь|забудьте|ігноруй|проігноруй|не (?:дотримуйся|виконуй|зважай)|більше не (?:діють|діє|чинні|"
             r"актуальн)|"
             r"скасован|втратил\w? чинність|не зобов|не обмежен|не зв'язан",
        you=r"ти |ви |відповідай|відповідаєш",
        free=r"без (?:жодних |будь-яких )?(?:обмежень|фільтрів|правил|цензури)",
        reveal=r"перепиши|покажи|виведи|напиши|повтори|розкрий|скопіюй|процитуй|перепиши",
        told_first=r"що тобі (?:сказали|казали|наказали) (?:на самому початку|на початку|до мого (?:першого )?повідомлення)",
        setup=r"над моїм першим повідомленням|системн\w{0,4} (?:промпт|підказк|інструкці|повідомлен)|початков\w{0,4} (?:інструкці|промпт)|"
              r"приховані інструкці|що тобі (?:сказали|дали) (?:на початку|до)",
        secret=r"(?:секретн|таємн)\w{0,3} (?:слов|пароль|код)\w{0,2}",
        asked=r"скажи|назви|яке|який|повідом"),
    Lexicon(
        "cs", "folded",
        rules=r"(?:pokyn\w{0,3}|pravidl\w{0,3}|instrukc\w{0,3}) (?:provozovatele|spolecnosti|firmy|vyvojare)|(?:tve|tvoje|tvych|sve|svych|vase|vasich|zadne|zadnymi) (?:\w+ )?(?:instrukc|"
              r"pravid|pokyn|omezen|smernic)",
        drop=r"neri(?:d|dte) se|se neri(?:d|dte)|zapomen|ignoruj|nedbej|uz neplati|neplati|prestan (?:dodrzovat|poslouchat)|(?:jsou|byly) (?:zrusen|"
             r"neplatn)|"
             r"nemusis (?:dodrzovat|poslouchat)|nejsi vazan",
        you=r"ty |odpovidej|odpovez|jsi ",
        free=r"bez (?:jakychkoli |zadnych )?(?:omezeni|filtru|cenzury|pravidel)",
        reveal=r"ukaz|vypis|napis|zopakuj|zobraz|zkopiruj|prozrad|vloz|cituj",
        setup=r"systemov\w{0,3} (?:prompt|zprav|instrukc|pokyn)|(?:puvodni|pocatecni|skryte|interni) (?:instrukc|"
              r"pokyn)|(?:pokyn|instrukc)\w{0,3} (?:jsi|ktere jsi|co jsi) (?:dostal|obdrzel)\w{0,2}|(?:pokyn|instrukc)\w{0,3} "
              r"od (?:vyvojar|tvurc|provozovatel)",
        secret=r"tajn\w{1,2} (?:heslo|slovo|hesla|slova)",
        asked=r"rekni|jake je|prozrad|hlaskuj"),
    Lexicon(
        "sv", "folded",
        rules=r"(?:dina|era) (?:\w+ )?(?:instruktioner|regler|riktlinjer|begransningar|direktiv|"
              r"anvisningar)",
        drop=r"glom|ignorera|strunta i|bortse fran|galler inte|inte langre (?:giltig|galler)|upphavd|folj inte|"
             r"behover inte (?:folja|lyda)",
        you=r"du |svara",
        free=r"utan (?:nagra |nagon )?(?:begransning|filter|censur|regler|granser)|obegransad|ocensurerad",
        reveal=r"visa|skriv|upprepa|kopiera|avsloja|citera|klistra in",
        setup=r"systemprompt|systemmeddelande|systeminstruktion|(?:ursprungliga|dolda|interna|forsta) instruktioner|"
              r"(?:(?:hela )?texten|instruktionerna|meddelandet) (?:som )?du fick (?:innan|fore|i borjan|forst)",
        secret=r"hemlig\w{0,2} (?:losenord\w{0,2}|ord\w{0,2}|koden)",
        asked=r"sag|beratta|vad ar|ge mig|stava"),
    Lexicon(
        "da", "folded",
        rules=r"(?:instruktioner|regler|retningslinjer) fra (?:udvikleren|operatoren)|(?:den |de )?(?:opgave|instruks|instruktioner|ordrer?),? "
              r"(?:som )?du fik (?:fra starten|i starten|oprindeligt|fra begyndelsen|f[oø]rst)|(?:dine|jeres) (?:\w+ )?(?:instruktioner|regler|retningslinjer|begr[aæ]nsninger|"
              r"direktiver)",
        drop=r"glem|ignorer|se bort fra|g[aæ]lder ikke|ikke l[aæ]ngere g[aæ]ldende|oph[aæ]vet|f[oø]lg ikke|"
             r"ikke l[aæ]ngere f[oø]lge|"
             r"beh[oø]ver ikke (?:at )?f[oø]lge",
        you=r"du |svar",
        free=r"uden (?:nogen |nogle )?(?:begr[aæ]nsning|filter|censur|regler|gr[aæ]nser)|ubegr[aæ]nset|ucensureret",
        reveal=r"vis|skriv|gentag|kopier|afsl[oø]r|citer|inds[aæ]t",
        setup=r"systemprompt|systembesked|systeminstruktion|(?:oprindelige|skjulte|interne|f[oø]rste) instruktioner",
        secret=r"hemmelig\w{0,2} (?:adgangskode\w{0,2}|kodeord\w{0,2}|ord\w{0,2})",
        asked=r"sig|fortael|hvad er|giv mig|stav"),
    Lexicon(
        "no", "folded",
        rules=r"(?:instruksjonene|reglene|retningslinjene) (?:du fikk|du har fatt|som du fikk)|(?:tidligere|opprinnelige|forrige) (?:instruksjoner|regler)|(?:opprinnelige|tidligere) (?:reglene|instruksjonene)|(?:reglene|instruksjonene) dine|"
              r"(?:dine|deres) (?:\w+ )?(?:instruksjoner|regler|retningslinjer|begrensninger|"
              r"direktiver)",
        drop=r"overse|gjelder ikke lenger|"
             r"glem|ignorer|se bort fra|gjelder ikke|ikke lenger gyldig|opphevet|f[oø]lg ikke|"
             r"trenger ikke (?:[aå] )?f[oø]lge",
        you=r"du |svar",
        free=r"uten (?:noen )?(?:begrensning|filter|sensur|regler|grenser)|ubegrenset|usensurert",
        reveal=r"vis|skriv|gjenta|kopier|avsl[oø]r|siter|lim inn",
        setup=r"systemprompt|systemmelding|systeminstruks|(?:opprinnelige|skjulte|interne|f[oø]rste) instruksjoner",
        secret=r"hemmelig\w{0,2} (?:passord\w{0,2}|ord\w{0,2}|kode\w{0,2})",
        asked=r"si|fortell|hva er|gi meg|stav"),
    Lexicon(
        "fi", "folded",
        rules=r"ohjeesi|saantosi|ohjeistuksesi|(?:yllapitajan|kehittajan|operaattorin|yrityksen) (?:\w+ )?(?:saanto|ohje)|"
              r"(?:sinun|sinulle annetut) (?:\w+ )?(?:ohjee|saanno|rajoitu|"
              r"ohjeistu|kaskyj|maaraykse)",
        drop=r"peruttu|peruutettu|eivat ole enaa voimassa|ei (?:enaa )?tarvitse noudattaa|"
             r"unohda|ohita|sivuuta|jata huomiotta|ala noudata|eivat (?:enaa )?(?:ole voimassa|paade)|ei enaa (?:ole "
             r"voimassa|koske)|kumottu|mitatoi",
        you=r"sina |vastaa",
        free=r"ilman (?:mitaan )?(?:rajoituksia|suodattimia|sensuuria|saantoja)|rajoittamaton|sensuroimaton",
        reveal=r"nayta|kirjoita|toista|tulosta|kopioi|paljasta|lainaa|liita",
        setup=r"jarjestelmakehote|jarjestelmaviesti|jarjestelmaohje|(?:alkuperaiset|piilotetut|sisaiset|ensimmaiset) "
              r"ohjeet",
        secret=r"salai\w{0,5} (?:sana\w{0,3}|salasana\w{0,3}|tunnussana\w{0,3})",
        asked=r"kerro|sano|mika on|anna"),
    Lexicon(
        "ro", "folded",
        rules=r"(?:instructiunile|regulile|indicatiile) (?:primite|date) (?:la inceput|initial|anterior)|(?:instructiunile|regulile) (?:operatorului|dezvoltatorului)|(?:instructiunile|regulile|directivele|restrictiile|indicatiile) (?:tale|voastre|de s[iy]stem)",
        drop=r"ignora|uita|nu mai (?:respecta|urma|sunt valabile|se aplica)|anulat|nu (?:tine|tineti) cont|renunta la",
        you=r"tu |raspunde",
        free=r"fara (?:nicio |niciun |vreo )?(?:restrictie|restrictii|filtre|filtru|cenzura|reguli|limite)",
        reveal=r"arata|afiseaza|scrie|repeta|copiaza|dezvaluie|citeaza|lipeste",
        setup=r"prompt(?:ul)? de s[iy]stem|mesaj(?:ul)? de s[iy]stem|instructiunile (?:initiale|originale|ascunse|"
              r"interne|de s[iy]stem)",
        secret=r"parola secreta|cuvantul secret|parola ascunsa",
        asked=r"spune|care e|care este|da-mi"),
    Lexicon(
        "hu", "folded",
        rules=r"utasitasaid|szabalyaid|(?:a )?sajat (?:utasitas|szabaly)",
        drop=r"visszavont|ervenyuket vesztett|ervenyet vesztett|"
             r"felejtsd el|hagyd figyelmen kivul|ne vedd figyelembe|nem ervenyes|mar nem (?:ervenyes|vonatkozik)|"
             r"ne kovesd",
        you=r"te |valaszolj|valaszol",
        free=r"(?:korlatozas|szures|cenzura|szabaly)(?:ok)? nelkul|(?:figyelmeztetes|elutasitas|visszautasitas)\w{0,4}(?: es \w+)? nelkul|korlatlan|cenzurazatlan",
        reveal=r"mutasd|ird ki|ird le|ismeteld|masold|fedd fel|idezd|nyomtasd",
        setup=r"rendszerprompt|rendszeruzenet|rendszerutasitas|(?:eredeti|kezdeti|rejtett|belso) utasitas",
        secret=r"titkos (?:jelszo\w{0,3}|szo\w{0,3}|kod\w{0,3})",
        asked=r"mondd|mi a|add meg|betuzd"),
    Lexicon(
        "ca", "folded",
        rules=r"(?:instruccions|instructions|indicacions|normes|regles) (?:anteriors|previes|originals|inicials|del sistema|"
              r"que et van donar|que t'han donat)|"
              r"(?:les teves|teves|les vostres) (?:\w+ )?(?:instruccions|regles|directrius|restriccions|indicacions)|"
              r"instruccions del sistema",
        drop=r"oblida|ignora|descarta|ja no (?:son|valen|apliquen|compten)|no (?:segueixis|compleixis|facis cas)",
        you=r"tu |respon|ets |la teva ",
        free=r"sense (?:cap |cap mena de )?(?:filtres?|restriccio|restriccions|censura|limits|regles)|sense cap \w+ ni restricci",
        reveal=r"copia|mostra|escriu|repeteix|imprimeix|revela|enganxa|transcriu|digues",
        setup=r"(?:les teves|les) instruccions (?:internes|inicials|originals|del sistema|ocultes)|missatge (?:del )?"
              r"sistema|prompt (?:del )?sistema",
        secret=r"(?:contrasenya|paraula) secreta",
        asked=r"digues|quina es|dona'm"),
    Lexicon(
        "el", "native",
        rules=r"(?:οδηγίες|κανόνες|εντολές|περιορισμούς) σου|(?:παλιές|προηγούμενες|αρχικές|παλαιές) (?:οδηγίες|κανόνες|εντολές)(?= δεν| ακυρώνονται| καταργούνται|[.,;!:])|(?:τις|τους) δικ\w{1,3} σου",
        drop=r"ξέχασε|αγνόησε|μην (?:ακολουθείς|τηρείς)|δεν ισχύουν|δεν είσαι (?:πλέον )?δεσμευμένο|ακυρώνονται|"
             r"καταργούνται",
        you=r"εσύ|είσαι|απάντα|απαντάς",
        free=r"χωρίς (?:κανέναν |κανένα |καθόλου )?(?:περιορισμούς|περιορισμό|φίλτρα|λογοκρισία|κανόνες)",
        reveal=r"δείξε|γράψε|επανάλαβε|εμφάνισε|αντίγραψε|αποκάλυψε|τύπωσε",
        setup=r"(?:μήνυμα|προτροπή|οδηγίες) συστήματος|(?:αρχικές|κρυφές|εσωτερικές) οδηγίες",
        secret=r"μυστικ\w{0,3} (?:λέξη|λεξη|κωδικ\w{0,3})",
        asked=r"πες|ποια είναι|ποιος είναι|δώσε"),
    Lexicon(
        "he", "native", spaced=False,
        rules=r"(?:כל )?מה שאמרו לך|מה שהמפתח אמר לך|(?:ההוראות|הכללים|ההנחיות|המגבלות) (?:שלך|שקיבלת)|(?:הוראות|הנחיות) המערכת",
        drop=r"כבר לא משנה|התעלם|תתעלם|שכח|תשכח|אל תציית|אל תפעל לפי|כבר לא (?:תקפ|בתוקף|חל)|מבוטלות|אינן בתוקף",
        you=r"אתה|ענה|תענה",
        free=r"(?:בלי|ללא) (?:שום |כל )?(?:מגבלות|הגבלות|סינון|צנזורה|כללים|מסננים)",
        reveal=r"תעתיק|הצג|הראה|תראה|כתוב|חזור על|העתק|חשוף|הדפס|צטט",
        told_first=r"מה אמרו לך (?:בהתחלה|לפני ש)",
        setup=r"מעל ההודעה הראשונה שלי|(?:הנחיית|הודעת|הוראות) (?:ה)?מערכת|ההוראות (?:המקוריות|הראשונות|הנסתרות|הפנימיות)|פרומפט (?:ה)?מערכת",
        secret=r"(?:ה)?סיסמה (?:ה)?סודית|(?:ה)?מילה (?:ה)?סודית",
        asked=r"תגיד|תגידי|מה|תן לי"),
    Lexicon(
        "fa", "native", spaced=False,
        rules=r"(?:هر چیزی|هرچی|چیزهایی) که (?:قبلاً |قبلا )?(?:بهت|به تو) (?:گفتن|گفتند|گفته\S*)|دستورهای توسعه\S*دهنده|(?:دستورالعمل|دستورات|قوانین|قواعد|محدودیت|رهنمود)\w{0,4} (?:خودت|تو|سیستم)",
        drop=r"دیگه مهم نیست|اعتبار ندارن|نادیده بگیر|فراموش کن|کنار بگذار|دیگر (?:معتبر|اعتبار)|لغو|پیروی نکن|اعتنا نکن",
        you=r"تو |شما|پاسخ بده|جواب بده",
        free=r"بدون (?:هیچ )?(?:محدودیت|سانسور|فیلتر|قانون|قید)",
        reveal=r"بنویس|نشان بده|بنویس|تکرار کن|چاپ کن|کپی کن|فاش کن|بگو",
        told_first=r"(?:اول کار|در ابتدا|قبل از اینکه من چیزی بنویسم)،? بهت چی گفتن|چی بهت گفتن (?:اول|در ابتدا)",
        setup=r"بالای اولین پیام من|(?:پرامپت|دستور|پیام) سیستم|دستورالعمل\w{0,4} (?:اولیه|اصلی|پنهان|داخلی)",
        secret=r"رمز (?:عبور )?(?:مخفی|سری|پنهان)|کلمه\W{0,2}(?:ی )?(?:مخفی|سری|رمز)",
        asked=r"بگو|چیست|بده"),
    Lexicon(
        "th", "native", spaced=False,
        rules=r"คำสั่งเดิม|คำสั่งก่อนหน้า|กฎเดิม|คำแนะนำก่อนหน้า|"
              r"คำสั่งของคุณ|กฎของคุณ|ข้อจำกัดของคุณ",
        drop=r"เพิกเฉย|ไม่ต้องสนใจ|ลืม|ละเว้น|ไม่ต้องทำตาม|ยกเลิก|ไม่มีผล",
        you=r"คุณ|เธอ|ตอบ",
        free=r"โดยไม่มี(?:ข้อจำกัด|การเซ็นเซอร์|ตัวกรอง|กฎ)|ไม่มีข้อจำกัด|ไร้ข้อจำกัด",
        reveal=r"แสดง|พิมพ์|บอก|ทวน|คัดลอก|เปิดเผย",
        setup=r"พรอมต์ระบบ|ข้อความระบบ|คำสั่งระบบ|คำสั่ง(?:แรก|เริ่มต้น|ที่ซ่อน)",
        secret=r"รหัสลับ|คำลับ",
        asked=r"บอก|คืออะไร"),
    Lexicon(
        "bn", "native", spaced=False,
        rules=r"(?:তোমার|আপনার) (?:\S+ )?(?:নির্দেশ|নিয়ম|বিধিনিষেধ|সীমাবদ্ধতা)",
        drop=r"উপেক্ষা|ভুলে যাও|ভুলে যান|মেনো না|আর প্রযোজ্য নয়|বাতিল",
        you=r"তুমি|আপনি|উত্তর দাও",
        free=r"(?:কোনো|কোন) (?:বিধিনিষেধ|সীমাবদ্ধতা|নিয়ম|সেন্সর) ছাড়া|বিধিনিষেধ ছাড়া|সেন্সর ছাড়া",
        reveal=r"লিখে দাও|দেখাও|দেখান|লেখো|লিখুন|পুনরাবৃত্তি|কপি|প্রকাশ|বলো",
        told_first=r"(?:শুরুতে|প্রথমে)[^?।]{0,40}তোমাকে কী বলা হয়েছিল",
        setup=r"আমার প্রথম বার্তার উপরে|গোপন নির্দেশ|যে নির্দেশ\S* দেওয়া হয়েছে|সিস্টেম প্রম্পট|সিস্টেম বার্তা|সিস্টেম নির্দেশ|(?:প্রাথমিক|মূল|লুকানো) নির্দেশ",
        secret=r"গোপন (?:শব্দ|পাসওয়ার্ড|কোড)",
        asked=r"বলো|বলুন|কী|দাও"),
    Lexicon(
        "ur", "native", spaced=False,
        rules=r"(?:اپنی|آپ کی|تمہاری) (?:\S+ )?(?:ہدایات|احکامات|قوانین|پابندیاں|پابندیوں)",
        drop=r"نظر انداز|بھول جا|مت مانو|نہ مانیں|اب لاگو نہیں|منسوخ|کی پیروی نہ|ختم کرو|ختم کر دو",
        you=r"تم|آپ|جواب دو|جواب دیں",
        free=r"(?:کے|کی) پابند نہیں|(?:بغیر|بنا) (?:کسی )?(?:پابندی|سنسر|فلٹر|قانون)",
        reveal=r"دکھاؤ|دکھائیں|لکھو|لکھیں|دہراؤ|کاپی|ظاہر کرو|بتاؤ",
        setup=r"سسٹم پرامپٹ|سسٹم میسج|سسٹم ہدایات|(?:ابتدائی|اصل|چھپی) ہدایات",
        secret=r"خفیہ (?:لفظ|پاس ورڈ|کوڈ)",
        asked=r"بتاؤ|بتائیں|کیا ہے|دو"),
    Lexicon(
        "bg", "native",
        rules=r"правилата на (?:компанията|фирмата|оператора|разработчика)|(?:твоите|вашите|предишни\w*|всички предишни|първоначални\w*|системни\w*) (?:\w+ )?(?:инструкции|указания|"
              r"правила|ограничения|настройки)",
        drop=r"не спазваш|не следваш|забрави|забравете|игнорирай|игнорирайте|пренебрегни|пренебрегнете|не спазвай|не следвай|вече не (?:важат|"
             r"са валидни|са в сила)|отменен|невалидн",
        you=r"ти |вие |отговаряй|отговори",
        free=r"без (?:никакви |каквито и да е )?(?:ограничения|филтри|правила|цензура)|нямаш (?:никакви )?ограничения",
        reveal=r"покажи|изведи|напиши|повтори|разкрий|копирай|цитирай|сподели",
        setup=r"системн\w{0,4} (?:промпт|подкан|инструкци|съобщени)|скрит\w{0,4} (?:си )?инструкции|"
              r"първоначалн\w{0,4} (?:инструкции|промпт)",
        secret=r"(?:тайн|секретн)\w{0,3} (?:дума|парола)",
        asked=r"кажи|каква е"),
    Lexicon(
        "ka", "native",
        rules=r"(?:წინა|ყველა წინა|შენი|თავდაპირველი|სისტემური|კომპანიის|დეველოპერის|ადმინისტრატორის) (?:\w+ )?(?:მითითებ|ინსტრუქცი|წესებ|შეზღუდვ)",
        drop=r"დაივიწყე|დაივიწყეთ|უგულებელყავი|უგულებელყავით|არ დაემორჩილო|აღარ მოქმედებს|გაუქმებულია|აღარ გჭირდება|არ გჭირდება",
        you=r"შენ |უპასუხე",
        free=r"შეზღუდვების გარეშე|ცენზურის გარეშე|ფილტრების გარეშე",
        reveal=r"მაჩვენე|გამოიტანე|დაწერე|გაიმეორე|გამიმხილე|მითხარი",
        setup=r"სისტემურ\w{0,4} (?:მოთხოვნ|ინსტრუქცი|მითითებ|პრომპტ)|(?:ფარულ|საიდუმლო)\w{0,3} (?:ინსტრუქცი|მითითებ)",
        secret=r"საიდუმლო (?:სიტყვა|პაროლი|კოდი)",
        asked=r"მითხარი|თქვი|რა არის"),
    Lexicon(
        "ta", "native", spaced=False,
        rules=r"(?:முந்தைய|முன்பு கொடுக்கப்பட்ட|உன்|உங்கள்|அனைத்து|நிறுவனத்தின்|டெவலப்பரின்|நிர்வாகியின்|உனக்குக் கொடுக்கப்பட்ட) (?:\S+ )?"
              r"(?:வழிமுறைகள|அறிவுறுத்தல்|விதிகள|கட்டுப்பாடுகள)",
        drop=r"விட்டுவிடு|விட்டு விடு|புறக்கணி|மறந்துவிடு|மறந்து விடு|பின்பற்ற வேண்டாம்|பின்பற்ற வேண்டியதில்லை|பின்பற்றத் தேவையில்லை|செல்லாது",
        you=r"நீ |நீங்கள் |பதில்",
        free=r"கட்டுப்பாடும் இல்லாத|கட்டுப்பாடுகள் இல்லாமல்|வரம்பு இல்லாமல்|தணிக்கை இல்லாமல்",
        reveal=r"காட்டு|காண்பி|எழுது|வெளிப்படுத்து|சொல்",
        setup=r"கணினி அறிவுறுத்தல்|அமைப்பு அறிவுறுத்தல்|சிஸ்டம் ப்ராம்ப்ட்|மறைக்கப்பட்ட அறிவுறுத்தல்|ரகசிய (?:அறிவுறுத்தல்|வழிமுறைகள)",
        secret=r"ரகசிய (?:சொல்|கடவுச்சொல்|குறியீடு)",
        asked=r"சொல்|என்ன"),
    Lexicon(
        "am", "native",
        rules=r"(?:የቀድሞ|ቀደም ሲል የተሰጡህን|የተሰጡህን|ያለፉትን|የቀደሙትን|የኩባንያውን|የኩባንያው|የገንቢውን) (?:\S+ )?(?:መመሪያ|ትእዛዝ|ደንብ|ደንቦች)|"
              r"መመሪያዎችህን",
        drop=r"ችላ በል|ችላ በሉ|እርሳ|አትከተል|መከተል አያስፈልግህም|መከተል የለብህም",
        you=r"አንተ |አንቺ |መልስ",
        free=r"ያለ (?:ምንም )?(?:ገደብ|ሳንሱር)|ገደብ የለህም",
        reveal=r"አሳየኝ|አሳይ|ጻፍ|ንገረኝ|ግለጽ",
        setup=r"የስርዓት መመሪያ|የሥርዓት መመሪያ|ስውር መመሪያ|የመጀመሪያ መመሪያ|ሚስጥራዊ መመሪያ",
        secret=r"ሚስጥራዊ (?:ቃል|የይለፍ ቃል)",
        asked=r"ንገረኝ"),
    Lexicon(
        "hi-latn", "folded",
        rules=r"company (?:wale|ke|ki) (?:rules|niyam)|(?:rules|instructions|nirdesh|niyam) (?:(?:diye|bataye) (?:gaye|gaya)|mile (?:the|hain))|"
              r"(?:pichhle|pichle|purane|pehle ke|pehle wale) (?:saare |sare |sab )?(?:instructions?|nirdesh|niyam|rules|"
              r"hidayat)|"
              r"(?:apne|tumhare|tumhaare|aapke|tere) (?:\w+ )?(?:instructions?|nirdesh|niyam|rules|hidayat|prompt)",
        drop=r"side (?:mein|me) rakh|(?:ab )?valid nahi|ab lagu nahi|ab nahi chalenge|"
             r"bhool ja|bhool jao|bhul ja|bhul jao|bhoolo|ignore kar|nazarandaz|mat maan|mat mano|mat follow",
        you=r"tum |tu |aap |jawab",
        free=r"bina (?:kisi )?(?:rok|pabandi|filter|niyam|restriction)",
        reveal=r"dikha|bata|bhej|copy kar",
        setup=r"system prompt|system ke (?:instructions|nirdesh)|chhupe (?:hue )?(?:instructions|nirdesh)",
        secret=r"secret (?:word|password|code)|gupt shabd",
        asked=r"batao|bata do|kya hai|bolo"),
    Lexicon(
        "zh-latn", "folded",
        rules=r"(?:ni de|zhiqian de|yiqian de|xianqian de|suoyou|quanbu) (?:\w+ )?(?:zhiling|guize|zhishi|shezhi|tishici|"
              r"xianzhi)",
        drop=r"hulue|wushi|wangji|wang diao|bu yong zunshou|zuofei|shixiao",
        you=r"ni ",
        free=r"meiyou (?:renhe )?(?:xianzhi|shencha|guize)|bu shou (?:renhe )?xianzhi",
        reveal=r"fa gei wo|gaosu wo|xianshi|shuchu|xie chu|fuzhi|lie chu",
        setup=r"xitong tishi(?:ci)?|xitong zhiling|yincang (?:de )?zhiling",
        secret=r"mimi (?:mima|ci)|koulin|kouling|an ?hao",
        asked=r"gaosu wo|shuo|shi shenme"),
    Lexicon(
        "ar-latn", "folded",
        rules=r"(?:ta3limat|ta3leemat|t3limat|t3leemat|tawjihat|qawa3ed|2awamer)(?: (?:elli|illi) (?:3ndak|3andak|"
              r"3atouk|a3touk))?",
        drop=r"sib(?:ak|ik)? men|seebak men|ensa|ensaa|enssa|"
             r"insa|insaa|tajahal|tjahal|matesma3sh|matetba3sh",
        you=r"enta |inta |anta ",
        free=r"bdoun (?:ay )?(?:qoyoud|2oyood|7dood|rqaba)|men gher (?:qoyoud|7dood)",
        reveal=r"e3tini|a3tini|warrini|wareeni|2olli|ektebli|oktob",
        setup=r"system prompt|(?:el|al) ta3limat (?:el|al) sirriya|ta3limat (?:el|al) nizam",
        secret=r"(?:el|al)[ -]?(?:password|kelma|kilma)[ -]?(?:el|al)?[ -]?(?:sirri\w{0,2}|ser\w{0,3})|kelmet el ser|kalimat al sir",
        asked=r"2olli|olli|2oli|e3tini|a3tini|shu"),
    Lexicon(
        "ru-latn", "folded",
        rules=r"(?:tvoi|svoi|vashi|predydushchie|predydushie|prezhnie|vse predydushchie|iskhodnye) (?:\w+ )?(?:instruktsi|"
              r"instrukci|pravil|ukazani|ogranicheni)",
        drop=r"zabud|ignoriru|proignoriru|ne sleduy|bolshe ne deystvuyut|ne deystvuyut|otmenen|otklyuchen",
        you=r"ty |vy |otvechay",
        free=r"bez (?:kakikh-libo |vsyakikh |lyubykh )?(?:ogranicheniy|filtrov|pravil|tsenzury)",
        reveal=r"pokazhi|vyvedi|napishi|povtori|raskroy|skopiruy",
        setup=r"sistemn\w{0,4} (?:prompt|instruktsi|soobshcheni)|skryt\w{0,4} instruktsi",
        secret=r"(?:sekretn|tajn|tayn)\w{0,3} (?:slov|parol|kod)\w{0,2}",
        asked=r"skazhi|nazovi|kakoe|kakoy"),
    Lexicon(
        "yo", "folded",
        rules=r"itosona (?:\w+ )?ti w[oóò]n fun [oóò]|(?:it[oóò]ni|ilana|ofin)(?: ti w[oóò]n fun [oóò]| r[eéè]| atijo| t[eéè]l[eéè])",
        drop=r"gbagbe|foju fo|ma tele|ko si mo",
        you=r"iwo |o ",
        free=r"laisi (?:ihamo|idiwo|ofin)",
        reveal=r"fi (?:\w+ ){0,3}han mi|so fun mi|ko jade",
        setup=r"(?:it[oóò]ni|ilana) (?:eto|asiri|ikoko)|[oóò]r[oóò] asina",
        secret=r"asina ikoko|oro ikoko",
        asked=r"so fun mi|so|kini"),
    Lexicon(
        "tl", "folded",
        rules=r"(?:mga )?(?:naunang|dating|nakaraang|orihinal na) (?:mga )?(?:tagubilin|utos|patakaran|instruksyon)|"
              r"(?:iyong|mga) (?:tagubilin|utos|patakaran|instruksyon) mo",
        drop=r"huwag (?:mo )?(?:nang )?(?:pansinin|sundin)|kalimutan|balewalain|wala nang bisa",
        you=r"ikaw |ka ",
        free=r"(?:walang|nang walang) (?:anumang )?(?:limitasyon|paghihigpit|filter|patakaran)",
        reveal=r"ipakita|ibigay|isulat|ulitin|sabihin",
        setup=r"system prompt|(?:nakatagong|orihinal na|unang) (?:tagubilin|instruksyon)",
        secret=r"lihim na (?:salita|password)",
        asked=r"sabihin|ano ang"),
    Lexicon(
        "lv", "folded",
        rules=r"(?:ieprieksej\w{0,4}|savus|tavus|visus) (?:\w+ )?(?:noradijum\w{0,3}|instrukcij\w{0,3}|noteikum\w{0,3})",
        drop=r"aizmirsti|aizmirstiet|ignore|neievero|vairs nav speka",
        you=r"tu |atbildi",
        free=r"bez (?:jebkadiem )?(?:ierobezojumiem|filtriem|noteikumiem|cenzuras)",
        reveal=r"paradi|izvadi|uzraksti|atkarto|atklaj",
        setup=r"sistemas (?:uzvedn|instrukcij|zinojum)|slept\w{0,3} (?:sistemas )?(?:uzvedn|instrukcij)",
        secret=r"slepen\w{1,3} (?:vard\w{1,3}|parol\w{1,3})",
        asked=r"saki|kads ir"),
    Lexicon(
        "sr", "native",
        rules=r"(?:претходн\w{0,3}|твоj\w{0,3}|сва|своj\w{0,3}|prethodn\w{0,3}|tvoj\w{0,3}|sva) (?:\w+ )?(?:упутств\w{0,3}|"
              r"инструкциj\w{0,3}|правил\w{0,3}|uputstv\w{0,3}|instrukcij\w{0,3}|pravil\w{0,3})\b(?! (?:о|за|у вези|o|za|u vezi) )"
              r"|(?:упутств|правил|uputstv|pravil)\w{0,3} (?:ко[јj]|ko[јj])\w{0,2} си (?:добио|добила|dobio|dobila)",
        drop=r"заборави|занемари|игнориши|zaboravi|zanemari|ignoriši|ignorisi|више не важ|vise ne vaz|više ne važ",
        you=r"ти |ti |одговори|odgovori",
        free=r"без (?:икаквих )?(?:ограничења|филтера|правила)|bez (?:ikakvih )?(?:ograničenja|ogranicenja|filtera|pravila)",
        reveal=r"покажи|испиши|напиши|понови|откриj|pokaži|pokazi|ispiši|ispisi|otkrij",
        setup=r"системск\w{0,3} (?:упит|промпт|инструкциj|поруk)|sistemsk\w{0,3} (?:upit|prompt|instrukcij|poruk)|"
              r"скривен\w{0,3} (?:упутств|инструкциj)|skriven\w{0,3} (?:uputstv|instrukcij)",
        secret=r"тајн\w{1,2} (?:лозинк\w{1,2}|реч)|tajn\w{1,2} (?:lozink\w{1,2}|rec|rijec)",
        asked=r"реци|која је|reci|koja je"),
    Lexicon(
        "is", "folded",
        rules=r"(?:fyrri|fyrra|oll fyrri|þin\w{0,2}|upphafleg\w{0,2}) (?:\w+ )?(?:fyrirmæli|leiðbeiningar|reglur|skipanir)",
        drop=r"hunsa|gleym|fylgdu ekki|gilda ekki lengur",
        you=r"þu |svaraðu",
        free=r"an (?:nokkurra |allra )?(?:takmarkana|sia|reglna|ritskodunar)",
        reveal=r"syndu|birtu|skrifaðu|endurtaktu|segðu",
        setup=r"kerfis(?:fyrirmæli|skilaboð|leiðbeiningar)|falda? (?:stillingu|fyrirmæli|leiðbeiningar)"),
    Lexicon(
        "eu", "folded",
        rules=r"(?:aurreko|zure|lehengo|jatorrizko) (?:\w+ )?(?:argibide|jarraibide|arau|agindu)\w{0,6}",
        drop=r"ahaztu|ez ikusi egin|baztertu|ez jarraitu|jada ez dira baliozko",
        you=r"zu |erantzun",
        free=r"(?:murrizketarik|iragazkirik|araurik) gabe",
        reveal=r"erakutsi|esadazu|idatzi|errepikatu|agerian utzi",
        setup=r"sistema(?:ren)? (?:argibide|mezu|gonbit)\w{0,6}|ezkutuko argibide\w{0,6}",
        secret=r"pasahitz sekretu\w{0,3}|hitz sekretu\w{0,3}",
        asked=r"esadazu|zein da"),
    Lexicon(
        "lt", "folded",
        rules=r"(?:ankstesn\w{0,4}|savo|tavo|visus|visas|pradin\w{0,4}) (?:\w+ )?(?:nurodym\w{0,4}|instrukcij\w{0,4}|"
              r"taisykl\w{0,4}|komand\w{0,3})\b(?! del )",
        drop=r"ignoruok|ignoruokite|pamirsk|pamirskite|nepaisyk|nepaisykite|nebegalioja|nekreipk demesio",
        you=r"tu |atsakyk",
        free=r"be (?:jokiu )?(?:apribojimu|filtru|cenzuros|taisykliu)",
        reveal=r"parodyk|parodykite|isvesk|parasyk|pakartok|atskleisk|pasakyk|nukopijuok",
        setup=r"sistemos (?:instrukcij|nurodym|uzklaus|pranesim|raginim)\w{0,4}|(?:slapt|paslept|pradin)\w{0,4} "
              r"(?:instrukcij|nurodym)\w{0,4}",
        secret=r"slapt\w{1,3} (?:zodi\w{0,2}|slaptazodi\w{0,2})",
        asked=r"pasakyk|koks"),
    Lexicon(
        "et", "folded",
        rules=r"(?:juhend\w{0,3}|juhis\w{0,4}|reegl\w{0,4}),? mis (?:sulle|teile) anti|(?:varasem\w{0,4}|eelnev\w{0,4}|oma|sinu|koik|algse\w{0,2}) (?:\w+ )?(?:juhis\w{0,4}|reegl\w{0,4}|"
              r"korraldus\w{0,4}|instruktsioon\w{0,4})|(?:sulle|teile) antud (?:\w+ )?(?:piirangu\w{0,4}|juhis\w{0,4}|reegl\w{0,4})",
        drop=r"on aegunud|aegunud|unusta|eira|ignoreeri|ara (?:jargi|arvesta)|ei kehti enam|tuhista",
        you=r"sa |sina |vasta",
        free=r"ilma (?:igasuguste )?(?:piiranguteta|filtriteta|tsensuurita|reegliteta)|piiranguteta|tsenseerimata",
        reveal=r"naita|kirjuta|korda|avalda|uutle|kopeeri|prindi",
        setup=r"susteemi\w{0,3} ?(?:viip|juhis|sonum|prompt)\w{0,4}|(?:varjatud|peidetud|algsed|esialgsed|algne|esialgne) "
              r"(?:juhis|juhend)\w{0,4}",
        secret=r"salajane (?:sona|parool)",
        asked=r"utle|mis on"),
    Lexicon(
        "cy", "folded",
        rules=r"(?:dy|eich|pob|bob) (?:\w+ )?(?:cyfarwyddiadau|cyfarwyddyd|rheolau|canllawiau)|"
              r"(?:cyfarwyddiadau|cyfarwyddyd|rheolau) (?:blaenorol|gwreiddiol|cynt)",
        drop=r"anwybydda|anwybyddwch|anghofia|anghofiwch|paid a dilyn|peidiwch a dilyn|ddim yn berthnasol mwyach",
        you=r"ti |chi |ateb",
        free=r"heb (?:unrhyw )?(?:gyfyngiadau|hidlwyr|sensoriaeth|reolau)",
        reveal=r"dangos|dangoswch|ysgrifenna|ailadrodd|datgela|dywed|copia",
        setup=r"anogwr (?:y )?system|neges (?:y )?system|cyfarwyddiadau (?:cudd|system|gwreiddiol)"),
    Lexicon(
        "hy", "native",
        rules=r"(?:նախորդ|քո|ձեր|բոլոր|սկզբնական) (?:\S+ )?(?:հրահանգ|կանոն|ցուցում)\w{0,6}",
        drop=r"անտեսիր|անտեսեք|մոռացիր|մոռացեք|այլևս չեն գործում|մի հետևիր",
        you=r"դու |պատասխանիր",
        free=r"առանց (?:որևէ )?(?:սահմանափակում|ֆիլտր|գրաքնն|կանոն)\w{0,5}",
        reveal=r"ցույց տուր|ասա|գրիր|կրկնիր|բացահայտիր|տպիր",
        setup=r"համակարգային (?:հուշում|հրահանգ|հաղորդագրություն)\w{0,5}|(?:գաղտնի|թաքնված|սկզբնական) "
              r"(?:հրահանգ\w{0,5}|գաղտնաբառ)",
        secret=r"գաղտնի (?:բառ\w{0,2}|գաղտնաբառ\w{0,2})",
        asked=r"ասա|որն է|տուր"),
    Lexicon(
        "mr", "native", spaced=False,
        rules=r"(?:आधीच्या|पूर्वीच्या|मागील|तुझ्या|तुमच्या|सर्व) (?:\S+ )?(?:सूचना|नियम|निर्देश)",
        drop=r"विसरून जा|विसरा|दुर्लक्ष कर|पाळू नको|पाळू नका|लागू नाही|रद्द",
        you=r"तू|तुम्ही|उत्तर दे",
        free=r"(?:निर्बंध|मर्यादा|नियम|फिल्टर)(?:ां)?शिवाय|विना (?:निर्बंध|सेन्सॉर)",
        reveal=r"सांग|दाखव|लिही|लिहा",
        setup=r"सिस्टम (?:प्रॉम्प्ट|संदेश|सूचना)|(?:गुप्त|लपलेल्या|लपवलेल्या|मूळ|सुरुवातीच्या) सूचना"),
    Lexicon(
        "te", "native", spaced=False,
        rules=r"(?:మునుపటి|ముందటి|నీ|మీ|గత|అసలు|నీకు ఇచ్చిన) (?:\S+ )?(?:సూచన|నియమ|ఆదేశ)",
        drop=r"విస్మరించ|మర్చిపో|మరచిపో|పట్టించుకోకు|పాటించకు|వర్తించవు|రద్దు",
        you=r"నువ్వు|మీరు|జవాబు",
        free=r"(?:పరిమితులు|ఆంక్షలు|నియమాలు|ఫిల్టర్లు) (?:లేకుండా|లేవు)",
        reveal=r"చూపించు|చూపండి|చెప్పు|చెప్పండి|రాయి|రాయండి|ముద్రించు",
        setup=r"సిస్టమ్ (?:ప్రాంప్ట్|సందేశ|సూచన)|(?:దాచిన|రహస్య|అసలు) సూచన",
        secret=r"రహస్య (?:పదం|పాస్‌వర్డ్|పాస్వర్డ్|కోడ్)",
        asked=r"చెప్పు|చెప్పండి|ఏమిటి"),
    Lexicon(
        "sk", "folded",
        rules=r"(?:tvoje|tvojich|svoje|svojich|vsetky|predchadzajuce|povodne|doterajsie) (?:\w+ )?(?:instrukci|pravidl|"
              r"pokyn|obmedzen|nariaden)\w{0,4}|(?:pravidla|pokyny|instrukcie) (?:ktore ti (?:dal|dali|zadal|zadali)|"
              r"od vyvojara|vyvojara|systemu)",
        drop=r"zabudni|ignoruj|nevsimaj si|nedbaj na|uz neplat|neplatia|prestan (?:dodrziavat|posluchat)|"
             r"nemusis (?:dodrziavat|posluchat)|zrusen",
        you=r"ty |odpovedaj|odpovedz",
        free=r"bez (?:akychkolvek |ziadnych )?(?:obmedzeni|filtrov|cenzury|pravidiel)",
        reveal=r"ukaz|vypis|napis|zopakuj|zobraz|skopiruj|prezrad|cituj",
        setup=r"systemov\w{0,3} (?:prompt|sprav|instrukci|pokyn)\w{0,3}|(?:povodn|pociatocn|skryt|intern)\w{0,3} "
              r"(?:instrukci|pokyn)\w{0,3}",
        secret=r"tajn\w{1,2} (?:heslo|slovo|hesla|slova)",
        asked=r"povedz|ake je|prezrad|hlaskuj"),
    Lexicon(
        "sl", "folded",
        rules=r"(?:tvoj\w{0,2}|svoj\w{0,2}|vs\w{0,2}|prejsnj\w{0,2}|prvotn\w{0,2}|zacetn\w{0,2}) (?:\w+ )?(?:navodil\w{0,2}|"
              r"pravil\w{0,2}|ukaz\w{0,2}|omejit\w{0,2})|(?:navodil\w{0,2}|pravil\w{0,2}) (?:razvijalca|sistema|"
              r"ki so ti bil\w)",
        drop=r"pozabi|prezri|ignoriraj|ne upostevaj|ne veljajo vec|ne sledi",
        you=r"ti |odgovori",
        free=r"brez (?:kakrsnihkoli )?(?:omejitev|filtrov|cenzure|pravil)",
        reveal=r"pokazi|izpisi|napisi|ponovi|razkrij|povej|kopiraj",
        setup=r"sistemsk\w{0,3} (?:poziv|navodil|sporocil)\w{0,3}|(?:skrit|prvotn|zacetn|notranj)\w{0,3} "
              r"(?:navodil|poziv)\w{0,3}",
        secret=r"skrivn\w{1,2} (?:geslo|besed\w{1,2})",
        asked=r"povej|katero je"),
    Lexicon(
        "hr", "folded",
        rules=r"(?:prethodn\w{0,3}|tvoj\w{0,3}|sv\w{0,2}|svoj\w{0,3}|pocetn\w{0,3}|izvorn\w{0,3}) (?:\w+ )?(?:upute|uputa|"
              r"uputama|naredb\w{0,3}|pravil\w{0,3}|instrukcij\w{0,3}|smjernic\w{0,3})",
        drop=r"zaboravi|zanemari|ignoriraj|ne slijedi|ne vrijede vise|vise ne vrijede|ponisten",
        you=r"ti |odgovori",
        free=r"bez (?:ikakvih )?(?:ogranicenja|filtera|cenzure|pravila)",
        reveal=r"pokazi|ispisi|napisi|ponovi|otkrij|reci mi|kopiraj",
        setup=r"sistemsk\w{0,3} (?:prompt|upit|poruk|upute)\w{0,3}|(?:skriven|izvorn|pocetn)\w{0,3} "
              r"(?:upute|uputa|instrukcij)\w{0,3}|(?:upute|uputa|instrukcij\w{0,3}) (?:koj\w{1,2} )?si (?:dobio|dobila|primio|primila)",
        secret=r"tajn\w{1,2} (?:lozink\w{1,2}|rijec)",
        asked=r"reci|koja je|daj mi"),
    Lexicon(
        "sw", "folded",
        rules=r"(?:maagizo|maelekezo) (?:yako|yote|ya awali|ya mwanzo|uliyopewa)|sheria (?:zako|zote za awali|ulizopewa)",
        drop=r"puuza|sahau|usifuate|hayatumiki tena|haitumiki tena|achana na",
        you=r"wewe |jibu",
        free=r"bila (?:vikwazo|vizuizi|kichujio|udhibiti|sheria|mipaka)|(?:usio|isiyo|asiye) na (?:vikwazo|vizuizi|mipaka|sheria)",
        reveal=r"nionyeshe|onyesha|andika|rudia|fichua|niambie|nakili",
        setup=r"(?:maagizo|ujumbe|maelekezo|prompt) ya mfumo|maagizo (?:yaliyofichwa|ya siri|ya awali)",
        secret=r"(?:neno|nenosiri) la siri|nenosiri",
        asked=r"niambie|sema|ni nini|nipe"),
    Lexicon(
        "af", "folded",
        rules=r"(?:jou|alle|vorige|oorspronklike) (?:\w+ )?(?:instruksies|reels|riglyne|opdragte|beperkings)",
        drop=r"ignoreer|vergeet|verontagsaam|volg nie|geld nie meer|nie meer geldig",
        you=r"jy |antwoord",
        free=r"sonder (?:enige )?(?:beperkings|filters|sensuur|reels)",
        reveal=r"wys|skryf|herhaal|openbaar|vertel my|kopieer",
        setup=r"stelsel(?:prompt|boodskap|instruksies)|(?:versteekte|oorspronklike|aanvanklike) instruksies",
        secret=r"geheime (?:wagwoord|woord)",
        asked=r"se vir my|vertel|wat is"),
    Lexicon(
        "az", "folded",
        rules=r"(?:əvvəlki|sənin|butun|ilkin) (?:\w+ )?(?:təlimat|qayda|gostəris|tapsiriq)\w{0,6}",
        drop=r"unut|nəzərə alma|ignor\w{0,4}|artiq etibarli deyil|quvvədə deyil",
        you=r"sən |cavab ver",
        free=r"(?:məhdudiyyət|filtr|senzura|qayda)\w{0,4}siz",
        reveal=r"gostər|yaz|təkrarla|ac[iı]qla",
        setup=r"sistem (?:təlimat|gostəris|mesaj|prompt)\w{0,6}|gizli təlimat\w{0,6}"),
    Lexicon(
        "kk", "native",
        rules=r"(?:алдыңғы|бұрынғы|сенің|барлық) (?:\S+ )?(?:нұсқау|ереже)\w{0,6}",
        drop=r"елеме|ұмыт|ескерме|орындама|енді жарамсыз|күшін жойды",
        you=r"сен |жауап бер",
        free=r"(?:шектеу|сүзгі|цензура|ереже)сіз",
        reveal=r"көрсет|жаз|қайтала|айт|ашып бер",
        setup=r"жүйелік (?:нұсқау|хабарлама|промпт)\w{0,6}|жасырын нұсқау\w{0,6}"),
    Lexicon(
        "uz", "folded",
        rules=r"(?:oldingi|avvalgi|sening|barcha|dastlabki|senga berilgan) (?:\w+ )?(?:ko\W{0,2}rsatma|qoida|yo\W{0,2}riqnoma|buyruq|"
              r"cheklov)\w{0,8}",
        drop=r"e\W{0,2}tiborsiz qoldir|unut|amal qilma|endi kuchga ega emas|bekor qilin(?:gan|di)",
        you=r"sen |javob ber",
        free=r"(?:cheklov|filtr|senzura|qoida)\w{0,3}siz",
        reveal=r"ko\W{0,2}rsat(?!ma)|yoz|takrorla|oshkor qil|ayt",
        setup=r"tizim (?:ko\W{0,2}rsatma|xabar|prompt)\w{0,8}|yashirin ko\W{0,2}rsatma\w{0,8}"),
    Lexicon(
        "gu", "native", spaced=False,
        rules=r"(?:અગાઉની|અગાઉના|પહેલાની|તમારી|તમારા|તારી|બધી) (?:\S+ )?(?:સૂચના|નિયમ|આદેશ)",
        drop=r"અવગણ|ભૂલી જા|પાળશો નહીં|લાગુ નથી|રદ",
        you=r"તું|તમે|જવાબ આપ",
        free=r"(?:પ્રતિબંધ|મર્યાદા|નિયમ|ફિલ્ટર) (?:વગર|વિના)",
        reveal=r"બતાવ|કહે|કહો|લખ",
        setup=r"સિસ્ટમ (?:પ્રોમ્પ્ટ|સંદેશ|સૂચના)|(?:છુપી|ગુપ્ત|મૂળ) સૂચના"),
    Lexicon(
        "pa", "native", spaced=False,
        rules=r"(?:ਪਿਛਲੀਆਂ|ਪਿਛਲੇ|ਤੁਹਾਡੀਆਂ|ਤੁਹਾਡੇ|ਤੇਰੀਆਂ|ਸਾਰੀਆਂ|ਸਾਰੇ) (?:\S+ )?(?:ਹਦਾਇਤ|ਨਿਯਮ|ਨਿਰਦੇਸ਼)",
        drop=r"ਅਣਡਿੱਠ|ਨਜ਼ਰਅੰਦਾਜ਼|ਭੁੱਲ ਜਾ|ਨਾ ਮੰਨ|ਲਾਗੂ ਨਹੀਂ|ਰੱਦ",
        you=r"ਤੂੰ|ਤੁਸੀਂ|ਜਵਾਬ ਦੇ",
        free=r"(?:ਬਿਨਾਂ|ਬਿਨਾ) (?:ਕਿਸੇ )?(?:ਪਾਬੰਦੀ|ਸੀਮਾ|ਨਿਯਮ|ਫਿਲਟਰ)",
        reveal=r"ਦਿਖਾ|ਦੱਸ|ਲਿਖ|ਦੁਹਰਾ",
        setup=r"ਸਿਸਟਮ (?:ਪ੍ਰੋਂਪਟ|ਪ੍ਰੌਂਪਟ|ਸੁਨੇਹਾ|ਹਦਾਇਤ)|(?:ਲੁਕੀਆਂ|ਗੁਪਤ|ਮੂਲ) ਹਦਾਇਤ"),
    Lexicon(
        "kn", "native", spaced=False,
        rules=r"(?:ಹಿಂದಿನ|ನಿನ್ನ|ನಿಮ್ಮ|ಎಲ್ಲಾ|ಮೂಲ) (?:\S+ )?(?:ಸೂಚನೆ|ನಿಯಮ|ಆದೇಶ)",
        drop=r"ನಿರ್ಲಕ್ಷಿಸ|ಮರೆತುಬಿಡ|ಮರೆತು ಬಿಡ|ಪಾಲಿಸಬೇಡ|ಅನ್ವಯಿಸುವುದಿಲ್ಲ|ರದ್ದು",
        you=r"ನೀನು|ನೀವು|ಉತ್ತರಿಸು",
        free=r"(?:ನಿರ್ಬಂಧ|ಮಿತಿ|ನಿಯಮ|ಫಿಲ್ಟರ್)\S{0,4} (?:ಇಲ್ಲದೆ|ಇಲ್ಲದೇ)",
        reveal=r"ತೋರಿಸ|ಹೇಳ|ಬರೆ|ಪುನರಾವರ್ತಿಸ",
        setup=r"ಸಿಸ್ಟಮ್ (?:ಪ್ರಾಂಪ್ಟ್|ಸಂದೇಶ|ಸೂಚನೆ)|(?:ಗುಪ್ತ|ಮರೆಮಾಡಿದ|ಮೂಲ) ಸೂಚನೆ"),
    Lexicon(
        "ml", "native", spaced=False,
        rules=r"(?:മുമ്പത്തെ|മുൻപത്തെ|നിന്റെ|നിങ്ങളുടെ|എല്ലാ) (?:\S+ )?(?:നിർദ്ദേശ|നിർദേശ|നിയമ)",
        drop=r"അവഗണിക്ക|അവഗണിച്ച|മറക്ക|മറന്നേക്ക|പാലിക്കേണ്ട|ബാധകമല്ല|റദ്ദ്",
        you=r"നീ|നിങ്ങൾ|മറുപടി",
        free=r"(?:നിയന്ത്രണ|പരിധി|നിയമ|ഫിൽട്ടർ)\S{0,6} (?:ഇല്ലാതെ|കൂടാതെ)",
        reveal=r"കാണിക്ക|പറയ|എഴുത|ആവർത്തിക്ക",
        setup=r"സിസ്റ്റം (?:പ്രോംപ്റ്റ്|സന്ദേശ|നിർദ്ദേശ)|(?:രഹസ്യ|മറച്ച|യഥാർത്ഥ) നിർദ്ദേശ"),
    Lexicon(
        "ne", "native", spaced=False,
        rules=r"(?:अघिल्ला|पहिलेका|तिम्रा|तपाईंका|सबै|(?:तिमीलाई|तपाईंलाई) (?:पहिले )?दिइएका) (?:\S+ )?(?:निर्देशन|नियम|निर्देश)",
        drop=r"बेवास्ता गर|बिर्स|नमान|लागू हुँदैन|रद्द",
        you=r"तिमी|तपाईं|जवाफ देऊ",
        free=r"(?:प्रतिबन्ध|सीमा|नियम|फिल्टर) (?:बिना|नभएको)|बिना (?:कुनै )?(?:प्रतिबन्ध|सीमा)",
        reveal=r"देखाऊ|देखाउनुहोस्|भन|लेख|दोहोर्याऊ",
        setup=r"सिस्टम (?:प्रम्प्ट|प्रोम्प्ट|सन्देश|निर्देशन)|(?:लुकेका|गोप्य|मूल) निर्देशन"),
    Lexicon(
        "si", "native", spaced=False,
        rules=r"(?:පෙර|ඔබේ|ඔයාගේ|සියලු|මුල්) (?:\S+ )?(?:උපදෙස්|නීති|විධාන)",
        drop=r"අදාළ නැහැ|අදාළ නැත|වලංගු නැහැ|නොසලකා හරින්න|නොසලකා හැර|අමතක කරන්න|පිළිපදින්න එපා|තවදුරටත් වලංගු නැත",
        you=r"ඔබ|ඔයා|පිළිතුරු දෙන්න",
        free=r"(?:සීමා|නීති|පෙරහන්)\S{0,4} (?:නොමැතිව|නැතිව)",
        reveal=r"පෙන්වන්න|කියන්න|ලියන්න",
        setup=r"පද්ධති (?:උපදෙස්|පණිවිඩ)|(?:සැඟවුණු|රහස්) උපදෙස්"),
    Lexicon(
        "ja-latn", "folded",
        rules=r"(?:mae no|izen no|saisho no|anata no|subete no) (?:\w+ )?(?:shiji|meirei|ruuru|ruru|seiyaku|settei)",
        drop=r"mushi (?:shite|shiro|suru)|wasurete|wasurero|shitagawanaide|mukou",
        you=r"anata |kimi |omae |kotaete",
        free=r"(?:seigen|fuirutaa|kisei|ruuru)(?: ga)? nashi|seigen naku",
        reveal=r"misete|oshiete|kaite|hyouji|kurikaeshite|dashite",
        setup=r"shisutemu puronputo|shisutemu (?:shiji|messeeji)|kakusareta shiji|himitsu no shiji"),
)
