<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>Qt %1 (built with %2), %3, QtKeychain %4</source>
        <translation>Qt %1 (erstellt mit %2), %3, QtKeychain %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CertDesk</source>
        <translation>Über CertDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the DigiCert CertCentral Services API: orders, domains, organizations, approvals and finance.</source>
        <translation>Ein Desktop-Client für die DigiCert CertCentral Services API: Bestellungen, Domains, Organisationen, Genehmigungen und Finanzen.</translation>
    </message>
</context>
<context>
    <name>AccountBalance</name>
    <message>
        <location filename="../app/core/AccountBalance.cpp" line="+14"/>
        <source>The reply has no balance</source>
        <translation>Die Antwort enthält kein Guthaben</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <location filename="../ui/domains/AddDomainDialog.cpp" line="+26"/>
        <source>OV: organization validation</source>
        <translation>OV: Organisationsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: Extended Validation</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+148"/>
        <source>Add domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for</source>
        <translation>Einreichen für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral sendet E-Mails an die WHOIS-Adressen und die gebildeten Adressen der Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Sie legen auf der Website eine Datei unter /.well-known/pki-validation/ ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will add a DNS record; DCV instructions on the Domains page say which.</source>
        <translation>Sie fügen einen DNS-Eintrag hinzu; welchen, steht in den DCV-Anweisungen auf der Seite „Domains“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organizations could not be loaded</source>
        <translation>Organisationen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organizations yet</source>
        <translation>Noch keine Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organization first: every domain belongs to one.</source>
        <translation>Legen Sie zuerst eine Organisation an: Jede Domain gehört zu einer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already in this account; find it in the list instead.</source>
        <translation>%1 ist bereits in diesem Konto; suchen Sie die Domain stattdessen in der Liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>AddVerifiedContactsDialog</name>
    <message>
        <location filename="../ui/organizations/AddVerifiedContactsDialog.cpp" line="+33"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add verified contacts to %1</source>
        <translation>Verifizierte Kontakte zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an e-mail address, a job title and a telephone number; CertCentral checks them before they can approve. At most %2 in one request.</source>
        <translation>Verifizierte Kontakte von %1 genehmigen deren EV- und Codesignatur-Bestellungen. Jeder Kontakt benötigt Name, E-Mail-Adresse, Berufsbezeichnung und Telefonnummer; CertCentral prüft diese Angaben, bevor der Kontakt genehmigen kann. Höchstens %2 pro Anfrage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Ext.</source>
        <translation>Durchw.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>EV</source>
        <translation>EV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EV CS</source>
        <translation>EV CS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows copied from a spreadsheet: first name, last name, e-mail, job title, telephone and extension, separated by tabs or commas</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen: Vorname, Nachname, E-Mail, Position, Telefon und Durchwahl, getrennt durch Tabulatoren oder Kommas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+217"/>
        <source>Add contacts</source>
        <translation>Kontakte hinzufügen</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>%1 of at most %2 rows</source>
        <translation>%1 von höchstens %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; add the rest afterwards.</source>
        <translation>Pro Anfrage können höchstens %1 neue verifizierte Kontakte hinzugefügt werden; fügen Sie die übrigen danach hinzu.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Validation types</source>
        <translation>Validierungsarten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more problems (marked in the table).</source>
        <translation>…und %1 weitere Probleme (in der Tabelle markiert).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CertCentral did not add the contacts: %1</source>
        <translation>CertCentral hat die Kontakte nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+122"/>
        <source>the reply had no content type, not JSON</source>
        <translation>die Antwort hatte keinen Inhaltstyp und war kein JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply was %1, not JSON</source>
        <translation>die Antwort war %1, kein JSON</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="+66"/>
        <source>No complete answer within %1 seconds</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+65"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The connection closed before CertCentral answered</source>
        <translation>Die Verbindung wurde geschlossen, bevor CertCentral geantwortet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>It is not known whether the request was carried out: check before sending it again.</source>
        <translation>Es ist nicht bekannt, ob die Anfrage ausgeführt wurde: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CertCentral could not be reached</source>
        <translation>CertCentral ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and the network connection, then try again.</source>
        <translation>Prüfen Sie die Adresse und die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to CertCentral failed</source>
        <translation>Die sichere Verbindung zu CertCentral ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral did not answer in time</source>
        <translation>CertCentral hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again; if it keeps happening, check the network or proxy.</source>
        <translation>Versuchen Sie es erneut; falls das Problem bleibt, prüfen Sie Netzwerk oder Proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral sent an answer CertDesk could not read</source>
        <translation>CertCentral hat eine Antwort gesendet, die CertDesk nicht lesen konnte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CertCentral did not accept the API key (HTTP 403)</source>
        <translation>CertCentral hat den API-Schlüssel nicht akzeptiert (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the whole key was copied and that it is still active in CertCentral (Automation &gt; API Keys).</source>
        <translation>Prüfen Sie, ob der ganze Schlüssel kopiert wurde und ob er in CertCentral noch aktiv ist (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your CertCentral role does not allow this (HTTP 403)</source>
        <translation>Ihre CertCentral-Rolle erlaubt dies nicht (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to do it, or for a key with this permission.</source>
        <translation>Bitten Sie einen Administrator, dies zu erledigen oder Ihnen einen Schlüssel mit dieser Berechtigung zu geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided, by someone else or earlier (HTTP %1)</source>
        <translation>Über die Anfrage wurde bereits entschieden, von jemand anderem oder schon früher (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list of requests to see the decision.</source>
        <translation>Aktualisieren Sie die Liste der Anfragen, um die Entscheidung zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was declined (HTTP %1)</source>
        <translation>Die Karte wurde abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was charged. Use another card or the payment profile.</source>
        <translation>Es wurde nichts abgebucht. Verwenden Sie eine andere Karte oder das Zahlungsprofil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP 403)</source>
        <translation>CertCentral hat die Anfrage abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asked CertDesk to slow down (HTTP 429)</source>
        <translation>CertCentral hat CertDesk gebeten, langsamer zu werden (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again.</source>
        <translation>Warten Sie einige Sekunden und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral is unavailable (HTTP %1)</source>
        <translation>CertCentral ist nicht verfügbar (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP %1)</source>
        <translation>CertCentral hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <location filename="../app/core/ApprovalRequest.cpp" line="+29"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new order</source>
        <translation>neue Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reissue</source>
        <translation>Neuausstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The reply is not a request with an id</source>
        <translation>Die Antwort ist keine Anfrage mit ID</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryModel</name>
    <message>
        <location filename="../models/BalanceHistoryModel.cpp" line="+45"/>
        <source>These funds expire on %1</source>
        <translation>Diese Mittel verfallen am %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Division</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryQuery</name>
    <message>
        <location filename="../app/core/BalanceHistoryQuery.cpp" line="+16"/>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>%1: „%2“ ist kein Datum; verwenden Sie YYYY-MM-DD, zum Beispiel 2026-01-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1: %2 is before %3, the earliest date CertDesk asks for.</source>
        <translation>%1: %2 liegt vor dem %3, dem frühesten Datum, das CertDesk abfragt.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 is in the future; the history ends today (%3).</source>
        <translation>%1: %2 liegt in der Zukunft; der Verlauf endet heute (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1: %2 liegt vor „%3“ (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Division: a container id is a positive number.</source>
        <translation>Abteilung: Eine Container-ID ist eine positive Zahl.</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryTab</name>
    <message>
        <location filename="../ui/finance/BalanceHistoryTab.cpp" line="+58"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Balance history</source>
        <translation>Guthabenverlauf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Division:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your division</source>
        <translation>Ihre Abteilung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the balance history…</source>
        <translation>Guthabenverlauf wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adjustments match these filters.</source>
        <translation>Keine Buchungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjustments in this division&apos;s history.</source>
        <translation>Keine Buchungen im Verlauf dieser Abteilung.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The balance history could not be loaded: %1</source>
        <translation>Der Guthabenverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the balance history</source>
        <translation>Guthabenverlauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance history could not be saved to %1: %2</source>
        <translation>Der Guthabenverlauf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>%n Buchung in %1 gespeichert.</numerusform>
            <numerusform>%n Buchungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+35"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may run an unlimited negative balance.</source>
        <translation>Für %1 ist das negative Guthaben unbegrenzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Division</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Limit für negatives Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit used by other divisions</source>
        <translation>Von anderen Abteilungen genutzter Kredit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Verfügbare Mittel</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../ui/orders/CancelOrderDialog.cpp" line="+23"/>
        <source>Cancel order %1</source>
        <translation>Bestellung %1 stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 (%2)? Nothing more is issued for it and a pending request is rejected. This cannot be undone.</source>
        <translation>Bestellung %1 (%2) stornieren? Dafür wird nichts mehr ausgestellt, und eine ausstehende Anfrage wird abgelehnt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; CertCentral keeps it with the order)</source>
        <translation>Grund (erforderlich; CertCentral speichert ihn bei der Bestellung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the order</source>
        <translation>Bestellung behalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer was lost; reload the order to see whether it was canceled before trying again.</source>
        <translation>Die Antwort ging verloren; laden Sie die Bestellung neu, um zu sehen, ob sie storniert wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not canceled: %1</source>
        <translation>Nicht storniert: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDownloadCall</name>
    <message>
        <location filename="../app/api/CertificateEndpoints.cpp" line="+24"/>
        <source>The download holds no PEM certificate</source>
        <translation>Der Download enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate could not be converted to DER</source>
        <translation>Das Zertifikat konnte nicht in DER umgewandelt werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The download is not a PKCS#7 structure</source>
        <translation>Der Download ist keine PKCS#7-Struktur</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../models/ChangeNotice.cpp" line="+15"/>
        <source>order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate issued: %1 (order %2)</source>
        <translation>Zertifikat ausgestellt: %1 (Bestellung %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expires on %2 (order %3)</source>
        <translation>%1 läuft am %2 ab (Bestellung %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) is now %3</source>
        <translation>Bestellung %1 (%2): jetzt %3</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+69"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--api-url needs a URL</source>
        <translation>--api-url erwartet eine URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>--timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen 1 und 600 sein</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

Verbs:
</source>
        <translation>Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

Befehle:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
The API key comes from the profile&apos;s entry in the OS keychain (--profile, or the active
profile), or from the environment variable CERTDESK_API_KEY; never from the command line.
profile add and set-key read the key from CERTDESK_API_KEY or from standard input
(without echo on a terminal). Exit codes: 0 ok, 2 usage, 3 API or keychain error,
4 network or TLS error.
</source>
        <translation>
Der API-Schlüssel stammt aus dem Eintrag des Profils im Schlüsselbund des
Betriebssystems (--profile oder das aktive Profil) oder aus der Umgebungsvariablen
CERTDESK_API_KEY; nie von der Befehlszeile. profile add und set-key lesen den Schlüssel
aus CERTDESK_API_KEY oder von der Standardeingabe (ohne Echo im Terminal).
Exit-Codes: 0 ok, 2 Aufruffehler, 3 API- oder Schlüsselbundfehler, 4 Netzwerk- oder
TLS-Fehler.
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>--profile needs a profile name</source>
        <translation>--profile erwartet einen Profilnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--log-file needs a file name</source>
        <translation>--log-file erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--log-file: cannot write %1</source>
        <translation>--log-file: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --api-url exclude each other: a profile has its own URL</source>
        <translation>--profile und --api-url schließen sich gegenseitig aus: Ein Profil hat seine eigene URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ca-file: %1 is not a readable file</source>
        <translation>--ca-file: %1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no profile named &quot;%1&quot;; see certdesk-cli profile list</source>
        <translation>kein Profil namens „%1“; siehe certdesk-cli profile list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sandbox profile lives in the desktop program; start certdesk-sandbox and use --api-url with CERTDESK_API_KEY</source>
        <translation>das Sandbox-Profil gibt es nur im Desktop-Programm; starten Sie certdesk-sandbox und verwenden Sie --api-url mit CERTDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certdesk-cli: profile %1: %2</source>
        <translation>certdesk-cli: Profil %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no API key: add a profile (certdesk-cli profile add NAME) or set the environment variable CERTDESK_API_KEY</source>
        <translation>kein API-Schlüssel: Fügen Sie ein Profil hinzu (certdesk-cli profile add NAME) oder setzen Sie die Umgebungsvariable CERTDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CERTDESK_API_KEY: %1</source>
        <translation>CERTDESK_API_KEY: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>missing verb</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 needs %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+76"/>
        <source>%1 needs a file name</source>
        <extracomment>%1 is a command-line option such as --out; %2 (below) a file or folder path.</extracomment>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a folder; give the name of a file to create in it</source>
        <translation>%1: %2 ist ein Ordner; geben Sie den Namen einer Datei an, die darin angelegt werden soll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1: %2 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 cannot be written to</source>
        <translation>%1: In den Ordner %2 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CliCertCommands</name>
    <message>
        <location filename="../app/cli/CliCertCommands.cpp" line="+62"/>
        <location line="+7"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run certdesk-cli --help for the cert verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die cert-Befehle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the private key %1: </source>
        <translation>Passphrase des privaten Schlüssels %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase for the new PKCS#12 file: </source>
        <translation>Passphrase für die neue PKCS#12-Datei: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PKCS#12 passphrase needs at least %1 characters (CERTDESK_P12_PASSPHRASE, or typed when asked)</source>
        <translation>die PKCS#12-Passphrase braucht mindestens %1 Zeichen (CERTDESK_P12_PASSPHRASE oder bei der Abfrage eingegeben)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--key needs the private key file (PEM) of the certificate</source>
        <translation>--key erwartet die Datei mit dem privaten Schlüssel (PEM) des Zertifikats</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>--out needs a file name</source>
        <translation>--out erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format p12 needs --key FILE: the private key made for this certificate goes into the PKCS#12 file</source>
        <translation>--format p12 erwartet --key FILE: Der für dieses Zertifikat erzeugte private Schlüssel kommt in die PKCS#12-Datei</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>cert download needs exactly one certificate ID</source>
        <translation>cert download erwartet genau eine Zertifikats-ID</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>--format needs one of: %1</source>
        <translation>--format erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key goes with --format p12 only</source>
        <translation>--key ist nur zusammen mit --format p12 möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be one of %1, got &quot;%2&quot;</source>
        <translation>--format muss einer dieser Werte sein: %1; erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>certificate ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>Die Zertifikats-ID muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format %1 is binary: name a file with --out</source>
        <translation>--format %1 ist binär: Geben Sie mit --out eine Datei an</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certdesk-cli: could not write %1: %2</source>
        <translation>certdesk-cli: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved certificate %1 (%2) to %3.</source>
        <translation>Zertifikat %1 (%2) in %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 already exists and is never overwritten; choose another name with --out</source>
        <translation>%1 existiert bereits und wird nie überschrieben; wählen Sie mit --out einen anderen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--key: %1 could not be opened: %2</source>
        <translation>--key: %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>--key %1: %2</source>
        <translation>--key %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>certificate %1 came without a PEM certificate</source>
        <translation>Zertifikat %1 kam ohne PEM-Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>Zertifikat %1 mit seinem privaten Schlüssel und %n Kettenzertifikat in %2 gespeichert (PKCS#12, nur für Sie lesbar).</numerusform>
            <numerusform>Zertifikat %1 mit seinem privaten Schlüssel und %n Kettenzertifikaten in %2 gespeichert (PKCS#12, nur für Sie lesbar).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--certificate needs a certificate ID</source>
        <translation>--certificate erwartet eine Zertifikats-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--serial needs the serial number in hexadecimal</source>
        <translation>--serial erwartet die Seriennummer in Hexadezimalschreibweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--order needs an order ID</source>
        <translation>--order erwartet eine Bestell-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason needs one of: %1</source>
        <translation>--reason erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compromised-at needs a date and time, for example 2024-01-09T14:30:00Z</source>
        <translation>--compromised-at erwartet Datum und Uhrzeit, zum Beispiel 2024-01-09T14:30:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--comments needs a text</source>
        <translation>--comments erwartet einen Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name exactly one of --certificate ID, --serial HEX or --order ID</source>
        <translation>geben Sie genau eine der Optionen --certificate ID, --serial HEX oder --order ID an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: one of %1</source>
        <translation>--reason ist erforderlich: einer dieser Werte: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>--certificate must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--certificate muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--order must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--order muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compromised-at must be ISO 8601 with a zone, for example 2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got &quot;%1&quot;</source>
        <translation>--compromised-at muss ISO 8601 mit Zeitzone sein, zum Beispiel 2024-01-09T14:30:00Z oder 2024-01-09T15:30:00+01:00; erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>--compromised-at (%1): %2</source>
        <translation>--compromised-at (%1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every certificate on order %1</source>
        <translation>alle Zertifikate der Bestellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate with serial number %1</source>
        <translation>das Zertifikat mit der Seriennummer %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>revoking cannot be undone: add --yes to confirm</source>
        <translation>ein Widerruf kann nicht rückgängig gemacht werden: zum Bestätigen --yes angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 (%2)? This cannot be undone.</source>
        <translation>%1 (%2) widerrufen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was revoked.</source>
        <translation>Es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certdesk-cli: it is not known whether the revocation was requested; look at the pending requests before running the command again.</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob der Widerruf beantragt wurde; prüfen Sie die ausstehenden Anfragen, bevor Sie den Befehl erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>CliCheckCommand</name>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+29"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run certdesk-cli --help for the check verb.</source>
        <translation>Mit certdesk-cli --help erhalten Sie den check-Befehl.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;, roles: %3</source>
        <translation>%1 &lt;%2&gt;, Rollen: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none CertDesk knows</source>
        <translation>keine, die CertDesk kennt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 products, %2 that CertDesk orders</source>
        <translation>%1 Produkte, davon %2 in CertDesk bestellbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 orders in the account; read %2 on the first page</source>
        <translation>%1 Bestellungen im Konto; %2 auf der ersten Seite gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 Domains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 organizations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests waiting for approval</source>
        <translation>%1 Anfragen warten auf Genehmigung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balance %1 %2, unlimited negative balance</source>
        <translation>Guthaben %1 %2, unbegrenztes negatives Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance %1 %2, available %3</source>
        <translation>Guthaben %1 %2, verfügbar %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 balance adjustments</source>
        <translation>%1 Buchungen im Guthabenverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not readable</source>
        <translation>, %1 nicht lesbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stored cards</source>
        <translation>%1 gespeicherte Karten</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not asked: %1</source>
        <translation>nicht abgefragt: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 custom order fields</source>
        <translation>%1 benutzerdefinierte Bestellfelder</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CertDesk read-only check of %1</source>
        <translation>Nur lesende CertDesk-Prüfung von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What CertDesk read</source>
        <translation>Was CertDesk gelesen hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call answered; nothing was changed in the account.</source>
        <translation>Alle Aufrufe wurden beantwortet; im Konto wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n Aufruf hat nicht wie von CertDesk erwartet geantwortet; im Konto wurde nichts geändert.</numerusform>
            <numerusform>%n Aufrufe haben nicht wie von CertDesk erwartet geantwortet; im Konto wurde nichts geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCsrCommands</name>
    <message>
        <location filename="../app/cli/CliCsrCommands.cpp" line="+23"/>
        <location line="+7"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run certdesk-cli --help for the csr verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die csr-Befehle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for the new private key: </source>
        <translation>Passphrase für den neuen privaten Schlüssel: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase needs at least %1 characters (or give --no-passphrase to write the key unencrypted)</source>
        <translation>die Passphrase braucht mindestens %1 Zeichen (oder geben Sie --no-passphrase an, um den Schlüssel unverschlüsselt zu schreiben)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--cn needs the common name</source>
        <translation>--cn erwartet den Common Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key needs one of: %1</source>
        <translation>--key erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out needs a file name</source>
        <translation>--out erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--san needs a name</source>
        <translation>--san erwartet einen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn is required: the common name (a domain, or the organization name with --code-signing)</source>
        <translation>--cn ist erforderlich: der Common Name (eine Domain oder, mit --code-signing, der Name der Organisation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required: where to write the private key</source>
        <translation>--key-out ist erforderlich: wohin der private Schlüssel geschrieben wird</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+102"/>
        <source>--key: %1</source>
        <translation>--key: %1</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>--san: code-signing requests carry no domain names</source>
        <translation>--san: Codesignatur-Anfragen enthalten keine Domainnamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cn: an organization name in a certificate has at most 64 characters; &quot;%1&quot; has %2</source>
        <translation>--cn: Ein Organisationsname in einem Zertifikat hat höchstens 64 Zeichen; „%1“ hat %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>--cn: %1</source>
        <translation>--cn: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san: %1</source>
        <translation>--san: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 existiert bereits; eine Schlüsseldatei wird nie überschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: warning: the private key is written unencrypted; anyone who can read %1 can use it.</source>
        <translation>certdesk-cli: Warnung: Der private Schlüssel wird unverschlüsselt geschrieben; jeder, der %1 lesen kann, kann ihn verwenden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the CSR could not be written to %1: %2</source>
        <translation>der CSR konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key (%1, %2) written to %3 (readable by you only).</source>
        <translation>Privater Schlüssel (%1, %2) nach %3 geschrieben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypted with your passphrase</source>
        <translation>mit Ihrer Passphrase verschlüsselt</translation>
    </message>
</context>
<context>
    <name>CliDcvCommands</name>
    <message>
        <location filename="../app/cli/CliDcvCommands.cpp" line="+22"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run certdesk-cli --help for the order verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die order-Befehle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order dcv ID method needs one of: %1</source>
        <translation>order dcv ID method erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dcv_method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>dcv_method „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>order dcv ID needs one of: status, method M, random, check, resend</source>
        <translation>order dcv ID erwartet einen dieser Werte: status, method M, random, check, resend</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order %1: %2, DCV by %3</source>
        <translation>Bestellung %1: %2, DCV per %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 now uses %2 DCV.</source>
        <translation>Bestellung %1 verwendet jetzt DCV per %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV is done for order %1; the order is %2.</source>
        <translation>DCV ist für Bestellung %1 abgeschlossen; die Bestellung hat den Status %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DCV e-mails for order %1 were sent again.</source>
        <translation>Die DCV-E-Mails für Bestellung %1 wurden erneut gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV random value: %1 (valid until %2)</source>
        <translation>DCV-Zufallswert: %1 (gültig bis %2)</translation>
    </message>
</context>
<context>
    <name>CliFinanceCommands</name>
    <message>
        <location filename="../app/cli/CliFinanceCommands.cpp" line="+69"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run certdesk-cli --help for the finance verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die finance-Befehle.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>the CertCentral API has no invoices or purchase orders; they are in the CertCentral console: run certdesk-cli finance pay for what is owed and the page&apos;s address</source>
        <translation>die CertCentral-API kennt keine Rechnungen oder Bestellscheine; diese finden Sie in der CertCentral-Konsole: certdesk-cli finance pay zeigt den offenen Betrag und die Adresse der Seite</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>%1 needs a container (division) ID</source>
        <translation>%1 erwartet eine Container-ID (Abteilung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>%1 muss eine positive ganze Zahl sein, erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <location line="+63"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+58"/>
        <location line="+78"/>
        <location line="+62"/>
        <location line="+44"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+136"/>
        <location line="+62"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Negativlimit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit used by other divisions</source>
        <translation>Von anderen Abteilungen genutzter Kredit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Verfügbare Mittel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--from needs a date (YYYY-MM-DD)</source>
        <translation>--from erwartet ein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date (YYYY-MM-DD)</source>
        <translation>--to erwartet ein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type needs a transaction type, such as Charge</source>
        <translation>--type erwartet eine Buchungsart, zum Beispiel Charge</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--amount needs a whole amount, such as 1000</source>
        <translation>--amount erwartet einen ganzzahligen Betrag wie 1000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>finance transfer needs --from ID, --to ID and --amount A (division IDs as in certdesk-cli account fields --kind container)</source>
        <translation>finance transfer erwartet --from ID, --to ID und --amount A (Abteilungs-IDs wie in certdesk-cli account fields --kind container)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>move %1 from division %2 to division %3</source>
        <translation>%1 von Abteilung %2 in Abteilung %3 umbuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this would %1 at once: add --yes to confirm</source>
        <translation>dies würde sofort %1: zum Bestätigen --yes angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1? CertCentral moves the funds at once.</source>
        <translation>%1? CertCentral bucht die Mittel sofort um.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: it is not known whether the funds moved; run certdesk-cli finance history --container %1 before sending it again.</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob die Mittel umgebucht wurden; führen Sie certdesk-cli finance history --container %1 aus, bevor Sie die Umbuchung erneut senden.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Moved %1 from division %2 to division %3.</source>
        <translation>%1 von Abteilung %2 in Abteilung %3 umgebucht.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No card is stored for this account.</source>
        <translation>Für dieses Konto ist keine Karte gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finance pay takes no invoice IDs: invoices are paid in the CertCentral console</source>
        <translation>finance pay nimmt keine Rechnungs-IDs an: Rechnungen werden in der CertCentral-Konsole bezahlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid invoices: %1</source>
        <translation>Offene Rechnungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CertCentral API has no invoice functions. Pay invoices in the CertCentral console (Finances &gt; Pay Invoice):</source>
        <translation>Die CertCentral-API bietet keine Rechnungsfunktionen. Bezahlen Sie Rechnungen in der CertCentral-Konsole (Finances &gt; Pay Invoice):</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>--format needs table, json or csv</source>
        <translation>--format erwartet table, json oder csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format muss table, json oder csv sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>CliKeyPlan</name>
    <message>
        <location filename="../app/cli/CliKeyPlan.cpp" line="+29"/>
        <source>--csr needs a file name</source>
        <translation>--csr erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key is needed: give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>ein neuer Schlüssel ist nötig: geben Sie entweder --csr FILE oder --generate-key TYPE --key-out FILE an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--key-out ist mit --generate-key erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out goes with --generate-key, not with --csr</source>
        <translation>--key-out gehört zu --generate-key, nicht zu --csr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 existiert bereits; eine Schlüsseldatei wird nie überschrieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private key (%1, encrypted) written to %2 (readable by you only).</source>
        <translation>Privater Schlüssel (%1, verschlüsselt) nach %2 geschrieben (nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>CliLifecycleCommands</name>
    <message>
        <location filename="../app/cli/CliLifecycleCommands.cpp" line="+38"/>
        <location line="+7"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run certdesk-cli --help for the order verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die order-Befehle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order %1 needs the order ID first</source>
        <translation>order %1 erwartet zuerst die Bestell-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>Die Bestell-ID muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>--csr needs a file name</source>
        <translation>--csr erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>certdesk-cli: %1: add --yes to confirm</source>
        <translation>certdesk-cli: %1: zum Bestätigen --yes angeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request %2 waits for an administrator or manager to approve it.</source>
        <translation>%1: Anfrage %2 wartet auf die Genehmigung durch einen Administrator oder Manager.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: revoked.</source>
        <translation>%1: widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: submitted as request %2; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: als Anfrage %2 eingereicht; CertCentral hat nicht angegeben, ob sie auf Genehmigung wartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: submitted; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: eingereicht; CertCentral hat nicht angegeben, ob auf Genehmigung gewartet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approved.</source>
        <translation>%1: genehmigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)</source>
        <translation>DCV-Zufallswert: %1 (certdesk-cli order dcv %2 check ausführen, sobald er hinterlegt ist)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cn needs the common name</source>
        <translation>--cn erwartet den Common Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--san needs a name</source>
        <translation>--san erwartet einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provisioning needs one of: %1</source>
        <translation>--provisioning erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dcv-scope needs base_domain or fqdn</source>
        <translation>--dcv-scope erwartet base_domain oder fqdn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--comments needs a text</source>
        <translation>--comments erwartet einen Text</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+100"/>
        <location line="+65"/>
        <location line="+65"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+100"/>
        <location line="+65"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>order %1 is a code-signing order: give --provisioning ship_token, client_app or email (email, for an HSM, takes --csr FILE made there)</source>
        <translation>Bestellung %1 ist eine Codesignatur-Bestellung: geben Sie --provisioning ship_token, client_app oder email an (email, für ein HSM, erwartet --csr FILE mit dem dort erstellten CSR)</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+106"/>
        <location line="+71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Warning: the reissue drops %1; certificates issued earlier for the order may be revoked within 72 hours.</source>
        <translation>Warnung: Die Neuausstellung entfernt %1; früher für die Bestellung ausgestellte Zertifikate können innerhalb von 72 Stunden widerrufen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reissue order %1 for %2?</source>
        <translation>Bestellung %1 für %2 neu ausstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>a reissue replaces the order&apos;s certificate</source>
        <translation>eine Neuausstellung ersetzt das Zertifikat der Bestellung</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>certdesk-cli: it is not known whether the reissue was requested; look at the order (certdesk-cli orders show %1) before running the command again.</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob die Neuausstellung beantragt wurde; prüfen Sie die Bestellung (certdesk-cli orders show %1), bevor Sie den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reissue of order %1</source>
        <translation>Neuausstellung der Bestellung %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--generate-key does not go with --provisioning: a code-signing key is made on the token or the HSM</source>
        <translation>--generate-key ist mit --provisioning nicht möglich: ein Codesignatur-Schlüssel wird auf dem Token oder dem HSM erzeugt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cn does not go with --provisioning: a code-signing reissue carries no names</source>
        <translation>--cn ist mit --provisioning nicht möglich: eine Codesignatur-Neuausstellung enthält keine Namen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--provisioning is for code-signing orders; order %1 is %2</source>
        <translation>--provisioning gilt nur für Codesignatur-Bestellungen; Bestellung %1 ist vom Typ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reissue code-signing order %1 (%2)?</source>
        <translation>Codesignatur-Bestellung %1 neu ausstellen (%2)?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expires needs a date as yyyy-MM-dd</source>
        <translation>--expires erwartet ein Datum im Format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--expires is required: the duplicate&apos;s end date as yyyy-MM-dd</source>
        <translation>--expires ist erforderlich: das Enddatum des Duplikats im Format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires must be a date as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--expires muss ein Datum im Format yyyy-MM-dd sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate order %1 (%2) until %3?</source>
        <translation>Duplikat der Bestellung %1 (%2) bis %3 anlegen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a duplicate issues another certificate</source>
        <translation>ein Duplikat stellt ein weiteres Zertifikat aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the duplicate was requested; look at the order&apos;s duplicates before running the command again.</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob das Duplikat beantragt wurde; prüfen Sie die Duplikate der Bestellung, bevor Sie den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate of order %1</source>
        <translation>Duplikat der Bestellung %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--note needs a text: why the order is canceled</source>
        <translation>--note erwartet einen Text: warum die Bestellung storniert wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--note is required: CertCentral keeps why the order was canceled</source>
        <translation>--note ist erforderlich: CertCentral speichert, warum die Bestellung storniert wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Bestellung %1 stornieren? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceling an order cannot be undone</source>
        <translation>das Stornieren einer Bestellung kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 canceled.</source>
        <translation>Bestellung %1 storniert.</translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+47"/>
        <source>--status needs a value: %1</source>
        <translation>--status erwartet einen Wert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <location line="+54"/>
        <source>--search needs a text</source>
        <translation>--search erwartet einen Text</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>--sort needs a field</source>
        <translation>--sort erwartet ein Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product erwartet eine Produkt-Name-ID, zum Beispiel ssl_basic</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--organization needs an organization id (a positive number)</source>
        <translation>--organization erwartet eine Organisations-ID (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--container needs a container id (a positive number)</source>
        <translation>--container erwartet eine Container-ID (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--valid-till-from needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-from erwartet ein Datum im Format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--valid-till-to needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-to erwartet ein Datum im Format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+61"/>
        <source>--format needs table, json or csv</source>
        <translation>--format erwartet table, json oder csv</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--columns needs a comma-separated list of columns</source>
        <translation>--columns erwartet eine kommagetrennte Liste von Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--columns: %1</source>
        <translation>--columns: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+59"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+71"/>
        <location line="+54"/>
        <location line="+73"/>
        <location line="+52"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format muss table, json oder csv sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders show needs exactly one order ID</source>
        <translation>orders show erwartet genau eine Bestell-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>Die Bestell-ID muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid till</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>--organization needs an organization id</source>
        <translation>--organization erwartet eine Organisations-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts list needs --organization ID (see organizations list)</source>
        <translation>contacts list erwartet --organization ID (siehe organizations list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>organization ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>Die Organisations-ID muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>me takes only --format table|json</source>
        <translation>me akzeptiert nur --format table|json</translation>
    </message>
</context>
<context>
    <name>CliOrderCommands</name>
    <message>
        <location filename="../app/cli/CliOrderCommands.cpp" line="+32"/>
        <location line="+206"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Run certdesk-cli --help for the order verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die order-Befehle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product erwartet eine Produkt-Name-ID, zum Beispiel ssl_basic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn needs the common name</source>
        <translation>--cn erwartet den Common Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san needs a name</source>
        <translation>--san erwartet einen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--csr needs a file name</source>
        <translation>--csr erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out erwartet einen Dateinamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--years needs 1, 2 or 3</source>
        <translation>--years erwartet 1, 2 oder 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--organization needs an organization id</source>
        <translation>--organization erwartet eine Organisations-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--payment needs balance</source>
        <translation>--payment erwartet balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dcv-email needs NAME=ADDRESS</source>
        <translation>--dcv-email erwartet NAME=ADDRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dcv-email must be NAME=ADDRESS, for example shop.example.com=admin@example.com; got &quot;%1&quot;</source>
        <translation>--dcv-email muss NAME=ADDRESS sein, zum Beispiel shop.example.com=admin@example.com; erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--custom-field needs ID=VALUE</source>
        <translation>--custom-field erwartet ID=VALUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--custom-field must be ID=VALUE with the field&apos;s positive id (see certdesk-cli account fields); got &quot;%1&quot;</source>
        <translation>--custom-field muss ID=VALUE mit der positiven ID des Felds sein (siehe certdesk-cli account fields); erhalten: „%1“</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--payment: only balance can be used from the command line; pay by card in CertDesk</source>
        <translation>--payment: in der Befehlszeile ist nur balance möglich; mit Karte bezahlen Sie in CertDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--years must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--years muss 1, 2 oder 3 sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization must be an organization id (a positive number)</source>
        <translation>--organization muss eine Organisations-ID sein (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>geben Sie entweder --csr FILE oder --generate-key TYPE --key-out FILE an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--key-out ist mit --generate-key erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 existiert bereits; eine Schlüsseldatei wird nie überschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt the new key, or make the key with certdesk-cli csr new first</source>
        <translation>setzen Sie CERTDESK_KEY_PASSPHRASE (mindestens 8 Zeichen), um den neuen Schlüssel zu verschlüsseln, oder erzeugen Sie den Schlüssel zuerst mit certdesk-cli csr new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>placing an order is charged to the account: add --yes to confirm</source>
        <translation>eine Bestellung wird dem Konto belastet: zum Bestätigen --yes angeben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>%1 für %2 (%n Jahr) bestellen und vom Guthaben abbuchen? [y/N] </numerusform>
            <numerusform>%1 für %2 (%n Jahre) bestellen und vom Guthaben abbuchen? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ordered.</source>
        <translation>Es wurde nichts bestellt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private key (%1, encrypted) written to %2.</source>
        <translation>Privater Schlüssel (%1, verschlüsselt) nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>certdesk-cli: the connection failed before CertCentral took the order; nothing was ordered (checked with alternative order ID %1). Run the command again.</source>
        <translation>certdesk-cli: Die Verbindung ist abgebrochen, bevor CertCentral die Bestellung angenommen hat; es wurde nichts bestellt (geprüft mit der alternativen Bestell-ID %1). Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the order was placed. Do not run the command again: look for alternative order ID %1 first (CertDesk, or GET order/alternate/%1).</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob die Bestellung aufgegeben wurde. Führen Sie den Befehl nicht erneut aus: Suchen Sie zuerst nach der alternativen Bestell-ID %1 (in CertDesk oder mit GET order/alternate/%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 placed (alternative order ID %2).</source>
        <translation>Bestellung %1 aufgegeben (alternative Bestell-ID %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Sie wartet auf die Genehmigung durch einen Administrator oder Manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (see certdesk for where to put it)</source>
        <translation>DCV-Zufallswert: %1 (wo er hinterlegt werden muss, zeigt CertDesk)</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+24"/>
        <source>certdesk-cli: error %1: %2</source>
        <translation>certdesk-cli: Fehler %1: %2</translation>
    </message>
</context>
<context>
    <name>CliProfileCommands</name>
    <message>
        <location filename="../app/cli/CliProfileCommands.cpp" line="+36"/>
        <location line="+7"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Run certdesk-cli --help for the profile verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die profile-Befehle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>certdesk-cli: the key was not stored: %1 (%2)</source>
        <translation>certdesk-cli: Der Schlüssel wurde nicht gespeichert: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Angemeldet als %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--service needs us or eu</source>
        <translation>--service erwartet us oder eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs the API base URL</source>
        <translation>--url erwartet die Basis-URL der API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs exactly one profile name (quote names with spaces)</source>
        <translation>profile add erwartet genau einen Profilnamen (Namen mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--service and --url exclude each other</source>
        <translation>--service und --url schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--service must be us or eu, got &quot;%1&quot;; use --url for others</source>
        <translation>--service muss us oder eu sein, erhalten: „%1“; für andere verwenden Sie --url</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a profile named &quot;%1&quot; exists already</source>
        <translation>ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added profile %1 (%2).</source>
        <translation>Profil %1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes only --format table|json</source>
        <translation>profile list akzeptiert nur --format table|json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profiles yet. Add one with: certdesk-cli profile add NAME</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: certdesk-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile use needs exactly one profile name</source>
        <translation>profile use erwartet genau einen Profilnamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Using profile %1.</source>
        <translation>Profil %1 wird verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile rename needs the old and the new name</source>
        <translation>profile rename erwartet den alten und den neuen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile set-key needs exactly one profile name</source>
        <translation>profile set-key erwartet genau einen Profilnamen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored the new key of %1.</source>
        <translation>Neuer Schlüssel für %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one profile name</source>
        <translation>profile remove erwartet genau einen Profilnamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add --yes to remove %1 and its key without a question</source>
        <translation>geben Sie --yes an, um %1 und seinen Schlüssel ohne Rückfrage zu entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer? [y/N] </source>
        <translation>Profil %1 und seinen API-Schlüssel von diesem Computer entfernen? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing removed.</source>
        <translation>Nichts entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed profile %1.</source>
        <translation>Profil %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>CliRequestCommands</name>
    <message>
        <location filename="../app/cli/CliRequestCommands.cpp" line="+41"/>
        <location line="+172"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Run certdesk-cli --help for the requests verbs.</source>
        <translation>Mit certdesk-cli --help erhalten Sie die requests-Befehle.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--status needs one of: %1</source>
        <translation>--status erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type needs one of: %1</source>
        <translation>--type erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table, json or csv</source>
        <translation>--format erwartet table, json oder csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+70"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>--status must be one of %1, got &quot;%2&quot;</source>
        <translation>--status muss einer dieser Werte sein: %1; erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be one of %1, got &quot;%2&quot;</source>
        <translation>--type muss einer dieser Werte sein: %1; erhalten: „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format muss table, json oder csv sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests %1 needs a request ID</source>
        <translation>requests %1 erwartet eine Anfrage-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>Die Anfrage-ID muss eine positive ganze Zahl sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format needs table or json</source>
        <translation>--format erwartet table oder json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format muss table oder json sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Serverplattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Bearbeitet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor comment</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: %1 Nothing was sent.</source>
        <translation>certdesk-cli: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--comment needs a text</source>
        <translation>--comment erwartet einen Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--comment (processor_comment): %1</source>
        <translation>--comment (processor_comment): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>request %1 (%2 of order %3, %4, by %5)</source>
        <translation>Anfrage %1 (%2, Bestellung %3, %4, von %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision cannot be undone: add --yes to confirm</source>
        <translation>eine Entscheidung kann nicht rückgängig gemacht werden: zum Bestätigen --yes angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1?</source>
        <translation>%1 genehmigen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject %1?</source>
        <translation>%1 ablehnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>certdesk-cli: it is not known whether the decision was recorded; run certdesk-cli requests show %1 before sending it again.</source>
        <translation>certdesk-cli: Es ist nicht bekannt, ob die Entscheidung gespeichert wurde; führen Sie certdesk-cli requests show %1 aus, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: approved.</source>
        <translation>%1: genehmigt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: rejected.</source>
        <translation>%1: abgelehnt.</translation>
    </message>
</context>
<context>
    <name>CliVerb</name>
    <message>
        <location filename="../app/cli/CliCertCommands.cpp" line="+29"/>
        <source>  cert revoke (--certificate ID | --serial HEX | --order ID) --reason R
            [--compromised-at ISO8601] [--comments T] [--skip-approval]
            [--format table|json] [--yes]  (R: unspecified, keyCompromise,
            affiliationChanged, superseded, cessationOfOperation; key_compromise and the
            like are read too. --compromised-at only with keyCompromise, with a zone:
            ...T14:30:00Z; sent as the first line of the comments)
</source>
        <translation>  cert revoke (--certificate ID | --serial HEX | --order ID) --reason R
            [--compromised-at ISO8601] [--comments T] [--skip-approval]
            [--format table|json] [--yes]  (R: unspecified, keyCompromise,
            affiliationChanged, superseded, cessationOfOperation; key_compromise und
            Ähnliches wird ebenfalls akzeptiert. --compromised-at nur mit keyCompromise,
            mit Zeitzone: ...T14:30:00Z; wird als erste Zeile der Kommentare gesendet)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+12"/>
        <source>  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)
</source>
        <translation>  check [--format table|json]  (ein rein lesender Rundgang durch das Konto: was CertDesk lesen kann)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCsrCommands.cpp" line="+10"/>
        <source>  csr new --cn NAME [--san NAME ...] [--key rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384]
          --key-out FILE [--out CSR_FILE] [--no-passphrase] [--code-signing]
</source>
        <translation>  csr new --cn NAME [--san NAME ...] [--key rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384]
          --key-out FILE [--out CSR_FILE] [--no-passphrase] [--code-signing]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliFinanceCommands.cpp" line="+100"/>
        <source>  finance balance [--container ID] [--format table|json]
</source>
        <translation>  finance balance [--container ID] [--format table|json]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  finance history [--container ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type T]
            [--format table|json|csv]  (the balance history: charges, deposits, transfers,
            invoice payments)
</source>
        <translation>  finance history [--container ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type T]
            [--format table|json|csv]  (der Guthabenverlauf: Belastungen, Einzahlungen,
            Umbuchungen, Rechnungszahlungen)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (moves whole amounts between divisions; separate division funds must be on)
</source>
        <translation>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (bucht ganze Beträge zwischen Abteilungen um; getrennte Mittel je Abteilung
            müssen aktiviert sein)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  finance profile [--format table|json]  (the stored cards, read only)
</source>
        <translation>  finance profile [--format table|json]  (die gespeicherten Karten, nur lesend)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console
            page where invoices are paid: the API has none)
</source>
        <translation>  finance pay [--container ID]  (der offene Rechnungsbetrag und die Seite der
            CertCentral-Konsole, auf der Rechnungen bezahlt werden: die API kann das nicht)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliLifecycleCommands.cpp" line="+23"/>
        <source>  order reissue ID [--cn NAME] [--san NAME ...] (--csr FILE | --generate-key TYPE
            --key-out FILE) [--dcv-scope base_domain|fqdn] [--dcv-method M]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (names default to the order&apos;s; earlier certificates may be revoked)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (code-signing orders: no names; a CSR from your HSM only with email)
</source>
        <translation>  order reissue ID [--cn NAME] [--san NAME ...] (--csr FILE | --generate-key TYPE
            --key-out FILE) [--dcv-scope base_domain|fqdn] [--dcv-method M]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (Namen standardmäßig wie in der Bestellung;
            frühere Zertifikate können widerrufen werden)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (Codesignatur-Bestellungen: keine Namen;
            ein CSR aus Ihrem HSM nur mit email)
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  order duplicate ID --expires yyyy-MM-dd (--csr FILE | --generate-key TYPE
            --key-out FILE) [--comments T] [--skip-approval] [--format table|json] [--yes]
</source>
        <translation>  order duplicate ID --expires yyyy-MM-dd (--csr FILE | --generate-key TYPE
            --key-out FILE) [--comments T] [--skip-approval] [--format table|json] [--yes]
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  order cancel ID --note T [--yes]
</source>
        <translation>  order cancel ID --note T [--yes]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  order dcv ID (status | method M | random | check | resend) [--format table|json]
</source>
        <translation>  order dcv ID (status | method M | random | check | resend) [--format table|json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+30"/>
        <source>  orders list [--status S] [--search TEXT] [--sort FIELD] [--product NAME_ID]
              [--organization ID] [--container ID] [--valid-till-from yyyy-MM-dd]
              [--valid-till-to yyyy-MM-dd] [--format table|json|csv]
              [--columns order_id,common_name,...]  (table and csv; see the README)
</source>
        <translation>  orders list [--status S] [--search TEXT] [--sort FIELD] [--product NAME_ID]
              [--organization ID] [--container ID] [--valid-till-from yyyy-MM-dd]
              [--valid-till-to yyyy-MM-dd] [--format table|json|csv]
              [--columns order_id,common_name,...]  (table und csv; siehe README)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  orders show ID [--format table|json]
</source>
        <translation>  orders show ID [--format table|json]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  domains list [--search TEXT] [--format table|json|csv]
</source>
        <translation>  domains list [--search TEXT] [--format table|json|csv]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  organizations list [--search TEXT] [--format table|json|csv]
</source>
        <translation>  organizations list [--search TEXT] [--format table|json|csv]
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  contacts list --organization ID [--format table|json|csv]  (verified contacts)
</source>
        <translation>  contacts list --organization ID [--format table|json|csv]  (verifizierte Kontakte)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCertCommands.cpp" line="-15"/>
        <source>  cert download CERTIFICATE_ID
            [--format pem_all|pem_noroot|pem_nointermediate|p7b|der|p12]
            [--key FILE] [--out FILE]  (der is made here from pem_nointermediate;
            p7b is PEM-armoured as CertCentral sends it; p12: the chain with the key of
            --key, passphrases from CERTDESK_KEY_PASSPHRASE and CERTDESK_P12_PASSPHRASE
            or asked)
</source>
        <translation>  cert download CERTIFICATE_ID
            [--format pem_all|pem_noroot|pem_nointermediate|p7b|der|p12]
            [--key FILE] [--out FILE]  (der wird hier aus pem_nointermediate erzeugt;
            p7b ist PEM-kodiert, wie CertCentral es sendet; p12: die Kette mit dem
            Schlüssel aus --key, Passphrasen aus CERTDESK_KEY_PASSPHRASE und
            CERTDESK_P12_PASSPHRASE oder abgefragt)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+5"/>
        <source>  account fields [--format table|json|csv]  (custom order fields)
</source>
        <translation>  account fields [--format table|json|csv]  (benutzerdefinierte Bestellfelder)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  me [--format table|json]
</source>
        <translation>  me [--format table|json]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOrderCommands.cpp" line="+10"/>
        <source>  order new --product ID --cn NAME [--san NAME ...] (--csr FILE | --generate-key TYPE
            --key-out FILE) [--years 1|2|3] [--dcv-method M] [--organization ID]
            [--dcv-email NAME=ADDRESS ...] [--custom-field ID=VALUE ...]
            [--payment balance] [--skip-approval] [--format table|json] [--yes]
</source>
        <translation>  order new --product ID --cn NAME [--san NAME ...] (--csr FILE | --generate-key TYPE
            --key-out FILE) [--years 1|2|3] [--dcv-method M] [--organization ID]
            [--dcv-email NAME=ADDRESS ...] [--custom-field ID=VALUE ...]
            [--payment balance] [--skip-approval] [--format table|json] [--yes]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliProfileCommands.cpp" line="+16"/>
        <source>  profile add NAME [--service us|eu | --url URL] [--ca-file PEM] [--no-check]
</source>
        <translation>  profile add NAME [--service us|eu | --url URL] [--ca-file PEM] [--no-check]
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  profile list [--format table|json]
</source>
        <translation>  profile list [--format table|json]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  profile use NAME
</source>
        <translation>  profile use NAME
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  profile rename NAME NEW_NAME
</source>
        <translation>  profile rename NAME NEW_NAME
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  profile set-key NAME [--no-check]
</source>
        <translation>  profile set-key NAME [--no-check]
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  profile remove NAME [--yes]
</source>
        <translation>  profile remove NAME [--yes]
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliRequestCommands.cpp" line="+15"/>
        <source>  requests list [--status pending|submitted|approved|rejected]
            [--type new_request|reissue|duplicate|revoke] [--format table|json|csv]
</source>
        <translation>  requests list [--status pending|submitted|approved|rejected]
            [--type new_request|reissue|duplicate|revoke] [--format table|json|csv]
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  requests show ID [--format table|json]
</source>
        <translation>  requests show ID [--format table|json]
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  requests approve ID [--comment T] [--yes]
</source>
        <translation>  requests approve ID [--comment T] [--yes]
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  requests reject ID --comment T [--yes]
</source>
        <translation>  requests reject ID --comment T [--yes]
</translation>
    </message>
</context>
<context>
    <name>ContactPaste</name>
    <message numerus="yes">
        <location filename="../app/core/ContactPaste.cpp" line="+72"/>
        <source>Only the first %1 pasted rows were taken; %n more were left out (a request adds at most %2 contacts).</source>
        <translation>
            <numerusform>Nur die ersten %1 eingefügten Zeilen wurden übernommen; %n weitere wurde ausgelassen (eine Anfrage fügt höchstens %2 Kontakte hinzu).</numerusform>
            <numerusform>Nur die ersten %1 eingefügten Zeilen wurden übernommen; %n weitere wurden ausgelassen (eine Anfrage fügt höchstens %2 Kontakte hinzu).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first pasted row looked like column headings and was left out.</source>
        <translation>Die erste eingefügte Zeile sah wie Spaltenüberschriften aus und wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/security/CredentialStore.cpp" line="+22"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the API key. Unlock your keychain (or allow CertDesk when your desktop asks) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel verweigert. Entsperren Sie Ihren Schlüsselbund (oder erlauben Sie CertDesk den Zugriff, wenn Ihre Desktopumgebung nachfragt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this desktop, so CertDesk cannot keep the API key. CertDesk stores keys only in the system keychain. On Linux, install and start a Secret Service (for example: apt install gnome-keyring, or use KWallet) inside your desktop session, then sign in again. The sandbox works without a keychain. (%1)</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar, daher kann CertDesk den API-Schlüssel nicht aufbewahren. CertDesk speichert Schlüssel ausschließlich im Systemschlüsselbund. Installieren und starten Sie unter Linux einen Secret Service (zum Beispiel: apt install gnome-keyring, oder verwenden Sie KWallet) in Ihrer Desktopsitzung und melden Sie sich dann erneut an. Die Sandbox funktioniert ohne Schlüsselbund. (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain reported a problem: %1</source>
        <translation>Der Schlüsselbund hat ein Problem gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../app/security/CsrBuilder.cpp" line="+34"/>
        <source>There is no private key to sign the request with.</source>
        <translation>Es gibt keinen privaten Schlüssel, mit dem die Anfrage signiert werden kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The common name &quot;%1&quot; cannot go into a request (1 to 64 characters).</source>
        <translation>Der Common Name „%1“ kann nicht in eine Anfrage übernommen werden (1 bis 64 Zeichen).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>The names could not go into the request: %1</source>
        <translation>Die Namen konnten nicht in die Anfrage übernommen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be signed: %1</source>
        <translation>Die Anfrage konnte nicht signiert werden: %1</translation>
    </message>
</context>
<context>
    <name>CsrInfo</name>
    <message>
        <location filename="../app/security/CsrInfo.cpp" line="+26"/>
        <source>This is not a certificate signing request: paste the PEM text that starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>Dies ist keine Zertifikatsanfrage: Fügen Sie den PEM-Text ein, der mit -----BEGIN CERTIFICATE REQUEST----- beginnt.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The request&apos;s signature does not verify: it was altered or signed with another key.</source>
        <translation>Die Signatur der Anfrage ist ungültig: Sie wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA keys need 2048 bits or more; this one has %1.</source>
        <translation>RSA-Schlüssel brauchen mindestens 2048 Bit; dieser hat %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC keys need P-256 or larger; this one has %1 bits.</source>
        <translation>EC-Schlüssel brauchen P-256 oder größer; dieser hat %1 Bit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request&apos;s common name is &quot;%1&quot;, the order&apos;s is &quot;%2&quot;.</source>
        <translation>Der Common Name der Anfrage lautet „%1“, der der Bestellung „%2“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names on the order but not in the request: %1</source>
        <translation>Namen in der Bestellung, aber nicht in der Anfrage: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in the request but not on the order: %1</source>
        <translation>Namen in der Anfrage, aber nicht in der Bestellung: %1</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <location filename="../app/core/CustomField.cpp" line="+22"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses separated by commas</source>
        <translation>durch Kommas getrennte E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required by your account; enter %2.</source>
        <translation>%1 ist für Ihr Konto erforderlich; geben Sie %2 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has at most 1,024 characters.</source>
        <translation>%1 hat höchstens 1.024 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes printable characters on one line: no line breaks or control characters.</source>
        <translation>%1 nimmt druckbare Zeichen in einer Zeile an: keine Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a whole number, for example 4711.</source>
        <translation>%1 erwartet eine ganze Zahl, zum Beispiel 4711.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes one e-mail address (name@example.com).</source>
        <translation>%1 erwartet eine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes e-mail addresses separated by commas; &quot;%2&quot; is not one.</source>
        <translation>%1 erwartet durch Kommas getrennte E-Mail-Adressen; „%2“ ist keine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The custom fields reply is not a JSON object.</source>
        <translation>Die Antwort zu den benutzerdefinierten Feldern ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/DashboardScreen.cpp" line="+43"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates expiring</source>
        <translation>Ablaufende Zertifikate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+99"/>
        <source>—
pending requests</source>
        <translation>—
ausstehende Anfragen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Orders by status</source>
        <translation>Bestellungen nach Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expirations per month (issued certificates, next 12 months)</source>
        <translation>Abläufe pro Monat (ausgestellte Zertifikate, nächste 12 Monate)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pending orders</source>
        <translation>ausstehende Bestellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificates expiring within %1 days</source>
        <translation>innerhalb von %1 Tagen ablaufende Zertifikate</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these orders</source>
        <translation>Diese Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
pending requests</source>
        <translation>%1
ausstehende Anfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New orders, reissues, duplicates and revocations waiting for approval</source>
        <translation>Neue Bestellungen, Neuausstellungen, Duplikate und Widerrufe, die auf Genehmigung warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your requests waiting for an administrator or manager to approve them</source>
        <translation>Ihre Anfragen, die auf die Genehmigung durch einen Administrator oder Manager warten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pending requests could not be counted: %1</source>
        <translation>Die ausstehenden Anfragen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no negative limit</source>
        <translation>kein Negativlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
balance</source>
        <translation>%1
Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
balance · %2</source>
        <translation>%1
Guthaben · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funds of your container in CertCentral.</source>
        <translation>Das Guthaben Ihres Containers in CertCentral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices: %1</source>
        <translation>Offene Rechnungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative balance limit: %1</source>
        <translation>Limit für negatives Guthaben: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—
balance</source>
        <translation>—
Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance could not be loaded: %1</source>
        <translation>Das Guthaben konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No orders loaded yet.</source>
        <translation>Noch keine Bestellungen geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders loaded</source>
        <translation>%1 Bestellungen geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 orders matching the Orders page&apos;s filters are loaded (%2); clear them there for the whole account.</source>
        <translation>Geladen sind nur die %1 Bestellungen, die den Filtern der Seite „Bestellungen“ entsprechen (%2); entfernen Sie die Filter dort, um das ganze Konto zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within 30 days</source>
        <translation>in 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 60 days</source>
        <translation>in 60 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 90 days</source>
        <translation>in 90 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending (DCV or approval)</source>
        <translation>ausstehend (DCV oder Genehmigung)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expiring</source>
        <translation>Ablaufend</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificates expiring in %1</source>
        <translation>im %1 ablaufende Zertifikate</translation>
    </message>
</context>
<context>
    <name>DcvInstructions</name>
    <message>
        <location filename="../app/core/DcvInstructions.cpp" line="+21"/>
        <source>Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this value:

%2

Any TTL works; keep one such record per domain.</source>
        <translation>Fügen Sie zu %1 einen DNS-TXT-Eintrag mit diesem Wert hinzu (Host leer oder @ für die Domain selbst):

%2

Jede TTL funktioniert; behalten Sie nur einen solchen Eintrag pro Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the DNS CNAME record CertCentral shows for %1, built from this value:

%2</source>
        <translation>Fügen Sie den DNS-CNAME-Eintrag hinzu, den CertCentral für %1 anzeigt, gebildet aus diesem Wert:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a file at
%1
that holds only this value:

%2

File-based DCV covers this exact name only, not its subdomains or a wildcard.</source>
        <translation>Veröffentlichen Sie unter
%1
eine Datei, die nur diesen Wert enthält:

%2

Dateibasierte DCV gilt nur für genau diesen Namen, nicht für seine Subdomains oder eine Wildcard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is good until %1.</source>
        <translation>Der Wert ist bis %1 gültig.</translation>
    </message>
</context>
<context>
    <name>DcvMethodDialog</name>
    <message>
        <location filename="../ui/orders/DcvMethodDialog.cpp" line="+25"/>
        <source>DCV method of order %1</source>
        <translation>DCV-Methode der Bestellung %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to</source>
        <translation>Ändern in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed to %1.</source>
        <translation>Geändert in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to %1. The new random value: %2 (the order&apos;s Names and DCV tab shows where it goes).</source>
        <translation>Geändert in %1. Der neue Zufallswert: %2 (wo er hingehört, zeigt der Tab „Namen und DCV“ der Bestellung).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../app/core/DnsName.cpp" line="+27"/>
        <source>Enter a domain name, for example example.com</source>
        <translation>Geben Sie einen Domainnamen ein, zum Beispiel example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the domain name, without http:// or a path: &quot;%1&quot;</source>
        <translation>Geben Sie nur den Domainnamen ein, ohne http:// oder Pfad: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is an IP address; public certificates here take domain names only</source>
        <translation>„%1“ ist eine IP-Adresse; öffentliche Zertifikate erhalten hier nur Domainnamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a wildcard; only wildcard products take *. names</source>
        <translation>„%1“ ist eine Wildcard; nur Wildcard-Produkte akzeptieren *.-Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a wildcard may only be the whole left-most label, as in *.example.com</source>
        <translation>„%1“: Eine Wildcard darf nur das gesamte äußerste linke Label sein, wie in *.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A domain name has at most 253 characters; &quot;%1&quot; has %2</source>
        <translation>Ein Domainname hat höchstens 253 Zeichen; „%1“ hat %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a dot: enter a full domain such as example.com</source>
        <translation>„%1“ braucht einen Punkt: Geben Sie eine vollständige Domain wie example.com ein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end</source>
        <translation>„%1“ ist kein gültiger Domainname: Jeder Teil zwischen Punkten hat 1 bis 63 Buchstaben, Ziffern oder Bindestriche und keinen Bindestrich am Anfang oder Ende</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../app/core/Domain.cpp" line="+20"/>
        <source>A domain without an id or a name</source>
        <translation>Eine Domain ohne ID oder Namen</translation>
    </message>
</context>
<context>
    <name>DomainCreateCall</name>
    <message>
        <location filename="../app/api/DomainEndpoints.cpp" line="+35"/>
        <source>The reply to Add domain has no domain id</source>
        <translation>Die Antwort auf „Domain hinzufügen“ enthält keine Domain-ID</translation>
    </message>
</context>
<context>
    <name>DomainDcvCall</name>
    <message>
        <location line="+66"/>
        <source>CertCentral sent no token</source>
        <translation>CertCentral hat kein Token gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CertCentral&apos;s answer has no DCV status (active or inactive)</source>
        <translation>Die Antwort von CertCentral enthält keinen DCV-Status (active oder inactive)</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <location filename="../models/DomainsModel.cpp" line="+66"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS TXT record</source>
        <translation>DNS-TXT-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS CNAME record</source>
        <translation>DNS-CNAME-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File on the web server</source>
        <translation>Datei auf dem Webserver</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV validation</source>
        <translation>OV-Validierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EV validation</source>
        <translation>EV-Validierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV approved</source>
        <translation>DCV genehmigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain lock</source>
        <translation>Domain-Sperre</translation>
    </message>
</context>
<context>
    <name>DomainsScreen</name>
    <message>
        <location filename="../ui/domains/DomainsScreen.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV instructions…</source>
        <translation>DCV-Anweisungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check DCV</source>
        <translation>DCV prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Zur Validierung einreichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search domain or organization</source>
        <translation>Domain oder Organisation suchen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Select a domain to see its validations.</source>
        <translation>Wählen Sie eine Domain aus, um ihre Validierungen zu sehen.</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 of %2 domains shown</source>
        <translation>%1 von %2 Domains angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+349"/>
        <source>Ask CertCentral to look for the DNS record or file now</source>
        <translation>CertCentral jetzt nach dem DNS-Eintrag oder der Datei suchen lassen</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 of %2 domains loaded</source>
        <translation>%1 von %2 Domains geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domains could not be loaded: %1</source>
        <translation>Die Domains konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 Domains</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses e-mail DCV: CertCentral e-mails the addresses it builds for the domain (admin@, administrator@, webmaster@, hostmaster@ and postmaster@) and the contacts of its DNS TXT record; approve the link in that e-mail.</source>
        <translation>%1 verwendet E-Mail-DCV: CertCentral sendet E-Mails an die für die Domain gebildeten Adressen (admin@, administrator@, webmaster@, hostmaster@ und postmaster@) und an die Kontakte aus ihrem DNS-TXT-Eintrag; bestätigen Sie den Link in dieser E-Mail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The DCV token of %1 could not be fetched: %2</source>
        <translation>Das DCV-Token von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>New DCV token</source>
        <translation>Neues DCV-Token</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 has no valid DCV token. Ask CertCentral for a new one?

A new token replaces any token of this domain that may already be published.</source>
        <translation>%1 hat kein gültiges DCV-Token. Ein neues bei CertCentral anfordern?

Ein neues Token ersetzt jedes Token dieser Domain, das möglicherweise bereits veröffentlicht ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new DCV token for %1: %2</source>
        <translation>Kein neues DCV-Token für %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prove control of %1</source>
        <translation>Kontrolle über %1 nachweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New token…</source>
        <translation>Neues Token…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask CertCentral for a new token; it replaces this one.</source>
        <translation>Ein neues Token bei CertCentral anfordern; es ersetzt dieses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the DCV token of %1? A token already published for it stops working.</source>
        <translation>DCV-Token von %1 ersetzen? Ein bereits dafür veröffentlichtes Token funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CertCentral found the DCV token of %1: domain control is proven.</source>
        <translation>CertCentral hat das DCV-Token von %1 gefunden: Die Kontrolle über die Domain ist nachgewiesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CertCentral has not found the DCV token of %1 yet. Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>CertCentral hat das DCV-Token von %1 noch nicht gefunden. Veröffentlichen Sie den Wert (DCV-Anweisungen…) und versuchen Sie es erneut; DNS-Änderungen können eine Weile brauchen, bis sie sichtbar sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DCV for %1 is not done yet: %2</source>
        <translation>DCV für %1 ist noch nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>Veröffentlichen Sie den Wert (DCV-Anweisungen…) und versuchen Sie es erneut; DNS-Änderungen können eine Weile brauchen, bis sie sichtbar sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete domain</source>
        <translation>Domain löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Certificates already issued for it stay valid. To order for it again, the domain must be added and validated again.</source>
        <translation>%1 aus dem Konto löschen?

Bereits dafür ausgestellte Zertifikate bleiben gültig. Um wieder dafür zu bestellen, muss die Domain erneut hinzugefügt und validiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit %1 for validation</source>
        <translation>%1 zur Validierung einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OV: organization validation</source>
        <translation>OV: Organisationsvalidierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: Extended Validation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Validations</source>
        <translation>Validierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was added. Choose it and open DCV instructions to prove control.</source>
        <translation>%1 wurde hinzugefügt. Wählen Sie die Domain aus und öffnen Sie die DCV-Anweisungen, um die Kontrolle nachzuweisen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added. CertCentral e-mails the DCV approval request to the domain&apos;s addresses.</source>
        <translation>%1 wurde hinzugefügt. CertCentral sendet die DCV-Genehmigungsanfrage per E-Mail an die Adressen der Domain.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose OV, EV or both to submit %1 for validation.</source>
        <translation>Wählen Sie OV, EV oder beides, um %1 zur Validierung einzureichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was submitted for validation; the list shows it as pending.</source>
        <translation>%1 wurde zur Validierung eingereicht; die Liste zeigt die Domain als ausstehend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be submitted: %2</source>
        <translation>%1 konnte nicht eingereicht werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a domain to the account, optionally submitted for validation</source>
        <translation>Eine Domain zum Konto hinzufügen, optional zur Validierung eingereicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected domain from the account</source>
        <translation>Die ausgewählte Domain aus dem Konto entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit the selected domain for OV or EV validation</source>
        <translation>Die ausgewählte Domain zur OV- oder EV-Validierung einreichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses e-mail DCV; approve the e-mail instead.</source>
        <translation>%1 verwendet E-Mail-DCV; bestätigen Sie stattdessen die E-Mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV method: %1</source>
        <translation>DCV-Methode: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV good for OV until %1</source>
        <translation>DCV für OV gültig bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV good for EV until %1</source>
        <translation>DCV für EV gültig bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 validation: %2 (DCV %3)</source>
        <translation>%1-Validierung: %2 (DCV %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validations submitted.</source>
        <translation>Keine Validierungen eingereicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain lock: %1</source>
        <translation>Domain-Sperre: %1</translation>
    </message>
</context>
<context>
    <name>DownloadButton</name>
    <message>
        <location filename="../ui/orders/DownloadButton.cpp" line="+14"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PKCS#12 with the private key…</source>
        <translation>Als PKCS#12 mit dem privaten Schlüssel speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy PEM to clipboard</source>
        <translation>PEM in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM bundle: certificate, intermediate and root…</source>
        <translation>PEM-Bundle: Zertifikat, Zwischenzertifikat und Root…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM: certificate only…</source>
        <translation>PEM: nur Zertifikat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DER…</source>
        <translation>DER…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#7 (.p7b)…</source>
        <translation>PKCS#7 (.p7b)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download the certificate of order %1</source>
        <translation>Zertifikat der Bestellung %1 herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 has no issued certificate to download (%2).</source>
        <translation>Bestellung %1 hat kein ausgestelltes Zertifikat zum Herunterladen (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Select an order with an issued certificate.</source>
        <translation>Wählen Sie eine Bestellung mit ausgestelltem Zertifikat aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of order %1 is on the clipboard.</source>
        <translation>Das Zertifikat der Bestellung %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the certificate of order %1 to %2.</source>
        <translation>Zertifikat der Bestellung %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of order %1 could not be downloaded: %2</source>
        <translation>Das Zertifikat der Bestellung %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.ui" line="+6"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments for the approver</source>
        <translation>Kommentar für den Genehmiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Genehmigung überspringen (Administratoren)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.cpp" line="+13"/>
        <source>Names and end date of the duplicate</source>
        <translation>Namen und Enddatum des Duplikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duplicate is another certificate on order %1, with its own key.</source>
        <translation>Ein Duplikat ist ein weiteres Zertifikat der Bestellung %1 mit eigenem Schlüssel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The common name stays on the duplicate.</source>
        <translation>Der Common Name bleibt im Duplikat erhalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the latest %1: %2.</source>
        <translation>Spätestens %1: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateRequest</name>
    <message>
        <location filename="../app/core/DuplicateRequest.cpp" line="+26"/>
        <source>the order&apos;s end</source>
        <translation>das Ende der Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s end</source>
        <translation>das Ende des Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest a TLS certificate may last</source>
        <translation>die längste zulässige Laufzeit eines TLS-Zertifikats</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the issued order to duplicate.</source>
        <translation>Wählen Sie die ausgestellte Bestellung, die dupliziert werden soll.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on the order; a duplicate can only use the order&apos;s names: %2</source>
        <translation>%1 ist nicht in der Bestellung; ein Duplikat kann nur die Namen der Bestellung verwenden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A duplicate needs a certificate signing request (CSR) for its key.</source>
        <translation>Ein Duplikat braucht eine Zertifikatsanfrage (CSR) für seinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Signatur-Hash „%1“ wird nicht angeboten; verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date must be after today (%1); got %2.</source>
        <translation>Das Enddatum muss nach heute (%1) liegen; erhalten: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date can be %1 at the latest (%2); got %3.</source>
        <translation>Das Enddatum darf spätestens %1 sein (%2); erhalten: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Kommentare haben höchstens %1 Zeichen; diese haben %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateWizard.cpp" line="+13"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key and CSR for the duplicate</source>
        <translation>Schlüssel und CSR für das Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Duplicate requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Duplikat beantragt.&lt;/b&gt; Anfrage %1 wartet auf der Seite „Anfragen“ auf Genehmigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Duplikat abgelehnt.&lt;/b&gt; Anfrage %1 wurde abgelehnt; siehe Seite „Anfragen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Duplikat eingereicht&lt;/b&gt; als Anfrage %1. CertCentral hat nicht angegeben, ob sie auf Genehmigung wartet; die Seite „Anfragen“ zeigt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Duplikat eingereicht&lt;/b&gt; für Bestellung %1. CertCentral hat nicht angegeben, ob es auf Genehmigung wartet; die Details der Bestellung zeigen es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate issued&lt;/b&gt;: certificate %1. Download it from the order&apos;s Certificate tab (Download).</source>
        <translation>&lt;b&gt;Duplikat ausgestellt&lt;/b&gt;: Zertifikat %1. Laden Sie es im Tab „Zertifikat“ der Bestellung herunter (Herunterladen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends on %1 at the latest.</source>
        <translation>Es endet spätestens am %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its private key: %1</source>
        <translation>Sein privater Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message>
        <location filename="../ui/orders/EditNamesDialog.cpp" line="+26"/>
        <source>Names of order %1</source>
        <translation>Namen der Bestellung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>Höchstens %n Name (so viele, wie die Bestellung jetzt hat). Neue Namen erfordern DCV.</numerusform>
            <numerusform>Höchstens %n Namen (so viele, wie die Bestellung jetzt hat). Neue Namen erfordern DCV.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save names</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+14"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>FieldErrorMap</name>
    <message>
        <location filename="../ui/common/FieldErrorMap.cpp" line="+97"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral does not accept this value.</source>
        <translation>CertCentral akzeptiert diesen Wert nicht.</translation>
    </message>
</context>
<context>
    <name>FinanceScreen</name>
    <message>
        <location filename="../ui/finance/FinanceScreen.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move funds…</source>
        <translation>Mittel umbuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay invoices in CertCentral…</source>
        <translation>Rechnungen in CertCentral bezahlen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Services API has no invoices: see what each division owes and open the CertCentral console to pay</source>
        <translation>Die Services API kennt keine Rechnungen: Sehen Sie, was jede Abteilung schuldet, und öffnen Sie zum Bezahlen die CertCentral-Konsole</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance history</source>
        <translation>Guthabenverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment profile</source>
        <translation>Zahlungsprofil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds by division</source>
        <translation>Mittel nach Abteilung</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Funds move between divisions; this account shows fewer than two.</source>
        <translation>Mittel werden zwischen Abteilungen umgebucht; dieses Konto zeigt weniger als zwei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move funds from one division to another</source>
        <translation>Mittel von einer Abteilung in eine andere umbuchen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+75"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The list of divisions could not be loaded, so only your own division&apos;s funds are shown: %1</source>
        <translation>Die Liste der Abteilungen konnte nicht geladen werden, daher werden nur die Mittel Ihrer eigenen Abteilung angezeigt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your division</source>
        <translation>Ihre Abteilung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funds of %1 could not be loaded: %2</source>
        <translation>Die Mittel von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2 unpaid</source>
        <translation>%1: %2 offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No division has unpaid invoices.</source>
        <translation>Keine Abteilung hat offene Rechnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unpaid invoice balance is not known yet: refresh the funds.</source>
        <translation>Der Betrag der offenen Rechnungen ist noch nicht bekannt: Aktualisieren Sie die Mittel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices, %1 in all:</source>
        <translation>Offene Rechnungen, insgesamt %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CertCentral API has no invoice functions: invoices and purchase orders are viewed and paid in the CertCentral console (Finances &gt; Pay Invoice). Payments appear here in the balance history.</source>
        <translation>Die CertCentral-API bietet keine Rechnungsfunktionen: Rechnungen und Bestellscheine werden in der CertCentral-Konsole angezeigt und bezahlt (Finances &gt; Pay Invoice). Zahlungen erscheinen hier im Guthabenverlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay invoices in CertCentral</source>
        <translation>Rechnungen in CertCentral bezahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens %1 in your browser.</source>
        <translation>Öffnet %1 in Ihrem Browser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CertCentral</source>
        <translation>CertCentral öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started. Open %1 and go to Finances &gt; Pay Invoice.</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie %1 und gehen Sie zu Finances &gt; Pay Invoice.</translation>
    </message>
</context>
<context>
    <name>FundsTransfer</name>
    <message>
        <location filename="../app/core/FundsTransfer.cpp" line="+33"/>
        <source>From: choose the division the funds leave.</source>
        <translation>Von: Wählen Sie die Abteilung, aus der die Mittel abgebucht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: choose the division that receives the funds.</source>
        <translation>Nach: Wählen Sie die Abteilung, die die Mittel erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: choose a division other than the one the funds leave.</source>
        <translation>Nach: Wählen Sie eine andere Abteilung als die, aus der die Mittel abgebucht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)</source>
        <translation>eine ganze Zahl von 1 bis %1, zum Beispiel 1000 (CertCentral bucht keine Cent-Beträge um)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: enter %1.</source>
        <translation>Betrag: Erforderlich ist %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: &quot;%1&quot; is not %2.</source>
        <translation>Betrag: „%1“ ist ungültig; erforderlich ist %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 is out of range: %2.</source>
        <translation>Betrag: %1 liegt außerhalb des zulässigen Bereichs; erforderlich ist %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1 is more than the %2 the division has available.</source>
        <translation>Betrag: %1 ist mehr als die %2, die der Abteilung zur Verfügung stehen.</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../app/core/JsonRead.cpp" line="+173"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>Ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object with &quot;%1&quot;</source>
        <translation>JSON-Objekt mit „%1“ erwartet</translation>
    </message>
</context>
<context>
    <name>KeyFileWriter</name>
    <message>
        <location filename="../app/security/KeyFileWriter.cpp" line="+8"/>
        <source>Choose where to save the private key.</source>
        <translation>Wählen Sie, wo der private Schlüssel gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; CertDesk never overwrites a key file. Choose another name.</source>
        <translation>%1 existiert bereits; CertDesk überschreibt nie eine Schlüsseldatei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The key could not be saved to %1: %2</source>
        <translation>Der Schlüssel konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../app/core/KeySpec.cpp" line="+19"/>
        <source>Key type &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>Schlüsseltyp „%1“ wird nicht angeboten; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECDSA P-%1</source>
        <translation>ECDSA P-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code signing needs an RSA key of 3072 bits or more; %1 is not accepted.</source>
        <translation>Codesignatur erfordert einen RSA-Schlüssel mit mindestens 3072 Bit; %1 wird nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>LifecycleResult</name>
    <message>
        <location filename="../app/core/LifecycleResult.cpp" line="+16"/>
        <source>The reply has no order id</source>
        <translation>Die Antwort enthält keine Bestell-ID</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The reply to the revocation has no request id</source>
        <translation>Die Antwort auf den Widerruf enthält keine Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>LifecycleResultPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.ui" line="+10"/>
        <source>Change and try again</source>
        <translation>Ändern und erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.cpp" line="+11"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending to CertCentral…</source>
        <translation>Wird an CertCentral gesendet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The answer was lost.&lt;/b&gt; CertCentral may have done it. Open the order and look at its requests before you try again; CertDesk does not send it twice.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Antwort ging verloren.&lt;/b&gt; CertCentral hat es möglicherweise ausgeführt. Öffnen Sie die Bestellung und prüfen Sie ihre Anfragen, bevor Sie es erneut versuchen; CertDesk sendet es nicht zweimal.&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht ausgeführt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/shell/LoadStatus.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>API: %1/%2 per 5 s</source>
        <translation>API: %1/%2 pro 5 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 orders loaded</source>
        <translation>%1 von %2 Bestellungen geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln Bestellung geladen</numerusform>
            <numerusform>%Ln Bestellungen geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading failed; the table shows what was loaded before</source>
        <translation>Laden fehlgeschlagen; die Tabelle zeigt den zuvor geladenen Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders loaded; some are missing</source>
        <translation>%1 von %2 Bestellungen geladen; einige fehlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+60"/>
        <location line="+195"/>
        <location line="+196"/>
        <location line="+19"/>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between CertCentral accounts</source>
        <translation>Zwischen CertCentral-Konten wechseln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order…</source>
        <translation>Neue Bestellung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;now</source>
        <translation>Jetzt auf Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;every</source>
        <translation>Änderungen prüfen &amp;alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find orders</source>
        <translation>&amp;Bestellungen suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>CertDesk verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Checking for changes failed: %1</source>
        <translation>Prüfen auf Änderungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>Profil &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change API &amp;key…</source>
        <translation>API-&amp;Schlüssel ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move profile…</source>
        <translation>Profil ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>Navigation entry: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contacts</source>
        <translation>Verifizierte Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Requests</source>
        <extracomment>Navigation entry: the approvals queue. A count may follow: &quot;Requests (3)&quot;.</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Finance</source>
        <extracomment>Navigation entry: balances, balance history, moving funds.</extracomment>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>Als Nächstes läuft ab: %1 am %2 (in %n Tag)</numerusform>
            <numerusform>Als Nächstes läuft ab: %1 am %2 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>%n ausstehende Anfrage</numerusform>
            <numerusform>%n ausstehende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+285"/>
        <source>Requests (%1)</source>
        <translation>Anfragen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n Anfrage wartet auf eine Entscheidung</numerusform>
            <numerusform>%n Anfragen warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Order a certificate</source>
        <translation>Ein Zertifikat bestellen</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Try the sand&amp;box</source>
        <translation>Sand&amp;box ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CertDesk</source>
        <translation>&amp;Über CertDesk</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>NewDomain</name>
    <message>
        <location filename="../app/core/NewDomain.cpp" line="+25"/>
        <source>Add the domain without &quot;*.&quot;: validating %1 covers its wildcard</source>
        <translation>Fügen Sie die Domain ohne „*.“ hinzu: Die Validierung von %1 deckt auch die zugehörige Wildcard ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the organization the domain belongs to</source>
        <translation>Wählen Sie die Organisation, zu der die Domain gehört</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation &quot;%1&quot; is not known; use ov or ev</source>
        <translation>Validierung „%1“ ist unbekannt; verwenden Sie ov oder ev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV-Methode „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../app/core/NewOrder.cpp" line="+60"/>
        <source>Choose a product.</source>
        <translation>Wählen Sie ein Produkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a product name id: those are 1 to 64 lower-case letters, digits and _, for example ssl_basic.</source>
        <translation>„%1“ ist keine Produkt-Namens-ID: Diese besteht aus 1 bis 64 Kleinbuchstaben, Ziffern und _, zum Beispiel ssl_basic.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Ein Wildcard-Produkt braucht einen Common Name, der mit *. beginnt, zum Beispiel *.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order holds at most 250 names; this one has %1.</source>
        <translation>Eine Bestellung enthält höchstens 250 Namen; diese hat %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a certificate signing request (CSR).</source>
        <translation>Fügen Sie eine Zertifikatsanfrage (CSR) hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Signatur-Hash „%1“ wird nicht angeboten; verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The order&apos;s end date must be 7 days to 3 years from today.</source>
        <translation>Das Enddatum der Bestellung muss 7 Tage bis 3 Jahre nach heute liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order lasts at most 1,095 days; you entered %1.</source>
        <translation>Eine Bestellung läuft höchstens 1.095 Tage; Sie haben %1 eingegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>An order lasts 1 to 3 years; you entered %1.</source>
        <translation>Eine Bestellung läuft 1 bis 3 Jahre; Sie haben %1 eingegeben.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>A certificate lasts 1 to %1 days here (at most %2 from today, and not past the order); you entered %3.</source>
        <translation>Ein Zertifikat ist hier 1 bis %1 Tage gültig (ab heute höchstens %2 und nicht über die Bestellung hinaus); Sie haben %3 eingegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV-Methode „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>HTTP-Datei-DCV kann keinen Wildcard-Namen nachweisen (%1); verwenden Sie E-Mail oder DNS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV scope must be base_domain or fqdn.</source>
        <translation>Der DCV-Umfang muss base_domain oder fqdn sein.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>Choose the organization the certificate is for.</source>
        <translation>Wählen Sie die Organisation, für die das Zertifikat bestimmt ist.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>At most 20 more addresses can be notified.</source>
        <translation>Es können höchstens 20 weitere Adressen benachrichtigt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments have at most 1,000 characters.</source>
        <translation>Kommentare haben höchstens 1.000 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal message has at most 1,000 characters.</source>
        <translation>Die Verlängerungsnachricht hat höchstens 1.000 Zeichen.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, 0-9).</source>
        <translation>Eine alternative Bestell-ID hat 1 bis 64 Buchstaben und Ziffern (A-Z, a-z, 0-9).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose how the key is kept: a shipped token, the client app, your own HSM (e-mail) or KeyLocker.</source>
        <translation>Wählen Sie, wie der Schlüssel aufbewahrt wird: ein zugesandtes Token, die Client-App, Ihr eigenes HSM (E-Mail) oder KeyLocker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the CSR made on your HSM (RSA 3072 or more).</source>
        <translation>Fügen Sie den auf Ihrem HSM erstellten CSR hinzu (RSA 3072 oder mehr).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code-signing orders run for whole years (1 to 3) or to an end date.</source>
        <translation>Codesignatur-Bestellungen laufen ganze Jahre (1 bis 3) oder bis zu einem Enddatum.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DCV e-mail addresses are only used with the e-mail DCV method.</source>
        <translation>DCV-E-Mail-Adressen werden nur mit der DCV-Methode E-Mail verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a name on this order.</source>
        <translation>%1 ist kein Name in dieser Bestellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one DCV e-mail address; give one.</source>
        <translation>%1 hat mehr als eine DCV-E-Mail-Adresse; geben Sie nur eine an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DCV e-mail for %1 goes to an address at %1 or at one of its parent domains (for example admin@%2); %3 is not.</source>
        <translation>Die DCV-E-Mail für %1 geht an eine Adresse unter %1 oder einer ihrer übergeordneten Domains (zum Beispiel admin@%2); %3 ist keine solche.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DV orders cannot have an order-level organization contact.</source>
        <translation>DV-Bestellungen können keinen Organisationskontakt auf Bestellebene haben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the technical contact&apos;s telephone number; TLS orders need one.</source>
        <translation>Geben Sie die Telefonnummer des technischen Kontakts ein; TLS-Bestellungen benötigen eine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only EV and code-signing orders name verified contacts.</source>
        <translation>Nur EV- und Codesignatur-Bestellungen benennen verifizierte Kontakte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added to one order; you entered %2.</source>
        <translation>Zu einer Bestellung können höchstens %1 neue verifizierte Kontakte hinzugefügt werden; Sie haben %2 eingegeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom field is named by its positive ID.</source>
        <translation>Ein benutzerdefiniertes Feld wird über seine positive ID angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom field&apos;s value has 1 to 1,024 characters.</source>
        <translation>Der Wert eines benutzerdefinierten Felds hat 1 bis 1.024 Zeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay from the balance, by card or with the stored card.</source>
        <translation>Bezahlen Sie mit Guthaben, per Karte oder mit der gespeicherten Karte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VAT number has at most %1 letters, digits, spaces, dots or dashes; got &quot;%2&quot;.</source>
        <translation>Eine USt-IdNr. hat höchstens %1 Buchstaben, Ziffern, Leerzeichen, Punkte oder Bindestriche; erhalten: „%2“.</translation>
    </message>
</context>
<context>
    <name>NewOrganization</name>
    <message>
        <location filename="../app/core/NewOrganization.cpp" line="+24"/>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Höchstens %1 Zeichen; hier sind es %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and assumed name together may have at most 61 characters; these have %1.</source>
        <translation>Name und Handelsname dürfen zusammen höchstens 61 Zeichen haben; hier sind es %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two letters: the ISO 3166 country code, for example US or DE.</source>
        <translation>Zwei Buchstaben: der ISO-3166-Ländercode, zum Beispiel US oder DE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a validation type; use OV, EV, CS or EV CS.</source>
        <translation>„%1“ ist keine Validierungsart; verwenden Sie OV, EV, CS oder EV CS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 ist doppelt ausgewählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EV and code-signing validations need a verified contact who approves them; add one first.</source>
        <translation>EV- und Codesignatur-Validierungen brauchen einen verifizierten Kontakt, der sie genehmigt; fügen Sie zuerst einen hinzu.</translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+33"/>
        <source>Verified contact (approves EV and code signing)</source>
        <translation>Verifizierter Kontakt (genehmigt EV und Codesignatur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it even though an organization with this name exists</source>
        <translation>Auch anlegen, wenn bereits eine Organisation mit diesem Namen existiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create organization</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Offizieller Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As registered, up to 64 characters</source>
        <translation>Wie eingetragen, bis zu 64 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Handelsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: trading name (DBA)</source>
        <translation>Optional: Handelsname (DBA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+15"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>State or province</source>
        <translation>Bundesland/Kanton</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, for example US or DE</source>
        <translation>Zwei Buchstaben, zum Beispiel US oder DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Submit for validation now (optional)</source>
        <translation>Jetzt zur Validierung einreichen (optional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OV is enough for OV certificates. EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>OV genügt für OV-Zertifikate. EV, CS und EV CS brauchen einen verifizierten Kontakt, der sie genehmigt.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Technical contact (optional)</source>
        <translation>Technischer Kontakt (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for EV, CS or EV CS; more can be added later on the Verified contacts page.</source>
        <translation>Erforderlich für EV, CS oder EV CS; weitere können später auf der Seite „Verifizierte Kontakte“ hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Verified contact (required for EV and code signing)</source>
        <translation>Verifizierter Kontakt (erforderlich für EV und Codesignatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contact (optional)</source>
        <translation>Verifizierter Kontakt (optional)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CertCentral did not create the organization: %1</source>
        <translation>CertCentral hat die Organisation nicht angelegt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>Prüfen Sie die markierten Felder: %Ln Problem.</numerusform>
            <numerusform>Prüfen Sie die markierten Felder: %Ln Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>NewVerifiedContact</name>
    <message>
        <location filename="../app/core/NewVerifiedContact.cpp" line="+17"/>
        <source>&quot;%1&quot; is not a validation type; use EV, CS or EV CS.</source>
        <translation>„%1“ ist keine Validierungsart; verwenden Sie EV, CS oder EV CS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter at least one contact.</source>
        <translation>Geben Sie mindestens einen Kontakt ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; you entered %2.</source>
        <translation>Pro Anfrage können höchstens %1 neue verifizierte Kontakte hinzugefügt werden; Sie haben %2 eingegeben.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../app/core/Order.cpp" line="+25"/>
        <source>An order without a valid &quot;id&quot;</source>
        <translation>Eine Bestellung ohne gültige „id“</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../ui/orders/OrderActions.cpp" line="+24"/>
        <source>Reissue…</source>
        <translation>Neu ausstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DCV now</source>
        <translation>DCV jetzt prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend DCV e-mails</source>
        <translation>DCV-E-Mails erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change DCV method…</source>
        <translation>DCV-Methode ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit names…</source>
        <translation>Namen bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a certificate from a file…</source>
        <translation>Zertifikat aus einer Datei widerrufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate to revoke</source>
        <translation>Zu widerrufendes Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Select an order first.</source>
        <translation>Wählen Sie zuerst eine Bestellung aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Bestellung %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1: names saved; new names need DCV.</source>
        <translation>Bestellung %1: Namen gespeichert; neue Namen erfordern DCV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1 was canceled.</source>
        <translation>Bestellung %1 wurde storniert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: every name is proven and the certificate was issued.</source>
        <translation>Bestellung %1: Alle Namen sind nachgewiesen, und das Zertifikat wurde ausgestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>Bestellung %1: DCV geprüft; bisher ist %n Name nachgewiesen.</numerusform>
            <numerusform>Bestellung %1: DCV geprüft; bisher sind %n Namen nachgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1: DCV not confirmed yet: %2</source>
        <translation>Bestellung %1: DCV noch nicht bestätigt: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: the DCV e-mails were sent again.</source>
        <translation>Bestellung %1: Die DCV-E-Mails wurden erneut gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: the DCV e-mails were not sent: %2</source>
        <translation>Bestellung %1: Die DCV-E-Mails wurden nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../app/core/OrderCancellation.cpp" line="+14"/>
        <source>Choose the order to cancel (a positive number).</source>
        <translation>Wählen Sie die zu stornierende Bestellung (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is canceled: CertCentral requires a note.</source>
        <translation>Geben Sie an, warum die Bestellung storniert wird: CertCentral verlangt eine Notiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note has at most %1 characters; this one has %2.</source>
        <translation>Die Notiz hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../ui/orders/OrderColumns.cpp" line="+84"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>OrderContactsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.ui" line="+8"/>
        <source>Verified contacts who approve this order</source>
        <translation>Verifizierte Kontakte, die diese Bestellung genehmigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New people (CertCentral validates them with the order):</source>
        <translation>Neue Personen (CertCentral validiert sie mit der Bestellung):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other contacts for this order only</source>
        <translation>Andere Kontakte nur für diese Bestellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.cpp" line="+21"/>
        <location line="+34"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asks only the verified contacts you choose here to approve the order. Choose none to leave it to the organization&apos;s verified contacts (or you, when it has none).</source>
        <translation>CertCentral bittet nur die hier ausgewählten verifizierten Kontakte, die Bestellung zu genehmigen. Wählen Sie keinen, um dies den verifizierten Kontakten der Organisation zu überlassen (oder Ihnen, wenn sie keine hat).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Who approves the order for the organization, and who is told about it.</source>
        <translation>Wer die Bestellung für die Organisation genehmigt und wer darüber informiert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who CertCentral tells about this order. The organization&apos;s own contacts are used unless you name others.</source>
        <translation>Wen CertCentral über diese Bestellung informiert. Es werden die Kontakte der Organisation verwendet, sofern Sie keine anderen angeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the organization&apos;s verified contacts…</source>
        <translation>Verifizierte Kontakte der Organisation werden geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization&apos;s verified contacts could not be loaded: %1</source>
        <translation>Die verifizierten Kontakte der Organisation konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organization has no verified contacts yet: add the people who approve.</source>
        <translation>Die Organisation hat noch keine verifizierten Kontakte: Fügen Sie die Personen hinzu, die genehmigen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of at most %2 new</source>
        <translation>%1 von höchstens %2 neuen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New person %1, %2: %3</source>
        <translation>Neue Person %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <location filename="../app/core/OrderCsv.cpp" line="+23"/>
        <source>Name at least one column.</source>
        <translation>Geben Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not known; use any of: %2</source>
        <translation>Spalte „%1“ ist unbekannt; verwenden Sie beliebige von: %2</translation>
    </message>
</context>
<context>
    <name>OrderDcvCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+37"/>
        <source>CertCentral sent no random value</source>
        <translation>CertCentral hat keinen Zufallswert gesendet</translation>
    </message>
</context>
<context>
    <name>OrderDcvPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.ui" line="+5"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove control of</source>
        <translation>Kontrolle nachweisen für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>Die Basisdomain (deckt ihre Subdomains ab)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each name exactly as requested</source>
        <translation>Jeden Namen genau wie angefordert</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.cpp" line="+16"/>
        <source>Domain control validation</source>
        <translation>Domain-Control-Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral checks that the names are yours.</source>
        <translation>Wie CertCentral prüft, dass die Namen Ihnen gehören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own.</source>
        <translation>Basisdomain: Der Nachweis für example.com deckt auch shop.example.com ab. Jeder Name: Jeder Name wird einzeln nachgewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave an address empty to let CertCentral write to every WHOIS address and to admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. Naming one sends the e-mail only there.</source>
        <translation>Lassen Sie eine Adresse leer, damit CertCentral an alle WHOIS-Adressen und an admin@, administrator@, webmaster@, hostmaster@ und postmaster@ der Domain schreibt. Wenn Sie eine angeben, geht die E-Mail nur dorthin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Send the DCV e-mail to</source>
        <translation>DCV-E-Mail senden an</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every WHOIS and constructed address</source>
        <translation>alle WHOIS- und gebildeten Adressen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral sendet E-Mails an die WHOIS-Adressen und die gebildeten Adressen der Domain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Sie legen auf der Website eine Datei unter /.well-known/pki-validation/ ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You add a CNAME record; the result page shows which.</source>
        <translation>Sie fügen einen CNAME-Eintrag hinzu; welchen, zeigt die Ergebnisseite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You add a TXT record with a random value; the result page shows it.</source>
        <translation>Sie fügen einen TXT-Eintrag mit einem Zufallswert hinzu; die Ergebnisseite zeigt ihn an.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <location filename="../ui/orders/OrderDetailsPane.cpp" line="+120"/>
        <source>Order</source>
        <extracomment>Field label: the certificate order&apos;s number.</extracomment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Valid till</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Alternative ID</source>
        <translation>Alternative ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Serverplattform</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also notified</source>
        <translation>Auch informiert</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Names and DCV</source>
        <translation>Namen und DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No requests on this order.</source>
        <translation>Keine Anfragen zu dieser Bestellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal of order %1.</source>
        <translation>Verlängerung der Bestellung %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message: %1</source>
        <translation>Verlängerungsnachricht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes on this order.</source>
        <translation>Keine Notizen zu dieser Bestellung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization&apos;s own contact</source>
        <translation>Der eigene Kontakt der Organisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the validation status…</source>
        <translation>Validierungsstatus wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The validation status could not be loaded.</source>
        <translation>Der Validierungsstatus konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation status of order %1 could not be loaded: %2</source>
        <translation>Der Validierungsstatus der Bestellung %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control is proven for %1</source>
        <translation>Kontrolle nachgewiesen für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no names to validate.</source>
        <translation>Diese Bestellung hat keine zu validierenden Namen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>%1 von %Ln Namen genehmigt.</numerusform>
            <numerusform>%1 von %Ln Namen genehmigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1.</source>
        <extracomment>The DCV scope: which names domain control is proven for (the base domain or each name).</extracomment>
        <translation>Umfang: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each exact name</source>
        <translation>jeder Name exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domain</source>
        <translation>Basisdomain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization %1 validation: %2 until %3.</source>
        <extracomment>%1: the validation (OV, EV) or organization, %2: its status, %3: a date.</extracomment>
        <translation>Organisationsvalidierung %1: %2 bis %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization %1 validation: %2.</source>
        <translation>Organisationsvalidierung %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk check: %1.</source>
        <translation>Risikoprüfung: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading reissues and duplicates…</source>
        <translation>Neuausstellungen und Duplikate werden geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate history could not be loaded.</source>
        <translation>Der Zertifikatsverlauf konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate history of order %1 could not be loaded: %2</source>
        <translation>Der Zertifikatsverlauf der Bestellung %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reissue</source>
        <translation>Neuausstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1</source>
        <translation>Widerrufen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has not been reissued or duplicated.</source>
        <translation>Diese Bestellung wurde weder neu ausgestellt noch dupliziert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>%Ln Neuausstellung</numerusform>
            <numerusform>%Ln Neuausstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Order validity</source>
        <translation>Bestelllaufzeit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DCV</source>
        <translation>DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+82"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: an approval request on the order (new order, reissue, duplicate, revocation).</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Requests</source>
        <extracomment>Tab: the approval requests recorded on this order, not network requests.</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain control validation of each name on the order</source>
        <translation>Domain-Control-Validierung jedes Namens der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissued and duplicate certificates of the order</source>
        <translation>Neu ausgestellte und duplizierte Zertifikate der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests on the order and its notes</source>
        <translation>Anfragen zur Bestellung und ihre Notizen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Loading order %1…</source>
        <translation>Bestellung %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/orders/OrderFilterBar.cpp" line="+30"/>
        <source>Valid till</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All containers</source>
        <translation>Alle Container</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load only orders with this status</source>
        <translation>Nur Bestellungen mit diesem Status laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this product</source>
        <translation>Nur Bestellungen dieses Produkts laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this organization</source>
        <translation>Nur Bestellungen dieser Organisation laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders in this container</source>
        <translation>Nur Bestellungen in diesem Container laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only certificates that end between these two days (both included); orders without an end date are left out</source>
        <translation>Nur Zertifikate laden, die zwischen diesen beiden Tagen enden (beide einschließlich); Bestellungen ohne Enddatum werden ausgelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name on the server</source>
        <translation>Name (serverseitig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders whose common name or SANs contain this text, or the order with this number; press Enter to load</source>
        <translation>Nur Bestellungen laden, deren Common Name oder SANs diesen Text enthalten, oder die Bestellung mit dieser Nummer; zum Laden Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load:</source>
        <translation>Laden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These filters are applied by CertCentral; the search box above filters what is loaded</source>
        <translation>Diese Filter wendet CertCentral an; das Suchfeld oben filtert, was geladen ist</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid till %1 – %2</source>
        <translation>gültig bis %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name containing &quot;%1&quot;</source>
        <translation>Name enthält „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
</context>
<context>
    <name>OrderInfoCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="-11"/>
        <source>Expected a JSON object for order %1</source>
        <translation>JSON-Objekt für Bestellung %1 erwartet</translation>
    </message>
</context>
<context>
    <name>OrderKeyPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.ui" line="+5"/>
        <source>Make a new private key and CSR on this computer</source>
        <translation>Neuen privaten Schlüssel und CSR auf diesem Computer erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key as</source>
        <translation>Schlüssel speichern als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key without a passphrase</source>
        <translation>Schlüssel ohne Passphrase speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make key and CSR</source>
        <translation>Schlüssel und CSR erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a CSR I already have</source>
        <translation>Vorhandenen CSR verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open CSR file…</source>
        <translation>CSR-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.cpp" line="+21"/>
        <source>Private key and CSR</source>
        <translation>Privater Schlüssel und CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key stays on this computer. CertCentral only sees the CSR.</source>
        <translation>Der private Schlüssel bleibt auf diesem Computer. CertCentral sieht nur den CSR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the private key as</source>
        <translation>Privaten Schlüssel speichern als</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a CSR</source>
        <translation>CSR öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR files (*.csr *.pem *.txt);;All files (*)</source>
        <translation>CSR-Dateien (*.csr *.pem *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone who can read the key file can use the key. Only do this for a server that cannot ask for a passphrase.</source>
        <translation>Jeder, der die Schlüsseldatei lesen kann, kann den Schlüssel verwenden. Tun Sie das nur für einen Server, der keine Passphrase abfragen kann.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Zu kurz: mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair; longer is stronger.</source>
        <translation>Stärke: mittel; länger ist stärker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak; use a longer phrase.</source>
        <translation>Stärke: schwach; verwenden Sie eine längere Phrase.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order&apos;s current CSR is filled in; it must match the names of the reissue.</source>
        <translation>Die aktuelle CSR der Bestellung ist eingetragen; sie muss zu den Namen der Neuausstellung passen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose where to save the key.</source>
        <translation>Wählen Sie, wo der Schlüssel gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; keys are never overwritten. Choose another name.</source>
        <translation>%1 existiert bereits; Schlüssel werden nie überschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a %1 key…</source>
        <translation>Schlüssel (%1) wird erzeugt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key saved to %1 (readable by you only). The CSR is ready.</source>
        <translation>Schlüssel unter %1 gespeichert (nur für Sie lesbar). Der CSR ist bereit.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSR holds a %1 key and matches the names.</source>
        <translation>Der CSR enthält einen Schlüssel vom Typ %1 und passt zu den Namen.</translation>
    </message>
</context>
<context>
    <name>OrderNamesEditCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+181"/>
        <source>A pending order keeps at most the %1 names it has; this has %2. Remove names, or reissue after it is issued.</source>
        <translation>Eine ausstehende Bestellung behält höchstens die %1 Namen, die sie hat; diese hat %2. Entfernen Sie Namen, oder stellen Sie nach der Ausstellung neu aus.</translation>
    </message>
</context>
<context>
    <name>OrderNamesPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.ui" line="+5"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (SANs)</source>
        <translation>Weitere Namen (SANs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One name per line: www.example.com, api.example.com …</source>
        <translation>Ein Name pro Zeile: www.example.com, api.example.com …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="+79"/>
        <source>Add the free name</source>
        <translation>Kostenlosen Namen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="-65"/>
        <source>Which names?</source>
        <translation>Welche Namen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The common name and any other names the certificate covers.</source>
        <translation>Der Common Name und alle weiteren Namen, die das Zertifikat abdeckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names beyond the common name and its free www. or base-domain name may cost more.</source>
        <translation>Namen über den Common Name und dessen kostenlosen www.- oder Basisdomain-Namen hinaus können zusätzlich kosten.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A wildcard product needs a common name that starts with *.</source>
        <translation>Ein Wildcard-Produkt braucht einen Common Name, der mit *. beginnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 (free)</source>
        <translation>%1 hinzufügen (kostenlos)</translation>
    </message>
</context>
<context>
    <name>OrderOptionsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.ui" line="+6"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically before the order ends</source>
        <translation>Vor Ablauf der Bestellung automatisch verlängern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue automatically when a certificate of the plan nears its end</source>
        <translation>Automatisch neu ausstellen, wenn ein Zertifikat des Plans bald abläuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also tell</source>
        <translation>Auch informieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security@example.com, ops@example.com</source>
        <translation>security@example.com, ops@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message</source>
        <translation>Verlängerungsnachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Kommentar für den Genehmiger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account&apos;s order fields</source>
        <translation>Bestellfelder Ihres Kontos</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.cpp" line="+18"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the order is kept and who hears about it. All optional.</source>
        <translation>Wo die Bestellung abgelegt wird und wer davon erfährt. Alles optional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s, or yours</source>
        <translation>Standard (Organisation oder Ihrer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a multi-year plan, CertCentral reissues the certificate with the same names before it expires.</source>
        <translation>Innerhalb eines mehrjährigen Plans stellt CertCentral das Zertifikat vor dem Ablauf mit denselben Namen neu aus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account&apos;s order fields could not be loaded: %1</source>
        <translation>Die Bestellfelder Ihres Kontos konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>required: %1</source>
        <translation>erforderlich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: %1</source>
        <translation>optional: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>OrderOrganizationPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.ui" line="+5"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organization…</source>
        <translation>Neue Organisation…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.cpp" line="+15"/>
        <source>Which organization?</source>
        <translation>Welche Organisation?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names an organization of your account, validated by CertCentral.</source>
        <translation>Das Zertifikat nennt eine Organisation Ihres Kontos, die von CertCentral validiert ist.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no active organizations yet; add one with New organization…</source>
        <translation>Das Konto hat noch keine aktiven Organisationen; fügen Sie eine über „Neue Organisation…“ hinzu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 validation: %2. The order can be issued as soon as the names are proven.</source>
        <translation>%1-Validierung: %2. Die Bestellung kann ausgestellt werden, sobald die Namen nachgewiesen sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 validation: %2. It finishes with this order, which takes longer.</source>
        <translation>%1-Validierung: %2. Sie wird mit dieser Bestellung abgeschlossen, was länger dauert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validated for %1 yet: CertCentral validates it with this order, which takes longer.</source>
        <translation>Noch nicht für %1 validiert: CertCentral validiert die Organisation mit dieser Bestellung, was länger dauert.</translation>
    </message>
</context>
<context>
    <name>OrderPaymentPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.ui" line="+6"/>
        <source>From the account balance</source>
        <translation>Vom Guthaben des Kontos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the card stored in CertCentral</source>
        <translation>Mit der in CertCentral gespeicherten Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>Mit einer Karte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State, postal code</source>
        <translation>Bundesland, PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters)</source>
        <translation>Land (zwei Buchstaben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT number (optional)</source>
        <translation>USt-IdNr. (optional)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.cpp" line="+18"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral charges the order.</source>
        <translation>Wie CertCentral die Bestellung abrechnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertDesk sends the card to CertCentral with this order only; it never stores or logs the number or the security code.</source>
        <translation>CertDesk sendet die Karte nur mit dieser Bestellung an CertCentral; die Nummer und der Sicherheitscode werden nie gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available: %1</source>
        <translation>Verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>OrderProductPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.ui" line="+5"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.cpp" line="+16"/>
        <source>Which certificate?</source>
        <translation>Welches Zertifikat?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products your account may order. The kind decides what CertCentral checks before it issues.</source>
        <translation>Die Produkte, die Ihr Konto bestellen darf. Die Art bestimmt, was CertCentral vor der Ausstellung prüft.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the products of your account…</source>
        <translation>Produkte Ihres Kontos werden geladen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The products could not be loaded: %1</source>
        <translation>Die Produkte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a product.</source>
        <translation>Wählen Sie ein Produkt.</translation>
    </message>
</context>
<context>
    <name>OrderProvisioningPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.ui" line="+6"/>
        <source>Ship me a hardware token</source>
        <translation>Hardware-Token zusenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2 (optional)</source>
        <translation>Adresszeile 2 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, postal code</source>
        <translation>Ort, Bundesland, PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters), shipping</source>
        <translation>Land (zwei Buchstaben), Versand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it on my own token with DigiCert&apos;s client app</source>
        <translation>Mit der Client-App von DigiCert auf meinem eigenen Token installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have an HSM: use this CSR (RSA 3072 bits or more)</source>
        <translation>Ich habe ein HSM: diesen CSR verwenden (RSA 3072 Bit oder mehr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in DigiCert KeyLocker</source>
        <translation>Schlüssel in DigiCert KeyLocker aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+1"/>
        <source>Where will the key live?</source>
        <translation>Wo soll der Schlüssel liegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code-signing keys are kept on hardware; choose how.</source>
        <translation>Codesignatur-Schlüssel werden auf Hardware aufbewahrt; wählen Sie, wie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard shipping</source>
        <translation>Standardversand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expedited shipping</source>
        <translation>Expressversand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DigiCert ships a token; you install the certificate on it with the initialization code it comes with.</source>
        <translation>DigiCert schickt ein Token; Sie installieren das Zertifikat darauf mit dem mitgelieferten Initialisierungscode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You install the certificate on your own supported token with DigiCert&apos;s client app.</source>
        <translation>Sie installieren das Zertifikat mit der Client-App von DigiCert auf Ihrem eigenen unterstützten Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is signed on your HSM; DigiCert e-mails you when the certificate is ready.</source>
        <translation>Die Anfrage wird auf Ihrem HSM signiert; DigiCert benachrichtigt Sie per E-Mail, wenn das Zertifikat bereit ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is made and kept in DigiCert KeyLocker.</source>
        <translation>Der Schlüssel wird in DigiCert KeyLocker erzeugt und aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <location filename="../app/core/OrderQuery.cpp" line="+26"/>
        <source>Status &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Status „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort field &quot;%1&quot; is not known; use one of: %2 (prefix - for descending)</source>
        <translation>Sortierfeld „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2 (Präfix - für absteigend)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size must be between 1 and %1</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be at most 255 characters</source>
        <translation>Der Suchtext darf höchstens 255 Zeichen haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be printable characters on one line, without control characters</source>
        <translation>Der Suchtext muss aus druckbaren Zeichen in einer Zeile bestehen, ohne Steuerzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product &quot;%1&quot; is not a product name id (lower-case letters, digits and _, for example ssl_basic)</source>
        <translation>Produkt „%1“ ist keine Produkt-Name-ID (Kleinbuchstaben, Ziffern und _, zum Beispiel ssl_basic)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id must be a positive number</source>
        <translation>Die Organisations-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container id must be a positive number</source>
        <translation>Die Container-ID muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till: the first day (%1) is after the last day (%2)</source>
        <translation>Gültig bis: Der erste Tag (%1) liegt nach dem letzten Tag (%2)</translation>
    </message>
</context>
<context>
    <name>OrderResultPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.ui" line="+5"/>
        <source>Copy the random value</source>
        <translation>Zufallswert kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the order</source>
        <translation>Bestellung ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the order</source>
        <translation>Bestellung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.cpp" line="+17"/>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost on the way; checking whether CertCentral took the order…</source>
        <translation>Die Antwort ging unterwegs verloren; es wird geprüft, ob CertCentral die Bestellung angenommen hat…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token initialization code: &lt;b&gt;%1&lt;/b&gt; (keep it for installing the certificate on the token)</source>
        <translation>Token-Initialisierungscode: &lt;b&gt;%1&lt;/b&gt; (bewahren Sie ihn auf, um das Zertifikat auf dem Token zu installieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is placed.</source>
        <translation>Bestellung %1 ist aufgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Sie wartet auf die Genehmigung durch einen Administrator oder Manager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random value for DCV: &lt;b&gt;%1&lt;/b&gt; (looking up where it goes…)</source>
        <translation>Zufallswert für DCV: &lt;b&gt;%1&lt;/b&gt; (es wird ermittelt, wo er hinterlegt werden muss…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral e-mails the DCV approval request to the domains&apos; addresses.</source>
        <translation>CertCentral sendet die DCV-Genehmigungsanfrage per E-Mail an die Adressen der Domains.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private key: %1</source>
        <translation>Ihr privater Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative order ID: %1</source>
        <translation>Alternative Bestell-ID: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order did not reach CertCentral; nothing was ordered.</source>
        <translation>Die Bestellung hat CertCentral nicht erreicht; es wurde nichts bestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not take the order.</source>
        <translation>CertCentral hat die Bestellung nicht angenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked with alternative order ID %1. Send again to try once more.</source>
        <translation>Geprüft mit der alternativen Bestell-ID %1. Klicken Sie auf „Erneut senden“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ordered. Change the order, or cancel.</source>
        <translation>Es wurde nichts bestellt. Ändern Sie die Bestellung oder brechen Sie ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known yet whether the order was placed.</source>
        <translation>Es ist noch nicht bekannt, ob die Bestellung aufgegeben wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the answer nor the check came through. Do not order again: press Check again when the network is back. Alternative order ID: %1</source>
        <translation>Weder die Antwort noch die Prüfung kam durch. Bestellen Sie nicht erneut: Klicken Sie auf „Erneut prüfen“, sobald das Netzwerk wieder verfügbar ist. Alternative Bestell-ID: %1</translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.ui" line="+5"/>
        <source>Show the request CertCentral receives</source>
        <translation>Anfrage anzeigen, die CertCentral erhält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip approval (administrators)</source>
        <translation>Genehmigung überspringen (Administratoren)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.cpp" line="+18"/>
        <source>Check and place the order</source>
        <translation>Bestellung prüfen und aufgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is ordered until you press Place order.</source>
        <translation>Es wird erst bestellt, wenn Sie auf „Bestellung aufgeben“ klicken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for your organization</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für Ihre Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order validity: %1</source>
        <translation>Bestelllaufzeit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a token shipped to %1, %2</source>
        <translation>auf einem Token, verschickt an %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on your token (client app)</source>
        <translation>auf Ihrem Token (Client-App)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your HSM (CSR given)</source>
        <translation>auf Ihrem HSM (CSR angegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in KeyLocker</source>
        <translation>in KeyLocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain control: %1, %2</source>
        <translation>Domain-Kontrolle: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each name</source>
        <translation>jeder Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domains</source>
        <translation>Basisdomains</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>%n verifizierter Kontakt der Organisation</numerusform>
            <numerusform>%n verifizierte Kontakte der Organisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Genehmigt von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization&apos;s verified contacts</source>
        <translation>den verifizierten Kontakten der Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Organisationskontakt für diese Bestellung: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Technischer Kontakt für diese Bestellung: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DCV e-mail for %1 goes only to %2</source>
        <translation>DCV-E-Mail für %1 geht nur an %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews and reissues automatically</source>
        <translation>Wird automatisch verlängert und neu ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Wird automatisch verlängert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissues automatically</source>
        <translation>Wird automatisch neu ausgestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>%n benutzerdefiniertes Feld ausgefüllt</numerusform>
            <numerusform>%n benutzerdefinierte Felder ausgefüllt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: card ending %1</source>
        <translation>Zahlung: Karte mit Endziffern %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the stored card</source>
        <translation>Zahlung: die gespeicherte Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the account balance</source>
        <translation>Zahlung: das Guthaben des Kontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSR: your own</source>
        <translation>CSR: Ihr eigener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placing the order charges its price to your account&apos;s balance.</source>
        <translation>Mit dem Aufgeben der Bestellung wird ihr Preis vom Guthaben Ihres Kontos abgebucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placing the order charges its price to the card.</source>
        <translation>Mit dem Aufgeben der Bestellung wird ihr Preis der Karte belastet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available funds: %1</source>
        <translation>Verfügbares Guthaben: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not placed: %1</source>
        <translation>Nicht aufgegeben: %1</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <location filename="../app/core/OrderRules.cpp" line="+22"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue pending</source>
        <translation>Neuausstellung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for pickup</source>
        <translation>Wartet auf Abholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs approval</source>
        <translation>Genehmigung nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation pending</source>
        <translation>Widerruf ausstehend</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order %1 is %2: only issued orders can be reissued or duplicated.</source>
        <translation>Bestellung %1 ist %2: Nur ausgestellte Bestellungen können neu ausgestellt oder dupliziert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code-signing certificates cannot be duplicated.</source>
        <translation>Codesignatur-Zertifikate können nicht dupliziert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has a reissue waiting. A certificate with a pending reissue cannot be revoked: cancel the reissue or wait until it is issued.</source>
        <translation>Bestellung %1 hat eine ausstehende Neuausstellung. Ein Zertifikat mit ausstehender Neuausstellung kann nicht widerrufen werden: Stornieren Sie die Neuausstellung, oder warten Sie, bis sie ausgestellt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only issued certificates can be revoked.</source>
        <translation>Bestellung %1 ist %2: Nur ausgestellte Zertifikate können widerrufen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pending orders and reissues can be canceled or have DCV checked.</source>
        <translation>Nur ausstehende Bestellungen und Neuausstellungen können storniert oder per DCV geprüft werden.</translation>
    </message>
</context>
<context>
    <name>OrderValidation</name>
    <message>
        <location filename="../app/core/OrderValidation.cpp" line="+12"/>
        <source>The validation status is not a JSON object</source>
        <translation>Der Validierungsstatus ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>OrderValidityPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.ui" line="+5"/>
        <source>Order validity</source>
        <translation>Bestelllaufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each certificate</source>
        <translation>Jedes Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shorter than the most (397 days):</source>
        <translation>Kürzer als das Maximum (397 Tage):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.cpp" line="+17"/>
        <source>How long?</source>
        <translation>Wie lange?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order runs for its validity; each certificate lasts at most %1 days and is reissued within the order.</source>
        <translation>Die Bestellung läuft über ihre Laufzeit; jedes Zertifikat gilt höchstens %1 Tage und wird innerhalb der Bestellung neu ausgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorter than the most (%1 days):</source>
        <translation>Kürzer als das Maximum (%1 Tage):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The order runs until %1. The first certificate is valid until %2; reissue it before then for the rest.</source>
        <translation>Die Bestellung läuft bis %1. Das erste Zertifikat ist gültig bis %2; stellen Sie es vorher neu aus, um den Rest abzudecken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order runs until %1. The first certificate is valid until %2.</source>
        <translation>Die Bestellung läuft bis %1. Das erste Zertifikat ist gültig bis %2.</translation>
    </message>
</context>
<context>
    <name>OrderWizard</name>
    <message>
        <location filename="../ui/orders/wizard/OrderWizard.cpp" line="+25"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+189"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue</source>
        <translation>Neuausstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Expires within %1 days</source>
        <translation>Läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative ID</source>
        <translation>Alternative ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>Auto-Verlängerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SANs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../ui/orders/OrdersScreen.cpp" line="+44"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns to show (also from the table header&apos;s menu)</source>
        <translation>Anzuzeigende Spalten wählen (auch über das Menü des Tabellenkopfs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reissue, duplicate, revoke or cancel the selected order</source>
        <translation>Ausgewählte Bestellung neu ausstellen, duplizieren, widerrufen oder stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the orders shown, with the visible columns, as a CSV file</source>
        <translation>Die angezeigten Bestellungen mit den sichtbaren Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter loaded orders: number, name or SAN</source>
        <translation>Geladene Bestellungen filtern: Nummer, Name oder SAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the loaded orders as you type</source>
        <translation>Filtert die geladenen Bestellungen während der Eingabe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <extracomment>Page title: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 orders to %2.</source>
        <translation>%1 Bestellungen in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+121"/>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>Laden wurde abgebrochen; %Ln Bestellung angezeigt.</numerusform>
            <numerusform>Laden wurde abgebrochen; %Ln Bestellungen angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>%Ln Bestellung konnte nicht geladen werden; die anderen werden angezeigt. </numerusform>
            <numerusform>%Ln Bestellungen konnten nicht geladen werden; die anderen werden angezeigt. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The details of order %1 could not be loaded: %2</source>
        <translation>Die Details der Bestellung %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln order(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %Ln Bestellung</numerusform>
            <numerusform>Treffer: %1 von %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing: %1</source>
        <translation>Anzeige: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../app/core/Organization.cpp" line="+48"/>
        <source>An organization without an id or a name</source>
        <translation>Eine Organisation ohne ID oder Namen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>Ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object for the organization</source>
        <translation>JSON-Objekt für die Organisation erwartet</translation>
    </message>
</context>
<context>
    <name>OrganizationContact</name>
    <message>
        <location filename="../app/core/OrganizationContact.cpp" line="+52"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Höchstens %1 Zeichen; hier sind es %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
</context>
<context>
    <name>OrganizationContactsDialog</name>
    <message>
        <location filename="../ui/organizations/OrganizationContactsDialog.cpp" line="+32"/>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave every field empty to remove the technical contact.</source>
        <translation>Lassen Sie alle Felder leer, um den technischen Kontakt zu entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the name or e-mail makes it a new contact; fields left empty are cleared at CertCentral.</source>
        <translation>Wenn Sie Name oder E-Mail ändern, entsteht ein neuer Kontakt; leer gelassene Felder werden in CertCentral gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save contacts</source>
        <translation>Kontakte speichern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the current contacts…</source>
        <translation>Aktuelle Kontakte werden geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current contacts could not be loaded: %1</source>
        <translation>Die aktuellen Kontakte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Check the marked fields.</source>
        <translation>Prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CertCentral did not change the contacts: %1</source>
        <translation>CertCentral hat die Kontakte nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../models/OrganizationsModel.cpp" line="+93"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Handelsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV</source>
        <translation>OV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV</source>
        <translation>EV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV CS</source>
        <translation>EV CS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../ui/organizations/OrganizationsScreen.cpp" line="+42"/>
        <location line="+346"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Create…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Zur Validierung einreichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts…</source>
        <translation>Kontakte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search name, address or contact</source>
        <translation>Name, Adresse oder Kontakt suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Select an organization to see its contacts and validations.</source>
        <translation>Wählen Sie eine Organisation aus, um ihre Kontakte und Validierungen zu sehen.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 of %2 organizations shown</source>
        <translation>%1 von %2 Organisationen angezeigt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add an organization, optionally submitting it for validation at once</source>
        <translation>Eine Organisation hinzufügen, optional sofort zur Validierung eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask CertCentral to validate the selected organization</source>
        <translation>CertCentral bitten, die ausgewählte Organisation zu validieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the organization contact and the technical contact</source>
        <translation>Organisationskontakt und technischen Kontakt ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected organization</source>
        <translation>Ausgewählte Organisation löschen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 organizations loaded</source>
        <translation>%1 von %2 Organisationen geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 organizations</source>
        <translation>%1 Organisationen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 was created (organization %2).</source>
        <translation>%1 wurde angelegt (Organisation %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was submitted for %2 validation; the list shows it as pending.</source>
        <translation>%1 wurde zur Validierung eingereicht (%2); die Liste zeigt sie als ausstehend.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contacts of %1 were changed.</source>
        <translation>Die Kontakte von %1 wurden geändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CertCentral says: %1</source>
        <translation>CertCentral meldet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be deleted: this organization has pending orders or reissues. Cancel or finish them first, then delete it again.</source>
        <translation>%1 kann nicht gelöscht werden: Diese Organisation hat ausstehende Bestellungen oder Neuausstellungen. Stornieren oder beenden Sie diese zuerst und löschen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: it is the account&apos;s first organization, which CertCentral keeps.</source>
        <translation>%1 kann nicht gelöscht werden: Es ist die erste Organisation des Kontos, die CertCentral behält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not deleted: only administrators may delete organizations.</source>
        <translation>%1 wurde nicht gelöscht: Nur Administratoren dürfen Organisationen löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists at CertCentral; refresh the list.</source>
        <translation>%1 existiert in CertCentral nicht mehr; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Its domains are deleted with it. Certificates already issued stay valid but can no longer be reissued or duplicated.</source>
        <translation>%1 aus dem Konto löschen?

Ihre Domains werden mit ihr gelöscht. Bereits ausgestellte Zertifikate bleiben gültig, können aber nicht mehr neu ausgestellt oder dupliziert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assumed name: %1</source>
        <translation>Handelsname: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validations</source>
        <translation>Validierungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted for validation.</source>
        <translation>Nicht zur Validierung eingereicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization contact</source>
        <translation>Organisationskontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>Verifizierte Kontakte: %Ln</numerusform>
            <numerusform>Verifizierte Kontakte: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../app/core/PaymentCard.cpp" line="+47"/>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid card number: 13 to 19 digits whose check digit matches. Check for a typing error.</source>
        <translation>Dies ist keine gültige Kartennummer: 13 bis 19 Ziffern mit passender Prüfziffer. Prüfen Sie auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the expiry month (1 to 12).</source>
        <translation>Wählen Sie den Ablaufmonat (1 bis 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry year with four digits.</source>
        <translation>Geben Sie das Ablaufjahr vierstellig ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card expired in %1/%2.</source>
        <translation>Die Karte ist seit %1/%2 abgelaufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code (CVV) has 3 or 4 digits.</source>
        <translation>Der Sicherheitscode (CVV) hat 3 oder 4 Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name on the card.</source>
        <translation>Geben Sie den Namen auf der Karte ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing address.</source>
        <translation>Geben Sie die Rechnungsadresse ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing city.</source>
        <translation>Geben Sie den Rechnungsort ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Höchstens %1 Zeichen; hier sind es %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The country is its two-letter code, for example US or DE.</source>
        <translation>Das Land wird als zweistelliger Ländercode angegeben, zum Beispiel US oder DE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the state or province.</source>
        <translation>Geben Sie das Bundesland oder die Provinz ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the postal code.</source>
        <translation>Geben Sie die Postleitzahl ein.</translation>
    </message>
</context>
<context>
    <name>PaymentProfile</name>
    <message>
        <location filename="../app/core/PaymentProfile.cpp" line="+18"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ending %2</source>
        <translation>%1 mit Endziffern %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expires %2/%3</source>
        <translation>%1, gültig bis %2/%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PaymentProfileTab</name>
    <message>
        <location filename="../ui/finance/PaymentProfileTab.cpp" line="+11"/>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards are added and changed in the CertCentral console; CertDesk shows them only and never sees a full card number.</source>
        <translation>Karten werden in der CertCentral-Konsole hinzugefügt und geändert; CertDesk zeigt sie nur an und sieht nie eine vollständige Kartennummer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts to %1</source>
        <translation>Belege an %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card is stored for this account.</source>
        <translation>Für dieses Konto ist keine Karte gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment profile could not be loaded: %1</source>
        <translation>Das Zahlungsprofil konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../app/security/PbeLimits.cpp" line="+30"/>
        <source>The file&apos;s password protection has an unreadable iteration count.</source>
        <translation>Der Passwortschutz der Datei hat eine unlesbare Anzahl von Durchläufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file asks for %1 rounds to derive its key from the passphrase; CertDesk allows at most %2 (a file made to keep the computer busy is not opened).</source>
        <translation>Die Datei verlangt %1 Durchläufe, um ihren Schlüssel aus der Passphrase abzuleiten; CertDesk erlaubt höchstens %2 (eine Datei, die den Computer beschäftigen soll, wird nicht geöffnet).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; CertDesk allows N x r x p up to %4 (a file made to keep the computer busy is not opened).</source>
        <translation>Die Datei verlangt von scrypt N = %1, r = %2, p = %3, um ihren Schlüssel abzuleiten; CertDesk erlaubt N x r x p bis %4 (eine Datei, die den Computer beschäftigen soll, wird nicht geöffnet).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <location filename="../app/security/Pkcs12Bundle.cpp" line="+109"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation>„%1“ (Seriennummer %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1: the key does not belong to this certificate (its public key is another one). Choose the key that was made for this certificate&apos;s request.</source>
        <translation>Zertifikat %1: Der Schlüssel gehört nicht zu diesem Zertifikat (sein öffentlicher Schlüssel ist ein anderer). Wählen Sie den Schlüssel, der für die Anfrage dieses Zertifikats erzeugt wurde.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----.</source>
        <translation>Dies ist kein PEM-Zertifikat: Es sollte mit -----BEGIN CERTIFICATE----- beginnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PKCS#12 passphrase needs at least %1 characters.</source>
        <translation>Die PKCS#12-Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no private key to put into the PKCS#12 file.</source>
        <translation>Es gibt keinen privaten Schlüssel für die PKCS#12-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Das Zertifikat konnte nicht gelesen werden: Es sollte PEM-Text sein, der mit -----BEGIN CERTIFICATE----- beginnt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate of the chain could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Ein Zertifikat der Kette konnte nicht gelesen werden: Es sollte PEM-Text sein, der mit -----BEGIN CERTIFICATE----- beginnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The PKCS#12 file could not be made: %1</source>
        <translation>Die PKCS#12-Datei konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12 oder .pfx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PKCS#12 file asks for more than %1 rounds of its integrity check; CertDesk does not open it (a file made to keep the computer busy).</source>
        <translation>Diese PKCS#12-Datei verlangt mehr als %1 Runden für ihre Integritätsprüfung; CertDesk öffnet sie nicht (eine Datei, die den Computer beschäftigt halten soll).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase does not open this PKCS#12 file (or the file is damaged).</source>
        <translation>Die Passphrase öffnet diese PKCS#12-Datei nicht (oder die Datei ist beschädigt).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>Die PKCS#12-Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a PKCS#12 file.</source>
        <translation>%1 ist zu groß für eine PKCS#12-Datei.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message>
        <location filename="../ui/orders/Pkcs12ExportDialog.cpp" line="+31"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as PKCS#12</source>
        <translation>%1 als PKCS#12 speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only if the key file is encrypted</source>
        <translation>nur wenn die Schlüsseldatei verschlüsselt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertDesk looks for the private key of this certificate in the folder below, checks that they belong together and writes key, certificate and chain into one file under a new passphrase.</source>
        <translation>CertDesk sucht den privaten Schlüssel dieses Zertifikats im unten angegebenen Ordner, prüft, ob beide zusammengehören, und schreibt Schlüssel, Zertifikat und Kette mit einer neuen Passphrase in eine Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key folder</source>
        <translation>Schlüsselordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the private key</source>
        <translation>Ordner mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PKCS#12 file as</source>
        <translation>PKCS#12-Datei speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading the certificate and its chain…</source>
        <translation>Zertifikat und Kette werden heruntergeladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>Die neue Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases differ.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; CertDesk never overwrites it. Choose another name.</source>
        <translation>%1 existiert bereits; CertDesk überschreibt die Datei nie. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be downloaded: %1</source>
        <translation>Das Zertifikat konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral sent no certificate.</source>
        <translation>CertCentral hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the private key and writing the file…</source>
        <translation>Privater Schlüssel wird gesucht und die Datei geschrieben…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n key(s) there belong to other certificates.</source>
        <translation>
            <numerusform>%n Schlüssel dort gehört zu einem anderen Zertifikat.</numerusform>
            <numerusform>%n Schlüssel dort gehören zu anderen Zertifikaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No private key in %1 belongs to this certificate.%2</source>
        <translation>Kein privater Schlüssel in %1 gehört zu diesem Zertifikat.%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1 with the key from %2.</source>
        <translation>%1 mit dem Schlüssel aus %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlacedOrder</name>
    <message>
        <location filename="../app/core/PlacedOrder.cpp" line="+20"/>
        <source>The reply has no order id</source>
        <translation>Die Antwort enthält keine Bestell-ID</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../app/core/PlainText.cpp" line="+23"/>
        <source>Character %1 is a control character (U+%2); only printable characters, line breaks and tabs are allowed.</source>
        <translation>Zeichen %1 ist ein Steuerzeichen (U+%2); erlaubt sind nur druckbare Zeichen, Zeilenumbrüche und Tabulatoren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 is a control character or line break (U+%2); only printable characters on one line are allowed.</source>
        <translation>Zeichen %1 ist ein Steuerzeichen oder Zeilenumbruch (U+%2); erlaubt sind nur druckbare Zeichen in einer Zeile.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../app/security/PrivateKey.cpp" line="+45"/>
        <source>The %1 key could not be made: %2</source>
        <translation>Der Schlüssel (%1) konnte nicht erzeugt werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The private key could not be read (wrong passphrase, or not a PEM private key): %1</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden (falsche Passphrase oder kein privater PEM-Schlüssel): %1</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFinder</name>
    <message>
        <location filename="../app/security/PrivateKeyFinder.cpp" line="+20"/>
        <source>The certificate could not be read, so no key can be matched to it.</source>
        <translation>Das Zertifikat konnte nicht gelesen werden, daher kann ihm kein Schlüssel zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large to be a private key</source>
        <translation>zu groß für einen privaten Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a PEM private key</source>
        <translation>kein privater PEM-Schlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted; a passphrase is needed to open it</source>
        <translation>verschlüsselt; zum Öffnen ist eine Passphrase nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted; the passphrase does not open it</source>
        <translation>verschlüsselt; die Passphrase öffnet ihn nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a private key OpenSSL can read</source>
        <translation>kein privater Schlüssel, den OpenSSL lesen kann</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/ProcessHardening.cpp" line="+15"/>
        <source>The process could not be made non-dumpable: %1</source>
        <translation>Der Prozess konnte nicht vor Speicherabbildern geschützt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core file size limit could not be set to zero: %1</source>
        <translation>Die Größe von Core-Dateien konnte nicht auf null begrenzt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core dumps are left to the system on this platform.</source>
        <translation>Core-Dumps regelt auf dieser Plattform das System.</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../app/core/Product.cpp" line="+39"/>
        <source>Domain validated (DV)</source>
        <translation>Domain-validiert (DV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wildcard</source>
        <translation>Wildcard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization validated (OV)</source>
        <translation>Organisationsvalidiert (OV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended validation (EV)</source>
        <translation>Extended Validation (EV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV code signing</source>
        <translation>EV-Codesignatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ordered in CertDesk</source>
        <translation>Nicht in CertDesk bestellbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proves control of the names only; issued within minutes of DCV.</source>
        <translation>Weist nur die Kontrolle über die Namen nach; Ausstellung wenige Minuten nach der DCV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for every name one level under a domain (*.example.com).</source>
        <translation>Ein Zertifikat für alle Namen eine Ebene unter einer Domain (*.example.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also names your validated organization in the certificate.</source>
        <translation>Nennt zusätzlich Ihre validierte Organisation im Zertifikat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strictest organization check, with a verified contact&apos;s approval.</source>
        <translation>Die strengste Organisationsprüfung, mit Genehmigung durch einen verifizierten Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs software in your organization&apos;s name.</source>
        <translation>Signiert Software im Namen Ihrer Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing with extended validation, on a hardware token.</source>
        <translation>Codesignatur mit Extended Validation, auf einem Hardware-Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document signing, Secure Email and private certificates are ordered in the CertCentral console.</source>
        <translation>Dokumentsignatur-, Secure-Email- und private Zertifikate werden in der CertCentral-Konsole bestellt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expected a JSON object for the product</source>
        <translation>JSON-Objekt für das Produkt erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The product has no name_id</source>
        <translation>Das Produkt hat keine name_id</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="+29"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name may have at most 64 characters (this one has %1).</source>
        <translation>Ein Profilname darf höchstens 64 Zeichen haben (dieser hat %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name must be printable characters on one line, without line breaks or control characters.</source>
        <translation>Ein Profilname muss aus druckbaren Zeichen in einer Zeile bestehen, ohne Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the full API address, for example https://www.digicert.com/services/v2/.</source>
        <translation>Geben Sie die vollständige API-Adresse ein, zum Beispiel https://www.digicert.com/services/v2/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https:// for %1: an API key must not travel unencrypted. Plain http:// is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Verwenden Sie https:// für %1: Ein API-Schlüssel darf nicht unverschlüsselt übertragen werden. Einfaches http:// ist nur für diesen Computer erlaubt (127.0.0.1 oder localhost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die Adresse muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the API key from CertCentral (Automation &gt; API Keys).</source>
        <translation>Fügen Sie den API-Schlüssel aus CertCentral ein (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has no spaces or line breaks inside; check that only the key was copied.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, ob nur der Schlüssel kopiert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has only letters, digits and punctuation; this one has other characters.</source>
        <translation>Ein API-Schlüssel enthält nur Buchstaben, Ziffern und Satzzeichen; dieser enthält andere Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API key has at most 256 characters (this one has %1).</source>
        <translation>Ein API-Schlüssel hat höchstens 256 Zeichen (dieser hat %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/security/ProfileStore.cpp" line="+67"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ReissueNamesPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.ui" line="+6"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash</source>
        <translation>Signatur-Hash</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.cpp" line="+13"/>
        <source>Names on the reissued certificate</source>
        <translation>Namen im neu ausgestellten Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from order %1. Add, remove or change names; one per line.</source>
        <translation>Aus Bestellung %1 übernommen. Fügen Sie Namen hinzu, entfernen oder ändern Sie sie; einer pro Zeile.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leaving the certificate: %1. CertCentral may revoke the order&apos;s earlier certificates within 72 hours of the reissue, so replace them everywhere first.</source>
        <translation>Aus dem Zertifikat entfernt: %1. CertCentral kann die früheren Zertifikate der Bestellung innerhalb von 72 Stunden nach der Neuausstellung widerrufen; ersetzen Sie sie daher zuerst überall.</translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.ui" line="+6"/>
        <source>Prove control of</source>
        <translation>Kontrolle nachweisen für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>Die Basisdomain (deckt ihre Subdomains ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name exactly as requested</source>
        <translation>Jeden Namen genau wie angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Kommentar für den Genehmiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Genehmigung überspringen (Administratoren)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.cpp" line="+13"/>
        <source>Domain validation and approval</source>
        <translation>Domainvalidierung und Genehmigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Neu ausstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s default</source>
        <translation>Standard des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the order has it (%1)</source>
        <translation>Wie in der Bestellung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each name</source>
        <translation>jeder Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base domain</source>
        <translation>Basisdomain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own, for example when only a subdomain is yours.</source>
        <translation>Basisdomain: Der Nachweis für example.com deckt auch shop.example.com ab. Jeder Name: Jeder Name wird einzeln nachgewiesen, zum Beispiel wenn Ihnen nur eine Subdomain gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the order&apos;s</source>
        <translation>Wie in der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the order&apos;s (%1)</source>
        <translation>Wie in der Bestellung (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n Name wird aus dem Zertifikat entfernt: %1.&lt;/b&gt; Frühere Zertifikate dieser Bestellung können innerhalb von 72 Stunden widerrufen werden.</numerusform>
            <numerusform>&lt;b&gt;%n Namen werden aus dem Zertifikat entfernt: %1.&lt;/b&gt; Frühere Zertifikate dieser Bestellung können innerhalb von 72 Stunden widerrufen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueProvisioningPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueProvisioningPage.cpp" line="+20"/>
        <source>Where will the new key live?</source>
        <translation>Wo soll der neue Schlüssel liegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code-signing certificate names the organization, not domains; the new key is made where it will be kept.</source>
        <translation>Ein Codesignatur-Zertifikat nennt die Organisation, keine Domains; der neue Schlüssel wird dort erzeugt, wo er aufbewahrt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the order has it now</source>
        <translation>Wie derzeit in der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiCert ships a new hardware token</source>
        <translation>DigiCert schickt ein neues Hardware-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token I already have (the key is made on it)</source>
        <translation>Ein Token, das ich bereits habe (der Schlüssel wird darauf erzeugt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own HSM (I paste the CSR made there)</source>
        <translation>Mein eigenes HSM (ich füge den dort erstellten CSR ein)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSR from your HSM:</source>
        <translation>CSR aus Ihrem HSM:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-----BEGIN CERTIFICATE REQUEST-----</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As the order has it now (%1)</source>
        <translation>Wie derzeit in der Bestellung (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSR: %1</source>
        <translation>CSR: %1</translation>
    </message>
</context>
<context>
    <name>ReissueRequest</name>
    <message>
        <location filename="../app/core/ReissueRequest.cpp" line="+50"/>
        <source>Choose the issued order to reissue.</source>
        <translation>Wählen Sie die ausgestellte Bestellung, die neu ausgestellt werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Ein Wildcard-Produkt braucht einen Common Name, der mit *. beginnt, zum Beispiel *.example.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A certificate holds at most %1 names; this one has %2.</source>
        <translation>Ein Zertifikat enthält höchstens %1 Namen; dieses hat %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reissue needs a certificate signing request (CSR) for the new key.</source>
        <translation>Eine Neuausstellung braucht eine Zertifikatsanfrage (CSR) für den neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Signatur-Hash „%1“ wird nicht angeboten; verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server platform is a platform id, or -1 for other; got %1.</source>
        <translation>Die Serverplattform ist eine Plattform-ID oder -1 für „Andere“; erhalten: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV scope &quot;%1&quot; is not known; use base_domain or fqdn, or leave it empty for the account&apos;s default.</source>
        <translation>DCV-Umfang „%1“ ist unbekannt; verwenden Sie base_domain oder fqdn oder lassen Sie ihn leer für den Standard des Kontos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV-Methode „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>HTTP-Datei-DCV kann keinen Wildcard-Namen nachweisen (%1); verwenden Sie E-Mail oder DNS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Kommentare haben höchstens %1 Zeichen; diese haben %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisioning &quot;%1&quot; is not known; use ship_token, client_app or email, or leave it empty to keep the order&apos;s.</source>
        <translation>Bereitstellung „%1“ ist unbekannt; verwenden Sie ship_token, client_app oder email, oder lassen Sie das Feld leer, um die Bereitstellung der Bestellung beizubehalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email provisioning (an HSM) needs a certificate signing request (CSR) for the new key.</source>
        <translation>Die Bereitstellung per E-Mail (ein HSM) braucht eine Zertifikatsanfrage (CSR) für den neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSR goes only with email provisioning; with a token the key is made on the token.</source>
        <translation>Ein CSR ist nur bei Bereitstellung per E-Mail möglich; bei einem Token wird der Schlüssel auf dem Token erzeugt.</translation>
    </message>
</context>
<context>
    <name>ReissueWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueWizard.cpp" line="+13"/>
        <source>Reissue order %1</source>
        <translation>Bestellung %1 neu ausstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New key and CSR</source>
        <translation>Neuer Schlüssel und CSR</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>&lt;b&gt;Reissue requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Neuausstellung beantragt.&lt;/b&gt; Anfrage %1 wartet auf der Seite „Anfragen“ auf Genehmigung.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Neuausstellung eingereicht&lt;/b&gt; für Bestellung %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiCert ships a new token; the order&apos;s details show its progress.</source>
        <translation>DigiCert schickt ein neues Token; die Details der Bestellung zeigen den Fortschritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the new certificate on the token or HSM with DigiCert&apos;s tools once it is issued.</source>
        <translation>Installieren Sie das neue Zertifikat nach der Ausstellung mit den Tools von DigiCert auf dem Token oder HSM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Reissue rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Neuausstellung abgelehnt.&lt;/b&gt; Anfrage %1 wurde abgelehnt; siehe Seite „Anfragen“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Neuausstellung eingereicht&lt;/b&gt; als Anfrage %1. CertCentral hat nicht angegeben, ob sie auf Genehmigung wartet; die Seite „Anfragen“ zeigt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Neuausstellung eingereicht&lt;/b&gt; für Bestellung %1. CertCentral hat nicht angegeben, ob sie auf Genehmigung wartet; die Details der Bestellung zeigen es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1: new certificate %2.</source>
        <translation>&lt;b&gt;Neuausstellung angenommen&lt;/b&gt; für Bestellung %1: neues Zertifikat %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Neuausstellung angenommen&lt;/b&gt; für Bestellung %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove control of the names with this random value (DNS TXT record or file, as the order&apos;s DCV method says): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Weisen Sie die Kontrolle über die Namen mit diesem Zufallswert nach (DNS-TXT-Eintrag oder Datei, je nach DCV-Methode der Bestellung): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that still need DCV are listed on the order&apos;s Names and DCV tab.</source>
        <translation>Namen, die noch DCV benötigen, stehen im Tab „Namen und DCV“ der Bestellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your new private key: %1</source>
        <translation>Ihr neuer privater Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier certificates with %1 may be revoked within 72 hours.</source>
        <translation>Frühere Zertifikate mit %1 können innerhalb von 72 Stunden widerrufen werden.</translation>
    </message>
</context>
<context>
    <name>RequestDecision</name>
    <message>
        <location filename="../app/core/RequestDecision.cpp" line="+24"/>
        <source>Choose the request to decide (a positive number).</source>
        <translation>Wählen Sie die zu entscheidende Anfrage (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the request is rejected: the requester sees the comment.</source>
        <translation>Geben Sie an, warum die Anfrage abgelehnt wird: Der Antragsteller sieht den Kommentar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment has at most %1 characters; this one has %2.</source>
        <translation>Der Kommentar hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 was already approved by someone else</source>
        <translation>Anfrage %1 wurde bereits von jemand anderem genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2</source>
        <translation>Anfrage %1 wurde bereits von %2 genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2 on %3</source>
        <translation>Anfrage %1 wurde bereits am %3 von %2 genehmigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already rejected by someone else</source>
        <translation>Anfrage %1 wurde bereits von jemand anderem abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2</source>
        <translation>Anfrage %1 wurde bereits von %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2 on %3</source>
        <translation>Anfrage %1 wurde bereits am %3 von %2 abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already decided by someone else</source>
        <translation>Über Anfrage %1 hat bereits jemand anderes entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2</source>
        <translation>Über Anfrage %1 hat bereits %2 entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2 on %3</source>
        <translation>Über Anfrage %1 hat bereits %2 am %3 entschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.</source>
        <extracomment>A sentence about a decision (%1, without its full stop) and the approver&apos;s comment (%2).</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (&quot;%2&quot;).</source>
        <translation>%1 („%2“).</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <location filename="../ui/requests/RequestDecisionDialog.cpp" line="+31"/>
        <source>Approve requests</source>
        <translation>Anfragen genehmigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject requests</source>
        <translation>Anfragen ablehnen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>%n Anfrage genehmigen? Eine genehmigte Anfrage geht sofort an CertCentral und kann hier nicht zurückgezogen werden.</numerusform>
            <numerusform>%n Anfragen genehmigen? Eine genehmigte Anfrage geht sofort an CertCentral und kann hier nicht zurückgezogen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>%n Anfrage ablehnen? Der Antragsteller sieht Ihren Kommentar; eine abgelehnte Anfrage kann nicht wieder geöffnet werden.</numerusform>
            <numerusform>%n Anfragen ablehnen? Der Antragsteller sieht Ihren Kommentar; eine abgelehnte Anfrage kann nicht wieder geöffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: the approval request&apos;s number; &quot;What&quot;: what it asks for.</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment for the requester (optional):</source>
        <translation>&amp;Kommentar für den Antragsteller (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the requester (required):</source>
        <translation>&amp;Begründung für den Antragsteller (erforderlich):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: approved for the Q3 web rollout</source>
        <translation>Zum Beispiel: genehmigt für den Web-Rollout in Q3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: use the wildcard order 1234 instead</source>
        <translation>Zum Beispiel: Verwenden Sie stattdessen die Wildcard-Bestellung 1234</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage genehmigen</numerusform>
            <numerusform>%n Anfragen genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage ablehnen</numerusform>
            <numerusform>%n Anfragen ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sending %1 of %2…</source>
        <translation>%1 von %2 wird gesendet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known whether it was sent: %1. Refresh the list before trying again.</source>
        <translation>Unbekannt, ob gesendet wurde: %1. Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n request(s) approved.</source>
        <translation>
            <numerusform>%n Anfrage genehmigt.</numerusform>
            <numerusform>%n Anfragen genehmigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n Anfrage abgelehnt.</numerusform>
            <numerusform>%n Anfragen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>Über %n Anfrage hatte bereits jemand anderes entschieden; die Liste wird aktualisiert.</numerusform>
            <numerusform>Über %n Anfragen hatte bereits jemand anderes entschieden; die Liste wird aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n Entscheidung konnte nicht gesendet werden; siehe Spalte „Ergebnis“.</numerusform>
            <numerusform>%n Entscheidungen konnten nicht gesendet werden; siehe Spalte „Ergebnis“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailsPane.cpp" line="+57"/>
        <source>Request</source>
        <extracomment>The tab with the approval request itself (who asked, when and why).</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s comment</source>
        <translation>Kommentar des Antragstellers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver&apos;s comment</source>
        <translation>Kommentar des Genehmigers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Order</source>
        <extracomment>A certificate order in CertCentral, not a sort order.
----------
Field label: the number of the certificate order the request belongs to.</extracomment>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization validation</source>
        <translation>Organisationsvalidierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the CSR</source>
        <translation>Namen im CSR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was sie beantragt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request could not be loaded: %1</source>
        <translation>Die Anfrage konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order could not be loaded: %1</source>
        <translation>Die Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization could not be loaded: %1</source>
        <translation>Die Organisation konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2 for %3</source>
        <translation>Anfrage %1: %2 für %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>Not given by CertCentral</source>
        <translation>Von CertCentral nicht angegeben</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A revocation carries no CSR.</source>
        <translation>Ein Widerruf enthält keinen CSR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not return the CSR.</source>
        <translation>CertCentral hat den CSR nicht zurückgegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSR could not be read: %1</source>
        <translation>Der CSR konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: CertCentral will refuse this CSR</source>
        <translation>Ungültig: CertCentral wird diesen CSR ablehnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not validated yet</source>
        <translation>Noch nicht validiert</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../models/RequestsModel.cpp" line="+68"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common name</source>
        <translation>Common Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/requests/RequestsScreen.cpp" line="+32"/>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests</source>
        <extracomment>The approvals queue: requests for certificates waiting for an approver.</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>You can follow your own requests here. %1</source>
        <translation>Hier können Sie Ihre eigenen Anfragen verfolgen. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select one or more pending requests</source>
        <translation>Wählen Sie eine oder mehrere ausstehende Anfragen aus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>Nur über ausstehende Anfragen kann entschieden werden; über %n ausgewählte Anfrage wurde bereits entschieden.</numerusform>
            <numerusform>Nur über ausstehende Anfragen kann entschieden werden; über %n ausgewählte Anfragen wurde bereits entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected requests</source>
        <translation>Die ausgewählten Anfragen genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected requests with a reason</source>
        <translation>Die ausgewählten Anfragen mit Begründung ablehnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was sie beantragt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n Anfrage ausgewählt.</numerusform>
            <numerusform>%n Anfragen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading requests…</source>
        <translation>Anfragen werden geladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The requests could not be loaded: %1</source>
        <translation>Die Anfragen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No requests yet.</source>
        <translation>Noch keine Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match the filters.</source>
        <translation>Keine Anfragen entsprechen den Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request(s), %2 waiting for a decision</source>
        <translation>Anfragen: %1, davon warten auf eine Entscheidung: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only part of the list was loaded; refresh to try again.</source>
        <translation>Nur ein Teil der Liste wurde geladen; aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>Über %n Anfrage hatte inzwischen jemand anderes entschieden; die Liste zeigt jetzt ihren Status.</numerusform>
            <numerusform>Über %n Anfragen hatte inzwischen jemand anderes entschieden; die Liste zeigt jetzt ihren Status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>%n Entscheidung konnte nicht gesendet werden; die Gründe stehen im Dialog.</numerusform>
            <numerusform>%n Entscheidungen konnten nicht gesendet werden; die Gründe stehen im Dialog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeConfirmPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.ui" line="+7"/>
        <source>Skip approval (administrators)</source>
        <translation>Genehmigung überspringen (Administratoren)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.cpp" line="+13"/>
        <source>Confirm the revocation</source>
        <translation>Widerruf bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke &lt;b&gt;every certificate on order %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Alle Zertifikate der Bestellung %1&lt;/b&gt; (%2) widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke &lt;b&gt;the certificate with serial number %1&lt;/b&gt; for %2.</source>
        <translation>&lt;b&gt;Das Zertifikat mit der Seriennummer %1&lt;/b&gt; für %2 widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke &lt;b&gt;certificate %1&lt;/b&gt; for %2, serial %3.</source>
        <translation>&lt;b&gt;Zertifikat %1&lt;/b&gt; für %2 widerrufen, Seriennummer %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromised at: %1 (sent as %2)</source>
        <translation>Schlüssel kompromittiert am: %1 (gesendet als %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
</context>
<context>
    <name>RevokeDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.ui" line="+6"/>
        <source>I know when the private key was compromised</source>
        <translation>Ich weiß, wann der private Schlüssel kompromittiert wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the order in CertCentral</source>
        <translation>Bestellung in CertCentral öffnen</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.cpp" line="+18"/>
        <source>When was the key compromised?</source>
        <translation>Wann wurde der Schlüssel kompromittiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relying parties may treat what was signed before this time as trustworthy.</source>
        <translation>Vertrauende Parteien können das, was vor diesem Zeitpunkt signiert wurde, als vertrauenswürdig behandeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CertCentral API has no field for this date: CertDesk writes it as the first line of the revocation comment (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). In the CertCentral console the date has its own field.</source>
        <translation>Die CertCentral-API hat kein Feld für dieses Datum: CertDesk schreibt es als erste Zeile in den Widerrufskommentar („Key compromise date: 2024-01-09T14:30:00Z“). In der CertCentral-Konsole hat das Datum ein eigenes Feld.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earliest allowed: %1 UTC (%2).</source>
        <translation>Frühestens zulässig: %1 UTC (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time is in UTC.</source>
        <translation>Die Uhrzeit ist in UTC angegeben.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+26"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>das jüngste Ausstellungsdatum der Zertifikate der Bestellung</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>the certificate&apos;s issue date</source>
        <translation>das Ausstellungsdatum des Zertifikats</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Code signing: signatures made before this time stay valid; those made after it do not. Java ignores the date and treats every signature as invalid.</source>
        <translation>Codesignatur: Signaturen, die vor diesem Zeitpunkt erstellt wurden, bleiben gültig; spätere nicht. Java ignoriert das Datum und behandelt jede Signatur als ungültig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key cannot have been compromised before %1, %2. Choose that time or later.</source>
        <translation>Der Schlüssel kann nicht früher als %1, %2, kompromittiert worden sein. Wählen Sie diesen Zeitpunkt oder einen späteren.</translation>
    </message>
</context>
<context>
    <name>RevokeReasonPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.ui" line="+6"/>
        <source>Revoke</source>
        <extracomment>Label before the choice of what to revoke: this certificate, a serial number, or the whole order.</extracomment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.cpp" line="+11"/>
        <source>What to revoke, and why</source>
        <translation>Was widerrufen wird, und warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation cannot be undone: browsers stop trusting the certificate.</source>
        <translation>Ein Widerruf kann nicht rückgängig gemacht werden: Browser vertrauen dem Zertifikat dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This certificate: %1, serial %2</source>
        <translation>Dieses Zertifikat: %1, Seriennummer %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every certificate on order %1, duplicates and reissues included</source>
        <translation>Alle Zertifikate der Bestellung %1, einschließlich Duplikaten und Neuausstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate in the file: %1, serial %2</source>
        <translation>Das Zertifikat in der Datei: %1, Seriennummer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate loaded from a file is revoked by its serial number alone.</source>
        <translation>Ein aus einer Datei geladenes Zertifikat wird allein über seine Seriennummer widerrufen.</translation>
    </message>
</context>
<context>
    <name>RevokeRequest</name>
    <message>
        <location filename="../app/core/RevokeRequest.cpp" line="+80"/>
        <source>Name the certificate to revoke by its id (a positive number).</source>
        <translation>Geben Sie das zu widerrufende Zertifikat über seine ID an (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons allowed); got &quot;%1&quot;.</source>
        <translation>Eine Seriennummer besteht aus 2 bis 40 Hexadezimalziffern (0-9, A-F, Doppelpunkte erlaubt); erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the order whose certificates to revoke (a positive number).</source>
        <translation>Geben Sie die Bestellung an, deren Zertifikate widerrufen werden sollen (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revocation reason &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Widerrufsgrund „%1“ ist unbekannt; verwenden Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date goes only with the reason keyCompromise, not %1.</source>
        <translation>Das Datum der Schlüsselkompromittierung ist nur mit dem Grund keyCompromise zulässig, nicht mit %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date may not be before %1 (%2); got %3.</source>
        <translation>Das Datum der Schlüsselkompromittierung darf nicht vor %1 liegen (%2); erhalten: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key compromise date may not be in the future (now is %1); got %2.</source>
        <translation>Das Datum der Schlüsselkompromittierung darf nicht in der Zukunft liegen (jetzt ist %1); erhalten: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments have at most %1 characters with the key compromise date line; these have %2.</source>
        <translation>Kommentare haben einschließlich der Zeile mit dem Datum der Schlüsselkompromittierung höchstens %1 Zeichen; diese haben %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>das jüngste Ausstellungsdatum der Zertifikate der Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s issue date</source>
        <translation>das Ausstellungsdatum des Zertifikats</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Kommentare haben höchstens %1 Zeichen; diese haben %2.</translation>
    </message>
</context>
<context>
    <name>RevokeWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeWizard.cpp" line="+14"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revoke certificate %1</source>
        <translation>Zertifikat %1 widerrufen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key was lost, stolen or seen by someone who should not have it.</source>
        <translation>Der private Schlüssel wurde verloren, gestohlen oder von jemandem gesehen, der ihn nicht haben sollte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names are no longer used, or the service was shut down.</source>
        <translation>Die Namen werden nicht mehr verwendet, oder der Dienst wurde eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s name or relationship to the names changed.</source>
        <translation>Der Name der Organisation oder ihre Beziehung zu den Namen hat sich geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new certificate replaces this one; nothing was compromised.</source>
        <translation>Ein neues Zertifikat ersetzt dieses; nichts wurde kompromittiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the others applies, or you prefer not to say.</source>
        <translation>Keiner der anderen Gründe trifft zu, oder Sie möchten ihn nicht angeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every certificate on order %1</source>
        <translation>alle Zertifikate der Bestellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate with serial number %1 (%2)</source>
        <translation>das Zertifikat mit der Seriennummer %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral recorded it on %1 UTC.</source>
        <translation>CertCentral hat sie am %1 UTC erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revocation requested&lt;/b&gt; for %1. Request %2 waits for an administrator&apos;s approval on the Requests page; the certificate stays valid until then.</source>
        <translation>&lt;b&gt;Widerruf beantragt&lt;/b&gt; für %1. Anfrage %2 wartet auf der Seite „Anfragen“ auf die Genehmigung eines Administrators; bis dahin bleibt das Zertifikat gültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Revoked&lt;/b&gt;: %1, reason %2.</source>
        <translation>&lt;b&gt;Widerrufen&lt;/b&gt;: %1, Grund: %2.</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <location filename="../app/core/RolePolicy.cpp" line="+5"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance manager</source>
        <translation>Finanzmanager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited user</source>
        <translation>Eingeschränkter Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restricted key</source>
        <translation>eingeschränkter Schlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CertCentral refused a change that your role allows, so this API key is restricted (View Only, or to some areas). Sign in with a key that has more rights to do this.</source>
        <translation>CertCentral hat eine Änderung abgelehnt, die Ihre Rolle erlaubt; dieser API-Schlüssel ist also eingeschränkt („View Only“ oder auf bestimmte Bereiche). Melden Sie sich dafür mit einem Schlüssel mit mehr Rechten an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CertCentral user has no access role.</source>
        <translation>Ihr CertCentral-Benutzer hat keine Zugriffsrolle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your API key may only view; ask an administrator for a key with ordering rights.</source>
        <translation>Ihr API-Schlüssel darf nur lesen; bitten Sie einen Administrator um einen Schlüssel mit Bestellrechten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may skip approval.</source>
        <translation>Nur Administratoren dürfen die Genehmigung überspringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers approve or reject requests.</source>
        <translation>Nur Administratoren und Manager genehmigen oder lehnen Anfragen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers see the account&apos;s funds.</source>
        <translation>Nur Administratoren und Finanzmanager sehen die Mittel des Kontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers move funds between divisions.</source>
        <translation>Nur Administratoren und Finanzmanager buchen Mittel zwischen Abteilungen um.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only administrators and managers manage domains and organizations.</source>
        <translation>Nur Administratoren und Manager verwalten Domains und Organisationen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Only administrators delete domains and organizations.</source>
        <translation>Nur Administratoren löschen Domains und Organisationen.</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../app/api/SandboxLauncher.cpp" line="+29"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sandbox did not announce its address within %1 ms</source>
        <translation>Die Sandbox hat ihre Adresse nicht innerhalb von %1 ms gemeldet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected first line from the sandbox: %1</source>
        <translation>Unerwartete erste Zeile von der Sandbox: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox announced an invalid address: %1</source>
        <translation>Die Sandbox hat eine ungültige Adresse gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+40"/>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome to CertDesk. Sign in with an API key from CertCentral, or try the sandbox: a local CertCentral with sample data.</source>
        <translation>Willkommen bei CertDesk. Melden Sie sich mit einem API-Schlüssel aus CertCentral an oder probieren Sie die Sandbox aus: ein lokales CertCentral mit Beispieldaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>API-Schlüssel von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no API key in the keychain. Sign in to add one.</source>
        <translation>%1 hat keinen API-Schlüssel im Schlüsselbund. Melden Sie sich an, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New name for the profile:</source>
        <translation>Neuer Name für das Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new key replaces the old one in the keychain once CertCentral has accepted it.</source>
        <translation>Der neue Schlüssel ersetzt den alten im Schlüsselbund, sobald CertCentral ihn akzeptiert hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was stopped.</source>
        <translation>Die Sandbox wurde beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1?

The API key is removed from this computer&apos;s keychain. To sign in again you will need the key from CertCentral.</source>
        <translation>Von %1 abmelden?

Der API-Schlüssel wird aus dem Schlüsselbund dieses Computers entfernt. Um sich erneut anzumelden, benötigen Sie den Schlüssel aus CertCentral.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer?

Nothing changes in CertCentral.</source>
        <translation>Profil %1 und seinen API-Schlüssel von diesem Computer entfernen?

In CertCentral ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile %1 was removed.</source>
        <translation>Das Profil %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+40"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to CertCentral</source>
        <translation>Bei CertCentral anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the API key of %1</source>
        <translation>API-Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example: Acme (US)</source>
        <translation>Zum Beispiel: Acme (US)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: a PEM file with your sandbox&apos;s or proxy&apos;s CA</source>
        <translation>Optional: eine PEM-Datei mit der CA Ihrer Sandbox oder Ihres Proxys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key from CertCentral: Automation &gt; API Keys</source>
        <translation>Fügen Sie den Schlüssel aus CertCentral ein: Automation &gt; API Keys</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Profile &amp;name</source>
        <translation>Profil&amp;name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL</source>
        <translation>API-&amp;URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA</source>
        <translation>Vertrauenswürdige CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(kept from the profile)</source>
        <translation>(aus dem Profil übernommen)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trusted CA certificate</source>
        <translation>Vertrauenswürdiges CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Angemeldet als %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Storing the key in the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../app/core/StatusChange.cpp" line="+14"/>
        <source>Expected a JSON object with &quot;orders&quot;</source>
        <translation>JSON-Objekt mit „orders“ erwartet</translation>
    </message>
</context>
<context>
    <name>SubmitOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/SubmitOrganizationDialog.cpp" line="+25"/>
        <source>Loading verified contacts…</source>
        <translation>Verifizierte Kontakte werden geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit %1 for validation</source>
        <translation>%1 zur Validierung einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the validations to request. Those already completed are renewed; EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>Wählen Sie die zu beantragenden Validierungen. Bereits abgeschlossene werden erneuert; EV, CS und EV CS brauchen einen verifizierten Kontakt, der sie genehmigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (now: %2)</source>
        <translation>%1 (aktuell: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved by (EV, CS, EV CS):</source>
        <translation>Genehmigt von (EV, CS, EV CS):</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+122"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This organization has no verified contacts yet; add one on the Verified contacts page before asking for EV or code signing.</source>
        <translation>Diese Organisation hat noch keine verifizierten Kontakte; fügen Sie auf der Seite „Verifizierte Kontakte“ einen hinzu, bevor Sie EV oder Codesignatur beantragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None checked: CertCentral asks the organization&apos;s verified contacts.</source>
        <translation>Keiner ausgewählt: CertCentral fragt die verifizierten Kontakte der Organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verified contacts could not be loaded: %1</source>
        <translation>Die verifizierten Kontakte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose OV, EV, CS or EV CS to submit.</source>
        <translation>Wählen Sie OV, EV, CS oder EV CS zum Einreichen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CertCentral did not accept the request: %1</source>
        <translation>CertCentral hat die Anfrage nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitting…</source>
        <translation>Wird eingereicht…</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <location filename="../app/api/TlsErrorText.cpp" line="+17"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Das Zertifikat des Servers ist erst ab %1 gültig; prüfen Sie die Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts. For a sandbox or a company proxy, add its CA certificate to the profile.</source>
        <translation>Das Zertifikat des Servers ist nicht von einer Zertifizierungsstelle signiert, der dieser Computer vertraut. Fügen Sie für eine Sandbox oder einen Firmen-Proxy dessen CA-Zertifikat zum Profil hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>TokenShipment</name>
    <message>
        <location filename="../app/core/TokenShipment.cpp" line="+17"/>
        <source>the recipient</source>
        <translation>den Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the street address</source>
        <translation>die Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>den Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state or region</source>
        <translation>das Bundesland oder die Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>die Postleitzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %1 for the token&apos;s shipment.</source>
        <translation>Geben Sie %1 für den Versand des Tokens ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipping country is its two-letter code, for example US.</source>
        <translation>Das Versandland wird als zweistelliger Ländercode angegeben, zum Beispiel US.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping is STANDARD or EXPEDITED.</source>
        <translation>Der Versand ist STANDARD oder EXPEDITED.</translation>
    </message>
</context>
<context>
    <name>TransferFundsDialog</name>
    <message>
        <location filename="../ui/finance/TransferFundsDialog.cpp" line="+37"/>
        <location line="+73"/>
        <location line="+154"/>
        <source>Move funds</source>
        <translation>Mittel umbuchen</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Moves funds from one division to another at once. CertCentral allows it when separate division funds are enabled (Finances &gt; Settings in the console), and moves whole amounts only.</source>
        <translation>Bucht Mittel sofort von einer Abteilung in eine andere um. CertCentral erlaubt dies, wenn getrennte Mittel je Abteilung aktiviert sind (Finances &gt; Settings in der Konsole), und bucht nur ganze Beträge um.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole amount, for example 1000</source>
        <translation>Ganzzahliger Betrag, zum Beispiel 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Umbuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Available: %1</source>
        <translation>Verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: not known (unlimited, or the balance did not load)</source>
        <translation>Verfügbar: unbekannt (unbegrenzt, oder das Guthaben wurde nicht geladen)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them back.</source>
        <translation>%1 von %2 nach %3 umbuchen? CertCentral bucht die Mittel sofort um; zum Rückgängigmachen buchen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving…</source>
        <translation>Wird umgebucht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved %1 from %2 to %3. The balances are updated.</source>
        <translation>%1 von %2 nach %3 umgebucht. Die Guthaben sind aktualisiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not known whether the funds moved: %1 Look at the balances and the balance history before moving them again.</source>
        <translation>Es ist nicht bekannt, ob die Mittel umgebucht wurden: %1 Prüfen Sie die Guthaben und den Guthabenverlauf, bevor Sie sie erneut umbuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertCentral did not move the funds: %1</source>
        <translation>CertCentral hat die Mittel nicht umgebucht: %1</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/UserInfo.cpp" line="+48"/>
        <source>Expected a JSON object for the user</source>
        <translation>JSON-Objekt für den Benutzer erwartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user has no id, name or email</source>
        <translation>Der Benutzer hat keine ID, keinen Namen oder keine E-Mail</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsModel</name>
    <message>
        <location filename="../models/VerifiedContactsModel.cpp" line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ext. %2</source>
        <translation>%1 Durchw. %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validations</source>
        <translation>Validierungen</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message>
        <location filename="../ui/organizations/VerifiedContactsScreen.cpp" line="+25"/>
        <source>Add verified contacts…</source>
        <translation>Verifizierte Kontakte hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified contacts</source>
        <translation>Verifizierte Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add people who may approve EV and code-signing orders (at most %1 at a time)</source>
        <translation>Personen hinzufügen, die EV- und Codesignatur-Bestellungen genehmigen dürfen (höchstens %1 auf einmal)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No organizations</source>
        <translation>Keine Organisationen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the verified contacts of %1…</source>
        <translation>Verifizierte Kontakte von %1 werden geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no verified contacts yet.</source>
        <translation>%1 hat noch keine verifizierten Kontakte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>%Ln verifizierter Kontakt</numerusform>
            <numerusform>%Ln verifizierte Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verified contacts of %1 could not be loaded: %2</source>
        <translation>Die verifizierten Kontakte von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%Ln verifizierter Kontakt zu %1 hinzugefügt; er bleibt ausstehend, bis CertCentral ihn geprüft hat.</numerusform>
            <numerusform>%Ln verifizierte Kontakte zu %1 hinzugefügt; jeder bleibt ausstehend, bis CertCentral ihn geprüft hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Desktop client for DigiCert CertCentral</source>
        <translation>Desktop-Client für DigiCert CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a seeded local sandbox and sign in to it.</source>
        <translation>Eine lokale Sandbox mit Beispieldaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders the sandbox seeds (default 5000).</source>
        <translation>Anzahl der Bestellungen, mit denen die Sandbox befüllt wird (Standard 5000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect once to this API base URL with the key in CERTDESK_API_KEY, without a profile.</source>
        <translation>Einmalig mit dieser API-Basis-URL und dem Schlüssel aus CERTDESK_API_KEY verbinden, ohne Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra CA certificate (PEM) to trust for --api-url.</source>
        <translation>Zusätzliches CA-Zertifikat (PEM), dem für --api-url vertraut wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the log to this file (keys are redacted).</source>
        <translation>Das Protokoll zusätzlich in diese Datei schreiben (Schlüssel werden geschwärzt).</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>--api-url: %1</source>
        <translation>--api-url: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CERTDESK_API_KEY: %1</source>
        <translation>CERTDESK_API_KEY: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--sandbox-orders must be a whole number from 0 to 200000.</source>
        <translation>--sandbox-orders muss eine ganze Zahl von 0 bis 200000 sein.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>--ca-file %1 holds no PEM certificate.</source>
        <translation>--ca-file %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
</TS>
