<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>Qt %1 (built with %2), %3, QtKeychain %4</source>
        <translation>Qt %1 (compilado con %2), %3, QtKeychain %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CertDesk</source>
        <translation>Acerca de CertDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the DigiCert CertCentral Services API: orders, domains, organizations, approvals and finance.</source>
        <translation>Un cliente de escritorio para la API CertCentral Services de DigiCert: pedidos, dominios, organizaciones, aprobaciones y finanzas.</translation>
    </message>
</context>
<context>
    <name>AccountBalance</name>
    <message>
        <location filename="../app/core/AccountBalance.cpp" line="+14"/>
        <source>The reply has no balance</source>
        <translation>La respuesta no contiene ningún saldo</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <location filename="../ui/domains/AddDomainDialog.cpp" line="+26"/>
        <source>OV: organization validation</source>
        <translation>OV: validación de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: validación extendida</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+148"/>
        <source>Add domain</source>
        <translation>Añadir dominio</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for</source>
        <translation>Enviar para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral envía un correo electrónico a las direcciones WHOIS del dominio y a las direcciones estándar construidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Deberá colocar un archivo en /.well-known/pki-validation/ del sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will add a DNS record; DCV instructions on the Domains page say which.</source>
        <translation>Deberá añadir un registro DNS; las instrucciones de DCV de la página Dominios indican cuál.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organizations could not be loaded</source>
        <translation>No se pudieron cargar las organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organizations yet</source>
        <translation>Aún no hay organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organization first: every domain belongs to one.</source>
        <translation>Cree primero una organización: cada dominio pertenece a una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already in this account; find it in the list instead.</source>
        <translation>%1 ya está en esta cuenta; búsquelo en la lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
</context>
<context>
    <name>AddVerifiedContactsDialog</name>
    <message>
        <location filename="../ui/organizations/AddVerifiedContactsDialog.cpp" line="+33"/>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>Quitar filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add verified contacts to %1</source>
        <translation>Añadir contactos verificados a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an e-mail address, a job title and a telephone number; CertCentral checks them before they can approve. At most %2 in one request.</source>
        <translation>Los contactos verificados de %1 aprueban sus pedidos EV y de firma de código. Cada uno necesita nombre, dirección de correo electrónico, cargo y número de teléfono; CertCentral los comprueba antes de que puedan aprobar. Como máximo %2 por solicitud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Ext.</source>
        <translation>Ext.</translation>
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
        <translation>Filas copiadas de una hoja de cálculo: nombre, apellidos, correo electrónico, cargo, teléfono y extensión, separados por tabulaciones o comas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+217"/>
        <source>Add contacts</source>
        <translation>Añadir contactos</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>%1 of at most %2 rows</source>
        <translation>%1 de %2 filas como máximo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; add the rest afterwards.</source>
        <translation>Se pueden añadir como máximo %1 contactos verificados nuevos por solicitud; añada el resto después.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Validation types</source>
        <translation>Tipos de validación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more problems (marked in the table).</source>
        <translation>…y %1 problemas más (marcados en la tabla).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CertCentral did not add the contacts: %1</source>
        <translation>CertCentral no añadió los contactos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+122"/>
        <source>the reply had no content type, not JSON</source>
        <translation>la respuesta no tenía tipo de contenido y no era JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply was %1, not JSON</source>
        <translation>la respuesta era %1, no JSON</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="+66"/>
        <source>No complete answer within %1 seconds</source>
        <translation>No hubo una respuesta completa en %1 segundos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+65"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The connection closed before CertCentral answered</source>
        <translation>La conexión se cerró antes de que CertCentral respondiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>It is not known whether the request was carried out: check before sending it again.</source>
        <translation>No se sabe si la solicitud se llevó a cabo: compruébelo antes de volver a enviarla.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CertCentral could not be reached</source>
        <translation>No se pudo conectar con CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and the network connection, then try again.</source>
        <translation>Compruebe la dirección y la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to CertCentral failed</source>
        <translation>Falló la conexión segura con CertCentral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral did not answer in time</source>
        <translation>CertCentral no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again; if it keeps happening, check the network or proxy.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, compruebe la red o el proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral sent an answer CertDesk could not read</source>
        <translation>CertCentral envió una respuesta que CertDesk no pudo leer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CertCentral did not accept the API key (HTTP 403)</source>
        <translation>CertCentral no aceptó la clave de API (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the whole key was copied and that it is still active in CertCentral (Automation &gt; API Keys).</source>
        <translation>Compruebe que se copió la clave completa y que sigue activa en CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your CertCentral role does not allow this (HTTP 403)</source>
        <translation>Su rol en CertCentral no lo permite (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to do it, or for a key with this permission.</source>
        <translation>Pida a un administrador que lo haga o que le dé una clave con este permiso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided, by someone else or earlier (HTTP %1)</source>
        <translation>La solicitud ya se resolvió, por otra persona o anteriormente (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list of requests to see the decision.</source>
        <translation>Actualice la lista de solicitudes para ver la decisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was declined (HTTP %1)</source>
        <translation>Se rechazó la tarjeta (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was charged. Use another card or the payment profile.</source>
        <translation>No se cobró nada. Use otra tarjeta o el perfil de pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP 403)</source>
        <translation>CertCentral rechazó la solicitud (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asked CertDesk to slow down (HTTP 429)</source>
        <translation>CertCentral pidió a CertDesk que reduzca el ritmo (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again.</source>
        <translation>Espere unos segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral is unavailable (HTTP %1)</source>
        <translation>CertCentral no está disponible (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP %1)</source>
        <translation>CertCentral rechazó la solicitud (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <location filename="../app/core/ApprovalRequest.cpp" line="+29"/>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new order</source>
        <translation>pedido nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reissue</source>
        <translation>reemisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation</source>
        <translation>revocación</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The reply is not a request with an id</source>
        <translation>La respuesta no es una solicitud con id</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryModel</name>
    <message>
        <location filename="../models/BalanceHistoryModel.cpp" line="+45"/>
        <source>These funds expire on %1</source>
        <translation>Estos fondos caducan el %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance after</source>
        <translation>Saldo posterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryQuery</name>
    <message>
        <location filename="../app/core/BalanceHistoryQuery.cpp" line="+16"/>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>%1: «%2» no es una fecha; use YYYY-MM-DD, por ejemplo 2026-01-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1: %2 is before %3, the earliest date CertDesk asks for.</source>
        <translation>%1: %2 es anterior a %3, la fecha más antigua que consulta CertDesk.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 is in the future; the history ends today (%3).</source>
        <translation>%1: %2 está en el futuro; el historial termina hoy (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1: %2 es anterior a «%3» (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Division: a container id is a positive number.</source>
        <translation>División: un ID de contenedor es un número positivo.</translation>
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
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Balance history</source>
        <translation>Historial de saldo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Division:</source>
        <translation>División:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your division</source>
        <translation>Su división</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the balance history…</source>
        <translation>Cargando el historial de saldo…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adjustments match these filters.</source>
        <translation>Ningún movimiento coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjustments in this division&apos;s history.</source>
        <translation>No hay movimientos en el historial de esta división.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The balance history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial de saldo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the balance history</source>
        <translation>Exportar el historial de saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance history could not be saved to %1: %2</source>
        <translation>No se pudo guardar el historial de saldo en %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n movimiento en %1.</numerusform>
            <numerusform>Se guardaron %n movimientos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+35"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may run an unlimited negative balance.</source>
        <translation>%1 puede tener un saldo negativo ilimitado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices</source>
        <translation>Facturas impagadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Límite de saldo negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit used by other divisions</source>
        <translation>Crédito usado por otras divisiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fondos disponibles</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../ui/orders/CancelOrderDialog.cpp" line="+23"/>
        <source>Cancel order %1</source>
        <translation>Cancelar el pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 (%2)? Nothing more is issued for it and a pending request is rejected. This cannot be undone.</source>
        <translation>¿Cancelar el pedido %1 (%2)? Ya no se emitirá nada para él y se rechazará cualquier solicitud pendiente. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; CertCentral keeps it with the order)</source>
        <translation>Motivo (obligatorio; CertCentral lo guarda con el pedido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>Cancelar el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the order</source>
        <translation>Conservar el pedido</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer was lost; reload the order to see whether it was canceled before trying again.</source>
        <translation>Se perdió la respuesta; vuelva a cargar el pedido para ver si se canceló antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not canceled: %1</source>
        <translation>No se canceló: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDownloadCall</name>
    <message>
        <location filename="../app/api/CertificateEndpoints.cpp" line="+24"/>
        <source>The download holds no PEM certificate</source>
        <translation>La descarga no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate could not be converted to DER</source>
        <translation>No se pudo convertir el certificado a DER</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The download is not a PKCS#7 structure</source>
        <translation>La descarga no es una estructura PKCS#7</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../models/ChangeNotice.cpp" line="+15"/>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate issued: %1 (order %2)</source>
        <translation>Certificado emitido: %1 (pedido %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expires on %2 (order %3)</source>
        <translation>%1 caduca el %2 (pedido %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) is now %3</source>
        <translation>Nuevo estado del pedido %1 (%2): %3</translation>
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
        <translation>Uso: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

Verbos:
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
La clave de API procede de la entrada del perfil en el llavero del sistema (--profile, o el
perfil activo) o de la variable de entorno CERTDESK_API_KEY; nunca de la línea de comandos.
profile add y set-key leen la clave de CERTDESK_API_KEY o de la entrada estándar (sin eco
en un terminal). Códigos de salida: 0 correcto, 2 uso, 3 error de API o del llavero,
4 error de red o TLS.
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
        <translation>--api-url necesita una URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout necesita un número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile needs a profile name</source>
        <translation>--profile necesita un nombre de perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--log-file needs a file name</source>
        <translation>--log-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--log-file: cannot write %1</source>
        <translation>--log-file: no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --api-url exclude each other: a profile has its own URL</source>
        <translation>--profile y --api-url se excluyen mutuamente: un perfil tiene su propia URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--timeout debe ser un número entero de segundos entre 1 y 600</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ca-file: %1 is not a readable file</source>
        <translation>--ca-file: %1 no es un archivo legible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile named &quot;%1&quot;; see certdesk-cli profile list</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;; consulte certdesk-cli profile list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sandbox profile lives in the desktop program; start certdesk-sandbox and use --api-url with CERTDESK_API_KEY</source>
        <translation>el perfil del entorno de pruebas solo existe en el programa de escritorio; inicie certdesk-sandbox y use --api-url con CERTDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certdesk-cli: profile %1: %2</source>
        <translation>certdesk-cli: perfil %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no API key: add a profile (certdesk-cli profile add NAME) or set the environment variable CERTDESK_API_KEY</source>
        <translation>no hay clave de API: añada un perfil (certdesk-cli profile add NAME) o defina la variable de entorno CERTDESK_API_KEY</translation>
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
        <translation>falta el verbo</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>verbo desconocido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+76"/>
        <source>%1 needs a file name</source>
        <extracomment>%1 is a command-line option such as --out; %2 (below) a file or folder path.</extracomment>
        <translation>%1 necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a folder; give the name of a file to create in it</source>
        <translation>%1: %2 es una carpeta; indique el nombre de un archivo que crear en ella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1: %2 no es una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 cannot be written to</source>
        <translation>%1: no se puede escribir en la carpeta %2</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de cert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the private key %1: </source>
        <translation>Frase de contraseña de la clave privada %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase for the new PKCS#12 file: </source>
        <translation>Frase de contraseña para el nuevo archivo PKCS#12: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>las dos frases de contraseña no coinciden; no se escribió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PKCS#12 passphrase needs at least %1 characters (CERTDESK_P12_PASSPHRASE, or typed when asked)</source>
        <translation>la frase de contraseña de PKCS#12 necesita al menos %1 caracteres (CERTDESK_P12_PASSPHRASE, o escrita cuando se solicite)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--key needs the private key file (PEM) of the certificate</source>
        <translation>--key necesita el archivo de clave privada (PEM) del certificado</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>--out needs a file name</source>
        <translation>--out necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format p12 needs --key FILE: the private key made for this certificate goes into the PKCS#12 file</source>
        <translation>--format p12 necesita --key FILE: la clave privada creada para este certificado se incluye en el archivo PKCS#12</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>cert download needs exactly one certificate ID</source>
        <translation>cert download necesita exactamente un ID de certificado</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>--format needs one of: %1</source>
        <translation>--format necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key goes with --format p12 only</source>
        <translation>--key solo se usa con --format p12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be one of %1, got &quot;%2&quot;</source>
        <translation>--format debe ser uno de estos valores: %1; se indicó &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>certificate ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>el ID de certificado debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format %1 is binary: name a file with --out</source>
        <translation>--format %1 es binario: indique un archivo con --out</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certdesk-cli: could not write %1: %2</source>
        <translation>certdesk-cli: no se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved certificate %1 (%2) to %3.</source>
        <translation>Se guardó el certificado %1 (%2) en %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 already exists and is never overwritten; choose another name with --out</source>
        <translation>%1 ya existe y nunca se sobrescribe; elija otro nombre con --out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--key: %1 could not be opened: %2</source>
        <translation>--key: no se pudo abrir %1: %2</translation>
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
        <translation>el certificado %1 llegó sin un certificado PEM</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>Se guardó el certificado %1 con su clave privada y %n certificado de la cadena en %2 (PKCS#12, legible solo por usted).</numerusform>
            <numerusform>Se guardó el certificado %1 con su clave privada y %n certificados de la cadena en %2 (PKCS#12, legible solo por usted).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--certificate needs a certificate ID</source>
        <translation>--certificate necesita un ID de certificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--serial needs the serial number in hexadecimal</source>
        <translation>--serial necesita el número de serie en hexadecimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--order needs an order ID</source>
        <translation>--order necesita un ID de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason needs one of: %1</source>
        <translation>--reason necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compromised-at needs a date and time, for example 2024-01-09T14:30:00Z</source>
        <translation>--compromised-at necesita una fecha y hora, por ejemplo 2024-01-09T14:30:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--comments needs a text</source>
        <translation>--comments necesita un texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name exactly one of --certificate ID, --serial HEX or --order ID</source>
        <translation>indique exactamente uno de --certificate ID, --serial HEX o --order ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: one of %1</source>
        <translation>--reason es obligatorio: uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>--certificate must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--certificate debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--order must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--order debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compromised-at must be ISO 8601 with a zone, for example 2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got &quot;%1&quot;</source>
        <translation>--compromised-at debe estar en ISO 8601 con zona horaria, por ejemplo 2024-01-09T14:30:00Z o 2024-01-09T15:30:00+01:00; se indicó &quot;%1&quot;</translation>
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
        <translation>todos los certificados del pedido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1</source>
        <translation>el certificado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate with serial number %1</source>
        <translation>el certificado con número de serie %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>revoking cannot be undone: add --yes to confirm</source>
        <translation>la revocación no se puede deshacer: añada --yes para confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 (%2)? This cannot be undone.</source>
        <translation>¿Revocar %1 (%2)? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was revoked.</source>
        <translation>No se revocó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certdesk-cli: it is not known whether the revocation was requested; look at the pending requests before running the command again.</source>
        <translation>certdesk-cli: no se sabe si se solicitó la revocación; consulte las solicitudes pendientes antes de volver a ejecutar el comando.</translation>
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
        <translation>Ejecute certdesk-cli --help para ver el verbo check.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;, roles: %3</source>
        <translation>%1 &lt;%2&gt;, roles: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none CertDesk knows</source>
        <translation>ninguno que CertDesk conozca</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 products, %2 that CertDesk orders</source>
        <translation>%1 productos, %2 que CertDesk puede pedir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 orders in the account; read %2 on the first page</source>
        <translation>%1 pedidos en la cuenta; se leyeron %2 en la primera página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 dominios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 organizations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests waiting for approval</source>
        <translation>%1 solicitudes en espera de aprobación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balance %1 %2, unlimited negative balance</source>
        <translation>saldo %1 %2, saldo negativo ilimitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance %1 %2, available %3</source>
        <translation>saldo %1 %2, disponible %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 balance adjustments</source>
        <translation>%1 movimientos en el historial de saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not readable</source>
        <translation>, %1 ilegibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stored cards</source>
        <translation>%1 tarjetas guardadas</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not asked: %1</source>
        <translation>no consultado: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 custom order fields</source>
        <translation>%1 campos personalizados del pedido</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CertDesk read-only check of %1</source>
        <translation>Comprobación de solo lectura de CertDesk en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What CertDesk read</source>
        <translation>Lo que leyó CertDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call answered; nothing was changed in the account.</source>
        <translation>Todas las llamadas respondieron; no se cambió nada en la cuenta.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n llamada no respondió como CertDesk espera; no se cambió nada en la cuenta.</numerusform>
            <numerusform>%n llamadas no respondieron como CertDesk espera; no se cambió nada en la cuenta.</numerusform>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de csr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for the new private key: </source>
        <translation>Frase de contraseña para la nueva clave privada: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>las dos frases de contraseña no coinciden; no se escribió nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase needs at least %1 characters (or give --no-passphrase to write the key unencrypted)</source>
        <translation>la frase de contraseña necesita al menos %1 caracteres (o indique --no-passphrase para escribir la clave sin cifrar)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--cn needs the common name</source>
        <translation>--cn necesita el nombre común</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key needs one of: %1</source>
        <translation>--key necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out needs a file name</source>
        <translation>--out necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--san needs a name</source>
        <translation>--san necesita un nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn is required: the common name (a domain, or the organization name with --code-signing)</source>
        <translation>--cn es obligatorio: el nombre común (un dominio, o el nombre de la organización con --code-signing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required: where to write the private key</source>
        <translation>--key-out es obligatorio: dónde escribir la clave privada</translation>
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
        <translation>--san: las solicitudes de firma de código no llevan nombres de dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cn: an organization name in a certificate has at most 64 characters; &quot;%1&quot; has %2</source>
        <translation>--cn: el nombre de una organización en un certificado tiene como máximo 64 caracteres; «%1» tiene %2</translation>
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
        <translation>--key-out: %1 ya existe; un archivo de clave nunca se sobrescribe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: warning: the private key is written unencrypted; anyone who can read %1 can use it.</source>
        <translation>certdesk-cli: advertencia: la clave privada se escribe sin cifrar; cualquiera que pueda leer %1 podrá usarla.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the CSR could not be written to %1: %2</source>
        <translation>no se pudo escribir la CSR en %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key (%1, %2) written to %3 (readable by you only).</source>
        <translation>Clave privada (%1, %2) escrita en %3 (solo usted puede leerla).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypted with your passphrase</source>
        <translation>cifrada con su frase de contraseña</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de order.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order dcv ID method needs one of: %1</source>
        <translation>order dcv ID method necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dcv_method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>dcv_method &quot;%1&quot; no es conocido; use uno de estos valores: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>order dcv ID needs one of: status, method M, random, check, resend</source>
        <translation>order dcv ID necesita uno de estos valores: status, method M, random, check, resend</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order %1: %2, DCV by %3</source>
        <translation>Pedido %1: %2, DCV por %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 now uses %2 DCV.</source>
        <translation>El pedido %1 ahora usa DCV por %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV is done for order %1; the order is %2.</source>
        <translation>La DCV del pedido %1 está completada; el estado del pedido es %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DCV e-mails for order %1 were sent again.</source>
        <translation>Se volvieron a enviar los correos de DCV del pedido %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV random value: %1 (valid until %2)</source>
        <translation>Valor aleatorio de DCV: %1 (válido hasta el %2)</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de finance.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>the CertCentral API has no invoices or purchase orders; they are in the CertCentral console: run certdesk-cli finance pay for what is owed and the page&apos;s address</source>
        <translation>la API de CertCentral no tiene facturas ni órdenes de compra; están en la consola de CertCentral: ejecute certdesk-cli finance pay para ver lo que se debe y la dirección de la página</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>%1 needs a container (division) ID</source>
        <translation>%1 necesita un ID de contenedor (división)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>%1 debe ser un número entero positivo; se indicó &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <location line="+63"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+58"/>
        <location line="+78"/>
        <location line="+62"/>
        <location line="+44"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+136"/>
        <location line="+62"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Facturas impagadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Límite de saldo negativo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit used by other divisions</source>
        <translation>Crédito usado por otras divisiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fondos disponibles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--from needs a date (YYYY-MM-DD)</source>
        <translation>--from necesita una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date (YYYY-MM-DD)</source>
        <translation>--to necesita una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type needs a transaction type, such as Charge</source>
        <translation>--type necesita un tipo de transacción, como Charge</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--amount needs a whole amount, such as 1000</source>
        <translation>--amount necesita un importe entero, como 1000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>finance transfer needs --from ID, --to ID and --amount A (division IDs as in certdesk-cli account fields --kind container)</source>
        <translation>finance transfer necesita --from ID, --to ID y --amount A (ID de división como en certdesk-cli account fields --kind container)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>move %1 from division %2 to division %3</source>
        <translation>transferir %1 de la división %2 a la división %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this would %1 at once: add --yes to confirm</source>
        <translation>se va a %1 de inmediato: añada --yes para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1? CertCentral moves the funds at once.</source>
        <translation>¿%1? CertCentral transfiere los fondos de inmediato.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: it is not known whether the funds moved; run certdesk-cli finance history --container %1 before sending it again.</source>
        <translation>certdesk-cli: no se sabe si se transfirieron los fondos; ejecute certdesk-cli finance history --container %1 antes de volver a enviar la transferencia.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Moved %1 from division %2 to division %3.</source>
        <translation>Se transfirieron %1 de la división %2 a la división %3.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No card is stored for this account.</source>
        <translation>No hay ninguna tarjeta guardada para esta cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finance pay takes no invoice IDs: invoices are paid in the CertCentral console</source>
        <translation>finance pay no admite ID de factura: las facturas se pagan en la consola de CertCentral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid invoices: %1</source>
        <translation>Facturas impagadas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CertCentral API has no invoice functions. Pay invoices in the CertCentral console (Finances &gt; Pay Invoice):</source>
        <translation>La API de CertCentral no tiene funciones de facturas. Pague las facturas en la consola de CertCentral (Finances &gt; Pay Invoice):</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>--format needs table, json or csv</source>
        <translation>--format necesita table, json o csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format debe ser table, json o csv; se indicó &quot;%1&quot;</translation>
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
        <translation>No se envió nada.</translation>
    </message>
</context>
<context>
    <name>CliKeyPlan</name>
    <message>
        <location filename="../app/cli/CliKeyPlan.cpp" line="+29"/>
        <source>--csr needs a file name</source>
        <translation>--csr necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key is needed: give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>se necesita una clave nueva: indique --csr FILE o --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--key-out es obligatorio con --generate-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out goes with --generate-key, not with --csr</source>
        <translation>--key-out va con --generate-key, no con --csr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: no se puede leer %1: %2</translation>
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
        <translation>--key-out: %1 ya existe; un archivo de clave nunca se sobrescribe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private key (%1, encrypted) written to %2 (readable by you only).</source>
        <translation>Clave privada (%1, cifrada) escrita en %2 (solo usted puede leerla).</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de order.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order %1 needs the order ID first</source>
        <translation>order %1 necesita primero el ID de pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>el ID de pedido debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>--csr needs a file name</source>
        <translation>--csr necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>certdesk-cli: %1: add --yes to confirm</source>
        <translation>certdesk-cli: %1: añada --yes para confirmar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request %2 waits for an administrator or manager to approve it.</source>
        <translation>%1: la solicitud %2 está en espera de que un administrador o gestor la apruebe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: revoked.</source>
        <translation>%1: se ha revocado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: submitted as request %2; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: se ha enviado como solicitud %2; CertCentral no indicó si espera aprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: submitted; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: se ha enviado; CertCentral no indicó si espera aprobación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approved.</source>
        <translation>%1: se ha aprobado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)</source>
        <translation>Valor aleatorio de DCV: %1 (certdesk-cli order dcv %2 check cuando esté publicado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cn needs the common name</source>
        <translation>--cn necesita el nombre común</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--san needs a name</source>
        <translation>--san necesita un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provisioning needs one of: %1</source>
        <translation>--provisioning necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dcv-scope needs base_domain or fqdn</source>
        <translation>--dcv-scope necesita base_domain o fqdn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--comments needs a text</source>
        <translation>--comments necesita un texto</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+100"/>
        <location line="+65"/>
        <location line="+65"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+100"/>
        <location line="+65"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>order %1 is a code-signing order: give --provisioning ship_token, client_app or email (email, for an HSM, takes --csr FILE made there)</source>
        <translation>el pedido %1 es un pedido de firma de código: indique --provisioning ship_token, client_app o email (email, para un HSM, necesita --csr FILE con la CSR creada en ese HSM)</translation>
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
        <translation>Advertencia: la reemisión elimina %1; los certificados emitidos antes para el pedido pueden revocarse en un plazo de 72 horas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reissue order %1 for %2?</source>
        <translation>¿Reemitir el pedido %1 para %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>a reissue replaces the order&apos;s certificate</source>
        <translation>una reemisión sustituye el certificado del pedido</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>certdesk-cli: it is not known whether the reissue was requested; look at the order (certdesk-cli orders show %1) before running the command again.</source>
        <translation>certdesk-cli: no se sabe si se solicitó la reemisión; consulte el pedido (certdesk-cli orders show %1) antes de volver a ejecutar el comando.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reissue of order %1</source>
        <translation>Reemisión del pedido %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--generate-key does not go with --provisioning: a code-signing key is made on the token or the HSM</source>
        <translation>--generate-key no va con --provisioning: la clave de firma de código se genera en el token o en el HSM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cn does not go with --provisioning: a code-signing reissue carries no names</source>
        <translation>--cn no va con --provisioning: una reemisión de firma de código no lleva nombres</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--provisioning is for code-signing orders; order %1 is %2</source>
        <translation>--provisioning es para pedidos de firma de código; el pedido %1 es de tipo %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reissue code-signing order %1 (%2)?</source>
        <translation>¿Reemitir el pedido de firma de código %1 (%2)?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expires needs a date as yyyy-MM-dd</source>
        <translation>--expires necesita una fecha con el formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--expires is required: the duplicate&apos;s end date as yyyy-MM-dd</source>
        <translation>--expires es obligatorio: la fecha de fin del duplicado con el formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires must be a date as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--expires debe ser una fecha con el formato yyyy-MM-dd; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate order %1 (%2) until %3?</source>
        <translation>¿Duplicar el pedido %1 (%2) hasta el %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a duplicate issues another certificate</source>
        <translation>un duplicado emite otro certificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the duplicate was requested; look at the order&apos;s duplicates before running the command again.</source>
        <translation>certdesk-cli: no se sabe si se solicitó el duplicado; consulte los duplicados del pedido antes de volver a ejecutar el comando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate of order %1</source>
        <translation>Duplicado del pedido %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--note needs a text: why the order is canceled</source>
        <translation>--note necesita un texto: por qué se cancela el pedido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--note is required: CertCentral keeps why the order was canceled</source>
        <translation>--note es obligatorio: CertCentral guarda el motivo de la cancelación del pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>¿Cancelar el pedido %1? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceling an order cannot be undone</source>
        <translation>la cancelación de un pedido no se puede deshacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 canceled.</source>
        <translation>Pedido %1 cancelado.</translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+47"/>
        <source>--status needs a value: %1</source>
        <translation>--status necesita un valor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <location line="+54"/>
        <source>--search needs a text</source>
        <translation>--search necesita un texto</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>--sort needs a field</source>
        <translation>--sort necesita un campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product necesita un id de nombre de producto, por ejemplo ssl_basic</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--organization needs an organization id (a positive number)</source>
        <translation>--organization necesita un id de organización (un número positivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--container needs a container id (a positive number)</source>
        <translation>--container necesita un id de contenedor (un número positivo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--valid-till-from needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-from necesita una fecha con el formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--valid-till-to needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-to necesita una fecha con el formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+61"/>
        <source>--format needs table, json or csv</source>
        <translation>--format necesita table, json o csv</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--columns needs a comma-separated list of columns</source>
        <translation>--columns necesita una lista de columnas separadas por comas</translation>
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
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+71"/>
        <location line="+54"/>
        <location line="+73"/>
        <location line="+52"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format debe ser table, json o csv; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders show needs exactly one order ID</source>
        <translation>orders show necesita exactamente un ID de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>el ID de pedido debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid till</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>--organization needs an organization id</source>
        <translation>--organization necesita un id de organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts list needs --organization ID (see organizations list)</source>
        <translation>contacts list necesita --organization ID (consulte organizations list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>organization ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>el ID de organización debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>me takes only --format table|json</source>
        <translation>me solo admite --format table|json</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de order.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product necesita un id de nombre de producto, por ejemplo ssl_basic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn needs the common name</source>
        <translation>--cn necesita el nombre común</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san needs a name</source>
        <translation>--san necesita un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--csr needs a file name</source>
        <translation>--csr necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out necesita un nombre de archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--years needs 1, 2 or 3</source>
        <translation>--years necesita 1, 2 o 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--organization needs an organization id</source>
        <translation>--organization necesita un id de organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--payment needs balance</source>
        <translation>--payment necesita balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dcv-email needs NAME=ADDRESS</source>
        <translation>--dcv-email necesita NAME=ADDRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dcv-email must be NAME=ADDRESS, for example shop.example.com=admin@example.com; got &quot;%1&quot;</source>
        <translation>--dcv-email debe ser NAME=ADDRESS, por ejemplo shop.example.com=admin@example.com; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--custom-field needs ID=VALUE</source>
        <translation>--custom-field necesita ID=VALUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--custom-field must be ID=VALUE with the field&apos;s positive id (see certdesk-cli account fields); got &quot;%1&quot;</source>
        <translation>--custom-field debe ser ID=VALUE con el id positivo del campo (consulte certdesk-cli account fields); se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--payment: only balance can be used from the command line; pay by card in CertDesk</source>
        <translation>--payment: desde la línea de comandos solo se puede usar balance; pague con tarjeta en CertDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--years must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--years debe ser 1, 2 o 3; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization must be an organization id (a positive number)</source>
        <translation>--organization debe ser un id de organización (un número positivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>indique --csr FILE o --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: no se puede leer %1: %2</translation>
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
        <translation>--key-out es obligatorio con --generate-key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 ya existe; un archivo de clave nunca se sobrescribe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt the new key, or make the key with certdesk-cli csr new first</source>
        <translation>defina CERTDESK_KEY_PASSPHRASE (8 caracteres como mínimo) para cifrar la nueva clave, o cree antes la clave con certdesk-cli csr new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>placing an order is charged to the account: add --yes to confirm</source>
        <translation>realizar un pedido se carga a la cuenta: añada --yes para confirmar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>Pedido de %1 para %2 (%n año), con cargo al saldo. ¿Realizarlo? [y/N] </numerusform>
            <numerusform>Pedido de %1 para %2 (%n años), con cargo al saldo. ¿Realizarlo? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ordered.</source>
        <translation>No se pidió nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private key (%1, encrypted) written to %2.</source>
        <translation>Clave privada (%1, cifrada) escrita en %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>certdesk-cli: the connection failed before CertCentral took the order; nothing was ordered (checked with alternative order ID %1). Run the command again.</source>
        <translation>certdesk-cli: la conexión falló antes de que CertCentral recibiera el pedido; no se pidió nada (comprobado con el ID alternativo del pedido %1). Vuelva a ejecutar el comando.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the order was placed. Do not run the command again: look for alternative order ID %1 first (CertDesk, or GET order/alternate/%1).</source>
        <translation>certdesk-cli: no se sabe si se realizó el pedido. No vuelva a ejecutar el comando: busque primero el ID alternativo del pedido %1 (CertDesk, o GET order/alternate/%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 placed (alternative order ID %2).</source>
        <translation>Pedido %1 realizado (ID alternativo del pedido %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Está en espera de que un administrador o gestor lo apruebe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (see certdesk for where to put it)</source>
        <translation>Valor aleatorio de DCV: %1 (consulte en certdesk dónde colocarlo)</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+24"/>
        <source>certdesk-cli: error %1: %2</source>
        <translation>certdesk-cli: error %1: %2</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de profile.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key for %1: </source>
        <translation>Clave de API para %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key: %1</source>
        <translation>Clave de API: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>certdesk-cli: the key was not stored: %1 (%2)</source>
        <translation>certdesk-cli: no se guardó la clave: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Sesión iniciada como %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--service needs us or eu</source>
        <translation>--service necesita us o eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs the API base URL</source>
        <translation>--url necesita la URL base de la API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs exactly one profile name (quote names with spaces)</source>
        <translation>profile add necesita exactamente un nombre de perfil (ponga entre comillas los nombres con espacios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--service and --url exclude each other</source>
        <translation>--service y --url se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--service must be us or eu, got &quot;%1&quot;; use --url for others</source>
        <translation>--service debe ser us o eu; se indicó &quot;%1&quot;; use --url para otros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a profile named &quot;%1&quot; exists already</source>
        <translation>ya existe un perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added profile %1 (%2).</source>
        <translation>Se añadió el perfil %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes only --format table|json</source>
        <translation>profile list solo admite --format table|json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profiles yet. Add one with: certdesk-cli profile add NAME</source>
        <translation>Aún no hay perfiles. Añada uno con: certdesk-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile use needs exactly one profile name</source>
        <translation>profile use necesita exactamente un nombre de perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Using profile %1.</source>
        <translation>Usando el perfil %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile rename needs the old and the new name</source>
        <translation>profile rename necesita el nombre anterior y el nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to %1.</source>
        <translation>Nombre cambiado a %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile set-key needs exactly one profile name</source>
        <translation>profile set-key necesita exactamente un nombre de perfil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored the new key of %1.</source>
        <translation>Se guardó la nueva clave de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one profile name</source>
        <translation>profile remove necesita exactamente un nombre de perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add --yes to remove %1 and its key without a question</source>
        <translation>añada --yes para eliminar %1 y su clave sin preguntar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer? [y/N] </source>
        <translation>¿Eliminar el perfil %1 y su clave de API de este equipo? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing removed.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed profile %1.</source>
        <translation>Se eliminó el perfil %1.</translation>
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
        <translation>Ejecute certdesk-cli --help para ver los verbos de requests.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--status needs one of: %1</source>
        <translation>--status necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type needs one of: %1</source>
        <translation>--type necesita uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table, json or csv</source>
        <translation>--format necesita table, json o csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+70"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>--status must be one of %1, got &quot;%2&quot;</source>
        <translation>--status debe ser uno de estos valores: %1; se indicó &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be one of %1, got &quot;%2&quot;</source>
        <translation>--type debe ser uno de estos valores: %1; se indicó &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format debe ser table, json o csv; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests %1 needs a request ID</source>
        <translation>requests %1 necesita un ID de solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>el ID de solicitud debe ser un número entero positivo; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format needs table or json</source>
        <translation>--format necesita table o json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format debe ser table o json; se indicó &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hash de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plataforma del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation reason</source>
        <translation>Motivo de revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor comment</source>
        <translation>Comentario de la resolución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: %1 Nothing was sent.</source>
        <translation>certdesk-cli: %1 No se envió nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--comment needs a text</source>
        <translation>--comment necesita un texto</translation>
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
        <translation>solicitud %1 (%2 del pedido %3, %4, de %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision cannot be undone: add --yes to confirm</source>
        <translation>una decisión no se puede deshacer: añada --yes para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1?</source>
        <translation>¿Aprobar la %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject %1?</source>
        <translation>¿Rechazar la %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>certdesk-cli: it is not known whether the decision was recorded; run certdesk-cli requests show %1 before sending it again.</source>
        <translation>certdesk-cli: no se sabe si se registró la decisión; ejecute certdesk-cli requests show %1 antes de volver a enviarla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: approved.</source>
        <translation>%1: aprobada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: rejected.</source>
        <translation>%1: rechazada.</translation>
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
            affiliationChanged, superseded, cessationOfOperation; también se aceptan
            key_compromise y similares. --compromised-at solo con keyCompromise, con zona
            horaria: ...T14:30:00Z; se envía como primera línea de los comentarios)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+12"/>
        <source>  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)
</source>
        <translation>  check [--format table|json]  (un recorrido de solo lectura por la cuenta: lo que CertDesk puede leer)
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
            [--format table|json|csv]  (el historial de saldo: cargos, depósitos,
            transferencias, pagos de facturas)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (moves whole amounts between divisions; separate division funds must be on)
</source>
        <translation>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (transfiere importes enteros entre divisiones; los fondos separados por
            división deben estar activados)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  finance profile [--format table|json]  (the stored cards, read only)
</source>
        <translation>  finance profile [--format table|json]  (las tarjetas guardadas, solo lectura)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console
            page where invoices are paid: the API has none)
</source>
        <translation>  finance pay [--container ID]  (lo que se debe en facturas y la página de la consola de
            CertCentral donde se pagan: la API no tiene funciones de facturas)
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
            (de forma predeterminada, los nombres del pedido; los certificados anteriores pueden revocarse)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (pedidos de firma de código: sin nombres; una CSR de su HSM solo con email)
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
              [--columns order_id,common_name,...]  (table y csv; consulte el README)
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
        <translation>  contacts list --organization ID [--format table|json|csv]  (contactos verificados)
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
            [--key FILE] [--out FILE]  (der se genera aquí a partir de pem_nointermediate;
            p7b va en PEM tal como lo envía CertCentral; p12: la cadena con la clave de
            --key, frases de contraseña de CERTDESK_KEY_PASSPHRASE y CERTDESK_P12_PASSPHRASE
            o solicitadas)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+5"/>
        <source>  account fields [--format table|json|csv]  (custom order fields)
</source>
        <translation>  account fields [--format table|json|csv]  (campos personalizados del pedido)
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
            <numerusform>Solo se tomaron las primeras %1 filas pegadas; se omitió %n más (una solicitud añade como máximo %2 contactos).</numerusform>
            <numerusform>Solo se tomaron las primeras %1 filas pegadas; se omitieron %n más (una solicitud añade como máximo %2 contactos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first pasted row looked like column headings and was left out.</source>
        <translation>La primera fila pegada parecía contener encabezados de columna y se omitió.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/security/CredentialStore.cpp" line="+22"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Todavía no hay ninguna clave de API guardada para este perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the API key. Unlock your keychain (or allow CertDesk when your desktop asks) and try again.</source>
        <translation>El llavero denegó el acceso a la clave de API. Desbloquee el llavero (o permita el acceso a CertDesk cuando el escritorio lo solicite) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this desktop, so CertDesk cannot keep the API key. CertDesk stores keys only in the system keychain. On Linux, install and start a Secret Service (for example: apt install gnome-keyring, or use KWallet) inside your desktop session, then sign in again. The sandbox works without a keychain. (%1)</source>
        <translation>No hay ningún llavero disponible en este escritorio, por lo que CertDesk no puede guardar la clave de API. CertDesk guarda las claves solo en el llavero del sistema. En Linux, instale e inicie un Secret Service (por ejemplo: apt install gnome-keyring, o use KWallet) en su sesión de escritorio y vuelva a iniciar sesión. El entorno de pruebas funciona sin llavero. (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain reported a problem: %1</source>
        <translation>El llavero informó de un problema: %1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../app/security/CsrBuilder.cpp" line="+34"/>
        <source>There is no private key to sign the request with.</source>
        <translation>No hay ninguna clave privada con la que firmar la solicitud.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The common name &quot;%1&quot; cannot go into a request (1 to 64 characters).</source>
        <translation>El nombre común «%1» no se puede incluir en una solicitud (de 1 a 64 caracteres).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>The names could not go into the request: %1</source>
        <translation>No se pudieron incluir los nombres en la solicitud: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be signed: %1</source>
        <translation>No se pudo firmar la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>CsrInfo</name>
    <message>
        <location filename="../app/security/CsrInfo.cpp" line="+26"/>
        <source>This is not a certificate signing request: paste the PEM text that starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>Esto no es una solicitud de firma de certificado: pegue el texto PEM que empieza por -----BEGIN CERTIFICATE REQUEST-----.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The request&apos;s signature does not verify: it was altered or signed with another key.</source>
        <translation>La firma de la solicitud no es válida: se modificó o se firmó con otra clave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA keys need 2048 bits or more; this one has %1.</source>
        <translation>Las claves RSA necesitan 2048 bits o más; esta tiene %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC keys need P-256 or larger; this one has %1 bits.</source>
        <translation>Las claves EC necesitan P-256 o superior; esta tiene %1 bits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request&apos;s common name is &quot;%1&quot;, the order&apos;s is &quot;%2&quot;.</source>
        <translation>El nombre común de la solicitud es «%1»; el del pedido es «%2».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names on the order but not in the request: %1</source>
        <translation>Nombres que están en el pedido pero no en la solicitud: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in the request but not on the order: %1</source>
        <translation>Nombres que están en la solicitud pero no en el pedido: %1</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <location filename="../app/core/CustomField.cpp" line="+22"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses separated by commas</source>
        <translation>direcciones de correo electrónico separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required by your account; enter %2.</source>
        <translation>Su cuenta exige %1; introduzca %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has at most 1,024 characters.</source>
        <translation>%1 tiene como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes printable characters on one line: no line breaks or control characters.</source>
        <translation>%1 admite caracteres imprimibles en una sola línea: sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a whole number, for example 4711.</source>
        <translation>%1 admite un número entero, por ejemplo 4711.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes one e-mail address (name@example.com).</source>
        <translation>%1 admite una sola dirección de correo electrónico (name@example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes e-mail addresses separated by commas; &quot;%2&quot; is not one.</source>
        <translation>%1 admite direcciones de correo electrónico separadas por comas; «%2» no lo es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The custom fields reply is not a JSON object.</source>
        <translation>La respuesta de los campos personalizados no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/DashboardScreen.cpp" line="+43"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates expiring</source>
        <translation>Certificados por caducar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+99"/>
        <source>—
pending requests</source>
        <translation>—
solicitudes pendientes</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Orders by status</source>
        <translation>Pedidos por estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expirations per month (issued certificates, next 12 months)</source>
        <translation>Caducidades por mes (certificados emitidos, próximos 12 meses)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pending orders</source>
        <translation>pedidos pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificates expiring within %1 days</source>
        <translation>certificados que caducan en %1 días</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these orders</source>
        <translation>Mostrar estos pedidos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
pending requests</source>
        <translation>%1
solicitudes pendientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New orders, reissues, duplicates and revocations waiting for approval</source>
        <translation>Pedidos nuevos, reemisiones, duplicados y revocaciones en espera de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your requests waiting for an administrator or manager to approve them</source>
        <translation>Sus solicitudes en espera de que un administrador o gestor las apruebe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pending requests could not be counted: %1</source>
        <translation>No se pudieron contar las solicitudes pendientes: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 available</source>
        <translation>%1 disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no negative limit</source>
        <translation>sin límite negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
balance</source>
        <translation>%1
saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
balance · %2</source>
        <translation>%1
saldo · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funds of your container in CertCentral.</source>
        <translation>Los fondos de su contenedor en CertCentral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices: %1</source>
        <translation>Facturas impagadas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative balance limit: %1</source>
        <translation>Límite de saldo negativo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—
balance</source>
        <translation>—
saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance could not be loaded: %1</source>
        <translation>No se pudo cargar el saldo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No orders loaded yet.</source>
        <translation>Aún no se ha cargado ningún pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders loaded</source>
        <translation>%1 pedidos cargados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 orders matching the Orders page&apos;s filters are loaded (%2); clear them there for the whole account.</source>
        <translation>Solo están cargados los %1 pedidos que coinciden con los filtros de la página Pedidos (%2); bórrelos allí para ver toda la cuenta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within 30 days</source>
        <translation>en 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 60 days</source>
        <translation>en 60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 90 days</source>
        <translation>en 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending (DCV or approval)</source>
        <translation>pendientes (DCV o aprobación)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expiring</source>
        <translation>Por caducar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificates expiring in %1</source>
        <translation>certificados que caducan en %1</translation>
    </message>
</context>
<context>
    <name>DcvInstructions</name>
    <message>
        <location filename="../app/core/DcvInstructions.cpp" line="+21"/>
        <source>Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this value:

%2

Any TTL works; keep one such record per domain.</source>
        <translation>Añada a %1 un registro DNS TXT (host vacío o @ para el propio dominio) con este valor:

%2

Sirve cualquier TTL; mantenga un solo registro de este tipo por dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the DNS CNAME record CertCentral shows for %1, built from this value:

%2</source>
        <translation>Añada el registro DNS CNAME que CertCentral muestra para %1, creado a partir de este valor:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a file at
%1
that holds only this value:

%2

File-based DCV covers this exact name only, not its subdomains or a wildcard.</source>
        <translation>Publique un archivo en
%1
que contenga solo este valor:

%2

La DCV por archivo cubre solo este nombre exacto, no sus subdominios ni un comodín.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is good until %1.</source>
        <translation>El valor es válido hasta el %1.</translation>
    </message>
</context>
<context>
    <name>DcvMethodDialog</name>
    <message>
        <location filename="../ui/orders/DcvMethodDialog.cpp" line="+25"/>
        <source>DCV method of order %1</source>
        <translation>Método de DCV del pedido %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to</source>
        <translation>Cambiar a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed to %1.</source>
        <translation>Se cambió a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to %1. The new random value: %2 (the order&apos;s Names and DCV tab shows where it goes).</source>
        <translation>Se cambió a %1. El nuevo valor aleatorio: %2 (la pestaña Nombres y DCV del pedido indica dónde colocarlo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>No se cambió: %1</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../app/core/DnsName.cpp" line="+27"/>
        <source>Enter a domain name, for example example.com</source>
        <translation>Introduzca un nombre de dominio, por ejemplo example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the domain name, without http:// or a path: &quot;%1&quot;</source>
        <translation>Introduzca solo el nombre de dominio, sin http:// ni ruta: «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is an IP address; public certificates here take domain names only</source>
        <translation>«%1» es una dirección IP; aquí los certificados públicos solo admiten nombres de dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a wildcard; only wildcard products take *. names</source>
        <translation>«%1» es un comodín; los nombres *. solo se admiten en productos comodín</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a wildcard may only be the whole left-most label, as in *.example.com</source>
        <translation>«%1»: un comodín solo puede ser la etiqueta completa situada más a la izquierda, como en *.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A domain name has at most 253 characters; &quot;%1&quot; has %2</source>
        <translation>Un nombre de dominio tiene como máximo 253 caracteres; «%1» tiene %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a dot: enter a full domain such as example.com</source>
        <translation>«%1» necesita un punto: introduzca un dominio completo como example.com</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end</source>
        <translation>«%1» no es un nombre de dominio válido: cada parte entre puntos tiene de 1 a 63 letras, dígitos o guiones, sin guion al principio ni al final</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../app/core/Domain.cpp" line="+20"/>
        <source>A domain without an id or a name</source>
        <translation>Un dominio sin id ni nombre</translation>
    </message>
</context>
<context>
    <name>DomainCreateCall</name>
    <message>
        <location filename="../app/api/DomainEndpoints.cpp" line="+35"/>
        <source>The reply to Add domain has no domain id</source>
        <translation>La respuesta a Añadir dominio no contiene el id del dominio</translation>
    </message>
</context>
<context>
    <name>DomainDcvCall</name>
    <message>
        <location line="+66"/>
        <source>CertCentral sent no token</source>
        <translation>CertCentral no envió ningún token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CertCentral&apos;s answer has no DCV status (active or inactive)</source>
        <translation>La respuesta de CertCentral no contiene ningún estado de DCV (active o inactive)</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <location filename="../models/DomainsModel.cpp" line="+66"/>
        <source>Valid until %1</source>
        <translation>Válida hasta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS TXT record</source>
        <translation>Registro DNS TXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS CNAME record</source>
        <translation>Registro DNS CNAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File on the web server</source>
        <translation>Archivo en el servidor web</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV validation</source>
        <translation>Validación OV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EV validation</source>
        <translation>Validación EV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV approved</source>
        <translation>DCV aprobada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain lock</source>
        <translation>Bloqueo de dominio</translation>
    </message>
</context>
<context>
    <name>DomainsScreen</name>
    <message>
        <location filename="../ui/domains/DomainsScreen.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV instructions…</source>
        <translation>Instrucciones de DCV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check DCV</source>
        <translation>Comprobar DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Enviar a validación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search domain or organization</source>
        <translation>Buscar dominio u organización</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Select a domain to see its validations.</source>
        <translation>Seleccione un dominio para ver sus validaciones.</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 of %2 domains shown</source>
        <translation>Se muestran %1 de %2 dominios</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+349"/>
        <source>Ask CertCentral to look for the DNS record or file now</source>
        <translation>Pedir a CertCentral que busque ahora el registro DNS o el archivo</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 of %2 domains loaded</source>
        <translation>%1 de %2 dominios cargados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domains could not be loaded: %1</source>
        <translation>No se pudieron cargar los dominios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 dominios</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses e-mail DCV: CertCentral e-mails the addresses it builds for the domain (admin@, administrator@, webmaster@, hostmaster@ and postmaster@) and the contacts of its DNS TXT record; approve the link in that e-mail.</source>
        <translation>%1 usa DCV por correo electrónico: CertCentral escribe a las direcciones que forma para el dominio (admin@, administrator@, webmaster@, hostmaster@ y postmaster@) y a los contactos de su registro DNS TXT; apruebe el enlace de ese correo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The DCV token of %1 could not be fetched: %2</source>
        <translation>No se pudo obtener el token de DCV de %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>New DCV token</source>
        <translation>Nuevo token de DCV</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 has no valid DCV token. Ask CertCentral for a new one?

A new token replaces any token of this domain that may already be published.</source>
        <translation>%1 no tiene ningún token de DCV válido. ¿Pedir uno nuevo a CertCentral?

Un token nuevo sustituye a cualquier token de este dominio que ya se haya publicado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new DCV token for %1: %2</source>
        <translation>No hay un token de DCV nuevo para %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prove control of %1</source>
        <translation>Demostrar el control de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New token…</source>
        <translation>Nuevo token…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask CertCentral for a new token; it replaces this one.</source>
        <translation>Pedir un token nuevo a CertCentral; sustituye a este.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the DCV token of %1? A token already published for it stops working.</source>
        <translation>¿Sustituir el token de DCV de %1? Un token ya publicado para él dejará de funcionar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CertCentral found the DCV token of %1: domain control is proven.</source>
        <translation>CertCentral encontró el token de DCV de %1: el control del dominio está demostrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CertCentral has not found the DCV token of %1 yet. Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>CertCentral aún no ha encontrado el token de DCV de %1. Publique el valor (Instrucciones de DCV…) y vuelva a intentarlo; los cambios de DNS pueden tardar en verse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DCV for %1 is not done yet: %2</source>
        <translation>La DCV de %1 aún no se ha completado: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>Publique el valor (Instrucciones de DCV…) y vuelva a intentarlo; los cambios de DNS pueden tardar en verse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete domain</source>
        <translation>Eliminar dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Certificates already issued for it stay valid. To order for it again, the domain must be added and validated again.</source>
        <translation>¿Eliminar %1 de la cuenta?

Los certificados ya emitidos para él siguen siendo válidos. Para volver a hacer pedidos para él, habrá que añadir y validar de nuevo el dominio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit %1 for validation</source>
        <translation>Enviar %1 a validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OV: organization validation</source>
        <translation>OV: validación de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: validación extendida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was added. Choose it and open DCV instructions to prove control.</source>
        <translation>Se añadió %1. Selecciónelo y abra Instrucciones de DCV para demostrar el control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added. CertCentral e-mails the DCV approval request to the domain&apos;s addresses.</source>
        <translation>Se añadió %1. CertCentral envía la solicitud de aprobación de DCV a las direcciones del dominio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose OV, EV or both to submit %1 for validation.</source>
        <translation>Elija OV, EV o ambas para enviar %1 a validación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was submitted for validation; the list shows it as pending.</source>
        <translation>Se envió %1 a validación; la lista lo muestra como pendiente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be submitted: %2</source>
        <translation>No se pudo enviar %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a domain to the account, optionally submitted for validation</source>
        <translation>Añadir un dominio a la cuenta y, opcionalmente, enviarlo a validación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected domain from the account</source>
        <translation>Quitar el dominio seleccionado de la cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit the selected domain for OV or EV validation</source>
        <translation>Enviar el dominio seleccionado a validación OV o EV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses e-mail DCV; approve the e-mail instead.</source>
        <translation>%1 usa DCV por correo electrónico; apruebe el correo en su lugar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Contenedor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV method: %1</source>
        <translation>Método de DCV: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV good for OV until %1</source>
        <translation>DCV válida para OV hasta el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV good for EV until %1</source>
        <translation>DCV válida para EV hasta el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 validation: %2 (DCV %3)</source>
        <translation>Validación %1: %2 (DCV %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validations submitted.</source>
        <translation>No se ha enviado ninguna validación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain lock: %1</source>
        <translation>Bloqueo de dominio: %1</translation>
    </message>
</context>
<context>
    <name>DownloadButton</name>
    <message>
        <location filename="../ui/orders/DownloadButton.cpp" line="+14"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PKCS#12 with the private key…</source>
        <translation>Guardar como PKCS#12 con la clave privada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy PEM to clipboard</source>
        <translation>Copiar PEM al portapapeles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM bundle: certificate, intermediate and root…</source>
        <translation>Paquete PEM: certificado, intermedio y raíz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM: certificate only…</source>
        <translation>PEM: solo el certificado…</translation>
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
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download the certificate of order %1</source>
        <translation>Descargar el certificado del pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 has no issued certificate to download (%2).</source>
        <translation>El pedido %1 no tiene ningún certificado emitido que descargar (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Select an order with an issued certificate.</source>
        <translation>Seleccione un pedido con un certificado emitido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of order %1 is on the clipboard.</source>
        <translation>El certificado del pedido %1 está en el portapapeles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the certificate of order %1 to %2.</source>
        <translation>Se guardó el certificado del pedido %1 en %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of order %1 could not be downloaded: %2</source>
        <translation>No se pudo descargar el certificado del pedido %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.ui" line="+6"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments for the approver</source>
        <translation>Comentarios para el aprobador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Omitir la aprobación (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.cpp" line="+13"/>
        <source>Names and end date of the duplicate</source>
        <translation>Nombres y fecha de fin del duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duplicate is another certificate on order %1, with its own key.</source>
        <translation>Un duplicado es otro certificado del pedido %1, con su propia clave.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The common name stays on the duplicate.</source>
        <translation>El nombre común se mantiene en el duplicado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the latest %1: %2.</source>
        <translation>A más tardar el %1: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateRequest</name>
    <message>
        <location filename="../app/core/DuplicateRequest.cpp" line="+26"/>
        <source>the order&apos;s end</source>
        <translation>el fin del pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s end</source>
        <translation>el fin del plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest a TLS certificate may last</source>
        <translation>la duración máxima de un certificado TLS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the issued order to duplicate.</source>
        <translation>Elija el pedido emitido que desea duplicar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on the order; a duplicate can only use the order&apos;s names: %2</source>
        <translation>%1 no está en el pedido; un duplicado solo puede usar los nombres del pedido: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A duplicate needs a certificate signing request (CSR) for its key.</source>
        <translation>Un duplicado necesita una solicitud de firma de certificado (CSR) para su clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>El hash de firma «%1» no está disponible; use sha256, sha384 o sha512.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date must be after today (%1); got %2.</source>
        <translation>La fecha de fin debe ser posterior a hoy (%1); se indicó %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date can be %1 at the latest (%2); got %3.</source>
        <translation>La fecha de fin puede ser como máximo %1 (%2); se indicó %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Los comentarios tienen como máximo %1 caracteres; estos tienen %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateWizard.cpp" line="+13"/>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key and CSR for the duplicate</source>
        <translation>Clave y CSR del duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Duplicate requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Duplicado solicitado.&lt;/b&gt; La solicitud %1 espera la aprobación en la página Solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Duplicado rechazado.&lt;/b&gt; La solicitud %1 fue rechazada; consulte la página Solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Duplicado enviado&lt;/b&gt; como solicitud %1. CertCentral no indicó si espera aprobación; la página Solicitudes lo muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Duplicado enviado&lt;/b&gt; para el pedido %1. CertCentral no indicó si espera aprobación; los detalles del pedido lo muestran.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate issued&lt;/b&gt;: certificate %1. Download it from the order&apos;s Certificate tab (Download).</source>
        <translation>&lt;b&gt;Duplicado emitido&lt;/b&gt;: certificado %1. Descárguelo desde la pestaña Certificado del pedido (Descargar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends on %1 at the latest.</source>
        <translation>Termina como máximo el %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its private key: %1</source>
        <translation>Su clave privada: %1</translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message>
        <location filename="../ui/orders/EditNamesDialog.cpp" line="+26"/>
        <source>Names of order %1</source>
        <translation>Nombres del pedido %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>Como máximo %n nombre, los que tiene ahora el pedido. Los nombres nuevos necesitan DCV.</numerusform>
            <numerusform>Como máximo %n nombres, los que tiene ahora el pedido. Los nombres nuevos necesitan DCV.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save names</source>
        <translation>Guardar nombres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not changed: %1</source>
        <translation>No se cambiaron: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+14"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>FieldErrorMap</name>
    <message>
        <location filename="../ui/common/FieldErrorMap.cpp" line="+97"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral does not accept this value.</source>
        <translation>CertCentral no acepta este valor.</translation>
    </message>
</context>
<context>
    <name>FinanceScreen</name>
    <message>
        <location filename="../ui/finance/FinanceScreen.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move funds…</source>
        <translation>Transferir fondos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay invoices in CertCentral…</source>
        <translation>Pagar facturas en CertCentral…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Services API has no invoices: see what each division owes and open the CertCentral console to pay</source>
        <translation>La API CertCentral Services no tiene facturas: consulte lo que debe cada división y abra la consola de CertCentral para pagar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance history</source>
        <translation>Historial de saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment profile</source>
        <translation>Perfil de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds by division</source>
        <translation>Fondos por división</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Funds move between divisions; this account shows fewer than two.</source>
        <translation>Los fondos se transfieren entre divisiones; esta cuenta muestra menos de dos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move funds from one division to another</source>
        <translation>Transferir fondos de una división a otra</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+75"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The list of divisions could not be loaded, so only your own division&apos;s funds are shown: %1</source>
        <translation>No se pudo cargar la lista de divisiones, por lo que solo se muestran los fondos de su propia división: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your division</source>
        <translation>Su división</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funds of %1 could not be loaded: %2</source>
        <translation>No se pudieron cargar los fondos de %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2 unpaid</source>
        <translation>%1: %2 por pagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No division has unpaid invoices.</source>
        <translation>Ninguna división tiene facturas impagadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unpaid invoice balance is not known yet: refresh the funds.</source>
        <translation>Aún no se conoce el saldo de facturas impagadas: actualice los fondos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices, %1 in all:</source>
        <translation>Facturas impagadas, %1 en total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CertCentral API has no invoice functions: invoices and purchase orders are viewed and paid in the CertCentral console (Finances &gt; Pay Invoice). Payments appear here in the balance history.</source>
        <translation>La API de CertCentral no tiene funciones de facturas: las facturas y las órdenes de compra se consultan y se pagan en la consola de CertCentral (Finances &gt; Pay Invoice). Los pagos aparecen aquí, en el historial de saldo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay invoices in CertCentral</source>
        <translation>Pagar facturas en CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens %1 in your browser.</source>
        <translation>Abre %1 en su navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CertCentral</source>
        <translation>Abrir CertCentral</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started. Open %1 and go to Finances &gt; Pay Invoice.</source>
        <translation>No se pudo iniciar ningún navegador. Abra %1 y vaya a Finances &gt; Pay Invoice.</translation>
    </message>
</context>
<context>
    <name>FundsTransfer</name>
    <message>
        <location filename="../app/core/FundsTransfer.cpp" line="+33"/>
        <source>From: choose the division the funds leave.</source>
        <translation>Origen: elija la división de la que salen los fondos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: choose the division that receives the funds.</source>
        <translation>Destino: elija la división que recibe los fondos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: choose a division other than the one the funds leave.</source>
        <translation>Destino: elija una división distinta de la de origen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)</source>
        <translation>un importe entero de 1 a %1, por ejemplo 1000 (CertCentral no transfiere céntimos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: enter %1.</source>
        <translation>Importe: introduzca %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: &quot;%1&quot; is not %2.</source>
        <translation>Importe: «%1» no es %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 is out of range: %2.</source>
        <translation>Importe: %1 está fuera del rango: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1 is more than the %2 the division has available.</source>
        <translation>Importe: %1 es más que los %2 que tiene disponibles la división.</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../app/core/JsonRead.cpp" line="+173"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object with &quot;%1&quot;</source>
        <translation>Se esperaba un objeto JSON con «%1»</translation>
    </message>
</context>
<context>
    <name>KeyFileWriter</name>
    <message>
        <location filename="../app/security/KeyFileWriter.cpp" line="+8"/>
        <source>Choose where to save the private key.</source>
        <translation>Elija dónde guardar la clave privada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; CertDesk never overwrites a key file. Choose another name.</source>
        <translation>%1 ya existe; CertDesk nunca sobrescribe un archivo de clave. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The key could not be saved to %1: %2</source>
        <translation>No se pudo guardar la clave en %1: %2</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../app/core/KeySpec.cpp" line="+19"/>
        <source>Key type &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>El tipo de clave «%1» no está disponible; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>RSA %1 bits</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECDSA P-%1</source>
        <translation>ECDSA P-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code signing needs an RSA key of 3072 bits or more; %1 is not accepted.</source>
        <translation>La firma de código necesita una clave RSA de 3072 bits o más; no se acepta %1.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+7"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>LifecycleResult</name>
    <message>
        <location filename="../app/core/LifecycleResult.cpp" line="+16"/>
        <source>The reply has no order id</source>
        <translation>La respuesta no contiene el id del pedido</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The reply to the revocation has no request id</source>
        <translation>La respuesta a la revocación no contiene el id de la solicitud</translation>
    </message>
</context>
<context>
    <name>LifecycleResultPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.ui" line="+10"/>
        <source>Change and try again</source>
        <translation>Cambiar y volver a intentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the order</source>
        <translation>Abrir el pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.cpp" line="+11"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending to CertCentral…</source>
        <translation>Enviando a CertCentral…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The answer was lost.&lt;/b&gt; CertCentral may have done it. Open the order and look at its requests before you try again; CertDesk does not send it twice.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Se perdió la respuesta.&lt;/b&gt; Es posible que CertCentral lo haya hecho. Abra el pedido y revise sus solicitudes antes de volver a intentarlo; CertDesk no lo envía dos veces.&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se hizo.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/shell/LoadStatus.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>API: %1/%2 per 5 s</source>
        <translation>API: %1/%2 cada 5 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading orders…</source>
        <translation>Cargando pedidos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 orders loaded</source>
        <translation>%1 de %2 pedidos cargados</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln pedido cargado</numerusform>
            <numerusform>%Ln pedidos cargados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading failed; the table shows what was loaded before</source>
        <translation>Falló la carga; la tabla muestra lo que se cargó antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders loaded; some are missing</source>
        <translation>%1 de %2 pedidos cargados; faltan algunos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh %1</source>
        <translation>Última actualización: %1</translation>
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
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between CertCentral accounts</source>
        <translation>Cambiar entre cuentas de CertCentral</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order…</source>
        <translation>Nuevo pedido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;now</source>
        <translation>Buscar cambios &amp;ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;every</source>
        <translation>Buscar cambios &amp;cada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find orders</source>
        <translation>&amp;Buscar pedidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>CertDesk usará el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Checking for changes failed: %1</source>
        <translation>Falló la búsqueda de cambios: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add profile…</source>
        <translation>&amp;Añadir perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>Cambiar &amp;nombre del perfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change API &amp;key…</source>
        <translation>Cambiar &amp;clave de API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out…</source>
        <translation>Cerrar &amp;sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move profile…</source>
        <translation>&amp;Eliminar perfil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the sand&amp;box</source>
        <translation>Probar el entorno de &amp;pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CertDesk</source>
        <translation>&amp;Acerca de CertDesk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>Navigation entry: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contacts</source>
        <translation>Contactos verif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Requests</source>
        <extracomment>Navigation entry: the approvals queue. A count may follow: &quot;Requests (3)&quot;.</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Finance</source>
        <extracomment>Navigation entry: balances, balance history, moving funds.</extracomment>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order a certificate</source>
        <translation>Pedir un certificado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
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
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change API key…</source>
        <translation>Cambiar clave de API…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>Próximo en caducar: %1 el %2 (%n día)</numerusform>
            <numerusform>Próximo en caducar: %1 el %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>%n solicitud pendiente</numerusform>
            <numerusform>%n solicitudes pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+285"/>
        <source>Requests (%1)</source>
        <translation>Solicitudes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n solicitud en espera de una decisión</numerusform>
            <numerusform>%n solicitudes en espera de una decisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDomain</name>
    <message>
        <location filename="../app/core/NewDomain.cpp" line="+25"/>
        <source>Add the domain without &quot;*.&quot;: validating %1 covers its wildcard</source>
        <translation>Añada el dominio sin «*.»: validar %1 cubre también su comodín</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the organization the domain belongs to</source>
        <translation>Elija la organización a la que pertenece el dominio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation &quot;%1&quot; is not known; use ov or ev</source>
        <translation>La validación «%1» no es conocida; use ov o ev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>El método de DCV «%1» no es conocido; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../app/core/NewOrder.cpp" line="+60"/>
        <source>Choose a product.</source>
        <translation>Elija un producto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a product name id: those are 1 to 64 lower-case letters, digits and _, for example ssl_basic.</source>
        <translation>«%1» no es un identificador de producto: estos tienen de 1 a 64 letras minúsculas, dígitos y _, por ejemplo ssl_basic.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Un producto comodín necesita un nombre común que empiece por *., por ejemplo *.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order holds at most 250 names; this one has %1.</source>
        <translation>Un pedido admite como máximo 250 nombres; este tiene %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a certificate signing request (CSR).</source>
        <translation>Añada una solicitud de firma de certificado (CSR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>El hash de firma «%1» no está disponible; use sha256, sha384 o sha512.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The order&apos;s end date must be 7 days to 3 years from today.</source>
        <translation>La fecha de fin del pedido debe estar entre 7 días y 3 años a partir de hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order lasts at most 1,095 days; you entered %1.</source>
        <translation>Un pedido dura como máximo 1095 días; ha introducido %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>An order lasts 1 to 3 years; you entered %1.</source>
        <translation>Un pedido dura de 1 a 3 años; ha introducido %1.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>El método de DCV «%1» no es conocido; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>La DCV por archivo HTTP no puede demostrar un nombre comodín (%1); use correo electrónico o DNS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV scope must be base_domain or fqdn.</source>
        <translation>El ámbito de la DCV debe ser base_domain o fqdn.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>Choose the organization the certificate is for.</source>
        <translation>Elija la organización para la que es el certificado.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>«%1» no es una dirección de correo electrónico (name@example.com).</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>At most 20 more addresses can be notified.</source>
        <translation>Se pueden notificar como máximo 20 direcciones más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments have at most 1,000 characters.</source>
        <translation>Los comentarios tienen como máximo 1000 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal message has at most 1,000 characters.</source>
        <translation>El mensaje de renovación tiene como máximo 1000 caracteres.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A certificate lasts 1 to %1 days here (at most %2 from today, and not past the order); you entered %3.</source>
        <translation>Aquí un certificado dura de 1 a %1 días (como máximo %2 a partir de hoy y sin superar el pedido); ha introducido %3.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, 0-9).</source>
        <translation>Un ID alternativo de pedido tiene de 1 a 64 letras y dígitos (A-Z, a-z, 0-9).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose how the key is kept: a shipped token, the client app, your own HSM (e-mail) or KeyLocker.</source>
        <translation>Elija cómo se guarda la clave: un token enviado, la aplicación cliente, su propio HSM (correo electrónico) o KeyLocker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the CSR made on your HSM (RSA 3072 or more).</source>
        <translation>Añada la CSR creada en su HSM (RSA de 3072 o más).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code-signing orders run for whole years (1 to 3) or to an end date.</source>
        <translation>Los pedidos de firma de código duran años completos (de 1 a 3) o hasta una fecha de fin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DCV e-mail addresses are only used with the e-mail DCV method.</source>
        <translation>Las direcciones de correo de DCV solo se usan con el método de DCV por correo electrónico.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a name on this order.</source>
        <translation>%1 no es un nombre de este pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one DCV e-mail address; give one.</source>
        <translation>%1 tiene más de una dirección de correo de DCV; indique solo una.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DCV e-mail for %1 goes to an address at %1 or at one of its parent domains (for example admin@%2); %3 is not.</source>
        <translation>El correo de DCV de %1 se envía a una dirección de %1 o de uno de sus dominios superiores (por ejemplo admin@%2); %3 no lo es.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DV orders cannot have an order-level organization contact.</source>
        <translation>Los pedidos DV no pueden tener un contacto de la organización propio del pedido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the technical contact&apos;s telephone number; TLS orders need one.</source>
        <translation>Introduzca el número de teléfono del contacto técnico; los pedidos TLS lo necesitan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only EV and code-signing orders name verified contacts.</source>
        <translation>Solo los pedidos EV y de firma de código designan contactos verificados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added to one order; you entered %2.</source>
        <translation>Se pueden añadir como máximo %1 contactos verificados nuevos a un pedido; ha introducido %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom field is named by its positive ID.</source>
        <translation>Un campo personalizado se identifica por su ID positivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom field&apos;s value has 1 to 1,024 characters.</source>
        <translation>El valor de un campo personalizado tiene de 1 a 1024 caracteres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay from the balance, by card or with the stored card.</source>
        <translation>Pague con el saldo, con una tarjeta o con la tarjeta guardada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VAT number has at most %1 letters, digits, spaces, dots or dashes; got &quot;%2&quot;.</source>
        <translation>Un NIF-IVA tiene como máximo %1 letras, dígitos, espacios, puntos o guiones; se indicó «%2».</translation>
    </message>
</context>
<context>
    <name>NewOrganization</name>
    <message>
        <location filename="../app/core/NewOrganization.cpp" line="+24"/>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and assumed name together may have at most 61 characters; these have %1.</source>
        <translation>El nombre y el nombre comercial juntos pueden tener como máximo 61 caracteres; estos tienen %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two letters: the ISO 3166 country code, for example US or DE.</source>
        <translation>Dos letras: el código de país ISO 3166, por ejemplo US o DE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a validation type; use OV, EV, CS or EV CS.</source>
        <translation>«%1» no es un tipo de validación; use OV, EV, CS o EV CS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 está elegido dos veces.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EV and code-signing validations need a verified contact who approves them; add one first.</source>
        <translation>Las validaciones EV y de firma de código necesitan un contacto verificado que las apruebe; añada uno primero.</translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+33"/>
        <source>Verified contact (approves EV and code signing)</source>
        <translation>Contacto verificado (aprueba EV y firma de código)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it even though an organization with this name exists</source>
        <translation>Crearla aunque ya exista una organización con este nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create organization</source>
        <translation>Crear organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As registered, up to 64 characters</source>
        <translation>Tal como está registrada, hasta 64 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: trading name (DBA)</source>
        <translation>Opcional: nombre comercial (DBA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+15"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, for example US or DE</source>
        <translation>Dos letras, por ejemplo US o DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Submit for validation now (optional)</source>
        <translation>Enviar a validación ahora (opcional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OV is enough for OV certificates. EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>OV basta para certificados OV. EV, CS y EV CS necesitan un contacto verificado que las apruebe.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Organization contact</source>
        <translation>Contacto de la organización</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Technical contact (optional)</source>
        <translation>Contacto técnico (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for EV, CS or EV CS; more can be added later on the Verified contacts page.</source>
        <translation>Necesario para EV, CS o EV CS; se pueden añadir más después en la página Contactos verificados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Verified contact (required for EV and code signing)</source>
        <translation>Contacto verificado (obligatorio para EV y firma de código)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contact (optional)</source>
        <translation>Contacto verificado (opcional)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CertCentral did not create the organization: %1</source>
        <translation>CertCentral no creó la organización: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>Revise los campos marcados: %Ln problema.</numerusform>
            <numerusform>Revise los campos marcados: %Ln problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>NewVerifiedContact</name>
    <message>
        <location filename="../app/core/NewVerifiedContact.cpp" line="+17"/>
        <source>&quot;%1&quot; is not a validation type; use EV, CS or EV CS.</source>
        <translation>«%1» no es un tipo de validación; use EV, CS o EV CS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter at least one contact.</source>
        <translation>Introduzca al menos un contacto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; you entered %2.</source>
        <translation>Se pueden añadir como máximo %1 contactos verificados nuevos por solicitud; ha introducido %2.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../app/core/Order.cpp" line="+25"/>
        <source>An order without a valid &quot;id&quot;</source>
        <translation>Un pedido sin un «id» válido</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../ui/orders/OrderActions.cpp" line="+24"/>
        <source>Reissue…</source>
        <translation>Reemitir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order…</source>
        <translation>Cancelar el pedido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DCV now</source>
        <translation>Comprobar DCV ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend DCV e-mails</source>
        <translation>Reenviar correos de DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change DCV method…</source>
        <translation>Cambiar el método de DCV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit names…</source>
        <translation>Editar nombres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a certificate from a file…</source>
        <translation>Revocar un certificado desde un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate to revoke</source>
        <translation>Certificado que revocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Select an order first.</source>
        <translation>Seleccione primero un pedido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 could not be read: %2</source>
        <translation>No se pudo leer el pedido %1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 no contiene ningún certificado (PEM o DER).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1: names saved; new names need DCV.</source>
        <translation>Pedido %1: nombres guardados; los nombres nuevos necesitan DCV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1 was canceled.</source>
        <translation>Se canceló el pedido %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: every name is proven and the certificate was issued.</source>
        <translation>Pedido %1: todos los nombres están demostrados y se emitió el certificado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>Pedido %1: DCV comprobada; %n nombre demostrado hasta ahora.</numerusform>
            <numerusform>Pedido %1: DCV comprobada; %n nombres demostrados hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1: DCV not confirmed yet: %2</source>
        <translation>Pedido %1: la DCV aún no se ha confirmado: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: the DCV e-mails were sent again.</source>
        <translation>Pedido %1: se reenviaron los correos de DCV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: the DCV e-mails were not sent: %2</source>
        <translation>Pedido %1: no se enviaron los correos de DCV: %2</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../app/core/OrderCancellation.cpp" line="+14"/>
        <source>Choose the order to cancel (a positive number).</source>
        <translation>Elija el pedido que desea cancelar (un número positivo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is canceled: CertCentral requires a note.</source>
        <translation>Indique por qué se cancela el pedido: CertCentral exige una nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note has at most %1 characters; this one has %2.</source>
        <translation>La nota tiene como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../ui/orders/OrderColumns.cpp" line="+84"/>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>OrderContactsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.ui" line="+8"/>
        <source>Verified contacts who approve this order</source>
        <translation>Contactos verificados que aprueban este pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New people (CertCentral validates them with the order):</source>
        <translation>Personas nuevas (CertCentral las valida con el pedido):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other contacts for this order only</source>
        <translation>Otros contactos solo para este pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization contact</source>
        <translation>Contacto de la organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.cpp" line="+21"/>
        <location line="+34"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asks only the verified contacts you choose here to approve the order. Choose none to leave it to the organization&apos;s verified contacts (or you, when it has none).</source>
        <translation>CertCentral pide la aprobación del pedido solo a los contactos verificados que elija aquí. No elija ninguno para dejarlo en manos de los contactos verificados de la organización (o de usted, si no tiene ninguno).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Who approves the order for the organization, and who is told about it.</source>
        <translation>Quién aprueba el pedido en nombre de la organización y a quién se le notifica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who CertCentral tells about this order. The organization&apos;s own contacts are used unless you name others.</source>
        <translation>A quién notifica CertCentral sobre este pedido. Se usan los contactos propios de la organización, salvo que indique otros.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the organization&apos;s verified contacts…</source>
        <translation>Cargando los contactos verificados de la organización…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization&apos;s verified contacts could not be loaded: %1</source>
        <translation>No se pudieron cargar los contactos verificados de la organización: %1</translation>
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
        <translation>La organización aún no tiene contactos verificados: añada las personas que aprueban.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of at most %2 new</source>
        <translation>%1 de %2 nuevos como máximo</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New person %1, %2: %3</source>
        <translation>Persona nueva %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <location filename="../app/core/OrderCsv.cpp" line="+23"/>
        <source>Name at least one column.</source>
        <translation>Indique al menos una columna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not known; use any of: %2</source>
        <translation>La columna «%1» no es conocida; use cualquiera de estas: %2</translation>
    </message>
</context>
<context>
    <name>OrderDcvCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+37"/>
        <source>CertCentral sent no random value</source>
        <translation>CertCentral no envió ningún valor aleatorio</translation>
    </message>
</context>
<context>
    <name>OrderDcvPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.ui" line="+5"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove control of</source>
        <translation>Demostrar el control de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>El dominio base (cubre sus subdominios)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each name exactly as requested</source>
        <translation>Cada nombre tal como se solicitó</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.cpp" line="+16"/>
        <source>Domain control validation</source>
        <translation>Validación del control del dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral checks that the names are yours.</source>
        <translation>Cómo comprueba CertCentral que los nombres son suyos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own.</source>
        <translation>Dominio base: demostrar example.com cubre también shop.example.com. Cada nombre: cada nombre se demuestra por separado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave an address empty to let CertCentral write to every WHOIS address and to admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. Naming one sends the e-mail only there.</source>
        <translation>Deje una dirección vacía para que CertCentral escriba a todas las direcciones WHOIS y a admin@, administrator@, webmaster@, hostmaster@ y postmaster@ del dominio. Si indica una, el correo se envía solo a ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Send the DCV e-mail to</source>
        <translation>Enviar el correo de DCV a</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every WHOIS and constructed address</source>
        <translation>todas las direcciones WHOIS y construidas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentral envía un correo electrónico a las direcciones WHOIS del dominio y a las direcciones estándar construidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Usted coloca un archivo en /.well-known/pki-validation/ del sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You add a CNAME record; the result page shows which.</source>
        <translation>Usted añade un registro CNAME; la página de resultado indica cuál.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You add a TXT record with a random value; the result page shows it.</source>
        <translation>Usted añade un registro TXT con un valor aleatorio; la página de resultado lo muestra.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <location filename="../ui/orders/OrderDetailsPane.cpp" line="+120"/>
        <source>Order</source>
        <extracomment>Field label: the certificate order&apos;s number.</extracomment>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Valid till</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order validity</source>
        <translation>Validez del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative ID</source>
        <translation>ID alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hash de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plataforma del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DCV</source>
        <translation>DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+82"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: an approval request on the order (new order, reissue, duplicate, revocation).</extracomment>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization contact</source>
        <translation>Contacto de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also notified</source>
        <translation>También notificados</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Names and DCV</source>
        <translation>Nombres y DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <extracomment>Tab: the approval requests recorded on this order, not network requests.</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain control validation of each name on the order</source>
        <translation>Validación del control del dominio de cada nombre del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissued and duplicate certificates of the order</source>
        <translation>Certificados reemitidos y duplicados del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests on the order and its notes</source>
        <translation>Solicitudes del pedido y sus notas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an order to see its details.</source>
        <translation>Seleccione un pedido para ver sus detalles.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Loading order %1…</source>
        <translation>Cargando el pedido %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (queda %n día)</numerusform>
            <numerusform>%1 (quedan %n días)</numerusform>
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
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
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
        <translation>No hay solicitudes en este pedido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal of order %1.</source>
        <translation>Renovación del pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message: %1</source>
        <translation>Mensaje de renovación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes on this order.</source>
        <translation>No hay notas en este pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization&apos;s own contact</source>
        <translation>El contacto propio de la organización</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the validation status…</source>
        <translation>Cargando el estado de la validación…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The validation status could not be loaded.</source>
        <translation>No se pudo cargar el estado de la validación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation status of order %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el estado de la validación del pedido %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control is proven for %1</source>
        <translation>Control demostrado para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no names to validate.</source>
        <translation>Este pedido no tiene nombres que validar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>%1 de %Ln nombre aprobado.</numerusform>
            <numerusform>%1 de %Ln nombres aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1.</source>
        <extracomment>The DCV scope: which names domain control is proven for (the base domain or each name).</extracomment>
        <translation>Ámbito: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each exact name</source>
        <translation>cada nombre exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domain</source>
        <translation>dominio base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization %1 validation: %2 until %3.</source>
        <extracomment>%1: the validation (OV, EV) or organization, %2: its status, %3: a date.</extracomment>
        <translation>Validación %1 de la organización: %2 hasta el %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization %1 validation: %2.</source>
        <translation>Validación %1 de la organización: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk check: %1.</source>
        <translation>Comprobación de riesgos: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading reissues and duplicates…</source>
        <translation>Cargando reemisiones y duplicados…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate history could not be loaded.</source>
        <translation>No se pudo cargar el historial de certificados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate history of order %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el historial de certificados del pedido %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reissue</source>
        <translation>Reemisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1</source>
        <translation>N.º de serie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1</source>
        <translation>Revocado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has not been reissued or duplicated.</source>
        <translation>Este pedido no se ha reemitido ni duplicado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>%Ln reemisión</numerusform>
            <numerusform>%Ln reemisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicado</numerusform>
            <numerusform>%Ln duplicados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/orders/OrderFilterBar.cpp" line="+30"/>
        <source>Valid till</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All products</source>
        <translation>Todos los productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All containers</source>
        <translation>Todos los contenedores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load only orders with this status</source>
        <translation>Cargar solo los pedidos con este estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this product</source>
        <translation>Cargar solo los pedidos de este producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this organization</source>
        <translation>Cargar solo los pedidos de esta organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders in this container</source>
        <translation>Cargar solo los pedidos de este contenedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only certificates that end between these two days (both included); orders without an end date are left out</source>
        <translation>Cargar solo los certificados que terminan entre estos dos días (ambos incluidos); se excluyen los pedidos sin fecha de fin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name on the server</source>
        <translation>Buscar nombre en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders whose common name or SANs contain this text, or the order with this number; press Enter to load</source>
        <translation>Cargar solo los pedidos cuyo nombre común o SAN contengan este texto, o el pedido con este número; pulse Intro para cargar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load:</source>
        <translation>Cargar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These filters are applied by CertCentral; the search box above filters what is loaded</source>
        <translation>CertCentral aplica estos filtros; el cuadro de búsqueda de arriba filtra lo que ya está cargado</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>organización %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container %1</source>
        <translation>contenedor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid till %1 – %2</source>
        <translation>válido hasta %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name containing &quot;%1&quot;</source>
        <translation>nombre que contiene «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (no está en la lista)</translation>
    </message>
</context>
<context>
    <name>OrderInfoCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="-11"/>
        <source>Expected a JSON object for order %1</source>
        <translation>Se esperaba un objeto JSON para el pedido %1</translation>
    </message>
</context>
<context>
    <name>OrderKeyPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.ui" line="+5"/>
        <source>Make a new private key and CSR on this computer</source>
        <translation>Crear una clave privada y una CSR nuevas en este equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key type</source>
        <translation>Tipo de clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key as</source>
        <translation>Guardar la clave como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Repetir frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key without a passphrase</source>
        <translation>Guardar la clave sin frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make key and CSR</source>
        <translation>Crear clave y CSR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a CSR I already have</source>
        <translation>Usar una CSR que ya tengo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open CSR file…</source>
        <translation>Abrir archivo CSR…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.cpp" line="+21"/>
        <source>Private key and CSR</source>
        <translation>Clave privada y CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key stays on this computer. CertCentral only sees the CSR.</source>
        <translation>La clave privada permanece en este equipo. CertCentral solo ve la CSR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the private key as</source>
        <translation>Guardar la clave privada como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a CSR</source>
        <translation>Abrir una CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR files (*.csr *.pem *.txt);;All files (*)</source>
        <translation>Archivos CSR (*.csr *.pem *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone who can read the key file can use the key. Only do this for a server that cannot ask for a passphrase.</source>
        <translation>Cualquiera que pueda leer el archivo de clave podrá usar la clave. Hágalo solo para un servidor que no pueda pedir una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Demasiado corta: al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>Seguridad: alta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair; longer is stronger.</source>
        <translation>Seguridad: media; cuanto más larga, más segura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak; use a longer phrase.</source>
        <translation>Seguridad: baja; use una frase más larga.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order&apos;s current CSR is filled in; it must match the names of the reissue.</source>
        <translation>Se ha rellenado la CSR actual del pedido; debe coincidir con los nombres de la reemisión.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose where to save the key.</source>
        <translation>Elija dónde guardar la clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; keys are never overwritten. Choose another name.</source>
        <translation>%1 ya existe; las claves nunca se sobrescriben. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La frase de contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a %1 key…</source>
        <translation>Creando una clave %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key saved to %1 (readable by you only). The CSR is ready.</source>
        <translation>Clave guardada en %1 (solo usted puede leerla). La CSR está lista.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSR holds a %1 key and matches the names.</source>
        <translation>La CSR contiene una clave %1 y coincide con los nombres.</translation>
    </message>
</context>
<context>
    <name>OrderNamesEditCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+181"/>
        <source>A pending order keeps at most the %1 names it has; this has %2. Remove names, or reissue after it is issued.</source>
        <translation>Un pedido pendiente conserva como máximo los %1 nombres que tiene; este tiene %2. Quite nombres o reemítalo cuando se haya emitido.</translation>
    </message>
</context>
<context>
    <name>OrderNamesPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.ui" line="+5"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (SANs)</source>
        <translation>Otros nombres (SAN)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One name per line: www.example.com, api.example.com …</source>
        <translation>Un nombre por línea: www.example.com, api.example.com …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="+79"/>
        <source>Add the free name</source>
        <translation>Añadir el nombre gratuito</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="-65"/>
        <source>Which names?</source>
        <translation>¿Qué nombres?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The common name and any other names the certificate covers.</source>
        <translation>El nombre común y los demás nombres que cubre el certificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names beyond the common name and its free www. or base-domain name may cost more.</source>
        <translation>Los nombres adicionales al nombre común y a su nombre www. o de dominio base gratuito pueden costar más.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A wildcard product needs a common name that starts with *.</source>
        <translation>Un producto comodín necesita un nombre común que empiece por *.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 (free)</source>
        <translation>Añadir %1 (gratis)</translation>
    </message>
</context>
<context>
    <name>OrderOptionsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.ui" line="+6"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically before the order ends</source>
        <translation>Renovar automáticamente antes de que termine el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue automatically when a certificate of the plan nears its end</source>
        <translation>Reemitir automáticamente cuando un certificado del plan esté por caducar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also tell</source>
        <translation>Notificar también a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security@example.com, ops@example.com</source>
        <translation>security@example.com, ops@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message</source>
        <translation>Mensaje de renovación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Comentarios para el aprobador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account&apos;s order fields</source>
        <translation>Campos de pedido de su cuenta</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.cpp" line="+18"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the order is kept and who hears about it. All optional.</source>
        <translation>Dónde se guarda el pedido y quién recibe avisos. Todo es opcional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s, or yours</source>
        <translation>El de la organización o el suyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a multi-year plan, CertCentral reissues the certificate with the same names before it expires.</source>
        <translation>En un plan plurianual, CertCentral reemite el certificado con los mismos nombres antes de que caduque.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account&apos;s order fields could not be loaded: %1</source>
        <translation>No se pudieron cargar los campos de pedido de su cuenta: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>required: %1</source>
        <translation>obligatorio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: %1</source>
        <translation>opcional: %1</translation>
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
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organization…</source>
        <translation>Nueva organización…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.cpp" line="+15"/>
        <source>Which organization?</source>
        <translation>¿Qué organización?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names an organization of your account, validated by CertCentral.</source>
        <translation>El certificado indica una organización de su cuenta, validada por CertCentral.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no active organizations yet; add one with New organization…</source>
        <translation>La cuenta aún no tiene organizaciones activas; añada una con Nueva organización…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 validation: %2. The order can be issued as soon as the names are proven.</source>
        <translation>Validación %1: %2. El pedido se puede emitir en cuanto se demuestren los nombres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 validation: %2. It finishes with this order, which takes longer.</source>
        <translation>Validación %1: %2. Se completa con este pedido, lo que tarda más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validated for %1 yet: CertCentral validates it with this order, which takes longer.</source>
        <translation>Aún no está validada para %1: CertCentral la valida con este pedido, lo que tarda más.</translation>
    </message>
</context>
<context>
    <name>OrderPaymentPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.ui" line="+6"/>
        <source>From the account balance</source>
        <translation>Con el saldo de la cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the card stored in CertCentral</source>
        <translation>Con la tarjeta guardada en CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>Con una tarjeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State, postal code</source>
        <translation>Estado, código postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters)</source>
        <translation>País (dos letras)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT number (optional)</source>
        <translation>NIF-IVA (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.cpp" line="+18"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral charges the order.</source>
        <translation>Cómo cobra CertCentral el pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertDesk sends the card to CertCentral with this order only; it never stores or logs the number or the security code.</source>
        <translation>CertDesk envía la tarjeta a CertCentral solo con este pedido; nunca guarda ni registra el número ni el código de seguridad.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available: %1</source>
        <translation>Disponible: %1</translation>
    </message>
</context>
<context>
    <name>OrderProductPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.ui" line="+5"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.cpp" line="+16"/>
        <source>Which certificate?</source>
        <translation>¿Qué certificado?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products your account may order. The kind decides what CertCentral checks before it issues.</source>
        <translation>Los productos que su cuenta puede pedir. El tipo determina qué comprueba CertCentral antes de emitir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the products of your account…</source>
        <translation>Cargando los productos de su cuenta…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The products could not be loaded: %1</source>
        <translation>No se pudieron cargar los productos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a product.</source>
        <translation>Elija un producto.</translation>
    </message>
</context>
<context>
    <name>OrderProvisioningPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.ui" line="+6"/>
        <source>Ship me a hardware token</source>
        <translation>Enviarme un token de hardware</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2 (optional)</source>
        <translation>Dirección (línea 2, opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, postal code</source>
        <translation>Ciudad, estado, código postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters), shipping</source>
        <translation>País (dos letras), envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it on my own token with DigiCert&apos;s client app</source>
        <translation>Instalarlo en mi propio token con la aplicación cliente de DigiCert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have an HSM: use this CSR (RSA 3072 bits or more)</source>
        <translation>Tengo un HSM: usar esta CSR (RSA de 3072 bits o más)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in DigiCert KeyLocker</source>
        <translation>Guardar la clave en DigiCert KeyLocker</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+1"/>
        <source>Where will the key live?</source>
        <translation>¿Dónde estará la clave?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code-signing keys are kept on hardware; choose how.</source>
        <translation>Las claves de firma de código se guardan en hardware; elija cómo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard shipping</source>
        <translation>Envío estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expedited shipping</source>
        <translation>Envío urgente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DigiCert ships a token; you install the certificate on it with the initialization code it comes with.</source>
        <translation>DigiCert envía un token; usted instala en él el certificado con el código de inicialización que lo acompaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You install the certificate on your own supported token with DigiCert&apos;s client app.</source>
        <translation>Usted instala el certificado en su propio token compatible con la aplicación cliente de DigiCert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is signed on your HSM; DigiCert e-mails you when the certificate is ready.</source>
        <translation>La solicitud se firma en su HSM; DigiCert le envía un correo cuando el certificado está listo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is made and kept in DigiCert KeyLocker.</source>
        <translation>La clave se crea y se guarda en DigiCert KeyLocker.</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <location filename="../app/core/OrderQuery.cpp" line="+26"/>
        <source>Status &quot;%1&quot; is not known; use one of: %2</source>
        <translation>El estado «%1» no es conocido; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort field &quot;%1&quot; is not known; use one of: %2 (prefix - for descending)</source>
        <translation>El campo de ordenación «%1» no es conocido; use uno de estos: %2 (prefijo - para orden descendente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size must be between 1 and %1</source>
        <translation>El tamaño de página debe estar entre 1 y %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be at most 255 characters</source>
        <translation>El texto de búsqueda debe tener como máximo 255 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be printable characters on one line, without control characters</source>
        <translation>El texto de búsqueda debe tener caracteres imprimibles en una sola línea, sin caracteres de control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product &quot;%1&quot; is not a product name id (lower-case letters, digits and _, for example ssl_basic)</source>
        <translation>El producto «%1» no es un id de nombre de producto (minúsculas, dígitos y _, por ejemplo ssl_basic)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id must be a positive number</source>
        <translation>El id de la organización debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container id must be a positive number</source>
        <translation>El id del contenedor debe ser un número positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till: the first day (%1) is after the last day (%2)</source>
        <translation>Válido hasta: el primer día (%1) es posterior al último (%2)</translation>
    </message>
</context>
<context>
    <name>OrderResultPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.ui" line="+5"/>
        <source>Copy the random value</source>
        <translation>Copiar el valor aleatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the order</source>
        <translation>Cambiar el pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the order</source>
        <translation>Abrir el pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.cpp" line="+17"/>
        <source>Your order</source>
        <translation>Su pedido</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placing the order…</source>
        <translation>Realizando el pedido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost on the way; checking whether CertCentral took the order…</source>
        <translation>La respuesta se perdió por el camino; comprobando si CertCentral recibió el pedido…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token initialization code: &lt;b&gt;%1&lt;/b&gt; (keep it for installing the certificate on the token)</source>
        <translation>Código de inicialización del token: &lt;b&gt;%1&lt;/b&gt; (guárdelo para instalar el certificado en el token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is placed.</source>
        <translation>Se ha realizado el pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Está en espera de que un administrador o gestor lo apruebe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random value for DCV: &lt;b&gt;%1&lt;/b&gt; (looking up where it goes…)</source>
        <translation>Valor aleatorio para la DCV: &lt;b&gt;%1&lt;/b&gt; (buscando dónde debe ir…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral e-mails the DCV approval request to the domains&apos; addresses.</source>
        <translation>CertCentral envía la solicitud de aprobación de DCV a las direcciones de los dominios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private key: %1</source>
        <translation>Su clave privada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative order ID: %1</source>
        <translation>ID alternativo del pedido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order did not reach CertCentral; nothing was ordered.</source>
        <translation>El pedido no llegó a CertCentral; no se pidió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not take the order.</source>
        <translation>CertCentral no aceptó el pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked with alternative order ID %1. Send again to try once more.</source>
        <translation>Comprobado con el ID alternativo del pedido %1. Pulse Enviar de nuevo para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ordered. Change the order, or cancel.</source>
        <translation>No se pidió nada. Cambie el pedido o cancele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known yet whether the order was placed.</source>
        <translation>Todavía no se sabe si se realizó el pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the answer nor the check came through. Do not order again: press Check again when the network is back. Alternative order ID: %1</source>
        <translation>No llegó ni la respuesta ni la comprobación. No vuelva a hacer el pedido: pulse Comprobar de nuevo cuando vuelva la red. ID alternativo del pedido: %1</translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.ui" line="+5"/>
        <source>Show the request CertCentral receives</source>
        <translation>Mostrar la solicitud que recibe CertCentral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip approval (administrators)</source>
        <translation>Omitir la aprobación (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.cpp" line="+18"/>
        <source>Check and place the order</source>
        <translation>Revisar y realizar el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is ordered until you press Place order.</source>
        <translation>No se pide nada hasta que pulse Realizar pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>Realizar pedido</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for your organization</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para su organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order validity: %1</source>
        <translation>Validez del pedido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a token shipped to %1, %2</source>
        <translation>en un token enviado a %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on your token (client app)</source>
        <translation>en su token (aplicación cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your HSM (CSR given)</source>
        <translation>en su HSM (CSR proporcionada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in KeyLocker</source>
        <translation>en KeyLocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain control: %1, %2</source>
        <translation>Control del dominio: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each name</source>
        <translation>cada nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domains</source>
        <translation>dominios base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (new)</source>
        <translation>%1 (nuevo)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>%n contacto verificado de la organización</numerusform>
            <numerusform>%n contactos verificados de la organización</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Aprobado por: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization&apos;s verified contacts</source>
        <translation>los contactos verificados de la organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contacto de la organización para este pedido: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contacto técnico para este pedido: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DCV e-mail for %1 goes only to %2</source>
        <translation>El correo de DCV de %1 se envía solo a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews and reissues automatically</source>
        <translation>Se renueva y se reemite automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Se renueva automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissues automatically</source>
        <translation>Se reemite automáticamente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>%n campo personalizado rellenado</numerusform>
            <numerusform>%n campos personalizados rellenados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: card ending %1</source>
        <translation>Pago: tarjeta terminada en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the stored card</source>
        <translation>Pago: la tarjeta guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the account balance</source>
        <translation>Pago: el saldo de la cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSR: your own</source>
        <translation>CSR: la suya propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key: %1</source>
        <translation>Clave privada: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placing the order charges its price to your account&apos;s balance.</source>
        <translation>Al realizar el pedido, su precio se carga al saldo de su cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placing the order charges its price to the card.</source>
        <translation>Al realizar el pedido, su precio se carga a la tarjeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available funds: %1</source>
        <translation>Fondos disponibles: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not placed: %1</source>
        <translation>No realizado: %1</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <location filename="../app/core/OrderRules.cpp" line="+22"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue pending</source>
        <translation>Reemisión pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for pickup</source>
        <translation>En espera de recogida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs approval</source>
        <translation>Requiere aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation pending</source>
        <translation>Revocación pendiente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order %1 is %2: only issued orders can be reissued or duplicated.</source>
        <translation>El pedido %1 está %2: solo se pueden reemitir o duplicar pedidos emitidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code-signing certificates cannot be duplicated.</source>
        <translation>Los certificados de firma de código no se pueden duplicar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has a reissue waiting. A certificate with a pending reissue cannot be revoked: cancel the reissue or wait until it is issued.</source>
        <translation>El pedido %1 tiene una reemisión en espera. Un certificado con una reemisión pendiente no se puede revocar: cancele la reemisión o espere a que se emita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only issued certificates can be revoked.</source>
        <translation>El pedido %1 está %2: solo se pueden revocar certificados emitidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pending orders and reissues can be canceled or have DCV checked.</source>
        <translation>Solo se pueden cancelar o comprobar por DCV los pedidos y reemisiones pendientes.</translation>
    </message>
</context>
<context>
    <name>OrderValidation</name>
    <message>
        <location filename="../app/core/OrderValidation.cpp" line="+12"/>
        <source>The validation status is not a JSON object</source>
        <translation>El estado de la validación no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>OrderValidityPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.ui" line="+5"/>
        <source>Order validity</source>
        <translation>Validez del pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each certificate</source>
        <translation>Cada certificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shorter than the most (397 days):</source>
        <translation>Más corto que el máximo (397 días):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.cpp" line="+17"/>
        <source>How long?</source>
        <translation>¿Cuánto tiempo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order runs for its validity; each certificate lasts at most %1 days and is reissued within the order.</source>
        <translation>El pedido dura lo que indica su validez; cada certificado dura como máximo %1 días y se reemite dentro del pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorter than the most (%1 days):</source>
        <translation>Más corto que el máximo (%1 días):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The order runs until %1. The first certificate is valid until %2; reissue it before then for the rest.</source>
        <translation>El pedido dura hasta el %1. El primer certificado es válido hasta el %2; reemítalo antes de esa fecha para el resto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order runs until %1. The first certificate is valid until %2.</source>
        <translation>El pedido dura hasta el %1. El primer certificado es válido hasta el %2.</translation>
    </message>
</context>
<context>
    <name>OrderWizard</name>
    <message>
        <location filename="../ui/orders/wizard/OrderWizard.cpp" line="+25"/>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+189"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue</source>
        <translation>Reemisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Expires within %1 days</source>
        <translation>Caduca en %1 días</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative ID</source>
        <translation>ID alternativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>Renov. aut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Días rest.</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../ui/orders/OrdersScreen.cpp" line="+44"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns to show (also from the table header&apos;s menu)</source>
        <translation>Elegir las columnas que se muestran (también desde el menú del encabezado de la tabla)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reissue, duplicate, revoke or cancel the selected order</source>
        <translation>Reemitir, duplicar, revocar o cancelar el pedido seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the orders shown, with the visible columns, as a CSV file</source>
        <translation>Guardar los pedidos mostrados, con las columnas visibles, como archivo CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter loaded orders: number, name or SAN</source>
        <translation>Filtrar pedidos cargados: número, nombre o SAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the loaded orders as you type</source>
        <translation>Filtra los pedidos cargados mientras escribe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <extracomment>Page title: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 orders to %2.</source>
        <translation>Se guardaron %1 pedidos en %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+121"/>
        <source>Select an order to see its details.</source>
        <translation>Seleccione un pedido para ver sus detalles.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>Se canceló la carga; se muestra %Ln pedido.</numerusform>
            <numerusform>Se canceló la carga; se muestran %Ln pedidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>No se pudo cargar %Ln pedido; se muestran los demás. </numerusform>
            <numerusform>No se pudieron cargar %Ln pedidos; se muestran los demás. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The details of order %1 could not be loaded: %2</source>
        <translation>No se pudieron cargar los detalles del pedido %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln order(s) match</source>
        <translation>
            <numerusform>Coincidencias: %1 de %Ln pedido</numerusform>
            <numerusform>Coincidencias: %1 de %Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing: %1</source>
        <translation>Mostrando: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../app/core/Organization.cpp" line="+48"/>
        <source>An organization without an id or a name</source>
        <translation>Una organización sin id ni nombre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object for the organization</source>
        <translation>Se esperaba un objeto JSON para la organización</translation>
    </message>
</context>
<context>
    <name>OrganizationContact</name>
    <message>
        <location filename="../app/core/OrganizationContact.cpp" line="+52"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como name@example.com.</translation>
    </message>
</context>
<context>
    <name>OrganizationContactsDialog</name>
    <message>
        <location filename="../ui/organizations/OrganizationContactsDialog.cpp" line="+32"/>
        <source>Contacts of %1</source>
        <translation>Contactos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organization contact</source>
        <translation>Contacto de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave every field empty to remove the technical contact.</source>
        <translation>Deje todos los campos vacíos para quitar el contacto técnico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the name or e-mail makes it a new contact; fields left empty are cleared at CertCentral.</source>
        <translation>Si cambia el nombre o el correo electrónico, se convierte en un contacto nuevo; los campos vacíos se borran en CertCentral.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save contacts</source>
        <translation>Guardar contactos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the current contacts…</source>
        <translation>Cargando los contactos actuales…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current contacts could not be loaded: %1</source>
        <translation>No se pudieron cargar los contactos actuales: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Check the marked fields.</source>
        <translation>Revise los campos marcados.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CertCentral did not change the contacts: %1</source>
        <translation>CertCentral no cambió los contactos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../models/OrganizationsModel.cpp" line="+93"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1</source>
        <translation>Válida hasta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired %1</source>
        <translation>Caducada %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Contacto de org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../ui/organizations/OrganizationsScreen.cpp" line="+42"/>
        <location line="+346"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Enviar a validación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts…</source>
        <translation>Contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search name, address or contact</source>
        <translation>Buscar nombre, dirección o contacto</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Select an organization to see its contacts and validations.</source>
        <translation>Seleccione una organización para ver sus contactos y validaciones.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 of %2 organizations shown</source>
        <translation>Se muestran %1 de %2 organizaciones</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add an organization, optionally submitting it for validation at once</source>
        <translation>Añadir una organización y, opcionalmente, enviarla a validación de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask CertCentral to validate the selected organization</source>
        <translation>Pedir a CertCentral que valide la organización seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the organization contact and the technical contact</source>
        <translation>Cambiar el contacto de la organización y el contacto técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected organization</source>
        <translation>Eliminar la organización seleccionada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 organizations loaded</source>
        <translation>%1 de %2 organizaciones cargadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 organizations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 was created (organization %2).</source>
        <translation>Se creó %1 (organización %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was submitted for %2 validation; the list shows it as pending.</source>
        <translation>Se envió %1 a validación %2; la lista la muestra como pendiente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contacts of %1 were changed.</source>
        <translation>Se cambiaron los contactos de %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CertCentral says: %1</source>
        <translation>CertCentral indica: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be deleted: this organization has pending orders or reissues. Cancel or finish them first, then delete it again.</source>
        <translation>No se puede eliminar %1: esta organización tiene pedidos o reemisiones pendientes. Cancélelos o complételos primero y vuelva a eliminarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: it is the account&apos;s first organization, which CertCentral keeps.</source>
        <translation>No se puede eliminar %1: es la primera organización de la cuenta, que CertCentral conserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not deleted: only administrators may delete organizations.</source>
        <translation>No se eliminó %1: solo los administradores pueden eliminar organizaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists at CertCentral; refresh the list.</source>
        <translation>%1 ya no existe en CertCentral; actualice la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Its domains are deleted with it. Certificates already issued stay valid but can no longer be reissued or duplicated.</source>
        <translation>¿Eliminar %1 de la cuenta?

Sus dominios se eliminan con ella. Los certificados ya emitidos siguen siendo válidos, pero ya no se pueden reemitir ni duplicar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assumed name: %1</source>
        <translation>Nombre comercial: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Contenedor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validations</source>
        <translation>Validaciones</translation>
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
        <translation>aprobada por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted for validation.</source>
        <translation>No se ha enviado a validación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: none</source>
        <translation>%1: ninguno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization contact</source>
        <translation>Contacto de la organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>Contactos verificados: %Ln</numerusform>
            <numerusform>Contactos verificados: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../app/core/PaymentCard.cpp" line="+47"/>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid card number: 13 to 19 digits whose check digit matches. Check for a typing error.</source>
        <translation>Este no es un número de tarjeta válido: de 13 a 19 dígitos con un dígito de control correcto. Compruebe si hay un error de escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the expiry month (1 to 12).</source>
        <translation>Elija el mes de caducidad (de 1 a 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry year with four digits.</source>
        <translation>Introduzca el año de caducidad con cuatro dígitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card expired in %1/%2.</source>
        <translation>La tarjeta caducó en %1/%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code (CVV) has 3 or 4 digits.</source>
        <translation>El código de seguridad (CVV) tiene 3 o 4 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name on the card.</source>
        <translation>Introduzca el nombre que figura en la tarjeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing address.</source>
        <translation>Introduzca la dirección de facturación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing city.</source>
        <translation>Introduzca la ciudad de facturación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>Como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The country is its two-letter code, for example US or DE.</source>
        <translation>El país se indica con su código de dos letras, por ejemplo US o DE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the state or province.</source>
        <translation>Introduzca el estado o la provincia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the postal code.</source>
        <translation>Introduzca el código postal.</translation>
    </message>
</context>
<context>
    <name>PaymentProfile</name>
    <message>
        <location filename="../app/core/PaymentProfile.cpp" line="+18"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expires %2/%3</source>
        <translation>%1, caduca en %2/%3</translation>
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
        <translation>Aún no se ha cargado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards are added and changed in the CertCentral console; CertDesk shows them only and never sees a full card number.</source>
        <translation>Las tarjetas se añaden y modifican en la consola de CertCentral; CertDesk solo las muestra y nunca ve un número de tarjeta completo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts to %1</source>
        <translation>Recibos a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card is stored for this account.</source>
        <translation>No hay ninguna tarjeta guardada para esta cuenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment profile could not be loaded: %1</source>
        <translation>No se pudo cargar el perfil de pago: %1</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../app/security/PbeLimits.cpp" line="+30"/>
        <source>The file&apos;s password protection has an unreadable iteration count.</source>
        <translation>La protección por contraseña del archivo tiene un número de iteraciones ilegible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file asks for %1 rounds to derive its key from the passphrase; CertDesk allows at most %2 (a file made to keep the computer busy is not opened).</source>
        <translation>El archivo pide %1 rondas para derivar su clave de la frase de contraseña; CertDesk permite como máximo %2 (no se abre un archivo hecho para mantener ocupado el equipo).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; CertDesk allows N x r x p up to %4 (a file made to keep the computer busy is not opened).</source>
        <translation>El archivo pide a scrypt N = %1, r = %2, p = %3 para derivar su clave; CertDesk permite N x r x p hasta %4 (no se abre un archivo hecho para mantener ocupado el equipo).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <location filename="../app/security/Pkcs12Bundle.cpp" line="+109"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation>&quot;%1&quot; (número de serie %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1: the key does not belong to this certificate (its public key is another one). Choose the key that was made for this certificate&apos;s request.</source>
        <translation>Certificado %1: la clave no pertenece a este certificado (su clave pública es otra). Elija la clave que se creó para la solicitud de este certificado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----.</source>
        <translation>No es un certificado PEM: debería empezar por -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PKCS#12 passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña de PKCS#12 necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no private key to put into the PKCS#12 file.</source>
        <translation>No hay ninguna clave privada que incluir en el archivo PKCS#12.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>No se pudo leer el certificado: debería ser texto PEM que empiece por -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate of the chain could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>No se pudo leer un certificado de la cadena: debería ser texto PEM que empiece por -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The PKCS#12 file could not be made: %1</source>
        <translation>No se pudo crear el archivo PKCS#12: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>No es un archivo PKCS#12 (.p12 o .pfx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PKCS#12 file asks for more than %1 rounds of its integrity check; CertDesk does not open it (a file made to keep the computer busy).</source>
        <translation>Este archivo PKCS#12 pide más de %1 rondas para su comprobación de integridad; CertDesk no lo abre (un archivo hecho para mantener ocupado el equipo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase does not open this PKCS#12 file (or the file is damaged).</source>
        <translation>La frase de contraseña no abre este archivo PKCS#12 (o el archivo está dañado).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>No se pudo leer el archivo PKCS#12: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>El archivo PKCS#12 no contiene ninguna clave privada con su certificado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a PKCS#12 file.</source>
        <translation>%1 es demasiado grande para ser un archivo PKCS#12.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message>
        <location filename="../ui/orders/Pkcs12ExportDialog.cpp" line="+31"/>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as PKCS#12</source>
        <translation>Guardar %1 como PKCS#12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only if the key file is encrypted</source>
        <translation>solo si el archivo de clave está cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertDesk looks for the private key of this certificate in the folder below, checks that they belong together and writes key, certificate and chain into one file under a new passphrase.</source>
        <translation>CertDesk busca la clave privada de este certificado en la carpeta de abajo, comprueba que se correspondan y escribe la clave, el certificado y la cadena en un solo archivo con una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key folder</source>
        <translation>Carpeta de claves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the private key</source>
        <translation>Carpeta con la clave privada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PKCS#12 file as</source>
        <translation>Guardar el archivo PKCS#12 como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading the certificate and its chain…</source>
        <translation>Descargando el certificado y su cadena…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>La nueva frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; CertDesk never overwrites it. Choose another name.</source>
        <translation>%1 ya existe; CertDesk nunca lo sobrescribe. Elija otro nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be downloaded: %1</source>
        <translation>No se pudo descargar el certificado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral sent no certificate.</source>
        <translation>CertCentral no envió ningún certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the private key and writing the file…</source>
        <translation>Buscando la clave privada y escribiendo el archivo…</translation>
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
            <numerusform>%n clave de esa carpeta pertenece a otro certificado.</numerusform>
            <numerusform>%n claves de esa carpeta pertenecen a otros certificados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No private key in %1 belongs to this certificate.%2</source>
        <translation>Ninguna clave privada de %1 pertenece a este certificado.%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1 with the key from %2.</source>
        <translation>Se guardó %1 con la clave de %2.</translation>
    </message>
</context>
<context>
    <name>PlacedOrder</name>
    <message>
        <location filename="../app/core/PlacedOrder.cpp" line="+20"/>
        <source>The reply has no order id</source>
        <translation>La respuesta no contiene el id del pedido</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../app/core/PlainText.cpp" line="+23"/>
        <source>Character %1 is a control character (U+%2); only printable characters, line breaks and tabs are allowed.</source>
        <translation>El carácter %1 es un carácter de control (U+%2); solo se admiten caracteres imprimibles, saltos de línea y tabulaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 is a control character or line break (U+%2); only printable characters on one line are allowed.</source>
        <translation>El carácter %1 es un carácter de control o un salto de línea (U+%2); solo se admiten caracteres imprimibles en una sola línea.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../app/security/PrivateKey.cpp" line="+45"/>
        <source>The %1 key could not be made: %2</source>
        <translation>No se pudo crear la clave %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The private key could not be read (wrong passphrase, or not a PEM private key): %1</source>
        <translation>No se pudo leer la clave privada (frase de contraseña incorrecta o no es una clave privada PEM): %1</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFinder</name>
    <message>
        <location filename="../app/security/PrivateKeyFinder.cpp" line="+20"/>
        <source>The certificate could not be read, so no key can be matched to it.</source>
        <translation>No se pudo leer el certificado, así que no se le puede asociar ninguna clave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large to be a private key</source>
        <translation>demasiado grande para ser una clave privada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a PEM private key</source>
        <translation>no es una clave privada PEM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted; a passphrase is needed to open it</source>
        <translation>cifrada; se necesita una frase de contraseña para abrirla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted; the passphrase does not open it</source>
        <translation>cifrada; la frase de contraseña no la abre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a private key OpenSSL can read</source>
        <translation>no es una clave privada que OpenSSL pueda leer</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/ProcessHardening.cpp" line="+15"/>
        <source>The process could not be made non-dumpable: %1</source>
        <translation>No se pudo impedir que el proceso genere volcados de memoria: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core file size limit could not be set to zero: %1</source>
        <translation>No se pudo fijar en cero el tamaño máximo de los archivos core: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core dumps are left to the system on this platform.</source>
        <translation>En esta plataforma, los volcados de memoria dependen del sistema.</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../app/core/Product.cpp" line="+39"/>
        <source>Domain validated (DV)</source>
        <translation>Validación de dominio (DV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wildcard</source>
        <translation>Comodín</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization validated (OV)</source>
        <translation>Validación de organización (OV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended validation (EV)</source>
        <translation>Validación extendida (EV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>Firma de código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV code signing</source>
        <translation>Firma de código EV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ordered in CertDesk</source>
        <translation>No se piden en CertDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proves control of the names only; issued within minutes of DCV.</source>
        <translation>Solo demuestra el control de los nombres; se emite a los pocos minutos de la DCV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for every name one level under a domain (*.example.com).</source>
        <translation>Un certificado para todos los nombres de un nivel por debajo de un dominio (*.example.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also names your validated organization in the certificate.</source>
        <translation>Además, indica en el certificado su organización validada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strictest organization check, with a verified contact&apos;s approval.</source>
        <translation>La comprobación más estricta de la organización, con la aprobación de un contacto verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs software in your organization&apos;s name.</source>
        <translation>Firma software en nombre de su organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing with extended validation, on a hardware token.</source>
        <translation>Firma de código con validación extendida, en un token de hardware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document signing, Secure Email and private certificates are ordered in the CertCentral console.</source>
        <translation>Los certificados de firma de documentos, Secure Email y privados se piden en la consola de CertCentral.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expected a JSON object for the product</source>
        <translation>Se esperaba un objeto JSON para el producto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The product has no name_id</source>
        <translation>El producto no tiene name_id</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="+29"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a profile name.</source>
        <translation>Introduzca un nombre de perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name may have at most 64 characters (this one has %1).</source>
        <translation>Un nombre de perfil puede tener como máximo 64 caracteres (este tiene %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name must be printable characters on one line, without line breaks or control characters.</source>
        <translation>Un nombre de perfil debe tener caracteres imprimibles en una sola línea, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the full API address, for example https://www.digicert.com/services/v2/.</source>
        <translation>Introduzca la dirección completa de la API, por ejemplo https://www.digicert.com/services/v2/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https:// for %1: an API key must not travel unencrypted. Plain http:// is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https:// para %1: una clave de API no debe viajar sin cifrar. El http:// sin cifrar solo se permite para este equipo (127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// (got &quot;%1&quot;).</source>
        <translation>La dirección debe empezar por https:// (se indicó «%1»).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the API key from CertCentral (Automation &gt; API Keys).</source>
        <translation>Pegue la clave de API de CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has no spaces or line breaks inside; check that only the key was copied.</source>
        <translation>Una clave de API no contiene espacios ni saltos de línea; compruebe que solo se copió la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has only letters, digits and punctuation; this one has other characters.</source>
        <translation>Una clave de API solo contiene letras, dígitos y signos de puntuación; esta tiene otros caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API key has at most 256 characters (this one has %1).</source>
        <translation>Una clave de API tiene como máximo 256 caracteres (esta tiene %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/security/ProfileStore.cpp" line="+67"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un perfil llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That profile no longer exists.</source>
        <translation>Ese perfil ya no existe.</translation>
    </message>
</context>
<context>
    <name>ReissueNamesPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.ui" line="+6"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash</source>
        <translation>Hash de firma</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.cpp" line="+13"/>
        <source>Names on the reissued certificate</source>
        <translation>Nombres del certificado reemitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from order %1. Add, remove or change names; one per line.</source>
        <translation>Tomados del pedido %1. Añada, quite o cambie nombres; uno por línea.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leaving the certificate: %1. CertCentral may revoke the order&apos;s earlier certificates within 72 hours of the reissue, so replace them everywhere first.</source>
        <translation>Salen del certificado: %1. CertCentral puede revocar los certificados anteriores del pedido en un plazo de 72 horas tras la reemisión, así que sustitúyalos antes en todas partes.</translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.ui" line="+6"/>
        <source>Prove control of</source>
        <translation>Demostrar el control de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>El dominio base (cubre sus subdominios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name exactly as requested</source>
        <translation>Cada nombre tal como se solicitó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Comentarios para el aprobador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Omitir la aprobación (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.cpp" line="+13"/>
        <source>Domain validation and approval</source>
        <translation>Validación de dominio y aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Reemitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s default</source>
        <translation>El predeterminado de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the order has it (%1)</source>
        <translation>Como lo tiene el pedido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each name</source>
        <translation>cada nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base domain</source>
        <translation>dominio base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own, for example when only a subdomain is yours.</source>
        <translation>Dominio base: demostrar example.com también cubre shop.example.com. Cada nombre: cada nombre se demuestra por separado, por ejemplo cuando solo un subdominio es suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the order&apos;s</source>
        <translation>Mantener el del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the order&apos;s (%1)</source>
        <translation>Mantener el del pedido (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n nombre sale del certificado: %1.&lt;/b&gt; Los certificados anteriores de este pedido pueden revocarse en un plazo de 72 horas.</numerusform>
            <numerusform>&lt;b&gt;%n nombres salen del certificado: %1.&lt;/b&gt; Los certificados anteriores de este pedido pueden revocarse en un plazo de 72 horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueProvisioningPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueProvisioningPage.cpp" line="+20"/>
        <source>Where will the new key live?</source>
        <translation>¿Dónde estará la nueva clave?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code-signing certificate names the organization, not domains; the new key is made where it will be kept.</source>
        <translation>Un certificado de firma de código identifica a la organización, no dominios; la nueva clave se genera donde se va a guardar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the order has it now</source>
        <translation>Como lo tiene ahora el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiCert ships a new hardware token</source>
        <translation>DigiCert envía un nuevo token de hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token I already have (the key is made on it)</source>
        <translation>Un token que ya tengo (la clave se genera en él)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own HSM (I paste the CSR made there)</source>
        <translation>Mi propio HSM (pego la CSR creada en él)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSR from your HSM:</source>
        <translation>CSR de su HSM:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-----BEGIN CERTIFICATE REQUEST-----</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As the order has it now (%1)</source>
        <translation>Como lo tiene ahora el pedido (%1)</translation>
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
        <translation>Elija el pedido emitido que desea reemitir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Un producto comodín necesita un nombre común que empiece por *., por ejemplo *.example.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A certificate holds at most %1 names; this one has %2.</source>
        <translation>Un certificado admite como máximo %1 nombres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reissue needs a certificate signing request (CSR) for the new key.</source>
        <translation>Una reemisión necesita una solicitud de firma de certificado (CSR) para la nueva clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>El hash de firma «%1» no está disponible; use sha256, sha384 o sha512.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server platform is a platform id, or -1 for other; got %1.</source>
        <translation>La plataforma del servidor es un id de plataforma, o -1 para otra; se indicó %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV scope &quot;%1&quot; is not known; use base_domain or fqdn, or leave it empty for the account&apos;s default.</source>
        <translation>El ámbito de DCV «%1» no es conocido; use base_domain o fqdn, o déjelo vacío para usar el predeterminado de la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>El método de DCV «%1» no es conocido; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>La DCV por archivo HTTP no puede demostrar un nombre comodín (%1); use correo electrónico o DNS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Los comentarios tienen como máximo %1 caracteres; estos tienen %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisioning &quot;%1&quot; is not known; use ship_token, client_app or email, or leave it empty to keep the order&apos;s.</source>
        <translation>El aprovisionamiento «%1» no es conocido; use ship_token, client_app o email, o déjelo vacío para mantener el del pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email provisioning (an HSM) needs a certificate signing request (CSR) for the new key.</source>
        <translation>El aprovisionamiento por correo electrónico (un HSM) necesita una solicitud de firma de certificado (CSR) para la nueva clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSR goes only with email provisioning; with a token the key is made on the token.</source>
        <translation>Una CSR solo se usa con el aprovisionamiento por correo electrónico; con un token, la clave se genera en el token.</translation>
    </message>
</context>
<context>
    <name>ReissueWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueWizard.cpp" line="+13"/>
        <source>Reissue order %1</source>
        <translation>Reemitir el pedido %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New key and CSR</source>
        <translation>Nueva clave y CSR</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>&lt;b&gt;Reissue requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Reemisión solicitada.&lt;/b&gt; La solicitud %1 espera la aprobación en la página Solicitudes.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Reemisión enviada&lt;/b&gt; para el pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiCert ships a new token; the order&apos;s details show its progress.</source>
        <translation>DigiCert envía un nuevo token; los detalles del pedido muestran su progreso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the new certificate on the token or HSM with DigiCert&apos;s tools once it is issued.</source>
        <translation>Cuando se emita, instale el nuevo certificado en el token o HSM con las herramientas de DigiCert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Reissue rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Reemisión rechazada.&lt;/b&gt; La solicitud %1 fue rechazada; consulte la página Solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Reemisión enviada&lt;/b&gt; como solicitud %1. CertCentral no indicó si espera aprobación; la página Solicitudes la muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Reemisión enviada&lt;/b&gt; para el pedido %1. CertCentral no indicó si espera aprobación; los detalles del pedido lo muestran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1: new certificate %2.</source>
        <translation>&lt;b&gt;Reemisión aceptada&lt;/b&gt; para el pedido %1: nuevo certificado %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Reemisión aceptada&lt;/b&gt; para el pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove control of the names with this random value (DNS TXT record or file, as the order&apos;s DCV method says): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Demuestre el control de los nombres con este valor aleatorio (registro DNS TXT o archivo, según el método de DCV del pedido): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that still need DCV are listed on the order&apos;s Names and DCV tab.</source>
        <translation>Los nombres que aún necesitan DCV aparecen en la pestaña Nombres y DCV del pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your new private key: %1</source>
        <translation>Su nueva clave privada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier certificates with %1 may be revoked within 72 hours.</source>
        <translation>Los certificados anteriores con %1 pueden revocarse en un plazo de 72 horas.</translation>
    </message>
</context>
<context>
    <name>RequestDecision</name>
    <message>
        <location filename="../app/core/RequestDecision.cpp" line="+24"/>
        <source>Choose the request to decide (a positive number).</source>
        <translation>Elija la solicitud que desea resolver (un número positivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the request is rejected: the requester sees the comment.</source>
        <translation>Indique por qué se rechaza la solicitud: el solicitante ve el comentario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment has at most %1 characters; this one has %2.</source>
        <translation>El comentario tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 was already approved by someone else</source>
        <translation>Otra persona ya aprobó la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2</source>
        <translation>%2 ya aprobó la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2 on %3</source>
        <translation>%2 ya aprobó la solicitud %1 el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already rejected by someone else</source>
        <translation>Otra persona ya rechazó la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2</source>
        <translation>%2 ya rechazó la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2 on %3</source>
        <translation>%2 ya rechazó la solicitud %1 el %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already decided by someone else</source>
        <translation>Otra persona ya resolvió la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2</source>
        <translation>%2 ya resolvió la solicitud %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2 on %3</source>
        <translation>%2 ya resolvió la solicitud %1 el %3</translation>
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
        <translation>%1 («%2»).</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <location filename="../ui/requests/RequestDecisionDialog.cpp" line="+31"/>
        <source>Approve requests</source>
        <translation>Aprobar solicitudes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject requests</source>
        <translation>Rechazar solicitudes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>¿Aprobar %n solicitud? Una solicitud aprobada pasa a CertCentral de inmediato y no se puede retirar aquí.</numerusform>
            <numerusform>¿Aprobar %n solicitudes? Una solicitud aprobada pasa a CertCentral de inmediato y no se puede retirar aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>¿Rechazar %n solicitud? El solicitante verá su comentario; una solicitud rechazada no se puede volver a abrir.</numerusform>
            <numerusform>¿Rechazar %n solicitudes? El solicitante verá su comentario; una solicitud rechazada no se puede volver a abrir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: the approval request&apos;s number; &quot;What&quot;: what it asks for.</extracomment>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment for the requester (optional):</source>
        <translation>&amp;Comentario para el solicitante (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the requester (required):</source>
        <translation>&amp;Motivo para el solicitante (obligatorio):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: approved for the Q3 web rollout</source>
        <translation>Por ejemplo: aprobado para el despliegue web del T3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: use the wildcard order 1234 instead</source>
        <translation>Por ejemplo: use en su lugar el pedido comodín 1234</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Aprobar %n solicitud</numerusform>
            <numerusform>Aprobar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>Rechazar %n solicitud</numerusform>
            <numerusform>Rechazar %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sending %1 of %2…</source>
        <translation>Enviando %1 de %2…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known whether it was sent: %1. Refresh the list before trying again.</source>
        <translation>No se sabe si se envió: %1. Actualice la lista antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
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
            <numerusform>%n solicitud aprobada.</numerusform>
            <numerusform>%n solicitudes aprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n solicitud rechazada.</numerusform>
            <numerusform>%n solicitudes rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>%n ya la había resuelto otra persona; se actualiza la lista.</numerusform>
            <numerusform>%n ya las había resuelto otra persona; se actualiza la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n no se pudo enviar; consulte la columna Resultado.</numerusform>
            <numerusform>%n no se pudieron enviar; consulte la columna Resultado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailsPane.cpp" line="+57"/>
        <source>Request</source>
        <extracomment>The tab with the approval request itself (who asked, when and why).</extracomment>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s comment</source>
        <translation>Comentario del solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver&apos;s comment</source>
        <translation>Comentario del aprobador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation reason</source>
        <translation>Motivo de revocación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Order</source>
        <extracomment>A certificate order in CertCentral, not a sort order.
----------
Field label: the number of the certificate order the request belongs to.</extracomment>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization validation</source>
        <translation>Validación de la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the CSR</source>
        <translation>Nombres de la CSR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Seleccione una solicitud para ver qué pide.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request could not be loaded: %1</source>
        <translation>No se pudo cargar la solicitud: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order could not be loaded: %1</source>
        <translation>No se pudo cargar el pedido: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization could not be loaded: %1</source>
        <translation>No se pudo cargar la organización: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1: %2</source>
        <translation>Solicitud %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2 for %3</source>
        <translation>Solicitud %1: %2 para %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
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
        <translation>CertCentral no lo indica</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A revocation carries no CSR.</source>
        <translation>Una revocación no lleva CSR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not return the CSR.</source>
        <translation>CertCentral no devolvió la CSR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSR could not be read: %1</source>
        <translation>No se pudo leer la CSR: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: CertCentral will refuse this CSR</source>
        <translation>No válida: CertCentral rechazará esta CSR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
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
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not validated yet</source>
        <translation>Aún no validada</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../models/RequestsModel.cpp" line="+68"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>Fecha de solicitud</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/requests/RequestsScreen.cpp" line="+32"/>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests</source>
        <extracomment>The approvals queue: requests for certificates waiting for an approver.</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>You can follow your own requests here. %1</source>
        <translation>Aquí puede seguir sus propias solicitudes. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select one or more pending requests</source>
        <translation>Seleccione una o varias solicitudes pendientes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>Solo se pueden resolver las solicitudes pendientes; %n solicitud seleccionada ya estaba resuelta.</numerusform>
            <numerusform>Solo se pueden resolver las solicitudes pendientes; %n solicitudes seleccionadas ya estaban resueltas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected requests</source>
        <translation>Aprobar las solicitudes seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected requests with a reason</source>
        <translation>Rechazar las solicitudes seleccionadas indicando un motivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Seleccione una solicitud para ver qué pide.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n solicitud seleccionada.</numerusform>
            <numerusform>%n solicitudes seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading requests…</source>
        <translation>Cargando solicitudes…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The requests could not be loaded: %1</source>
        <translation>No se pudieron cargar las solicitudes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be loaded.</source>
        <translation>No se pudo cargar la lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No requests yet.</source>
        <translation>Todavía no hay solicitudes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match the filters.</source>
        <translation>Ninguna solicitud coincide con los filtros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request(s), %2 waiting for a decision</source>
        <translation>Solicitudes: %1; %2 en espera de una decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only part of the list was loaded; refresh to try again.</source>
        <translation>Solo se cargó una parte de la lista; actualícela para volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>Mientras tanto, otra persona resolvió %n solicitud; la lista muestra ahora su estado.</numerusform>
            <numerusform>Mientras tanto, otra persona resolvió %n solicitudes; la lista muestra ahora su estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>No se pudo enviar %n decisión; el cuadro de diálogo indica el motivo.</numerusform>
            <numerusform>No se pudieron enviar %n decisiones; el cuadro de diálogo indica los motivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeConfirmPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.ui" line="+7"/>
        <source>Skip approval (administrators)</source>
        <translation>Omitir la aprobación (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.cpp" line="+13"/>
        <source>Confirm the revocation</source>
        <translation>Confirmar la revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke &lt;b&gt;every certificate on order %1&lt;/b&gt; (%2).</source>
        <translation>Revocar &lt;b&gt;todos los certificados del pedido %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke &lt;b&gt;the certificate with serial number %1&lt;/b&gt; for %2.</source>
        <translation>Revocar &lt;b&gt;el certificado con número de serie %1&lt;/b&gt; para %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke &lt;b&gt;certificate %1&lt;/b&gt; for %2, serial %3.</source>
        <translation>Revocar &lt;b&gt;el certificado %1&lt;/b&gt; para %2, número de serie %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromised at: %1 (sent as %2)</source>
        <translation>Clave comprometida el: %1 (enviado como %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: %1</source>
        <translation>Comentarios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Escriba &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
</context>
<context>
    <name>RevokeDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.ui" line="+6"/>
        <source>I know when the private key was compromised</source>
        <translation>Sé cuándo se comprometió la clave privada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the order in CertCentral</source>
        <translation>Abrir el pedido en CertCentral</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.cpp" line="+18"/>
        <source>When was the key compromised?</source>
        <translation>¿Cuándo se comprometió la clave?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relying parties may treat what was signed before this time as trustworthy.</source>
        <translation>Los terceros que confían en el certificado pueden considerar fiable lo que se firmó antes de este momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CertCentral API has no field for this date: CertDesk writes it as the first line of the revocation comment (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). In the CertCentral console the date has its own field.</source>
        <translation>La API de CertCentral no tiene ningún campo para esta fecha: CertDesk la escribe como primera línea del comentario de revocación («Key compromise date: 2024-01-09T14:30:00Z»). En la consola de CertCentral, la fecha tiene su propio campo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earliest allowed: %1 UTC (%2).</source>
        <translation>Lo más temprano permitido: %1 UTC (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time is in UTC.</source>
        <translation>La hora está en UTC.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+26"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>la fecha de emisión más reciente de los certificados del pedido</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>the certificate&apos;s issue date</source>
        <translation>la fecha de emisión del certificado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Code signing: signatures made before this time stay valid; those made after it do not. Java ignores the date and treats every signature as invalid.</source>
        <translation>Firma de código: las firmas hechas antes de este momento siguen siendo válidas; las posteriores, no. Java ignora la fecha y considera no válidas todas las firmas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key cannot have been compromised before %1, %2. Choose that time or later.</source>
        <translation>La clave no puede haberse comprometido antes de %1, %2. Elija ese momento o uno posterior.</translation>
    </message>
</context>
<context>
    <name>RevokeReasonPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.ui" line="+6"/>
        <source>Revoke</source>
        <extracomment>Label before the choice of what to revoke: this certificate, a serial number, or the whole order.</extracomment>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.cpp" line="+11"/>
        <source>What to revoke, and why</source>
        <translation>Qué revocar y por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation cannot be undone: browsers stop trusting the certificate.</source>
        <translation>La revocación no se puede deshacer: los navegadores dejan de confiar en el certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This certificate: %1, serial %2</source>
        <translation>Este certificado: %1, número de serie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every certificate on order %1, duplicates and reissues included</source>
        <translation>Todos los certificados del pedido %1, incluidos duplicados y reemisiones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate in the file: %1, serial %2</source>
        <translation>El certificado del archivo: %1, número de serie %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate loaded from a file is revoked by its serial number alone.</source>
        <translation>Un certificado cargado desde un archivo se revoca solo por su número de serie.</translation>
    </message>
</context>
<context>
    <name>RevokeRequest</name>
    <message>
        <location filename="../app/core/RevokeRequest.cpp" line="+80"/>
        <source>Name the certificate to revoke by its id (a positive number).</source>
        <translation>Indique el certificado que desea revocar por su id (un número positivo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons allowed); got &quot;%1&quot;.</source>
        <translation>Un número de serie tiene de 2 a 40 dígitos hexadecimales (0-9, A-F; se admiten dos puntos); se indicó «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the order whose certificates to revoke (a positive number).</source>
        <translation>Indique el pedido cuyos certificados desea revocar (un número positivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revocation reason &quot;%1&quot; is not known; use one of: %2</source>
        <translation>El motivo de revocación «%1» no es conocido; use uno de estos: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date goes only with the reason keyCompromise, not %1.</source>
        <translation>La fecha de compromiso de la clave solo se usa con el motivo keyCompromise, no con %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date may not be before %1 (%2); got %3.</source>
        <translation>La fecha de compromiso de la clave no puede ser anterior a %1 (%2); se indicó %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key compromise date may not be in the future (now is %1); got %2.</source>
        <translation>La fecha de compromiso de la clave no puede estar en el futuro (ahora es %1); se indicó %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments have at most %1 characters with the key compromise date line; these have %2.</source>
        <translation>Los comentarios tienen como máximo %1 caracteres con la línea de la fecha de compromiso de la clave; estos tienen %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>la fecha de emisión más reciente de los certificados del pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s issue date</source>
        <translation>la fecha de emisión del certificado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Los comentarios tienen como máximo %1 caracteres; estos tienen %2.</translation>
    </message>
</context>
<context>
    <name>RevokeWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeWizard.cpp" line="+14"/>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revoke certificate %1</source>
        <translation>Revocar el certificado %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key compromise</source>
        <translation>Clave comprometida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>Cese de la actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>Cambio de afiliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key was lost, stolen or seen by someone who should not have it.</source>
        <translation>La clave privada se perdió, fue robada o la vio alguien que no debería tenerla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names are no longer used, or the service was shut down.</source>
        <translation>Los nombres ya no se usan o el servicio se cerró.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s name or relationship to the names changed.</source>
        <translation>Cambió el nombre de la organización o su relación con los nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new certificate replaces this one; nothing was compromised.</source>
        <translation>Un certificado nuevo sustituye a este; no se comprometió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the others applies, or you prefer not to say.</source>
        <translation>No se aplica ninguno de los demás, o prefiere no decirlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every certificate on order %1</source>
        <translation>todos los certificados del pedido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate with serial number %1 (%2)</source>
        <translation>el certificado con número de serie %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1 (%2)</source>
        <translation>el certificado %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral recorded it on %1 UTC.</source>
        <translation>CertCentral la registró el %1 UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revocation requested&lt;/b&gt; for %1. Request %2 waits for an administrator&apos;s approval on the Requests page; the certificate stays valid until then.</source>
        <translation>&lt;b&gt;Revocación solicitada&lt;/b&gt; para %1. La solicitud %2 espera la aprobación de un administrador en la página Solicitudes; hasta entonces, el certificado sigue siendo válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Revoked&lt;/b&gt;: %1, reason %2.</source>
        <translation>&lt;b&gt;Revocado&lt;/b&gt;: %1, motivo: %2.</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <location filename="../app/core/RolePolicy.cpp" line="+5"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance manager</source>
        <translation>Gestor financiero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard user</source>
        <translation>Usuario estándar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited user</source>
        <translation>Usuario limitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restricted key</source>
        <translation>clave restringida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CertCentral refused a change that your role allows, so this API key is restricted (View Only, or to some areas). Sign in with a key that has more rights to do this.</source>
        <translation>CertCentral rechazó un cambio que su rol permite, así que esta clave de API está restringida (de solo lectura o limitada a algunas áreas). Para hacer esto, inicie sesión con una clave con más permisos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CertCentral user has no access role.</source>
        <translation>Su usuario de CertCentral no tiene ningún rol de acceso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your API key may only view; ask an administrator for a key with ordering rights.</source>
        <translation>Su clave de API solo permite consultar; pida a un administrador una clave con permisos para hacer pedidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may skip approval.</source>
        <translation>Solo los administradores pueden omitir la aprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers approve or reject requests.</source>
        <translation>Solo los administradores y gestores aprueban o rechazan solicitudes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers see the account&apos;s funds.</source>
        <translation>Solo los administradores y gestores financieros ven los fondos de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers move funds between divisions.</source>
        <translation>Solo los administradores y gestores financieros transfieren fondos entre divisiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators delete domains and organizations.</source>
        <translation>Solo los administradores eliminan dominios y organizaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers manage domains and organizations.</source>
        <translation>Solo los administradores y gestores administran dominios y organizaciones.</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../app/api/SandboxLauncher.cpp" line="+29"/>
        <source>Could not start %1: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>El entorno de pruebas se detuvo antes de estar listo (código de salida %1): %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sandbox did not announce its address within %1 ms</source>
        <translation>El entorno de pruebas no comunicó su dirección en %1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected first line from the sandbox: %1</source>
        <translation>Primera línea inesperada del entorno de pruebas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox announced an invalid address: %1</source>
        <translation>El entorno de pruebas comunicó una dirección no válida: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+40"/>
        <source>The sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome to CertDesk. Sign in with an API key from CertCentral, or try the sandbox: a local CertCentral with sample data.</source>
        <translation>Le damos la bienvenida a CertDesk. Inicie sesión con una clave de API de CertCentral o pruebe el entorno de pruebas: un CertCentral local con datos de ejemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>Leyendo la clave de API de %1 del llavero…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no API key in the keychain. Sign in to add one.</source>
        <translation>%1 no tiene ninguna clave de API en el llavero. Inicie sesión para añadir una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New name for the profile:</source>
        <translation>Nuevo nombre del perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new key replaces the old one in the keychain once CertCentral has accepted it.</source>
        <translation>La nueva clave sustituye a la anterior en el llavero en cuanto CertCentral la acepta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was stopped.</source>
        <translation>Se detuvo el entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1?

The API key is removed from this computer&apos;s keychain. To sign in again you will need the key from CertCentral.</source>
        <translation>¿Cerrar sesión en %1?

La clave de API se elimina del llavero de este equipo. Para volver a iniciar sesión necesitará la clave de CertCentral.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out of %1.</source>
        <translation>Se cerró la sesión en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer?

Nothing changes in CertCentral.</source>
        <translation>¿Eliminar el perfil %1 y su clave de API de este equipo?

No cambia nada en CertCentral.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile %1 was removed.</source>
        <translation>Se eliminó el perfil %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+40"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to CertCentral</source>
        <translation>Iniciar sesión en CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the API key of %1</source>
        <translation>Cambiar la clave de API de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example: Acme (US)</source>
        <translation>Por ejemplo: Acme (US)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: a PEM file with your sandbox&apos;s or proxy&apos;s CA</source>
        <translation>Opcional: un archivo PEM con la CA de su entorno de pruebas o proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key from CertCentral: Automation &gt; API Keys</source>
        <translation>Pegue la clave de CertCentral: Automation &gt; API Keys</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Profile &amp;name</source>
        <translation>&amp;Nombre del perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL</source>
        <translation>&amp;URL de la API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA</source>
        <translation>CA de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(kept from the profile)</source>
        <translation>(se conserva la del perfil)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ya existe un perfil llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Sesión iniciada como %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Storing the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../app/core/StatusChange.cpp" line="+14"/>
        <source>Expected a JSON object with &quot;orders&quot;</source>
        <translation>Se esperaba un objeto JSON con «orders»</translation>
    </message>
</context>
<context>
    <name>SubmitOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/SubmitOrganizationDialog.cpp" line="+25"/>
        <source>Loading verified contacts…</source>
        <translation>Cargando contactos verificados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit %1 for validation</source>
        <translation>Enviar %1 a validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the validations to request. Those already completed are renewed; EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>Elija las validaciones que desea solicitar. Las ya completadas se renuevan; EV, CS y EV CS necesitan un contacto verificado que las apruebe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (now: %2)</source>
        <translation>%1 (ahora: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved by (EV, CS, EV CS):</source>
        <translation>Aprobada por (EV, CS, EV CS):</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+122"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This organization has no verified contacts yet; add one on the Verified contacts page before asking for EV or code signing.</source>
        <translation>Esta organización aún no tiene contactos verificados; añada uno en la página Contactos verificados antes de solicitar EV o firma de código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None checked: CertCentral asks the organization&apos;s verified contacts.</source>
        <translation>Si no marca ninguno, CertCentral pregunta a los contactos verificados de la organización.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verified contacts could not be loaded: %1</source>
        <translation>No se pudieron cargar los contactos verificados: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose OV, EV, CS or EV CS to submit.</source>
        <translation>Elija OV, EV, CS o EV CS para enviar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CertCentral did not accept the request: %1</source>
        <translation>CertCentral no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <location filename="../app/api/TlsErrorText.cpp" line="+17"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>El certificado del servidor caducó el %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>El certificado del servidor no es válido antes del %1; compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>El certificado del servidor es para %1, no para %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts. For a sandbox or a company proxy, add its CA certificate to the profile.</source>
        <translation>El certificado del servidor no está firmado por una autoridad de certificación de confianza para este equipo. Para un entorno de pruebas o un proxy de empresa, añada su certificado de CA al perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>El certificado del servidor ha sido revocado.</translation>
    </message>
</context>
<context>
    <name>TokenShipment</name>
    <message>
        <location filename="../app/core/TokenShipment.cpp" line="+17"/>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the street address</source>
        <translation>la dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>la ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state or region</source>
        <translation>el estado o la región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>el código postal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %1 for the token&apos;s shipment.</source>
        <translation>Introduzca %1 para el envío del token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipping country is its two-letter code, for example US.</source>
        <translation>El país de envío se indica con su código de dos letras, por ejemplo US.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping is STANDARD or EXPEDITED.</source>
        <translation>El envío es STANDARD o EXPEDITED.</translation>
    </message>
</context>
<context>
    <name>TransferFundsDialog</name>
    <message>
        <location filename="../ui/finance/TransferFundsDialog.cpp" line="+37"/>
        <location line="+73"/>
        <location line="+154"/>
        <source>Move funds</source>
        <translation>Transferir fondos</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Moves funds from one division to another at once. CertCentral allows it when separate division funds are enabled (Finances &gt; Settings in the console), and moves whole amounts only.</source>
        <translation>Transfiere fondos de una división a otra de inmediato. CertCentral lo permite cuando están activados los fondos separados por división (Finances &gt; Settings en la consola) y solo transfiere importes enteros.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole amount, for example 1000</source>
        <translation>Un importe entero, por ejemplo 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Available: %1</source>
        <translation>Disponible: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: not known (unlimited, or the balance did not load)</source>
        <translation>Disponible: desconocido (ilimitado, o no se cargó el saldo)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them back.</source>
        <translation>¿Transferir %1 de %2 a %3? CertCentral transfiere los fondos de inmediato; para deshacerlo, vuelva a transferirlos en sentido contrario.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving…</source>
        <translation>Transfiriendo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved %1 from %2 to %3. The balances are updated.</source>
        <translation>Se transfirieron %1 de %2 a %3. Los saldos están actualizados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not known whether the funds moved: %1 Look at the balances and the balance history before moving them again.</source>
        <translation>No se sabe si se transfirieron los fondos: %1 Consulte los saldos y el historial de saldo antes de volver a transferirlos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertCentral did not move the funds: %1</source>
        <translation>CertCentral no transfirió los fondos: %1</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/UserInfo.cpp" line="+48"/>
        <source>Expected a JSON object for the user</source>
        <translation>Se esperaba un objeto JSON para el usuario</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user has no id, name or email</source>
        <translation>El usuario no tiene id, nombre ni correo electrónico</translation>
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
        <translation>%1 ext. %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message>
        <location filename="../ui/organizations/VerifiedContactsScreen.cpp" line="+25"/>
        <source>Add verified contacts…</source>
        <translation>Añadir contactos verificados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified contacts</source>
        <translation>Contactos verif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add people who may approve EV and code-signing orders (at most %1 at a time)</source>
        <translation>Añadir personas que puedan aprobar pedidos EV y de firma de código (como máximo %1 a la vez)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No organizations</source>
        <translation>No hay organizaciones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the verified contacts of %1…</source>
        <translation>Cargando los contactos verificados de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no verified contacts yet.</source>
        <translation>%1 aún no tiene contactos verificados.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>%Ln contacto verificado</numerusform>
            <numerusform>%Ln contactos verificados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verified contacts of %1 could not be loaded: %2</source>
        <translation>No se pudieron cargar los contactos verificados de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%Ln contacto verificado añadido a %1; queda pendiente hasta que CertCentral lo compruebe.</numerusform>
            <numerusform>%Ln contactos verificados añadidos a %1; cada uno queda pendiente hasta que CertCentral lo compruebe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Desktop client for DigiCert CertCentral</source>
        <translation>Cliente de escritorio para DigiCert CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a seeded local sandbox and sign in to it.</source>
        <translation>Iniciar un entorno de pruebas local con datos de ejemplo e iniciar sesión en él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders the sandbox seeds (default 5000).</source>
        <translation>Número de pedidos de ejemplo que crea el entorno de pruebas (predeterminado: 5000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect once to this API base URL with the key in CERTDESK_API_KEY, without a profile.</source>
        <translation>Conectarse una vez a esta URL base de la API con la clave de CERTDESK_API_KEY, sin perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra CA certificate (PEM) to trust for --api-url.</source>
        <translation>Certificado de CA adicional (PEM) de confianza para --api-url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the log to this file (keys are redacted).</source>
        <translation>Escribir también el registro en este archivo (las claves se ocultan).</translation>
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
        <translation>--ca-file %1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sandbox-orders must be a whole number from 0 to 200000.</source>
        <translation>--sandbox-orders debe ser un número entero entre 0 y 200000.</translation>
    </message>
</context>
</TS>
