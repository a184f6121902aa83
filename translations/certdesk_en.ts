<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BalanceHistoryTab</name>
    <message numerus="yes">
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n adjustment</numerusform>
            <numerusform>%n adjustments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>Saved %n adjustment to %1.</numerusform>
            <numerusform>Saved %n adjustments to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCertCommands</name>
    <message numerus="yes">
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>Saved certificate %1 with its private key and %n chain certificate to %2 (PKCS#12, readable by you only).</numerusform>
            <numerusform>Saved certificate %1 with its private key and %n chain certificates to %2 (PKCS#12, readable by you only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCheckCommand</name>
    <message numerus="yes">
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n call did not answer as CertDesk expects; nothing was changed in the account.</numerusform>
            <numerusform>%n calls did not answer as CertDesk expects; nothing was changed in the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOrderCommands</name>
    <message numerus="yes">
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>Order %1 for %2 (%n year), charged to the balance. Place it? [y/N] </numerusform>
            <numerusform>Order %1 for %2 (%n years), charged to the balance. Place it? [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPaste</name>
    <message numerus="yes">
        <source>Only the first %1 pasted rows were taken; %n more were left out (a request adds at most %2 contacts).</source>
        <translation>
            <numerusform>Only the first %1 pasted rows were taken; %n more were left out (a request adds at most %2 contacts).</numerusform>
            <numerusform>Only the first %1 pasted rows were taken; %n more were left out (a request adds at most %2 contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message numerus="yes">
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>At most %n name, as the order has now. New names need DCV.</numerusform>
            <numerusform>At most %n names, as the order has now. New names need DCV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message numerus="yes">
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln order loaded</numerusform>
            <numerusform>%Ln orders loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>Next to expire: %1 on %2 (%n day)</numerusform>
            <numerusform>Next to expire: %1 on %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>%n pending request</numerusform>
            <numerusform>%n pending requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n request waiting for a decision</numerusform>
            <numerusform>%n requests waiting for a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message numerus="yes">
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>Check the marked fields: %Ln problem.</numerusform>
            <numerusform>Check the marked fields: %Ln problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message numerus="yes">
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>Order %1: DCV checked; %n name proven so far.</numerusform>
            <numerusform>Order %1: DCV checked; %n names proven so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message numerus="yes">
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>%1 of %Ln name approved.</numerusform>
            <numerusform>%1 of %Ln names approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>%Ln reissue</numerusform>
            <numerusform>%Ln reissues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>%n verified contact of the organization</numerusform>
            <numerusform>%n verified contacts of the organization</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>%n custom field filled in</numerusform>
            <numerusform>%n custom fields filled in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message numerus="yes">
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>Loading was canceled; %Ln order shown.</numerusform>
            <numerusform>Loading was canceled; %Ln orders shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>%Ln order could not be loaded; the others are shown. </numerusform>
            <numerusform>%Ln orders could not be loaded; the others are shown. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln order(s) match</source>
        <translation>
            <numerusform>%1 of %Ln order match</numerusform>
            <numerusform>%1 of %Ln orders match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message numerus="yes">
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>Verified contacts: %Ln</numerusform>
            <numerusform>Verified contacts: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message numerus="yes">
        <source>%n key(s) there belong to other certificates.</source>
        <translation>
            <numerusform>%n key there belong to other certificates.</numerusform>
            <numerusform>%n keys there belong to other certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n name leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</numerusform>
            <numerusform>&lt;b&gt;%n names leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message numerus="yes">
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>Approve %n request? An approved request goes on to CertCentral at once and cannot be withdrawn here.</numerusform>
            <numerusform>Approve %n requests? An approved request goes on to CertCentral at once and cannot be withdrawn here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>Reject %n request? The requester sees your comment; a rejected request cannot be reopened.</numerusform>
            <numerusform>Reject %n requests? The requester sees your comment; a rejected request cannot be reopened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Approve %n request</numerusform>
            <numerusform>Approve %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>Reject %n request</numerusform>
            <numerusform>Reject %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) approved.</source>
        <translation>
            <numerusform>%n request approved.</numerusform>
            <numerusform>%n requests approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n request rejected.</numerusform>
            <numerusform>%n requests rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>%n had already been decided by someone else; the list is refreshed.</numerusform>
            <numerusform>%n had already been decided by someone else; the list is refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n could not be sent; see the Result column.</numerusform>
            <numerusform>%n could not be sent; see the Result column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message numerus="yes">
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>Only pending requests can be decided; %n selected request already were.</numerusform>
            <numerusform>Only pending requests can be decided; %n selected requests already were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n requests selected.</numerusform>
            <numerusform>%n requests selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>%n request had been decided by someone else meanwhile; the list now shows their status.</numerusform>
            <numerusform>%n requests had been decided by someone else meanwhile; the list now shows their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>%n decision could not be sent; the dialog lists why.</numerusform>
            <numerusform>%n decisions could not be sent; the dialog lists why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message numerus="yes">
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>%Ln verified contact</numerusform>
            <numerusform>%Ln verified contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%Ln verified contact added to %1; each is pending until CertCentral has checked them.</numerusform>
            <numerusform>%Ln verified contacts added to %1; each is pending until CertCentral has checked them.</numerusform>
        </translation>
    </message>
</context>
</TS>
