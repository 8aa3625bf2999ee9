import type { Catalogue } from '../i18n';
import type { en } from './en';

export const de: Catalogue<typeof en> = {
  'value-before-ask.message': 'Sie bitten um etwas, bevor Sie helfen',
  'value-before-ask.tip':
    'Wer zuerst etwas verlangt, wirkt unaufrichtig: Menschen folgen Unternehmen, die ihnen nützen, lange bevor sie etwas kaufen. Beginnen Sie mit etwas, das die Leser heute schon brauchen können (einem Tipp, einer Antwort, einer Zahl, die man kennen sollte), und setzen Sie „{phrase}“ dahinter. Zum Beispiel: „Kurzer Tipp: … – und wer mehr will: …“.',

  'broadcast-only.message': 'Eine Ankündigung, auf die niemand antworten kann',
  'broadcast-only.tip':
    'Ein Beitrag, der nur von Ihnen selbst erzählt, bekommt bestenfalls Likes, aber kein Gespräch. Geben Sie den Lesern einen Anknüpfungspunkt: Fragen Sie, was sie davon halten, wofür sie es nutzen würden oder was sie sich als Nächstes wünschen. Enden Sie zum Beispiel mit „Was sollen wir als Nächstes ergänzen?“',

  'reply-fast.info.message': 'Dieser Kommentar ist {age} alt – Ihre Zielzeit: {target}',
  'reply-fast.info.message-approximate': 'Dieser Kommentar ist etwa {age} alt – Ihre Zielzeit: {target}',
  'reply-fast.info.tip':
    'In sozialen Medien erwarten Kunden eine Antwort innerhalb einer Stunde, und eine öffentliche Beschwerde verbreitet sich, solange sie liegen bleibt. Antworten Sie jetzt, und sei es nur, um zu sagen, wer sich darum kümmert und wann es Neuigkeiten gibt.',
  'reply-fast.warn.message': 'Dieser Kommentar ist {age} alt – entschuldigen Sie sich für die Wartezeit',
  'reply-fast.warn.message-approximate': 'Dieser Kommentar ist etwa {age} alt – entschuldigen Sie sich für die Wartezeit',
  'reply-fast.warn.tip':
    'Wer erst nach einem Tag oder später antwortet und die Verzögerung mit keinem Wort erwähnt, wirkt gleichgültig. Sprechen Sie es gleich an: „Entschuldigen Sie die späte Antwort!“ Geben Sie dann in derselben Nachricht die Antwort oder die Lösung.',

  'clear-next-step.no-way.message': '„{phrase}“ – aber wie?',
  'clear-next-step.no-way.tip':
    'Niemand handelt, wenn unklar ist, was zu tun ist und wo. Schreiben Sie den Weg gleich dazu: einen Link, den @-Namen, eine Telefonnummer oder die genauen Schritte. Zum Beispiel: „{phrase}: https://…“.',
  'clear-next-step.jargon.message': 'Mit „{phrase}“ können die meisten Leser hier wenig anfangen',
  'clear-next-step.jargon.tip':
    'Kürzel wie DM, PN oder „Link in Bio“ (in einem Netzwerk ohne Bio-Link) lassen die Leute raten. Sagen Sie es in einfachen Worten und ergänzen Sie den Link oder die genauen Schritte, zum Beispiel „Schreiben Sie uns eine private Nachricht über diese Seite“ oder die vollständige Adresse.',
  'clear-next-step.too-many-asks.message': '{count} verschiedene Aufforderungen in einem Beitrag',
  'clear-next-step.too-many-asks.tip':
    'Jede zusätzliche Aufforderung schwächt alle anderen: Leser tun höchstens eine Sache. Behalten Sie die, die diese Woche am meisten zählt, und heben Sie die übrigen für spätere Beiträge auf.',

  'whats-in-it-for-them.message': 'Vor allem über Sie selbst: {we}× „wir/unser“, {you}× „Sie/du“',
  'whats-in-it-for-them.tip':
    'Jeder Leser fragt sich im Stillen: Was habe ich davon, warum sollte mich das interessieren, warum sollte ich das glauben? Drehen Sie den ersten Satz zu den Lesern hin: Statt mit „{first}“ beginnen Sie mit dem, was sich für sie ändert, z. B. „Ab sofort können Sie …“.',

  'back-your-claims.message': '„{phrase}“ – wer sagt das?',
  'back-your-claims.tip':
    'Große Worte ohne Beleg klingen nach Werbung: Social Media verbreitet Ihre Botschaft, besser macht es sie nicht. Belegen Sie die Aussage mit etwas Überprüfbarem (einer Zahl, einem namentlich genannten Kunden, einer Auszeichnung oder einer Quelle) oder sagen Sie, was Sie konkret tun, z. B. „jeden Morgen um 5 Uhr von Hand gebacken“.',

  'sincere-tone.caps.message': 'Mehrere Wörter in Großbuchstaben wirken wie Schreien',
  'sincere-tone.exclamations.message': 'Gehäufte Ausrufezeichen wirken wie Schreien',
  'sincere-tone.hashtags.message': '{count} Hashtags übertönen die Botschaft',
  'sincere-tone.tip':
    'Ehrlich wirkt mehr als laut: Großbuchstaben, „!!“ und Hashtag-Ketten lassen ein Unternehmen wie eine Werbeanzeige klingen, und die Leute scrollen weiter. Schreiben Sie so, wie Sie es einem Kunden im Laden sagen würden: höchstens ein Ausrufezeichen und zwei, drei Hashtags.',

  'human-touch.link-only.message': 'Ein Link und kaum ein Wort dazu',
  'human-touch.link-only.tip':
    'Beiträge, die nur aus einem Link bestehen, wirken automatisiert, und mit einem Roboter redet niemand. Schreiben Sie ein, zwei Sätze in Ihren eigenen Worten dazu: warum sich der Klick lohnt, was Sie daraus gelernt haben, oder eine Frage an die Leser.',
  'human-touch.syndication.message': 'Das liest sich wie ein automatischer Beitrag',
  'human-touch.syndication.tip':
    '„Neuer Blogbeitrag: …“ schreiben Tools. Sagen Sie in einem Satz, was die Leser davon haben und warum Sie ihn geschrieben haben, und setzen Sie dann den Link dazu.',
  'human-touch.duplicate.message': 'Derselbe Text lag diese Woche schon als Entwurf auf {site}',
  'human-touch.duplicate.tip':
    'Denselben Text in jedes Netzwerk zu kopieren, fällt auf: Jedes hat seine eigene Länge, seinen eigenen Ton und sein eigenes Publikum. Passen Sie ihn an dieses Netzwerk an: Kürzen Sie ihn, ändern Sie den Einstieg oder stellen Sie eine Frage, die zu den Leuten hier passt.',

  'solve-dont-deflect.message': '„{phrase}“ verschiebt das Problem, statt es zu lösen',
  'solve-dont-deflect.tip':
    'Weiterverweisen beruhigt in der Öffentlichkeit, löst aber nichts: Die Fluggesellschaft, die binnen Minuten antwortete und dann per E-Mail verstummte, hat den Kunden trotzdem verloren. Zeigen Sie, dass Sie das konkrete Problem verstanden haben, und sagen Sie, was als Nächstes passiert und wann, z. B. „Ich habe Ihre Buchung geprüft, die Erstattung geht noch heute raus.“ Wechseln Sie nur in private Nachrichten, wenn Sie persönliche Daten brauchen, und sagen Sie, warum.',

  'stay-calm.message': '„{phrase}“ wirkt vor allen Lesern defensiv',
  'stay-calm.tip':
    'Diese Antwort kann jeder lesen, und ein defensiver Ton macht aus einem unzufriedenen Kunden eine Geschichte, die die Runde macht. Zeigen Sie zuerst Verständnis und erklären Sie dann, ohne Schuld zuzuweisen, z. B. „Ich verstehe, dass Sie das überrascht hat: Die Parkgebühr steht auf der Buchungsseite, und ich sorge dafür, dass sie dort besser zu sehen ist.“',

  'keep-it-private.email.message': 'Eine E-Mail-Adresse in einem öffentlichen Beitrag',
  'keep-it-private.phone.message': 'Eine Telefonnummer in einem öffentlichen Beitrag',
  'keep-it-private.iban.message': 'Eine Kontonummer in einem öffentlichen Beitrag',
  'keep-it-private.reference.message': 'Eine Bestell- oder Kundennummer in einem öffentlichen Beitrag',
  'keep-it-private.address.message': 'Eine Anschrift in einem öffentlichen Beitrag',
  'keep-it-private.datum.tip':
    'Persönliche Daten in der Öffentlichkeit können für immer gelesen, kopiert und gefunden werden, und das kostet Vertrauen in Ihr Unternehmen. Entfernen Sie sie und machen Sie per privater Nachricht weiter. Sind es die öffentlichen Kontaktdaten Ihres Unternehmens, tragen Sie sie in den Optionen in die Richtlinie ein.',
  'keep-it-private.request.message': 'Hier wird der Kunde gebeten, persönliche Daten öffentlich zu posten',
  'keep-it-private.request.tip':
    'Buchungscodes, Namen und Telefonnummern gehören nicht in einen öffentlichen Thread. Fragen Sie stattdessen per privater Nachricht danach, z. B. „Schicken Sie uns Ihren Buchungscode bitte per Direktnachricht, dann suchen wir sofort nach Ihrem Koffer.“',

  'company-policy.forbidden.message': '„{phrase}“ steht auf der Liste der Begriffe, die Ihr Unternehmen nicht verwendet',
  'company-policy.forbidden.tip':
    'Ihre Social-Media-Richtlinie schließt diesen Begriff aus (etwa ein noch nicht angekündigtes Produkt oder einen Mitbewerber). Entfernen Sie ihn oder formulieren Sie um, und sprechen Sie mit der Person, die für die Richtlinie zuständig ist, wenn er Ihrer Meinung nach erlaubt sein sollte.',
  'company-policy.disclosure.message': '„{phrase}“ ist ein Sponsor: Kennzeichnung ergänzen',
  'company-policy.disclosure.tip':
    'Ihre Richtlinie verlangt eine Kennzeichnung, sobald ein Sponsor genannt wird, und Leser vertrauen Ihnen mehr, wenn das klar ist. Setzen Sie {disclosure} an den Anfang des Beitrags.',

  'platform-fit.too-long.message': 'Zu lang für {site}: {over} Zeichen über dem Limit von {limit}',
  'platform-fit.too-long.tip':
    '{site} veröffentlicht keinen Beitrag über dem Limit, und gezählt wird hier nach den Regeln von {site} (Links und Emojis können mehr zählen). Kürzen Sie den markierten Teil nach dem Limit oder teilen Sie den Beitrag in einen Thread auf.',
  'platform-fit.too-many-links.message': '{count} Links; {site} erlaubt {limit}',
  'platform-fit.too-many-links.tip':
    'Behalten Sie die wichtigsten Links und verschieben Sie die übrigen in eine Antwort oder auf die Seite, auf die Sie verlinken.',
  'platform-fit.fold.message': 'Ihre erste Frage oder Aufforderung steckt hinter „…mehr“',
  'platform-fit.fold.tip':
    'LinkedIn zeigt vor „…mehr“ nur etwa die ersten 210 Zeichen oder drei Zeilen. Ziehen Sie die Frage oder die Aufforderung in die ersten Zeilen, damit die Leser sehen, warum sich das Aufklappen lohnt.',
};
