<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>Qt %1 (built with %2), %3, QtKeychain %4</source>
        <translation>Qt %1 (compilé avec %2), %3, QtKeychain %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CertDesk</source>
        <translation>À propos de CertDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the DigiCert CertCentral Services API: orders, domains, organizations, approvals and finance.</source>
        <translation>Un client de bureau pour l&apos;API CertCentral Services de DigiCert&#xa0;: commandes, domaines, organisations, approbations et finances.</translation>
    </message>
</context>
<context>
    <name>AccountBalance</name>
    <message>
        <location filename="../app/core/AccountBalance.cpp" line="+14"/>
        <source>The reply has no balance</source>
        <translation>La réponse ne contient pas de solde</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <location filename="../ui/domains/AddDomainDialog.cpp" line="+26"/>
        <source>OV: organization validation</source>
        <translation>OV&#xa0;: validation de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV&#xa0;: validation étendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+148"/>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for</source>
        <translation>Soumettre pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Méthode DCV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral écrit aux adresses WHOIS du domaine et aux adresses construites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Vous placerez un fichier sous /.well-known/pki-validation/ sur le site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will add a DNS record; DCV instructions on the Domains page say which.</source>
        <translation>Vous ajouterez un enregistrement DNS&#xa0;; les instructions DCV de la page Domaines indiquent lequel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading organizations…</source>
        <translation>Chargement des organisations…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organizations could not be loaded</source>
        <translation>Impossible de charger les organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Impossible de charger les organisations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organizations yet</source>
        <translation>Aucune organisation pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organization first: every domain belongs to one.</source>
        <translation>Créez d&apos;abord une organisation&#xa0;: chaque domaine appartient à une organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already in this account; find it in the list instead.</source>
        <translation>%1 figure déjà dans ce compte&#xa0;; cherchez-le plutôt dans la liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
</context>
<context>
    <name>AddVerifiedContactsDialog</name>
    <message>
        <location filename="../ui/organizations/AddVerifiedContactsDialog.cpp" line="+33"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add verified contacts to %1</source>
        <translation>Ajouter des contacts vérifiés à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an e-mail address, a job title and a telephone number; CertCentral checks them before they can approve. At most %2 in one request.</source>
        <translation>Les contacts vérifiés de %1 approuvent ses commandes EV et de signature de code. Chacun doit avoir un nom, une adresse e-mail, une fonction et un numéro de téléphone&#xa0;; CertCentral les vérifie avant qu&apos;ils puissent approuver. %2 au maximum par demande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Ext.</source>
        <translation>Poste</translation>
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
        <translation>Lignes copiées depuis un tableur&#xa0;: prénom, nom, e-mail, fonction, téléphone et poste, séparés par des tabulations ou des virgules</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+217"/>
        <source>Add contacts</source>
        <translation>Ajouter les contacts</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>%1 of at most %2 rows</source>
        <translation>%1 lignes sur %2 au maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; add the rest afterwards.</source>
        <translation>%1 nouveaux contacts vérifiés au maximum peuvent être ajoutés par demande&#xa0;; ajoutez les autres ensuite.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Validation types</source>
        <translation>Types de validation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more problems (marked in the table).</source>
        <translation>…et %1 autres problèmes (signalés dans le tableau).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CertCentral did not add the contacts: %1</source>
        <translation>CertCentral n&apos;a pas ajouté les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+122"/>
        <source>the reply had no content type, not JSON</source>
        <translation>la réponse n’avait pas de type de contenu et n’était pas du JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply was %1, not JSON</source>
        <translation>la réponse était du %1, pas du JSON</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="+66"/>
        <source>No complete answer within %1 seconds</source>
        <translation>Aucune réponse complète en %1 secondes</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+65"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The connection closed before CertCentral answered</source>
        <translation>La connexion a été fermée avant la réponse de CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>It is not known whether the request was carried out: check before sending it again.</source>
        <translation>On ne sait pas si la demande a été exécutée&#xa0;: vérifiez avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CertCentral could not be reached</source>
        <translation>Impossible de joindre CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and the network connection, then try again.</source>
        <translation>Vérifiez l&apos;adresse et la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to CertCentral failed</source>
        <translation>La connexion sécurisée à CertCentral a échoué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral did not answer in time</source>
        <translation>CertCentral n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again; if it keeps happening, check the network or proxy.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez le réseau ou le proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral sent an answer CertDesk could not read</source>
        <translation>CertCentral a envoyé une réponse illisible pour CertDesk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CertCentral did not accept the API key (HTTP 403)</source>
        <translation>CertCentral n&apos;a pas accepté la clé API (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the whole key was copied and that it is still active in CertCentral (Automation &gt; API Keys).</source>
        <translation>Vérifiez que la clé a été copiée en entier et qu&apos;elle est toujours active dans CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your CertCentral role does not allow this (HTTP 403)</source>
        <translation>Votre rôle CertCentral ne le permet pas (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to do it, or for a key with this permission.</source>
        <translation>Demandez à un administrateur de le faire, ou de vous fournir une clé disposant de cette autorisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided, by someone else or earlier (HTTP %1)</source>
        <translation>La demande a déjà été traitée, par quelqu&apos;un d&apos;autre ou auparavant (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list of requests to see the decision.</source>
        <translation>Actualisez la liste des demandes pour voir la décision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was declined (HTTP %1)</source>
        <translation>La carte a été refusée (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was charged. Use another card or the payment profile.</source>
        <translation>Rien n&apos;a été débité. Utilisez une autre carte ou le profil de paiement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP 403)</source>
        <translation>CertCentral a refusé la demande (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asked CertDesk to slow down (HTTP 429)</source>
        <translation>CertCentral a demandé à CertDesk de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again.</source>
        <translation>Patientez quelques secondes et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral is unavailable (HTTP %1)</source>
        <translation>CertCentral est indisponible (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP %1)</source>
        <translation>CertCentral a refusé la demande (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <location filename="../app/core/ApprovalRequest.cpp" line="+29"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new order</source>
        <translation>nouvelle commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reissue</source>
        <translation>réémission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation</source>
        <translation>révocation</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The reply is not a request with an id</source>
        <translation>La réponse n&apos;est pas une demande avec un ID</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryModel</name>
    <message>
        <location filename="../models/BalanceHistoryModel.cpp" line="+45"/>
        <source>These funds expire on %1</source>
        <translation>Ces fonds expirent le %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryQuery</name>
    <message>
        <location filename="../app/core/BalanceHistoryQuery.cpp" line="+16"/>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; utilisez YYYY-MM-DD, par exemple 2026-01-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1: %2 is before %3, the earliest date CertDesk asks for.</source>
        <translation>%1&#xa0;: %2 est antérieur au %3, la date la plus ancienne que CertDesk interroge.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 is in the future; the history ends today (%3).</source>
        <translation>%1&#xa0;: %2 est dans le futur&#xa0;; l&apos;historique s&apos;arrête aujourd&apos;hui (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1&#xa0;: %2 est antérieur à «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Division: a container id is a positive number.</source>
        <translation>Division&#xa0;: un ID de conteneur est un nombre positif.</translation>
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
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Balance history</source>
        <translation>Historique du solde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Division:</source>
        <translation>Division&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your division</source>
        <translation>Votre division</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the balance history…</source>
        <translation>Chargement de l&apos;historique du solde…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n mouvement</numerusform>
            <numerusform>%n mouvements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adjustments match these filters.</source>
        <translation>Aucun mouvement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjustments in this division&apos;s history.</source>
        <translation>Aucun mouvement dans l&apos;historique de cette division.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The balance history could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;historique du solde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the balance history</source>
        <translation>Exporter l&apos;historique du solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance history could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;historique du solde dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>%n mouvement enregistré dans %1.</numerusform>
            <numerusform>%n mouvements enregistrés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+35"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may run an unlimited negative balance.</source>
        <translation>%1 peut avoir un solde négatif illimité.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Limite de solde négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit used by other divisions</source>
        <translation>Crédit utilisé par d&apos;autres divisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fonds disponibles</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../ui/orders/CancelOrderDialog.cpp" line="+23"/>
        <source>Cancel order %1</source>
        <translation>Annuler la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 (%2)? Nothing more is issued for it and a pending request is rejected. This cannot be undone.</source>
        <translation>Annuler la commande %1 (%2)&#xa0;? Plus rien ne sera émis pour elle et toute demande en attente sera rejetée. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; CertCentral keeps it with the order)</source>
        <translation>Motif (obligatoire&#xa0;; CertCentral le conserve avec la commande)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the order</source>
        <translation>Conserver la commande</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer was lost; reload the order to see whether it was canceled before trying again.</source>
        <translation>La réponse a été perdue&#xa0;; rechargez la commande pour voir si elle a été annulée avant de réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not canceled: %1</source>
        <translation>Non annulée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDownloadCall</name>
    <message>
        <location filename="../app/api/CertificateEndpoints.cpp" line="+24"/>
        <source>The download holds no PEM certificate</source>
        <translation>Le téléchargement ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate could not be converted to DER</source>
        <translation>Impossible de convertir le certificat en DER</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The download is not a PKCS#7 structure</source>
        <translation>Le téléchargement n&apos;est pas une structure PKCS#7</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../models/ChangeNotice.cpp" line="+15"/>
        <source>order %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate issued: %1 (order %2)</source>
        <translation>Certificat émis&#xa0;: %1 (commande %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expires on %2 (order %3)</source>
        <translation>%1 expire le %2 (commande %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) is now %3</source>
        <translation>La commande %1 (%2) est passée au statut %3</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+40"/>
        <source>Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

Verbs:
</source>
        <translation>Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

Verbes&#xa0;:
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
La clé API provient de l&apos;entrée du profil dans le trousseau du système (--profile, ou le profil
actif), ou de la variable d&apos;environnement CERTDESK_API_KEY&#xa0;; jamais de la ligne de commande.
profile add et set-key lisent la clé depuis CERTDESK_API_KEY ou depuis l&apos;entrée standard
(sans écho dans un terminal). Codes de sortie&#xa0;: 0 ok, 2 utilisation, 3 erreur d&apos;API ou de
trousseau, 4 erreur réseau ou TLS.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>certdesk-cli: %1</source>
        <translation>certdesk-cli: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--api-url needs a URL</source>
        <translation>--api-url attend une URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile needs a profile name</source>
        <translation>--profile attend un nom de profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--log-file needs a file name</source>
        <translation>--log-file attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--log-file: cannot write %1</source>
        <translation>--log-file: impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --api-url exclude each other: a profile has its own URL</source>
        <translation>--profile et --api-url s&apos;excluent mutuellement&#xa0;: un profil a sa propre URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--timeout doit être un nombre entier de secondes entre 1 et 600</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ca-file: %1 is not a readable file</source>
        <translation>--ca-file : %1 n’est pas un fichier lisible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile named &quot;%1&quot;; see certdesk-cli profile list</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»&#xa0;; voir certdesk-cli profile list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sandbox profile lives in the desktop program; start certdesk-sandbox and use --api-url with CERTDESK_API_KEY</source>
        <translation>le profil du bac à sable n&apos;existe que dans l&apos;application de bureau&#xa0;; lancez certdesk-sandbox et utilisez --api-url avec CERTDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certdesk-cli: profile %1: %2</source>
        <translation>certdesk-cli: profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no API key: add a profile (certdesk-cli profile add NAME) or set the environment variable CERTDESK_API_KEY</source>
        <translation>aucune clé API&#xa0;: ajoutez un profil (certdesk-cli profile add NAME) ou définissez la variable d&apos;environnement CERTDESK_API_KEY</translation>
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
        <translation>verbe manquant</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 needs %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>verbe inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+76"/>
        <source>%1 needs a file name</source>
        <extracomment>%1 is a command-line option such as --out; %2 (below) a file or folder path.</extracomment>
        <translation>%1 attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a folder; give the name of a file to create in it</source>
        <translation>%1 : %2 est un dossier ; indiquez le nom d’un fichier à y créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1 : %2 n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 cannot be written to</source>
        <translation>%1 : impossible d’écrire dans le dossier %2</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes cert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the private key %1: </source>
        <translation>Phrase secrète de la clé privée %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase for the new PKCS#12 file: </source>
        <translation>Phrase secrète du nouveau fichier PKCS#12&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Confirmez-la&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>les deux phrases secrètes diffèrent&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PKCS#12 passphrase needs at least %1 characters (CERTDESK_P12_PASSPHRASE, or typed when asked)</source>
        <translation>la phrase secrète PKCS#12 doit compter au moins %1 caractères (CERTDESK_P12_PASSPHRASE, ou saisie à la demande)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--key needs the private key file (PEM) of the certificate</source>
        <translation>--key attend le fichier de clé privée (PEM) du certificat</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>--out needs a file name</source>
        <translation>--out attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format p12 needs --key FILE: the private key made for this certificate goes into the PKCS#12 file</source>
        <translation>--format p12 attend --key FILE&#xa0;: la clé privée créée pour ce certificat est placée dans le fichier PKCS#12</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>cert download needs exactly one certificate ID</source>
        <translation>cert download attend exactement un ID de certificat</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>--format needs one of: %1</source>
        <translation>--format attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key goes with --format p12 only</source>
        <translation>--key ne s&apos;utilise qu&apos;avec --format p12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be one of %1, got &quot;%2&quot;</source>
        <translation>--format doit valoir l&apos;une des valeurs %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>certificate ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>l&apos;ID de certificat doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format %1 is binary: name a file with --out</source>
        <translation>--format %1 est binaire&#xa0;: indiquez un fichier avec --out</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certdesk-cli: could not write %1: %2</source>
        <translation>certdesk-cli: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved certificate %1 (%2) to %3.</source>
        <translation>Certificat %1 (%2) enregistré dans %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 already exists and is never overwritten; choose another name with --out</source>
        <translation>%1 existe déjà et n&apos;est jamais écrasé&#xa0;; choisissez un autre nom avec --out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--key: %1 could not be opened: %2</source>
        <translation>--key: impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>--key %1: %2</source>
        <translation>--key %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>certificate %1 came without a PEM certificate</source>
        <translation>le certificat %1 est arrivé sans certificat PEM</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>Certificat %1 enregistré avec sa clé privée et %n certificat de chaîne dans %2 (PKCS#12, lisible par vous seul).</numerusform>
            <numerusform>Certificat %1 enregistré avec sa clé privée et %n certificats de chaîne dans %2 (PKCS#12, lisible par vous seul).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--certificate needs a certificate ID</source>
        <translation>--certificate attend un ID de certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--serial needs the serial number in hexadecimal</source>
        <translation>--serial attend le numéro de série en hexadécimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--order needs an order ID</source>
        <translation>--order attend un ID de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason needs one of: %1</source>
        <translation>--reason attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compromised-at needs a date and time, for example 2024-01-09T14:30:00Z</source>
        <translation>--compromised-at attend une date et une heure, par exemple 2024-01-09T14:30:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--comments needs a text</source>
        <translation>--comments attend un texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name exactly one of --certificate ID, --serial HEX or --order ID</source>
        <translation>indiquez exactement une option parmi --certificate ID, --serial HEX ou --order ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: one of %1</source>
        <translation>--reason est obligatoire&#xa0;: l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>--certificate must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--certificate doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--order must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--order doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compromised-at must be ISO 8601 with a zone, for example 2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got &quot;%1&quot;</source>
        <translation>--compromised-at doit être au format ISO 8601 avec fuseau, par exemple 2024-01-09T14:30:00Z ou 2024-01-09T15:30:00+01:00&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>--compromised-at (%1): %2</source>
        <translation>--compromised-at (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every certificate on order %1</source>
        <translation>tous les certificats de la commande %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1</source>
        <translation>le certificat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate with serial number %1</source>
        <translation>le certificat de numéro de série %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>revoking cannot be undone: add --yes to confirm</source>
        <translation>la révocation est irréversible&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 (%2)? This cannot be undone.</source>
        <translation>Révoquer %1 (%2)&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was revoked.</source>
        <translation>Rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certdesk-cli: it is not known whether the revocation was requested; look at the pending requests before running the command again.</source>
        <translation>certdesk-cli: on ne sait pas si la révocation a été demandée&#xa0;; consultez les demandes en attente avant de relancer la commande.</translation>
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
        <translation>Lancez certdesk-cli --help pour le verbe check.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;, roles: %3</source>
        <translation>%1 &lt;%2&gt;, rôles&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none CertDesk knows</source>
        <translation>aucun connu de CertDesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 products, %2 that CertDesk orders</source>
        <translation>%1 produits, dont %2 que CertDesk peut commander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 orders in the account; read %2 on the first page</source>
        <translation>%1 commandes dans le compte&#xa0;; %2 lues sur la première page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 domaines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 organizations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests waiting for approval</source>
        <translation>%1 demandes en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balance %1 %2, unlimited negative balance</source>
        <translation>solde %1 %2, solde négatif illimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance %1 %2, available %3</source>
        <translation>solde %1 %2, disponible %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 balance adjustments</source>
        <translation>%1 mouvements dans l&apos;historique du solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not readable</source>
        <translation>, %1 illisibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stored cards</source>
        <translation>%1 cartes enregistrées</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not asked: %1</source>
        <translation>non demandé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 custom order fields</source>
        <translation>%1 champs de commande personnalisés</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CertDesk read-only check of %1</source>
        <translation>Vérification CertDesk en lecture seule de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What CertDesk read</source>
        <translation>Ce que CertDesk a lu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call answered; nothing was changed in the account.</source>
        <translation>Tous les appels ont répondu&#xa0;; rien n&apos;a été modifié dans le compte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n appel n&apos;a pas répondu comme CertDesk l&apos;attend&#xa0;; rien n&apos;a été modifié dans le compte.</numerusform>
            <numerusform>%n appels n&apos;ont pas répondu comme CertDesk l&apos;attend&#xa0;; rien n&apos;a été modifié dans le compte.</numerusform>
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
        <translation>Lancez certdesk-cli --help pour les verbes csr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for the new private key: </source>
        <translation>Phrase secrète de la nouvelle clé privée&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Confirmez-la&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>les deux phrases secrètes diffèrent&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase needs at least %1 characters (or give --no-passphrase to write the key unencrypted)</source>
        <translation>la phrase secrète doit compter au moins %1 caractères (ou indiquez --no-passphrase pour écrire la clé non chiffrée)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--cn needs the common name</source>
        <translation>--cn attend le nom commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key needs one of: %1</source>
        <translation>--key attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out needs a file name</source>
        <translation>--out attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--san needs a name</source>
        <translation>--san attend un nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn is required: the common name (a domain, or the organization name with --code-signing)</source>
        <translation>--cn est obligatoire&#xa0;: le nom commun (un domaine, ou le nom de l&apos;organisation avec --code-signing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required: where to write the private key</source>
        <translation>--key-out est obligatoire&#xa0;: l&apos;emplacement où écrire la clé privée</translation>
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
        <translation>--san: les demandes de signature de code ne contiennent pas de noms de domaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cn: an organization name in a certificate has at most 64 characters; &quot;%1&quot; has %2</source>
        <translation>--cn : un nom d’organisation dans un certificat compte au plus 64 caractères ; « %1 » en compte %2</translation>
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
        <translation>--key-out: %1 existe déjà&#xa0;; un fichier de clé n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: warning: the private key is written unencrypted; anyone who can read %1 can use it.</source>
        <translation>certdesk-cli: avertissement&#xa0;: la clé privée est écrite non chiffrée&#xa0;; toute personne pouvant lire %1 peut l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the CSR could not be written to %1: %2</source>
        <translation>impossible d&apos;écrire le CSR dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key (%1, %2) written to %3 (readable by you only).</source>
        <translation>Clé privée (%1, %2) écrite dans %3 (lisible par vous seul).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypted with your passphrase</source>
        <translation>chiffrée avec votre phrase secrète</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes order.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order dcv ID method needs one of: %1</source>
        <translation>order dcv ID method attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dcv_method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>dcv_method «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>order dcv ID needs one of: status, method M, random, check, resend</source>
        <translation>order dcv ID attend l&apos;une des valeurs&#xa0;: status, method M, random, check, resend</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order %1: %2, DCV by %3</source>
        <translation>Commande %1&#xa0;: %2, DCV par %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 now uses %2 DCV.</source>
        <translation>La commande %1 utilise désormais la méthode DCV %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV is done for order %1; the order is %2.</source>
        <translation>La DCV est terminée pour la commande %1&#xa0;; statut de la commande&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DCV e-mails for order %1 were sent again.</source>
        <translation>Les e-mails DCV de la commande %1 ont été renvoyés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV random value: %1 (valid until %2)</source>
        <translation>Valeur aléatoire DCV&#xa0;: %1 (valable jusqu&apos;au %2)</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes finance.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>the CertCentral API has no invoices or purchase orders; they are in the CertCentral console: run certdesk-cli finance pay for what is owed and the page&apos;s address</source>
        <translation>l&apos;API CertCentral ne gère ni les factures ni les bons de commande&#xa0;; ils se trouvent dans la console CertCentral&#xa0;: lancez certdesk-cli finance pay pour voir le montant dû et l&apos;adresse de la page</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>%1 needs a container (division) ID</source>
        <translation>%1 attend un ID de conteneur (division)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>%1 doit être un entier positif, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <location line="+63"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+58"/>
        <location line="+78"/>
        <location line="+62"/>
        <location line="+44"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+136"/>
        <location line="+62"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Factures impayées</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Limite de solde négatif</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit used by other divisions</source>
        <translation>Crédit utilisé par d&apos;autres divisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fonds disponibles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--from needs a date (YYYY-MM-DD)</source>
        <translation>--from attend une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date (YYYY-MM-DD)</source>
        <translation>--to attend une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type needs a transaction type, such as Charge</source>
        <translation>--type attend un type de transaction, tel que Charge</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--amount needs a whole amount, such as 1000</source>
        <translation>--amount attend un montant entier tel que 1000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>finance transfer needs --from ID, --to ID and --amount A (division IDs as in certdesk-cli account fields --kind container)</source>
        <translation>finance transfer attend --from ID, --to ID et --amount A (ID de division comme dans certdesk-cli account fields --kind container)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>move %1 from division %2 to division %3</source>
        <translation>transférer %1 de la division %2 vers la division %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this would %1 at once: add --yes to confirm</source>
        <translation>cette commande va %1 immédiatement&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1? CertCentral moves the funds at once.</source>
        <translation>%1&#xa0;? CertCentral transfère les fonds immédiatement.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: it is not known whether the funds moved; run certdesk-cli finance history --container %1 before sending it again.</source>
        <translation>certdesk-cli: on ne sait pas si les fonds ont été transférés&#xa0;; lancez certdesk-cli finance history --container %1 avant de renvoyer le transfert.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Moved %1 from division %2 to division %3.</source>
        <translation>Transfert de %1 de la division %2 vers la division %3 effectué.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No card is stored for this account.</source>
        <translation>Aucune carte n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finance pay takes no invoice IDs: invoices are paid in the CertCentral console</source>
        <translation>finance pay n&apos;accepte pas d&apos;ID de facture&#xa0;: les factures se paient dans la console CertCentral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid invoices: %1</source>
        <translation>Factures impayées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CertCentral API has no invoice functions. Pay invoices in the CertCentral console (Finances &gt; Pay Invoice):</source>
        <translation>L&apos;API CertCentral n&apos;offre aucune fonction de facturation. Payez les factures dans la console CertCentral (Finances &gt; Pay Invoice)&#xa0;:</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>--format needs table, json or csv</source>
        <translation>--format attend table, json ou csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format doit valoir table, json ou csv, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>CliKeyPlan</name>
    <message>
        <location filename="../app/cli/CliKeyPlan.cpp" line="+29"/>
        <source>--csr needs a file name</source>
        <translation>--csr attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key is needed: give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>une nouvelle clé est nécessaire&#xa0;: indiquez soit --csr FILE, soit --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--key-out est obligatoire avec --generate-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out goes with --generate-key, not with --csr</source>
        <translation>--key-out s&apos;utilise avec --generate-key, pas avec --csr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: impossible de lire %1&#xa0;: %2</translation>
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
        <translation>--key-out: %1 existe déjà&#xa0;; un fichier de clé n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private key (%1, encrypted) written to %2 (readable by you only).</source>
        <translation>Clé privée (%1, chiffrée) écrite dans %2 (lisible par vous seul).</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes order.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order %1 needs the order ID first</source>
        <translation>order %1 attend d&apos;abord l&apos;ID de commande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>l&apos;ID de commande doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>--csr needs a file name</source>
        <translation>--csr attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>certdesk-cli: %1: add --yes to confirm</source>
        <translation>certdesk-cli: %1&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request %2 waits for an administrator or manager to approve it.</source>
        <translation>%1&#xa0;: la demande %2 attend l&apos;approbation d&apos;un administrateur ou d&apos;un gestionnaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: revoked.</source>
        <translation>%1&#xa0;: révocation effectuée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: submitted as request %2; CertCentral did not say whether it waits for approval.</source>
        <translation>%1&#xa0;: soumission effectuée (demande %2)&#xa0;; CertCentral n&apos;a pas indiqué si elle attend une approbation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: submitted; CertCentral did not say whether it waits for approval.</source>
        <translation>%1&#xa0;: soumission effectuée&#xa0;; CertCentral n&apos;a pas indiqué si elle attend une approbation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approved.</source>
        <translation>%1&#xa0;: demande approuvée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)</source>
        <translation>Valeur aléatoire DCV&#xa0;: %1 (certdesk-cli order dcv %2 check une fois qu&apos;elle est en place)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cn needs the common name</source>
        <translation>--cn attend le nom commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--san needs a name</source>
        <translation>--san attend un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provisioning needs one of: %1</source>
        <translation>--provisioning attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dcv-scope needs base_domain or fqdn</source>
        <translation>--dcv-scope attend base_domain ou fqdn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--comments needs a text</source>
        <translation>--comments attend un texte</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+100"/>
        <location line="+65"/>
        <location line="+65"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+100"/>
        <location line="+65"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>order %1 is a code-signing order: give --provisioning ship_token, client_app or email (email, for an HSM, takes --csr FILE made there)</source>
        <translation>la commande %1 est une commande de signature de code&#xa0;: indiquez --provisioning ship_token, client_app ou email (email, pour un HSM, attend --csr FILE avec le CSR généré sur ce HSM)</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+106"/>
        <location line="+71"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Warning: the reissue drops %1; certificates issued earlier for the order may be revoked within 72 hours.</source>
        <translation>Avertissement&#xa0;: la réémission retire %1&#xa0;; les certificats émis auparavant pour la commande peuvent être révoqués sous 72 heures.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reissue order %1 for %2?</source>
        <translation>Réémettre la commande %1 pour %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>a reissue replaces the order&apos;s certificate</source>
        <translation>une réémission remplace le certificat de la commande</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>certdesk-cli: it is not known whether the reissue was requested; look at the order (certdesk-cli orders show %1) before running the command again.</source>
        <translation>certdesk-cli: on ne sait pas si la réémission a été demandée&#xa0;; consultez la commande (certdesk-cli orders show %1) avant de relancer la commande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reissue of order %1</source>
        <translation>Réémission de la commande %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--generate-key does not go with --provisioning: a code-signing key is made on the token or the HSM</source>
        <translation>--generate-key ne s&apos;utilise pas avec --provisioning&#xa0;: une clé de signature de code est générée sur le jeton ou le HSM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cn does not go with --provisioning: a code-signing reissue carries no names</source>
        <translation>--cn ne s&apos;utilise pas avec --provisioning&#xa0;: une réémission de signature de code ne contient pas de noms</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--provisioning is for code-signing orders; order %1 is %2</source>
        <translation>--provisioning est réservé aux commandes de signature de code&#xa0;; la commande %1 est de type %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reissue code-signing order %1 (%2)?</source>
        <translation>Réémettre la commande de signature de code %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expires needs a date as yyyy-MM-dd</source>
        <translation>--expires attend une date au format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--expires is required: the duplicate&apos;s end date as yyyy-MM-dd</source>
        <translation>--expires est obligatoire&#xa0;: la date de fin du duplicata au format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires must be a date as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--expires doit être une date au format yyyy-MM-dd, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate order %1 (%2) until %3?</source>
        <translation>Créer un duplicata de la commande %1 (%2) valable jusqu&apos;au %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a duplicate issues another certificate</source>
        <translation>un duplicata émet un certificat supplémentaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the duplicate was requested; look at the order&apos;s duplicates before running the command again.</source>
        <translation>certdesk-cli: on ne sait pas si le duplicata a été demandé&#xa0;; consultez les duplicatas de la commande avant de relancer la commande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate of order %1</source>
        <translation>Duplicata de la commande %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--note needs a text: why the order is canceled</source>
        <translation>--note attend un texte&#xa0;: la raison de l&apos;annulation de la commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--note is required: CertCentral keeps why the order was canceled</source>
        <translation>--note est obligatoire&#xa0;: CertCentral conserve la raison de l&apos;annulation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Annuler la commande %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceling an order cannot be undone</source>
        <translation>l&apos;annulation d&apos;une commande est irréversible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 canceled.</source>
        <translation>Commande %1 annulée.</translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+47"/>
        <source>--status needs a value: %1</source>
        <translation>--status attend une valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <location line="+54"/>
        <source>--search needs a text</source>
        <translation>--search attend un texte</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>--sort needs a field</source>
        <translation>--sort attend un champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product attend un identifiant de produit, par exemple ssl_basic</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--organization needs an organization id (a positive number)</source>
        <translation>--organization attend un ID d&apos;organisation (un nombre positif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--container needs a container id (a positive number)</source>
        <translation>--container attend un ID de conteneur (un nombre positif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--valid-till-from needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-from attend une date au format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--valid-till-to needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-to attend une date au format yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+61"/>
        <source>--format needs table, json or csv</source>
        <translation>--format attend table, json ou csv</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--columns needs a comma-separated list of columns</source>
        <translation>--columns attend une liste de colonnes séparées par des virgules</translation>
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
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+71"/>
        <location line="+54"/>
        <location line="+73"/>
        <location line="+52"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format doit valoir table, json ou csv, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders show needs exactly one order ID</source>
        <translation>orders show attend exactement un ID de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>l&apos;ID de commande doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid till</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>--organization needs an organization id</source>
        <translation>--organization attend un ID d&apos;organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts list needs --organization ID (see organizations list)</source>
        <translation>contacts list attend --organization ID (voir organizations list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>organization ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>l&apos;ID d&apos;organisation doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>me takes only --format table|json</source>
        <translation>me n&apos;accepte que --format table|json</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes order.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product attend un identifiant de produit, par exemple ssl_basic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn needs the common name</source>
        <translation>--cn attend le nom commun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san needs a name</source>
        <translation>--san attend un nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--csr needs a file name</source>
        <translation>--csr attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out attend un nom de fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--years needs 1, 2 or 3</source>
        <translation>--years attend 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--organization needs an organization id</source>
        <translation>--organization attend un ID d&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--payment needs balance</source>
        <translation>--payment attend balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dcv-email needs NAME=ADDRESS</source>
        <translation>--dcv-email attend NAME=ADDRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dcv-email must be NAME=ADDRESS, for example shop.example.com=admin@example.com; got &quot;%1&quot;</source>
        <translation>--dcv-email doit être de la forme NAME=ADDRESS, par exemple shop.example.com=admin@example.com&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--custom-field needs ID=VALUE</source>
        <translation>--custom-field attend ID=VALUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--custom-field must be ID=VALUE with the field&apos;s positive id (see certdesk-cli account fields); got &quot;%1&quot;</source>
        <translation>--custom-field doit être de la forme ID=VALUE, avec l&apos;ID positif du champ (voir certdesk-cli account fields)&#xa0;; reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--payment: only balance can be used from the command line; pay by card in CertDesk</source>
        <translation>--payment: seul balance est utilisable en ligne de commande&#xa0;; pour payer par carte, utilisez CertDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--years must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--years doit valoir 1, 2 ou 3, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization must be an organization id (a positive number)</source>
        <translation>--organization doit être un ID d&apos;organisation (un nombre positif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>indiquez soit --csr FILE, soit --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: impossible de lire %1&#xa0;: %2</translation>
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
        <translation>--key-out est obligatoire avec --generate-key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 existe déjà&#xa0;; un fichier de clé n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt the new key, or make the key with certdesk-cli csr new first</source>
        <translation>définissez CERTDESK_KEY_PASSPHRASE (8 caractères au moins) pour chiffrer la nouvelle clé, ou créez d&apos;abord la clé avec certdesk-cli csr new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>placing an order is charged to the account: add --yes to confirm</source>
        <translation>passer une commande est facturé au compte&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>Commande %1 pour %2 (%n an), débitée du solde. La passer&#xa0;? [y/N] </numerusform>
            <numerusform>Commande %1 pour %2 (%n ans), débitée du solde. La passer&#xa0;? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ordered.</source>
        <translation>Rien n&apos;a été commandé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private key (%1, encrypted) written to %2.</source>
        <translation>Clé privée (%1, chiffrée) écrite dans %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>certdesk-cli: the connection failed before CertCentral took the order; nothing was ordered (checked with alternative order ID %1). Run the command again.</source>
        <translation>certdesk-cli: la connexion a échoué avant que CertCentral ne prenne la commande&#xa0;; rien n&apos;a été commandé (vérifié avec l&apos;ID de commande alternatif %1). Relancez la commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the order was placed. Do not run the command again: look for alternative order ID %1 first (CertDesk, or GET order/alternate/%1).</source>
        <translation>certdesk-cli: on ne sait pas si la commande a été passée. Ne relancez pas la commande&#xa0;: cherchez d&apos;abord l&apos;ID de commande alternatif %1 (CertDesk, ou GET order/alternate/%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 placed (alternative order ID %2).</source>
        <translation>Commande %1 passée (ID de commande alternatif %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Elle attend l&apos;approbation d&apos;un administrateur ou d&apos;un gestionnaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (see certdesk for where to put it)</source>
        <translation>Valeur aléatoire DCV&#xa0;: %1 (voir certdesk pour savoir où la placer)</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+24"/>
        <source>certdesk-cli: error %1: %2</source>
        <translation>certdesk-cli: erreur %1&#xa0;: %2</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes profile.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key for %1: </source>
        <translation>Clé API de %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key: %1</source>
        <translation>Clé API&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>certdesk-cli: the key was not stored: %1 (%2)</source>
        <translation>certdesk-cli: la clé n&apos;a pas été enregistrée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Connecté en tant que %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--service needs us or eu</source>
        <translation>--service attend us ou eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs the API base URL</source>
        <translation>--url attend l&apos;URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs exactly one profile name (quote names with spaces)</source>
        <translation>profile add attend exactement un nom de profil (mettez entre guillemets les noms contenant des espaces)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--service and --url exclude each other</source>
        <translation>--service et --url s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--service must be us or eu, got &quot;%1&quot;; use --url for others</source>
        <translation>--service doit valoir us ou eu, reçu «&#xa0;%1&#xa0;»&#xa0;; utilisez --url pour les autres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a profile named &quot;%1&quot; exists already</source>
        <translation>un profil nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added profile %1 (%2).</source>
        <translation>Profil %1 ajouté (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes only --format table|json</source>
        <translation>profile list n&apos;accepte que --format table|json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profiles yet. Add one with: certdesk-cli profile add NAME</source>
        <translation>Aucun profil pour l&apos;instant. Ajoutez-en un avec&#xa0;: certdesk-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile use needs exactly one profile name</source>
        <translation>profile use attend exactement un nom de profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Using profile %1.</source>
        <translation>Profil %1 utilisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile rename needs the old and the new name</source>
        <translation>profile rename attend l&apos;ancien et le nouveau nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to %1.</source>
        <translation>Renommé en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile set-key needs exactly one profile name</source>
        <translation>profile set-key attend exactement un nom de profil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored the new key of %1.</source>
        <translation>Nouvelle clé de %1 enregistrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one profile name</source>
        <translation>profile remove attend exactement un nom de profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add --yes to remove %1 and its key without a question</source>
        <translation>ajoutez --yes pour supprimer %1 et sa clé sans confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer? [y/N] </source>
        <translation>Supprimer le profil %1 et sa clé API de cet ordinateur&#xa0;? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed profile %1.</source>
        <translation>Profil %1 supprimé.</translation>
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
        <translation>Lancez certdesk-cli --help pour les verbes requests.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--status needs one of: %1</source>
        <translation>--status attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type needs one of: %1</source>
        <translation>--type attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table, json or csv</source>
        <translation>--format attend table, json ou csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+70"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>--status must be one of %1, got &quot;%2&quot;</source>
        <translation>--status doit valoir l&apos;une des valeurs %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be one of %1, got &quot;%2&quot;</source>
        <translation>--type doit valoir l&apos;une des valeurs %1, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format doit valoir table, json ou csv, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests %1 needs a request ID</source>
        <translation>requests %1 attend un ID de demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>l&apos;ID de demande doit être un entier positif, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format needs table or json</source>
        <translation>--format attend table ou json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format doit valoir table ou json, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hachage signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation reason</source>
        <translation>Motif révocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Traitée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor comment</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: %1 Nothing was sent.</source>
        <translation>certdesk-cli: %1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--comment needs a text</source>
        <translation>--comment attend un texte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--comment (processor_comment): %1</source>
        <translation>--comment (processor_comment)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>request %1 (%2 of order %3, %4, by %5)</source>
        <translation>la demande %1 (%2, commande %3, %4, par %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision cannot be undone: add --yes to confirm</source>
        <translation>une décision est irréversible&#xa0;: ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1?</source>
        <translation>Approuver %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject %1?</source>
        <translation>Rejeter %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>certdesk-cli: it is not known whether the decision was recorded; run certdesk-cli requests show %1 before sending it again.</source>
        <translation>certdesk-cli: on ne sait pas si la décision a été enregistrée&#xa0;; lancez certdesk-cli requests show %1 avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: approved.</source>
        <translation>%1&#xa0;: approuvée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: rejected.</source>
        <translation>%1&#xa0;: rejetée.</translation>
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
            [--format table|json] [--yes]  (R&#xa0;: unspecified, keyCompromise,
            affiliationChanged, superseded, cessationOfOperation&#xa0;; key_compromise et
            similaires sont aussi acceptés. --compromised-at seulement avec keyCompromise,
            avec un fuseau&#xa0;: ...T14:30:00Z&#xa0;; envoyé comme première ligne des commentaires)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+12"/>
        <source>  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)
</source>
        <translation>  check [--format table|json]  (un tour du compte en lecture seule&#xa0;: ce que CertDesk peut lire)
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
            [--format table|json|csv]  (l&apos;historique du solde&#xa0;: débits, dépôts, transferts,
            paiements de factures)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (moves whole amounts between divisions; separate division funds must be on)
</source>
        <translation>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (transfère des montants entiers entre divisions&#xa0;; les fonds séparés par
            division doivent être activés)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  finance profile [--format table|json]  (the stored cards, read only)
</source>
        <translation>  finance profile [--format table|json]  (les cartes enregistrées, en lecture seule)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console
            page where invoices are paid: the API has none)
</source>
        <translation>  finance pay [--container ID]  (le montant dû sur les factures et la page de la console
            CertCentral où elles se paient&#xa0;: l&apos;API n&apos;a pas de fonction de facturation)
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
            (par défaut, les noms de la commande&#xa0;;
            les certificats antérieurs peuvent être révoqués)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (commandes de signature de code&#xa0;: pas de noms&#xa0;;
            un CSR de votre HSM uniquement avec email)
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
              [--columns order_id,common_name,...]  (table et csv&#xa0;; voir le README)
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
        <translation>  contacts list --organization ID [--format table|json|csv]  (contacts vérifiés)
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
            [--key FILE] [--out FILE]  (der est produit ici à partir de pem_nointermediate&#xa0;;
            p7b est encodé en PEM tel que CertCentral l&apos;envoie&#xa0;; p12&#xa0;: la chaîne avec la clé
            de --key, phrases secrètes de CERTDESK_KEY_PASSPHRASE et CERTDESK_P12_PASSPHRASE
            ou demandées)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+5"/>
        <source>  account fields [--format table|json|csv]  (custom order fields)
</source>
        <translation>  account fields [--format table|json|csv]  (champs de commande personnalisés)
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
            <numerusform>Seules les %1 premières lignes collées ont été reprises ; %n autre a été laissée de côté (une demande ajoute au plus %2 contacts).</numerusform>
            <numerusform>Seules les %1 premières lignes collées ont été reprises ; %n autres ont été laissées de côté (une demande ajoute au plus %2 contacts).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first pasted row looked like column headings and was left out.</source>
        <translation>La première ligne collée ressemblait à des en-têtes de colonnes et a été laissée de côté.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/security/CredentialStore.cpp" line="+22"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Aucune clé API n&apos;est encore enregistrée pour ce profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the API key. Unlock your keychain (or allow CertDesk when your desktop asks) and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès à la clé API. Déverrouillez votre trousseau (ou autorisez CertDesk lorsque votre bureau le demande) et réessayez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this desktop, so CertDesk cannot keep the API key. CertDesk stores keys only in the system keychain. On Linux, install and start a Secret Service (for example: apt install gnome-keyring, or use KWallet) inside your desktop session, then sign in again. The sandbox works without a keychain. (%1)</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce bureau&#xa0;: CertDesk ne peut donc pas conserver la clé API. CertDesk enregistre les clés uniquement dans le trousseau du système. Sous Linux, installez et démarrez un service Secret Service (par exemple&#xa0;: apt install gnome-keyring, ou utilisez KWallet) dans votre session de bureau, puis reconnectez-vous. Le bac à sable fonctionne sans trousseau. (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain reported a problem: %1</source>
        <translation>Le trousseau a signalé un problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../app/security/CsrBuilder.cpp" line="+34"/>
        <source>There is no private key to sign the request with.</source>
        <translation>Aucune clé privée pour signer la demande.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The common name &quot;%1&quot; cannot go into a request (1 to 64 characters).</source>
        <translation>Le nom commun «&#xa0;%1&#xa0;» ne peut pas figurer dans une demande (1 à 64 caractères).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>The names could not go into the request: %1</source>
        <translation>Impossible d&apos;inclure les noms dans la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be signed: %1</source>
        <translation>Impossible de signer la demande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsrInfo</name>
    <message>
        <location filename="../app/security/CsrInfo.cpp" line="+26"/>
        <source>This is not a certificate signing request: paste the PEM text that starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>Ce n&apos;est pas une demande de signature de certificat&#xa0;: collez le texte PEM qui commence par -----BEGIN CERTIFICATE REQUEST-----.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The request&apos;s signature does not verify: it was altered or signed with another key.</source>
        <translation>La signature de la demande n&apos;est pas valide&#xa0;: la demande a été modifiée ou signée avec une autre clé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA keys need 2048 bits or more; this one has %1.</source>
        <translation>Les clés RSA doivent compter au moins 2048 bits&#xa0;; celle-ci en a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC keys need P-256 or larger; this one has %1 bits.</source>
        <translation>Les clés EC doivent être P-256 ou plus&#xa0;; celle-ci a %1 bits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request&apos;s common name is &quot;%1&quot;, the order&apos;s is &quot;%2&quot;.</source>
        <translation>Le nom commun de la demande est «&#xa0;%1&#xa0;», celui de la commande est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names on the order but not in the request: %1</source>
        <translation>Noms présents dans la commande mais pas dans la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in the request but not on the order: %1</source>
        <translation>Noms présents dans la demande mais pas dans la commande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <location filename="../app/core/CustomField.cpp" line="+22"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses separated by commas</source>
        <translation>des adresses e-mail séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required by your account; enter %2.</source>
        <translation>%1 est obligatoire pour votre compte&#xa0;; saisissez %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has at most 1,024 characters.</source>
        <translation>%1 compte au plus 1 024 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes printable characters on one line: no line breaks or control characters.</source>
        <translation>%1 accepte des caractères imprimables sur une seule ligne&#xa0;: ni saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a whole number, for example 4711.</source>
        <translation>%1 attend un nombre entier, par exemple 4711.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes one e-mail address (name@example.com).</source>
        <translation>%1 attend une seule adresse e-mail (name@example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes e-mail addresses separated by commas; &quot;%2&quot; is not one.</source>
        <translation>%1 attend des adresses e-mail séparées par des virgules&#xa0;; «&#xa0;%2&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The custom fields reply is not a JSON object.</source>
        <translation>La réponse des champs personnalisés n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/DashboardScreen.cpp" line="+43"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates expiring</source>
        <translation>Certificats arrivant à expiration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+99"/>
        <source>—
pending requests</source>
        <translation>—
demandes en attente</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Orders by status</source>
        <translation>Commandes par statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expirations per month (issued certificates, next 12 months)</source>
        <translation>Expirations par mois (certificats émis, 12 prochains mois)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pending orders</source>
        <translation>commandes en attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificates expiring within %1 days</source>
        <translation>certificats expirant sous %1 jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these orders</source>
        <translation>Afficher ces commandes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
pending requests</source>
        <translation>%1
demandes en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New orders, reissues, duplicates and revocations waiting for approval</source>
        <translation>Nouvelles commandes, réémissions, duplicatas et révocations en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your requests waiting for an administrator or manager to approve them</source>
        <translation>Vos demandes en attente d&apos;approbation par un administrateur ou un gestionnaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pending requests could not be counted: %1</source>
        <translation>Impossible de compter les demandes en attente&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 available</source>
        <translation>%1 disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no negative limit</source>
        <translation>solde négatif illimité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
balance</source>
        <translation>%1
solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
balance · %2</source>
        <translation>%1
solde · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funds of your container in CertCentral.</source>
        <translation>Les fonds de votre conteneur dans CertCentral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices: %1</source>
        <translation>Factures impayées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative balance limit: %1</source>
        <translation>Limite de solde négatif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—
balance</source>
        <translation>—
solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance could not be loaded: %1</source>
        <translation>Impossible de charger le solde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No orders loaded yet.</source>
        <translation>Aucune commande chargée pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders loaded</source>
        <translation>%1 commandes chargées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 orders matching the Orders page&apos;s filters are loaded (%2); clear them there for the whole account.</source>
        <translation>Seules les %1 commandes correspondant aux filtres de la page Commandes sont chargées (%2)&#xa0;; effacez-les sur cette page pour voir tout le compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within 30 days</source>
        <translation>sous 30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 60 days</source>
        <translation>sous 60 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 90 days</source>
        <translation>sous 90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending (DCV or approval)</source>
        <translation>en attente (DCV ou approbation)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expiring</source>
        <translation>Expirations</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificates expiring in %1</source>
        <translation>certificats expirant en %1</translation>
    </message>
</context>
<context>
    <name>DcvInstructions</name>
    <message>
        <location filename="../app/core/DcvInstructions.cpp" line="+21"/>
        <source>Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this value:

%2

Any TTL works; keep one such record per domain.</source>
        <translation>Ajoutez à %1 un enregistrement DNS TXT (hôte vide ou @ pour le domaine lui-même) avec cette valeur&#xa0;:

%2

N&apos;importe quel TTL convient&#xa0;; gardez un seul enregistrement de ce type par domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the DNS CNAME record CertCentral shows for %1, built from this value:

%2</source>
        <translation>Ajoutez l&apos;enregistrement DNS CNAME que CertCentral affiche pour %1, construit à partir de cette valeur&#xa0;:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a file at
%1
that holds only this value:

%2

File-based DCV covers this exact name only, not its subdomains or a wildcard.</source>
        <translation>Publiez un fichier à l&apos;adresse
%1
qui contient uniquement cette valeur&#xa0;:

%2

La DCV par fichier ne couvre que ce nom exact, ni ses sous-domaines ni un wildcard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is good until %1.</source>
        <translation>La valeur est valable jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>DcvMethodDialog</name>
    <message>
        <location filename="../ui/orders/DcvMethodDialog.cpp" line="+25"/>
        <source>DCV method of order %1</source>
        <translation>Méthode DCV de la commande %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed to %1.</source>
        <translation>Changée en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to %1. The new random value: %2 (the order&apos;s Names and DCV tab shows where it goes).</source>
        <translation>Changée en %1. La nouvelle valeur aléatoire&#xa0;: %2 (l&apos;onglet «&#xa0;Noms et DCV&#xa0;» de la commande indique où la placer).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>Non changée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../app/core/DnsName.cpp" line="+27"/>
        <source>Enter a domain name, for example example.com</source>
        <translation>Saisissez un nom de domaine, par exemple example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the domain name, without http:// or a path: &quot;%1&quot;</source>
        <translation>Saisissez uniquement le nom de domaine, sans http:// ni chemin&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is an IP address; public certificates here take domain names only</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP&#xa0;; les certificats publics proposés ici n&apos;acceptent que des noms de domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a wildcard; only wildcard products take *. names</source>
        <translation>«&#xa0;%1&#xa0;» est un wildcard&#xa0;; seuls les produits wildcard acceptent les noms en *.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a wildcard may only be the whole left-most label, as in *.example.com</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un wildcard ne peut occuper que l&apos;intégralité du libellé le plus à gauche, comme dans *.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A domain name has at most 253 characters; &quot;%1&quot; has %2</source>
        <translation>Un nom de domaine compte au plus 253 caractères&#xa0;; «&#xa0;%1&#xa0;» en compte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a dot: enter a full domain such as example.com</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir un point&#xa0;: saisissez un domaine complet comme example.com</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide&#xa0;: chaque partie entre les points compte 1 à 63 lettres, chiffres ou traits d&apos;union, sans trait d&apos;union au début ni à la fin</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../app/core/Domain.cpp" line="+20"/>
        <source>A domain without an id or a name</source>
        <translation>Un domaine sans ID ni nom</translation>
    </message>
</context>
<context>
    <name>DomainCreateCall</name>
    <message>
        <location filename="../app/api/DomainEndpoints.cpp" line="+35"/>
        <source>The reply to Add domain has no domain id</source>
        <translation>La réponse à l&apos;ajout de domaine ne contient pas d&apos;ID de domaine</translation>
    </message>
</context>
<context>
    <name>DomainDcvCall</name>
    <message>
        <location line="+66"/>
        <source>CertCentral sent no token</source>
        <translation>CertCentral n&apos;a envoyé aucun jeton</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CertCentral&apos;s answer has no DCV status (active or inactive)</source>
        <translation>La réponse de CertCentral ne contient aucun statut DCV (active ou inactive)</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <location filename="../models/DomainsModel.cpp" line="+66"/>
        <source>Valid until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS TXT record</source>
        <translation>DNS TXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS CNAME record</source>
        <translation>DNS CNAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File on the web server</source>
        <translation>Fichier sur le serveur web</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV validation</source>
        <translation>Validation OV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EV validation</source>
        <translation>Validation EV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method</source>
        <translation>Méthode DCV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV approved</source>
        <translation>DCV approuvée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain lock</source>
        <translation>Verrouillage</translation>
    </message>
</context>
<context>
    <name>DomainsScreen</name>
    <message>
        <location filename="../ui/domains/DomainsScreen.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV instructions…</source>
        <translation>Instructions DCV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check DCV</source>
        <translation>Vérifier la DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Soumettre à validation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search domain or organization</source>
        <translation>Rechercher un domaine ou une organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Select a domain to see its validations.</source>
        <translation>Sélectionnez un domaine pour voir ses validations.</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 of %2 domains shown</source>
        <translation>%1 domaines affichés sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+349"/>
        <source>Ask CertCentral to look for the DNS record or file now</source>
        <translation>Demander à CertCentral de rechercher maintenant l&apos;enregistrement DNS ou le fichier</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 of %2 domains loaded</source>
        <translation>%1 domaines chargés sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domains could not be loaded: %1</source>
        <translation>Impossible de charger les domaines&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 domaines</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses e-mail DCV: CertCentral e-mails the addresses it builds for the domain (admin@, administrator@, webmaster@, hostmaster@ and postmaster@) and the contacts of its DNS TXT record; approve the link in that e-mail.</source>
        <translation>%1 utilise la DCV par e-mail&#xa0;: CertCentral écrit aux adresses qu&apos;il forme pour le domaine (admin@, administrator@, webmaster@, hostmaster@ et postmaster@) ainsi qu&apos;aux contacts de son enregistrement DNS TXT&#xa0;; approuvez le lien contenu dans cet e-mail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The DCV token of %1 could not be fetched: %2</source>
        <translation>Impossible de récupérer le jeton DCV de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>New DCV token</source>
        <translation>Nouveau jeton DCV</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 has no valid DCV token. Ask CertCentral for a new one?

A new token replaces any token of this domain that may already be published.</source>
        <translation>%1 n&apos;a pas de jeton DCV valide. En demander un nouveau à CertCentral&#xa0;?

Un nouveau jeton remplace tout jeton de ce domaine éventuellement déjà publié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new DCV token for %1: %2</source>
        <translation>Aucun nouveau jeton DCV pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prove control of %1</source>
        <translation>Prouver le contrôle de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New token…</source>
        <translation>Nouveau jeton…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask CertCentral for a new token; it replaces this one.</source>
        <translation>Demander un nouveau jeton à CertCentral&#xa0;; il remplace celui-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the DCV token of %1? A token already published for it stops working.</source>
        <translation>Remplacer le jeton DCV de %1&#xa0;? Un jeton déjà publié pour ce domaine cessera de fonctionner.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CertCentral found the DCV token of %1: domain control is proven.</source>
        <translation>CertCentral a trouvé le jeton DCV de %1&#xa0;: le contrôle du domaine est prouvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CertCentral has not found the DCV token of %1 yet. Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>CertCentral n&apos;a pas encore trouvé le jeton DCV de %1. Publiez la valeur (Instructions DCV…) et réessayez&#xa0;; les modifications DNS peuvent mettre un certain temps à être visibles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DCV for %1 is not done yet: %2</source>
        <translation>La DCV de %1 n&apos;est pas encore terminée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>Publiez la valeur (Instructions DCV…) et réessayez&#xa0;; les modifications DNS peuvent mettre un certain temps à être visibles.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete domain</source>
        <translation>Supprimer le domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Certificates already issued for it stay valid. To order for it again, the domain must be added and validated again.</source>
        <translation>Supprimer %1 du compte&#xa0;?

Les certificats déjà émis pour ce domaine restent valides. Pour commander à nouveau pour ce domaine, il faudra l&apos;ajouter et le valider de nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit %1 for validation</source>
        <translation>Soumettre %1 à validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OV: organization validation</source>
        <translation>OV&#xa0;: validation de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV&#xa0;: validation étendue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Validations</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Méthode DCV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was added. Choose it and open DCV instructions to prove control.</source>
        <translation>%1 a été ajouté. Sélectionnez-le et ouvrez les instructions DCV pour prouver le contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added. CertCentral e-mails the DCV approval request to the domain&apos;s addresses.</source>
        <translation>%1 a été ajouté. CertCentral envoie la demande d&apos;approbation DCV par e-mail aux adresses du domaine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose OV, EV or both to submit %1 for validation.</source>
        <translation>Choisissez OV, EV ou les deux pour soumettre %1 à validation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was submitted for validation; the list shows it as pending.</source>
        <translation>%1 a été soumis à validation&#xa0;; la liste l&apos;indique comme en attente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be submitted: %2</source>
        <translation>Impossible de soumettre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a domain to the account, optionally submitted for validation</source>
        <translation>Ajouter un domaine au compte, éventuellement soumis à validation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected domain from the account</source>
        <translation>Supprimer le domaine sélectionné du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit the selected domain for OV or EV validation</source>
        <translation>Soumettre le domaine sélectionné à une validation OV ou EV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses e-mail DCV; approve the e-mail instead.</source>
        <translation>%1 utilise la DCV par e-mail&#xa0;; approuvez plutôt l&apos;e-mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Conteneur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV method: %1</source>
        <translation>Méthode DCV&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV good for OV until %1</source>
        <translation>DCV valable pour OV jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV good for EV until %1</source>
        <translation>DCV valable pour EV jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 validation: %2 (DCV %3)</source>
        <translation>Validation %1&#xa0;: %2 (DCV %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validations submitted.</source>
        <translation>Aucune validation soumise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain lock: %1</source>
        <translation>Verrouillage du domaine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DownloadButton</name>
    <message>
        <location filename="../ui/orders/DownloadButton.cpp" line="+14"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PKCS#12 with the private key…</source>
        <translation>Enregistrer au format PKCS#12 avec la clé privée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy PEM to clipboard</source>
        <translation>Copier le PEM dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM bundle: certificate, intermediate and root…</source>
        <translation>Paquet PEM&#xa0;: certificat, intermédiaire et racine…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM: certificate only…</source>
        <translation>PEM&#xa0;: certificat seul…</translation>
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
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download the certificate of order %1</source>
        <translation>Télécharger le certificat de la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 has no issued certificate to download (%2).</source>
        <translation>La commande %1 n&apos;a aucun certificat émis à télécharger (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Select an order with an issued certificate.</source>
        <translation>Sélectionnez une commande dont le certificat est émis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of order %1 is on the clipboard.</source>
        <translation>Le certificat de la commande %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the certificate of order %1 to %2.</source>
        <translation>Certificat de la commande %1 enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of order %1 could not be downloaded: %2</source>
        <translation>Impossible de télécharger le certificat de la commande %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.ui" line="+6"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments for the approver</source>
        <translation>Commentaires pour l&apos;approbateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Ignorer l&apos;approbation (administrateurs)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.cpp" line="+13"/>
        <source>Names and end date of the duplicate</source>
        <translation>Noms et date de fin du duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duplicate is another certificate on order %1, with its own key.</source>
        <translation>Un duplicata est un autre certificat de la commande %1, avec sa propre clé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The common name stays on the duplicate.</source>
        <translation>Le nom commun reste sur le duplicata.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the latest %1: %2.</source>
        <translation>Au plus tard le %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateRequest</name>
    <message>
        <location filename="../app/core/DuplicateRequest.cpp" line="+26"/>
        <source>the order&apos;s end</source>
        <translation>la fin de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s end</source>
        <translation>la fin du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest a TLS certificate may last</source>
        <translation>la durée maximale d&apos;un certificat TLS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the issued order to duplicate.</source>
        <translation>Choisissez la commande émise à dupliquer.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on the order; a duplicate can only use the order&apos;s names: %2</source>
        <translation>%1 ne figure pas dans la commande&#xa0;; un duplicata ne peut utiliser que les noms de la commande&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A duplicate needs a certificate signing request (CSR) for its key.</source>
        <translation>Un duplicata nécessite une demande de signature de certificat (CSR) pour sa clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Le hachage de signature «&#xa0;%1&#xa0;» n&apos;est pas proposé&#xa0;; utilisez sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date must be after today (%1); got %2.</source>
        <translation>La date de fin doit être postérieure à aujourd&apos;hui (%1)&#xa0;; valeur reçue&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date can be %1 at the latest (%2); got %3.</source>
        <translation>La date de fin peut être au plus tard le %1 (%2)&#xa0;; valeur reçue&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Les commentaires comptent au plus %1 caractères&#xa0;; ceux-ci en comptent %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateWizard.cpp" line="+13"/>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key and CSR for the duplicate</source>
        <translation>Clé et CSR du duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Duplicate requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Duplicata demandé.&lt;/b&gt; La demande %1 attend l&apos;approbation dans la page «&#xa0;Demandes&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Duplicata rejeté.&lt;/b&gt; La demande %1 a été rejetée&#xa0;; consultez la page «&#xa0;Demandes&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Duplicata soumis&lt;/b&gt; en tant que demande %1. CertCentral n&apos;a pas indiqué si elle attend une approbation&#xa0;; la page «&#xa0;Demandes&#xa0;» l&apos;indique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Duplicata soumis&lt;/b&gt; pour la commande %1. CertCentral n&apos;a pas indiqué s&apos;il attend une approbation&#xa0;; les détails de la commande l&apos;indiquent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate issued&lt;/b&gt;: certificate %1. Download it from the order&apos;s Certificate tab (Download).</source>
        <translation>&lt;b&gt;Duplicata émis&lt;/b&gt;&#xa0;: certificat %1. Téléchargez-le depuis l&apos;onglet «&#xa0;Certificat&#xa0;» de la commande (Télécharger).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends on %1 at the latest.</source>
        <translation>Il prend fin au plus tard le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its private key: %1</source>
        <translation>Sa clé privée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message>
        <location filename="../ui/orders/EditNamesDialog.cpp" line="+26"/>
        <source>Names of order %1</source>
        <translation>Noms de la commande %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>%n nom au maximum, comme la commande en a maintenant. Les nouveaux noms nécessitent une DCV.</numerusform>
            <numerusform>%n noms au maximum, autant que la commande en a maintenant. Les nouveaux noms nécessitent une DCV.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save names</source>
        <translation>Enregistrer les noms</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not changed: %1</source>
        <translation>Non modifiés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+14"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>FieldErrorMap</name>
    <message>
        <location filename="../ui/common/FieldErrorMap.cpp" line="+97"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral does not accept this value.</source>
        <translation>CertCentral n&apos;accepte pas cette valeur.</translation>
    </message>
</context>
<context>
    <name>FinanceScreen</name>
    <message>
        <location filename="../ui/finance/FinanceScreen.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move funds…</source>
        <translation>Transférer des fonds…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay invoices in CertCentral…</source>
        <translation>Payer les factures dans CertCentral…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Services API has no invoices: see what each division owes and open the CertCentral console to pay</source>
        <translation>L&apos;API CertCentral Services ne gère pas les factures&#xa0;: voyez ce que doit chaque division et ouvrez la console CertCentral pour payer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance history</source>
        <translation>Historique du solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment profile</source>
        <translation>Profil de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds by division</source>
        <translation>Fonds par division</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Funds move between divisions; this account shows fewer than two.</source>
        <translation>Les fonds se transfèrent entre divisions&#xa0;; ce compte en affiche moins de deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move funds from one division to another</source>
        <translation>Transférer des fonds d&apos;une division à une autre</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+75"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The list of divisions could not be loaded, so only your own division&apos;s funds are shown: %1</source>
        <translation>Impossible de charger la liste des divisions, seuls les fonds de votre division sont donc affichés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your division</source>
        <translation>Votre division</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funds of %1 could not be loaded: %2</source>
        <translation>Impossible de charger les fonds de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2 unpaid</source>
        <translation>%1&#xa0;: %2 à payer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No division has unpaid invoices.</source>
        <translation>Aucune division n&apos;a de factures impayées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unpaid invoice balance is not known yet: refresh the funds.</source>
        <translation>Le montant des factures impayées n&apos;est pas encore connu&#xa0;: actualisez les fonds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices, %1 in all:</source>
        <translation>Factures impayées, %1 au total&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CertCentral API has no invoice functions: invoices and purchase orders are viewed and paid in the CertCentral console (Finances &gt; Pay Invoice). Payments appear here in the balance history.</source>
        <translation>L&apos;API CertCentral n&apos;offre aucune fonction de facturation&#xa0;: les factures et les bons de commande se consultent et se paient dans la console CertCentral (Finances &gt; Pay Invoice). Les paiements apparaissent ici dans l&apos;historique du solde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay invoices in CertCentral</source>
        <translation>Payer les factures dans CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens %1 in your browser.</source>
        <translation>Ouvre %1 dans votre navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CertCentral</source>
        <translation>Ouvrir CertCentral</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started. Open %1 and go to Finances &gt; Pay Invoice.</source>
        <translation>Impossible de lancer un navigateur. Ouvrez %1 et allez dans Finances &gt; Pay Invoice.</translation>
    </message>
</context>
<context>
    <name>FundsTransfer</name>
    <message>
        <location filename="../app/core/FundsTransfer.cpp" line="+33"/>
        <source>From: choose the division the funds leave.</source>
        <translation>Origine&#xa0;: choisissez la division d&apos;où partent les fonds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: choose the division that receives the funds.</source>
        <translation>Destination&#xa0;: choisissez la division qui reçoit les fonds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: choose a division other than the one the funds leave.</source>
        <translation>Destination&#xa0;: choisissez une division différente de celle d&apos;origine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)</source>
        <translation>un montant entier de 1 à %1, par exemple 1000 (CertCentral ne transfère pas de centimes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: enter %1.</source>
        <translation>Montant&#xa0;: saisissez %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: &quot;%1&quot; is not %2.</source>
        <translation>Montant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 is out of range: %2.</source>
        <translation>Montant&#xa0;: %1 est hors limites&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1 is more than the %2 the division has available.</source>
        <translation>Montant&#xa0;: %1 dépasse les %2 dont dispose la division.</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../app/core/JsonRead.cpp" line="+173"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object with &quot;%1&quot;</source>
        <translation>Objet JSON avec «&#xa0;%1&#xa0;» attendu</translation>
    </message>
</context>
<context>
    <name>KeyFileWriter</name>
    <message>
        <location filename="../app/security/KeyFileWriter.cpp" line="+8"/>
        <source>Choose where to save the private key.</source>
        <translation>Choisissez où enregistrer la clé privée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; CertDesk never overwrites a key file. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; CertDesk n&apos;écrase jamais un fichier de clé. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The key could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la clé dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../app/core/KeySpec.cpp" line="+19"/>
        <source>Key type &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>Le type de clé «&#xa0;%1&#xa0;» n&apos;est pas proposé&#xa0;; utilisez l&apos;un des types suivants&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECDSA P-%1</source>
        <translation>ECDSA P-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code signing needs an RSA key of 3072 bits or more; %1 is not accepted.</source>
        <translation>La signature de code nécessite une clé RSA d&apos;au moins 3072 bits&#xa0;; %1 n&apos;est pas accepté.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>LifecycleResult</name>
    <message>
        <location filename="../app/core/LifecycleResult.cpp" line="+16"/>
        <source>The reply has no order id</source>
        <translation>La réponse ne contient pas d&apos;ID de commande</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The reply to the revocation has no request id</source>
        <translation>La réponse à la révocation ne contient pas d&apos;ID de demande</translation>
    </message>
</context>
<context>
    <name>LifecycleResultPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.ui" line="+10"/>
        <source>Change and try again</source>
        <translation>Modifier et réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.cpp" line="+11"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending to CertCentral…</source>
        <translation>Envoi à CertCentral…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The answer was lost.&lt;/b&gt; CertCentral may have done it. Open the order and look at its requests before you try again; CertDesk does not send it twice.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;La réponse a été perdue.&lt;/b&gt; CertCentral a peut-être effectué l&apos;opération. Ouvrez la commande et consultez ses demandes avant de réessayer&#xa0;; CertDesk ne l&apos;envoie pas deux fois.&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non effectué.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/shell/LoadStatus.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>API: %1/%2 per 5 s</source>
        <translation>API&#xa0;: %1/%2 par 5 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading orders…</source>
        <translation>Chargement des commandes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 orders loaded</source>
        <translation>%1 commandes chargées sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln commande chargée</numerusform>
            <numerusform>%Ln commandes chargées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading failed; the table shows what was loaded before</source>
        <translation>Échec du chargement&#xa0;; le tableau affiche les données chargées auparavant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders loaded; some are missing</source>
        <translation>%1 commandes chargées sur %2&#xa0;; certaines manquent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh %1</source>
        <translation>Dernière actualisation&#xa0;: %1</translation>
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
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between CertCentral accounts</source>
        <translation>Basculer entre les comptes CertCentral</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order…</source>
        <translation>Nouvelle commande…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;now</source>
        <translation>Vérifier les changements &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;every</source>
        <translation>Vérifier les changements &amp;toutes les</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find orders</source>
        <translation>&amp;Rechercher des commandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>CertDesk utilisera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Checking for changes failed: %1</source>
        <translation>La vérification des changements a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>&amp;Renommer le profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change API &amp;key…</source>
        <translation>Changer la &amp;clé API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the sand&amp;box</source>
        <translation>Essayer le &amp;bac à sable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CertDesk</source>
        <translation>À &amp;propos de CertDesk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>Navigation entry: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contacts</source>
        <translation>Contacts vérifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Requests</source>
        <extracomment>Navigation entry: the approvals queue. A count may follow: &quot;Requests (3)&quot;.</extracomment>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Finance</source>
        <extracomment>Navigation entry: balances, balance history, moving funds.</extracomment>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order a certificate</source>
        <translation>Commander un certificat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
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
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change API key…</source>
        <translation>Changer la clé API…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>Prochaine expiration&#xa0;: %1 le %2 (dans %n jour)</numerusform>
            <numerusform>Prochaine expiration&#xa0;: %1 le %2 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>%n demande en attente</numerusform>
            <numerusform>%n demandes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+285"/>
        <source>Requests (%1)</source>
        <translation>Demandes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n demande en attente de décision</numerusform>
            <numerusform>%n demandes en attente de décision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDomain</name>
    <message>
        <location filename="../app/core/NewDomain.cpp" line="+25"/>
        <source>Add the domain without &quot;*.&quot;: validating %1 covers its wildcard</source>
        <translation>Ajoutez le domaine sans «&#xa0;*.&#xa0;»&#xa0;: valider %1 couvre aussi son wildcard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the organization the domain belongs to</source>
        <translation>Choisissez l&apos;organisation à laquelle appartient le domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation &quot;%1&quot; is not known; use ov or ev</source>
        <translation>Validation «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez ov ou ev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Méthode DCV «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des méthodes suivantes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../app/core/NewOrder.cpp" line="+60"/>
        <source>Choose a product.</source>
        <translation>Choisissez un produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a product name id: those are 1 to 64 lower-case letters, digits and _, for example ssl_basic.</source>
        <translation>« %1 » n’est pas un identifiant de produit : ceux-ci comptent de 1 à 64 lettres minuscules, chiffres et _, par exemple ssl_basic.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Un produit wildcard nécessite un nom commun commençant par *., par exemple *.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order holds at most 250 names; this one has %1.</source>
        <translation>Une commande contient au plus 250 noms&#xa0;; celle-ci en contient %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a certificate signing request (CSR).</source>
        <translation>Ajoutez une demande de signature de certificat (CSR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Le hachage de signature «&#xa0;%1&#xa0;» n&apos;est pas proposé&#xa0;; utilisez sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The order&apos;s end date must be 7 days to 3 years from today.</source>
        <translation>La date de fin de la commande doit se situer entre 7 jours et 3 ans à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order lasts at most 1,095 days; you entered %1.</source>
        <translation>Une commande dure au plus 1 095 jours&#xa0;; vous avez saisi %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>An order lasts 1 to 3 years; you entered %1.</source>
        <translation>Une commande dure de 1 à 3 ans&#xa0;; vous avez saisi %1.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Méthode DCV «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des méthodes suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>La DCV par fichier HTTP ne peut pas prouver un nom wildcard (%1)&#xa0;; utilisez l&apos;e-mail ou le DNS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV scope must be base_domain or fqdn.</source>
        <translation>La portée DCV doit être base_domain ou fqdn.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>Choose the organization the certificate is for.</source>
        <translation>Choisissez l&apos;organisation à laquelle le certificat est destiné.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (name@example.com).</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>At most 20 more addresses can be notified.</source>
        <translation>Au plus 20 adresses supplémentaires peuvent être notifiées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments have at most 1,000 characters.</source>
        <translation>Les commentaires comptent au plus 1 000 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal message has at most 1,000 characters.</source>
        <translation>Le message de renouvellement compte au plus 1 000 caractères.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A certificate lasts 1 to %1 days here (at most %2 from today, and not past the order); you entered %3.</source>
        <translation>Un certificat dure ici de 1 à %1 jours (%2 au maximum à partir d&apos;aujourd&apos;hui, et pas au-delà de la commande)&#xa0;; vous avez saisi %3.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, 0-9).</source>
        <translation>Un ID de commande alternatif compte de 1 à 64 lettres et chiffres (A-Z, a-z, 0-9).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose how the key is kept: a shipped token, the client app, your own HSM (e-mail) or KeyLocker.</source>
        <translation>Choisissez où la clé est conservée&#xa0;: un jeton expédié, l&apos;application cliente, votre propre HSM (e-mail) ou KeyLocker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the CSR made on your HSM (RSA 3072 or more).</source>
        <translation>Ajoutez le CSR généré sur votre HSM (RSA 3072 ou plus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code-signing orders run for whole years (1 to 3) or to an end date.</source>
        <translation>Les commandes de signature de code durent un nombre entier d&apos;années (1 à 3) ou jusqu&apos;à une date de fin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DCV e-mail addresses are only used with the e-mail DCV method.</source>
        <translation>Les adresses e-mail DCV ne servent qu&apos;avec la méthode DCV par e-mail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a name on this order.</source>
        <translation>%1 ne fait pas partie des noms de cette commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one DCV e-mail address; give one.</source>
        <translation>%1 a plusieurs adresses e-mail DCV&#xa0;; indiquez-en une seule.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DCV e-mail for %1 goes to an address at %1 or at one of its parent domains (for example admin@%2); %3 is not.</source>
        <translation>L&apos;e-mail DCV pour %1 doit aller à une adresse de %1 ou de l&apos;un de ses domaines parents (par exemple admin@%2)&#xa0;; ce n&apos;est pas le cas de %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DV orders cannot have an order-level organization contact.</source>
        <translation>Les commandes DV ne peuvent pas avoir de contact d&apos;organisation propre à la commande.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the technical contact&apos;s telephone number; TLS orders need one.</source>
        <translation>Saisissez le numéro de téléphone du contact technique&#xa0;; les commandes TLS l&apos;exigent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only EV and code-signing orders name verified contacts.</source>
        <translation>Seules les commandes EV et de signature de code désignent des contacts vérifiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added to one order; you entered %2.</source>
        <translation>%1 nouveaux contacts vérifiés au maximum peuvent être ajoutés à une commande&#xa0;; vous en avez saisi %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom field is named by its positive ID.</source>
        <translation>Un champ personnalisé est désigné par son ID positif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom field&apos;s value has 1 to 1,024 characters.</source>
        <translation>La valeur d&apos;un champ personnalisé compte de 1 à 1 024 caractères.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay from the balance, by card or with the stored card.</source>
        <translation>Payez sur le solde, par carte ou avec la carte enregistrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VAT number has at most %1 letters, digits, spaces, dots or dashes; got &quot;%2&quot;.</source>
        <translation>Un numéro de TVA compte au plus %1 lettres, chiffres, espaces, points ou tirets&#xa0;; reçu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>NewOrganization</name>
    <message>
        <location filename="../app/core/NewOrganization.cpp" line="+24"/>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>%1 caractères au maximum&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and assumed name together may have at most 61 characters; these have %1.</source>
        <translation>Le nom et le nom commercial ensemble comptent au plus 61 caractères&#xa0;; ici, %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two letters: the ISO 3166 country code, for example US or DE.</source>
        <translation>Deux lettres&#xa0;: le code pays ISO 3166, par exemple US ou DE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a validation type; use OV, EV, CS or EV CS.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de validation&#xa0;; utilisez OV, EV, CS ou EV CS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 est choisi deux fois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EV and code-signing validations need a verified contact who approves them; add one first.</source>
        <translation>Les validations EV et de signature de code nécessitent un contact vérifié qui les approuve&#xa0;; ajoutez-en un d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+33"/>
        <source>Verified contact (approves EV and code signing)</source>
        <translation>Contact vérifié (approuve EV et signature de code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it even though an organization with this name exists</source>
        <translation>La créer même si une organisation de ce nom existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create organization</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As registered, up to 64 characters</source>
        <translation>Telle qu&apos;enregistrée, 64 caractères au maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: trading name (DBA)</source>
        <translation>Facultatif&#xa0;: nom commercial (DBA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+15"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, for example US or DE</source>
        <translation>Deux lettres, par exemple US ou DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Submit for validation now (optional)</source>
        <translation>Soumettre à validation maintenant (facultatif)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OV is enough for OV certificates. EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>OV suffit pour les certificats OV. EV, CS et EV CS nécessitent un contact vérifié qui les approuve.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Organization contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Technical contact (optional)</source>
        <translation>Contact technique (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for EV, CS or EV CS; more can be added later on the Verified contacts page.</source>
        <translation>Requis pour EV, CS ou EV CS&#xa0;; d&apos;autres peuvent être ajoutés plus tard sur la page Contacts vérifiés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Verified contact (required for EV and code signing)</source>
        <translation>Contact vérifié (requis pour EV et signature de code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contact (optional)</source>
        <translation>Contact vérifié (facultatif)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CertCentral did not create the organization: %1</source>
        <translation>CertCentral n&apos;a pas créé l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>Vérifiez les champs signalés&#xa0;: %Ln problème.</numerusform>
            <numerusform>Vérifiez les champs signalés&#xa0;: %Ln problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>NewVerifiedContact</name>
    <message>
        <location filename="../app/core/NewVerifiedContact.cpp" line="+17"/>
        <source>&quot;%1&quot; is not a validation type; use EV, CS or EV CS.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de validation&#xa0;; utilisez EV, CS ou EV CS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter at least one contact.</source>
        <translation>Saisissez au moins un contact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; you entered %2.</source>
        <translation>%1 nouveaux contacts vérifiés au maximum peuvent être ajoutés par demande&#xa0;; vous en avez saisi %2.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../app/core/Order.cpp" line="+25"/>
        <source>An order without a valid &quot;id&quot;</source>
        <translation>Une commande sans «&#xa0;id&#xa0;» valide</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../ui/orders/OrderActions.cpp" line="+24"/>
        <source>Reissue…</source>
        <translation>Réémettre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DCV now</source>
        <translation>Vérifier la DCV maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend DCV e-mails</source>
        <translation>Renvoyer les e-mails DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change DCV method…</source>
        <translation>Changer la méthode DCV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit names…</source>
        <translation>Modifier les noms…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a certificate from a file…</source>
        <translation>Révoquer un certificat à partir d&apos;un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate to revoke</source>
        <translation>Certificat à révoquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Select an order first.</source>
        <translation>Sélectionnez d&apos;abord une commande.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Impossible de lire la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 ne contient aucun certificat (PEM ou DER).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1: names saved; new names need DCV.</source>
        <translation>Commande %1&#xa0;: noms enregistrés&#xa0;; les nouveaux noms nécessitent une DCV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1 was canceled.</source>
        <translation>La commande %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: every name is proven and the certificate was issued.</source>
        <translation>Commande %1&#xa0;: tous les noms sont prouvés et le certificat a été émis.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>Commande %1&#xa0;: DCV vérifiée&#xa0;; %n nom prouvé jusqu&apos;ici.</numerusform>
            <numerusform>Commande %1&#xa0;: DCV vérifiée&#xa0;; %n noms prouvés jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1: DCV not confirmed yet: %2</source>
        <translation>Commande %1&#xa0;: DCV pas encore confirmée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: the DCV e-mails were sent again.</source>
        <translation>Commande %1&#xa0;: les e-mails DCV ont été renvoyés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: the DCV e-mails were not sent: %2</source>
        <translation>Commande %1&#xa0;: les e-mails DCV n&apos;ont pas été envoyés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../app/core/OrderCancellation.cpp" line="+14"/>
        <source>Choose the order to cancel (a positive number).</source>
        <translation>Choisissez la commande à annuler (un nombre positif).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is canceled: CertCentral requires a note.</source>
        <translation>Indiquez pourquoi la commande est annulée&#xa0;: CertCentral exige une note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note has at most %1 characters; this one has %2.</source>
        <translation>La note compte au plus %1 caractères&#xa0;; celle-ci en compte %2.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../ui/orders/OrderColumns.cpp" line="+84"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>OrderContactsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.ui" line="+8"/>
        <source>Verified contacts who approve this order</source>
        <translation>Contacts vérifiés qui approuvent cette commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New people (CertCentral validates them with the order):</source>
        <translation>Nouvelles personnes (CertCentral les valide avec la commande)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other contacts for this order only</source>
        <translation>Autres contacts, pour cette commande uniquement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.cpp" line="+21"/>
        <location line="+34"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asks only the verified contacts you choose here to approve the order. Choose none to leave it to the organization&apos;s verified contacts (or you, when it has none).</source>
        <translation>CertCentral demande l&apos;approbation de la commande uniquement aux contacts vérifiés choisis ici. N&apos;en choisissez aucun pour laisser ce soin aux contacts vérifiés de l&apos;organisation (ou à vous, si elle n&apos;en a pas).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Who approves the order for the organization, and who is told about it.</source>
        <translation>Qui approuve la commande pour l&apos;organisation, et qui en est informé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who CertCentral tells about this order. The organization&apos;s own contacts are used unless you name others.</source>
        <translation>Les personnes que CertCentral informe de cette commande. Les contacts de l&apos;organisation sont utilisés, sauf si vous en désignez d&apos;autres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the organization&apos;s verified contacts…</source>
        <translation>Chargement des contacts vérifiés de l&apos;organisation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization&apos;s verified contacts could not be loaded: %1</source>
        <translation>Impossible de charger les contacts vérifiés de l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organization has no verified contacts yet: add the people who approve.</source>
        <translation>L&apos;organisation n&apos;a pas encore de contacts vérifiés&#xa0;: ajoutez les personnes qui approuvent.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of at most %2 new</source>
        <translation>Nouveaux&#xa0;: %1 sur %2 au maximum</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New person %1, %2: %3</source>
        <translation>Nouvelle personne %1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <location filename="../app/core/OrderCsv.cpp" line="+23"/>
        <source>Name at least one column.</source>
        <translation>Indiquez au moins une colonne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not known; use any of: %2</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des colonnes suivantes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OrderDcvCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+37"/>
        <source>CertCentral sent no random value</source>
        <translation>CertCentral n&apos;a envoyé aucune valeur aléatoire</translation>
    </message>
</context>
<context>
    <name>OrderDcvPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.ui" line="+5"/>
        <source>DCV method</source>
        <translation>Méthode DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove control of</source>
        <translation>Prouver le contrôle de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>Le domaine de base (couvre ses sous-domaines)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each name exactly as requested</source>
        <translation>Chaque nom exactement tel que demandé</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.cpp" line="+16"/>
        <source>Domain control validation</source>
        <translation>Validation du contrôle de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral checks that the names are yours.</source>
        <translation>Comment CertCentral vérifie que les noms vous appartiennent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own.</source>
        <translation>Domaine de base&#xa0;: prouver example.com couvre aussi shop.example.com. Chaque nom&#xa0;: chaque nom est prouvé séparément.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave an address empty to let CertCentral write to every WHOIS address and to admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. Naming one sends the e-mail only there.</source>
        <translation>Laissez une adresse vide pour que CertCentral écrive à toutes les adresses WHOIS ainsi qu&apos;à admin@, administrator@, webmaster@, hostmaster@ et postmaster@ du domaine. Si vous en indiquez une, l&apos;e-mail est envoyé uniquement à celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Send the DCV e-mail to</source>
        <translation>Envoyer l&apos;e-mail DCV à</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every WHOIS and constructed address</source>
        <translation>toutes les adresses WHOIS et construites</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral écrit aux adresses WHOIS du domaine et aux adresses construites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Vous placez un fichier sous /.well-known/pki-validation/ sur le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You add a CNAME record; the result page shows which.</source>
        <translation>Vous ajoutez un enregistrement CNAME&#xa0;; la page de résultat indique lequel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You add a TXT record with a random value; the result page shows it.</source>
        <translation>Vous ajoutez un enregistrement TXT contenant une valeur aléatoire&#xa0;; la page de résultat l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <location filename="../ui/orders/OrderDetailsPane.cpp" line="+120"/>
        <source>Order</source>
        <extracomment>Field label: the certificate order&apos;s number.</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Valid till</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order validity</source>
        <translation>Validité de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative ID</source>
        <translation>ID alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hachage de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plateforme serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DCV</source>
        <translation>DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+82"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: an approval request on the order (new order, reissue, duplicate, revocation).</extracomment>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also notified</source>
        <translation>Également informés</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Names and DCV</source>
        <translation>Noms et DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <extracomment>Tab: the approval requests recorded on this order, not network requests.</extracomment>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain control validation of each name on the order</source>
        <translation>Validation du contrôle de domaine de chaque nom de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissued and duplicate certificates of the order</source>
        <translation>Certificats réémis et duplicatas de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests on the order and its notes</source>
        <translation>Demandes portant sur la commande, et ses notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Loading order %1…</source>
        <translation>Chargement de la commande %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No requests on this order.</source>
        <translation>Aucune demande sur cette commande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal of order %1.</source>
        <translation>Renouvellement de la commande %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message: %1</source>
        <translation>Message de renouvellement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes on this order.</source>
        <translation>Aucune note sur cette commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization&apos;s own contact</source>
        <translation>Le contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the validation status…</source>
        <translation>Chargement de l&apos;état de validation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The validation status could not be loaded.</source>
        <translation>Impossible de charger l&apos;état de validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation status of order %1 could not be loaded: %2</source>
        <translation>Impossible de charger l&apos;état de validation de la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control is proven for %1</source>
        <translation>Contrôle prouvé pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no names to validate.</source>
        <translation>Cette commande n&apos;a aucun nom à valider.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>Noms approuvés&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Noms approuvés&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1.</source>
        <extracomment>The DCV scope: which names domain control is proven for (the base domain or each name).</extracomment>
        <translation>Portée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each exact name</source>
        <translation>chaque nom exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domain</source>
        <translation>domaine de base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization %1 validation: %2 until %3.</source>
        <extracomment>%1: the validation (OV, EV) or organization, %2: its status, %3: a date.</extracomment>
        <translation>Validation %1 de l&apos;organisation&#xa0;: %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization %1 validation: %2.</source>
        <translation>Validation %1 de l&apos;organisation&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk check: %1.</source>
        <translation>Contrôle des risques&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading reissues and duplicates…</source>
        <translation>Chargement des réémissions et duplicatas…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate history could not be loaded.</source>
        <translation>Impossible de charger l&apos;historique des certificats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate history of order %1 could not be loaded: %2</source>
        <translation>Impossible de charger l&apos;historique des certificats de la commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reissue</source>
        <translation>Réémission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1</source>
        <translation>Révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has not been reissued or duplicated.</source>
        <translation>Cette commande n&apos;a été ni réémise ni dupliquée.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>%Ln réémission</numerusform>
            <numerusform>%Ln réémissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicata</numerusform>
            <numerusform>%Ln duplicatas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/orders/OrderFilterBar.cpp" line="+30"/>
        <source>Valid till</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All containers</source>
        <translation>Tous les conteneurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load only orders with this status</source>
        <translation>Charger uniquement les commandes ayant ce statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this product</source>
        <translation>Charger uniquement les commandes de ce produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this organization</source>
        <translation>Charger uniquement les commandes de cette organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders in this container</source>
        <translation>Charger uniquement les commandes de ce conteneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only certificates that end between these two days (both included); orders without an end date are left out</source>
        <translation>Charger uniquement les certificats qui expirent entre ces deux dates (incluses)&#xa0;; les commandes sans date de fin sont exclues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name on the server</source>
        <translation>Nom (recherche serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders whose common name or SANs contain this text, or the order with this number; press Enter to load</source>
        <translation>Charger uniquement les commandes dont le nom commun ou les SAN contiennent ce texte, ou la commande portant ce numéro&#xa0;; appuyez sur Entrée pour charger</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load:</source>
        <translation>Charger&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These filters are applied by CertCentral; the search box above filters what is loaded</source>
        <translation>Ces filtres sont appliqués par CertCentral&#xa0;; le champ de recherche ci-dessus filtre ce qui est chargé</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>produit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container %1</source>
        <translation>conteneur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid till %1 – %2</source>
        <translation>valide jusqu&apos;au %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name containing &quot;%1&quot;</source>
        <translation>nom contenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (absent de la liste)</translation>
    </message>
</context>
<context>
    <name>OrderInfoCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="-11"/>
        <source>Expected a JSON object for order %1</source>
        <translation>Objet JSON attendu pour la commande %1</translation>
    </message>
</context>
<context>
    <name>OrderKeyPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.ui" line="+5"/>
        <source>Make a new private key and CSR on this computer</source>
        <translation>Créer une clé privée et un CSR sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key as</source>
        <translation>Enregistrer la clé sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key without a passphrase</source>
        <translation>Enregistrer la clé sans phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make key and CSR</source>
        <translation>Créer la clé et le CSR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a CSR I already have</source>
        <translation>Utiliser un CSR existant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open CSR file…</source>
        <translation>Ouvrir un fichier CSR…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.cpp" line="+21"/>
        <source>Private key and CSR</source>
        <translation>Clé privée et CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key stays on this computer. CertCentral only sees the CSR.</source>
        <translation>La clé privée reste sur cet ordinateur. CertCentral ne voit que le CSR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the private key as</source>
        <translation>Enregistrer la clé privée sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a CSR</source>
        <translation>Ouvrir un CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR files (*.csr *.pem *.txt);;All files (*)</source>
        <translation>Fichiers CSR (*.csr *.pem *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone who can read the key file can use the key. Only do this for a server that cannot ask for a passphrase.</source>
        <translation>Toute personne pouvant lire le fichier de clé peut utiliser la clé. Ne faites cela que pour un serveur qui ne peut pas demander de phrase secrète.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Trop courte&#xa0;: au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>Robustesse&#xa0;: forte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair; longer is stronger.</source>
        <translation>Robustesse&#xa0;: moyenne&#xa0;; plus elle est longue, plus elle est robuste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak; use a longer phrase.</source>
        <translation>Robustesse&#xa0;: faible&#xa0;; utilisez une phrase plus longue.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order&apos;s current CSR is filled in; it must match the names of the reissue.</source>
        <translation>La CSR actuelle de la commande est préremplie&#xa0;; elle doit correspondre aux noms de la réémission.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose where to save the key.</source>
        <translation>Choisissez où enregistrer la clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; keys are never overwritten. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; les clés ne sont jamais écrasées. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a %1 key…</source>
        <translation>Création d&apos;une clé %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key saved to %1 (readable by you only). The CSR is ready.</source>
        <translation>Clé enregistrée dans %1 (lisible par vous seul). Le CSR est prêt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSR holds a %1 key and matches the names.</source>
        <translation>Le CSR contient une clé %1 et correspond aux noms.</translation>
    </message>
</context>
<context>
    <name>OrderNamesEditCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+181"/>
        <source>A pending order keeps at most the %1 names it has; this has %2. Remove names, or reissue after it is issued.</source>
        <translation>Une commande en attente conserve au plus les %1 noms qu&apos;elle a&#xa0;; celle-ci en a %2. Supprimez des noms, ou réémettez-la une fois émise.</translation>
    </message>
</context>
<context>
    <name>OrderNamesPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.ui" line="+5"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (SANs)</source>
        <translation>Autres noms (SAN)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One name per line: www.example.com, api.example.com …</source>
        <translation>Un nom par ligne&#xa0;: www.example.com, api.example.com …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="+79"/>
        <source>Add the free name</source>
        <translation>Ajouter le nom gratuit</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="-65"/>
        <source>Which names?</source>
        <translation>Quels noms&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The common name and any other names the certificate covers.</source>
        <translation>Le nom commun et les autres noms couverts par le certificat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names beyond the common name and its free www. or base-domain name may cost more.</source>
        <translation>Les noms autres que le nom commun et son nom www. ou de domaine de base gratuit peuvent coûter plus cher.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A wildcard product needs a common name that starts with *.</source>
        <translation>Un produit wildcard nécessite un nom commun commençant par *.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 (free)</source>
        <translation>Ajouter %1 (gratuit)</translation>
    </message>
</context>
<context>
    <name>OrderOptionsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.ui" line="+6"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically before the order ends</source>
        <translation>Renouveler automatiquement avant la fin de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue automatically when a certificate of the plan nears its end</source>
        <translation>Réémettre automatiquement quand un certificat du plan arrive à échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also tell</source>
        <translation>Informer aussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security@example.com, ops@example.com</source>
        <translation>security@example.com, ops@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message</source>
        <translation>Message de renouvellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Commentaires pour l&apos;approbateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account&apos;s order fields</source>
        <translation>Champs de commande de votre compte</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.cpp" line="+18"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the order is kept and who hears about it. All optional.</source>
        <translation>Où la commande est rangée et qui en est informé. Tout est facultatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s, or yours</source>
        <translation>Celui de l&apos;organisation, ou le vôtre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a multi-year plan, CertCentral reissues the certificate with the same names before it expires.</source>
        <translation>Dans un plan pluriannuel, CertCentral réémet le certificat avec les mêmes noms avant son expiration.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account&apos;s order fields could not be loaded: %1</source>
        <translation>Impossible de charger les champs de commande de votre compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>required: %1</source>
        <translation>obligatoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: %1</source>
        <translation>facultatif&#xa0;: %1</translation>
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
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.cpp" line="+15"/>
        <source>Which organization?</source>
        <translation>Quelle organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names an organization of your account, validated by CertCentral.</source>
        <translation>Le certificat désigne une organisation de votre compte, validée par CertCentral.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading organizations…</source>
        <translation>Chargement des organisations…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Impossible de charger les organisations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no active organizations yet; add one with New organization…</source>
        <translation>Le compte n&apos;a pas encore d&apos;organisation active&#xa0;; ajoutez-en une avec Nouvelle organisation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 validation: %2. The order can be issued as soon as the names are proven.</source>
        <translation>Validation %1&#xa0;: %2. La commande peut être émise dès que les noms sont prouvés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 validation: %2. It finishes with this order, which takes longer.</source>
        <translation>Validation %1&#xa0;: %2. Elle s&apos;achève avec cette commande, ce qui prend plus de temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validated for %1 yet: CertCentral validates it with this order, which takes longer.</source>
        <translation>Pas encore validée pour %1&#xa0;: CertCentral la valide avec cette commande, ce qui prend plus de temps.</translation>
    </message>
</context>
<context>
    <name>OrderPaymentPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.ui" line="+6"/>
        <source>From the account balance</source>
        <translation>Sur le solde du compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the card stored in CertCentral</source>
        <translation>Avec la carte enregistrée dans CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>Par carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card</source>
        <translation>Nom sur la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State, postal code</source>
        <translation>État, code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters)</source>
        <translation>Pays (deux lettres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT number (optional)</source>
        <translation>N° de TVA (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.cpp" line="+18"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral charges the order.</source>
        <translation>Comment CertCentral facture la commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertDesk sends the card to CertCentral with this order only; it never stores or logs the number or the security code.</source>
        <translation>CertDesk transmet la carte à CertCentral pour cette commande uniquement&#xa0;; il n&apos;enregistre ni ne journalise jamais le numéro ni le code de sécurité.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available: %1</source>
        <translation>Disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderProductPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.ui" line="+5"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.cpp" line="+16"/>
        <source>Which certificate?</source>
        <translation>Quel certificat&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products your account may order. The kind decides what CertCentral checks before it issues.</source>
        <translation>Les produits que votre compte peut commander. Le type détermine ce que CertCentral vérifie avant l&apos;émission.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the products of your account…</source>
        <translation>Chargement des produits de votre compte…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The products could not be loaded: %1</source>
        <translation>Impossible de charger les produits&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a product.</source>
        <translation>Choisissez un produit.</translation>
    </message>
</context>
<context>
    <name>OrderProvisioningPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.ui" line="+6"/>
        <source>Ship me a hardware token</source>
        <translation>M&apos;envoyer un jeton matériel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2 (optional)</source>
        <translation>Adresse, ligne 2 (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, postal code</source>
        <translation>Ville, État, code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters), shipping</source>
        <translation>Pays (deux lettres), livraison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it on my own token with DigiCert&apos;s client app</source>
        <translation>L&apos;installer sur mon propre jeton avec l&apos;application cliente DigiCert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have an HSM: use this CSR (RSA 3072 bits or more)</source>
        <translation>J&apos;ai un HSM&#xa0;: utiliser ce CSR (RSA 3072 bits ou plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in DigiCert KeyLocker</source>
        <translation>Conserver la clé dans DigiCert KeyLocker</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+1"/>
        <source>Where will the key live?</source>
        <translation>Où la clé sera-t-elle conservée&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code-signing keys are kept on hardware; choose how.</source>
        <translation>Les clés de signature de code sont conservées sur du matériel&#xa0;; choisissez comment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard shipping</source>
        <translation>Livraison standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expedited shipping</source>
        <translation>Livraison express</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DigiCert ships a token; you install the certificate on it with the initialization code it comes with.</source>
        <translation>DigiCert expédie un jeton&#xa0;; vous y installez le certificat avec le code d&apos;initialisation fourni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You install the certificate on your own supported token with DigiCert&apos;s client app.</source>
        <translation>Vous installez le certificat sur votre propre jeton compatible avec l&apos;application cliente DigiCert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is signed on your HSM; DigiCert e-mails you when the certificate is ready.</source>
        <translation>La demande est signée sur votre HSM&#xa0;; DigiCert vous envoie un e-mail lorsque le certificat est prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is made and kept in DigiCert KeyLocker.</source>
        <translation>La clé est créée et conservée dans DigiCert KeyLocker.</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <location filename="../app/core/OrderQuery.cpp" line="+26"/>
        <source>Status &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Statut «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un des statuts suivants&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort field &quot;%1&quot; is not known; use one of: %2 (prefix - for descending)</source>
        <translation>Champ de tri «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un des champs suivants&#xa0;: %2 (préfixe - pour un tri décroissant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size must be between 1 and %1</source>
        <translation>La taille de page doit être comprise entre 1 et %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be at most 255 characters</source>
        <translation>Le texte de recherche doit compter au plus 255 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be printable characters on one line, without control characters</source>
        <translation>Le texte recherché doit être fait de caractères imprimables sur une seule ligne, sans caractère de contrôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product &quot;%1&quot; is not a product name id (lower-case letters, digits and _, for example ssl_basic)</source>
        <translation>Le produit «&#xa0;%1&#xa0;» n&apos;est pas un identifiant de produit (lettres minuscules, chiffres et _, par exemple ssl_basic)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id must be a positive number</source>
        <translation>L&apos;ID d&apos;organisation doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container id must be a positive number</source>
        <translation>L&apos;ID de conteneur doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till: the first day (%1) is after the last day (%2)</source>
        <translation>Valide jusqu&apos;au&#xa0;: le premier jour (%1) est postérieur au dernier jour (%2)</translation>
    </message>
</context>
<context>
    <name>OrderResultPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.ui" line="+5"/>
        <source>Copy the random value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the order</source>
        <translation>Ouvrir la commande</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.cpp" line="+17"/>
        <source>Your order</source>
        <translation>Votre commande</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placing the order…</source>
        <translation>Passage de la commande…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost on the way; checking whether CertCentral took the order…</source>
        <translation>La réponse s&apos;est perdue en route&#xa0;; vérification de la prise en compte de la commande par CertCentral…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token initialization code: &lt;b&gt;%1&lt;/b&gt; (keep it for installing the certificate on the token)</source>
        <translation>Code d&apos;initialisation du jeton&#xa0;: &lt;b&gt;%1&lt;/b&gt; (conservez-le pour installer le certificat sur le jeton)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is placed.</source>
        <translation>La commande %1 est passée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Elle attend l&apos;approbation d&apos;un administrateur ou d&apos;un gestionnaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random value for DCV: &lt;b&gt;%1&lt;/b&gt; (looking up where it goes…)</source>
        <translation>Valeur aléatoire pour la DCV&#xa0;: &lt;b&gt;%1&lt;/b&gt; (recherche de l&apos;emplacement où la placer…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral e-mails the DCV approval request to the domains&apos; addresses.</source>
        <translation>CertCentral envoie la demande d&apos;approbation DCV par e-mail aux adresses des domaines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private key: %1</source>
        <translation>Votre clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative order ID: %1</source>
        <translation>ID de commande alternatif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order did not reach CertCentral; nothing was ordered.</source>
        <translation>La commande n&apos;est pas parvenue à CertCentral&#xa0;; rien n&apos;a été commandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not take the order.</source>
        <translation>CertCentral n&apos;a pas accepté la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked with alternative order ID %1. Send again to try once more.</source>
        <translation>Vérifié avec l&apos;ID de commande alternatif %1. Cliquez sur Renvoyer pour réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ordered. Change the order, or cancel.</source>
        <translation>Rien n&apos;a été commandé. Modifiez la commande, ou annulez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known yet whether the order was placed.</source>
        <translation>On ne sait pas encore si la commande a été passée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the answer nor the check came through. Do not order again: press Check again when the network is back. Alternative order ID: %1</source>
        <translation>Ni la réponse ni la vérification ne sont parvenues. Ne commandez pas à nouveau&#xa0;: cliquez sur Revérifier lorsque le réseau est rétabli. ID de commande alternatif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.ui" line="+5"/>
        <source>Show the request CertCentral receives</source>
        <translation>Afficher la demande reçue par CertCentral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip approval (administrators)</source>
        <translation>Ignorer l&apos;approbation (administrateurs)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.cpp" line="+18"/>
        <source>Check and place the order</source>
        <translation>Vérifier et passer la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is ordered until you press Place order.</source>
        <translation>Rien n&apos;est commandé tant que vous n&apos;avez pas cliqué sur Passer la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for your organization</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour votre organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pour %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order validity: %1</source>
        <translation>Validité de la commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a token shipped to %1, %2</source>
        <translation>sur un jeton expédié à %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on your token (client app)</source>
        <translation>sur votre jeton (application cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your HSM (CSR given)</source>
        <translation>sur votre HSM (CSR fourni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in KeyLocker</source>
        <translation>dans KeyLocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain control: %1, %2</source>
        <translation>Contrôle de domaine&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each name</source>
        <translation>chaque nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domains</source>
        <translation>domaines de base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>%n contact vérifié de l&apos;organisation</numerusform>
            <numerusform>%n contacts vérifiés de l&apos;organisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Approbation par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization&apos;s verified contacts</source>
        <translation>les contacts vérifiés de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contact de l&apos;organisation pour cette commande&#xa0;: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contact technique pour cette commande&#xa0;: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DCV e-mail for %1 goes only to %2</source>
        <translation>L&apos;e-mail DCV pour %1 est envoyé uniquement à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews and reissues automatically</source>
        <translation>Renouvellement et réémission automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Renouvellement automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissues automatically</source>
        <translation>Réémission automatique</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>%n champ personnalisé rempli</numerusform>
            <numerusform>%n champs personnalisés remplis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: card ending %1</source>
        <translation>Paiement&#xa0;: carte se terminant par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the stored card</source>
        <translation>Paiement&#xa0;: la carte enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the account balance</source>
        <translation>Paiement&#xa0;: le solde du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSR: your own</source>
        <translation>CSR&#xa0;: le vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key: %1</source>
        <translation>Clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placing the order charges its price to your account&apos;s balance.</source>
        <translation>Passer la commande débite son prix du solde de votre compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placing the order charges its price to the card.</source>
        <translation>Passer la commande débite son prix de la carte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available funds: %1</source>
        <translation>Fonds disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not placed: %1</source>
        <translation>Non passée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <location filename="../app/core/OrderRules.cpp" line="+22"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue pending</source>
        <translation>Réémission en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for pickup</source>
        <translation>En attente de retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs approval</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation pending</source>
        <translation>Révocation en attente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order %1 is %2: only issued orders can be reissued or duplicated.</source>
        <translation>La commande %1 est %2&#xa0;: seules les commandes émises peuvent être réémises ou dupliquées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code-signing certificates cannot be duplicated.</source>
        <translation>Les certificats de signature de code ne peuvent pas être dupliqués.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has a reissue waiting. A certificate with a pending reissue cannot be revoked: cancel the reissue or wait until it is issued.</source>
        <translation>La commande %1 a une réémission en attente. Un certificat dont la réémission est en attente ne peut pas être révoqué&#xa0;: annulez la réémission ou attendez qu&apos;elle soit émise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only issued certificates can be revoked.</source>
        <translation>La commande %1 est %2&#xa0;: seuls les certificats émis peuvent être révoqués.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pending orders and reissues can be canceled or have DCV checked.</source>
        <translation>Seules les commandes et réémissions en attente peuvent être annulées ou faire l&apos;objet d&apos;une vérification DCV.</translation>
    </message>
</context>
<context>
    <name>OrderValidation</name>
    <message>
        <location filename="../app/core/OrderValidation.cpp" line="+12"/>
        <source>The validation status is not a JSON object</source>
        <translation>L&apos;état de validation n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>OrderValidityPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.ui" line="+5"/>
        <source>Order validity</source>
        <translation>Validité de la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each certificate</source>
        <translation>Chaque certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shorter than the most (397 days):</source>
        <translation>Plus court que le maximum (397 jours)&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.cpp" line="+17"/>
        <source>How long?</source>
        <translation>Quelle durée&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order runs for its validity; each certificate lasts at most %1 days and is reissued within the order.</source>
        <translation>La commande court sur toute sa validité&#xa0;; chaque certificat dure au plus %1 jours et est réémis au sein de la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorter than the most (%1 days):</source>
        <translation>Plus court que le maximum (%1 jours)&#xa0;:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The order runs until %1. The first certificate is valid until %2; reissue it before then for the rest.</source>
        <translation>La commande court jusqu&apos;au %1. Le premier certificat est valide jusqu&apos;au %2&#xa0;; réémettez-le avant cette date pour la suite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order runs until %1. The first certificate is valid until %2.</source>
        <translation>La commande court jusqu&apos;au %1. Le premier certificat est valide jusqu&apos;au %2.</translation>
    </message>
</context>
<context>
    <name>OrderWizard</name>
    <message>
        <location filename="../ui/orders/wizard/OrderWizard.cpp" line="+25"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+189"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue</source>
        <translation>Réémission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>On</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Expires within %1 days</source>
        <translation>Expire sous %1 jours</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative ID</source>
        <translation>ID alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>Renouv. auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Jours rest.</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../ui/orders/OrdersScreen.cpp" line="+44"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns to show (also from the table header&apos;s menu)</source>
        <translation>Choisir les colonnes à afficher (également depuis le menu de l&apos;en-tête du tableau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reissue, duplicate, revoke or cancel the selected order</source>
        <translation>Réémettre, dupliquer, révoquer ou annuler la commande sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the orders shown, with the visible columns, as a CSV file</source>
        <translation>Enregistrer les commandes affichées, avec les colonnes visibles, dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter loaded orders: number, name or SAN</source>
        <translation>Filtrer les commandes chargées&#xa0;: numéro, nom ou SAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the loaded orders as you type</source>
        <translation>Filtre les commandes chargées pendant la saisie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <extracomment>Page title: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export orders</source>
        <translation>Exporter les commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 orders to %2.</source>
        <translation>%1 commandes enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+121"/>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour voir ses détails.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>Chargement annulé&#xa0;; %Ln commande affichée.</numerusform>
            <numerusform>Chargement annulé&#xa0;; %Ln commandes affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>Impossible de charger %Ln commande&#xa0;; les autres sont affichées. </numerusform>
            <numerusform>Impossible de charger %Ln commandes&#xa0;; les autres sont affichées. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The details of order %1 could not be loaded: %2</source>
        <translation>Impossible de charger les détails de la commande %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln order(s) match</source>
        <translation>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln commande</numerusform>
            <numerusform>Correspondances&#xa0;: %1 sur %Ln commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing: %1</source>
        <translation>Affichage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../app/core/Organization.cpp" line="+48"/>
        <source>An organization without an id or a name</source>
        <translation>Une organisation sans ID ni nom</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object for the organization</source>
        <translation>Objet JSON attendu pour l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>OrganizationContact</name>
    <message>
        <location filename="../app/core/OrganizationContact.cpp" line="+52"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>%1 caractères au maximum&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail comme name@example.com.</translation>
    </message>
</context>
<context>
    <name>OrganizationContactsDialog</name>
    <message>
        <location filename="../ui/organizations/OrganizationContactsDialog.cpp" line="+32"/>
        <source>Contacts of %1</source>
        <translation>Contacts de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organization contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave every field empty to remove the technical contact.</source>
        <translation>Laissez tous les champs vides pour supprimer le contact technique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the name or e-mail makes it a new contact; fields left empty are cleared at CertCentral.</source>
        <translation>Modifier le nom ou l&apos;e-mail crée un nouveau contact&#xa0;; les champs laissés vides sont effacés dans CertCentral.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save contacts</source>
        <translation>Enregistrer les contacts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the current contacts…</source>
        <translation>Chargement des contacts actuels…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current contacts could not be loaded: %1</source>
        <translation>Impossible de charger les contacts actuels&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Check the marked fields.</source>
        <translation>Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CertCentral did not change the contacts: %1</source>
        <translation>CertCentral n&apos;a pas modifié les contacts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../models/OrganizationsModel.cpp" line="+93"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired %1</source>
        <translation>Expirée le %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Contact organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../ui/organizations/OrganizationsScreen.cpp" line="+42"/>
        <location line="+346"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Soumettre à validation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search name, address or contact</source>
        <translation>Rechercher un nom, une adresse ou un contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Select an organization to see its contacts and validations.</source>
        <translation>Sélectionnez une organisation pour voir ses contacts et ses validations.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 of %2 organizations shown</source>
        <translation>%1 organisations affichées sur %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add an organization, optionally submitting it for validation at once</source>
        <translation>Ajouter une organisation et, éventuellement, la soumettre aussitôt à validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask CertCentral to validate the selected organization</source>
        <translation>Demander à CertCentral de valider l&apos;organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the organization contact and the technical contact</source>
        <translation>Modifier le contact de l&apos;organisation et le contact technique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected organization</source>
        <translation>Supprimer l&apos;organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 organizations loaded</source>
        <translation>%1 organisations chargées sur %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Impossible de charger les organisations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 organizations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 was created (organization %2).</source>
        <translation>%1 a été créée (organisation %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was submitted for %2 validation; the list shows it as pending.</source>
        <translation>%1 a été soumise à la validation %2&#xa0;; la liste l&apos;indique comme en attente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contacts of %1 were changed.</source>
        <translation>Les contacts de %1 ont été modifiés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CertCentral says: %1</source>
        <translation>Réponse de CertCentral&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be deleted: this organization has pending orders or reissues. Cancel or finish them first, then delete it again.</source>
        <translation>Impossible de supprimer %1&#xa0;: cette organisation a des commandes ou des réémissions en attente. Annulez-les ou terminez-les d&apos;abord, puis relancez la suppression.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: it is the account&apos;s first organization, which CertCentral keeps.</source>
        <translation>Impossible de supprimer %1&#xa0;: c&apos;est la première organisation du compte, que CertCentral conserve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not deleted: only administrators may delete organizations.</source>
        <translation>%1 n&apos;a pas été supprimée&#xa0;: seuls les administrateurs peuvent supprimer des organisations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists at CertCentral; refresh the list.</source>
        <translation>%1 n&apos;existe plus dans CertCentral&#xa0;; actualisez la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Its domains are deleted with it. Certificates already issued stay valid but can no longer be reissued or duplicated.</source>
        <translation>Supprimer %1 du compte&#xa0;?

Ses domaines sont supprimés avec elle. Les certificats déjà émis restent valides, mais ne peuvent plus être réémis ni dupliqués.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assumed name: %1</source>
        <translation>Nom commercial&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Conteneur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validations</source>
        <translation>Validations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted for validation.</source>
        <translation>Non soumise à validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: none</source>
        <translation>%1&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization contact</source>
        <translation>Contact de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>Contacts vérifiés&#xa0;: %Ln</numerusform>
            <numerusform>Contacts vérifiés&#xa0;: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../app/core/PaymentCard.cpp" line="+47"/>
        <source>Enter the card number.</source>
        <translation>Saisissez le numéro de carte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid card number: 13 to 19 digits whose check digit matches. Check for a typing error.</source>
        <translation>Ce numéro de carte n&apos;est pas valide&#xa0;: il doit compter 13 à 19 chiffres avec un chiffre de contrôle correct. Vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the expiry month (1 to 12).</source>
        <translation>Choisissez le mois d&apos;expiration (1 à 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry year with four digits.</source>
        <translation>Saisissez l&apos;année d&apos;expiration sur quatre chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card expired in %1/%2.</source>
        <translation>La carte a expiré en %1/%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code (CVV) has 3 or 4 digits.</source>
        <translation>Le code de sécurité (CVV) compte 3 ou 4 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name on the card.</source>
        <translation>Saisissez le nom figurant sur la carte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing address.</source>
        <translation>Saisissez l&apos;adresse de facturation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing city.</source>
        <translation>Saisissez la ville de facturation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>%1 caractères au maximum&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The country is its two-letter code, for example US or DE.</source>
        <translation>Le pays est indiqué par son code à deux lettres, par exemple US ou DE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the state or province.</source>
        <translation>Saisissez l&apos;État ou la province.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the postal code.</source>
        <translation>Saisissez le code postal.</translation>
    </message>
</context>
<context>
    <name>PaymentProfile</name>
    <message>
        <location filename="../app/core/PaymentProfile.cpp" line="+18"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ending %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expires %2/%3</source>
        <translation>%1, expire en %2/%3</translation>
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
        <translation>Pas encore chargé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards are added and changed in the CertCentral console; CertDesk shows them only and never sees a full card number.</source>
        <translation>Les cartes sont ajoutées et modifiées dans la console CertCentral&#xa0;; CertDesk se contente de les afficher et ne voit jamais de numéro de carte complet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts to %1</source>
        <translation>Reçus envoyés à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card is stored for this account.</source>
        <translation>Aucune carte n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment profile could not be loaded: %1</source>
        <translation>Impossible de charger le profil de paiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../app/security/PbeLimits.cpp" line="+30"/>
        <source>The file&apos;s password protection has an unreadable iteration count.</source>
        <translation>La protection par mot de passe du fichier a un nombre d’itérations illisible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file asks for %1 rounds to derive its key from the passphrase; CertDesk allows at most %2 (a file made to keep the computer busy is not opened).</source>
        <translation>Le fichier demande %1 tours pour dériver sa clé de la phrase secrète ; CertDesk en autorise au plus %2 (un fichier fait pour occuper l’ordinateur n’est pas ouvert).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; CertDesk allows N x r x p up to %4 (a file made to keep the computer busy is not opened).</source>
        <translation>Le fichier demande à scrypt N = %1, r = %2, p = %3 pour dériver sa clé ; CertDesk autorise N x r x p jusqu’à %4 (un fichier fait pour occuper l’ordinateur n’est pas ouvert).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <location filename="../app/security/Pkcs12Bundle.cpp" line="+109"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation>«&#xa0;%1&#xa0;» (numéro de série %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1: the key does not belong to this certificate (its public key is another one). Choose the key that was made for this certificate&apos;s request.</source>
        <translation>Certificat %1&#xa0;: la clé n&apos;appartient pas à ce certificat (sa clé publique est différente). Choisissez la clé créée pour la demande de ce certificat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----.</source>
        <translation>Ce n&apos;est pas un certificat PEM&#xa0;: il doit commencer par -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PKCS#12 passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète PKCS#12 doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no private key to put into the PKCS#12 file.</source>
        <translation>Aucune clé privée à placer dans le fichier PKCS#12.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Impossible de lire le certificat&#xa0;: il doit s&apos;agir de texte PEM commençant par -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate of the chain could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Impossible de lire un certificat de la chaîne&#xa0;: il doit s&apos;agir de texte PEM commençant par -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The PKCS#12 file could not be made: %1</source>
        <translation>Impossible de créer le fichier PKCS#12&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>Ce n&apos;est pas un fichier PKCS#12 (.p12 ou .pfx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PKCS#12 file asks for more than %1 rounds of its integrity check; CertDesk does not open it (a file made to keep the computer busy).</source>
        <translation>Ce fichier PKCS#12 demande plus de %1 tours pour son contrôle d&apos;intégrité&#xa0;; CertDesk ne l&apos;ouvre pas (un fichier conçu pour occuper l&apos;ordinateur).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase does not open this PKCS#12 file (or the file is damaged).</source>
        <translation>La phrase secrète n&apos;ouvre pas ce fichier PKCS#12 (ou le fichier est endommagé).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>Impossible de lire le fichier PKCS#12&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>Le fichier PKCS#12 ne contient aucune clé privée avec son certificat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a PKCS#12 file.</source>
        <translation>%1 est trop volumineux pour être un fichier PKCS#12.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message>
        <location filename="../ui/orders/Pkcs12ExportDialog.cpp" line="+31"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as PKCS#12</source>
        <translation>Enregistrer %1 au format PKCS#12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only if the key file is encrypted</source>
        <translation>seulement si le fichier de clé est chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertDesk looks for the private key of this certificate in the folder below, checks that they belong together and writes key, certificate and chain into one file under a new passphrase.</source>
        <translation>CertDesk cherche la clé privée de ce certificat dans le dossier ci-dessous, vérifie qu&apos;ils vont ensemble et écrit la clé, le certificat et la chaîne dans un seul fichier, protégé par une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key folder</source>
        <translation>Dossier des clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the private key</source>
        <translation>Dossier contenant la clé privée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PKCS#12 file as</source>
        <translation>Enregistrer le fichier PKCS#12 sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading the certificate and its chain…</source>
        <translation>Téléchargement du certificat et de sa chaîne…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nouvelle phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; CertDesk never overwrites it. Choose another name.</source>
        <translation>%1 existe déjà&#xa0;; CertDesk ne l&apos;écrase jamais. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be downloaded: %1</source>
        <translation>Impossible de télécharger le certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral sent no certificate.</source>
        <translation>CertCentral n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the private key and writing the file…</source>
        <translation>Recherche de la clé privée et écriture du fichier…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n key(s) there belong to other certificates.</source>
        <translation>
            <numerusform>%n clé de ce dossier appartient à un autre certificat.</numerusform>
            <numerusform>%n clés de ce dossier appartiennent à d&apos;autres certificats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No private key in %1 belongs to this certificate.%2</source>
        <translation>Aucune clé privée de %1 n&apos;appartient à ce certificat.%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1 with the key from %2.</source>
        <translation>%1 enregistré avec la clé de %2.</translation>
    </message>
</context>
<context>
    <name>PlacedOrder</name>
    <message>
        <location filename="../app/core/PlacedOrder.cpp" line="+20"/>
        <source>The reply has no order id</source>
        <translation>La réponse ne contient pas d&apos;ID de commande</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../app/core/PlainText.cpp" line="+23"/>
        <source>Character %1 is a control character (U+%2); only printable characters, line breaks and tabs are allowed.</source>
        <translation>Le caractère %1 est un caractère de contrôle (U+%2)&#xa0;; seuls les caractères imprimables, les sauts de ligne et les tabulations sont acceptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 is a control character or line break (U+%2); only printable characters on one line are allowed.</source>
        <translation>Le caractère %1 est un caractère de contrôle ou un saut de ligne (U+%2)&#xa0;; seuls les caractères imprimables sur une seule ligne sont acceptés.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../app/security/PrivateKey.cpp" line="+45"/>
        <source>The %1 key could not be made: %2</source>
        <translation>Impossible de créer la clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The private key could not be read (wrong passphrase, or not a PEM private key): %1</source>
        <translation>Impossible de lire la clé privée (phrase secrète incorrecte, ou pas une clé privée PEM)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFinder</name>
    <message>
        <location filename="../app/security/PrivateKeyFinder.cpp" line="+20"/>
        <source>The certificate could not be read, so no key can be matched to it.</source>
        <translation>Impossible de lire le certificat&#xa0;: aucune clé ne peut donc lui être associée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large to be a private key</source>
        <translation>trop volumineux pour être une clé privée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a PEM private key</source>
        <translation>pas une clé privée PEM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted; a passphrase is needed to open it</source>
        <translation>chiffrée&#xa0;; une phrase secrète est nécessaire pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted; the passphrase does not open it</source>
        <translation>chiffrée&#xa0;; la phrase secrète ne l&apos;ouvre pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a private key OpenSSL can read</source>
        <translation>pas une clé privée lisible par OpenSSL</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/ProcessHardening.cpp" line="+15"/>
        <source>The process could not be made non-dumpable: %1</source>
        <translation>Le processus n&apos;a pas pu être protégé contre les vidages mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core file size limit could not be set to zero: %1</source>
        <translation>La taille maximale des fichiers core n&apos;a pas pu être fixée à zéro&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core dumps are left to the system on this platform.</source>
        <translation>Sur cette plateforme, les vidages mémoire relèvent du système.</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../app/core/Product.cpp" line="+39"/>
        <source>Domain validated (DV)</source>
        <translation>Validation du domaine (DV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wildcard</source>
        <translation>Wildcard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization validated (OV)</source>
        <translation>Validation de l&apos;organisation (OV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended validation (EV)</source>
        <translation>Validation étendue (EV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>Signature de code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV code signing</source>
        <translation>Signature de code EV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ordered in CertDesk</source>
        <translation>Non commandés dans CertDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proves control of the names only; issued within minutes of DCV.</source>
        <translation>Prouve uniquement le contrôle des noms&#xa0;; émis quelques minutes après la DCV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for every name one level under a domain (*.example.com).</source>
        <translation>Un seul certificat pour tous les noms situés un niveau sous un domaine (*.example.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also names your validated organization in the certificate.</source>
        <translation>Indique aussi votre organisation validée dans le certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strictest organization check, with a verified contact&apos;s approval.</source>
        <translation>Le contrôle d&apos;organisation le plus strict, avec l&apos;approbation d&apos;un contact vérifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs software in your organization&apos;s name.</source>
        <translation>Signe des logiciels au nom de votre organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing with extended validation, on a hardware token.</source>
        <translation>Signature de code avec validation étendue, sur un jeton matériel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document signing, Secure Email and private certificates are ordered in the CertCentral console.</source>
        <translation>Les certificats de signature de documents, Secure Email et privés se commandent dans la console CertCentral.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expected a JSON object for the product</source>
        <translation>Objet JSON attendu pour le produit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The product has no name_id</source>
        <translation>Le produit n&apos;a pas de name_id</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="+29"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a profile name.</source>
        <translation>Saisissez un nom de profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name may have at most 64 characters (this one has %1).</source>
        <translation>Un nom de profil compte au plus 64 caractères (celui-ci en compte %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name must be printable characters on one line, without line breaks or control characters.</source>
        <translation>Un nom de profil doit être fait de caractères imprimables sur une seule ligne, sans saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the full API address, for example https://www.digicert.com/services/v2/.</source>
        <translation>Saisissez l&apos;adresse complète de l&apos;API, par exemple https://www.digicert.com/services/v2/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https:// for %1: an API key must not travel unencrypted. Plain http:// is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Utilisez https:// pour %1&#xa0;: une clé API ne doit pas circuler en clair. Le simple http:// n&apos;est autorisé que pour cet ordinateur (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;adresse doit commencer par https:// (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the API key from CertCentral (Automation &gt; API Keys).</source>
        <translation>Collez la clé API provenant de CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has no spaces or line breaks inside; check that only the key was copied.</source>
        <translation>Une clé API ne contient ni espaces ni sauts de ligne&#xa0;; vérifiez que seule la clé a été copiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has only letters, digits and punctuation; this one has other characters.</source>
        <translation>Une clé API ne contient que des lettres, des chiffres et de la ponctuation&#xa0;; celle-ci contient d&apos;autres caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API key has at most 256 characters (this one has %1).</source>
        <translation>Une clé API compte au plus 256 caractères (celle-ci en compte %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/security/ProfileStore.cpp" line="+67"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That profile no longer exists.</source>
        <translation>Ce profil n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ReissueNamesPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.ui" line="+6"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash</source>
        <translation>Hachage de signature</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.cpp" line="+13"/>
        <source>Names on the reissued certificate</source>
        <translation>Noms du certificat réémis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from order %1. Add, remove or change names; one per line.</source>
        <translation>Prérempli à partir de la commande %1. Ajoutez, supprimez ou modifiez des noms&#xa0;; un par ligne.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leaving the certificate: %1. CertCentral may revoke the order&apos;s earlier certificates within 72 hours of the reissue, so replace them everywhere first.</source>
        <translation>Retirés du certificat&#xa0;: %1. CertCentral peut révoquer les certificats antérieurs de la commande dans les 72 heures suivant la réémission&#xa0;; remplacez-les donc d&apos;abord partout.</translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.ui" line="+6"/>
        <source>Prove control of</source>
        <translation>Prouver le contrôle de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>Le domaine de base (couvre ses sous-domaines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name exactly as requested</source>
        <translation>Chaque nom exactement tel que demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Méthode DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Commentaires pour l&apos;approbateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Ignorer l&apos;approbation (administrateurs)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.cpp" line="+13"/>
        <source>Domain validation and approval</source>
        <translation>Validation de domaine et approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Réémettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s default</source>
        <translation>Valeur par défaut du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the order has it (%1)</source>
        <translation>Comme dans la commande (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each name</source>
        <translation>chaque nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base domain</source>
        <translation>domaine de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own, for example when only a subdomain is yours.</source>
        <translation>Domaine de base&#xa0;: prouver example.com couvre aussi shop.example.com. Chaque nom&#xa0;: chaque nom est prouvé séparément, par exemple quand seul un sous-domaine vous appartient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the order&apos;s</source>
        <translation>Celle de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the order&apos;s (%1)</source>
        <translation>Celle de la commande (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n nom est retiré du certificat&#xa0;: %1.&lt;/b&gt; Les certificats antérieurs de cette commande peuvent être révoqués sous 72 heures.</numerusform>
            <numerusform>&lt;b&gt;%n noms sont retirés du certificat&#xa0;: %1.&lt;/b&gt; Les certificats antérieurs de cette commande peuvent être révoqués sous 72 heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueProvisioningPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueProvisioningPage.cpp" line="+20"/>
        <source>Where will the new key live?</source>
        <translation>Où la nouvelle clé sera-t-elle conservée&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code-signing certificate names the organization, not domains; the new key is made where it will be kept.</source>
        <translation>Un certificat de signature de code désigne l&apos;organisation, pas des domaines&#xa0;; la nouvelle clé est générée là où elle sera conservée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the order has it now</source>
        <translation>Comme actuellement dans la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiCert ships a new hardware token</source>
        <translation>DigiCert expédie un nouveau jeton matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token I already have (the key is made on it)</source>
        <translation>Un jeton que je possède déjà (la clé y est générée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own HSM (I paste the CSR made there)</source>
        <translation>Mon propre HSM (je colle le CSR qui y a été généré)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSR from your HSM:</source>
        <translation>CSR de votre HSM&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-----BEGIN CERTIFICATE REQUEST-----</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As the order has it now (%1)</source>
        <translation>Comme actuellement dans la commande (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CSR: %1</source>
        <translation>CSR&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReissueRequest</name>
    <message>
        <location filename="../app/core/ReissueRequest.cpp" line="+50"/>
        <source>Choose the issued order to reissue.</source>
        <translation>Choisissez la commande émise à réémettre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Un produit wildcard nécessite un nom commun commençant par *., par exemple *.example.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A certificate holds at most %1 names; this one has %2.</source>
        <translation>Un certificat contient au plus %1 noms&#xa0;; celui-ci en contient %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reissue needs a certificate signing request (CSR) for the new key.</source>
        <translation>Une réémission nécessite une demande de signature de certificat (CSR) pour la nouvelle clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Le hachage de signature «&#xa0;%1&#xa0;» n&apos;est pas proposé&#xa0;; utilisez sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server platform is a platform id, or -1 for other; got %1.</source>
        <translation>La plateforme serveur est un ID de plateforme, ou -1 pour une autre&#xa0;; valeur reçue&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV scope &quot;%1&quot; is not known; use base_domain or fqdn, or leave it empty for the account&apos;s default.</source>
        <translation>Portée DCV «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez base_domain ou fqdn, ou laissez vide pour la valeur par défaut du compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Méthode DCV «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des méthodes suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>La DCV par fichier HTTP ne peut pas prouver un nom wildcard (%1)&#xa0;; utilisez l&apos;e-mail ou le DNS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Les commentaires comptent au plus %1 caractères&#xa0;; ceux-ci en comptent %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisioning &quot;%1&quot; is not known; use ship_token, client_app or email, or leave it empty to keep the order&apos;s.</source>
        <translation>Provisionnement «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez ship_token, client_app ou email, ou laissez vide pour conserver celui de la commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email provisioning (an HSM) needs a certificate signing request (CSR) for the new key.</source>
        <translation>Le provisionnement par e-mail (un HSM) nécessite une demande de signature de certificat (CSR) pour la nouvelle clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSR goes only with email provisioning; with a token the key is made on the token.</source>
        <translation>Un CSR ne s&apos;utilise qu&apos;avec le provisionnement par e-mail&#xa0;; avec un jeton, la clé est générée sur le jeton.</translation>
    </message>
</context>
<context>
    <name>ReissueWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueWizard.cpp" line="+13"/>
        <source>Reissue order %1</source>
        <translation>Réémettre la commande %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New key and CSR</source>
        <translation>Nouvelle clé et CSR</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>&lt;b&gt;Reissue requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Réémission demandée.&lt;/b&gt; La demande %1 attend l&apos;approbation dans la page «&#xa0;Demandes&#xa0;».</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Réémission soumise&lt;/b&gt; pour la commande %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiCert ships a new token; the order&apos;s details show its progress.</source>
        <translation>DigiCert expédie un nouveau jeton&#xa0;; les détails de la commande indiquent sa progression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the new certificate on the token or HSM with DigiCert&apos;s tools once it is issued.</source>
        <translation>Une fois le nouveau certificat émis, installez-le sur le jeton ou le HSM avec les outils DigiCert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Reissue rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Réémission rejetée.&lt;/b&gt; La demande %1 a été rejetée&#xa0;; consultez la page «&#xa0;Demandes&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Réémission soumise&lt;/b&gt; en tant que demande %1. CertCentral n&apos;a pas indiqué si elle attend une approbation&#xa0;; la page «&#xa0;Demandes&#xa0;» l&apos;indique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Réémission soumise&lt;/b&gt; pour la commande %1. CertCentral n&apos;a pas indiqué si elle attend une approbation&#xa0;; les détails de la commande l&apos;indiquent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1: new certificate %2.</source>
        <translation>&lt;b&gt;Réémission acceptée&lt;/b&gt; pour la commande %1&#xa0;: nouveau certificat %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Réémission acceptée&lt;/b&gt; pour la commande %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove control of the names with this random value (DNS TXT record or file, as the order&apos;s DCV method says): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Prouvez le contrôle des noms avec cette valeur aléatoire (enregistrement DNS TXT ou fichier, selon la méthode DCV de la commande)&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that still need DCV are listed on the order&apos;s Names and DCV tab.</source>
        <translation>Les noms qui nécessitent encore une DCV sont listés dans l&apos;onglet «&#xa0;Noms et DCV&#xa0;» de la commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your new private key: %1</source>
        <translation>Votre nouvelle clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier certificates with %1 may be revoked within 72 hours.</source>
        <translation>Les certificats antérieurs contenant %1 peuvent être révoqués sous 72 heures.</translation>
    </message>
</context>
<context>
    <name>RequestDecision</name>
    <message>
        <location filename="../app/core/RequestDecision.cpp" line="+24"/>
        <source>Choose the request to decide (a positive number).</source>
        <translation>Choisissez la demande à traiter (un nombre positif).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the request is rejected: the requester sees the comment.</source>
        <translation>Indiquez pourquoi la demande est rejetée&#xa0;: le demandeur voit le commentaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment has at most %1 characters; this one has %2.</source>
        <translation>Le commentaire compte au plus %1 caractères&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 was already approved by someone else</source>
        <translation>La demande %1 a déjà été approuvée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2</source>
        <translation>La demande %1 a déjà été approuvée par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2 on %3</source>
        <translation>La demande %1 a déjà été approuvée par %2 le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already rejected by someone else</source>
        <translation>La demande %1 a déjà été rejetée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2</source>
        <translation>La demande %1 a déjà été rejetée par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2 on %3</source>
        <translation>La demande %1 a déjà été rejetée par %2 le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already decided by someone else</source>
        <translation>La demande %1 a déjà été traitée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2</source>
        <translation>La demande %1 a déjà été traitée par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2 on %3</source>
        <translation>La demande %1 a déjà été traitée par %2 le %3</translation>
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
        <translation>%1 («&#xa0;%2&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <location filename="../ui/requests/RequestDecisionDialog.cpp" line="+31"/>
        <source>Approve requests</source>
        <translation>Approuver des demandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject requests</source>
        <translation>Rejeter des demandes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>Approuver %n demande&#xa0;? Une demande approuvée est transmise aussitôt à CertCentral et ne peut plus être retirée ici.</numerusform>
            <numerusform>Approuver %n demandes&#xa0;? Une demande approuvée est transmise aussitôt à CertCentral et ne peut plus être retirée ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>Rejeter %n demande&#xa0;? Le demandeur voit votre commentaire&#xa0;; une demande rejetée ne peut pas être rouverte.</numerusform>
            <numerusform>Rejeter %n demandes&#xa0;? Le demandeur voit votre commentaire&#xa0;; une demande rejetée ne peut pas être rouverte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: the approval request&apos;s number; &quot;What&quot;: what it asks for.</extracomment>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment for the requester (optional):</source>
        <translation>&amp;Commentaire pour le demandeur (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the requester (required):</source>
        <translation>&amp;Motif pour le demandeur (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: approved for the Q3 web rollout</source>
        <translation>Par exemple&#xa0;: approuvée pour le déploiement web du T3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: use the wildcard order 1234 instead</source>
        <translation>Par exemple&#xa0;: utilisez plutôt la commande wildcard 1234</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Approuver %n demande</numerusform>
            <numerusform>Approuver %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>Rejeter %n demande</numerusform>
            <numerusform>Rejeter %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sending %1 of %2…</source>
        <translation>Envoi de %1 sur %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known whether it was sent: %1. Refresh the list before trying again.</source>
        <translation>On ne sait pas si elle a été envoyée&#xa0;: %1. Actualisez la liste avant de réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
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
            <numerusform>%n demande approuvée.</numerusform>
            <numerusform>%n demandes approuvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n demande rejetée.</numerusform>
            <numerusform>%n demandes rejetées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>%n avait déjà été traitée par quelqu&apos;un d&apos;autre&#xa0;; la liste est actualisée.</numerusform>
            <numerusform>%n avaient déjà été traitées par quelqu&apos;un d&apos;autre&#xa0;; la liste est actualisée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être envoyée&#xa0;; consultez la colonne «&#xa0;Résultat&#xa0;».</numerusform>
            <numerusform>%n n&apos;ont pas pu être envoyées&#xa0;; consultez la colonne «&#xa0;Résultat&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailsPane.cpp" line="+57"/>
        <source>Request</source>
        <extracomment>The tab with the approval request itself (who asked, when and why).</extracomment>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s comment</source>
        <translation>Commentaire du demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver&apos;s comment</source>
        <translation>Commentaire de l&apos;approbateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation reason</source>
        <translation>Motif de révocation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Order</source>
        <extracomment>A certificate order in CertCentral, not a sort order.
----------
Field label: the number of the certificate order the request belongs to.</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization validation</source>
        <translation>Validation de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the CSR</source>
        <translation>Noms du CSR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Sélectionnez une demande pour voir son contenu.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request could not be loaded: %1</source>
        <translation>Impossible de charger la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order could not be loaded: %1</source>
        <translation>Impossible de charger la commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1: %2</source>
        <translation>Demande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2 for %3</source>
        <translation>Demande %1&#xa0;: %2 pour %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
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
        <translation>Non fourni par CertCentral</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A revocation carries no CSR.</source>
        <translation>Une révocation ne comporte pas de CSR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not return the CSR.</source>
        <translation>CertCentral n&apos;a pas renvoyé le CSR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSR could not be read: %1</source>
        <translation>Impossible de lire le CSR&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: CertCentral will refuse this CSR</source>
        <translation>Non valide&#xa0;: CertCentral refusera ce CSR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 until %2</source>
        <translation>%1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not validated yet</source>
        <translation>Pas encore validée</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../models/RequestsModel.cpp" line="+68"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/requests/RequestsScreen.cpp" line="+32"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests</source>
        <extracomment>The approvals queue: requests for certificates waiting for an approver.</extracomment>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>You can follow your own requests here. %1</source>
        <translation>Vous pouvez suivre ici vos propres demandes. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select one or more pending requests</source>
        <translation>Sélectionnez une ou plusieurs demandes en attente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>Seules les demandes en attente peuvent être traitées&#xa0;; %n demande sélectionnée l&apos;a déjà été.</numerusform>
            <numerusform>Seules les demandes en attente peuvent être traitées&#xa0;; %n demandes sélectionnées l&apos;ont déjà été.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected requests</source>
        <translation>Approuver les demandes sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected requests with a reason</source>
        <translation>Rejeter les demandes sélectionnées avec un motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Sélectionnez une demande pour voir son contenu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n demande sélectionnée.</numerusform>
            <numerusform>%n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading requests…</source>
        <translation>Chargement des demandes…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The requests could not be loaded: %1</source>
        <translation>Impossible de charger les demandes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be loaded.</source>
        <translation>Impossible de charger la liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No requests yet.</source>
        <translation>Aucune demande pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match the filters.</source>
        <translation>Aucune demande ne correspond aux filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request(s), %2 waiting for a decision</source>
        <translation>%1 demande(s), dont %2 en attente de décision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only part of the list was loaded; refresh to try again.</source>
        <translation>Seule une partie de la liste a été chargée&#xa0;; actualisez pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>%n demande avait été traitée entre-temps par quelqu&apos;un d&apos;autre&#xa0;; la liste affiche désormais son statut.</numerusform>
            <numerusform>%n demandes avaient été traitées entre-temps par quelqu&apos;un d&apos;autre&#xa0;; la liste affiche désormais leur statut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>%n décision n&apos;a pas pu être envoyée&#xa0;; la boîte de dialogue en indique la raison.</numerusform>
            <numerusform>%n décisions n&apos;ont pas pu être envoyées&#xa0;; la boîte de dialogue en indique les raisons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeConfirmPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.ui" line="+7"/>
        <source>Skip approval (administrators)</source>
        <translation>Ignorer l&apos;approbation (administrateurs)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.cpp" line="+13"/>
        <source>Confirm the revocation</source>
        <translation>Confirmer la révocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke &lt;b&gt;every certificate on order %1&lt;/b&gt; (%2).</source>
        <translation>Révoquer &lt;b&gt;tous les certificats de la commande %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke &lt;b&gt;the certificate with serial number %1&lt;/b&gt; for %2.</source>
        <translation>Révoquer &lt;b&gt;le certificat de numéro de série %1&lt;/b&gt; pour %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke &lt;b&gt;certificate %1&lt;/b&gt; for %2, serial %3.</source>
        <translation>Révoquer &lt;b&gt;le certificat %1&lt;/b&gt; pour %2, numéro de série %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromised at: %1 (sent as %2)</source>
        <translation>Clé compromise le&#xa0;: %1 (envoyé comme %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: %1</source>
        <translation>Commentaires&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RevokeDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.ui" line="+6"/>
        <source>I know when the private key was compromised</source>
        <translation>Je sais quand la clé privée a été compromise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the order in CertCentral</source>
        <translation>Ouvrir la commande dans CertCentral</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.cpp" line="+18"/>
        <source>When was the key compromised?</source>
        <translation>Quand la clé a-t-elle été compromise&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relying parties may treat what was signed before this time as trustworthy.</source>
        <translation>Les parties utilisatrices peuvent considérer comme fiable ce qui a été signé avant ce moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CertCentral API has no field for this date: CertDesk writes it as the first line of the revocation comment (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). In the CertCentral console the date has its own field.</source>
        <translation>L&apos;API CertCentral n&apos;a pas de champ pour cette date&#xa0;: CertDesk l&apos;écrit en première ligne du commentaire de révocation («&#xa0;Key compromise date: 2024-01-09T14:30:00Z&#xa0;»). Dans la console CertCentral, la date a son propre champ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earliest allowed: %1 UTC (%2).</source>
        <translation>Au plus tôt&#xa0;: %1 UTC (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time is in UTC.</source>
        <translation>L&apos;heure est en UTC.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+26"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>la date d&apos;émission la plus récente des certificats de la commande</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>the certificate&apos;s issue date</source>
        <translation>la date d&apos;émission du certificat</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Code signing: signatures made before this time stay valid; those made after it do not. Java ignores the date and treats every signature as invalid.</source>
        <translation>Signature de code&#xa0;: les signatures faites avant ce moment restent valides, celles faites après ne le sont plus. Java ignore la date et considère toutes les signatures comme non valides.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key cannot have been compromised before %1, %2. Choose that time or later.</source>
        <translation>La clé ne peut pas avoir été compromise avant %1, %2. Choisissez ce moment ou un moment ultérieur.</translation>
    </message>
</context>
<context>
    <name>RevokeReasonPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.ui" line="+6"/>
        <source>Revoke</source>
        <extracomment>Label before the choice of what to revoke: this certificate, a serial number, or the whole order.</extracomment>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.cpp" line="+11"/>
        <source>What to revoke, and why</source>
        <translation>Que révoquer, et pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation cannot be undone: browsers stop trusting the certificate.</source>
        <translation>La révocation est irréversible&#xa0;: les navigateurs ne font plus confiance au certificat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This certificate: %1, serial %2</source>
        <translation>Ce certificat&#xa0;: %1, numéro de série %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every certificate on order %1, duplicates and reissues included</source>
        <translation>Tous les certificats de la commande %1, duplicatas et réémissions compris</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate in the file: %1, serial %2</source>
        <translation>Le certificat du fichier&#xa0;: %1, numéro de série %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate loaded from a file is revoked by its serial number alone.</source>
        <translation>Un certificat chargé depuis un fichier est révoqué uniquement par son numéro de série.</translation>
    </message>
</context>
<context>
    <name>RevokeRequest</name>
    <message>
        <location filename="../app/core/RevokeRequest.cpp" line="+80"/>
        <source>Name the certificate to revoke by its id (a positive number).</source>
        <translation>Désignez le certificat à révoquer par son ID (un nombre positif).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons allowed); got &quot;%1&quot;.</source>
        <translation>Un numéro de série compte 2 à 40 chiffres hexadécimaux (0-9, A-F, deux-points autorisés)&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the order whose certificates to revoke (a positive number).</source>
        <translation>Désignez la commande dont les certificats sont à révoquer (un nombre positif).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revocation reason &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Motif de révocation «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l&apos;un des motifs suivants&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date goes only with the reason keyCompromise, not %1.</source>
        <translation>La date de compromission de la clé ne s&apos;utilise qu&apos;avec le motif keyCompromise, pas avec %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date may not be before %1 (%2); got %3.</source>
        <translation>La date de compromission de la clé ne peut pas être antérieure au %1 (%2)&#xa0;; reçu %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key compromise date may not be in the future (now is %1); got %2.</source>
        <translation>La date de compromission de la clé ne peut pas être dans le futur (il est actuellement %1)&#xa0;; reçu %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments have at most %1 characters with the key compromise date line; these have %2.</source>
        <translation>Les commentaires comptent au plus %1 caractères avec la ligne de date de compromission de la clé&#xa0;; ceux-ci en comptent %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>la date d&apos;émission la plus récente des certificats de la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s issue date</source>
        <translation>la date d&apos;émission du certificat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Les commentaires comptent au plus %1 caractères&#xa0;; ceux-ci en comptent %2.</translation>
    </message>
</context>
<context>
    <name>RevokeWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeWizard.cpp" line="+14"/>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revoke certificate %1</source>
        <translation>Révoquer le certificat %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key compromise</source>
        <translation>Compromission de la clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>Cessation d&apos;activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>Changement d&apos;affiliation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>Non spécifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key was lost, stolen or seen by someone who should not have it.</source>
        <translation>La clé privée a été perdue, volée ou vue par quelqu&apos;un qui ne devrait pas l&apos;avoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names are no longer used, or the service was shut down.</source>
        <translation>Les noms ne sont plus utilisés, ou le service a été arrêté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s name or relationship to the names changed.</source>
        <translation>Le nom de l&apos;organisation ou son lien avec les noms a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new certificate replaces this one; nothing was compromised.</source>
        <translation>Un nouveau certificat remplace celui-ci&#xa0;; rien n&apos;a été compromis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the others applies, or you prefer not to say.</source>
        <translation>Aucun des autres motifs ne s&apos;applique, ou vous préférez ne pas le dire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every certificate on order %1</source>
        <translation>tous les certificats de la commande %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate with serial number %1 (%2)</source>
        <translation>le certificat de numéro de série %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1 (%2)</source>
        <translation>le certificat %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral recorded it on %1 UTC.</source>
        <translation>CertCentral l’a enregistrée le %1 UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revocation requested&lt;/b&gt; for %1. Request %2 waits for an administrator&apos;s approval on the Requests page; the certificate stays valid until then.</source>
        <translation>&lt;b&gt;Révocation demandée&lt;/b&gt; pour %1. La demande %2 attend l&apos;approbation d&apos;un administrateur dans la page «&#xa0;Demandes&#xa0;»&#xa0;; d&apos;ici là, le certificat reste valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Revoked&lt;/b&gt;: %1, reason %2.</source>
        <translation>&lt;b&gt;Révoqué&lt;/b&gt;&#xa0;: %1, motif&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <location filename="../app/core/RolePolicy.cpp" line="+5"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance manager</source>
        <translation>Responsable financier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard user</source>
        <translation>Utilisateur standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited user</source>
        <translation>Utilisateur limité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restricted key</source>
        <translation>clé restreinte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CertCentral refused a change that your role allows, so this API key is restricted (View Only, or to some areas). Sign in with a key that has more rights to do this.</source>
        <translation>CertCentral a refusé une modification que votre rôle autorise&#xa0;: cette clé API est donc restreinte (lecture seule ou limitée à certaines parties du compte). Pour cette action, connectez-vous avec une clé disposant de plus de droits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CertCentral user has no access role.</source>
        <translation>Votre utilisateur CertCentral n&apos;a aucun rôle d&apos;accès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your API key may only view; ask an administrator for a key with ordering rights.</source>
        <translation>Votre clé API ne permet que la consultation&#xa0;; demandez à un administrateur une clé autorisant les commandes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may skip approval.</source>
        <translation>Seuls les administrateurs peuvent ignorer l&apos;approbation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers approve or reject requests.</source>
        <translation>Seuls les administrateurs et les gestionnaires approuvent ou rejettent les demandes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers see the account&apos;s funds.</source>
        <translation>Seuls les administrateurs et les responsables financiers voient les fonds du compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers move funds between divisions.</source>
        <translation>Seuls les administrateurs et les responsables financiers transfèrent des fonds entre divisions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators delete domains and organizations.</source>
        <translation>Seuls les administrateurs suppriment des domaines et des organisations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers manage domains and organizations.</source>
        <translation>Seuls les administrateurs et les gestionnaires gèrent les domaines et les organisations.</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../app/api/SandboxLauncher.cpp" line="+29"/>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>Le bac à sable s&apos;est arrêté avant d&apos;être prêt (code de sortie %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sandbox did not announce its address within %1 ms</source>
        <translation>Le bac à sable n&apos;a pas annoncé son adresse en %1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected first line from the sandbox: %1</source>
        <translation>Première ligne inattendue du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox announced an invalid address: %1</source>
        <translation>Le bac à sable a annoncé une adresse non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+40"/>
        <source>The sandbox could not be started: %1</source>
        <translation>Impossible de démarrer le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome to CertDesk. Sign in with an API key from CertCentral, or try the sandbox: a local CertCentral with sample data.</source>
        <translation>Bienvenue dans CertDesk. Connectez-vous avec une clé API de CertCentral, ou essayez le bac à sable&#xa0;: un CertCentral local avec des données d&apos;exemple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>Lecture de la clé API de %1 dans le trousseau…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no API key in the keychain. Sign in to add one.</source>
        <translation>%1 n&apos;a pas de clé API dans le trousseau. Connectez-vous pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New name for the profile:</source>
        <translation>Nouveau nom du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new key replaces the old one in the keychain once CertCentral has accepted it.</source>
        <translation>La nouvelle clé remplace l&apos;ancienne dans le trousseau dès que CertCentral l&apos;a acceptée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was stopped.</source>
        <translation>Le bac à sable a été arrêté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1?

The API key is removed from this computer&apos;s keychain. To sign in again you will need the key from CertCentral.</source>
        <translation>Se déconnecter de %1&#xa0;?

La clé API est supprimée du trousseau de cet ordinateur. Pour vous reconnecter, vous aurez besoin de la clé de CertCentral.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer?

Nothing changes in CertCentral.</source>
        <translation>Supprimer le profil %1 et sa clé API de cet ordinateur&#xa0;?

Rien ne change dans CertCentral.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile %1 was removed.</source>
        <translation>Le profil %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+40"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to CertCentral</source>
        <translation>Connexion à CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the API key of %1</source>
        <translation>Changer la clé API de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example: Acme (US)</source>
        <translation>Par exemple&#xa0;: Acme (US)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: a PEM file with your sandbox&apos;s or proxy&apos;s CA</source>
        <translation>Facultatif&#xa0;: un fichier PEM contenant l&apos;AC de votre bac à sable ou de votre proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key from CertCentral: Automation &gt; API Keys</source>
        <translation>Collez la clé provenant de CertCentral&#xa0;: Automation &gt; API Keys</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Profile &amp;name</source>
        <translation>&amp;Nom du profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL</source>
        <translation>&amp;URL de l&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA</source>
        <translation>AC de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(kept from the profile)</source>
        <translation>(reprise du profil)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trusted CA certificate</source>
        <translation>Certificat d&apos;AC de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Connecté en tant que %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Storing the key in the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../app/core/StatusChange.cpp" line="+14"/>
        <source>Expected a JSON object with &quot;orders&quot;</source>
        <translation>Objet JSON avec «&#xa0;orders&#xa0;» attendu</translation>
    </message>
</context>
<context>
    <name>SubmitOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/SubmitOrganizationDialog.cpp" line="+25"/>
        <source>Loading verified contacts…</source>
        <translation>Chargement des contacts vérifiés…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit %1 for validation</source>
        <translation>Soumettre %1 à validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the validations to request. Those already completed are renewed; EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>Choisissez les validations à demander. Celles déjà terminées sont renouvelées&#xa0;; EV, CS et EV CS nécessitent un contact vérifié qui les approuve.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (now: %2)</source>
        <translation>%1 (actuellement&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved by (EV, CS, EV CS):</source>
        <translation>Approbation par (EV, CS, EV CS)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+122"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This organization has no verified contacts yet; add one on the Verified contacts page before asking for EV or code signing.</source>
        <translation>Cette organisation n&apos;a pas encore de contact vérifié&#xa0;; ajoutez-en un sur la page Contacts vérifiés avant de demander EV ou la signature de code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None checked: CertCentral asks the organization&apos;s verified contacts.</source>
        <translation>Aucun coché&#xa0;: CertCentral sollicite les contacts vérifiés de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verified contacts could not be loaded: %1</source>
        <translation>Impossible de charger les contacts vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose OV, EV, CS or EV CS to submit.</source>
        <translation>Choisissez OV, EV, CS ou EV CS à soumettre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CertCentral did not accept the request: %1</source>
        <translation>CertCentral n&apos;a pas accepté la demande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitting…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <location filename="../app/api/TlsErrorText.cpp" line="+17"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Le certificat du serveur a expiré le %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>Le certificat du serveur n&apos;est pas valide avant le %1&#xa0;; vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>Le certificat du serveur est émis pour %1, et non pour %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>aucun nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts. For a sandbox or a company proxy, add its CA certificate to the profile.</source>
        <translation>Le certificat du serveur n&apos;est pas signé par une autorité de certification approuvée par cet ordinateur. Pour un bac à sable ou un proxy d&apos;entreprise, ajoutez son certificat d&apos;AC au profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Le certificat du serveur a été révoqué.</translation>
    </message>
</context>
<context>
    <name>TokenShipment</name>
    <message>
        <location filename="../app/core/TokenShipment.cpp" line="+17"/>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the street address</source>
        <translation>l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state or region</source>
        <translation>l&apos;État ou la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %1 for the token&apos;s shipment.</source>
        <translation>Saisissez %1 pour l&apos;expédition du jeton.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipping country is its two-letter code, for example US.</source>
        <translation>Le pays de livraison est indiqué par son code à deux lettres, par exemple US.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping is STANDARD or EXPEDITED.</source>
        <translation>La livraison est STANDARD ou EXPEDITED.</translation>
    </message>
</context>
<context>
    <name>TransferFundsDialog</name>
    <message>
        <location filename="../ui/finance/TransferFundsDialog.cpp" line="+37"/>
        <location line="+73"/>
        <location line="+154"/>
        <source>Move funds</source>
        <translation>Transférer des fonds</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Moves funds from one division to another at once. CertCentral allows it when separate division funds are enabled (Finances &gt; Settings in the console), and moves whole amounts only.</source>
        <translation>Transfère immédiatement des fonds d&apos;une division à une autre. CertCentral l&apos;autorise lorsque les fonds séparés par division sont activés (Finances &gt; Settings dans la console) et ne transfère que des montants entiers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole amount, for example 1000</source>
        <translation>Un montant entier, par exemple 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Available: %1</source>
        <translation>Disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: not known (unlimited, or the balance did not load)</source>
        <translation>Disponible&#xa0;: inconnu (illimité, ou le solde n&apos;a pas été chargé)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them back.</source>
        <translation>Transférer %1 de %2 vers %3&#xa0;? CertCentral transfère les fonds immédiatement&#xa0;; pour annuler, transférez-les en sens inverse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving…</source>
        <translation>Transfert en cours…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved %1 from %2 to %3. The balances are updated.</source>
        <translation>Transfert de %1 de %2 vers %3 effectué. Les soldes sont à jour.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not known whether the funds moved: %1 Look at the balances and the balance history before moving them again.</source>
        <translation>On ne sait pas si les fonds ont été transférés&#xa0;: %1 Consultez les soldes et l&apos;historique du solde avant de les transférer à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertCentral did not move the funds: %1</source>
        <translation>CertCentral n&apos;a pas transféré les fonds&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/UserInfo.cpp" line="+48"/>
        <source>Expected a JSON object for the user</source>
        <translation>Objet JSON attendu pour l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user has no id, name or email</source>
        <translation>L&apos;utilisateur n&apos;a ni ID, ni nom, ni e-mail</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsModel</name>
    <message>
        <location filename="../models/VerifiedContactsModel.cpp" line="+37"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ext. %2</source>
        <translation>%1 poste %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validations</source>
        <translation>Validations</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message>
        <location filename="../ui/organizations/VerifiedContactsScreen.cpp" line="+25"/>
        <source>Add verified contacts…</source>
        <translation>Ajouter des contacts vérifiés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified contacts</source>
        <translation>Contacts vérifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading organizations…</source>
        <translation>Chargement des organisations…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add people who may approve EV and code-signing orders (at most %1 at a time)</source>
        <translation>Ajouter des personnes habilitées à approuver les commandes EV et de signature de code (%1 au maximum à la fois)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Impossible de charger les organisations&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No organizations</source>
        <translation>Aucune organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the verified contacts of %1…</source>
        <translation>Chargement des contacts vérifiés de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no verified contacts yet.</source>
        <translation>%1 n&apos;a pas encore de contacts vérifiés.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>%Ln contact vérifié</numerusform>
            <numerusform>%Ln contacts vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verified contacts of %1 could not be loaded: %2</source>
        <translation>Impossible de charger les contacts vérifiés de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%Ln contact vérifié ajouté à %1&#xa0;; il reste en attente jusqu&apos;à sa vérification par CertCentral.</numerusform>
            <numerusform>%Ln contacts vérifiés ajoutés à %1&#xa0;; chacun reste en attente jusqu&apos;à sa vérification par CertCentral.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Desktop client for DigiCert CertCentral</source>
        <translation>Client de bureau pour DigiCert CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a seeded local sandbox and sign in to it.</source>
        <translation>Démarrer un bac à sable local prérempli et s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders the sandbox seeds (default 5000).</source>
        <translation>Nombre de commandes créées dans le bac à sable (5000 par défaut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect once to this API base URL with the key in CERTDESK_API_KEY, without a profile.</source>
        <translation>Se connecter une seule fois à cette URL de base d&apos;API avec la clé de CERTDESK_API_KEY, sans profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra CA certificate (PEM) to trust for --api-url.</source>
        <translation>Certificat d&apos;AC supplémentaire (PEM) à approuver pour --api-url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the log to this file (keys are redacted).</source>
        <translation>Écrire aussi le journal dans ce fichier (les clés sont masquées).</translation>
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
        <location line="+3"/>
        <source>--ca-file %1 holds no PEM certificate.</source>
        <translation>--ca-file %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sandbox-orders must be a whole number from 0 to 200000.</source>
        <translation>--sandbox-orders doit être un nombre entier entre 0 et 200000.</translation>
    </message>
</context>
</TS>
