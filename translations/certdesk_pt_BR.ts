<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>Qt %1 (built with %2), %3, QtKeychain %4</source>
        <translation>Qt %1 (compilado com %2), %3, QtKeychain %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CertDesk</source>
        <translation>Sobre o CertDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the DigiCert CertCentral Services API: orders, domains, organizations, approvals and finance.</source>
        <translation>Um cliente desktop para a API CertCentral Services da DigiCert: pedidos, domínios, organizações, aprovações e finanças.</translation>
    </message>
</context>
<context>
    <name>AccountBalance</name>
    <message>
        <location filename="../app/core/AccountBalance.cpp" line="+14"/>
        <source>The reply has no balance</source>
        <translation>A resposta não contém saldo</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <location filename="../ui/domains/AddDomainDialog.cpp" line="+26"/>
        <source>OV: organization validation</source>
        <translation>OV: validação da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: validação estendida</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+148"/>
        <source>Add domain</source>
        <translation>Adicionar domínio</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Domain name</source>
        <translation>Nome do domínio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for</source>
        <translation>Validar para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>O CertCentral envia e-mail aos endereços WHOIS e construídos do domínio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Você colocará um arquivo em /.well-known/pki-validation/ no site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will add a DNS record; DCV instructions on the Domains page say which.</source>
        <translation>Você adicionará um registro DNS; as instruções de DCV na página Domínios indicam qual.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading organizations…</source>
        <translation>Carregando organizações…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organizations could not be loaded</source>
        <translation>Não foi possível carregar as organizações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Não foi possível carregar as organizações: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organizations yet</source>
        <translation>Ainda não há organizações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organization first: every domain belongs to one.</source>
        <translation>Crie primeiro uma organização: todo domínio pertence a uma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already in this account; find it in the list instead.</source>
        <translation>%1 já está nesta conta; procure-o na lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
</context>
<context>
    <name>AddVerifiedContactsDialog</name>
    <message>
        <location filename="../ui/organizations/AddVerifiedContactsDialog.cpp" line="+33"/>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>Remover linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>Colar linhas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add verified contacts to %1</source>
        <translation>Adicionar contatos verificados a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an e-mail address, a job title and a telephone number; CertCentral checks them before they can approve. At most %2 in one request.</source>
        <translation>Os contatos verificados de %1 aprovam os pedidos EV e de assinatura de código dela. Cada um precisa de nome, endereço de e-mail, cargo e telefone; o CertCentral os verifica antes que possam aprovar. No máximo %2 por solicitação.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
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
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Ext.</source>
        <translation>Ramal</translation>
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
        <translation>Linhas copiadas de uma planilha: nome, sobrenome, e-mail, cargo, telefone e ramal, separados por tabulações ou vírgulas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+217"/>
        <source>Add contacts</source>
        <translation>Adicionar contatos</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>%1 of at most %2 rows</source>
        <translation>%1 de no máximo %2 linhas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; add the rest afterwards.</source>
        <translation>No máximo %1 novos contatos verificados podem ser adicionados por solicitação; adicione o restante depois.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Validation types</source>
        <translation>Tipos de validação</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1, %2: %3</source>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more problems (marked in the table).</source>
        <translation>…e mais %1 problemas (marcados na tabela).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CertCentral did not add the contacts: %1</source>
        <translation>O CertCentral não adicionou os contatos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>Adicionando…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+122"/>
        <source>the reply had no content type, not JSON</source>
        <translation>a resposta não tinha tipo de conteúdo e não era JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply was %1, not JSON</source>
        <translation>a resposta era %1, não JSON</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="+66"/>
        <source>No complete answer within %1 seconds</source>
        <translation>Nenhuma resposta completa em %1 segundos</translation>
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
        <translation>A conexão foi encerrada antes de o CertCentral responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>It is not known whether the request was carried out: check before sending it again.</source>
        <translation>Não se sabe se a solicitação foi executada: verifique antes de enviá-la novamente.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CertCentral could not be reached</source>
        <translation>Não foi possível acessar o CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and the network connection, then try again.</source>
        <translation>Verifique o endereço e a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to CertCentral failed</source>
        <translation>Falha na conexão segura com o CertCentral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral did not answer in time</source>
        <translation>O CertCentral não respondeu a tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again; if it keeps happening, check the network or proxy.</source>
        <translation>Tente novamente; se continuar acontecendo, verifique a rede ou o proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral sent an answer CertDesk could not read</source>
        <translation>O CertCentral enviou uma resposta que o CertDesk não conseguiu ler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CertCentral did not accept the API key (HTTP 403)</source>
        <translation>O CertCentral não aceitou a chave de API (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the whole key was copied and that it is still active in CertCentral (Automation &gt; API Keys).</source>
        <translation>Verifique se a chave foi copiada inteira e se ainda está ativa no CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your CertCentral role does not allow this (HTTP 403)</source>
        <translation>Sua função no CertCentral não permite isso (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to do it, or for a key with this permission.</source>
        <translation>Peça a um administrador que faça isso ou que forneça uma chave com essa permissão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided, by someone else or earlier (HTTP %1)</source>
        <translation>A solicitação já foi decidida, por outra pessoa ou anteriormente (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list of requests to see the decision.</source>
        <translation>Atualize a lista de solicitações para ver a decisão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was declined (HTTP %1)</source>
        <translation>O cartão foi recusado (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was charged. Use another card or the payment profile.</source>
        <translation>Nada foi cobrado. Use outro cartão ou o perfil de pagamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP 403)</source>
        <translation>O CertCentral recusou a solicitação (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asked CertDesk to slow down (HTTP 429)</source>
        <translation>O CertCentral pediu ao CertDesk que reduza o ritmo (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again.</source>
        <translation>Aguarde alguns segundos e tente novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral is unavailable (HTTP %1)</source>
        <translation>O CertCentral está indisponível (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP %1)</source>
        <translation>O CertCentral recusou a solicitação (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <location filename="../app/core/ApprovalRequest.cpp" line="+29"/>
        <source>user %1</source>
        <translation>usuário %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new order</source>
        <translation>novo pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reissue</source>
        <translation>reemissão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation</source>
        <translation>revogação</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The reply is not a request with an id</source>
        <translation>A resposta não é uma solicitação com id</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryModel</name>
    <message>
        <location filename="../models/BalanceHistoryModel.cpp" line="+45"/>
        <source>These funds expire on %1</source>
        <translation>Estes fundos expiram em %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Division</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance after</source>
        <translation>Saldo após</translation>
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
        <translation>%1: &quot;%2&quot; não é uma data; use YYYY-MM-DD, por exemplo 2026-01-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1: %2 is before %3, the earliest date CertDesk asks for.</source>
        <translation>%1: %2 é anterior a %3, a data mais antiga que o CertDesk consulta.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 is in the future; the history ends today (%3).</source>
        <translation>%1: %2 está no futuro; o histórico termina hoje (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1: %2 é anterior a &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Division: a container id is a positive number.</source>
        <translation>Divisão: um ID de contêiner é um número positivo.</translation>
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
        <translation>hoje</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>All types</source>
        <translation>Todos os tipos</translation>
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
        <translation>Histórico de saldo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Division:</source>
        <translation>Divisão:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your division</source>
        <translation>Sua divisão</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the balance history…</source>
        <translation>Carregando o histórico de saldo…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n lançamento</numerusform>
            <numerusform>%n lançamentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adjustments match these filters.</source>
        <translation>Nenhum lançamento corresponde a estes filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjustments in this division&apos;s history.</source>
        <translation>Nenhum lançamento no histórico desta divisão.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The balance history could not be loaded: %1</source>
        <translation>Não foi possível carregar o histórico de saldo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the balance history</source>
        <translation>Exportar o histórico de saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance history could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o histórico de saldo em %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>%n lançamento salvo em %1.</numerusform>
            <numerusform>%n lançamentos salvos em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+35"/>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
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
        <translation>%1 pode ficar com saldo negativo ilimitado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Division</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices</source>
        <translation>Faturas não pagas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Limite de saldo negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit used by other divisions</source>
        <translation>Crédito usado por outras divisões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fundos disponíveis</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../ui/orders/CancelOrderDialog.cpp" line="+23"/>
        <source>Cancel order %1</source>
        <translation>Cancelar o pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 (%2)? Nothing more is issued for it and a pending request is rejected. This cannot be undone.</source>
        <translation>Cancelar o pedido %1 (%2)? Nada mais será emitido para ele e qualquer solicitação pendente será rejeitada. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; CertCentral keeps it with the order)</source>
        <translation>Motivo (obrigatório; o CertCentral o guarda com o pedido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>Cancelar o pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the order</source>
        <translation>Manter o pedido</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer was lost; reload the order to see whether it was canceled before trying again.</source>
        <translation>A resposta se perdeu; recarregue o pedido para ver se ele foi cancelado antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not canceled: %1</source>
        <translation>Não cancelado: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDownloadCall</name>
    <message>
        <location filename="../app/api/CertificateEndpoints.cpp" line="+24"/>
        <source>The download holds no PEM certificate</source>
        <translation>O download não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate could not be converted to DER</source>
        <translation>Não foi possível converter o certificado para DER</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The download is not a PKCS#7 structure</source>
        <translation>O download não é uma estrutura PKCS#7</translation>
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
        <translation>%1 expira em %2 (pedido %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) is now %3</source>
        <translation>O status do pedido %1 (%2) agora é: %3</translation>
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
A chave de API vem da entrada do perfil no chaveiro do sistema (--profile, ou o perfil
ativo) ou da variável de ambiente CERTDESK_API_KEY; nunca da linha de comando.
profile add e set-key leem a chave de CERTDESK_API_KEY ou da entrada padrão (sem eco
em um terminal). Códigos de saída: 0 ok, 2 uso, 3 erro de API ou do chaveiro,
4 erro de rede ou TLS.
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
        <translation>--api-url requer uma URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout requer um número de segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile needs a profile name</source>
        <translation>--profile requer um nome de perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--log-file needs a file name</source>
        <translation>--log-file requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--log-file: cannot write %1</source>
        <translation>--log-file: não é possível gravar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --api-url exclude each other: a profile has its own URL</source>
        <translation>--profile e --api-url são mutuamente exclusivos: um perfil tem sua própria URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--timeout deve ser um número inteiro de segundos de 1 a 600</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ca-file: %1 is not a readable file</source>
        <translation>--ca-file: %1 não é um arquivo legível</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile named &quot;%1&quot;; see certdesk-cli profile list</source>
        <translation>nenhum perfil chamado &quot;%1&quot;; veja certdesk-cli profile list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sandbox profile lives in the desktop program; start certdesk-sandbox and use --api-url with CERTDESK_API_KEY</source>
        <translation>o perfil do sandbox existe só no programa de desktop; inicie certdesk-sandbox e use --api-url com CERTDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certdesk-cli: profile %1: %2</source>
        <translation>certdesk-cli: perfil %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no API key: add a profile (certdesk-cli profile add NAME) or set the environment variable CERTDESK_API_KEY</source>
        <translation>nenhuma chave de API: adicione um perfil (certdesk-cli profile add NAME) ou defina a variável de ambiente CERTDESK_API_KEY</translation>
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
        <translation>verbo ausente</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 needs %2</source>
        <translation>%1 requer %2</translation>
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
        <translation>verbo desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+76"/>
        <source>%1 needs a file name</source>
        <extracomment>%1 is a command-line option such as --out; %2 (below) a file or folder path.</extracomment>
        <translation>%1 precisa de um nome de arquivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a folder; give the name of a file to create in it</source>
        <translation>%1: %2 é uma pasta; informe o nome de um arquivo a ser criado nela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: a pasta %2 não existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1: %2 não é uma pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 cannot be written to</source>
        <translation>%1: não é possível gravar na pasta %2</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de cert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the private key %1: </source>
        <translation>Frase secreta da chave privada %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase for the new PKCS#12 file: </source>
        <translation>Frase secreta do novo arquivo PKCS#12: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Repita a mesma: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>as duas frases secretas são diferentes; nada foi gravado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PKCS#12 passphrase needs at least %1 characters (CERTDESK_P12_PASSPHRASE, or typed when asked)</source>
        <translation>a frase secreta do PKCS#12 precisa de pelo menos %1 caracteres (CERTDESK_P12_PASSPHRASE, ou digitada quando solicitada)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--key needs the private key file (PEM) of the certificate</source>
        <translation>--key requer o arquivo da chave privada (PEM) do certificado</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>--out needs a file name</source>
        <translation>--out requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format p12 needs --key FILE: the private key made for this certificate goes into the PKCS#12 file</source>
        <translation>--format p12 requer --key FILE: a chave privada criada para este certificado vai para o arquivo PKCS#12</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>cert download needs exactly one certificate ID</source>
        <translation>cert download requer exatamente um ID de certificado</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>--format needs one of: %1</source>
        <translation>--format requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key goes with --format p12 only</source>
        <translation>--key só pode ser usado com --format p12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be one of %1, got &quot;%2&quot;</source>
        <translation>--format deve ser um destes: %1; recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>certificate ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>o ID do certificado deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format %1 is binary: name a file with --out</source>
        <translation>--format %1 é binário: indique um arquivo com --out</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certdesk-cli: could not write %1: %2</source>
        <translation>certdesk-cli: não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved certificate %1 (%2) to %3.</source>
        <translation>Certificado %1 (%2) salvo em %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 already exists and is never overwritten; choose another name with --out</source>
        <translation>%1 já existe e nunca é sobrescrito; escolha outro nome com --out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--key: %1 could not be opened: %2</source>
        <translation>--key: não foi possível abrir %1: %2</translation>
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
        <translation>o certificado %1 veio sem um certificado PEM</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>Certificado %1 salvo com sua chave privada e %n certificado da cadeia em %2 (PKCS#12, legível só por você).</numerusform>
            <numerusform>Certificado %1 salvo com sua chave privada e %n certificados da cadeia em %2 (PKCS#12, legível só por você).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--certificate needs a certificate ID</source>
        <translation>--certificate requer um ID de certificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--serial needs the serial number in hexadecimal</source>
        <translation>--serial requer o número de série em hexadecimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--order needs an order ID</source>
        <translation>--order requer um ID de pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason needs one of: %1</source>
        <translation>--reason requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compromised-at needs a date and time, for example 2024-01-09T14:30:00Z</source>
        <translation>--compromised-at requer data e hora, por exemplo 2024-01-09T14:30:00Z</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--comments needs a text</source>
        <translation>--comments requer um texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name exactly one of --certificate ID, --serial HEX or --order ID</source>
        <translation>indique exatamente um entre --certificate ID, --serial HEX ou --order ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: one of %1</source>
        <translation>--reason é obrigatório: um destes: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>--certificate must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--certificate deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--order must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--order deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compromised-at must be ISO 8601 with a zone, for example 2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got &quot;%1&quot;</source>
        <translation>--compromised-at deve estar em ISO 8601 com fuso, por exemplo 2024-01-09T14:30:00Z ou 2024-01-09T15:30:00+01:00; recebido &quot;%1&quot;</translation>
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
        <translation>todos os certificados do pedido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1</source>
        <translation>o certificado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate with serial number %1</source>
        <translation>o certificado com número de série %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>revoking cannot be undone: add --yes to confirm</source>
        <translation>a revogação não pode ser desfeita: adicione --yes para confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 (%2)? This cannot be undone.</source>
        <translation>Revogar %1 (%2)? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was revoked.</source>
        <translation>Nada foi revogado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certdesk-cli: it is not known whether the revocation was requested; look at the pending requests before running the command again.</source>
        <translation>certdesk-cli: não se sabe se a revogação foi solicitada; confira as solicitações pendentes antes de executar o comando novamente.</translation>
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
        <translation>Execute certdesk-cli --help para ver o verbo check.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;, roles: %3</source>
        <translation>%1 &lt;%2&gt;, funções: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none CertDesk knows</source>
        <translation>nenhuma que o CertDesk conheça</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 products, %2 that CertDesk orders</source>
        <translation>%1 produtos, %2 que o CertDesk pode pedir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 orders in the account; read %2 on the first page</source>
        <translation>%1 pedidos na conta; %2 lidos na primeira página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 domínios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 organizations</source>
        <translation>%1 organizações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests waiting for approval</source>
        <translation>%1 solicitações aguardando aprovação</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balance %1 %2, unlimited negative balance</source>
        <translation>saldo %1 %2, saldo negativo ilimitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance %1 %2, available %3</source>
        <translation>saldo %1 %2, disponível %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 balance adjustments</source>
        <translation>%1 lançamentos no histórico de saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not readable</source>
        <translation>, %1 ilegíveis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stored cards</source>
        <translation>%1 cartões armazenados</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not asked: %1</source>
        <translation>não consultado: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 custom order fields</source>
        <translation>%1 campos personalizados do pedido</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CertDesk read-only check of %1</source>
        <translation>Verificação somente leitura do CertDesk em %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What CertDesk read</source>
        <translation>O que o CertDesk leu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call answered; nothing was changed in the account.</source>
        <translation>Todas as chamadas responderam; nada foi alterado na conta.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n chamada não respondeu como o CertDesk espera; nada foi alterado na conta.</numerusform>
            <numerusform>%n chamadas não responderam como o CertDesk espera; nada foi alterado na conta.</numerusform>
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
        <translation>Execute certdesk-cli --help para ver os verbos de csr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for the new private key: </source>
        <translation>Frase secreta da nova chave privada: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Repita a mesma: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>as duas frases secretas são diferentes; nada foi gravado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase needs at least %1 characters (or give --no-passphrase to write the key unencrypted)</source>
        <translation>a frase secreta precisa de pelo menos %1 caracteres (ou use --no-passphrase para gravar a chave sem criptografia)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--cn needs the common name</source>
        <translation>--cn requer o nome comum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key needs one of: %1</source>
        <translation>--key requer um destes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out needs a file name</source>
        <translation>--out requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--san needs a name</source>
        <translation>--san requer um nome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn is required: the common name (a domain, or the organization name with --code-signing)</source>
        <translation>--cn é obrigatório: o nome comum (um domínio, ou o nome da organização com --code-signing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required: where to write the private key</source>
        <translation>--key-out é obrigatório: onde gravar a chave privada</translation>
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
        <translation>--san: solicitações de assinatura de código não levam nomes de domínio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cn: an organization name in a certificate has at most 64 characters; &quot;%1&quot; has %2</source>
        <translation>--cn: o nome de uma organização em um certificado tem no máximo 64 caracteres; &quot;%1&quot; tem %2</translation>
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
        <translation>--key-out: %1 já existe; um arquivo de chave nunca é sobrescrito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: warning: the private key is written unencrypted; anyone who can read %1 can use it.</source>
        <translation>certdesk-cli: aviso: a chave privada é gravada sem criptografia; qualquer pessoa que consiga ler %1 pode usá-la.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the CSR could not be written to %1: %2</source>
        <translation>não foi possível gravar o CSR em %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key (%1, %2) written to %3 (readable by you only).</source>
        <translation>Chave privada (%1, %2) gravada em %3 (legível somente por você).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted</source>
        <translation>sem criptografia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypted with your passphrase</source>
        <translation>criptografada com sua frase secreta</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de order.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order dcv ID method needs one of: %1</source>
        <translation>order dcv ID method requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dcv_method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>dcv_method &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>order dcv ID needs one of: status, method M, random, check, resend</source>
        <translation>order dcv ID requer um destes: status, method M, random, check, resend</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order %1: %2, DCV by %3</source>
        <translation>Pedido %1: %2, DCV por %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 now uses %2 DCV.</source>
        <translation>O pedido %1 agora usa DCV por %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV is done for order %1; the order is %2.</source>
        <translation>A DCV do pedido %1 foi concluída; o pedido está %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DCV e-mails for order %1 were sent again.</source>
        <translation>Os e-mails de DCV do pedido %1 foram reenviados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV random value: %1 (valid until %2)</source>
        <translation>Valor aleatório de DCV: %1 (válido até %2)</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de finance.</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>the CertCentral API has no invoices or purchase orders; they are in the CertCentral console: run certdesk-cli finance pay for what is owed and the page&apos;s address</source>
        <translation>a API do CertCentral não tem faturas nem ordens de compra; elas ficam no console do CertCentral: execute certdesk-cli finance pay para ver o valor devido e o endereço da página</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>%1 needs a container (division) ID</source>
        <translation>%1 requer o ID de um contêiner (divisão)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>%1 deve ser um número inteiro positivo; recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <location line="+63"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
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
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Faturas não pagas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>Limite de saldo negativo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit used by other divisions</source>
        <translation>Crédito usado por outras divisões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>Fundos disponíveis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--from needs a date (YYYY-MM-DD)</source>
        <translation>--from requer uma data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date (YYYY-MM-DD)</source>
        <translation>--to requer uma data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type needs a transaction type, such as Charge</source>
        <translation>--type requer um tipo de transação, como Charge</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--amount needs a whole amount, such as 1000</source>
        <translation>--amount requer um valor inteiro, como 1000</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>finance transfer needs --from ID, --to ID and --amount A (division IDs as in certdesk-cli account fields --kind container)</source>
        <translation>finance transfer requer --from ID, --to ID e --amount A (IDs de divisão como em certdesk-cli account fields --kind container)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>move %1 from division %2 to division %3</source>
        <translation>transferir %1 da divisão %2 para a divisão %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this would %1 at once: add --yes to confirm</source>
        <translation>isso vai %1 imediatamente: adicione --yes para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1? CertCentral moves the funds at once.</source>
        <translation>%1? O CertCentral transfere os fundos imediatamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: it is not known whether the funds moved; run certdesk-cli finance history --container %1 before sending it again.</source>
        <translation>certdesk-cli: não se sabe se os fundos foram transferidos; execute certdesk-cli finance history --container %1 antes de enviar a transferência novamente.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Moved %1 from division %2 to division %3.</source>
        <translation>Transferência de %1 da divisão %2 para a divisão %3 concluída.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No card is stored for this account.</source>
        <translation>Nenhum cartão está armazenado para esta conta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default)</source>
        <translation>(padrão)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finance pay takes no invoice IDs: invoices are paid in the CertCentral console</source>
        <translation>finance pay não aceita IDs de fatura: as faturas são pagas no console do CertCentral</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid invoices: %1</source>
        <translation>Faturas não pagas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CertCentral API has no invoice functions. Pay invoices in the CertCentral console (Finances &gt; Pay Invoice):</source>
        <translation>A API do CertCentral não tem funções de fatura. Pague as faturas no console do CertCentral (Finances &gt; Pay Invoice):</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>--format needs table, json or csv</source>
        <translation>--format requer table, json ou csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format deve ser table, json ou csv; recebido &quot;%1&quot;</translation>
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
        <translation>Nada foi enviado.</translation>
    </message>
</context>
<context>
    <name>CliKeyPlan</name>
    <message>
        <location filename="../app/cli/CliKeyPlan.cpp" line="+29"/>
        <source>--csr needs a file name</source>
        <translation>--csr requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key is needed: give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>é preciso uma nova chave: use --csr FILE ou --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--key-out é obrigatório com --generate-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out goes with --generate-key, not with --csr</source>
        <translation>--key-out é usado com --generate-key, não com --csr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: não é possível ler %1: %2</translation>
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
        <translation>--key-out: %1 já existe; um arquivo de chave nunca é sobrescrito</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private key (%1, encrypted) written to %2 (readable by you only).</source>
        <translation>Chave privada (%1, criptografada) gravada em %2 (legível somente por você).</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de order.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order %1 needs the order ID first</source>
        <translation>order %1 requer primeiro o ID do pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>o ID do pedido deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>--csr needs a file name</source>
        <translation>--csr requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>certdesk-cli: %1: add --yes to confirm</source>
        <translation>certdesk-cli: %1: adicione --yes para confirmar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request %2 waits for an administrator or manager to approve it.</source>
        <translation>%1: a solicitação %2 aguarda a aprovação de um administrador ou gerente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: revoked.</source>
        <translation>%1: revogação concluída.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: submitted as request %2; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: envio concluído como solicitação %2; o CertCentral não informou se ela aguarda aprovação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: submitted; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: envio concluído; o CertCentral não informou se aguarda aprovação.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approved.</source>
        <translation>%1: solicitação aprovada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)</source>
        <translation>Valor aleatório de DCV: %1 (execute certdesk-cli order dcv %2 check quando ele estiver publicado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cn needs the common name</source>
        <translation>--cn requer o nome comum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--san needs a name</source>
        <translation>--san requer um nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provisioning needs one of: %1</source>
        <translation>--provisioning requer um destes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dcv-scope needs base_domain or fqdn</source>
        <translation>--dcv-scope requer base_domain ou fqdn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method requer um destes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--comments needs a text</source>
        <translation>--comments requer um texto</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
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
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>order %1 is a code-signing order: give --provisioning ship_token, client_app or email (email, for an HSM, takes --csr FILE made there)</source>
        <translation>o pedido %1 é um pedido de assinatura de código: use --provisioning ship_token, client_app ou email (email, para um HSM, requer --csr FILE com o CSR gerado nesse HSM)</translation>
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
        <translation>Aviso: a reemissão remove %1; certificados emitidos antes para o pedido podem ser revogados em até 72 horas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reissue order %1 for %2?</source>
        <translation>Reemitir o pedido %1 para %2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>a reissue replaces the order&apos;s certificate</source>
        <translation>uma reemissão substitui o certificado do pedido</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>certdesk-cli: it is not known whether the reissue was requested; look at the order (certdesk-cli orders show %1) before running the command again.</source>
        <translation>certdesk-cli: não se sabe se a reemissão foi solicitada; confira o pedido (certdesk-cli orders show %1) antes de executar o comando novamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reissue of order %1</source>
        <translation>Reemissão do pedido %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--generate-key does not go with --provisioning: a code-signing key is made on the token or the HSM</source>
        <translation>--generate-key não é usado com --provisioning: a chave de assinatura de código é gerada no token ou no HSM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cn does not go with --provisioning: a code-signing reissue carries no names</source>
        <translation>--cn não é usado com --provisioning: uma reemissão de assinatura de código não leva nomes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--provisioning is for code-signing orders; order %1 is %2</source>
        <translation>--provisioning é para pedidos de assinatura de código; o pedido %1 é do tipo %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reissue code-signing order %1 (%2)?</source>
        <translation>Reemitir o pedido de assinatura de código %1 (%2)?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expires needs a date as yyyy-MM-dd</source>
        <translation>--expires requer uma data no formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--expires is required: the duplicate&apos;s end date as yyyy-MM-dd</source>
        <translation>--expires é obrigatório: a data de término da duplicata no formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires must be a date as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--expires deve ser uma data no formato yyyy-MM-dd; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate order %1 (%2) until %3?</source>
        <translation>Duplicar o pedido %1 (%2) até %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a duplicate issues another certificate</source>
        <translation>uma duplicata emite outro certificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the duplicate was requested; look at the order&apos;s duplicates before running the command again.</source>
        <translation>certdesk-cli: não se sabe se a duplicata foi solicitada; confira as duplicatas do pedido antes de executar o comando novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate of order %1</source>
        <translation>Duplicata do pedido %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--note needs a text: why the order is canceled</source>
        <translation>--note requer um texto: por que o pedido é cancelado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--note is required: CertCentral keeps why the order was canceled</source>
        <translation>--note é obrigatório: o CertCentral registra por que o pedido foi cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>Cancelar o pedido %1? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceling an order cannot be undone</source>
        <translation>o cancelamento de um pedido não pode ser desfeito</translation>
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
        <translation>--status requer um valor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <location line="+54"/>
        <source>--search needs a text</source>
        <translation>--search requer um texto</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>--sort needs a field</source>
        <translation>--sort requer um campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product requer o name id de um produto, por exemplo ssl_basic</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--organization needs an organization id (a positive number)</source>
        <translation>--organization requer o id de uma organização (um número positivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--container needs a container id (a positive number)</source>
        <translation>--container requer o id de um contêiner (um número positivo)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--valid-till-from needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-from requer uma data no formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--valid-till-to needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-to requer uma data no formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+61"/>
        <source>--format needs table, json or csv</source>
        <translation>--format requer table, json ou csv</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--columns needs a comma-separated list of columns</source>
        <translation>--columns requer uma lista de colunas separadas por vírgula</translation>
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
        <translation>--format deve ser table, json ou csv; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders show needs exactly one order ID</source>
        <translation>orders show requer exatamente um ID de pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>o ID do pedido deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid till</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>--organization needs an organization id</source>
        <translation>--organization requer o id de uma organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts list needs --organization ID (see organizations list)</source>
        <translation>contacts list requer --organization ID (veja organizations list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>organization ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>o ID da organização deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>me takes only --format table|json</source>
        <translation>me aceita apenas --format table|json</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de order.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product requer o name id de um produto, por exemplo ssl_basic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn needs the common name</source>
        <translation>--cn requer o nome comum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san needs a name</source>
        <translation>--san requer um nome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--csr needs a file name</source>
        <translation>--csr requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out requer um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--years needs 1, 2 or 3</source>
        <translation>--years requer 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--organization needs an organization id</source>
        <translation>--organization requer o id de uma organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--payment needs balance</source>
        <translation>--payment requer balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dcv-email needs NAME=ADDRESS</source>
        <translation>--dcv-email requer NAME=ADDRESS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dcv-email must be NAME=ADDRESS, for example shop.example.com=admin@example.com; got &quot;%1&quot;</source>
        <translation>--dcv-email deve ser NAME=ADDRESS, por exemplo shop.example.com=admin@example.com; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--custom-field needs ID=VALUE</source>
        <translation>--custom-field requer ID=VALUE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--custom-field must be ID=VALUE with the field&apos;s positive id (see certdesk-cli account fields); got &quot;%1&quot;</source>
        <translation>--custom-field deve ser ID=VALUE com o id positivo do campo (veja certdesk-cli account fields); recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--payment: only balance can be used from the command line; pay by card in CertDesk</source>
        <translation>--payment: só balance pode ser usado na linha de comando; pague com cartão no CertDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--years must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--years deve ser 1, 2 ou 3; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization must be an organization id (a positive number)</source>
        <translation>--organization deve ser o id de uma organização (um número positivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>use --csr FILE ou --generate-key TYPE --key-out FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: não é possível ler %1: %2</translation>
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
        <translation>--key-out é obrigatório com --generate-key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 já existe; um arquivo de chave nunca é sobrescrito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt the new key, or make the key with certdesk-cli csr new first</source>
        <translation>defina CERTDESK_KEY_PASSPHRASE (pelo menos 8 caracteres) para criptografar a nova chave, ou crie antes a chave com certdesk-cli csr new</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>placing an order is charged to the account: add --yes to confirm</source>
        <translation>fazer um pedido gera cobrança na conta: adicione --yes para confirmar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>Pedido %1 para %2 (%n ano), cobrado do saldo. Fazer o pedido? [y/N] </numerusform>
            <numerusform>Pedido %1 para %2 (%n anos), cobrado do saldo. Fazer o pedido? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ordered.</source>
        <translation>Nenhum pedido foi feito.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private key (%1, encrypted) written to %2.</source>
        <translation>Chave privada (%1, criptografada) gravada em %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>certdesk-cli: the connection failed before CertCentral took the order; nothing was ordered (checked with alternative order ID %1). Run the command again.</source>
        <translation>certdesk-cli: a conexão falhou antes de o CertCentral receber o pedido; nenhum pedido foi feito (verificado com o ID alternativo de pedido %1). Execute o comando novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the order was placed. Do not run the command again: look for alternative order ID %1 first (CertDesk, or GET order/alternate/%1).</source>
        <translation>certdesk-cli: não se sabe se o pedido foi feito. Não execute o comando novamente: procure antes o ID alternativo de pedido %1 (no CertDesk, ou GET order/alternate/%1).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 placed (alternative order ID %2).</source>
        <translation>Pedido %1 feito (ID alternativo de pedido %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Ele aguarda a aprovação de um administrador ou gerente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (see certdesk for where to put it)</source>
        <translation>Valor aleatório de DCV: %1 (veja no certdesk onde colocá-lo)</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+24"/>
        <source>certdesk-cli: error %1: %2</source>
        <translation>certdesk-cli: erro %1: %2</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de profile.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key for %1: </source>
        <translation>Chave de API de %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key: %1</source>
        <translation>Chave de API: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>certdesk-cli: the key was not stored: %1 (%2)</source>
        <translation>certdesk-cli: a chave não foi armazenada: %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Conectado como %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--service needs us or eu</source>
        <translation>--service requer us ou eu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs the API base URL</source>
        <translation>--url requer a URL base da API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs exactly one profile name (quote names with spaces)</source>
        <translation>profile add requer exatamente um nome de perfil (use aspas em nomes com espaços)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--service and --url exclude each other</source>
        <translation>--service e --url são mutuamente exclusivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--service must be us or eu, got &quot;%1&quot;; use --url for others</source>
        <translation>--service deve ser us ou eu; recebido &quot;%1&quot;; use --url para outros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a profile named &quot;%1&quot; exists already</source>
        <translation>já existe um perfil chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added profile %1 (%2).</source>
        <translation>Perfil %1 adicionado (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes only --format table|json</source>
        <translation>profile list aceita apenas --format table|json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profiles yet. Add one with: certdesk-cli profile add NAME</source>
        <translation>Ainda não há perfis. Adicione um com: certdesk-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile use needs exactly one profile name</source>
        <translation>profile use requer exatamente um nome de perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>nenhum perfil chamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Using profile %1.</source>
        <translation>Usando o perfil %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile rename needs the old and the new name</source>
        <translation>profile rename requer o nome antigo e o novo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to %1.</source>
        <translation>Renomeado para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile set-key needs exactly one profile name</source>
        <translation>profile set-key requer exatamente um nome de perfil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored the new key of %1.</source>
        <translation>A nova chave de %1 foi armazenada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one profile name</source>
        <translation>profile remove requer exatamente um nome de perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add --yes to remove %1 and its key without a question</source>
        <translation>adicione --yes para remover %1 e sua chave sem confirmação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer? [y/N] </source>
        <translation>Remover o perfil %1 e sua chave de API deste computador? [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing removed.</source>
        <translation>Nada foi removido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed profile %1.</source>
        <translation>Perfil %1 removido.</translation>
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
        <translation>Execute certdesk-cli --help para ver os verbos de requests.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--status needs one of: %1</source>
        <translation>--status requer um destes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type needs one of: %1</source>
        <translation>--type requer um destes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table, json or csv</source>
        <translation>--format requer table, json ou csv</translation>
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
        <translation>--status deve ser um destes: %1; recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be one of %1, got &quot;%2&quot;</source>
        <translation>--type deve ser um destes: %1; recebido &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format deve ser table, json ou csv; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests %1 needs a request ID</source>
        <translation>requests %1 requer um ID de solicitação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>o ID da solicitação deve ser um número inteiro positivo; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format needs table or json</source>
        <translation>--format requer table ou json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format deve ser table ou json; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Comentários</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hash de assinatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plataforma do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation reason</source>
        <translation>Motivo da revogação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Decidida em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor comment</source>
        <translation>Comentário da decisão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: %1 Nothing was sent.</source>
        <translation>certdesk-cli: %1 Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--comment needs a text</source>
        <translation>--comment requer um texto</translation>
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
        <translation>solicitação %1 (%2 do pedido %3, %4, de %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision cannot be undone: add --yes to confirm</source>
        <translation>uma decisão não pode ser desfeita: adicione --yes para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1?</source>
        <translation>Aprovar a %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject %1?</source>
        <translation>Rejeitar a %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>certdesk-cli: it is not known whether the decision was recorded; run certdesk-cli requests show %1 before sending it again.</source>
        <translation>certdesk-cli: não se sabe se a decisão foi registrada; execute certdesk-cli requests show %1 antes de enviá-la novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: approved.</source>
        <translation>%1: aprovada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: rejected.</source>
        <translation>%1: rejeitada.</translation>
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
            affiliationChanged, superseded, cessationOfOperation; key_compromise e
            semelhantes também são aceitos. --compromised-at só com keyCompromise, com fuso
            horário: ...T14:30:00Z; enviado como a primeira linha dos comentários)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+12"/>
        <source>  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)
</source>
        <translation>  check [--format table|json]  (uma verificação somente leitura da conta: o que o CertDesk consegue ler)
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
            [--format table|json|csv]  (o histórico de saldo: cobranças, depósitos,
            transferências, pagamentos de faturas)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (moves whole amounts between divisions; separate division funds must be on)
</source>
        <translation>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (transfere valores inteiros entre divisões; os fundos separados por divisão
            precisam estar ativados)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  finance profile [--format table|json]  (the stored cards, read only)
</source>
        <translation>  finance profile [--format table|json]  (os cartões armazenados, somente leitura)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console
            page where invoices are paid: the API has none)
</source>
        <translation>  finance pay [--container ID]  (o valor devido em faturas e a página do console do
            CertCentral onde elas são pagas: a API não tem funções de fatura)
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
            (por padrão, os nomes do pedido; certificados anteriores podem ser revogados)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (pedidos de assinatura de código: sem nomes; um CSR do seu HSM só com email)
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
              [--columns order_id,common_name,...]  (table e csv; veja o README)
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
        <translation>  contacts list --organization ID [--format table|json|csv]  (contatos verificados)
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
            [--key FILE] [--out FILE]  (der é gerado aqui a partir de pem_nointermediate;
            p7b vem em PEM como o CertCentral o envia; p12: a cadeia com a chave de --key,
            frases secretas de CERTDESK_KEY_PASSPHRASE e CERTDESK_P12_PASSPHRASE
            ou solicitadas)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+5"/>
        <source>  account fields [--format table|json|csv]  (custom order fields)
</source>
        <translation>  account fields [--format table|json|csv]  (campos personalizados do pedido)
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
            <numerusform>Apenas as primeiras %1 linhas coladas foram usadas; %n outra foi deixada de fora (uma solicitação adiciona no máximo %2 contatos).</numerusform>
            <numerusform>Apenas as primeiras %1 linhas coladas foram usadas; %n outras foram deixadas de fora (uma solicitação adiciona no máximo %2 contatos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first pasted row looked like column headings and was left out.</source>
        <translation>A primeira linha colada parecia conter títulos de colunas e foi deixada de fora.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/security/CredentialStore.cpp" line="+22"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>Ainda não há chave de API armazenada para este perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the API key. Unlock your keychain (or allow CertDesk when your desktop asks) and try again.</source>
        <translation>O chaveiro negou acesso à chave de API. Desbloqueie seu chaveiro (ou permita o CertDesk quando o desktop pedir) e tente novamente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this desktop, so CertDesk cannot keep the API key. CertDesk stores keys only in the system keychain. On Linux, install and start a Secret Service (for example: apt install gnome-keyring, or use KWallet) inside your desktop session, then sign in again. The sandbox works without a keychain. (%1)</source>
        <translation>Não há chaveiro disponível neste desktop, então o CertDesk não pode guardar a chave de API. O CertDesk armazena chaves apenas no chaveiro do sistema. No Linux, instale e inicie um Secret Service (por exemplo: apt install gnome-keyring, ou use o KWallet) na sua sessão do desktop e entre novamente. O sandbox funciona sem chaveiro. (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain reported a problem: %1</source>
        <translation>O chaveiro informou um problema: %1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../app/security/CsrBuilder.cpp" line="+34"/>
        <source>There is no private key to sign the request with.</source>
        <translation>Não há chave privada para assinar a solicitação.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The common name &quot;%1&quot; cannot go into a request (1 to 64 characters).</source>
        <translation>O nome comum &quot;%1&quot; não pode entrar em uma solicitação (1 a 64 caracteres).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>The names could not go into the request: %1</source>
        <translation>Não foi possível incluir os nomes na solicitação: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be signed: %1</source>
        <translation>Não foi possível assinar a solicitação: %1</translation>
    </message>
</context>
<context>
    <name>CsrInfo</name>
    <message>
        <location filename="../app/security/CsrInfo.cpp" line="+26"/>
        <source>This is not a certificate signing request: paste the PEM text that starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>Isto não é uma solicitação de assinatura de certificado: cole o texto PEM que começa com -----BEGIN CERTIFICATE REQUEST-----.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The request&apos;s signature does not verify: it was altered or signed with another key.</source>
        <translation>A assinatura da solicitação não confere: ela foi alterada ou assinada com outra chave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA keys need 2048 bits or more; this one has %1.</source>
        <translation>Chaves RSA precisam de 2048 bits ou mais; esta tem %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC keys need P-256 or larger; this one has %1 bits.</source>
        <translation>Chaves EC precisam de P-256 ou maior; esta tem %1 bits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request&apos;s common name is &quot;%1&quot;, the order&apos;s is &quot;%2&quot;.</source>
        <translation>O nome comum da solicitação é &quot;%1&quot;; o do pedido é &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names on the order but not in the request: %1</source>
        <translation>Nomes no pedido, mas não na solicitação: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in the request but not on the order: %1</source>
        <translation>Nomes na solicitação, mas não no pedido: %1</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <location filename="../app/core/CustomField.cpp" line="+22"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail address</source>
        <translation>um endereço de e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses separated by commas</source>
        <translation>endereços de e-mail separados por vírgulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required by your account; enter %2.</source>
        <translation>%1 é obrigatório na sua conta; informe %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has at most 1,024 characters.</source>
        <translation>%1 tem no máximo 1.024 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes printable characters on one line: no line breaks or control characters.</source>
        <translation>%1 aceita caracteres imprimíveis em uma só linha: sem quebras de linha nem caracteres de controle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a whole number, for example 4711.</source>
        <translation>%1 aceita um número inteiro, por exemplo 4711.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes one e-mail address (name@example.com).</source>
        <translation>%1 aceita um endereço de e-mail (name@example.com).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes e-mail addresses separated by commas; &quot;%2&quot; is not one.</source>
        <translation>%1 aceita endereços de e-mail separados por vírgulas; &quot;%2&quot; não é um deles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The custom fields reply is not a JSON object.</source>
        <translation>A resposta dos campos personalizados não é um objeto JSON.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/DashboardScreen.cpp" line="+43"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates expiring</source>
        <translation>Certificados a expirar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+99"/>
        <source>—
pending requests</source>
        <translation>—
solicitações pendentes</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Orders by status</source>
        <translation>Pedidos por status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expirations per month (issued certificates, next 12 months)</source>
        <translation>Expirações por mês (certificados emitidos, próximos 12 meses)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pending orders</source>
        <translation>pedidos pendentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificates expiring within %1 days</source>
        <translation>certificados que expiram em até %1 dias</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these orders</source>
        <translation>Mostrar estes pedidos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
pending requests</source>
        <translation>%1
solicitações pendentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New orders, reissues, duplicates and revocations waiting for approval</source>
        <translation>Novos pedidos, reemissões, duplicatas e revogações aguardando aprovação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your requests waiting for an administrator or manager to approve them</source>
        <translation>Suas solicitações aguardando a aprovação de um administrador ou gerente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pending requests could not be counted: %1</source>
        <translation>Não foi possível contar as solicitações pendentes: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 available</source>
        <translation>%1 disponível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no negative limit</source>
        <translation>sem limite negativo</translation>
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
        <translation>Os fundos do seu contêiner no CertCentral.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices: %1</source>
        <translation>Faturas não pagas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative balance limit: %1</source>
        <translation>Limite de saldo negativo: %1</translation>
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
        <translation>Não foi possível carregar o saldo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No orders loaded yet.</source>
        <translation>Nenhum pedido carregado ainda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders loaded</source>
        <translation>%1 pedidos carregados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 orders matching the Orders page&apos;s filters are loaded (%2); clear them there for the whole account.</source>
        <translation>Só os %1 pedidos que atendem aos filtros da página Pedidos estão carregados (%2); limpe os filtros lá para ver a conta inteira.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within 30 days</source>
        <translation>em até 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 60 days</source>
        <translation>em até 60 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 90 days</source>
        <translation>em até 90 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending (DCV or approval)</source>
        <translation>pendentes (DCV ou aprovação)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expiring</source>
        <translation>A expirar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificates expiring in %1</source>
        <translation>certificados que expiram em %1</translation>
    </message>
</context>
<context>
    <name>DcvInstructions</name>
    <message>
        <location filename="../app/core/DcvInstructions.cpp" line="+21"/>
        <source>Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this value:

%2

Any TTL works; keep one such record per domain.</source>
        <translation>Adicione um registro DNS TXT em %1 (host em branco ou @ para o próprio domínio) com este valor:

%2

Qualquer TTL serve; mantenha um único registro desse tipo por domínio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the DNS CNAME record CertCentral shows for %1, built from this value:

%2</source>
        <translation>Adicione o registro DNS CNAME que o CertCentral mostra para %1, criado a partir deste valor:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a file at
%1
that holds only this value:

%2

File-based DCV covers this exact name only, not its subdomains or a wildcard.</source>
        <translation>Publique um arquivo em
%1
que contenha somente este valor:

%2

A DCV por arquivo cobre só este nome exato, não seus subdomínios nem um wildcard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is good until %1.</source>
        <translation>O valor é válido até %1.</translation>
    </message>
</context>
<context>
    <name>DcvMethodDialog</name>
    <message>
        <location filename="../ui/orders/DcvMethodDialog.cpp" line="+25"/>
        <source>DCV method of order %1</source>
        <translation>Método de DCV do pedido %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Atual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to</source>
        <translation>Alterar para</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed to %1.</source>
        <translation>Alterado para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to %1. The new random value: %2 (the order&apos;s Names and DCV tab shows where it goes).</source>
        <translation>Alterado para %1. O novo valor aleatório: %2 (a aba Nomes e DCV do pedido mostra onde colocá-lo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../app/core/DnsName.cpp" line="+27"/>
        <source>Enter a domain name, for example example.com</source>
        <translation>Informe um nome de domínio, por exemplo example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the domain name, without http:// or a path: &quot;%1&quot;</source>
        <translation>Informe só o nome do domínio, sem http:// nem caminho: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is an IP address; public certificates here take domain names only</source>
        <translation>&quot;%1&quot; é um endereço IP; certificados públicos aqui aceitam apenas nomes de domínio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a wildcard; only wildcard products take *. names</source>
        <translation>&quot;%1&quot; é um wildcard; só produtos wildcard aceitam nomes *.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a wildcard may only be the whole left-most label, as in *.example.com</source>
        <translation>&quot;%1&quot;: um wildcard só pode ser o rótulo inteiro mais à esquerda, como em *.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A domain name has at most 253 characters; &quot;%1&quot; has %2</source>
        <translation>Um nome de domínio tem no máximo 253 caracteres; &quot;%1&quot; tem %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a dot: enter a full domain such as example.com</source>
        <translation>&quot;%1&quot; precisa de um ponto: informe um domínio completo como example.com</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end</source>
        <translation>&quot;%1&quot; não é um nome de domínio válido: cada parte entre pontos tem de 1 a 63 letras, dígitos ou hifens, sem hífen no início nem no fim</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../app/core/Domain.cpp" line="+20"/>
        <source>A domain without an id or a name</source>
        <translation>Um domínio sem id ou nome</translation>
    </message>
</context>
<context>
    <name>DomainCreateCall</name>
    <message>
        <location filename="../app/api/DomainEndpoints.cpp" line="+35"/>
        <source>The reply to Add domain has no domain id</source>
        <translation>A resposta a Adicionar domínio não tem id de domínio</translation>
    </message>
</context>
<context>
    <name>DomainDcvCall</name>
    <message>
        <location line="+66"/>
        <source>CertCentral sent no token</source>
        <translation>O CertCentral não enviou nenhum token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CertCentral&apos;s answer has no DCV status (active or inactive)</source>
        <translation>A resposta do CertCentral não tem status de DCV (active ou inactive)</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <location filename="../models/DomainsModel.cpp" line="+66"/>
        <source>Valid until %1</source>
        <translation>Válida até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Arquivo no servidor web</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>inactive</source>
        <translation>inativo</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV validation</source>
        <translation>Validação OV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EV validation</source>
        <translation>Validação EV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV approved</source>
        <translation>DCV aprovada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain lock</source>
        <translation>Bloqueio de domínio</translation>
    </message>
</context>
<context>
    <name>DomainsScreen</name>
    <message>
        <location filename="../ui/domains/DomainsScreen.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV instructions…</source>
        <translation>Instruções de DCV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check DCV</source>
        <translation>Verificar DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Enviar para validação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search domain or organization</source>
        <translation>Buscar domínio ou organização</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Select a domain to see its validations.</source>
        <translation>Selecione um domínio para ver as validações.</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 of %2 domains shown</source>
        <translation>%1 de %2 domínios exibidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+349"/>
        <source>Ask CertCentral to look for the DNS record or file now</source>
        <translation>Pedir ao CertCentral que procure agora o registro DNS ou o arquivo</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 of %2 domains loaded</source>
        <translation>%1 de %2 domínios carregados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domains could not be loaded: %1</source>
        <translation>Não foi possível carregar os domínios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1 domínios</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses e-mail DCV: CertCentral e-mails the addresses it builds for the domain (admin@, administrator@, webmaster@, hostmaster@ and postmaster@) and the contacts of its DNS TXT record; approve the link in that e-mail.</source>
        <translation>%1 usa DCV por e-mail: o CertCentral envia e-mail aos endereços que monta para o domínio (admin@, administrator@, webmaster@, hostmaster@ e postmaster@) e aos contatos do registro DNS TXT dele; aprove pelo link nesse e-mail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The DCV token of %1 could not be fetched: %2</source>
        <translation>Não foi possível obter o token de DCV de %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>New DCV token</source>
        <translation>Novo token de DCV</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 has no valid DCV token. Ask CertCentral for a new one?

A new token replaces any token of this domain that may already be published.</source>
        <translation>%1 não tem token de DCV válido. Pedir um novo ao CertCentral?

Um novo token substitui qualquer token deste domínio que já possa estar publicado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new DCV token for %1: %2</source>
        <translation>Nenhum novo token de DCV para %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prove control of %1</source>
        <translation>Comprovar o controle de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New token…</source>
        <translation>Novo token…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask CertCentral for a new token; it replaces this one.</source>
        <translation>Pedir um novo token ao CertCentral; ele substitui este.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the DCV token of %1? A token already published for it stops working.</source>
        <translation>Substituir o token de DCV de %1? Um token já publicado para ele deixa de funcionar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CertCentral found the DCV token of %1: domain control is proven.</source>
        <translation>O CertCentral encontrou o token de DCV de %1: o controle do domínio está comprovado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CertCentral has not found the DCV token of %1 yet. Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>O CertCentral ainda não encontrou o token de DCV de %1. Publique o valor (Instruções de DCV…) e tente novamente; alterações no DNS podem demorar a aparecer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DCV for %1 is not done yet: %2</source>
        <translation>A DCV de %1 ainda não foi concluída: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>Publique o valor (Instruções de DCV…) e tente novamente; alterações no DNS podem demorar a aparecer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete domain</source>
        <translation>Excluir domínio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Certificates already issued for it stay valid. To order for it again, the domain must be added and validated again.</source>
        <translation>Excluir %1 da conta?

Os certificados já emitidos para ele continuam válidos. Para fazer novos pedidos para ele, o domínio precisa ser adicionado e validado novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted.</source>
        <translation>%1 foi excluído.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit %1 for validation</source>
        <translation>Enviar %1 para validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OV: organization validation</source>
        <translation>OV: validação da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: validação estendida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Validations</source>
        <translation>Validações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was added. Choose it and open DCV instructions to prove control.</source>
        <translation>%1 foi adicionado. Selecione-o e abra as Instruções de DCV para comprovar o controle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added. CertCentral e-mails the DCV approval request to the domain&apos;s addresses.</source>
        <translation>%1 foi adicionado. O CertCentral envia a solicitação de aprovação da DCV por e-mail aos endereços do domínio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose OV, EV or both to submit %1 for validation.</source>
        <translation>Escolha OV, EV ou ambos para enviar %1 para validação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was submitted for validation; the list shows it as pending.</source>
        <translation>%1 foi enviado para validação; a lista o mostra como pendente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be submitted: %2</source>
        <translation>Não foi possível enviar %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a domain to the account, optionally submitted for validation</source>
        <translation>Adicionar um domínio à conta e, se quiser, enviá-lo para validação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected domain from the account</source>
        <translation>Remover da conta o domínio selecionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit the selected domain for OV or EV validation</source>
        <translation>Enviar o domínio selecionado para validação OV ou EV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses e-mail DCV; approve the e-mail instead.</source>
        <translation>%1 usa DCV por e-mail; aprove pelo e-mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organization: %1</source>
        <translation>Organização: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Contêiner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV method: %1</source>
        <translation>Método de DCV: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV good for OV until %1</source>
        <translation>DCV válida para OV até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV good for EV until %1</source>
        <translation>DCV válida para EV até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 validation: %2 (DCV %3)</source>
        <translation>Validação %1: %2 (DCV %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validations submitted.</source>
        <translation>Nenhuma validação enviada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain lock: %1</source>
        <translation>Bloqueio de domínio: %1</translation>
    </message>
</context>
<context>
    <name>DownloadButton</name>
    <message>
        <location filename="../ui/orders/DownloadButton.cpp" line="+14"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PKCS#12 with the private key…</source>
        <translation>Salvar como PKCS#12 com a chave privada…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy PEM to clipboard</source>
        <translation>Copiar PEM para a área de transferência</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM bundle: certificate, intermediate and root…</source>
        <translation>Pacote PEM: certificado, intermediário e raiz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM: certificate only…</source>
        <translation>PEM: somente o certificado…</translation>
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
        <translation>Salvar certificado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download the certificate of order %1</source>
        <translation>Baixar o certificado do pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 has no issued certificate to download (%2).</source>
        <translation>O pedido %1 não tem certificado emitido para baixar (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Select an order with an issued certificate.</source>
        <translation>Selecione um pedido com certificado emitido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of order %1 is on the clipboard.</source>
        <translation>O certificado do pedido %1 está na área de transferência.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the certificate of order %1 to %2.</source>
        <translation>Certificado do pedido %1 salvo em %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of order %1 could not be downloaded: %2</source>
        <translation>Não foi possível baixar o certificado do pedido %1: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.ui" line="+6"/>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments for the approver</source>
        <translation>Comentários para o aprovador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Pular a aprovação (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.cpp" line="+13"/>
        <source>Names and end date of the duplicate</source>
        <translation>Nomes e data de término da duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duplicate is another certificate on order %1, with its own key.</source>
        <translation>Uma duplicata é outro certificado do pedido %1, com sua própria chave.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The common name stays on the duplicate.</source>
        <translation>O nome comum permanece na duplicata.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the latest %1: %2.</source>
        <translation>No máximo até %1: %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateRequest</name>
    <message>
        <location filename="../app/core/DuplicateRequest.cpp" line="+26"/>
        <source>the order&apos;s end</source>
        <translation>o fim do pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s end</source>
        <translation>o fim do plano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest a TLS certificate may last</source>
        <translation>a validade máxima de um certificado TLS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the issued order to duplicate.</source>
        <translation>Escolha o pedido emitido a duplicar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on the order; a duplicate can only use the order&apos;s names: %2</source>
        <translation>%1 não está no pedido; uma duplicata só pode usar os nomes do pedido: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A duplicate needs a certificate signing request (CSR) for its key.</source>
        <translation>Uma duplicata precisa de uma solicitação de assinatura de certificado (CSR) para a chave dela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>O hash de assinatura &quot;%1&quot; não é oferecido; use sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date must be after today (%1); got %2.</source>
        <translation>A data de término deve ser posterior a hoje (%1); recebido %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date can be %1 at the latest (%2); got %3.</source>
        <translation>A data de término pode ser no máximo %1 (%2); recebido %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Os comentários têm no máximo %1 caracteres; estes têm %2.</translation>
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
        <translation>Chave e CSR da duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Duplicate requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Duplicata solicitada.&lt;/b&gt; A solicitação %1 aguarda aprovação na página Solicitações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Duplicata rejeitada.&lt;/b&gt; A solicitação %1 foi rejeitada; consulte a página Solicitações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Duplicata enviada&lt;/b&gt; como solicitação %1. O CertCentral não informou se ela aguarda aprovação; a página Solicitações mostra isso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Duplicata enviada&lt;/b&gt; para o pedido %1. O CertCentral não informou se ela aguarda aprovação; os detalhes do pedido mostram isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate issued&lt;/b&gt;: certificate %1. Download it from the order&apos;s Certificate tab (Download).</source>
        <translation>&lt;b&gt;Duplicata emitida&lt;/b&gt;: certificado %1. Baixe-o na aba Certificado do pedido (Baixar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends on %1 at the latest.</source>
        <translation>Ela termina no máximo em %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its private key: %1</source>
        <translation>A chave privada dela: %1</translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message>
        <location filename="../ui/orders/EditNamesDialog.cpp" line="+26"/>
        <source>Names of order %1</source>
        <translation>Nomes do pedido %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>No máximo %n nome, como o pedido tem agora. Nomes novos precisam de DCV.</numerusform>
            <numerusform>No máximo %n nomes, como o pedido tem agora. Nomes novos precisam de DCV.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save names</source>
        <translation>Salvar nomes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not changed: %1</source>
        <translation>Não alterados: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+14"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
</context>
<context>
    <name>FieldErrorMap</name>
    <message>
        <location filename="../ui/common/FieldErrorMap.cpp" line="+97"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral does not accept this value.</source>
        <translation>O CertCentral não aceita este valor.</translation>
    </message>
</context>
<context>
    <name>FinanceScreen</name>
    <message>
        <location filename="../ui/finance/FinanceScreen.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move funds…</source>
        <translation>Transferir fundos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay invoices in CertCentral…</source>
        <translation>Pagar faturas no CertCentral…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Services API has no invoices: see what each division owes and open the CertCentral console to pay</source>
        <translation>A API CertCentral Services não tem faturas: veja quanto cada divisão deve e abra o console do CertCentral para pagar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finance</source>
        <translation>Financeiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance history</source>
        <translation>Histórico de saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment profile</source>
        <translation>Perfil de pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds by division</source>
        <translation>Fundos por divisão</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Funds move between divisions; this account shows fewer than two.</source>
        <translation>Os fundos são transferidos entre divisões; esta conta mostra menos de duas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move funds from one division to another</source>
        <translation>Transferir fundos de uma divisão para outra</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+75"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The list of divisions could not be loaded, so only your own division&apos;s funds are shown: %1</source>
        <translation>Não foi possível carregar a lista de divisões; por isso, só os fundos da sua divisão são mostrados: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your division</source>
        <translation>Sua divisão</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funds of %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar os fundos de %1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2 unpaid</source>
        <translation>%1: %2 a pagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No division has unpaid invoices.</source>
        <translation>Nenhuma divisão tem faturas não pagas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unpaid invoice balance is not known yet: refresh the funds.</source>
        <translation>O saldo de faturas não pagas ainda não é conhecido: atualize os fundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices, %1 in all:</source>
        <translation>Faturas não pagas, %1 no total:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CertCentral API has no invoice functions: invoices and purchase orders are viewed and paid in the CertCentral console (Finances &gt; Pay Invoice). Payments appear here in the balance history.</source>
        <translation>A API do CertCentral não tem funções de fatura: faturas e ordens de compra são consultadas e pagas no console do CertCentral (Finances &gt; Pay Invoice). Os pagamentos aparecem aqui, no histórico de saldo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay invoices in CertCentral</source>
        <translation>Pagar faturas no CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens %1 in your browser.</source>
        <translation>Abre %1 no seu navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CertCentral</source>
        <translation>Abrir o CertCentral</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started. Open %1 and go to Finances &gt; Pay Invoice.</source>
        <translation>Não foi possível abrir um navegador. Abra %1 e vá para Finances &gt; Pay Invoice.</translation>
    </message>
</context>
<context>
    <name>FundsTransfer</name>
    <message>
        <location filename="../app/core/FundsTransfer.cpp" line="+33"/>
        <source>From: choose the division the funds leave.</source>
        <translation>Origem: escolha a divisão de onde saem os fundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: choose the division that receives the funds.</source>
        <translation>Destino: escolha a divisão que recebe os fundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: choose a division other than the one the funds leave.</source>
        <translation>Destino: escolha uma divisão diferente da de origem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)</source>
        <translation>um valor inteiro de 1 a %1, por exemplo 1000 (o CertCentral não transfere centavos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: enter %1.</source>
        <translation>Valor: informe %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: &quot;%1&quot; is not %2.</source>
        <translation>Valor: &quot;%1&quot; não é %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 is out of range: %2.</source>
        <translation>Valor: %1 está fora do intervalo: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1 is more than the %2 the division has available.</source>
        <translation>Valor: %1 é mais do que os %2 disponíveis na divisão.</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../app/core/JsonRead.cpp" line="+173"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON inválido no byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object with &quot;%1&quot;</source>
        <translation>Esperava-se um objeto JSON com &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>KeyFileWriter</name>
    <message>
        <location filename="../app/security/KeyFileWriter.cpp" line="+8"/>
        <source>Choose where to save the private key.</source>
        <translation>Escolha onde salvar a chave privada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; CertDesk never overwrites a key file. Choose another name.</source>
        <translation>%1 já existe; o CertDesk nunca sobrescreve um arquivo de chave. Escolha outro nome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The key could not be saved to %1: %2</source>
        <translation>Não foi possível salvar a chave em %1: %2</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../app/core/KeySpec.cpp" line="+19"/>
        <source>Key type &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>O tipo de chave &quot;%1&quot; não é oferecido; use um destes: %2</translation>
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
        <translation>A assinatura de código requer uma chave RSA de 3072 bits ou mais; %1 não é aceito.</translation>
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
        <translation>Igual ao sistema</translation>
    </message>
</context>
<context>
    <name>LifecycleResult</name>
    <message>
        <location filename="../app/core/LifecycleResult.cpp" line="+16"/>
        <source>The reply has no order id</source>
        <translation>A resposta não tem id de pedido</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The reply to the revocation has no request id</source>
        <translation>A resposta à revogação não tem id de solicitação</translation>
    </message>
</context>
<context>
    <name>LifecycleResultPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.ui" line="+10"/>
        <source>Change and try again</source>
        <translation>Alterar e tentar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the order</source>
        <translation>Abrir o pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.cpp" line="+11"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending to CertCentral…</source>
        <translation>Enviando ao CertCentral…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The answer was lost.&lt;/b&gt; CertCentral may have done it. Open the order and look at its requests before you try again; CertDesk does not send it twice.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;A resposta se perdeu.&lt;/b&gt; O CertCentral pode ter feito a operação. Abra o pedido e confira as solicitações dele antes de tentar novamente; o CertDesk não a envia duas vezes.&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não concluído.&lt;/b&gt; %1</translation>
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
        <translation>API: %1/%2 a cada 5 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading orders…</source>
        <translation>Carregando pedidos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 orders loaded</source>
        <translation>%1 de %2 pedidos carregados</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln pedido carregado</numerusform>
            <numerusform>%Ln pedidos carregados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading failed; the table shows what was loaded before</source>
        <translation>Falha ao carregar; a tabela mostra o que foi carregado antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders loaded; some are missing</source>
        <translation>%1 de %2 pedidos carregados; alguns estão faltando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh %1</source>
        <translation>Última atualização: %1</translation>
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
        <translation>Alternar entre contas do CertCentral</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order…</source>
        <translation>Novo pedido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;now</source>
        <translation>Verificar alterações &amp;agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;every</source>
        <translation>Verificar alterações a &amp;cada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find orders</source>
        <translation>&amp;Localizar pedidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>O CertDesk usará o novo idioma após reiniciar.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Checking for changes failed: %1</source>
        <translation>Falha ao verificar alterações: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add profile…</source>
        <translation>&amp;Adicionar perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>&amp;Renomear perfil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change API &amp;key…</source>
        <translation>Alterar &amp;chave de API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out…</source>
        <translation>&amp;Sair da conta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move profile…</source>
        <translation>Re&amp;mover perfil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the sand&amp;box</source>
        <translation>Experimentar o sand&amp;box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CertDesk</source>
        <translation>&amp;Sobre o CertDesk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
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
        <translation>Domínios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contacts</source>
        <translation>Contatos verificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Requests</source>
        <extracomment>Navigation entry: the approvals queue. A count may follow: &quot;Requests (3)&quot;.</extracomment>
        <translation>Solicitações</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Finance</source>
        <extracomment>Navigation entry: balances, balance history, moving funds.</extracomment>
        <translation>Financeiro</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order a certificate</source>
        <translation>Pedir um certificado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
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
        <translation>Entrando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change API key…</source>
        <translation>Alterar chave de API…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>Próximo a expirar: %1 em %2 (%n dia)</numerusform>
            <numerusform>Próximo a expirar: %1 em %2 (%n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>%n solicitação pendente</numerusform>
            <numerusform>%n solicitações pendentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+285"/>
        <source>Requests (%1)</source>
        <translation>Solicitações (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n solicitação aguardando decisão</numerusform>
            <numerusform>%n solicitações aguardando decisão</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDomain</name>
    <message>
        <location filename="../app/core/NewDomain.cpp" line="+25"/>
        <source>Add the domain without &quot;*.&quot;: validating %1 covers its wildcard</source>
        <translation>Adicione o domínio sem &quot;*.&quot;: validar %1 cobre o wildcard dele</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the organization the domain belongs to</source>
        <translation>Escolha a organização à qual o domínio pertence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation &quot;%1&quot; is not known; use ov or ev</source>
        <translation>Validação &quot;%1&quot; desconhecida; use ov ou ev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Método de DCV &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../app/core/NewOrder.cpp" line="+60"/>
        <source>Choose a product.</source>
        <translation>Escolha um produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a product name id: those are 1 to 64 lower-case letters, digits and _, for example ssl_basic.</source>
        <translation>&quot;%1&quot; não é um ID de nome de produto: esses IDs têm de 1 a 64 letras minúsculas, dígitos e _, por exemplo ssl_basic.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Um produto wildcard requer um nome comum que comece com *., por exemplo *.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order holds at most 250 names; this one has %1.</source>
        <translation>Um pedido comporta no máximo 250 nomes; este tem %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a certificate signing request (CSR).</source>
        <translation>Adicione uma solicitação de assinatura de certificado (CSR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>O hash de assinatura &quot;%1&quot; não é oferecido; use sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The order&apos;s end date must be 7 days to 3 years from today.</source>
        <translation>A data de término do pedido deve ficar entre 7 dias e 3 anos a partir de hoje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order lasts at most 1,095 days; you entered %1.</source>
        <translation>Um pedido dura no máximo 1.095 dias; você informou %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>An order lasts 1 to 3 years; you entered %1.</source>
        <translation>Um pedido dura de 1 a 3 anos; você informou %1.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Método de DCV &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>A DCV por arquivo HTTP não comprova um nome wildcard (%1); use e-mail ou DNS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV scope must be base_domain or fqdn.</source>
        <translation>O escopo da DCV deve ser base_domain ou fqdn.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>Choose the organization the certificate is for.</source>
        <translation>Escolha a organização do certificado.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail (name@example.com).</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>At most 20 more addresses can be notified.</source>
        <translation>No máximo mais 20 endereços podem ser notificados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments have at most 1,000 characters.</source>
        <translation>Os comentários têm no máximo 1.000 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal message has at most 1,000 characters.</source>
        <translation>A mensagem de renovação tem no máximo 1.000 caracteres.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A certificate lasts 1 to %1 days here (at most %2 from today, and not past the order); you entered %3.</source>
        <translation>Aqui um certificado dura de 1 a %1 dias (no máximo %2 a partir de hoje, e não além do pedido); você informou %3.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, 0-9).</source>
        <translation>Um ID alternativo de pedido tem de 1 a 64 letras e dígitos (A-Z, a-z, 0-9).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose how the key is kept: a shipped token, the client app, your own HSM (e-mail) or KeyLocker.</source>
        <translation>Escolha como a chave é guardada: um token enviado, o aplicativo cliente, seu próprio HSM (e-mail) ou KeyLocker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the CSR made on your HSM (RSA 3072 or more).</source>
        <translation>Adicione o CSR gerado no seu HSM (RSA 3072 ou mais).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code-signing orders run for whole years (1 to 3) or to an end date.</source>
        <translation>Pedidos de assinatura de código duram anos inteiros (1 a 3) ou até uma data de término.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DCV e-mail addresses are only used with the e-mail DCV method.</source>
        <translation>Endereços de e-mail de DCV só são usados com o método de DCV por e-mail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a name on this order.</source>
        <translation>%1 não é um nome deste pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one DCV e-mail address; give one.</source>
        <translation>%1 tem mais de um endereço de e-mail de DCV; informe apenas um.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DCV e-mail for %1 goes to an address at %1 or at one of its parent domains (for example admin@%2); %3 is not.</source>
        <translation>O e-mail de DCV de %1 vai para um endereço em %1 ou em um de seus domínios pai (por exemplo admin@%2); %3 não é.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DV orders cannot have an order-level organization contact.</source>
        <translation>Pedidos DV não podem ter um contato da organização no nível do pedido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the technical contact&apos;s telephone number; TLS orders need one.</source>
        <translation>Informe o telefone do contato técnico; pedidos TLS exigem um.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only EV and code-signing orders name verified contacts.</source>
        <translation>Só pedidos EV e de assinatura de código indicam contatos verificados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added to one order; you entered %2.</source>
        <translation>No máximo %1 novos contatos verificados podem ser adicionados a um pedido; você informou %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom field is named by its positive ID.</source>
        <translation>Um campo personalizado é indicado pelo seu ID positivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom field&apos;s value has 1 to 1,024 characters.</source>
        <translation>O valor de um campo personalizado tem de 1 a 1.024 caracteres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay from the balance, by card or with the stored card.</source>
        <translation>Pague com o saldo, com cartão ou com o cartão armazenado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VAT number has at most %1 letters, digits, spaces, dots or dashes; got &quot;%2&quot;.</source>
        <translation>Um número de IVA tem no máximo %1 letras, dígitos, espaços, pontos ou hifens; recebido &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>NewOrganization</name>
    <message>
        <location filename="../app/core/NewOrganization.cpp" line="+24"/>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>No máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and assumed name together may have at most 61 characters; these have %1.</source>
        <translation>Nome e nome fantasia juntos podem ter no máximo 61 caracteres; estes têm %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two letters: the ISO 3166 country code, for example US or DE.</source>
        <translation>Duas letras: o código de país ISO 3166, por exemplo US ou DE.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a validation type; use OV, EV, CS or EV CS.</source>
        <translation>&quot;%1&quot; não é um tipo de validação; use OV, EV, CS ou EV CS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 foi escolhido duas vezes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EV and code-signing validations need a verified contact who approves them; add one first.</source>
        <translation>Validações EV e de assinatura de código precisam de um contato verificado que as aprove; adicione um primeiro.</translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+33"/>
        <source>Verified contact (approves EV and code signing)</source>
        <translation>Contato verificado (aprova EV e assinatura de código)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it even though an organization with this name exists</source>
        <translation>Criar mesmo que já exista uma organização com este nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create organization</source>
        <translation>Criar organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As registered, up to 64 characters</source>
        <translation>Como registrado, até 64 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nome fantasia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: trading name (DBA)</source>
        <translation>Opcional: nome comercial (DBA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+15"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>State or province</source>
        <translation>Estado ou província</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, for example US or DE</source>
        <translation>Duas letras, por exemplo US ou DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Submit for validation now (optional)</source>
        <translation>Enviar para validação agora (opcional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OV is enough for OV certificates. EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>OV basta para certificados OV. EV, CS e EV CS precisam de um contato verificado que as aprove.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Organization contact</source>
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Technical contact (optional)</source>
        <translation>Contato técnico (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for EV, CS or EV CS; more can be added later on the Verified contacts page.</source>
        <translation>Necessário para EV, CS ou EV CS; outros podem ser adicionados depois na página Contatos verificados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Verified contact (required for EV and code signing)</source>
        <translation>Contato verificado (obrigatório para EV e assinatura de código)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contact (optional)</source>
        <translation>Contato verificado (opcional)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CertCentral did not create the organization: %1</source>
        <translation>O CertCentral não criou a organização: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>Verifique os campos marcados: %Ln problema.</numerusform>
            <numerusform>Verifique os campos marcados: %Ln problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
</context>
<context>
    <name>NewVerifiedContact</name>
    <message>
        <location filename="../app/core/NewVerifiedContact.cpp" line="+17"/>
        <source>&quot;%1&quot; is not a validation type; use EV, CS or EV CS.</source>
        <translation>&quot;%1&quot; não é um tipo de validação; use EV, CS ou EV CS.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter at least one contact.</source>
        <translation>Informe pelo menos um contato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; you entered %2.</source>
        <translation>No máximo %1 novos contatos verificados podem ser adicionados por solicitação; você informou %2.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../app/core/Order.cpp" line="+25"/>
        <source>An order without a valid &quot;id&quot;</source>
        <translation>Um pedido sem &quot;id&quot; válido</translation>
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
        <translation>Revogar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order…</source>
        <translation>Cancelar pedido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DCV now</source>
        <translation>Verificar DCV agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend DCV e-mails</source>
        <translation>Reenviar e-mails de DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change DCV method…</source>
        <translation>Alterar método de DCV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit names…</source>
        <translation>Editar nomes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a certificate from a file…</source>
        <translation>Revogar um certificado de um arquivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate to revoke</source>
        <translation>Certificado a revogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Select an order first.</source>
        <translation>Selecione um pedido primeiro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 could not be read: %2</source>
        <translation>Não foi possível ler o pedido %1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 não contém nenhum certificado (PEM ou DER).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1: names saved; new names need DCV.</source>
        <translation>Pedido %1: nomes salvos; nomes novos precisam de DCV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1 was canceled.</source>
        <translation>O pedido %1 foi cancelado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: every name is proven and the certificate was issued.</source>
        <translation>Pedido %1: todos os nomes foram comprovados e o certificado foi emitido.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>Pedido %1: DCV verificada; %n nome comprovado até agora.</numerusform>
            <numerusform>Pedido %1: DCV verificada; %n nomes comprovados até agora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1: DCV not confirmed yet: %2</source>
        <translation>Pedido %1: DCV ainda não confirmada: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: the DCV e-mails were sent again.</source>
        <translation>Pedido %1: os e-mails de DCV foram reenviados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: the DCV e-mails were not sent: %2</source>
        <translation>Pedido %1: os e-mails de DCV não foram enviados: %2</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../app/core/OrderCancellation.cpp" line="+14"/>
        <source>Choose the order to cancel (a positive number).</source>
        <translation>Escolha o pedido a cancelar (um número positivo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is canceled: CertCentral requires a note.</source>
        <translation>Diga por que o pedido é cancelado: o CertCentral exige uma nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note has at most %1 characters; this one has %2.</source>
        <translation>A nota tem no máximo %1 caracteres; esta tem %2.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../ui/orders/OrderColumns.cpp" line="+84"/>
        <source>Reset columns</source>
        <translation>Redefinir colunas</translation>
    </message>
</context>
<context>
    <name>OrderContactsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.ui" line="+8"/>
        <source>Verified contacts who approve this order</source>
        <translation>Contatos verificados que aprovam este pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New people (CertCentral validates them with the order):</source>
        <translation>Novas pessoas (o CertCentral as valida com o pedido):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other contacts for this order only</source>
        <translation>Outros contatos só para este pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization contact</source>
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact</source>
        <translation>Contato técnico</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.cpp" line="+21"/>
        <location line="+34"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
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
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asks only the verified contacts you choose here to approve the order. Choose none to leave it to the organization&apos;s verified contacts (or you, when it has none).</source>
        <translation>O CertCentral pede a aprovação do pedido apenas aos contatos verificados escolhidos aqui. Não escolha nenhum para deixar a cargo dos contatos verificados da organização (ou de você, se ela não tiver nenhum).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Who approves the order for the organization, and who is told about it.</source>
        <translation>Quem aprova o pedido pela organização e quem é avisado sobre ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who CertCentral tells about this order. The organization&apos;s own contacts are used unless you name others.</source>
        <translation>Quem o CertCentral avisa sobre este pedido. Os contatos da própria organização são usados, a menos que você indique outros.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the organization&apos;s verified contacts…</source>
        <translation>Carregando os contatos verificados da organização…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization&apos;s verified contacts could not be loaded: %1</source>
        <translation>Não foi possível carregar os contatos verificados da organização: %1</translation>
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
        <translation>A organização ainda não tem contatos verificados: adicione as pessoas que aprovam.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of at most %2 new</source>
        <translation>%1 de no máximo %2 novos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New person %1, %2: %3</source>
        <translation>Nova pessoa %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <location filename="../app/core/OrderCsv.cpp" line="+23"/>
        <source>Name at least one column.</source>
        <translation>Indique pelo menos uma coluna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not known; use any of: %2</source>
        <translation>Coluna &quot;%1&quot; desconhecida; use qualquer uma destas: %2</translation>
    </message>
</context>
<context>
    <name>OrderDcvCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+37"/>
        <source>CertCentral sent no random value</source>
        <translation>O CertCentral não enviou nenhum valor aleatório</translation>
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
        <translation>Comprovar o controle de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>O domínio base (cobre seus subdomínios)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each name exactly as requested</source>
        <translation>Cada nome exatamente como solicitado</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.cpp" line="+16"/>
        <source>Domain control validation</source>
        <translation>Validação de controle de domínio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral checks that the names are yours.</source>
        <translation>Como o CertCentral verifica que os nomes são seus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own.</source>
        <translation>Domínio base: comprovar example.com também cobre shop.example.com. Cada nome: cada nome é comprovado separadamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave an address empty to let CertCentral write to every WHOIS address and to admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. Naming one sends the e-mail only there.</source>
        <translation>Deixe um endereço vazio para que o CertCentral escreva a todos os endereços WHOIS e a admin@, administrator@, webmaster@, hostmaster@ e postmaster@ do domínio. Indicar um envia o e-mail só para ele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Send the DCV e-mail to</source>
        <translation>Enviar o e-mail de DCV para</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every WHOIS and constructed address</source>
        <translation>todos os endereços WHOIS e construídos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>O CertCentral envia e-mail aos endereços WHOIS e construídos do domínio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>Você coloca um arquivo em /.well-known/pki-validation/ no site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You add a CNAME record; the result page shows which.</source>
        <translation>Você adiciona um registro CNAME; a página de resultado mostra qual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You add a TXT record with a random value; the result page shows it.</source>
        <translation>Você adiciona um registro TXT com um valor aleatório; a página de resultado o mostra.</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>Contêiner</translation>
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
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Created</source>
        <translation>Criação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order validity</source>
        <translation>Validade do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative ID</source>
        <translation>ID alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Número de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>Hash de assinatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>Plataforma do servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Solicitação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>Contato técnico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also notified</source>
        <translation>Também avisados</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Names and DCV</source>
        <translation>Nomes e DCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <extracomment>Tab: the approval requests recorded on this order, not network requests.</extracomment>
        <translation>Solicitações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain control validation of each name on the order</source>
        <translation>Validação de controle de domínio de cada nome do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissued and duplicate certificates of the order</source>
        <translation>Certificados reemitidos e duplicatas do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests on the order and its notes</source>
        <translation>Solicitações do pedido e suas notas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an order to see its details.</source>
        <translation>Selecione um pedido para ver os detalhes.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Loading order %1…</source>
        <translation>Carregando o pedido %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
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
            <numerusform>%1 (falta %n dia)</numerusform>
            <numerusform>%1 (faltam %n dias)</numerusform>
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
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
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
        <translation>Nenhuma solicitação neste pedido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal of order %1.</source>
        <translation>Renovação do pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message: %1</source>
        <translation>Mensagem de renovação: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes on this order.</source>
        <translation>Nenhuma nota neste pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization&apos;s own contact</source>
        <translation>O próprio contato da organização</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the validation status…</source>
        <translation>Carregando o status da validação…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The validation status could not be loaded.</source>
        <translation>Não foi possível carregar o status da validação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation status of order %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar o status da validação do pedido %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control is proven for %1</source>
        <translation>Controle comprovado para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no names to validate.</source>
        <translation>Este pedido não tem nomes a validar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>%1 de %Ln nome aprovado.</numerusform>
            <numerusform>%1 de %Ln nomes aprovados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1.</source>
        <extracomment>The DCV scope: which names domain control is proven for (the base domain or each name).</extracomment>
        <translation>Escopo: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each exact name</source>
        <translation>cada nome exato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domain</source>
        <translation>domínio base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization %1 validation: %2 until %3.</source>
        <extracomment>%1: the validation (OV, EV) or organization, %2: its status, %3: a date.</extracomment>
        <translation>Validação %1 da organização: %2 até %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization %1 validation: %2.</source>
        <translation>Validação %1 da organização: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk check: %1.</source>
        <translation>Verificação de risco: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading reissues and duplicates…</source>
        <translation>Carregando reemissões e duplicatas…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate history could not be loaded.</source>
        <translation>Não foi possível carregar o histórico de certificados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate history of order %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar o histórico de certificados do pedido %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reissue</source>
        <translation>Reemissão</translation>
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
        <translation>Criação: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1</source>
        <translation>Revogado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has not been reissued or duplicated.</source>
        <translation>Este pedido não foi reemitido nem duplicado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>%Ln reemissão</numerusform>
            <numerusform>%Ln reemissões</numerusform>
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
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All products</source>
        <translation>Todos os produtos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organizations</source>
        <translation>Todas as organizações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All containers</source>
        <translation>Todos os contêineres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load only orders with this status</source>
        <translation>Carregar só pedidos com este status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this product</source>
        <translation>Carregar só pedidos deste produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this organization</source>
        <translation>Carregar só pedidos desta organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders in this container</source>
        <translation>Carregar só pedidos deste contêiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only certificates that end between these two days (both included); orders without an end date are left out</source>
        <translation>Carregar só certificados que terminam entre estes dois dias (ambos incluídos); pedidos sem data de término ficam de fora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name on the server</source>
        <translation>Nome (busca no servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders whose common name or SANs contain this text, or the order with this number; press Enter to load</source>
        <translation>Carregar só pedidos cujo nome comum ou SANs contenham este texto, ou o pedido com este número; pressione Enter para carregar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load:</source>
        <translation>Carregar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These filters are applied by CertCentral; the search box above filters what is loaded</source>
        <translation>Estes filtros são aplicados pelo CertCentral; a caixa de busca acima filtra o que já foi carregado</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>produto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>organização %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container %1</source>
        <translation>contêiner %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid till %1 – %2</source>
        <translation>válido até %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name containing &quot;%1&quot;</source>
        <translation>nome contendo &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not in the list)</source>
        <translation>%1 (fora da lista)</translation>
    </message>
</context>
<context>
    <name>OrderInfoCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="-11"/>
        <source>Expected a JSON object for order %1</source>
        <translation>Esperava-se um objeto JSON para o pedido %1</translation>
    </message>
</context>
<context>
    <name>OrderKeyPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.ui" line="+5"/>
        <source>Make a new private key and CSR on this computer</source>
        <translation>Gerar uma nova chave privada e CSR neste computador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key type</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key as</source>
        <translation>Salvar a chave como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>Repetir frase secreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key without a passphrase</source>
        <translation>Salvar a chave sem frase secreta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make key and CSR</source>
        <translation>Gerar chave e CSR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a CSR I already have</source>
        <translation>Usar um CSR que já tenho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open CSR file…</source>
        <translation>Abrir arquivo CSR…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.cpp" line="+21"/>
        <source>Private key and CSR</source>
        <translation>Chave privada e CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key stays on this computer. CertCentral only sees the CSR.</source>
        <translation>A chave privada fica neste computador. O CertCentral só vê o CSR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the private key as</source>
        <translation>Salvar a chave privada como</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a CSR</source>
        <translation>Abrir um CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR files (*.csr *.pem *.txt);;All files (*)</source>
        <translation>Arquivos CSR (*.csr *.pem *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone who can read the key file can use the key. Only do this for a server that cannot ask for a passphrase.</source>
        <translation>Qualquer pessoa que consiga ler o arquivo da chave pode usá-la. Faça isso só para um servidor que não consiga pedir a frase secreta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too short: at least 8 characters.</source>
        <translation>Curta demais: pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>Força: forte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair; longer is stronger.</source>
        <translation>Força: razoável; mais longa é mais forte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak; use a longer phrase.</source>
        <translation>Força: fraca; use uma frase mais longa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order&apos;s current CSR is filled in; it must match the names of the reissue.</source>
        <translation>A CSR atual do pedido foi preenchida; ela deve corresponder aos nomes da reemissão.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose where to save the key.</source>
        <translation>Escolha onde salvar a chave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; keys are never overwritten. Choose another name.</source>
        <translation>%1 já existe; chaves nunca são sobrescritas. Escolha outro nome.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>A frase secreta precisa de pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a %1 key…</source>
        <translation>Gerando uma chave %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key saved to %1 (readable by you only). The CSR is ready.</source>
        <translation>Chave salva em %1 (legível somente por você). O CSR está pronto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSR holds a %1 key and matches the names.</source>
        <translation>O CSR contém uma chave %1 e corresponde aos nomes.</translation>
    </message>
</context>
<context>
    <name>OrderNamesEditCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+181"/>
        <source>A pending order keeps at most the %1 names it has; this has %2. Remove names, or reissue after it is issued.</source>
        <translation>Um pedido pendente mantém no máximo os %1 nomes que tem; este tem %2. Remova nomes ou reemita depois que ele for emitido.</translation>
    </message>
</context>
<context>
    <name>OrderNamesPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.ui" line="+5"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (SANs)</source>
        <translation>Outros nomes (SANs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One name per line: www.example.com, api.example.com …</source>
        <translation>Um nome por linha: www.example.com, api.example.com …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="+79"/>
        <source>Add the free name</source>
        <translation>Adicionar o nome gratuito</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="-65"/>
        <source>Which names?</source>
        <translation>Quais nomes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The common name and any other names the certificate covers.</source>
        <translation>O nome comum e os demais nomes que o certificado cobre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names beyond the common name and its free www. or base-domain name may cost more.</source>
        <translation>Nomes além do nome comum e do nome www. ou de domínio base gratuito podem custar mais.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A wildcard product needs a common name that starts with *.</source>
        <translation>Um produto wildcard requer um nome comum que comece com *.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 (free)</source>
        <translation>Adicionar %1 (gratuito)</translation>
    </message>
</context>
<context>
    <name>OrderOptionsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.ui" line="+6"/>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically before the order ends</source>
        <translation>Renovar automaticamente antes do fim do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue automatically when a certificate of the plan nears its end</source>
        <translation>Reemitir automaticamente quando um certificado do plano estiver perto do fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also tell</source>
        <translation>Avisar também</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security@example.com, ops@example.com</source>
        <translation>security@example.com, ops@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message</source>
        <translation>Mensagem de renovação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Comentários para o aprovador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account&apos;s order fields</source>
        <translation>Campos de pedido da sua conta</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.cpp" line="+18"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the order is kept and who hears about it. All optional.</source>
        <translation>Onde o pedido fica e quem é avisado sobre ele. Tudo opcional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s, or yours</source>
        <translation>O da organização, ou o seu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a multi-year plan, CertCentral reissues the certificate with the same names before it expires.</source>
        <translation>Em um plano plurianual, o CertCentral reemite o certificado com os mesmos nomes antes que ele expire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account&apos;s order fields could not be loaded: %1</source>
        <translation>Não foi possível carregar os campos de pedido da sua conta: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>required: %1</source>
        <translation>obrigatório: %1</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organization…</source>
        <translation>Nova organização…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.cpp" line="+15"/>
        <source>Which organization?</source>
        <translation>Qual organização?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names an organization of your account, validated by CertCentral.</source>
        <translation>O certificado indica uma organização da sua conta, validada pelo CertCentral.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading organizations…</source>
        <translation>Carregando organizações…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Não foi possível carregar as organizações: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no active organizations yet; add one with New organization…</source>
        <translation>A conta ainda não tem organizações ativas; adicione uma com Nova organização…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 validation: %2. The order can be issued as soon as the names are proven.</source>
        <translation>Validação %1: %2. O pedido pode ser emitido assim que os nomes forem comprovados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 validation: %2. It finishes with this order, which takes longer.</source>
        <translation>Validação %1: %2. Ela será concluída com este pedido, o que leva mais tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validated for %1 yet: CertCentral validates it with this order, which takes longer.</source>
        <translation>Ainda não validada para %1: o CertCentral a valida com este pedido, o que leva mais tempo.</translation>
    </message>
</context>
<context>
    <name>OrderPaymentPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.ui" line="+6"/>
        <source>From the account balance</source>
        <translation>Com o saldo da conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the card stored in CertCentral</source>
        <translation>Com o cartão armazenado no CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>Com um cartão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card number</source>
        <translation>Número do cartão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card</source>
        <translation>Nome no cartão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing address</source>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State, postal code</source>
        <translation>Estado, CEP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters)</source>
        <translation>País (duas letras)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT number (optional)</source>
        <translation>Número de IVA (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.cpp" line="+18"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral charges the order.</source>
        <translation>Como o CertCentral cobra o pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertDesk sends the card to CertCentral with this order only; it never stores or logs the number or the security code.</source>
        <translation>O CertDesk envia o cartão ao CertCentral somente com este pedido; nunca armazena nem registra o número ou o código de segurança.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available: %1</source>
        <translation>Disponível: %1</translation>
    </message>
</context>
<context>
    <name>OrderProductPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.ui" line="+5"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.cpp" line="+16"/>
        <source>Which certificate?</source>
        <translation>Qual certificado?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products your account may order. The kind decides what CertCentral checks before it issues.</source>
        <translation>Os produtos que sua conta pode pedir. O tipo define o que o CertCentral verifica antes de emitir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the products of your account…</source>
        <translation>Carregando os produtos da sua conta…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The products could not be loaded: %1</source>
        <translation>Não foi possível carregar os produtos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a product.</source>
        <translation>Escolha um produto.</translation>
    </message>
</context>
<context>
    <name>OrderProvisioningPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.ui" line="+6"/>
        <source>Ship me a hardware token</source>
        <translation>Enviar-me um token de hardware</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2 (optional)</source>
        <translation>Complemento (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, postal code</source>
        <translation>Cidade, estado, CEP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters), shipping</source>
        <translation>País (duas letras), envio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it on my own token with DigiCert&apos;s client app</source>
        <translation>Instalar no meu próprio token com o aplicativo cliente da DigiCert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have an HSM: use this CSR (RSA 3072 bits or more)</source>
        <translation>Tenho um HSM: usar este CSR (RSA de 3072 bits ou mais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in DigiCert KeyLocker</source>
        <translation>Guardar a chave no DigiCert KeyLocker</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+1"/>
        <source>Where will the key live?</source>
        <translation>Onde a chave ficará?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code-signing keys are kept on hardware; choose how.</source>
        <translation>Chaves de assinatura de código ficam em hardware; escolha como.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard shipping</source>
        <translation>Envio padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expedited shipping</source>
        <translation>Envio expresso</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DigiCert ships a token; you install the certificate on it with the initialization code it comes with.</source>
        <translation>A DigiCert envia um token; você instala o certificado nele com o código de inicialização que o acompanha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You install the certificate on your own supported token with DigiCert&apos;s client app.</source>
        <translation>Você instala o certificado no seu próprio token compatível com o aplicativo cliente da DigiCert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is signed on your HSM; DigiCert e-mails you when the certificate is ready.</source>
        <translation>A solicitação é assinada no seu HSM; a DigiCert envia um e-mail quando o certificado estiver pronto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is made and kept in DigiCert KeyLocker.</source>
        <translation>A chave é gerada e guardada no DigiCert KeyLocker.</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <location filename="../app/core/OrderQuery.cpp" line="+26"/>
        <source>Status &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Status &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort field &quot;%1&quot; is not known; use one of: %2 (prefix - for descending)</source>
        <translation>Campo de ordenação &quot;%1&quot; desconhecido; use um destes: %2 (prefixo - para decrescente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size must be between 1 and %1</source>
        <translation>O tamanho da página deve ficar entre 1 e %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be at most 255 characters</source>
        <translation>O texto de busca deve ter no máximo 255 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be printable characters on one line, without control characters</source>
        <translation>O texto de busca deve ter caracteres imprimíveis em uma só linha, sem caracteres de controle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product &quot;%1&quot; is not a product name id (lower-case letters, digits and _, for example ssl_basic)</source>
        <translation>O produto &quot;%1&quot; não é um name id de produto (letras minúsculas, dígitos e _, por exemplo ssl_basic)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id must be a positive number</source>
        <translation>O id da organização deve ser um número positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container id must be a positive number</source>
        <translation>O id do contêiner deve ser um número positivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till: the first day (%1) is after the last day (%2)</source>
        <translation>Válido até: o primeiro dia (%1) é posterior ao último dia (%2)</translation>
    </message>
</context>
<context>
    <name>OrderResultPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.ui" line="+5"/>
        <source>Copy the random value</source>
        <translation>Copiar o valor aleatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>Enviar novamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the order</source>
        <translation>Alterar o pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the order</source>
        <translation>Abrir o pedido</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.cpp" line="+17"/>
        <source>Your order</source>
        <translation>Seu pedido</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placing the order…</source>
        <translation>Fazendo o pedido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost on the way; checking whether CertCentral took the order…</source>
        <translation>A resposta se perdeu no caminho; verificando se o CertCentral recebeu o pedido…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token initialization code: &lt;b&gt;%1&lt;/b&gt; (keep it for installing the certificate on the token)</source>
        <translation>Código de inicialização do token: &lt;b&gt;%1&lt;/b&gt; (guarde-o para instalar o certificado no token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is placed.</source>
        <translation>O pedido %1 foi feito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>Ele aguarda a aprovação de um administrador ou gerente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random value for DCV: &lt;b&gt;%1&lt;/b&gt; (looking up where it goes…)</source>
        <translation>Valor aleatório para DCV: &lt;b&gt;%1&lt;/b&gt; (verificando onde colocá-lo…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral e-mails the DCV approval request to the domains&apos; addresses.</source>
        <translation>O CertCentral envia a solicitação de aprovação da DCV por e-mail aos endereços dos domínios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private key: %1</source>
        <translation>Sua chave privada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative order ID: %1</source>
        <translation>ID alternativo do pedido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order did not reach CertCentral; nothing was ordered.</source>
        <translation>O pedido não chegou ao CertCentral; nenhum pedido foi feito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not take the order.</source>
        <translation>O CertCentral não aceitou o pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked with alternative order ID %1. Send again to try once more.</source>
        <translation>Verificado com o ID alternativo do pedido %1. Clique em Enviar novamente para tentar outra vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ordered. Change the order, or cancel.</source>
        <translation>Nenhum pedido foi feito. Altere o pedido ou cancele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known yet whether the order was placed.</source>
        <translation>Ainda não se sabe se o pedido foi feito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the answer nor the check came through. Do not order again: press Check again when the network is back. Alternative order ID: %1</source>
        <translation>Nem a resposta nem a verificação chegaram. Não faça o pedido de novo: clique em Verificar novamente quando a rede voltar. ID alternativo do pedido: %1</translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.ui" line="+5"/>
        <source>Show the request CertCentral receives</source>
        <translation>Mostrar a solicitação que o CertCentral recebe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip approval (administrators)</source>
        <translation>Pular a aprovação (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.cpp" line="+18"/>
        <source>Check and place the order</source>
        <translation>Revisar e fazer o pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is ordered until you press Place order.</source>
        <translation>Nenhum pedido é feito até você clicar em Fazer pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>Fazer pedido</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for your organization</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para sua organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; para %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order validity: %1</source>
        <translation>Validade do pedido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>Chave: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a token shipped to %1, %2</source>
        <translation>em um token enviado para %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on your token (client app)</source>
        <translation>no seu token (aplicativo cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your HSM (CSR given)</source>
        <translation>no seu HSM (CSR fornecido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in KeyLocker</source>
        <translation>no KeyLocker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain control: %1, %2</source>
        <translation>Controle de domínio: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each name</source>
        <translation>cada nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domains</source>
        <translation>domínios base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>Organização: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (new)</source>
        <translation>%1 (novo)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>%n contato verificado da organização</numerusform>
            <numerusform>%n contatos verificados da organização</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>Aprovado por: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization&apos;s verified contacts</source>
        <translation>os contatos verificados da organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contato da organização para este pedido: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>Contato técnico para este pedido: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DCV e-mail for %1 goes only to %2</source>
        <translation>O e-mail de DCV de %1 vai somente para %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews and reissues automatically</source>
        <translation>Renova e reemite automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>Renova automaticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissues automatically</source>
        <translation>Reemite automaticamente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>%n campo personalizado preenchido</numerusform>
            <numerusform>%n campos personalizados preenchidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: card ending %1</source>
        <translation>Pagamento: cartão com final %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the stored card</source>
        <translation>Pagamento: o cartão armazenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the account balance</source>
        <translation>Pagamento: o saldo da conta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSR: your own</source>
        <translation>CSR: o seu próprio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key: %1</source>
        <translation>Chave privada: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placing the order charges its price to your account&apos;s balance.</source>
        <translation>Fazer o pedido cobra o preço dele do saldo da sua conta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placing the order charges its price to the card.</source>
        <translation>Fazer o pedido cobra o preço dele no cartão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available funds: %1</source>
        <translation>Fundos disponíveis: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not placed: %1</source>
        <translation>Pedido não feito: %1</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <location filename="../app/core/OrderRules.cpp" line="+22"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue pending</source>
        <translation>Reemissão pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for pickup</source>
        <translation>Aguardando retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs approval</source>
        <translation>Requer aprovação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation pending</source>
        <translation>Revogação pendente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order %1 is %2: only issued orders can be reissued or duplicated.</source>
        <translation>O pedido %1 está %2: só pedidos emitidos podem ser reemitidos ou duplicados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code-signing certificates cannot be duplicated.</source>
        <translation>Certificados de assinatura de código não podem ser duplicados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has a reissue waiting. A certificate with a pending reissue cannot be revoked: cancel the reissue or wait until it is issued.</source>
        <translation>O pedido %1 tem uma reemissão aguardando. Um certificado com reemissão pendente não pode ser revogado: cancele a reemissão ou aguarde até que ela seja emitida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only issued certificates can be revoked.</source>
        <translation>O pedido %1 está %2: só certificados emitidos podem ser revogados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pending orders and reissues can be canceled or have DCV checked.</source>
        <translation>Só pedidos e reemissões pendentes podem ser cancelados ou ter a DCV verificada.</translation>
    </message>
</context>
<context>
    <name>OrderValidation</name>
    <message>
        <location filename="../app/core/OrderValidation.cpp" line="+12"/>
        <source>The validation status is not a JSON object</source>
        <translation>O status da validação não é um objeto JSON</translation>
    </message>
</context>
<context>
    <name>OrderValidityPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.ui" line="+5"/>
        <source>Order validity</source>
        <translation>Validade do pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each certificate</source>
        <translation>Cada certificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shorter than the most (397 days):</source>
        <translation>Mais curto que o máximo (397 dias):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.cpp" line="+17"/>
        <source>How long?</source>
        <translation>Por quanto tempo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order runs for its validity; each certificate lasts at most %1 days and is reissued within the order.</source>
        <translation>O pedido vale pelo período de validade; cada certificado dura no máximo %1 dias e é reemitido dentro do pedido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorter than the most (%1 days):</source>
        <translation>Mais curto que o máximo (%1 dias):</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The order runs until %1. The first certificate is valid until %2; reissue it before then for the rest.</source>
        <translation>O pedido vale até %1. O primeiro certificado é válido até %2; reemita-o antes disso para o restante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order runs until %1. The first certificate is valid until %2.</source>
        <translation>O pedido vale até %1. O primeiro certificado é válido até %2.</translation>
    </message>
</context>
<context>
    <name>OrderWizard</name>
    <message>
        <location filename="../ui/orders/wizard/OrderWizard.cpp" line="+25"/>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+189"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue</source>
        <translation>Reemissão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation</source>
        <translation>Revogação</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>On</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Expires within %1 days</source>
        <translation>Expira em até %1 dias</translation>
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
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>Contêiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Criação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>Autorrenovação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SANs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../ui/orders/OrdersScreen.cpp" line="+44"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns to show (also from the table header&apos;s menu)</source>
        <translation>Escolha as colunas a exibir (também pelo menu do cabeçalho da tabela)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reissue, duplicate, revoke or cancel the selected order</source>
        <translation>Reemitir, duplicar, revogar ou cancelar o pedido selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the orders shown, with the visible columns, as a CSV file</source>
        <translation>Salvar os pedidos exibidos, com as colunas visíveis, como arquivo CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter loaded orders: number, name or SAN</source>
        <translation>Filtrar pedidos carregados: número, nome ou SAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the loaded orders as you type</source>
        <translation>Filtra os pedidos carregados enquanto você digita</translation>
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
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 orders to %2.</source>
        <translation>%1 pedidos salvos em %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+121"/>
        <source>Select an order to see its details.</source>
        <translation>Selecione um pedido para ver os detalhes.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>O carregamento foi cancelado; %Ln pedido exibido.</numerusform>
            <numerusform>O carregamento foi cancelado; %Ln pedidos exibidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>Não foi possível carregar %Ln pedido; os demais são exibidos. </numerusform>
            <numerusform>Não foi possível carregar %Ln pedidos; os demais são exibidos. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The details of order %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar os detalhes do pedido %1: %2</translation>
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
            <numerusform>Correspondências: %1 de %Ln pedido</numerusform>
            <numerusform>Correspondências: %1 de %Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing: %1</source>
        <translation>Exibindo: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../app/core/Organization.cpp" line="+48"/>
        <source>An organization without an id or a name</source>
        <translation>Uma organização sem id ou nome</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>JSON inválido no byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object for the organization</source>
        <translation>Esperava-se um objeto JSON para a organização</translation>
    </message>
</context>
<context>
    <name>OrganizationContact</name>
    <message>
        <location filename="../app/core/OrganizationContact.cpp" line="+52"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>No máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Informe um endereço de e-mail como name@example.com.</translation>
    </message>
</context>
<context>
    <name>OrganizationContactsDialog</name>
    <message>
        <location filename="../ui/organizations/OrganizationContactsDialog.cpp" line="+32"/>
        <source>Contacts of %1</source>
        <translation>Contatos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organization contact</source>
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contato técnico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave every field empty to remove the technical contact.</source>
        <translation>Deixe todos os campos vazios para remover o contato técnico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the name or e-mail makes it a new contact; fields left empty are cleared at CertCentral.</source>
        <translation>Alterar o nome ou o e-mail cria um novo contato; campos deixados vazios são apagados no CertCentral.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save contacts</source>
        <translation>Salvar contatos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the current contacts…</source>
        <translation>Carregando os contatos atuais…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current contacts could not be loaded: %1</source>
        <translation>Não foi possível carregar os contatos atuais: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Check the marked fields.</source>
        <translation>Verifique os campos marcados.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CertCentral did not change the contacts: %1</source>
        <translation>O CertCentral não alterou os contatos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../models/OrganizationsModel.cpp" line="+93"/>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inativa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1</source>
        <translation>Válida até %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired %1</source>
        <translation>Expirou em %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>Nome fantasia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Endereço</translation>
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
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical contact</source>
        <translation>Contato técnico</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../ui/organizations/OrganizationsScreen.cpp" line="+42"/>
        <location line="+346"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Create…</source>
        <translation>Criar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>Enviar para validação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts…</source>
        <translation>Contatos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search name, address or contact</source>
        <translation>Buscar nome, endereço ou contato</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Select an organization to see its contacts and validations.</source>
        <translation>Selecione uma organização para ver os contatos e as validações.</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 of %2 organizations shown</source>
        <translation>%1 de %2 organizações exibidas</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add an organization, optionally submitting it for validation at once</source>
        <translation>Adicionar uma organização e, se quiser, enviá-la logo para validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask CertCentral to validate the selected organization</source>
        <translation>Pedir ao CertCentral que valide a organização selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the organization contact and the technical contact</source>
        <translation>Alterar o contato da organização e o contato técnico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected organization</source>
        <translation>Excluir a organização selecionada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 organizations loaded</source>
        <translation>%1 de %2 organizações carregadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Não foi possível carregar as organizações: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 organizations</source>
        <translation>%1 organizações</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 was created (organization %2).</source>
        <translation>%1 foi criada (organização %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was submitted for %2 validation; the list shows it as pending.</source>
        <translation>%1 foi enviada para validação %2; a lista a mostra como pendente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contacts of %1 were changed.</source>
        <translation>Os contatos de %1 foram alterados.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CertCentral says: %1</source>
        <translation>O CertCentral diz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be deleted: this organization has pending orders or reissues. Cancel or finish them first, then delete it again.</source>
        <translation>Não é possível excluir %1: esta organização tem pedidos ou reemissões pendentes. Cancele-os ou conclua-os primeiro e tente excluir novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: it is the account&apos;s first organization, which CertCentral keeps.</source>
        <translation>Não é possível excluir %1: é a primeira organização da conta, que o CertCentral mantém.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not deleted: only administrators may delete organizations.</source>
        <translation>%1 não foi excluída: só administradores podem excluir organizações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists at CertCentral; refresh the list.</source>
        <translation>%1 não existe mais no CertCentral; atualize a lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organization</source>
        <translation>Excluir organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Its domains are deleted with it. Certificates already issued stay valid but can no longer be reissued or duplicated.</source>
        <translation>Excluir %1 da conta?

Os domínios dela são excluídos junto. Os certificados já emitidos continuam válidos, mas não podem mais ser reemitidos nem duplicados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was deleted.</source>
        <translation>%1 foi excluído.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assumed name: %1</source>
        <translation>Nome fantasia: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>Contêiner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>Criação: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validations</source>
        <translation>Validações</translation>
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
        <translation>aprovada por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted for validation.</source>
        <translation>Não enviada para validação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: none</source>
        <translation>%1: nenhum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization contact</source>
        <translation>Contato da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>Contato técnico</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>Contatos verificados: %Ln</numerusform>
            <numerusform>Contatos verificados: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../app/core/PaymentCard.cpp" line="+47"/>
        <source>Enter the card number.</source>
        <translation>Informe o número do cartão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid card number: 13 to 19 digits whose check digit matches. Check for a typing error.</source>
        <translation>Este não é um número de cartão válido: 13 a 19 dígitos com dígito verificador correto. Verifique se há erro de digitação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the expiry month (1 to 12).</source>
        <translation>Escolha o mês de validade (1 a 12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry year with four digits.</source>
        <translation>Informe o ano de validade com quatro dígitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card expired in %1/%2.</source>
        <translation>O cartão expirou em %1/%2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code (CVV) has 3 or 4 digits.</source>
        <translation>O código de segurança (CVV) tem 3 ou 4 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name on the card.</source>
        <translation>Informe o nome no cartão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing address.</source>
        <translation>Informe o endereço de cobrança.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing city.</source>
        <translation>Informe a cidade de cobrança.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>No máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The country is its two-letter code, for example US or DE.</source>
        <translation>O país é o código de duas letras, por exemplo US ou DE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the state or province.</source>
        <translation>Informe o estado ou a província.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the postal code.</source>
        <translation>Informe o CEP.</translation>
    </message>
</context>
<context>
    <name>PaymentProfile</name>
    <message>
        <location filename="../app/core/PaymentProfile.cpp" line="+18"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ending %2</source>
        <translation>%1 com final %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expires %2/%3</source>
        <translation>%1, validade %2/%3</translation>
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
        <translation>Ainda não carregado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards are added and changed in the CertCentral console; CertDesk shows them only and never sees a full card number.</source>
        <translation>Os cartões são adicionados e alterados no console do CertCentral; o CertDesk apenas os exibe e nunca vê o número completo do cartão.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(default)</source>
        <translation>(padrão)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts to %1</source>
        <translation>Recibos para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card is stored for this account.</source>
        <translation>Nenhum cartão está armazenado para esta conta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment profile could not be loaded: %1</source>
        <translation>Não foi possível carregar o perfil de pagamento: %1</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../app/security/PbeLimits.cpp" line="+30"/>
        <source>The file&apos;s password protection has an unreadable iteration count.</source>
        <translation>A proteção por senha do arquivo tem uma contagem de iterações ilegível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file asks for %1 rounds to derive its key from the passphrase; CertDesk allows at most %2 (a file made to keep the computer busy is not opened).</source>
        <translation>O arquivo pede %1 rodadas para derivar sua chave da frase secreta; o CertDesk permite no máximo %2 (um arquivo feito para manter o computador ocupado não é aberto).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; CertDesk allows N x r x p up to %4 (a file made to keep the computer busy is not opened).</source>
        <translation>O arquivo pede ao scrypt N = %1, r = %2, p = %3 para derivar sua chave; o CertDesk permite N x r x p até %4 (um arquivo feito para manter o computador ocupado não é aberto).</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <location filename="../app/security/Pkcs12Bundle.cpp" line="+109"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation>&quot;%1&quot; (número de série %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1: the key does not belong to this certificate (its public key is another one). Choose the key that was made for this certificate&apos;s request.</source>
        <translation>Certificado %1: a chave não pertence a este certificado (a chave pública dele é outra). Escolha a chave criada para a solicitação deste certificado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----.</source>
        <translation>Isto não é um certificado PEM: ele deve começar com -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PKCS#12 passphrase needs at least %1 characters.</source>
        <translation>A frase secreta do PKCS#12 precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no private key to put into the PKCS#12 file.</source>
        <translation>Não há chave privada para colocar no arquivo PKCS#12.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Não foi possível ler o certificado: ele deve ser texto PEM que começa com -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate of the chain could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>Não foi possível ler um certificado da cadeia: ele deve ser texto PEM que começa com -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The PKCS#12 file could not be made: %1</source>
        <translation>Não foi possível criar o arquivo PKCS#12: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>Isto não é um arquivo PKCS#12 (.p12 ou .pfx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PKCS#12 file asks for more than %1 rounds of its integrity check; CertDesk does not open it (a file made to keep the computer busy).</source>
        <translation>Este arquivo PKCS#12 pede mais de %1 rodadas para a verificação de integridade; o CertDesk não o abre (um arquivo feito para manter o computador ocupado).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase does not open this PKCS#12 file (or the file is damaged).</source>
        <translation>A frase secreta não abre este arquivo PKCS#12 (ou o arquivo está danificado).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>Não foi possível ler o arquivo PKCS#12: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>O arquivo PKCS#12 não contém chave privada com o certificado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be opened: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a PKCS#12 file.</source>
        <translation>%1 é grande demais para ser um arquivo PKCS#12.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message>
        <location filename="../ui/orders/Pkcs12ExportDialog.cpp" line="+31"/>
        <source>Browse</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as PKCS#12</source>
        <translation>Salvar %1 como PKCS#12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only if the key file is encrypted</source>
        <translation>só se o arquivo da chave estiver criptografado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>pelo menos %1 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertDesk looks for the private key of this certificate in the folder below, checks that they belong together and writes key, certificate and chain into one file under a new passphrase.</source>
        <translation>O CertDesk procura a chave privada deste certificado na pasta abaixo, verifica se eles combinam e grava a chave, o certificado e a cadeia em um único arquivo com uma nova frase secreta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key folder</source>
        <translation>Pasta de chaves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the private key</source>
        <translation>Pasta com a chave privada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>Frase secreta da chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PKCS#12 file as</source>
        <translation>Salvar o arquivo PKCS#12 como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading the certificate and its chain…</source>
        <translation>Baixando o certificado e a cadeia…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>A nova frase secreta precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases differ.</source>
        <translation>As duas novas frases secretas são diferentes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the file.</source>
        <translation>Escolha onde salvar o arquivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; CertDesk never overwrites it. Choose another name.</source>
        <translation>%1 já existe; o CertDesk nunca o sobrescreve. Escolha outro nome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be downloaded: %1</source>
        <translation>Não foi possível baixar o certificado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral sent no certificate.</source>
        <translation>O CertCentral não enviou nenhum certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the private key and writing the file…</source>
        <translation>Procurando a chave privada e gravando o arquivo…</translation>
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
            <numerusform>%n chave dessa pasta pertence a outro certificado.</numerusform>
            <numerusform>%n chaves dessa pasta pertencem a outros certificados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No private key in %1 belongs to this certificate.%2</source>
        <translation>Nenhuma chave privada em %1 pertence a este certificado.%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1 with the key from %2.</source>
        <translation>%1 salvo com a chave de %2.</translation>
    </message>
</context>
<context>
    <name>PlacedOrder</name>
    <message>
        <location filename="../app/core/PlacedOrder.cpp" line="+20"/>
        <source>The reply has no order id</source>
        <translation>A resposta não tem id de pedido</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../app/core/PlainText.cpp" line="+23"/>
        <source>Character %1 is a control character (U+%2); only printable characters, line breaks and tabs are allowed.</source>
        <translation>O caractere %1 é um caractere de controle (U+%2); só são aceitos caracteres imprimíveis, quebras de linha e tabulações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 is a control character or line break (U+%2); only printable characters on one line are allowed.</source>
        <translation>O caractere %1 é um caractere de controle ou quebra de linha (U+%2); só são aceitos caracteres imprimíveis em uma só linha.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../app/security/PrivateKey.cpp" line="+45"/>
        <source>The %1 key could not be made: %2</source>
        <translation>Não foi possível gerar a chave %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The private key could not be read (wrong passphrase, or not a PEM private key): %1</source>
        <translation>Não foi possível ler a chave privada (frase secreta errada ou não é uma chave privada PEM): %1</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFinder</name>
    <message>
        <location filename="../app/security/PrivateKeyFinder.cpp" line="+20"/>
        <source>The certificate could not be read, so no key can be matched to it.</source>
        <translation>Não foi possível ler o certificado, então nenhuma chave pode ser associada a ele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large to be a private key</source>
        <translation>grande demais para ser uma chave privada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a PEM private key</source>
        <translation>não é uma chave privada PEM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted; a passphrase is needed to open it</source>
        <translation>criptografada; é preciso uma frase secreta para abri-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted; the passphrase does not open it</source>
        <translation>criptografada; a frase secreta não a abre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a private key OpenSSL can read</source>
        <translation>não é uma chave privada que o OpenSSL consiga ler</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/ProcessHardening.cpp" line="+15"/>
        <source>The process could not be made non-dumpable: %1</source>
        <translation>Não foi possível impedir que o processo gere despejos de memória: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core file size limit could not be set to zero: %1</source>
        <translation>Não foi possível definir como zero o tamanho máximo dos arquivos core: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core dumps are left to the system on this platform.</source>
        <translation>Nesta plataforma, os despejos de memória ficam a cargo do sistema.</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../app/core/Product.cpp" line="+39"/>
        <source>Domain validated (DV)</source>
        <translation>Validado por domínio (DV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wildcard</source>
        <translation>Wildcard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization validated (OV)</source>
        <translation>Validado por organização (OV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended validation (EV)</source>
        <translation>Validação estendida (EV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>Assinatura de código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV code signing</source>
        <translation>Assinatura de código EV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ordered in CertDesk</source>
        <translation>Não são pedidos no CertDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proves control of the names only; issued within minutes of DCV.</source>
        <translation>Comprova apenas o controle dos nomes; emitido minutos após a DCV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for every name one level under a domain (*.example.com).</source>
        <translation>Um certificado para todos os nomes um nível abaixo de um domínio (*.example.com).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also names your validated organization in the certificate.</source>
        <translation>Também indica sua organização validada no certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strictest organization check, with a verified contact&apos;s approval.</source>
        <translation>A verificação de organização mais rigorosa, com aprovação de um contato verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs software in your organization&apos;s name.</source>
        <translation>Assina software em nome da sua organização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing with extended validation, on a hardware token.</source>
        <translation>Assinatura de código com validação estendida, em um token de hardware.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document signing, Secure Email and private certificates are ordered in the CertCentral console.</source>
        <translation>Certificados de assinatura de documentos, Secure Email e privados são pedidos no console do CertCentral.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expected a JSON object for the product</source>
        <translation>Esperava-se um objeto JSON para o produto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The product has no name_id</source>
        <translation>O produto não tem name_id</translation>
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
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a profile name.</source>
        <translation>Informe um nome de perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name may have at most 64 characters (this one has %1).</source>
        <translation>Um nome de perfil pode ter no máximo 64 caracteres (este tem %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name must be printable characters on one line, without line breaks or control characters.</source>
        <translation>Um nome de perfil deve ter caracteres imprimíveis em uma só linha, sem quebras de linha nem caracteres de controle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the full API address, for example https://www.digicert.com/services/v2/.</source>
        <translation>Informe o endereço completo da API, por exemplo https://www.digicert.com/services/v2/.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https:// for %1: an API key must not travel unencrypted. Plain http:// is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>Use https:// para %1: uma chave de API não deve trafegar sem criptografia. http:// simples só é permitido para este computador (127.0.0.1 ou localhost).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// (got &quot;%1&quot;).</source>
        <translation>O endereço deve começar com https:// (recebido &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the API key from CertCentral (Automation &gt; API Keys).</source>
        <translation>Cole a chave de API do CertCentral (Automation &gt; API Keys).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has no spaces or line breaks inside; check that only the key was copied.</source>
        <translation>Uma chave de API não tem espaços nem quebras de linha; verifique se só a chave foi copiada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has only letters, digits and punctuation; this one has other characters.</source>
        <translation>Uma chave de API tem apenas letras, dígitos e pontuação; esta tem outros caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API key has at most 256 characters (this one has %1).</source>
        <translation>Uma chave de API tem no máximo 256 caracteres (esta tem %1).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/security/ProfileStore.cpp" line="+67"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;; escolha outro nome.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That profile no longer exists.</source>
        <translation>Esse perfil não existe mais.</translation>
    </message>
</context>
<context>
    <name>ReissueNamesPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.ui" line="+6"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash</source>
        <translation>Hash de assinatura</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.cpp" line="+13"/>
        <source>Names on the reissued certificate</source>
        <translation>Nomes no certificado reemitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from order %1. Add, remove or change names; one per line.</source>
        <translation>Preenchido a partir do pedido %1. Adicione, remova ou altere nomes; um por linha.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leaving the certificate: %1. CertCentral may revoke the order&apos;s earlier certificates within 72 hours of the reissue, so replace them everywhere first.</source>
        <translation>Saem do certificado: %1. O CertCentral pode revogar os certificados anteriores do pedido em até 72 horas após a reemissão; por isso, substitua-os em todos os lugares primeiro.</translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.ui" line="+6"/>
        <source>Prove control of</source>
        <translation>Comprovar o controle de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>O domínio base (cobre seus subdomínios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name exactly as requested</source>
        <translation>Cada nome exatamente como solicitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>Método de DCV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>Comentários para o aprovador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>Pular a aprovação (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.cpp" line="+13"/>
        <source>Domain validation and approval</source>
        <translation>Validação de domínio e aprovação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>Reemitir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s default</source>
        <translation>O padrão da conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the order has it (%1)</source>
        <translation>Como está no pedido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each name</source>
        <translation>cada nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base domain</source>
        <translation>domínio base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own, for example when only a subdomain is yours.</source>
        <translation>Domínio base: comprovar example.com também cobre shop.example.com. Cada nome: cada nome é comprovado separadamente, por exemplo quando só um subdomínio é seu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the order&apos;s</source>
        <translation>Manter o do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the order&apos;s (%1)</source>
        <translation>Manter o do pedido (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n nome sai do certificado: %1.&lt;/b&gt; Certificados anteriores deste pedido podem ser revogados em até 72 horas.</numerusform>
            <numerusform>&lt;b&gt;%n nomes saem do certificado: %1.&lt;/b&gt; Certificados anteriores deste pedido podem ser revogados em até 72 horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueProvisioningPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueProvisioningPage.cpp" line="+20"/>
        <source>Where will the new key live?</source>
        <translation>Onde a nova chave ficará?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code-signing certificate names the organization, not domains; the new key is made where it will be kept.</source>
        <translation>Um certificado de assinatura de código identifica a organização, não domínios; a nova chave é gerada onde será guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the order has it now</source>
        <translation>Como está atualmente no pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiCert ships a new hardware token</source>
        <translation>A DigiCert envia um novo token de hardware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token I already have (the key is made on it)</source>
        <translation>Um token que já tenho (a chave é gerada nele)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own HSM (I paste the CSR made there)</source>
        <translation>Meu próprio HSM (colo o CSR gerado nele)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSR from your HSM:</source>
        <translation>CSR do seu HSM:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-----BEGIN CERTIFICATE REQUEST-----</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As the order has it now (%1)</source>
        <translation>Como está atualmente no pedido (%1)</translation>
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
        <translation>Escolha o pedido emitido a reemitir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>Um produto wildcard requer um nome comum que comece com *., por exemplo *.example.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A certificate holds at most %1 names; this one has %2.</source>
        <translation>Um certificado comporta no máximo %1 nomes; este tem %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reissue needs a certificate signing request (CSR) for the new key.</source>
        <translation>Uma reemissão precisa de uma solicitação de assinatura de certificado (CSR) para a nova chave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>O hash de assinatura &quot;%1&quot; não é oferecido; use sha256, sha384 ou sha512.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server platform is a platform id, or -1 for other; got %1.</source>
        <translation>A plataforma do servidor é um id de plataforma, ou -1 para outra; recebido %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV scope &quot;%1&quot; is not known; use base_domain or fqdn, or leave it empty for the account&apos;s default.</source>
        <translation>Escopo de DCV &quot;%1&quot; desconhecido; use base_domain ou fqdn, ou deixe vazio para o padrão da conta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Método de DCV &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>A DCV por arquivo HTTP não comprova um nome wildcard (%1); use e-mail ou DNS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Os comentários têm no máximo %1 caracteres; estes têm %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisioning &quot;%1&quot; is not known; use ship_token, client_app or email, or leave it empty to keep the order&apos;s.</source>
        <translation>Provisionamento &quot;%1&quot; desconhecido; use ship_token, client_app ou email, ou deixe vazio para manter o do pedido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email provisioning (an HSM) needs a certificate signing request (CSR) for the new key.</source>
        <translation>O provisionamento por e-mail (um HSM) precisa de uma solicitação de assinatura de certificado (CSR) para a nova chave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSR goes only with email provisioning; with a token the key is made on the token.</source>
        <translation>Um CSR só é usado com provisionamento por e-mail; com um token, a chave é gerada no token.</translation>
    </message>
</context>
<context>
    <name>ReissueWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueWizard.cpp" line="+13"/>
        <source>Reissue order %1</source>
        <translation>Reemitir o pedido %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New key and CSR</source>
        <translation>Nova chave e CSR</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>&lt;b&gt;Reissue requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;Reemissão solicitada.&lt;/b&gt; A solicitação %1 aguarda aprovação na página Solicitações.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Reemissão enviada&lt;/b&gt; para o pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiCert ships a new token; the order&apos;s details show its progress.</source>
        <translation>A DigiCert envia um novo token; os detalhes do pedido mostram o andamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the new certificate on the token or HSM with DigiCert&apos;s tools once it is issued.</source>
        <translation>Quando o novo certificado for emitido, instale-o no token ou HSM com as ferramentas da DigiCert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Reissue rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;Reemissão rejeitada.&lt;/b&gt; A solicitação %1 foi rejeitada; consulte a página Solicitações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;Reemissão enviada&lt;/b&gt; como solicitação %1. O CertCentral não informou se ela aguarda aprovação; a página Solicitações mostra isso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>&lt;b&gt;Reemissão enviada&lt;/b&gt; para o pedido %1. O CertCentral não informou se ela aguarda aprovação; os detalhes do pedido mostram isso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1: new certificate %2.</source>
        <translation>&lt;b&gt;Reemissão aceita&lt;/b&gt; para o pedido %1: novo certificado %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1.</source>
        <translation>&lt;b&gt;Reemissão aceita&lt;/b&gt; para o pedido %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove control of the names with this random value (DNS TXT record or file, as the order&apos;s DCV method says): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Comprove o controle dos nomes com este valor aleatório (registro DNS TXT ou arquivo, conforme o método de DCV do pedido): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that still need DCV are listed on the order&apos;s Names and DCV tab.</source>
        <translation>Os nomes que ainda precisam de DCV estão listados na aba Nomes e DCV do pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your new private key: %1</source>
        <translation>Sua nova chave privada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier certificates with %1 may be revoked within 72 hours.</source>
        <translation>Certificados anteriores com %1 podem ser revogados em até 72 horas.</translation>
    </message>
</context>
<context>
    <name>RequestDecision</name>
    <message>
        <location filename="../app/core/RequestDecision.cpp" line="+24"/>
        <source>Choose the request to decide (a positive number).</source>
        <translation>Escolha a solicitação a decidir (um número positivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the request is rejected: the requester sees the comment.</source>
        <translation>Diga por que a solicitação é rejeitada: o solicitante vê o comentário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment has at most %1 characters; this one has %2.</source>
        <translation>O comentário tem no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 was already approved by someone else</source>
        <translation>A solicitação %1 já foi aprovada por outra pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2</source>
        <translation>A solicitação %1 já foi aprovada por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2 on %3</source>
        <translation>A solicitação %1 já foi aprovada por %2 em %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already rejected by someone else</source>
        <translation>A solicitação %1 já foi rejeitada por outra pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2</source>
        <translation>A solicitação %1 já foi rejeitada por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2 on %3</source>
        <translation>A solicitação %1 já foi rejeitada por %2 em %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already decided by someone else</source>
        <translation>A solicitação %1 já foi decidida por outra pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2</source>
        <translation>A solicitação %1 já foi decidida por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2 on %3</source>
        <translation>A solicitação %1 já foi decidida por %2 em %3</translation>
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
        <translation>%1 (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <location filename="../ui/requests/RequestDecisionDialog.cpp" line="+31"/>
        <source>Approve requests</source>
        <translation>Aprovar solicitações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject requests</source>
        <translation>Rejeitar solicitações</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>Aprovar %n solicitação? Uma solicitação aprovada segue imediatamente para o CertCentral e não pode ser desfeita aqui.</numerusform>
            <numerusform>Aprovar %n solicitações? Uma solicitação aprovada segue imediatamente para o CertCentral e não pode ser desfeita aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>Rejeitar %n solicitação? O solicitante verá seu comentário; uma solicitação rejeitada não pode ser reaberta.</numerusform>
            <numerusform>Rejeitar %n solicitações? O solicitante verá seu comentário; uma solicitação rejeitada não pode ser reaberta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: the approval request&apos;s number; &quot;What&quot;: what it asks for.</extracomment>
        <translation>Solicitação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Descrição</translation>
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
        <translation>&amp;Comentário para o solicitante (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the requester (required):</source>
        <translation>&amp;Motivo para o solicitante (obrigatório):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: approved for the Q3 web rollout</source>
        <translation>Por exemplo: aprovado para a implantação web do 3º trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: use the wildcard order 1234 instead</source>
        <translation>Por exemplo: use o pedido wildcard 1234 em vez disso</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>Aprovar %n solicitação</numerusform>
            <numerusform>Aprovar %n solicitações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>Rejeitar %n solicitação</numerusform>
            <numerusform>Rejeitar %n solicitações</numerusform>
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
        <translation>Aprovada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known whether it was sent: %1. Refresh the list before trying again.</source>
        <translation>Não se sabe se foi enviada: %1. Atualize a lista antes de tentar novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
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
            <numerusform>%n solicitação aprovada.</numerusform>
            <numerusform>%n solicitações aprovadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n solicitação rejeitada.</numerusform>
            <numerusform>%n solicitações rejeitadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>%n já tinha sido decidida por outra pessoa; a lista foi atualizada.</numerusform>
            <numerusform>%n já tinham sido decididas por outra pessoa; a lista foi atualizada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n não pôde ser enviada; veja a coluna Resultado.</numerusform>
            <numerusform>%n não puderam ser enviadas; veja a coluna Resultado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailsPane.cpp" line="+57"/>
        <source>Request</source>
        <extracomment>The tab with the approval request itself (who asked, when and why).</extracomment>
        <translation>Solicitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Solicitada em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s comment</source>
        <translation>Comentário do solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver&apos;s comment</source>
        <translation>Comentário do aprovador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation reason</source>
        <translation>Motivo da revogação</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Divisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization validation</source>
        <translation>Validação da organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the CSR</source>
        <translation>Nomes no CSR</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Selecione uma solicitação para ver o que ela pede.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request could not be loaded: %1</source>
        <translation>Não foi possível carregar a solicitação: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order could not be loaded: %1</source>
        <translation>Não foi possível carregar o pedido: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization could not be loaded: %1</source>
        <translation>Não foi possível carregar a organização: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1: %2</source>
        <translation>Solicitação %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2 for %3</source>
        <translation>Solicitação %1: %2 para %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
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
        <translation>Não informado pelo CertCentral</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A revocation carries no CSR.</source>
        <translation>Uma revogação não tem CSR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not return the CSR.</source>
        <translation>O CertCentral não retornou o CSR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSR could not be read: %1</source>
        <translation>Não foi possível ler o CSR: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: CertCentral will refuse this CSR</source>
        <translation>Inválida: o CertCentral recusará este CSR</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
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
        <translation>%1 até %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not validated yet</source>
        <translation>Ainda não validada</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../models/RequestsModel.cpp" line="+68"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>Solicitada em</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common name</source>
        <translation>Nome comum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/requests/RequestsScreen.cpp" line="+32"/>
        <source>Approve…</source>
        <translation>Aprovar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests</source>
        <extracomment>The approvals queue: requests for certificates waiting for an approver.</extracomment>
        <translation>Solicitações</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>You can follow your own requests here. %1</source>
        <translation>Aqui você pode acompanhar suas próprias solicitações. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select one or more pending requests</source>
        <translation>Selecione uma ou mais solicitações pendentes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>Só solicitações pendentes podem ser decididas; %n solicitação selecionada já foi decidida.</numerusform>
            <numerusform>Só solicitações pendentes podem ser decididas; %n solicitações selecionadas já foram decididas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected requests</source>
        <translation>Aprovar as solicitações selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected requests with a reason</source>
        <translation>Rejeitar as solicitações selecionadas com um motivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request to see what it asks for.</source>
        <translation>Selecione uma solicitação para ver o que ela pede.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n solicitação selecionada.</numerusform>
            <numerusform>%n solicitações selecionadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading requests…</source>
        <translation>Carregando solicitações…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The requests could not be loaded: %1</source>
        <translation>Não foi possível carregar as solicitações: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be loaded.</source>
        <translation>Não foi possível carregar a lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No requests yet.</source>
        <translation>Ainda não há solicitações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match the filters.</source>
        <translation>Nenhuma solicitação corresponde aos filtros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request(s), %2 waiting for a decision</source>
        <translation>Solicitações: %1; aguardando decisão: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only part of the list was loaded; refresh to try again.</source>
        <translation>Só parte da lista foi carregada; atualize para tentar novamente.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>%n solicitação já tinha sido decidida por outra pessoa nesse meio-tempo; a lista agora mostra o status dela.</numerusform>
            <numerusform>%n solicitações já tinham sido decididas por outra pessoa nesse meio-tempo; a lista agora mostra o status delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>Não foi possível enviar %n decisão; a caixa de diálogo mostra o motivo.</numerusform>
            <numerusform>Não foi possível enviar %n decisões; a caixa de diálogo mostra os motivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeConfirmPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.ui" line="+7"/>
        <source>Skip approval (administrators)</source>
        <translation>Pular a aprovação (administradores)</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.cpp" line="+13"/>
        <source>Confirm the revocation</source>
        <translation>Confirmar a revogação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke &lt;b&gt;every certificate on order %1&lt;/b&gt; (%2).</source>
        <translation>Revogar &lt;b&gt;todos os certificados do pedido %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke &lt;b&gt;the certificate with serial number %1&lt;/b&gt; for %2.</source>
        <translation>Revogar &lt;b&gt;o certificado com número de série %1&lt;/b&gt; para %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke &lt;b&gt;certificate %1&lt;/b&gt; for %2, serial %3.</source>
        <translation>Revogar &lt;b&gt;o certificado %1&lt;/b&gt; para %2, número de série %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromised at: %1 (sent as %2)</source>
        <translation>Chave comprometida em: %1 (enviado como %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: %1</source>
        <translation>Comentários: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Digite &lt;b&gt;%1&lt;/b&gt; para confirmar:</translation>
    </message>
</context>
<context>
    <name>RevokeDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.ui" line="+6"/>
        <source>I know when the private key was compromised</source>
        <translation>Sei quando a chave privada foi comprometida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the order in CertCentral</source>
        <translation>Abrir o pedido no CertCentral</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.cpp" line="+18"/>
        <source>When was the key compromised?</source>
        <translation>Quando a chave foi comprometida?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relying parties may treat what was signed before this time as trustworthy.</source>
        <translation>As partes confiantes podem considerar confiável o que foi assinado antes deste momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CertCentral API has no field for this date: CertDesk writes it as the first line of the revocation comment (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). In the CertCentral console the date has its own field.</source>
        <translation>A API do CertCentral não tem campo para esta data: o CertDesk a grava como a primeira linha do comentário de revogação (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). No console do CertCentral, a data tem um campo próprio.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earliest allowed: %1 UTC (%2).</source>
        <translation>Mais cedo permitido: %1 UTC (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time is in UTC.</source>
        <translation>O horário está em UTC.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+26"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>a data de emissão mais recente dos certificados do pedido</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>the certificate&apos;s issue date</source>
        <translation>a data de emissão do certificado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Code signing: signatures made before this time stay valid; those made after it do not. Java ignores the date and treats every signature as invalid.</source>
        <translation>Assinatura de código: assinaturas feitas antes deste momento continuam válidas; as feitas depois, não. O Java ignora a data e trata todas as assinaturas como inválidas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key cannot have been compromised before %1, %2. Choose that time or later.</source>
        <translation>A chave não pode ter sido comprometida antes deste momento: %1, %2. Escolha esse momento ou um posterior.</translation>
    </message>
</context>
<context>
    <name>RevokeReasonPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.ui" line="+6"/>
        <source>Revoke</source>
        <extracomment>Label before the choice of what to revoke: this certificate, a serial number, or the whole order.</extracomment>
        <translation>Revogar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.cpp" line="+11"/>
        <source>What to revoke, and why</source>
        <translation>O que revogar e por quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation cannot be undone: browsers stop trusting the certificate.</source>
        <translation>A revogação não pode ser desfeita: os navegadores deixam de confiar no certificado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This certificate: %1, serial %2</source>
        <translation>Este certificado: %1, número de série %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every certificate on order %1, duplicates and reissues included</source>
        <translation>Todos os certificados do pedido %1, incluindo duplicatas e reemissões</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate in the file: %1, serial %2</source>
        <translation>O certificado do arquivo: %1, número de série %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate loaded from a file is revoked by its serial number alone.</source>
        <translation>Um certificado carregado de um arquivo é revogado apenas pelo número de série.</translation>
    </message>
</context>
<context>
    <name>RevokeRequest</name>
    <message>
        <location filename="../app/core/RevokeRequest.cpp" line="+80"/>
        <source>Name the certificate to revoke by its id (a positive number).</source>
        <translation>Indique o certificado a revogar pelo id (um número positivo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons allowed); got &quot;%1&quot;.</source>
        <translation>Um número de série tem de 2 a 40 dígitos hexadecimais (0-9, A-F, dois-pontos permitidos); recebido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the order whose certificates to revoke (a positive number).</source>
        <translation>Indique o pedido cujos certificados serão revogados (um número positivo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revocation reason &quot;%1&quot; is not known; use one of: %2</source>
        <translation>Motivo de revogação &quot;%1&quot; desconhecido; use um destes: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date goes only with the reason keyCompromise, not %1.</source>
        <translation>A data de comprometimento da chave só é usada com o motivo keyCompromise, não com %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date may not be before %1 (%2); got %3.</source>
        <translation>A data de comprometimento da chave não pode ser anterior a %1 (%2); recebido %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key compromise date may not be in the future (now is %1); got %2.</source>
        <translation>A data de comprometimento da chave não pode estar no futuro (agora é %1); recebido %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments have at most %1 characters with the key compromise date line; these have %2.</source>
        <translation>Os comentários têm no máximo %1 caracteres com a linha da data de comprometimento da chave; estes têm %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>a data de emissão mais recente dos certificados do pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s issue date</source>
        <translation>a data de emissão do certificado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>Os comentários têm no máximo %1 caracteres; estes têm %2.</translation>
    </message>
</context>
<context>
    <name>RevokeWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeWizard.cpp" line="+14"/>
        <source>Revoke %1</source>
        <translation>Revogar %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revoke certificate %1</source>
        <translation>Revogar o certificado %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key compromise</source>
        <translation>Comprometimento da chave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>Cessação de operação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>Afiliação alterada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Substituído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>Não especificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key was lost, stolen or seen by someone who should not have it.</source>
        <translation>A chave privada foi perdida, roubada ou vista por alguém que não deveria tê-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names are no longer used, or the service was shut down.</source>
        <translation>Os nomes não são mais usados, ou o serviço foi desativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s name or relationship to the names changed.</source>
        <translation>O nome da organização ou a relação dela com os nomes mudou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new certificate replaces this one; nothing was compromised.</source>
        <translation>Um novo certificado substitui este; nada foi comprometido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the others applies, or you prefer not to say.</source>
        <translation>Nenhum dos outros se aplica, ou você prefere não dizer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every certificate on order %1</source>
        <translation>todos os certificados do pedido %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate with serial number %1 (%2)</source>
        <translation>o certificado com número de série %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1 (%2)</source>
        <translation>o certificado %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral recorded it on %1 UTC.</source>
        <translation>O CertCentral a registrou em %1 UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revocation requested&lt;/b&gt; for %1. Request %2 waits for an administrator&apos;s approval on the Requests page; the certificate stays valid until then.</source>
        <translation>&lt;b&gt;Revogação solicitada&lt;/b&gt; para %1. A solicitação %2 aguarda a aprovação de um administrador na página Solicitações; até lá, o certificado continua válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Revoked&lt;/b&gt;: %1, reason %2.</source>
        <translation>&lt;b&gt;Revogado&lt;/b&gt;: %1, motivo: %2.</translation>
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
        <translation>Gerente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance manager</source>
        <translation>Gerente financeiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard user</source>
        <translation>Usuário padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited user</source>
        <translation>Usuário limitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only</source>
        <translation>Somente visualização</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restricted key</source>
        <translation>chave restrita</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CertCentral refused a change that your role allows, so this API key is restricted (View Only, or to some areas). Sign in with a key that has more rights to do this.</source>
        <translation>O CertCentral recusou uma alteração que sua função permite, então esta chave de API é restrita (somente visualização, ou limitada a algumas áreas). Entre com uma chave com mais permissões para fazer isso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CertCentral user has no access role.</source>
        <translation>Seu usuário do CertCentral não tem função de acesso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your API key may only view; ask an administrator for a key with ordering rights.</source>
        <translation>Sua chave de API só permite visualizar; peça a um administrador uma chave com permissão para fazer pedidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may skip approval.</source>
        <translation>Só administradores podem pular a aprovação.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers approve or reject requests.</source>
        <translation>Só administradores e gerentes aprovam ou rejeitam solicitações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers see the account&apos;s funds.</source>
        <translation>Só administradores e gerentes financeiros veem os fundos da conta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers move funds between divisions.</source>
        <translation>Só administradores e gerentes financeiros transferem fundos entre divisões.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators delete domains and organizations.</source>
        <translation>Só administradores excluem domínios e organizações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers manage domains and organizations.</source>
        <translation>Só administradores e gerentes gerenciam domínios e organizações.</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../app/api/SandboxLauncher.cpp" line="+29"/>
        <source>Could not start %1: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>O sandbox parou antes de ficar pronto (código de saída %1): %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sandbox did not announce its address within %1 ms</source>
        <translation>O sandbox não informou seu endereço em %1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected first line from the sandbox: %1</source>
        <translation>Primeira linha inesperada do sandbox: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox announced an invalid address: %1</source>
        <translation>O sandbox informou um endereço inválido: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+40"/>
        <source>The sandbox could not be started: %1</source>
        <translation>Não foi possível iniciar o sandbox: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome to CertDesk. Sign in with an API key from CertCentral, or try the sandbox: a local CertCentral with sample data.</source>
        <translation>Bem-vindo ao CertDesk. Entre com uma chave de API do CertCentral ou experimente o sandbox: um CertCentral local com dados de exemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>Você não está conectado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>Lendo a chave de API de %1 no chaveiro…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no API key in the keychain. Sign in to add one.</source>
        <translation>%1 não tem chave de API no chaveiro. Entre para adicionar uma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Experimentar o sandbox</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando o sandbox…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New name for the profile:</source>
        <translation>Novo nome do perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new key replaces the old one in the keychain once CertCentral has accepted it.</source>
        <translation>A nova chave substitui a antiga no chaveiro assim que o CertCentral a aceitar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was stopped.</source>
        <translation>O sandbox foi parado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1?

The API key is removed from this computer&apos;s keychain. To sign in again you will need the key from CertCentral.</source>
        <translation>Sair de %1?

A chave de API é removida do chaveiro deste computador. Para entrar novamente, você precisará da chave do CertCentral.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out of %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer?

Nothing changes in CertCentral.</source>
        <translation>Remover o perfil %1 e sua chave de API deste computador?

Nada muda no CertCentral.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile %1 was removed.</source>
        <translation>O perfil %1 foi removido.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+40"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>Experimentar o sandbox</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to CertCentral</source>
        <translation>Entrar no CertCentral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the API key of %1</source>
        <translation>Alterar a chave de API de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example: Acme (US)</source>
        <translation>Por exemplo: Acme (US)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: a PEM file with your sandbox&apos;s or proxy&apos;s CA</source>
        <translation>Opcional: um arquivo PEM com a CA do seu sandbox ou proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key from CertCentral: Automation &gt; API Keys</source>
        <translation>Cole a chave do CertCentral: Automation &gt; API Keys</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Ocultar a chave</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Profile &amp;name</source>
        <translation>&amp;Nome do perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service</source>
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL</source>
        <translation>&amp;URL da API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA</source>
        <translation>CA confiável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(kept from the profile)</source>
        <translation>(mantida do perfil)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trusted CA certificate</source>
        <translation>Certificado de CA confiável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 não contém nenhum certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Já existe um perfil chamado &quot;%1&quot;; escolha outro nome.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>Conectado como %1 &lt;%2&gt;, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>sem função</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Storing the key in the keychain…</source>
        <translation>Armazenando a chave no chaveiro…</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../app/core/StatusChange.cpp" line="+14"/>
        <source>Expected a JSON object with &quot;orders&quot;</source>
        <translation>Esperava-se um objeto JSON com &quot;orders&quot;</translation>
    </message>
</context>
<context>
    <name>SubmitOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/SubmitOrganizationDialog.cpp" line="+25"/>
        <source>Loading verified contacts…</source>
        <translation>Carregando contatos verificados…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit %1 for validation</source>
        <translation>Enviar %1 para validação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the validations to request. Those already completed are renewed; EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>Escolha as validações a solicitar. As já concluídas são renovadas; EV, CS e EV CS precisam de um contato verificado que as aprove.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (now: %2)</source>
        <translation>%1 (atual: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved by (EV, CS, EV CS):</source>
        <translation>Aprovado por (EV, CS, EV CS):</translation>
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
        <translation>Esta organização ainda não tem contatos verificados; adicione um na página Contatos verificados antes de solicitar EV ou assinatura de código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None checked: CertCentral asks the organization&apos;s verified contacts.</source>
        <translation>Nenhum marcado: o CertCentral consulta os contatos verificados da organização.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verified contacts could not be loaded: %1</source>
        <translation>Não foi possível carregar os contatos verificados: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose OV, EV, CS or EV CS to submit.</source>
        <translation>Escolha OV, EV, CS ou EV CS para enviar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CertCentral did not accept the request: %1</source>
        <translation>O CertCentral não aceitou a solicitação: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
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
        <translation>O certificado do servidor expirou em %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>O certificado do servidor não é válido antes de %1; verifique o relógio deste computador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>O certificado do servidor é para %1, não para %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts. For a sandbox or a company proxy, add its CA certificate to the profile.</source>
        <translation>O certificado do servidor não foi assinado por uma autoridade certificadora em que este computador confia. Para um sandbox ou um proxy corporativo, adicione o certificado da CA dele ao perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>O certificado do servidor foi revogado.</translation>
    </message>
</context>
<context>
    <name>TokenShipment</name>
    <message>
        <location filename="../app/core/TokenShipment.cpp" line="+17"/>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the street address</source>
        <translation>o endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>a cidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state or region</source>
        <translation>o estado ou região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>o CEP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %1 for the token&apos;s shipment.</source>
        <translation>Informe %1 para o envio do token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipping country is its two-letter code, for example US.</source>
        <translation>O país de envio é o código de duas letras, por exemplo US.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping is STANDARD or EXPEDITED.</source>
        <translation>O envio é STANDARD ou EXPEDITED.</translation>
    </message>
</context>
<context>
    <name>TransferFundsDialog</name>
    <message>
        <location filename="../ui/finance/TransferFundsDialog.cpp" line="+37"/>
        <location line="+73"/>
        <location line="+154"/>
        <source>Move funds</source>
        <translation>Transferir fundos</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Moves funds from one division to another at once. CertCentral allows it when separate division funds are enabled (Finances &gt; Settings in the console), and moves whole amounts only.</source>
        <translation>Transfere fundos de uma divisão para outra imediatamente. O CertCentral permite isso quando os fundos separados por divisão estão ativados (Finances &gt; Settings no console) e só transfere valores inteiros.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole amount, for example 1000</source>
        <translation>Um valor inteiro, por exemplo 1000</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Available: %1</source>
        <translation>Disponível: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: not known (unlimited, or the balance did not load)</source>
        <translation>Disponível: desconhecido (ilimitado, ou o saldo não foi carregado)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them back.</source>
        <translation>Transferir %1 de %2 para %3? O CertCentral transfere os fundos imediatamente; para desfazer, transfira-os de volta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving…</source>
        <translation>Transferindo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved %1 from %2 to %3. The balances are updated.</source>
        <translation>Transferência de %1 de %2 para %3 concluída. Os saldos foram atualizados.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not known whether the funds moved: %1 Look at the balances and the balance history before moving them again.</source>
        <translation>Não se sabe se os fundos foram transferidos: %1 Confira os saldos e o histórico de saldo antes de transferi-los novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertCentral did not move the funds: %1</source>
        <translation>O CertCentral não transferiu os fundos: %1</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/UserInfo.cpp" line="+48"/>
        <source>Expected a JSON object for the user</source>
        <translation>Esperava-se um objeto JSON para o usuário</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user has no id, name or email</source>
        <translation>O usuário não tem id, nome ou e-mail</translation>
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
        <translation>%1 ramal %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validations</source>
        <translation>Validações</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message>
        <location filename="../ui/organizations/VerifiedContactsScreen.cpp" line="+25"/>
        <source>Add verified contacts…</source>
        <translation>Adicionar contatos verificados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified contacts</source>
        <translation>Contatos verificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading organizations…</source>
        <translation>Carregando organizações…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add people who may approve EV and code-signing orders (at most %1 at a time)</source>
        <translation>Adicionar pessoas que podem aprovar pedidos EV e de assinatura de código (no máximo %1 por vez)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>Não foi possível carregar as organizações: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No organizations</source>
        <translation>Nenhuma organização</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the verified contacts of %1…</source>
        <translation>Carregando os contatos verificados de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no verified contacts yet.</source>
        <translation>%1 ainda não tem contatos verificados.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>%Ln contato verificado</numerusform>
            <numerusform>%Ln contatos verificados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verified contacts of %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar os contatos verificados de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%Ln contato verificado adicionado a %1; fica pendente até o CertCentral verificá-lo.</numerusform>
            <numerusform>%Ln contatos verificados adicionados a %1; cada um fica pendente até o CertCentral verificá-lo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Desktop client for DigiCert CertCentral</source>
        <translation>Cliente de desktop para o DigiCert CertCentral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a seeded local sandbox and sign in to it.</source>
        <translation>Iniciar um sandbox local com dados de exemplo e entrar nele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders the sandbox seeds (default 5000).</source>
        <translation>Número de pedidos criados no sandbox (padrão 5000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect once to this API base URL with the key in CERTDESK_API_KEY, without a profile.</source>
        <translation>Conectar uma vez a esta URL base da API com a chave em CERTDESK_API_KEY, sem perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra CA certificate (PEM) to trust for --api-url.</source>
        <translation>Certificado de CA adicional (PEM) a confiar para --api-url.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the log to this file (keys are redacted).</source>
        <translation>Gravar também o log neste arquivo (as chaves são ocultadas).</translation>
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
        <translation>--ca-file %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sandbox-orders must be a whole number from 0 to 200000.</source>
        <translation>--sandbox-orders deve ser um número inteiro de 0 a 200000.</translation>
    </message>
</context>
</TS>
