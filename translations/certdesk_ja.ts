<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/AboutDialog.cpp" line="+15"/>
        <source>Qt %1 (built with %2), %3, QtKeychain %4</source>
        <translation>Qt %1（%2 でビルド）、%3、QtKeychain %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About CertDesk</source>
        <translation>CertDesk について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A desktop client for the DigiCert CertCentral Services API: orders, domains, organizations, approvals and finance.</source>
        <translation>DigiCert CertCentral Services API 用のデスクトップクライアントです: 注文、ドメイン、組織、承認、財務。</translation>
    </message>
</context>
<context>
    <name>AccountBalance</name>
    <message>
        <location filename="../app/core/AccountBalance.cpp" line="+14"/>
        <source>The reply has no balance</source>
        <translation>応答に残高がありません</translation>
    </message>
</context>
<context>
    <name>AddDomainDialog</name>
    <message>
        <location filename="../ui/domains/AddDomainDialog.cpp" line="+26"/>
        <source>OV: organization validation</source>
        <translation>OV: 組織認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: 拡張認証</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+148"/>
        <source>Add domain</source>
        <translation>ドメインを追加</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for</source>
        <translation>申請する検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV方式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentralがドメインのWHOISアドレスと構成アドレスにメールを送信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>サイトの /.well-known/pki-validation/ にファイルを配置します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will add a DNS record; DCV instructions on the Domains page say which.</source>
        <translation>DNSレコードを追加します。追加するレコードは［ドメイン］ページのDCV手順で確認できます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading organizations…</source>
        <translation>組織を読み込み中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organizations could not be loaded</source>
        <translation>組織を読み込めませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No organizations yet</source>
        <translation>組織がまだありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an organization first: every domain belongs to one.</source>
        <translation>先に組織を作成してください。すべてのドメインはいずれかの組織に属します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 is already in this account; find it in the list instead.</source>
        <translation>%1 はこのアカウントに既に存在します。一覧から探してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
</context>
<context>
    <name>AddVerifiedContactsDialog</name>
    <message>
        <location filename="../ui/organizations/AddVerifiedContactsDialog.cpp" line="+33"/>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rows</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add verified contacts to %1</source>
        <translation>%1 に検証済み担当者を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an e-mail address, a job title and a telephone number; CertCentral checks them before they can approve. At most %2 in one request.</source>
        <translation>%1 の検証済み担当者は、EV注文とコードサイニング注文を承認します。各担当者には氏名、メールアドレス、役職、電話番号が必要です。承認できるようになる前にCertCentralが確認します。1回のリクエストで最大%2人まで追加できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+190"/>
        <source>Ext.</source>
        <translation>内線</translation>
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
        <translation>スプレッドシートからコピーした行: 名、姓、メール、役職、電話番号、内線をタブまたはカンマで区切ったもの</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+217"/>
        <source>Add contacts</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>%1 of at most %2 rows</source>
        <translation>%1 / 最大%2行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; add the rest afterwards.</source>
        <translation>1回のリクエストで追加できる新しい検証済み担当者は最大%1人です。残りは後で追加してください。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Validation types</source>
        <translation>検証の種類</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1, %2: %3</source>
        <translation>%1行目、%2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>…and %1 more problems (marked in the table).</source>
        <translation>…ほかに%1件の問題があります（表内に表示）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CertCentral did not add the contacts: %1</source>
        <translation>CertCentralは担当者を追加しませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+122"/>
        <source>the reply had no content type, not JSON</source>
        <translation>応答にコンテンツタイプがなく、JSON ではありませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply was %1, not JSON</source>
        <translation>応答は %1 で、JSON ではありませんでした</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="+66"/>
        <source>No complete answer within %1 seconds</source>
        <translation>%1秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+65"/>
        <source>Canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The connection closed before CertCentral answered</source>
        <translation>CertCentralが応答する前に接続が切断されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>It is not known whether the request was carried out: check before sending it again.</source>
        <translation>リクエストが実行されたかどうかは不明です。再送信する前に確認してください。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>CertCentral could not be reached</source>
        <translation>CertCentralに接続できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and the network connection, then try again.</source>
        <translation>アドレスとネットワーク接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to CertCentral failed</source>
        <translation>CertCentralへのセキュア接続に失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral did not answer in time</source>
        <translation>CertCentralが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again; if it keeps happening, check the network or proxy.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、ネットワークまたはプロキシを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CertCentral sent an answer CertDesk could not read</source>
        <translation>CertCentralからCertDeskが読み取れない応答が返されました</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CertCentral did not accept the API key (HTTP 403)</source>
        <translation>CertCentralがAPIキーを受け付けませんでした（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the whole key was copied and that it is still active in CertCentral (Automation &gt; API Keys).</source>
        <translation>キー全体がコピーされているか、CertCentralでまだ有効か（Automation &gt; API Keys）を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your CertCentral role does not allow this (HTTP 403)</source>
        <translation>CertCentralでのあなたのロールではこの操作は許可されていません（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an administrator to do it, or for a key with this permission.</source>
        <translation>管理者に操作を依頼するか、この権限を持つキーを依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided, by someone else or earlier (HTTP %1)</source>
        <translation>このリクエストは、他のユーザーまたは以前の操作によってすでに処理されています（HTTP %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the list of requests to see the decision.</source>
        <translation>リクエストの一覧を再読み込みして、結果を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card was declined (HTTP %1)</source>
        <translation>カードが拒否されました（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was charged. Use another card or the payment profile.</source>
        <translation>請求は行われていません。別のカードか支払いプロファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP 403)</source>
        <translation>CertCentralがリクエストを拒否しました（HTTP 403）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asked CertDesk to slow down (HTTP 429)</source>
        <translation>CertCentralからリクエスト頻度を下げるよう求められました（HTTP 429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again.</source>
        <translation>数秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral is unavailable (HTTP %1)</source>
        <translation>CertCentralを利用できません（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral refused the request (HTTP %1)</source>
        <translation>CertCentralがリクエストを拒否しました（HTTP %1）</translation>
    </message>
</context>
<context>
    <name>ApprovalRequest</name>
    <message>
        <location filename="../app/core/ApprovalRequest.cpp" line="+29"/>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new order</source>
        <translation>新規注文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The reply is not a request with an id</source>
        <translation>応答がID付きのリクエストではありません</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryModel</name>
    <message>
        <location filename="../models/BalanceHistoryModel.cpp" line="+45"/>
        <source>These funds expire on %1</source>
        <translation>この資金の有効期限は %1 です</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Division</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance after</source>
        <translation>取引後の残高</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryQuery</name>
    <message>
        <location filename="../app/core/BalanceHistoryQuery.cpp" line="+16"/>
        <source>%1: &quot;%2&quot; is not a date; use YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>%1: 「%2」は日付ではありません。YYYY-MM-DD 形式で指定してください（例: 2026-01-31）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>%1: %2 is before %3, the earliest date CertDesk asks for.</source>
        <translation>%1: %2 は、CertDesk が照会する最も古い日付（%3）より前です。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1: %2 is in the future; the history ends today (%3).</source>
        <translation>%1: %2 は未来の日付です。履歴は今日（%3）までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is before %3 (%4).</source>
        <translation>%1: %2 は「%3」（%4）より前です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Division: a container id is a positive number.</source>
        <translation>部署: コンテナIDは正の数である必要があります。</translation>
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
        <translation>今日</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+144"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Balance history</source>
        <translation>残高履歴</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Division:</source>
        <translation>部署:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your division</source>
        <translation>自分の部署</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading the balance history…</source>
        <translation>残高履歴を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n adjustment(s)</source>
        <translation>
            <numerusform>%n件の取引</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No adjustments match these filters.</source>
        <translation>これらの条件に一致する取引はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adjustments in this division&apos;s history.</source>
        <translation>この部署の履歴に取引はありません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The balance history could not be loaded: %1</source>
        <translation>残高履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export the balance history</source>
        <translation>残高履歴のエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The balance history could not be saved to %1: %2</source>
        <translation>残高履歴を %1 に保存できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n adjustment(s) to %1.</source>
        <translation>
            <numerusform>%n件の取引を %1 に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../models/BalancesModel.cpp" line="+35"/>
        <source>Not available</source>
        <translation>取得できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may run an unlimited negative balance.</source>
        <translation>%1 はマイナス残高を無制限に利用できます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Division</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices</source>
        <translation>未払いの請求書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>マイナス残高の上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit used by other divisions</source>
        <translation>他の部署が使用したクレジット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>利用可能な資金</translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../ui/orders/CancelOrderDialog.cpp" line="+23"/>
        <source>Cancel order %1</source>
        <translation>注文 %1 をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1 (%2)? Nothing more is issued for it and a pending request is rejected. This cannot be undone.</source>
        <translation>注文 %1（%2）をキャンセルしますか？この注文ではこれ以上何も発行されず、保留中のリクエストは却下されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why (required; CertCentral keeps it with the order)</source>
        <translation>理由（必須。CertCentral が注文とともに記録します）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>注文をキャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the order</source>
        <translation>注文を維持</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The answer was lost; reload the order to see whether it was canceled before trying again.</source>
        <translation>応答が失われました。再試行する前に、注文を再読み込みしてキャンセルされたかどうかを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not canceled: %1</source>
        <translation>キャンセルされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CertificateDownloadCall</name>
    <message>
        <location filename="../app/api/CertificateEndpoints.cpp" line="+24"/>
        <source>The download holds no PEM certificate</source>
        <translation>ダウンロードにPEM証明書が含まれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate could not be converted to DER</source>
        <translation>証明書をDERに変換できませんでした</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The download is not a PKCS#7 structure</source>
        <translation>ダウンロードはPKCS#7構造ではありません</translation>
    </message>
</context>
<context>
    <name>ChangeNotice</name>
    <message>
        <location filename="../models/ChangeNotice.cpp" line="+15"/>
        <source>order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate issued: %1 (order %2)</source>
        <translation>証明書を発行しました: %1（注文 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expires on %2 (order %3)</source>
        <translation>%1 は%2に期限切れになります（注文 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) is now %3</source>
        <translation>注文 %1（%2）のステータスが「%3」になりました</translation>
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
        <translation>使用法: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]
                    [--log-file FILE] [--verbose] VERB ...

動詞:
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
APIキーは、OSのキーチェーン内のプロファイルのエントリ（--profile またはアクティブな
プロファイル）か、環境変数 CERTDESK_API_KEY から取得します。コマンドラインからは取得しません。
profile add と set-key は、CERTDESK_API_KEY または標準入力（端末ではエコーなし）から
キーを読み取ります。終了コード: 0 正常、2 使用法の誤り、3 APIまたはキーチェーンのエラー、
4 ネットワークまたはTLSのエラー。
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
        <translation>--api-url には URL を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout には秒数を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--profile needs a profile name</source>
        <translation>--profile にはプロファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--log-file needs a file name</source>
        <translation>--log-file にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--log-file: cannot write %1</source>
        <translation>--log-file: %1 に書き込めません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--profile and --api-url exclude each other: a profile has its own URL</source>
        <translation>--profile と --api-url は同時に指定できません（プロファイルには独自の URL があります）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout must be a whole number of seconds from 1 to 600</source>
        <translation>--timeout は 1～600 の整数（秒）で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ca-file: %1 is not a readable file</source>
        <translation>--ca-file: %1 は読み取れるファイルではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 には PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no profile named &quot;%1&quot;; see certdesk-cli profile list</source>
        <translation>プロファイル「%1」はありません。certdesk-cli profile list を参照してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sandbox profile lives in the desktop program; start certdesk-sandbox and use --api-url with CERTDESK_API_KEY</source>
        <translation>サンドボックスのプロファイルはデスクトップアプリにあります。certdesk-sandbox を起動し、CERTDESK_API_KEY とともに --api-url を使用してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certdesk-cli: profile %1: %2</source>
        <translation>certdesk-cli: プロファイル %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no API key: add a profile (certdesk-cli profile add NAME) or set the environment variable CERTDESK_API_KEY</source>
        <translation>APIキーがありません。プロファイルを追加する（certdesk-cli profile add NAME）か、環境変数 CERTDESK_API_KEY を設定してください</translation>
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
        <translation>コマンドがありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>%1 needs %2</source>
        <translation>%1 には %2 を指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+76"/>
        <source>%1 needs a file name</source>
        <extracomment>%1 is a command-line option such as --out; %2 (below) a file or folder path.</extracomment>
        <translation>%1 にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a folder; give the name of a file to create in it</source>
        <translation>%1: %2 はフォルダーです。その中に作成するファイルの名前を指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダー %2 は存在しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not a folder</source>
        <translation>%1: %2 はフォルダーではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 cannot be written to</source>
        <translation>%1: フォルダー %2 に書き込めません</translation>
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
        <translation>cert のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the private key %1: </source>
        <translation>秘密鍵 %1 のパスフレーズ: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase for the new PKCS#12 file: </source>
        <translation>新しい PKCS#12 ファイルのパスフレーズ: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>もう一度入力: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>2つのパスフレーズが一致しません。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PKCS#12 passphrase needs at least %1 characters (CERTDESK_P12_PASSPHRASE, or typed when asked)</source>
        <translation>PKCS#12 のパスフレーズは%1文字以上必要です（CERTDESK_P12_PASSPHRASE、または入力を求められたときに入力）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>--key needs the private key file (PEM) of the certificate</source>
        <translation>--key には証明書の秘密鍵ファイル（PEM）を指定してください</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+48"/>
        <source>--out needs a file name</source>
        <translation>--out にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format p12 needs --key FILE: the private key made for this certificate goes into the PKCS#12 file</source>
        <translation>--format p12 には --key FILE が必要です: この証明書用に作成した秘密鍵が PKCS#12 ファイルに格納されます</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>cert download needs exactly one certificate ID</source>
        <translation>cert download には証明書IDを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>--format needs one of: %1</source>
        <translation>--format には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key goes with --format p12 only</source>
        <translation>--key は --format p12 と組み合わせた場合のみ使用できます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be one of %1, got &quot;%2&quot;</source>
        <translation>--format は %1 のいずれかである必要があります（指定値:「%2」）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <source>certificate ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>証明書IDは正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>--format %1 is binary: name a file with --out</source>
        <translation>--format %1 はバイナリ形式です。--out でファイルを指定してください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>certdesk-cli: could not write %1: %2</source>
        <translation>certdesk-cli: %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved certificate %1 (%2) to %3.</source>
        <translation>証明書 %1（%2）を %3 に保存しました。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 already exists and is never overwritten; choose another name with --out</source>
        <translation>%1 は既に存在し、上書きされることはありません。--out で別の名前を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--key: %1 could not be opened: %2</source>
        <translation>--key: %1 を開けませんでした: %2</translation>
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
        <translation>証明書 %1 に PEM 形式の証明書が含まれていませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Saved certificate %1 with its private key and %n chain certificate(s) to %2 (PKCS#12, readable by you only).</source>
        <translation>
            <numerusform>証明書 %1 を秘密鍵と%n件のチェーン証明書とともに %2 に保存しました（PKCS#12、本人のみ読み取り可能）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--certificate needs a certificate ID</source>
        <translation>--certificate には証明書IDを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--serial needs the serial number in hexadecimal</source>
        <translation>--serial にはシリアル番号を16進数で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--order needs an order ID</source>
        <translation>--order には注文IDを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason needs one of: %1</source>
        <translation>--reason には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compromised-at needs a date and time, for example 2024-01-09T14:30:00Z</source>
        <translation>--compromised-at には日時を指定してください（例: 2024-01-09T14:30:00Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--comments needs a text</source>
        <translation>--comments にはテキストを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name exactly one of --certificate ID, --serial HEX or --order ID</source>
        <translation>--certificate ID、--serial HEX、--order ID のいずれか1つだけを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: one of %1</source>
        <translation>--reason は必須です。次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>--certificate must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--certificate は正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--order must be a positive whole number, got &quot;%1&quot;</source>
        <translation>--order は正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--compromised-at must be ISO 8601 with a zone, for example 2024-01-09T14:30:00Z or 2024-01-09T15:30:00+01:00; got &quot;%1&quot;</source>
        <translation>--compromised-at はタイムゾーン付きの ISO 8601 形式である必要があります（例: 2024-01-09T14:30:00Z、2024-01-09T15:30:00+01:00）。指定値:「%1」</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>--compromised-at (%1): %2</source>
        <translation>--compromised-at（%1）: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every certificate on order %1</source>
        <translation>注文 %1 のすべての証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1</source>
        <translation>証明書 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate with serial number %1</source>
        <translation>シリアル番号 %1 の証明書</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>revoking cannot be undone: add --yes to confirm</source>
        <translation>失効は元に戻せません。確認するには --yes を追加してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke %1 (%2)? This cannot be undone.</source>
        <translation>%1 を失効させますか（%2）？この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was revoked.</source>
        <translation>何も失効させませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>certdesk-cli: it is not known whether the revocation was requested; look at the pending requests before running the command again.</source>
        <translation>certdesk-cli: 失効がリクエストされたかどうかは不明です。コマンドを再実行する前に、保留中のリクエストを確認してください。</translation>
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
        <translation>check のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &lt;%2&gt;, roles: %3</source>
        <translation>%1 &lt;%2&gt;、ロール: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none CertDesk knows</source>
        <translation>CertDeskが認識できるロールなし</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 products, %2 that CertDesk orders</source>
        <translation>%1件の製品（うちCertDeskで注文できるもの%2件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 orders in the account; read %2 on the first page</source>
        <translation>アカウント内の注文%1件。最初のページで%2件を読み取り</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1件のドメイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 organizations</source>
        <translation>%1件の組織</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 requests waiting for approval</source>
        <translation>承認待ちのリクエスト%1件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balance %1 %2, unlimited negative balance</source>
        <translation>残高 %1 %2、マイナス残高の上限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance %1 %2, available %3</source>
        <translation>残高 %1 %2、利用可能額 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 balance adjustments</source>
        <translation>残高履歴の取引%1件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not readable</source>
        <translation>、うち%1件は読み取り不可</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stored cards</source>
        <translation>登録済みのカード%1件</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not asked: %1</source>
        <translation>照会していません: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 custom order fields</source>
        <translation>注文のカスタムフィールド%1件</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>CertDesk read-only check of %1</source>
        <translation>%1 に対するCertDeskの読み取り専用チェック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>API呼び出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What CertDesk read</source>
        <translation>CertDeskが読み取った内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every call answered; nothing was changed in the account.</source>
        <translation>すべての呼び出しに応答がありました。アカウントでは何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n call(s) did not answer as CertDesk expects; nothing was changed in the account.</source>
        <translation>
            <numerusform>%n件の呼び出しがCertDeskの想定どおりに応答しませんでした。アカウントでは何も変更されていません。</numerusform>
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
        <translation>csr のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passphrase for the new private key: </source>
        <translation>新しい秘密鍵のパスフレーズ: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>もう一度入力: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was written</source>
        <translation>2つのパスフレーズが一致しません。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase needs at least %1 characters (or give --no-passphrase to write the key unencrypted)</source>
        <translation>パスフレーズは%1文字以上必要です（鍵を暗号化せずに書き込むには --no-passphrase を指定してください）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--cn needs the common name</source>
        <translation>--cn にはコモンネームを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key needs one of: %1</source>
        <translation>--key には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--out needs a file name</source>
        <translation>--out にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--san needs a name</source>
        <translation>--san には名前を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn is required: the common name (a domain, or the organization name with --code-signing)</source>
        <translation>--cn は必須です: コモンネーム（ドメイン、または --code-signing の場合は組織名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--key-out is required: where to write the private key</source>
        <translation>--key-out は必須です: 秘密鍵の書き込み先</translation>
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
        <translation>--san: コードサイニングのリクエストにはドメイン名を含めません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cn: an organization name in a certificate has at most 64 characters; &quot;%1&quot; has %2</source>
        <translation>--cn: 証明書の組織名は 64 文字以内です。「%1」は %2 文字です</translation>
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
        <translation>--key-out: %1 は既に存在します。鍵ファイルは上書きされません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: warning: the private key is written unencrypted; anyone who can read %1 can use it.</source>
        <translation>certdesk-cli: 警告: 秘密鍵は暗号化されずに書き込まれます。%1 を読み取れる人は誰でもこの鍵を使用できます。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the CSR could not be written to %1: %2</source>
        <translation>CSR を %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key (%1, %2) written to %3 (readable by you only).</source>
        <translation>秘密鍵（%1、%2）を %3 に書き込みました（あなただけが読み取り可能）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>encrypted with your passphrase</source>
        <translation>パスフレーズで暗号化</translation>
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
        <translation>order の動詞については certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>order dcv ID method needs one of: %1</source>
        <translation>order dcv ID method には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dcv_method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>dcv_method「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>order dcv ID needs one of: status, method M, random, check, resend</source>
        <translation>order dcv ID には status、method M、random、check、resend のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order %1: %2, DCV by %3</source>
        <translation>注文 %1: %2、DCV方式 %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 now uses %2 DCV.</source>
        <translation>注文 %1 のDCV方式を %2 に変更しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV is done for order %1; the order is %2.</source>
        <translation>注文 %1 のDCVは完了しました。注文のステータスは %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DCV e-mails for order %1 were sent again.</source>
        <translation>注文 %1 のDCVメールを再送信しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV random value: %1 (valid until %2)</source>
        <translation>DCVランダム値: %1（%2まで有効）</translation>
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
        <translation>finance のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>the CertCentral API has no invoices or purchase orders; they are in the CertCentral console: run certdesk-cli finance pay for what is owed and the page&apos;s address</source>
        <translation>CertCentral API には請求書や発注書の機能がありません。これらは CertCentral コンソールにあります。未払い額とページのアドレスを確認するには certdesk-cli finance pay を実行してください</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>%1 needs a container (division) ID</source>
        <translation>%1 にはコンテナ（部署）IDを指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a positive whole number, got &quot;%2&quot;</source>
        <translation>%1 は正の整数である必要があります（指定値:「%2」）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+135"/>
        <location line="+63"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+58"/>
        <location line="+78"/>
        <location line="+62"/>
        <location line="+44"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+136"/>
        <location line="+62"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>未払いの請求書</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Negative balance limit</source>
        <translation>マイナス残高の上限</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit used by other divisions</source>
        <translation>他の部署が使用したクレジット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available funds</source>
        <translation>利用可能な資金</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--from needs a date (YYYY-MM-DD)</source>
        <translation>--from には日付（YYYY-MM-DD）を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to needs a date (YYYY-MM-DD)</source>
        <translation>--to には日付（YYYY-MM-DD）を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--type needs a transaction type, such as Charge</source>
        <translation>--type には取引の種類を指定してください（例: Charge）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--amount needs a whole amount, such as 1000</source>
        <translation>--amount には整数の金額を指定してください（例: 1000）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>finance transfer needs --from ID, --to ID and --amount A (division IDs as in certdesk-cli account fields --kind container)</source>
        <translation>finance transfer には --from ID、--to ID、--amount A が必要です（部署IDは certdesk-cli account fields --kind container の表示と同じ）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>move %1 from division %2 to division %3</source>
        <translation>%1 を部署 %2 から部署 %3 に移動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this would %1 at once: add --yes to confirm</source>
        <translation>このコマンドは直ちに%1します。確認するには --yes を追加してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1? CertCentral moves the funds at once.</source>
        <translation>%1しますか？CertCentral は資金を直ちに移動します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certdesk-cli: it is not known whether the funds moved; run certdesk-cli finance history --container %1 before sending it again.</source>
        <translation>certdesk-cli: 資金が移動したかどうかは不明です。再送信する前に certdesk-cli finance history --container %1 を実行してください。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Moved %1 from division %2 to division %3.</source>
        <translation>%1 を部署 %2 から部署 %3 に移動しました。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No card is stored for this account.</source>
        <translation>このアカウントには登録済みのカードがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finance pay takes no invoice IDs: invoices are paid in the CertCentral console</source>
        <translation>finance pay には請求書IDを指定できません。請求書は CertCentral コンソールで支払います</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid invoices: %1</source>
        <translation>未払いの請求書: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CertCentral API has no invoice functions. Pay invoices in the CertCentral console (Finances &gt; Pay Invoice):</source>
        <translation>CertCentral API には請求書の機能がありません。請求書は CertCentral コンソール（Finances &gt; Pay Invoice）で支払ってください:</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>--format needs table, json or csv</source>
        <translation>--format には table、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format は table、json、csv のいずれかである必要があります（指定値:「%1」）</translation>
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
        <translation>何も送信しませんでした。</translation>
    </message>
</context>
<context>
    <name>CliKeyPlan</name>
    <message>
        <location filename="../app/cli/CliKeyPlan.cpp" line="+29"/>
        <source>--csr needs a file name</source>
        <translation>--csr にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a new key is needed: give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>新しい鍵が必要です。--csr FILE または --generate-key TYPE --key-out FILE のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--generate-key: %1</source>
        <translation>--generate-key: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out is required with --generate-key</source>
        <translation>--generate-key には --key-out が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out goes with --generate-key, not with --csr</source>
        <translation>--key-out は --csr ではなく --generate-key と一緒に使用します</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 を読み取れません: %2</translation>
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
        <translation>--key-out: %1 は既に存在します。鍵ファイルは上書きされません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Private key (%1, encrypted) written to %2 (readable by you only).</source>
        <translation>秘密鍵（%1、暗号化済み）を %2 に書き込みました（あなただけが読み取り可能）。</translation>
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
        <translation>order の動詞については certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>order %1 needs the order ID first</source>
        <translation>order %1 では最初に注文IDを指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>注文IDは正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>--csr needs a file name</source>
        <translation>--csr にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--csr: %1</source>
        <translation>--csr: %1</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>certdesk-cli: %1: add --yes to confirm</source>
        <translation>certdesk-cli: %1: 確認するには --yes を追加してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was sent.</source>
        <translation>何も送信しませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: request %2 waits for an administrator or manager to approve it.</source>
        <translation>%1: リクエスト %2 は管理者またはマネージャーの承認待ちです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: revoked.</source>
        <translation>%1: 失効しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: submitted as request %2; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: リクエスト %2 として申請しました。承認待ちかどうかはCertCentralから示されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: submitted; CertCentral did not say whether it waits for approval.</source>
        <translation>%1: 申請しました。承認待ちかどうかはCertCentralから示されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approved.</source>
        <translation>%1: 承認されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)</source>
        <translation>DCVランダム値: %1（配置したら certdesk-cli order dcv %2 check を実行してください）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--cn needs the common name</source>
        <translation>--cn にはコモンネームを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--san needs a name</source>
        <translation>--san には名前を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provisioning needs one of: %1</source>
        <translation>--provisioning には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--dcv-scope needs base_domain or fqdn</source>
        <translation>--dcv-scope には base_domain または fqdn を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--comments needs a text</source>
        <translation>--comments にはテキストを指定してください</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+97"/>
        <location line="+68"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+100"/>
        <location line="+65"/>
        <location line="+65"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="-228"/>
        <location line="+100"/>
        <location line="+65"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>order %1 is a code-signing order: give --provisioning ship_token, client_app or email (email, for an HSM, takes --csr FILE made there)</source>
        <translation>注文 %1 はコードサイニングの注文です。--provisioning ship_token、client_app、email のいずれかを指定してください（email は HSM 用で、HSMで作成したCSRを --csr FILE で指定します）</translation>
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
        <translation>警告: この再発行では %1 が除外されます。この注文で以前に発行された証明書は72時間以内に失効する場合があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reissue order %1 for %2?</source>
        <translation>注文 %1（%2）を再発行しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>a reissue replaces the order&apos;s certificate</source>
        <translation>再発行すると注文の証明書が置き換えられます</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>certdesk-cli: it is not known whether the reissue was requested; look at the order (certdesk-cli orders show %1) before running the command again.</source>
        <translation>certdesk-cli: 再発行がリクエストされたかどうかは不明です。コマンドを再実行する前に注文を確認してください（certdesk-cli orders show %1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reissue of order %1</source>
        <translation>注文 %1 の再発行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--generate-key does not go with --provisioning: a code-signing key is made on the token or the HSM</source>
        <translation>--generate-key は --provisioning と一緒に使用できません。コードサイニングの鍵はトークンまたはHSM上で生成されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cn does not go with --provisioning: a code-signing reissue carries no names</source>
        <translation>--cn は --provisioning と一緒に使用できません。コードサイニングの再発行には名前を含めません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--provisioning is for code-signing orders; order %1 is %2</source>
        <translation>--provisioning はコードサイニングの注文専用です。注文 %1 の種類は %2 です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reissue code-signing order %1 (%2)?</source>
        <translation>コードサイニングの注文 %1（%2）を再発行しますか？</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--expires needs a date as yyyy-MM-dd</source>
        <translation>--expires には yyyy-MM-dd 形式の日付を指定してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--expires is required: the duplicate&apos;s end date as yyyy-MM-dd</source>
        <translation>--expires は必須です: 複製の終了日（yyyy-MM-dd 形式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--expires must be a date as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--expires は yyyy-MM-dd 形式の日付である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Duplicate order %1 (%2) until %3?</source>
        <translation>注文 %1（%2）を %3 までの期限で複製しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a duplicate issues another certificate</source>
        <translation>複製すると別の証明書が発行されます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the duplicate was requested; look at the order&apos;s duplicates before running the command again.</source>
        <translation>certdesk-cli: 複製がリクエストされたかどうかは不明です。コマンドを再実行する前に、注文の複製を確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate of order %1</source>
        <translation>注文 %1 の複製</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--note needs a text: why the order is canceled</source>
        <translation>--note にはテキスト（注文をキャンセルする理由）を指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--note is required: CertCentral keeps why the order was canceled</source>
        <translation>--note は必須です: CertCentral は注文のキャンセル理由を記録します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? This cannot be undone.</source>
        <translation>注文 %1 をキャンセルしますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canceling an order cannot be undone</source>
        <translation>注文のキャンセルは元に戻せません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 canceled.</source>
        <translation>注文 %1 をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>CliListCommands</name>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+47"/>
        <source>--status needs a value: %1</source>
        <translation>--status には値を指定してください: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <location line="+54"/>
        <source>--search needs a text</source>
        <translation>--search にはテキストを指定してください</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>--sort needs a field</source>
        <translation>--sort にはフィールドを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product には製品名ID（例: ssl_basic）を指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--organization needs an organization id (a positive number)</source>
        <translation>--organization には組織ID（正の数）を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--container needs a container id (a positive number)</source>
        <translation>--container にはコンテナID（正の数）を指定してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--valid-till-from needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-from には yyyy-MM-dd 形式の日付を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--valid-till-to needs a date as yyyy-MM-dd</source>
        <translation>--valid-till-to には yyyy-MM-dd 形式の日付を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+78"/>
        <location line="+54"/>
        <location line="+66"/>
        <location line="+61"/>
        <source>--format needs table, json or csv</source>
        <translation>--format には table、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>--columns needs a comma-separated list of columns</source>
        <translation>--columns には列のカンマ区切りリストを指定してください</translation>
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
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+71"/>
        <location line="+54"/>
        <location line="+73"/>
        <location line="+52"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format は table、json、csv のいずれかである必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders show needs exactly one order ID</source>
        <translation>orders show には注文IDを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>注文IDは正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid till</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>サムプリント</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>--organization needs an organization id</source>
        <translation>--organization には組織IDを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts list needs --organization ID (see organizations list)</source>
        <translation>contacts list には --organization ID が必要です（organizations list を参照）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>organization ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>組織IDは正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>me takes only --format table|json</source>
        <translation>me に指定できるのは --format table|json のみです</translation>
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
        <translation>order の動詞については certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--product needs a product name id, for example ssl_basic</source>
        <translation>--product には製品名ID（例: ssl_basic）を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cn needs the common name</source>
        <translation>--cn にはコモンネームを指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--san needs a name</source>
        <translation>--san には名前を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--csr needs a file name</source>
        <translation>--csr にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--generate-key needs one of: %1</source>
        <translation>--generate-key には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--key-out needs a file name</source>
        <translation>--key-out にはファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--years needs 1, 2 or 3</source>
        <translation>--years には 1、2、3 のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dcv-method needs one of: %1</source>
        <translation>--dcv-method には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--organization needs an organization id</source>
        <translation>--organization には組織IDを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--payment needs balance</source>
        <translation>--payment には balance を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--dcv-email needs NAME=ADDRESS</source>
        <translation>--dcv-email には NAME=ADDRESS を指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--dcv-email must be NAME=ADDRESS, for example shop.example.com=admin@example.com; got &quot;%1&quot;</source>
        <translation>--dcv-email は NAME=ADDRESS 形式である必要があります（例: shop.example.com=admin@example.com）。指定値:「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--custom-field needs ID=VALUE</source>
        <translation>--custom-field には ID=VALUE を指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--custom-field must be ID=VALUE with the field&apos;s positive id (see certdesk-cli account fields); got &quot;%1&quot;</source>
        <translation>--custom-field はフィールドの正のIDを使った ID=VALUE 形式である必要があります（certdesk-cli account fields を参照）。指定値:「%1」</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--payment: only balance can be used from the command line; pay by card in CertDesk</source>
        <translation>--payment: コマンドラインでは balance のみ使用できます。カードでの支払いは CertDesk で行ってください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--years must be 1, 2 or 3, got &quot;%1&quot;</source>
        <translation>--years は 1、2、3 のいずれかである必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization must be an organization id (a positive number)</source>
        <translation>--organization は組織ID（正の数）である必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give either --csr FILE or --generate-key TYPE --key-out FILE</source>
        <translation>--csr FILE または --generate-key TYPE --key-out FILE のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--csr: %1 cannot be read: %2</source>
        <translation>--csr: %1 を読み取れません: %2</translation>
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
        <translation>--generate-key には --key-out が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--key-out: %1 already exists; a key file is never overwritten</source>
        <translation>--key-out: %1 は既に存在します。鍵ファイルは上書きされません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt the new key, or make the key with certdesk-cli csr new first</source>
        <translation>新しい鍵を暗号化するには CERTDESK_KEY_PASSPHRASE（8文字以上）を設定するか、先に certdesk-cli csr new で鍵を作成してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>placing an order is charged to the account: add --yes to confirm</source>
        <translation>注文するとアカウントに課金されます。確認するには --yes を追加してください</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] </source>
        <translation>
            <numerusform>%2 の %1 を注文します（%n年）。残高から引き落とされます。注文しますか？ [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was ordered.</source>
        <translation>何も注文しませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Private key (%1, encrypted) written to %2.</source>
        <translation>秘密鍵（%1、暗号化済み）を %2 に書き込みました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>certdesk-cli: the connection failed before CertCentral took the order; nothing was ordered (checked with alternative order ID %1). Run the command again.</source>
        <translation>certdesk-cli: CertCentral が注文を受け付ける前に接続に失敗しました。何も注文されていません（代替注文ID %1 で確認済み）。コマンドを再実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: it is not known whether the order was placed. Do not run the command again: look for alternative order ID %1 first (CertDesk, or GET order/alternate/%1).</source>
        <translation>certdesk-cli: 注文されたかどうかは不明です。コマンドを再実行しないでください。先に代替注文ID %1 を確認してください（CertDesk、または GET order/alternate/%1）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 placed (alternative order ID %2).</source>
        <translation>注文 %1 を発注しました（代替注文ID %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>管理者またはマネージャーの承認待ちです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV random value: %1 (see certdesk for where to put it)</source>
        <translation>DCVランダム値: %1（配置場所は certdesk で確認してください）</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+24"/>
        <source>certdesk-cli: error %1: %2</source>
        <translation>certdesk-cli: エラー %1: %2</translation>
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
        <translation>profile のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>API key for %1: </source>
        <translation>%1 のAPIキー: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key: %1</source>
        <translation>APIキー: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>certdesk-cli: the key was not stored: %1 (%2)</source>
        <translation>certdesk-cli: キーは保存されませんでした: %1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>%1 &lt;%2&gt;（%3）としてサインインしました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--service needs us or eu</source>
        <translation>--service には us または eu を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs the API base URL</source>
        <translation>--url には API のベース URL を指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile add needs exactly one profile name (quote names with spaces)</source>
        <translation>profile add にはプロファイル名を1つだけ指定してください（空白を含む名前は引用符で囲んでください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--service and --url exclude each other</source>
        <translation>--service と --url は同時に指定できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--service must be us or eu, got &quot;%1&quot;; use --url for others</source>
        <translation>--service は us または eu である必要があります（指定値:「%1」）。それ以外は --url を使用してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a profile named &quot;%1&quot; exists already</source>
        <translation>プロファイル「%1」は既に存在します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added profile %1 (%2).</source>
        <translation>プロファイル %1（%2）を追加しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>profile list takes only --format table|json</source>
        <translation>profile list に指定できるのは --format table|json のみです</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profiles yet. Add one with: certdesk-cli profile add NAME</source>
        <translation>プロファイルはまだありません。次のコマンドで追加してください: certdesk-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>profile use needs exactly one profile name</source>
        <translation>profile use にはプロファイル名を1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+16"/>
        <location line="+26"/>
        <source>no profile named &quot;%1&quot;</source>
        <translation>プロファイル「%1」はありません</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Using profile %1.</source>
        <translation>プロファイル %1 を使用します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile rename needs the old and the new name</source>
        <translation>profile rename には古い名前と新しい名前を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed to %1.</source>
        <translation>%1 に名前を変更しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile set-key needs exactly one profile name</source>
        <translation>profile set-key にはプロファイル名を1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stored the new key of %1.</source>
        <translation>%1 の新しいキーを保存しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile remove needs exactly one profile name</source>
        <translation>profile remove にはプロファイル名を1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add --yes to remove %1 and its key without a question</source>
        <translation>確認なしで %1 とそのキーを削除するには --yes を追加してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer? [y/N] </source>
        <translation>プロファイル %1 とそのAPIキーをこのコンピューターから削除しますか？ [y/N] </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing removed.</source>
        <translation>何も削除しませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed profile %1.</source>
        <translation>プロファイル %1 を削除しました。</translation>
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
        <translation>requests のコマンドについては certdesk-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--status needs one of: %1</source>
        <translation>--status には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--type needs one of: %1</source>
        <translation>--type には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format needs table, json or csv</source>
        <translation>--format には table、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <location line="+70"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>--status must be one of %1, got &quot;%2&quot;</source>
        <translation>--status は %1 のいずれかである必要があります（指定値:「%2」）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type must be one of %1, got &quot;%2&quot;</source>
        <translation>--type は %1 のいずれかである必要があります（指定値:「%2」）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table, json or csv, got &quot;%1&quot;</source>
        <translation>--format は table、json、csv のいずれかである必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>requests %1 needs a request ID</source>
        <translation>requests %1 にはリクエストIDを指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request ID must be a positive whole number, got &quot;%1&quot;</source>
        <translation>リクエストIDは正の整数である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format needs table or json</source>
        <translation>--format には table または json を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, got &quot;%1&quot;</source>
        <translation>--format は table または json である必要があります（指定値:「%1」）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>その他の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>署名ハッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>サーバープラットフォーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation reason</source>
        <translation>失効理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>処理日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor</source>
        <translation>処理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processor comment</source>
        <translation>処理者のコメント</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certdesk-cli: %1 Nothing was sent.</source>
        <translation>certdesk-cli: %1 何も送信しませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--comment needs a text</source>
        <translation>--comment にはテキストを指定してください</translation>
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
        <translation>リクエスト %1（注文 %3 の%2、%4、申請者: %5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision cannot be undone: add --yes to confirm</source>
        <translation>承認または却下は元に戻せません。確認するには --yes を追加してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve %1?</source>
        <translation>%1 を承認しますか？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject %1?</source>
        <translation>%1 を却下しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent.</source>
        <translation>何も送信しませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>certdesk-cli: it is not known whether the decision was recorded; run certdesk-cli requests show %1 before sending it again.</source>
        <translation>certdesk-cli: 承認または却下が記録されたかどうかは不明です。再送信する前に certdesk-cli requests show %1 を実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: approved.</source>
        <translation>%1: 承認されました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: rejected.</source>
        <translation>%1: 却下されました。</translation>
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
            affiliationChanged, superseded, cessationOfOperation。key_compromise などの表記も
            受け付けます。--compromised-at は keyCompromise の場合のみ。タイムゾーン付きで指定:
            ...T14:30:00Z。コメントの1行目として送信されます)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCheckCommand.cpp" line="+12"/>
        <source>  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)
</source>
        <translation>  check [--format table|json]  (アカウントを読み取り専用で確認: CertDesk が読み取れる内容)
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
            [--format table|json|csv]  (残高履歴: 課金、入金、資金移動、請求書の支払い)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (moves whole amounts between divisions; separate division funds must be on)
</source>
        <translation>  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]
            (部署間で整数の金額を移動します。部署ごとの個別資金が有効である必要があります)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  finance profile [--format table|json]  (the stored cards, read only)
</source>
        <translation>  finance profile [--format table|json]  (登録済みのカード。読み取り専用)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console
            page where invoices are paid: the API has none)
</source>
        <translation>  finance pay [--container ID]  (請求書の未払い額と、請求書を支払う CertCentral コンソールの
            ページ。API には請求書の機能がありません)
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
            (名前の既定値は注文の名前。以前の証明書は失効する場合があります)
  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]
            [--comments T] [--skip-approval] [--format table|json] [--yes]
            (コードサイニングの注文: 名前は指定しません。HSMで作成したCSRは email の場合のみ)
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
              [--columns order_id,common_name,...]  (table と csv。README を参照)
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
        <translation>  contacts list --organization ID [--format table|json|csv]  (検証済み担当者)
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
            [--key FILE] [--out FILE]  (der は pem_nointermediate からここで作成します。
            p7b は CertCentral が送信するとおりの PEM 形式です。p12: --key の鍵を含むチェーン。
            パスフレーズは CERTDESK_KEY_PASSPHRASE と CERTDESK_P12_PASSPHRASE から取得するか、入力を求めます)
</translation>
    </message>
    <message>
        <location filename="../app/cli/CliListCommands.cpp" line="+5"/>
        <source>  account fields [--format table|json|csv]  (custom order fields)
</source>
        <translation>  account fields [--format table|json|csv]  (注文のカスタムフィールド)
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
            <numerusform>貼り付けた行のうち最初の %1 行だけを取り込みました。残りの %n 行は除外しました（1 回のリクエストで追加できる連絡先は最大 %2 件です）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first pasted row looked like column headings and was left out.</source>
        <translation>貼り付けた最初の行は列見出しのようだったため、除外しました。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/security/CredentialStore.cpp" line="+22"/>
        <source>No API key is stored for this profile yet.</source>
        <translation>このプロファイルにはまだAPIキーが保存されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to the API key. Unlock your keychain (or allow CertDesk when your desktop asks) and try again.</source>
        <translation>キーチェーンがAPIキーへのアクセスを拒否しました。キーチェーンのロックを解除して（またはデスクトップで確認されたらCertDeskを許可して）、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No keychain is available on this desktop, so CertDesk cannot keep the API key. CertDesk stores keys only in the system keychain. On Linux, install and start a Secret Service (for example: apt install gnome-keyring, or use KWallet) inside your desktop session, then sign in again. The sandbox works without a keychain. (%1)</source>
        <translation>このデスクトップではキーチェーンを利用できないため、CertDeskはAPIキーを保管できません。CertDeskはキーをシステムのキーチェーンにのみ保存します。Linuxでは、デスクトップセッション内でSecret Serviceをインストールして起動し（例: apt install gnome-keyring、またはKWalletを使用）、もう一度サインインしてください。サンドボックスはキーチェーンなしで動作します。（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain reported a problem: %1</source>
        <translation>キーチェーンが問題を報告しました: %1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../app/security/CsrBuilder.cpp" line="+34"/>
        <source>There is no private key to sign the request with.</source>
        <translation>リクエストに署名する秘密鍵がありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The common name &quot;%1&quot; cannot go into a request (1 to 64 characters).</source>
        <translation>コモンネーム「%1」はリクエストに使用できません（1～64文字）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>The names could not go into the request: %1</source>
        <translation>名前をリクエストに含められませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request could not be signed: %1</source>
        <translation>リクエストに署名できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CsrInfo</name>
    <message>
        <location filename="../app/security/CsrInfo.cpp" line="+26"/>
        <source>This is not a certificate signing request: paste the PEM text that starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>これは証明書署名リクエストではありません。-----BEGIN CERTIFICATE REQUEST----- で始まるPEMテキストを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The request&apos;s signature does not verify: it was altered or signed with another key.</source>
        <translation>リクエストの署名を検証できません。改ざんされたか、別の鍵で署名されています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSA keys need 2048 bits or more; this one has %1.</source>
        <translation>RSA鍵は2048ビット以上が必要です（この鍵は%1ビット）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC keys need P-256 or larger; this one has %1 bits.</source>
        <translation>EC鍵はP-256以上が必要です（この鍵は%1ビット）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request&apos;s common name is &quot;%1&quot;, the order&apos;s is &quot;%2&quot;.</source>
        <translation>リクエストのコモンネームは「%1」ですが、注文のコモンネームは「%2」です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names on the order but not in the request: %1</source>
        <translation>注文にあってリクエストにない名前: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names in the request but not on the order: %1</source>
        <translation>リクエストにあって注文にない名前: %1</translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <location filename="../app/core/CustomField.cpp" line="+22"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses separated by commas</source>
        <translation>カンマ区切りのメールアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is required by your account; enter %2.</source>
        <translation>%1 はアカウントで必須です。%2を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has at most 1,024 characters.</source>
        <translation>%1 は最大1,024文字です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes printable characters on one line: no line breaks or control characters.</source>
        <translation>%1 には 1 行の印字可能な文字を入力してください（改行や制御文字は使用できません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes a whole number, for example 4711.</source>
        <translation>%1 には整数を入力してください（例: 4711）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes one e-mail address (name@example.com).</source>
        <translation>%1 にはメールアドレスを1つ入力してください（name@example.com）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes e-mail addresses separated by commas; &quot;%2&quot; is not one.</source>
        <translation>%1 にはカンマ区切りのメールアドレスを入力してください。「%2」はメールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The custom fields reply is not a JSON object.</source>
        <translation>カスタムフィールドの応答がJSONオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/dashboard/DashboardScreen.cpp" line="+43"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates expiring</source>
        <translation>期限切れ間近の証明書</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+99"/>
        <source>—
pending requests</source>
        <translation>—
保留中のリクエスト</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Orders by status</source>
        <translation>ステータス別の注文</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expirations per month (issued certificates, next 12 months)</source>
        <translation>月別の有効期限（発行済み証明書、今後12か月）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>pending orders</source>
        <translation>保留中の注文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificates expiring within %1 days</source>
        <translation>%1日以内に期限切れになる証明書</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show these orders</source>
        <translation>これらの注文を表示</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
pending requests</source>
        <translation>%1
保留中のリクエスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New orders, reissues, duplicates and revocations waiting for approval</source>
        <translation>承認待ちの新規注文、再発行、複製、失効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your requests waiting for an administrator or manager to approve them</source>
        <translation>管理者またはマネージャーの承認待ちのあなたのリクエスト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pending requests could not be counted: %1</source>
        <translation>保留中のリクエストを集計できませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 available</source>
        <translation>利用可能 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no negative limit</source>
        <translation>マイナス残高の上限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
balance</source>
        <translation>%1
残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
balance · %2</source>
        <translation>%1
残高 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funds of your container in CertCentral.</source>
        <translation>CertCentralでのコンテナの資金です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices: %1</source>
        <translation>未払いの請求書: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative balance limit: %1</source>
        <translation>マイナス残高の上限: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—
balance</source>
        <translation>—
残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The balance could not be loaded: %1</source>
        <translation>残高を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No orders loaded yet.</source>
        <translation>注文はまだ読み込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 orders loaded</source>
        <translation>%1件の注文を読み込みました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the %1 orders matching the Orders page&apos;s filters are loaded (%2); clear them there for the whole account.</source>
        <translation>［注文］ページのフィルターに一致する%1件の注文のみ読み込まれています（%2）。アカウント全体を表示するには、そちらでフィルターを解除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within 30 days</source>
        <translation>30日以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 60 days</source>
        <translation>60日以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 90 days</source>
        <translation>90日以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending (DCV or approval)</source>
        <translation>保留中（DCVまたは承認）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expiring</source>
        <translation>期限切れ予定</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>certificates expiring in %1</source>
        <translation>%1に期限切れになる証明書</translation>
    </message>
</context>
<context>
    <name>DcvInstructions</name>
    <message>
        <location filename="../app/core/DcvInstructions.cpp" line="+21"/>
        <source>Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this value:

%2

Any TTL works; keep one such record per domain.</source>
        <translation>%1 に次の値のDNS TXTレコードを追加してください（ドメイン自体の場合、ホストは空欄または @）:

%2

TTLは任意です。このレコードはドメインごとに1つにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the DNS CNAME record CertCentral shows for %1, built from this value:

%2</source>
        <translation>CertCentralが %1 用に表示する、次の値から作成されたDNS CNAMEレコードを追加してください:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a file at
%1
that holds only this value:

%2

File-based DCV covers this exact name only, not its subdomains or a wildcard.</source>
        <translation>次の場所に
%1
次の値だけを含むファイルを公開してください:

%2

ファイルによるDCVは、この名前のみを対象とし、サブドメインやワイルドカードは対象外です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is good until %1.</source>
        <translation>この値は%1まで有効です。</translation>
    </message>
</context>
<context>
    <name>DcvMethodDialog</name>
    <message>
        <location filename="../ui/orders/DcvMethodDialog.cpp" line="+25"/>
        <source>DCV method of order %1</source>
        <translation>注文 %1 のDCV方式</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changed to %1.</source>
        <translation>%1 に変更しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed to %1. The new random value: %2 (the order&apos;s Names and DCV tab shows where it goes).</source>
        <translation>%1 に変更しました。新しいランダム値: %2（配置場所は注文の［名前とDCV］タブに表示されます）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not changed: %1</source>
        <translation>変更されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../app/core/DnsName.cpp" line="+27"/>
        <source>Enter a domain name, for example example.com</source>
        <translation>ドメイン名を入力してください（例: example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the domain name, without http:// or a path: &quot;%1&quot;</source>
        <translation>http:// やパスを付けずにドメイン名だけを入力してください:「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is an IP address; public certificates here take domain names only</source>
        <translation>「%1」はIPアドレスです。ここでの公開証明書にはドメイン名のみ使用できます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a wildcard; only wildcard products take *. names</source>
        <translation>「%1」はワイルドカードです。*. の名前を使用できるのはワイルドカード製品のみです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a wildcard may only be the whole left-most label, as in *.example.com</source>
        <translation>「%1」: ワイルドカードは、*.example.com のように左端のラベル全体にのみ使用できます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A domain name has at most 253 characters; &quot;%1&quot; has %2</source>
        <translation>ドメイン名は最大253文字です。「%1」は%2文字です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a dot: enter a full domain such as example.com</source>
        <translation>「%1」にはドットが必要です。example.com のような完全なドメインを入力してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end</source>
        <translation>「%1」は有効なドメイン名ではありません。ドットで区切られた各部分は1～63文字の英字、数字、ハイフンで構成し、先頭と末尾にハイフンは使用できません</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../app/core/Domain.cpp" line="+20"/>
        <source>A domain without an id or a name</source>
        <translation>IDまたは名前のないドメイン</translation>
    </message>
</context>
<context>
    <name>DomainCreateCall</name>
    <message>
        <location filename="../app/api/DomainEndpoints.cpp" line="+35"/>
        <source>The reply to Add domain has no domain id</source>
        <translation>ドメイン追加の応答にドメインIDがありません</translation>
    </message>
</context>
<context>
    <name>DomainDcvCall</name>
    <message>
        <location line="+66"/>
        <source>CertCentral sent no token</source>
        <translation>CertCentralからトークンが送られてきませんでした</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CertCentral&apos;s answer has no DCV status (active or inactive)</source>
        <translation>CertCentralの応答にDCVステータス（active または inactive）がありません</translation>
    </message>
</context>
<context>
    <name>DomainsModel</name>
    <message>
        <location filename="../models/DomainsModel.cpp" line="+66"/>
        <source>Valid until %1</source>
        <translation>%1まで有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS TXT record</source>
        <translation>DNS TXTレコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS CNAME record</source>
        <translation>DNS CNAMEレコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File on the web server</source>
        <translation>Webサーバー上のファイル</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OV validation</source>
        <translation>OV検証</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>EV validation</source>
        <translation>EV検証</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method</source>
        <translation>DCV方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV approved</source>
        <translation>DCV承認日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain lock</source>
        <translation>ドメインロック</translation>
    </message>
</context>
<context>
    <name>DomainsScreen</name>
    <message>
        <location filename="../ui/domains/DomainsScreen.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV instructions…</source>
        <translation>DCV手順…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check DCV</source>
        <translation>DCVを確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>検証を申請…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search domain or organization</source>
        <translation>ドメインまたは組織を検索</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Select a domain to see its validations.</source>
        <translation>ドメインを選択すると検証状況が表示されます。</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 of %2 domains shown</source>
        <translation>%2件中%1件のドメインを表示</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+349"/>
        <source>Ask CertCentral to look for the DNS record or file now</source>
        <translation>DNSレコードまたはファイルを今すぐ確認するようCertCentralに依頼します</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 of %2 domains loaded</source>
        <translation>%2件中%1件のドメインを読み込みました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The domains could not be loaded: %1</source>
        <translation>ドメインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 domains</source>
        <translation>%1件のドメイン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses e-mail DCV: CertCentral e-mails the addresses it builds for the domain (admin@, administrator@, webmaster@, hostmaster@ and postmaster@) and the contacts of its DNS TXT record; approve the link in that e-mail.</source>
        <translation>%1 はメールによるDCVを使用しています。CertCentralがドメイン用に作成するアドレス（admin@、administrator@、webmaster@、hostmaster@、postmaster@）と、ドメインのDNS TXTレコードに記載された連絡先にメールを送信します。そのメール内のリンクから承認してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The DCV token of %1 could not be fetched: %2</source>
        <translation>%1 のDCVトークンを取得できませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>New DCV token</source>
        <translation>新しいDCVトークン</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 has no valid DCV token. Ask CertCentral for a new one?

A new token replaces any token of this domain that may already be published.</source>
        <translation>%1 には有効なDCVトークンがありません。CertCentralに新しいトークンを要求しますか？

新しいトークンは、このドメインですでに公開されている可能性のあるトークンを置き換えます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No new DCV token for %1: %2</source>
        <translation>%1 の新しいDCVトークンを取得できませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prove control of %1</source>
        <translation>%1 の管理権の証明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New token…</source>
        <translation>新しいトークン…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask CertCentral for a new token; it replaces this one.</source>
        <translation>CertCentralに新しいトークンを要求します。現在のトークンは置き換えられます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the DCV token of %1? A token already published for it stops working.</source>
        <translation>%1 のDCVトークンを置き換えますか？すでに公開されているトークンは機能しなくなります。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CertCentral found the DCV token of %1: domain control is proven.</source>
        <translation>CertCentralが %1 のDCVトークンを確認しました。ドメインの管理権が証明されました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CertCentral has not found the DCV token of %1 yet. Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>CertCentralはまだ %1 のDCVトークンを確認できていません。値を公開して（DCV手順…）、もう一度お試しください。DNSの変更が反映されるまでには時間がかかる場合があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DCV for %1 is not done yet: %2</source>
        <translation>%1 のDCVはまだ完了していません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the value (DCV instructions…) and try again; DNS changes can take a while to be seen.</source>
        <translation>値を公開して（DCV手順…）、もう一度お試しください。DNSの変更が反映されるまでには時間がかかる場合があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete domain</source>
        <translation>ドメインを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Certificates already issued for it stay valid. To order for it again, the domain must be added and validated again.</source>
        <translation>%1 をアカウントから削除しますか？

既に発行された証明書は引き続き有効です。再度注文するには、ドメインをもう一度追加して検証を受ける必要があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Submit %1 for validation</source>
        <translation>%1 の検証を申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OV: organization validation</source>
        <translation>OV: 組織認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EV: extended validation</source>
        <translation>EV: 拡張認証</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Submit</source>
        <translation>申請</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Validations</source>
        <translation>検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV方式</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was added. Choose it and open DCV instructions to prove control.</source>
        <translation>%1 を追加しました。選択してDCV手順を開き、管理権を証明してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was added. CertCentral e-mails the DCV approval request to the domain&apos;s addresses.</source>
        <translation>%1 を追加しました。CertCentralがDCV承認リクエストをドメインのアドレスにメールで送信します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose OV, EV or both to submit %1 for validation.</source>
        <translation>%1 の検証を申請するには、OV、EV、またはその両方を選択してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was submitted for validation; the list shows it as pending.</source>
        <translation>%1 の検証を申請しました。一覧では保留中と表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be submitted: %2</source>
        <translation>%1 を申請できませんでした: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add a domain to the account, optionally submitted for validation</source>
        <translation>アカウントにドメインを追加します（検証の申請も可能）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected domain from the account</source>
        <translation>選択したドメインをアカウントから削除します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit the selected domain for OV or EV validation</source>
        <translation>選択したドメインのOV検証またはEV検証を申請します</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 uses e-mail DCV; approve the e-mail instead.</source>
        <translation>%1 はメールによるDCVを使用しています。代わりにメールで承認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>コンテナ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV method: %1</source>
        <translation>DCV方式: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV good for OV until %1</source>
        <translation>OV用のDCVは%1まで有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV good for EV until %1</source>
        <translation>EV用のDCVは%1まで有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 validation: %2 (DCV %3)</source>
        <translation>%1検証: %2（DCV %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No validations submitted.</source>
        <translation>申請された検証はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain lock: %1</source>
        <translation>ドメインロック: %1</translation>
    </message>
</context>
<context>
    <name>DownloadButton</name>
    <message>
        <location filename="../ui/orders/DownloadButton.cpp" line="+14"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PKCS#12 with the private key…</source>
        <translation>秘密鍵とともに PKCS#12 として保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy PEM to clipboard</source>
        <translation>PEMをクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PEM bundle: certificate, intermediate and root…</source>
        <translation>PEMバンドル: 証明書、中間証明書、ルート証明書…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM: certificate only…</source>
        <translation>PEM: 証明書のみ…</translation>
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
        <translation>証明書を保存</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download the certificate of order %1</source>
        <translation>注文 %1 の証明書をダウンロードします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 has no issued certificate to download (%2).</source>
        <translation>注文 %1 にはダウンロードできる発行済みの証明書がありません（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Select an order with an issued certificate.</source>
        <translation>発行済みの証明書がある注文を選択してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The certificate of order %1 is on the clipboard.</source>
        <translation>注文 %1 の証明書をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the certificate of order %1 to %2.</source>
        <translation>注文 %1 の証明書を %2 に保存しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of order %1 could not be downloaded: %2</source>
        <translation>注文 %1 の証明書をダウンロードできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.ui" line="+6"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments for the approver</source>
        <translation>承認者へのコメント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>承認をスキップ（管理者）</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateDatePage.cpp" line="+13"/>
        <source>Names and end date of the duplicate</source>
        <translation>複製の名前と終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duplicate is another certificate on order %1, with its own key.</source>
        <translation>複製とは、注文 %1 の別の証明書で、独自の鍵を持ちます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The common name stays on the duplicate.</source>
        <translation>コモンネームは複製にも引き継がれます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the latest %1: %2.</source>
        <translation>遅くとも %1: %2。</translation>
    </message>
</context>
<context>
    <name>DuplicateRequest</name>
    <message>
        <location filename="../app/core/DuplicateRequest.cpp" line="+26"/>
        <source>the order&apos;s end</source>
        <translation>注文の終了日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s end</source>
        <translation>プランの終了日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the longest a TLS certificate may last</source>
        <translation>TLS証明書の最大有効期間</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the issued order to duplicate.</source>
        <translation>複製する発行済みの注文を選択してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not on the order; a duplicate can only use the order&apos;s names: %2</source>
        <translation>%1 は注文に含まれていません。複製には注文の名前のみ使用できます: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A duplicate needs a certificate signing request (CSR) for its key.</source>
        <translation>複製には、その鍵の証明書署名リクエスト（CSR）が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>署名ハッシュ「%1」は提供されていません。sha256、sha384、sha512 のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date must be after today (%1); got %2.</source>
        <translation>終了日は今日（%1）より後である必要があります（指定値: %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date can be %1 at the latest (%2); got %3.</source>
        <translation>終了日は遅くとも%1（%2）までです（指定値: %3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>コメントは最大%1文字です（現在%2文字）。</translation>
    </message>
</context>
<context>
    <name>DuplicateWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/DuplicateWizard.cpp" line="+13"/>
        <source>Duplicate %1</source>
        <translation>%1 を複製</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key and CSR for the duplicate</source>
        <translation>複製の鍵とCSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;Duplicate requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;複製をリクエストしました。&lt;/b&gt;リクエスト %1 は［リクエスト］ページで承認待ちです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;複製が却下されました。&lt;/b&gt;リクエスト %1 は却下されました。［リクエスト］ページを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;複製を申請しました&lt;/b&gt;（リクエスト %1）。承認待ちかどうかはCertCentralから示されていません。［リクエスト］ページで確認できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Duplicate submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>注文 %1 の&lt;b&gt;複製を申請しました&lt;/b&gt;。承認待ちかどうかはCertCentralから示されていません。注文の詳細で確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Duplicate issued&lt;/b&gt;: certificate %1. Download it from the order&apos;s Certificate tab (Download).</source>
        <translation>&lt;b&gt;複製が発行されました&lt;/b&gt;: 証明書 %1。注文の［証明書］タブからダウンロードしてください（［ダウンロード］）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends on %1 at the latest.</source>
        <translation>有効期限は遅くとも %1 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its private key: %1</source>
        <translation>秘密鍵: %1</translation>
    </message>
</context>
<context>
    <name>EditNamesDialog</name>
    <message>
        <location filename="../ui/orders/EditNamesDialog.cpp" line="+26"/>
        <source>Names of order %1</source>
        <translation>注文 %1 の名前</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most %n name(s), as the order has now. New names need DCV.</source>
        <translation>
            <numerusform>名前は最大%n個です（現在の注文と同じ数）。新しい名前にはDCVが必要です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>その他の名前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save names</source>
        <translation>名前を保存</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not changed: %1</source>
        <translation>変更されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+14"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>FieldErrorMap</name>
    <message>
        <location filename="../ui/common/FieldErrorMap.cpp" line="+97"/>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral does not accept this value.</source>
        <translation>CertCentralはこの値を受け付けません。</translation>
    </message>
</context>
<context>
    <name>FinanceScreen</name>
    <message>
        <location filename="../ui/finance/FinanceScreen.cpp" line="+34"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move funds…</source>
        <translation>資金を移動…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay invoices in CertCentral…</source>
        <translation>CertCentral で請求書を支払う…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Services API has no invoices: see what each division owes and open the CertCentral console to pay</source>
        <translation>Services API には請求書の機能がありません。各部署の未払い額を確認し、CertCentral コンソールを開いて支払います</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Finance</source>
        <translation>財務</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance history</source>
        <translation>残高履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment profile</source>
        <translation>支払いプロファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funds by division</source>
        <translation>部署別の資金</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Funds move between divisions; this account shows fewer than two.</source>
        <translation>資金は部署間で移動します。このアカウントに表示される部署は2つ未満です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move funds from one division to another</source>
        <translation>ある部署から別の部署へ資金を移動します</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+75"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The list of divisions could not be loaded, so only your own division&apos;s funds are shown: %1</source>
        <translation>部署の一覧を読み込めなかったため、自分の部署の資金のみを表示しています: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your division</source>
        <translation>自分の部署</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The funds of %1 could not be loaded: %2</source>
        <translation>%1 の資金を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2 unpaid</source>
        <translation>%1: 未払い %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No division has unpaid invoices.</source>
        <translation>未払いの請求書がある部署はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unpaid invoice balance is not known yet: refresh the funds.</source>
        <translation>未払いの請求書の金額はまだ不明です。資金を再読み込みしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid invoices, %1 in all:</source>
        <translation>未払いの請求書（合計 %1）:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CertCentral API has no invoice functions: invoices and purchase orders are viewed and paid in the CertCentral console (Finances &gt; Pay Invoice). Payments appear here in the balance history.</source>
        <translation>CertCentral API には請求書の機能がありません。請求書と発注書の確認と支払いは CertCentral コンソール（Finances &gt; Pay Invoice）で行います。支払いはここの残高履歴に表示されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay invoices in CertCentral</source>
        <translation>CertCentral で請求書を支払う</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens %1 in your browser.</source>
        <translation>%1 をブラウザーで開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open CertCentral</source>
        <translation>CertCentral を開く</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No browser could be started. Open %1 and go to Finances &gt; Pay Invoice.</source>
        <translation>ブラウザーを起動できませんでした。%1 を開き、Finances &gt; Pay Invoice に移動してください。</translation>
    </message>
</context>
<context>
    <name>FundsTransfer</name>
    <message>
        <location filename="../app/core/FundsTransfer.cpp" line="+33"/>
        <source>From: choose the division the funds leave.</source>
        <translation>移動元: 資金の移動元となる部署を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: choose the division that receives the funds.</source>
        <translation>移動先: 資金を受け取る部署を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: choose a division other than the one the funds leave.</source>
        <translation>移動先: 移動元とは別の部署を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)</source>
        <translation>1～%1 の整数の金額（例: 1000。CertCentral はセント単位の金額を移動しません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: enter %1.</source>
        <translation>金額: %1を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount: &quot;%1&quot; is not %2.</source>
        <translation>金額: 「%1」は%2ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount: %1 is out of range: %2.</source>
        <translation>金額: %1 は範囲外です。%2を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1 is more than the %2 the division has available.</source>
        <translation>金額: %1 は、部署の利用可能額 %2 を超えています。</translation>
    </message>
</context>
<context>
    <name>JsonRead</name>
    <message>
        <location filename="../app/core/JsonRead.cpp" line="+173"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>バイト%1に無効なJSONがあります: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object with &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を含むJSONオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>KeyFileWriter</name>
    <message>
        <location filename="../app/security/KeyFileWriter.cpp" line="+8"/>
        <source>Choose where to save the private key.</source>
        <translation>秘密鍵の保存先を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; CertDesk never overwrites a key file. Choose another name.</source>
        <translation>%1 は既に存在します。CertDeskは鍵ファイルを上書きしません。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>The key could not be saved to %1: %2</source>
        <translation>鍵を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>KeySpec</name>
    <message>
        <location filename="../app/core/KeySpec.cpp" line="+19"/>
        <source>Key type &quot;%1&quot; is not offered; use one of: %2</source>
        <translation>鍵の種類「%1」は提供されていません。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1ビット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ECDSA P-%1</source>
        <translation>ECDSA P-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code signing needs an RSA key of 3072 bits or more; %1 is not accepted.</source>
        <translation>コードサイニングには3072ビット以上のRSA鍵が必要です。%1 は使用できません。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+7"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>LifecycleResult</name>
    <message>
        <location filename="../app/core/LifecycleResult.cpp" line="+16"/>
        <source>The reply has no order id</source>
        <translation>応答に注文IDがありません</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The reply to the revocation has no request id</source>
        <translation>失効の応答にリクエストIDがありません</translation>
    </message>
</context>
<context>
    <name>LifecycleResultPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.ui" line="+10"/>
        <source>Change and try again</source>
        <translation>変更して再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the order</source>
        <translation>注文を開く</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/LifecycleResultPage.cpp" line="+11"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending to CertCentral…</source>
        <translation>CertCentral に送信中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;The answer was lost.&lt;/b&gt; CertCentral may have done it. Open the order and look at its requests before you try again; CertDesk does not send it twice.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;応答が失われました。&lt;/b&gt;CertCentral で処理が完了している可能性があります。再試行する前に、注文を開いてリクエストを確認してください。CertDesk が同じものを2回送信することはありません。&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Not done.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;完了しませんでした。&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <location filename="../ui/shell/LoadStatus.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>API: %1/%2 per 5 s</source>
        <translation>API: %1/%2（5秒あたり）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading orders…</source>
        <translation>注文を読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 orders loaded</source>
        <translation>%2件中%1件の注文を読み込みました</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln件の注文を読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading failed; the table shows what was loaded before</source>
        <translation>読み込みに失敗しました。表には以前に読み込んだ内容が表示されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders loaded; some are missing</source>
        <translation>%2件中%1件の注文を読み込みました。一部が欠けています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh %1</source>
        <translation>最終更新 %1</translation>
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
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch between CertCentral accounts</source>
        <translation>CertCentralアカウントを切り替えます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New order…</source>
        <translation>新規注文…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;now</source>
        <translation>今すぐ変更を確認(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for changes &amp;every</source>
        <translation>変更の確認間隔(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 minutes</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find orders</source>
        <translation>注文を検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>新しい言語は CertDesk の再起動後に適用されます。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Checking for changes failed: %1</source>
        <translation>変更の確認に失敗しました: %1</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename profile…</source>
        <translation>プロファイル名を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change API &amp;key…</source>
        <translation>APIキーを変更(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign out…</source>
        <translation>サインアウト(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move profile…</source>
        <translation>プロファイルを削除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the sand&amp;box</source>
        <translation>サンドボックスを試す(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CertDesk</source>
        <translation>CertDesk について(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <extracomment>Navigation entry: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contacts</source>
        <translation>検証済み担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+293"/>
        <source>Requests</source>
        <extracomment>Navigation entry: the approvals queue. A count may follow: &quot;Requests (3)&quot;.</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Finance</source>
        <extracomment>Navigation entry: balances, balance history, moving funds.</extracomment>
        <translation>財務</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order a certificate</source>
        <translation>証明書を注文します</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
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
        <translation>サインイン中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change API key…</source>
        <translation>APIキーを変更…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Next to expire: %1 on %2 (%n day(s))</source>
        <translation>
            <numerusform>次の期限切れ: %1（%2、残り%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pending request(s)</source>
        <translation>
            <numerusform>保留中のリクエスト %n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+285"/>
        <source>Requests (%1)</source>
        <translation>リクエスト (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>処理待ちのリクエスト %n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDomain</name>
    <message>
        <location filename="../app/core/NewDomain.cpp" line="+25"/>
        <source>Add the domain without &quot;*.&quot;: validating %1 covers its wildcard</source>
        <translation>&quot;*.&quot; を付けずにドメインを追加してください。%1 を検証すればワイルドカードも対象になります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the organization the domain belongs to</source>
        <translation>ドメインが属する組織を選択してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation &quot;%1&quot; is not known; use ov or ev</source>
        <translation>検証「%1」は不明です。ov または ev を使用してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV方式「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
</context>
<context>
    <name>NewOrder</name>
    <message>
        <location filename="../app/core/NewOrder.cpp" line="+60"/>
        <source>Choose a product.</source>
        <translation>製品を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a product name id: those are 1 to 64 lower-case letters, digits and _, for example ssl_basic.</source>
        <translation>「%1」は製品名 ID ではありません。製品名 ID は小文字の英字、数字、_ の 1～64 文字です（例: ssl_basic）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>ワイルドカード製品には *. で始まるコモンネームが必要です（例: *.example.com）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An order holds at most 250 names; this one has %1.</source>
        <translation>1つの注文に含められる名前は最大250個です（この注文は%1個）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a certificate signing request (CSR).</source>
        <translation>証明書署名リクエスト（CSR）を追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>署名ハッシュ「%1」は提供されていません。sha256、sha384、sha512 のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The order&apos;s end date must be 7 days to 3 years from today.</source>
        <translation>注文の終了日は、今日から7日～3年後の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order lasts at most 1,095 days; you entered %1.</source>
        <translation>注文の有効期間は最大1,095日です（入力値: %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>An order lasts 1 to 3 years; you entered %1.</source>
        <translation>注文の有効期間は1～3年です（入力値: %1）。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV方式「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>HTTPファイルによるDCVではワイルドカード名（%1）を証明できません。メールまたはDNSを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DCV scope must be base_domain or fqdn.</source>
        <translation>DCVの範囲は base_domain または fqdn である必要があります。</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>Choose the organization the certificate is for.</source>
        <translation>証明書の対象となる組織を選択してください。</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+74"/>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com).</source>
        <translation>「%1」はメールアドレスではありません（name@example.com）。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>At most 20 more addresses can be notified.</source>
        <translation>通知できるアドレスは、あと最大20件です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments have at most 1,000 characters.</source>
        <translation>コメントは最大1,000文字です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The renewal message has at most 1,000 characters.</source>
        <translation>更新メッセージは最大1,000文字です。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>A certificate lasts 1 to %1 days here (at most %2 from today, and not past the order); you entered %3.</source>
        <translation>ここでの証明書の有効期間は1～%1日です（本日時点で最大%2日、注文の期間を超えない範囲）。入力値: %3。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, 0-9).</source>
        <translation>代替注文IDは、1～64文字の英字と数字（A-Z、a-z、0-9）で指定します。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Choose how the key is kept: a shipped token, the client app, your own HSM (e-mail) or KeyLocker.</source>
        <translation>鍵の保管方法を選択してください: 配送されるトークン、クライアントアプリ、自社のHSM（メール）、KeyLocker。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the CSR made on your HSM (RSA 3072 or more).</source>
        <translation>HSMで作成したCSR（RSA 3072以上）を追加してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code-signing orders run for whole years (1 to 3) or to an end date.</source>
        <translation>コードサイニングの注文の期間は、年単位（1～3年）または終了日で指定します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DCV e-mail addresses are only used with the e-mail DCV method.</source>
        <translation>DCVメールアドレスは、メールによるDCV方式でのみ使用されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a name on this order.</source>
        <translation>%1 はこの注文の名前ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has more than one DCV e-mail address; give one.</source>
        <translation>%1 に複数のDCVメールアドレスが指定されています。1つだけ指定してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DCV e-mail for %1 goes to an address at %1 or at one of its parent domains (for example admin@%2); %3 is not.</source>
        <translation>%1 のDCVメールは、%1 またはその親ドメインのアドレス（例: admin@%2）に送信されます。%3 は該当しません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DV orders cannot have an order-level organization contact.</source>
        <translation>DV注文には注文単位の組織担当者を設定できません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the technical contact&apos;s telephone number; TLS orders need one.</source>
        <translation>技術担当者の電話番号を入力してください。TLSの注文には必須です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only EV and code-signing orders name verified contacts.</source>
        <translation>検証済み担当者を指定できるのは、EV注文とコードサイニング注文のみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added to one order; you entered %2.</source>
        <translation>1つの注文に追加できる新しい検証済み担当者は最大%1人です（入力数: %2）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A custom field is named by its positive ID.</source>
        <translation>カスタムフィールドは正のIDで指定します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom field&apos;s value has 1 to 1,024 characters.</source>
        <translation>カスタムフィールドの値は1～1,024文字です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pay from the balance, by card or with the stored card.</source>
        <translation>残高、カード、または登録済みのカードで支払ってください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A VAT number has at most %1 letters, digits, spaces, dots or dashes; got &quot;%2&quot;.</source>
        <translation>VAT番号は、英字、数字、スペース、ピリオド、ハイフンで最大%1文字です。指定値:「%2」。</translation>
    </message>
</context>
<context>
    <name>NewOrganization</name>
    <message>
        <location filename="../app/core/NewOrganization.cpp" line="+24"/>
        <location line="+28"/>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name and assumed name together may have at most 61 characters; these have %1.</source>
        <translation>名前と通称は合わせて最大61文字です（現在%1文字）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Two letters: the ISO 3166 country code, for example US or DE.</source>
        <translation>2文字のISO 3166国コードで指定してください（例: US、DE）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a validation type; use OV, EV, CS or EV CS.</source>
        <translation>「%1」は検証の種類ではありません。OV、EV、CS、EV CS のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 が2回選択されています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EV and code-signing validations need a verified contact who approves them; add one first.</source>
        <translation>EV検証とコードサイニング検証には、承認を行う検証済み担当者が必要です。先に追加してください。</translation>
    </message>
</context>
<context>
    <name>NewOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+33"/>
        <source>Verified contact (approves EV and code signing)</source>
        <translation>検証済み担当者（EVとコードサイニングを承認）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create it even though an organization with this name exists</source>
        <translation>同じ名前の組織が存在しても作成する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create organization</source>
        <translation>組織を作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As registered, up to 64 characters</source>
        <translation>登記どおり、64文字以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>通称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: trading name (DBA)</source>
        <translation>任意: 商号（DBA）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line 2</source>
        <translation>住所 2行目</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+15"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>State or province</source>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../ui/organizations/NewOrganizationDialog.cpp" line="+1"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two letters, for example US or DE</source>
        <translation>2文字（例: US、DE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Submit for validation now (optional)</source>
        <translation>今すぐ検証を申請（任意）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OV is enough for OV certificates. EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>OV証明書にはOVで十分です。EV、CS、EV CS には承認を行う検証済み担当者が必要です。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Organization contact</source>
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Technical contact (optional)</source>
        <translation>技術担当者（任意）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needed for EV, CS or EV CS; more can be added later on the Verified contacts page.</source>
        <translation>EV、CS、EV CS に必要です。後から［検証済み担当者］ページで追加することもできます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+191"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Verified contact (required for EV and code signing)</source>
        <translation>検証済み担当者（EVとコードサイニングに必須）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified contact (optional)</source>
        <translation>検証済み担当者（任意）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>CertCentral did not create the organization: %1</source>
        <translation>CertCentralは組織を作成しませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check the marked fields: %Ln problem(s).</source>
        <translation>
            <numerusform>マークされた項目を確認してください: 問題%Ln件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
</context>
<context>
    <name>NewVerifiedContact</name>
    <message>
        <location filename="../app/core/NewVerifiedContact.cpp" line="+17"/>
        <source>&quot;%1&quot; is not a validation type; use EV, CS or EV CS.</source>
        <translation>「%1」は検証の種類ではありません。EV、CS、EV CS のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter at least one contact.</source>
        <translation>担当者を1人以上入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 new verified contacts can be added in one request; you entered %2.</source>
        <translation>1回のリクエストで追加できる新しい検証済み担当者は最大%1人です（入力数: %2）。</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../app/core/Order.cpp" line="+25"/>
        <source>An order without a valid &quot;id&quot;</source>
        <translation>有効な &quot;id&quot; のない注文</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../ui/orders/OrderActions.cpp" line="+24"/>
        <source>Reissue…</source>
        <translation>再発行…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate…</source>
        <translation>複製…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel order…</source>
        <translation>注文をキャンセル…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check DCV now</source>
        <translation>今すぐDCVを確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resend DCV e-mails</source>
        <translation>DCVメールを再送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change DCV method…</source>
        <translation>DCV方式を変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit names…</source>
        <translation>名前を編集…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a certificate from a file…</source>
        <translation>ファイルから証明書を失効…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate to revoke</source>
        <translation>失効させる証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Select an order first.</source>
        <translation>先に注文を選択してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 could not be read: %2</source>
        <translation>注文 %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 には証明書（PEM または DER）が含まれていません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1: names saved; new names need DCV.</source>
        <translation>注文 %1: 名前を保存しました。新しい名前にはDCVが必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order %1 was canceled.</source>
        <translation>注文 %1 をキャンセルしました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: every name is proven and the certificate was issued.</source>
        <translation>注文 %1: すべての名前が証明され、証明書が発行されました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Order %1: DCV checked; %n name(s) proven so far.</source>
        <translation>
            <numerusform>注文 %1: DCVを確認しました。これまでに%n件の名前が証明されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1: DCV not confirmed yet: %2</source>
        <translation>注文 %1: DCVはまだ確認されていません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: the DCV e-mails were sent again.</source>
        <translation>注文 %1: DCVメールを再送信しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1: the DCV e-mails were not sent: %2</source>
        <translation>注文 %1: DCVメールは送信されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../app/core/OrderCancellation.cpp" line="+14"/>
        <source>Choose the order to cancel (a positive number).</source>
        <translation>キャンセルする注文を選択してください（正の数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the order is canceled: CertCentral requires a note.</source>
        <translation>注文をキャンセルする理由を入力してください。CertCentralではメモが必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note has at most %1 characters; this one has %2.</source>
        <translation>メモは最大%1文字です（現在%2文字）。</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../ui/orders/OrderColumns.cpp" line="+84"/>
        <source>Reset columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>OrderContactsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.ui" line="+8"/>
        <source>Verified contacts who approve this order</source>
        <translation>この注文を承認する検証済み担当者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New people (CertCentral validates them with the order):</source>
        <translation>新しい担当者（CertCentralが注文とともに検証します）:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a person</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other contacts for this order only</source>
        <translation>この注文専用のその他の担当者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization contact</source>
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact</source>
        <translation>技術担当者</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderContactsPage.cpp" line="+21"/>
        <location line="+34"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertCentral asks only the verified contacts you choose here to approve the order. Choose none to leave it to the organization&apos;s verified contacts (or you, when it has none).</source>
        <translation>CertCentralは、ここで選択した検証済み担当者にのみ注文の承認を依頼します。選択しない場合は、組織の検証済み担当者（いない場合はあなた）に任されます。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Who approves the order for the organization, and who is told about it.</source>
        <translation>組織として注文を承認する人と、通知を受ける人です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who CertCentral tells about this order. The organization&apos;s own contacts are used unless you name others.</source>
        <translation>この注文についてCertCentralが通知する相手です。ほかの担当者を指定しない限り、組織自体の担当者が使用されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the organization&apos;s verified contacts…</source>
        <translation>組織の検証済み担当者を読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization&apos;s verified contacts could not be loaded: %1</source>
        <translation>組織の検証済み担当者を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;、%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organization has no verified contacts yet: add the people who approve.</source>
        <translation>この組織にはまだ検証済み担当者がいません。承認を行う担当者を追加してください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of at most %2 new</source>
        <translation>新規 %1 / 最大%2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New person %1, %2: %3</source>
        <translation>新しい担当者 %1、%2: %3</translation>
    </message>
</context>
<context>
    <name>OrderCsv</name>
    <message>
        <location filename="../app/core/OrderCsv.cpp" line="+23"/>
        <source>Name at least one column.</source>
        <translation>列を1つ以上指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column &quot;%1&quot; is not known; use any of: %2</source>
        <translation>列「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
</context>
<context>
    <name>OrderDcvCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+37"/>
        <source>CertCentral sent no random value</source>
        <translation>CertCentralからランダム値が送られてきませんでした</translation>
    </message>
</context>
<context>
    <name>OrderDcvPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.ui" line="+5"/>
        <source>DCV method</source>
        <translation>DCV方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prove control of</source>
        <translation>管理権を証明する対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>ベースドメイン（サブドメインも対象）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each name exactly as requested</source>
        <translation>リクエストどおりの各名前</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderDcvPage.cpp" line="+16"/>
        <source>Domain control validation</source>
        <translation>ドメイン管理権の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral checks that the names are yours.</source>
        <translation>名前があなたの管理下にあることをCertCentralが確認する方法です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own.</source>
        <translation>ベースドメイン: example.com を証明すると shop.example.com も対象になります。各名前: 名前ごとに個別に証明します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave an address empty to let CertCentral write to every WHOIS address and to admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. Naming one sends the e-mail only there.</source>
        <translation>アドレスを空欄にすると、CertCentralはドメインのすべてのWHOISアドレスと admin@、administrator@、webmaster@、hostmaster@、postmaster@ にメールを送信します。アドレスを指定すると、そのアドレスにのみ送信します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Send the DCV e-mail to</source>
        <translation>DCVメールの送信先</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>every WHOIS and constructed address</source>
        <translation>すべてのWHOISアドレスと構成アドレス</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CertCentral e-mails the domain&apos;s WHOIS and constructed addresses.</source>
        <translation>CertCentralがドメインのWHOISアドレスと構成アドレスにメールを送信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You place a file under /.well-known/pki-validation/ on the site.</source>
        <translation>サイトの /.well-known/pki-validation/ にファイルを配置します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You add a CNAME record; the result page shows which.</source>
        <translation>CNAMEレコードを追加します。追加するレコードは結果ページに表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You add a TXT record with a random value; the result page shows it.</source>
        <translation>ランダム値を含むTXTレコードを追加します。値は結果ページに表示されます。</translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message>
        <location filename="../ui/orders/OrderDetailsPane.cpp" line="+120"/>
        <source>Order</source>
        <extracomment>Field label: the certificate order&apos;s number.</extracomment>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+9"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Valid till</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order validity</source>
        <translation>注文の有効期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative ID</source>
        <translation>代替ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>サムプリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature hash</source>
        <translation>署名ハッシュ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server platform</source>
        <translation>サーバープラットフォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DCV</source>
        <translation>DCV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+82"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: an approval request on the order (new order, reissue, duplicate, revocation).</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization contact</source>
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Technical contact</source>
        <translation>技術担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also notified</source>
        <translation>ほかの通知先</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Names and DCV</source>
        <translation>名前とDCV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <extracomment>Tab: the approval requests recorded on this order, not network requests.</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain control validation of each name on the order</source>
        <translation>注文の各名前のドメイン管理権の検証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissued and duplicate certificates of the order</source>
        <translation>注文の再発行された証明書と複製証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests on the order and its notes</source>
        <translation>注文に対するリクエストとメモ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an order to see its details.</source>
        <translation>注文を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Loading order %1…</source>
        <translation>注文 %1 を読み込み中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1</source>
        <translation>注文 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（残り%n日）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 bits</source>
        <translation>%1ビット</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
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
        <translation>この注文にはリクエストがありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Canceled: %1</source>
        <translation>キャンセル: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal of order %1.</source>
        <translation>注文 %1 の更新です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message: %1</source>
        <translation>更新メッセージ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes on this order.</source>
        <translation>この注文にはメモがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization&apos;s own contact</source>
        <translation>組織自体の担当者</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the validation status…</source>
        <translation>検証状況を読み込み中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The validation status could not be loaded.</source>
        <translation>検証状況を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validation status of order %1 could not be loaded: %2</source>
        <translation>注文 %1 の検証状況を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Control is proven for %1</source>
        <translation>%1 の管理権を証明済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This order has no names to validate.</source>
        <translation>この注文には検証する名前がありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln name(s) approved.</source>
        <translation>
            <numerusform>%Ln個中%1個の名前が承認済みです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: %1.</source>
        <extracomment>The DCV scope: which names domain control is proven for (the base domain or each name).</extracomment>
        <translation>範囲: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each exact name</source>
        <translation>各名前（完全一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domain</source>
        <translation>ベースドメイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization %1 validation: %2 until %3.</source>
        <extracomment>%1: the validation (OV, EV) or organization, %2: its status, %3: a date.</extracomment>
        <translation>組織の%1検証: %2（%3まで）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization %1 validation: %2.</source>
        <translation>組織の%1検証: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk check: %1.</source>
        <translation>リスクチェック: %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading reissues and duplicates…</source>
        <translation>再発行と複製を読み込み中…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate history could not be loaded.</source>
        <translation>証明書の履歴を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate history of order %1 could not be loaded: %2</source>
        <translation>注文 %1 の証明書の履歴を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1</source>
        <translation>作成日 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial %1</source>
        <translation>シリアル %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked: %1</source>
        <translation>失効: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This order has not been reissued or duplicated.</source>
        <translation>この注文は再発行も複製もされていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln reissue(s)</source>
        <translation>
            <numerusform>再発行 %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>複製 %Ln件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/orders/OrderFilterBar.cpp" line="+30"/>
        <source>Valid till</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All products</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organizations</source>
        <translation>すべての組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All containers</source>
        <translation>すべてのコンテナ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load only orders with this status</source>
        <translation>このステータスの注文のみ読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this product</source>
        <translation>この製品の注文のみ読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders of this organization</source>
        <translation>この組織の注文のみ読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders in this container</source>
        <translation>このコンテナ内の注文のみ読み込みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only certificates that end between these two days (both included); orders without an end date are left out</source>
        <translation>有効期限がこの2日間の範囲内（両日を含む）の証明書のみ読み込みます。有効期限のない注文は除外されます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name on the server</source>
        <translation>サーバー上の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load only orders whose common name or SANs contain this text, or the order with this number; press Enter to load</source>
        <translation>コモンネームまたはSANにこのテキストを含む注文、またはこの番号の注文のみ読み込みます。Enterキーで読み込みます</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load:</source>
        <translation>読み込み:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These filters are applied by CertCentral; the search box above filters what is loaded</source>
        <translation>これらのフィルターはCertCentral側で適用されます。上の検索ボックスは読み込み済みの内容を絞り込みます</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>製品 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>組織 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container %1</source>
        <translation>コンテナ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid till %1 – %2</source>
        <translation>有効期限 %1～%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name containing &quot;%1&quot;</source>
        <translation>名前に「%1」を含む</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (not in the list)</source>
        <translation>%1（一覧にありません）</translation>
    </message>
</context>
<context>
    <name>OrderInfoCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="-11"/>
        <source>Expected a JSON object for order %1</source>
        <translation>注文 %1 にはJSONオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>OrderKeyPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.ui" line="+5"/>
        <source>Make a new private key and CSR on this computer</source>
        <translation>このコンピューターで新しい秘密鍵とCSRを作成する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key as</source>
        <translation>鍵の保存先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the key without a passphrase</source>
        <translation>パスフレーズなしで鍵を保存する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make key and CSR</source>
        <translation>鍵とCSRを作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use a CSR I already have</source>
        <translation>既存のCSRを使用する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open CSR file…</source>
        <translation>CSRファイルを開く…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderKeyPage.cpp" line="+21"/>
        <source>Private key and CSR</source>
        <translation>秘密鍵とCSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The private key stays on this computer. CertCentral only sees the CSR.</source>
        <translation>秘密鍵はこのコンピューターに保持されます。CertCentralに送られるのはCSRのみです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the private key as</source>
        <translation>秘密鍵の保存先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a CSR</source>
        <translation>CSRを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR files (*.csr *.pem *.txt);;All files (*)</source>
        <translation>CSRファイル (*.csr *.pem *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Anyone who can read the key file can use the key. Only do this for a server that cannot ask for a passphrase.</source>
        <translation>鍵ファイルを読み取れる人は誰でもこの鍵を使用できます。パスフレーズを入力できないサーバーの場合にのみ使用してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too short: at least 8 characters.</source>
        <translation>短すぎます: 8文字以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: strong.</source>
        <translation>強度: 強。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: fair; longer is stronger.</source>
        <translation>強度: 中。長いほど強くなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: weak; use a longer phrase.</source>
        <translation>強度: 弱。より長いフレーズを使用してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The order&apos;s current CSR is filled in; it must match the names of the reissue.</source>
        <translation>注文の現在のCSRが入力されています。再発行の名前と一致している必要があります。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose where to save the key.</source>
        <translation>鍵の保存先を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; keys are never overwritten. Choose another name.</source>
        <translation>%1 は既に存在します。鍵は上書きされません。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>パスフレーズは8文字以上必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a %1 key…</source>
        <translation>%1 の鍵を作成中…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Key saved to %1 (readable by you only). The CSR is ready.</source>
        <translation>鍵を %1 に保存しました（あなただけが読み取り可能）。CSRの準備ができました。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The CSR holds a %1 key and matches the names.</source>
        <translation>CSRには %1 の鍵が含まれ、名前も一致しています。</translation>
    </message>
</context>
<context>
    <name>OrderNamesEditCall</name>
    <message>
        <location filename="../app/api/OrderEndpoints.cpp" line="+181"/>
        <source>A pending order keeps at most the %1 names it has; this has %2. Remove names, or reissue after it is issued.</source>
        <translation>保留中の注文で使用できる名前は、現在の%1個までです（この変更では%2個）。名前を削除するか、発行後に再発行してください。</translation>
    </message>
</context>
<context>
    <name>OrderNamesPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.ui" line="+5"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names (SANs)</source>
        <translation>その他の名前（SAN）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One name per line: www.example.com, api.example.com …</source>
        <translation>1行に1つの名前: www.example.com、api.example.com …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="+79"/>
        <source>Add the free name</source>
        <translation>無料の名前を追加</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderNamesPage.cpp" line="-65"/>
        <source>Which names?</source>
        <translation>どの名前ですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The common name and any other names the certificate covers.</source>
        <translation>コモンネームと、証明書の対象となるその他の名前です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names beyond the common name and its free www. or base-domain name may cost more.</source>
        <translation>コモンネームと、無料で追加できる www. またはベースドメインの名前以外は、追加料金がかかる場合があります。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A wildcard product needs a common name that starts with *.</source>
        <translation>ワイルドカード製品には *. で始まるコモンネームが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1 (free)</source>
        <translation>%1 を追加（無料）</translation>
    </message>
</context>
<context>
    <name>OrderOptionsPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.ui" line="+6"/>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew automatically before the order ends</source>
        <translation>注文の終了前に自動的に更新する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue automatically when a certificate of the plan nears its end</source>
        <translation>プランの証明書の期限が近づいたら自動的に再発行する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also tell</source>
        <translation>ほかの通知先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>security@example.com, ops@example.com</source>
        <translation>security@example.com, ops@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal message</source>
        <translation>更新メッセージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>承認者へのコメント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account&apos;s order fields</source>
        <translation>アカウントの注文フィールド</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOptionsPage.cpp" line="+18"/>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the order is kept and who hears about it. All optional.</source>
        <translation>注文の保管場所と通知先です。すべて任意です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s, or yours</source>
        <translation>組織のコンテナ、またはあなたのコンテナ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within a multi-year plan, CertCentral reissues the certificate with the same names before it expires.</source>
        <translation>複数年プランでは、CertCentralが有効期限前に同じ名前で証明書を再発行します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your account&apos;s order fields could not be loaded: %1</source>
        <translation>アカウントの注文フィールドを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>required: %1</source>
        <translation>必須: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: %1</source>
        <translation>任意: %1</translation>
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
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organization…</source>
        <translation>新しい組織…</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderOrganizationPage.cpp" line="+15"/>
        <source>Which organization?</source>
        <translation>どの組織ですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate names an organization of your account, validated by CertCentral.</source>
        <translation>証明書には、CertCentralが検証した、アカウントの組織が記載されます。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading organizations…</source>
        <translation>組織を読み込み中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account has no active organizations yet; add one with New organization…</source>
        <translation>アカウントにはまだ有効な組織がありません。［新しい組織…］で追加してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 validation: %2. The order can be issued as soon as the names are proven.</source>
        <translation>%1検証: %2。名前が証明され次第、注文を発行できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 validation: %2. It finishes with this order, which takes longer.</source>
        <translation>%1検証: %2。この注文とともに完了するため、時間がかかります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validated for %1 yet: CertCentral validates it with this order, which takes longer.</source>
        <translation>%1 の検証はまだ済んでいません。CertCentralがこの注文とともに検証するため、時間がかかります。</translation>
    </message>
</context>
<context>
    <name>OrderPaymentPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.ui" line="+6"/>
        <source>From the account balance</source>
        <translation>アカウントの残高から</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the card stored in CertCentral</source>
        <translation>CertCentralに登録済みのカードで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a card</source>
        <translation>カードで</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card number</source>
        <translation>カード番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name on the card</source>
        <translation>カード名義</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State, postal code</source>
        <translation>都道府県・州、郵便番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters)</source>
        <translation>国（2文字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VAT number (optional)</source>
        <translation>VAT番号（任意）</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderPaymentPage.cpp" line="+18"/>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CertCentral charges the order.</source>
        <translation>CertCentralが注文を請求する方法です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertDesk sends the card to CertCentral with this order only; it never stores or logs the number or the security code.</source>
        <translation>CertDeskはこの注文でのみカード情報をCertCentralに送信します。カード番号やセキュリティコードを保存したりログに記録したりすることはありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available: %1</source>
        <translation>利用可能: %1</translation>
    </message>
</context>
<context>
    <name>OrderProductPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.ui" line="+5"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProductPage.cpp" line="+16"/>
        <source>Which certificate?</source>
        <translation>どの証明書ですか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The products your account may order. The kind decides what CertCentral checks before it issues.</source>
        <translation>アカウントで注文できる製品です。種類によって、発行前にCertCentralが確認する内容が決まります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading the products of your account…</source>
        <translation>アカウントの製品を読み込み中…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The products could not be loaded: %1</source>
        <translation>製品を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a product.</source>
        <translation>製品を選択してください。</translation>
    </message>
</context>
<context>
    <name>OrderProvisioningPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.ui" line="+6"/>
        <source>Ship me a hardware token</source>
        <translation>ハードウェアトークンを配送してもらう</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>受取人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2 (optional)</source>
        <translation>住所 2行目（任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, postal code</source>
        <translation>市区町村、都道府県・州、郵便番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (two letters), shipping</source>
        <translation>国（2文字）、配送方法</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it on my own token with DigiCert&apos;s client app</source>
        <translation>DigiCertのクライアントアプリで自分のトークンにインストールする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have an HSM: use this CSR (RSA 3072 bits or more)</source>
        <translation>HSMを使用: このCSRを使う（RSA 3072ビット以上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-----BEGIN CERTIFICATE REQUEST----- …</source>
        <translation>-----BEGIN CERTIFICATE REQUEST----- …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in DigiCert KeyLocker</source>
        <translation>鍵をDigiCert KeyLockerに保管する</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderProvisioningPage.cpp" line="+1"/>
        <source>Where will the key live?</source>
        <translation>鍵をどこに保管しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code-signing keys are kept on hardware; choose how.</source>
        <translation>コードサイニングの鍵はハードウェアに保管されます。方法を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard shipping</source>
        <translation>通常配送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expedited shipping</source>
        <translation>速達配送</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DigiCert ships a token; you install the certificate on it with the initialization code it comes with.</source>
        <translation>DigiCertがトークンを配送します。付属の初期化コードを使って証明書をトークンにインストールします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You install the certificate on your own supported token with DigiCert&apos;s client app.</source>
        <translation>DigiCertのクライアントアプリを使って、対応する自分のトークンに証明書をインストールします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is signed on your HSM; DigiCert e-mails you when the certificate is ready.</source>
        <translation>リクエストはHSMで署名されます。証明書の準備ができると、DigiCertからメールが届きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is made and kept in DigiCert KeyLocker.</source>
        <translation>鍵はDigiCert KeyLockerで作成され、保管されます。</translation>
    </message>
</context>
<context>
    <name>OrderQuery</name>
    <message>
        <location filename="../app/core/OrderQuery.cpp" line="+26"/>
        <source>Status &quot;%1&quot; is not known; use one of: %2</source>
        <translation>ステータス「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort field &quot;%1&quot; is not known; use one of: %2 (prefix - for descending)</source>
        <translation>並べ替えフィールド「%1」は不明です。次のいずれかを使用してください: %2（降順にするには先頭に - を付けます）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page size must be between 1 and %1</source>
        <translation>ページサイズは1～%1の範囲で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be at most 255 characters</source>
        <translation>検索テキストは255文字以内で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text must be printable characters on one line, without control characters</source>
        <translation>検索テキストは 1 行の印字可能な文字で、制御文字を含めないでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product &quot;%1&quot; is not a product name id (lower-case letters, digits and _, for example ssl_basic)</source>
        <translation>製品「%1」は製品名IDではありません（小文字の英字、数字、_ で構成。例: ssl_basic）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization id must be a positive number</source>
        <translation>組織IDは正の数である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container id must be a positive number</source>
        <translation>コンテナIDは正の数である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till: the first day (%1) is after the last day (%2)</source>
        <translation>有効期限: 開始日（%1）が終了日（%2）より後になっています</translation>
    </message>
</context>
<context>
    <name>OrderResultPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.ui" line="+5"/>
        <source>Copy the random value</source>
        <translation>ランダム値をコピー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check again</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the order</source>
        <translation>注文を変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the order</source>
        <translation>注文を開く</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderResultPage.cpp" line="+17"/>
        <source>Your order</source>
        <translation>ご注文</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Placing the order…</source>
        <translation>注文中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer was lost on the way; checking whether CertCentral took the order…</source>
        <translation>応答が途中で失われました。CertCentralが注文を受け付けたかどうかを確認中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token initialization code: &lt;b&gt;%1&lt;/b&gt; (keep it for installing the certificate on the token)</source>
        <translation>トークンの初期化コード: &lt;b&gt;%1&lt;/b&gt;（トークンに証明書をインストールする際に必要なので保管してください）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is placed.</source>
        <translation>注文 %1 を発注しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It waits for an administrator or manager to approve it.</source>
        <translation>管理者またはマネージャーの承認待ちです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Random value for DCV: &lt;b&gt;%1&lt;/b&gt; (looking up where it goes…)</source>
        <translation>DCV用のランダム値: &lt;b&gt;%1&lt;/b&gt;（配置場所を確認中…）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral e-mails the DCV approval request to the domains&apos; addresses.</source>
        <translation>CertCentralがDCV承認リクエストを各ドメインのアドレスにメールで送信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private key: %1</source>
        <translation>秘密鍵: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative order ID: %1</source>
        <translation>代替注文ID: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order did not reach CertCentral; nothing was ordered.</source>
        <translation>注文はCertCentralに届きませんでした。何も注文されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not take the order.</source>
        <translation>CertCentralは注文を受け付けませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked with alternative order ID %1. Send again to try once more.</source>
        <translation>代替注文ID %1 で確認しました。もう一度試すには［再送信］を押してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ordered. Change the order, or cancel.</source>
        <translation>何も注文されていません。注文を変更するか、キャンセルしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known yet whether the order was placed.</source>
        <translation>注文されたかどうかはまだ不明です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither the answer nor the check came through. Do not order again: press Check again when the network is back. Alternative order ID: %1</source>
        <translation>応答も確認結果も届きませんでした。再度注文しないでください。ネットワークが回復したら［再確認］を押してください。代替注文ID: %1</translation>
    </message>
</context>
<context>
    <name>OrderReviewPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.ui" line="+5"/>
        <source>Show the request CertCentral receives</source>
        <translation>CertCentralが受け取るリクエストを表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip approval (administrators)</source>
        <translation>承認をスキップ（管理者）</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderReviewPage.cpp" line="+18"/>
        <source>Check and place the order</source>
        <translation>確認して注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is ordered until you press Place order.</source>
        <translation>［注文する］を押すまで注文は確定しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>注文する</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>until %1</source>
        <translation>%1まで</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for your organization</source>
        <translation>組織向けの&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2</source>
        <translation>%2 向けの&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order validity: %1</source>
        <translation>注文の有効期間: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>鍵: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on a token shipped to %1, %2</source>
        <translation>%1（%2）宛てに配送されるトークン上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on your token (client app)</source>
        <translation>お使いのトークン上（クライアントアプリ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on your HSM (CSR given)</source>
        <translation>お使いのHSM上（CSR指定済み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in KeyLocker</source>
        <translation>KeyLocker内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain control: %1, %2</source>
        <translation>ドメイン管理権: %1、%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each name</source>
        <translation>各名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base domains</source>
        <translation>ベースドメイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (new)</source>
        <translation>%1（新規）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n verified contact(s) of the organization</source>
        <translation>
            <numerusform>組織の検証済み担当者 %n人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by: %1</source>
        <translation>承認者: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organization&apos;s verified contacts</source>
        <translation>組織の検証済み担当者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>この注文の組織担当者: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical contact for this order: %1 &amp;lt;%2&amp;gt;</source>
        <translation>この注文の技術担当者: %1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DCV e-mail for %1 goes only to %2</source>
        <translation>%1 のDCVメールは %2 にのみ送信されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews and reissues automatically</source>
        <translation>自動で更新および再発行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews automatically</source>
        <translation>自動で更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissues automatically</source>
        <translation>自動で再発行</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n custom field(s) filled in</source>
        <translation>
            <numerusform>カスタムフィールド %n件入力済み</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment: card ending %1</source>
        <translation>支払い: 末尾 %1 のカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the stored card</source>
        <translation>支払い: 登録済みのカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: the account balance</source>
        <translation>支払い: アカウントの残高</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSR: your own</source>
        <translation>CSR: 独自のもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key: %1</source>
        <translation>秘密鍵: %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placing the order charges its price to your account&apos;s balance.</source>
        <translation>注文すると、その代金がアカウントの残高から引き落とされます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placing the order charges its price to the card.</source>
        <translation>注文すると、その代金がカードに請求されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Available funds: %1</source>
        <translation>利用可能な資金: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Not placed: %1</source>
        <translation>未発注: %1</translation>
    </message>
</context>
<context>
    <name>OrderRules</name>
    <message>
        <location filename="../app/core/OrderRules.cpp" line="+22"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue pending</source>
        <translation>再発行保留中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for pickup</source>
        <translation>受け取り待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation pending</source>
        <translation>失効保留中</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Order %1 is %2: only issued orders can be reissued or duplicated.</source>
        <translation>注文 %1 は「%2」です。再発行または複製できるのは発行済みの注文のみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code-signing certificates cannot be duplicated.</source>
        <translation>コードサイニング証明書は複製できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has a reissue waiting. A certificate with a pending reissue cannot be revoked: cancel the reissue or wait until it is issued.</source>
        <translation>注文 %1 には保留中の再発行があります。再発行が保留中の証明書は失効できません。再発行をキャンセルするか、発行されるまでお待ちください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only issued certificates can be revoked.</source>
        <translation>注文 %1 は「%2」です。失効できるのは発行済みの証明書のみです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pending orders and reissues can be canceled or have DCV checked.</source>
        <translation>キャンセルまたはDCVの確認ができるのは、保留中の注文と再発行のみです。</translation>
    </message>
</context>
<context>
    <name>OrderValidation</name>
    <message>
        <location filename="../app/core/OrderValidation.cpp" line="+12"/>
        <source>The validation status is not a JSON object</source>
        <translation>検証状況がJSONオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>OrderValidityPage</name>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.ui" line="+5"/>
        <source>Order validity</source>
        <translation>注文の有効期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each certificate</source>
        <translation>各証明書</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shorter than the most (397 days):</source>
        <translation>最長（397日）より短くする:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../ui/orders/wizard/OrderValidityPage.cpp" line="+17"/>
        <source>How long?</source>
        <translation>期間はどれくらいですか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order runs for its validity; each certificate lasts at most %1 days and is reissued within the order.</source>
        <translation>注文は有効期間中継続します。各証明書の有効期間は最大%1日で、注文の期間内に再発行されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shorter than the most (%1 days):</source>
        <translation>最長（%1日）より短くする:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The order runs until %1. The first certificate is valid until %2; reissue it before then for the rest.</source>
        <translation>注文の期間は%1までです。最初の証明書の有効期限は%2です。残りの期間については、それまでに再発行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order runs until %1. The first certificate is valid until %2.</source>
        <translation>注文の期間は%1までです。最初の証明書の有効期限は%2です。</translation>
    </message>
</context>
<context>
    <name>OrderWizard</name>
    <message>
        <location filename="../ui/orders/wizard/OrderWizard.cpp" line="+25"/>
        <source>New order</source>
        <translation>新規注文</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../models/OrdersModel.cpp" line="+189"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>New order</source>
        <translation>新規注文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Expires within %1 days</source>
        <translation>%1日以内に期限切れ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative ID</source>
        <translation>代替ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-renew</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANs</source>
        <translation>SAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid till</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../ui/orders/OrdersScreen.cpp" line="+44"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the columns to show (also from the table header&apos;s menu)</source>
        <translation>表示する列を選択します（表のヘッダーのメニューからも選択可能）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reissue, duplicate, revoke or cancel the selected order</source>
        <translation>選択した注文を再発行、複製、失効、またはキャンセルします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the orders shown, with the visible columns, as a CSV file</source>
        <translation>表示中の注文を、表示中の列でCSVファイルに保存します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter loaded orders: number, name or SAN</source>
        <translation>読み込み済みの注文を絞り込み: 番号、名前、SAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters the loaded orders as you type</source>
        <translation>入力に合わせて読み込み済みの注文を絞り込みます</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <extracomment>Page title: certificate orders (purchases of certificates), not sorting.</extracomment>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Export orders</source>
        <translation>注文をエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 orders to %2.</source>
        <translation>%1件の注文を %2 に保存しました。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+121"/>
        <source>Select an order to see its details.</source>
        <translation>注文を選択すると詳細が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>Loading was canceled; %Ln order(s) shown.</source>
        <translation>
            <numerusform>読み込みがキャンセルされました。%Ln件の注文を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln order(s) could not be loaded; the others are shown. </source>
        <translation>
            <numerusform>%Ln件の注文を読み込めませんでした。その他の注文を表示しています。 </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The details of order %1 could not be loaded: %2</source>
        <translation>注文 %1 の詳細を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln件の注文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln order(s) match</source>
        <translation>
            <numerusform>%Ln件中%1件の注文が一致</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing: %1</source>
        <translation>表示中: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <location filename="../app/core/Organization.cpp" line="+48"/>
        <source>An organization without an id or a name</source>
        <translation>IDまたは名前のない組織</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>バイト%1に無効なJSONがあります: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected a JSON object for the organization</source>
        <translation>組織にはJSONオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>OrganizationContact</name>
    <message>
        <location filename="../app/core/OrganizationContact.cpp" line="+52"/>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>name@example.com のようなメールアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationContactsDialog</name>
    <message>
        <location filename="../ui/organizations/OrganizationContactsDialog.cpp" line="+32"/>
        <source>Contacts of %1</source>
        <translation>%1 の担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extension</source>
        <translation>内線</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organization contact</source>
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>技術担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave every field empty to remove the technical contact.</source>
        <translation>技術担当者を削除するには、すべての項目を空欄にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changing the name or e-mail makes it a new contact; fields left empty are cleared at CertCentral.</source>
        <translation>名前またはメールを変更すると新しい担当者になります。空欄の項目はCertCentralでクリアされます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save contacts</source>
        <translation>担当者を保存</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading the current contacts…</source>
        <translation>現在の担当者を読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current contacts could not be loaded: %1</source>
        <translation>現在の担当者を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Check the marked fields.</source>
        <translation>マークされた項目を確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CertCentral did not change the contacts: %1</source>
        <translation>CertCentralは担当者を変更しませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../models/OrganizationsModel.cpp" line="+93"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid until %1</source>
        <translation>%1まで有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired %1</source>
        <translation>%1に期限切れ</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumed name</source>
        <translation>通称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>ステータス</translation>
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
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technical contact</source>
        <translation>技術担当者</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../ui/organizations/OrganizationsScreen.cpp" line="+42"/>
        <location line="+346"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Create…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for validation…</source>
        <translation>検証を申請…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts…</source>
        <translation>担当者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search name, address or contact</source>
        <translation>名前、住所、担当者を検索</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+325"/>
        <source>Select an organization to see its contacts and validations.</source>
        <translation>組織を選択すると担当者と検証状況が表示されます。</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>%1 of %2 organizations shown</source>
        <translation>%2件中%1件の組織を表示</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add an organization, optionally submitting it for validation at once</source>
        <translation>組織を追加します（同時に検証を申請することも可能）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask CertCentral to validate the selected organization</source>
        <translation>選択した組織の検証をCertCentralに依頼します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the organization contact and the technical contact</source>
        <translation>組織担当者と技術担当者を変更します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected organization</source>
        <translation>選択した組織を削除します</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 organizations loaded</source>
        <translation>%2件中%1件の組織を読み込みました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 organizations</source>
        <translation>%1件の組織</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 was created (organization %2).</source>
        <translation>%1 を作成しました（組織 %2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was submitted for %2 validation; the list shows it as pending.</source>
        <translation>%1 の%2検証を申請しました。一覧では保留中と表示されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The contacts of %1 were changed.</source>
        <translation>%1 の担当者を変更しました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>CertCentral says: %1</source>
        <translation>CertCentralからのメッセージ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be deleted: this organization has pending orders or reissues. Cancel or finish them first, then delete it again.</source>
        <translation>%1 を削除できません。この組織には保留中の注文または再発行があります。先にキャンセルするか完了させてから、もう一度削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be deleted: it is the account&apos;s first organization, which CertCentral keeps.</source>
        <translation>%1 を削除できません。アカウントの最初の組織であり、CertCentralで保持されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not deleted: only administrators may delete organizations.</source>
        <translation>%1 は削除されませんでした。組織を削除できるのは管理者のみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists at CertCentral; refresh the list.</source>
        <translation>%1 はCertCentralに既に存在しません。一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete organization</source>
        <translation>組織を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from the account?

Its domains are deleted with it. Certificates already issued stay valid but can no longer be reissued or duplicated.</source>
        <translation>%1 をアカウントから削除しますか？

その組織のドメインも一緒に削除されます。既に発行された証明書は引き続き有効ですが、再発行や複製はできなくなります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assumed name: %1</source>
        <translation>通称: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telephone: %1</source>
        <translation>電話番号: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container: %1</source>
        <translation>コンテナ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1</source>
        <translation>作成日 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validations</source>
        <translation>検証</translation>
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
        <translation>承認者: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not submitted for validation.</source>
        <translation>検証は申請されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: none</source>
        <translation>%1: なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organization contact</source>
        <translation>組織担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical contact</source>
        <translation>技術担当者</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Verified contacts: %Ln</source>
        <translation>
            <numerusform>検証済み担当者: %Ln人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentCard</name>
    <message>
        <location filename="../app/core/PaymentCard.cpp" line="+47"/>
        <source>Enter the card number.</source>
        <translation>カード番号を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid card number: 13 to 19 digits whose check digit matches. Check for a typing error.</source>
        <translation>有効なカード番号ではありません。カード番号はチェックディジットが一致する13～19桁の数字です。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the expiry month (1 to 12).</source>
        <translation>有効期限の月（1～12）を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry year with four digits.</source>
        <translation>有効期限の年を4桁で入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card expired in %1/%2.</source>
        <translation>カードの有効期限は%1/%2に切れています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code (CVV) has 3 or 4 digits.</source>
        <translation>セキュリティコード（CVV）は3桁または4桁です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name on the card.</source>
        <translation>カード名義を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing address.</source>
        <translation>請求先住所を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the billing city.</source>
        <translation>請求先の市区町村を入力してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At most %1 characters; this has %2.</source>
        <translation>最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The country is its two-letter code, for example US or DE.</source>
        <translation>国は2文字の国コードで指定してください（例: US、DE）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the state or province.</source>
        <translation>都道府県・州を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the postal code.</source>
        <translation>郵便番号を入力してください。</translation>
    </message>
</context>
<context>
    <name>PaymentProfile</name>
    <message>
        <location filename="../app/core/PaymentProfile.cpp" line="+18"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ending %2</source>
        <translation>末尾 %2 の%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, expires %2/%3</source>
        <translation>%1、有効期限 %2/%3</translation>
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
        <translation>まだ読み込まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cards are added and changed in the CertCentral console; CertDesk shows them only and never sees a full card number.</source>
        <translation>カードの追加や変更は CertCentral コンソールで行います。CertDesk はカードを表示するだけで、完全なカード番号を参照することはありません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts to %1</source>
        <translation>領収書の送信先: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card is stored for this account.</source>
        <translation>このアカウントには登録済みのカードがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment profile could not be loaded: %1</source>
        <translation>支払いプロファイルを読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PbeLimits</name>
    <message>
        <location filename="../app/security/PbeLimits.cpp" line="+30"/>
        <source>The file&apos;s password protection has an unreadable iteration count.</source>
        <translation>ファイルのパスワード保護の反復回数を読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file asks for %1 rounds to derive its key from the passphrase; CertDesk allows at most %2 (a file made to keep the computer busy is not opened).</source>
        <translation>このファイルはパスフレーズから鍵を導出するために %1 回の反復を要求しています。CertDesk が許可するのは最大 %2 回です（コンピューターを占有させるために作られたファイルは開きません）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; CertDesk allows N x r x p up to %4 (a file made to keep the computer busy is not opened).</source>
        <translation>このファイルは鍵の導出に scrypt の N = %1、r = %2、p = %3 を要求しています。CertDesk が許可する N x r x p は %4 までです（コンピューターを占有させるために作られたファイルは開きません）。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Bundle</name>
    <message>
        <location filename="../app/security/Pkcs12Bundle.cpp" line="+109"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation>「%1」（シリアル番号 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1: the key does not belong to this certificate (its public key is another one). Choose the key that was made for this certificate&apos;s request.</source>
        <translation>証明書 %1: この鍵はこの証明書のものではありません（公開鍵が異なります）。この証明書のリクエスト用に作成した鍵を選択してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This is not a PEM certificate: it should start with -----BEGIN CERTIFICATE-----.</source>
        <translation>PEM 形式の証明書ではありません: -----BEGIN CERTIFICATE----- で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PKCS#12 passphrase needs at least %1 characters.</source>
        <translation>PKCS#12 のパスフレーズは%1文字以上必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no private key to put into the PKCS#12 file.</source>
        <translation>PKCS#12 ファイルに格納する秘密鍵がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>証明書を読み取れませんでした: -----BEGIN CERTIFICATE----- で始まる PEM テキストである必要があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate of the chain could not be read: it should be PEM text that starts with -----BEGIN CERTIFICATE-----.</source>
        <translation>チェーンの証明書を読み取れませんでした: -----BEGIN CERTIFICATE----- で始まる PEM テキストである必要があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+6"/>
        <source>The PKCS#12 file could not be made: %1</source>
        <translation>PKCS#12 ファイルを作成できませんでした: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>PKCS#12 ファイル（.p12 または .pfx）ではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This PKCS#12 file asks for more than %1 rounds of its integrity check; CertDesk does not open it (a file made to keep the computer busy).</source>
        <translation>この PKCS#12 ファイルは整合性チェックに %1 回を超える反復を要求しています。CertDesk はこのファイルを開きません（コンピューターを長時間占有させるためのファイルです）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase does not open this PKCS#12 file (or the file is damaged).</source>
        <translation>このパスフレーズでは PKCS#12 ファイルを開けません（またはファイルが破損しています）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PKCS#12 file could not be read: %1</source>
        <translation>PKCS#12 ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>PKCS#12 ファイルに、証明書に対応する秘密鍵が含まれていません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large to be a PKCS#12 file.</source>
        <translation>%1 は PKCS#12 ファイルとしては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>Pkcs12ExportDialog</name>
    <message>
        <location filename="../ui/orders/Pkcs12ExportDialog.cpp" line="+31"/>
        <source>Browse</source>
        <translation>参照</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save %1 as PKCS#12</source>
        <translation>%1 を PKCS#12 として保存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only if the key file is encrypted</source>
        <translation>鍵ファイルが暗号化されている場合のみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1 characters</source>
        <translation>%1文字以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CertDesk looks for the private key of this certificate in the folder below, checks that they belong together and writes key, certificate and chain into one file under a new passphrase.</source>
        <translation>CertDesk は下のフォルダーでこの証明書の秘密鍵を探し、両者が対応していることを確認してから、鍵、証明書、チェーンを新しいパスフレーズで1つのファイルに書き込みます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key folder</source>
        <translation>鍵のフォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder with the private key</source>
        <translation>秘密鍵のあるフォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PKCS#12 file as</source>
        <translation>PKCS#12 ファイルの保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading the certificate and its chain…</source>
        <translation>証明書とチェーンをダウンロード中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new passphrase needs at least %1 characters.</source>
        <translation>新しいパスフレーズは%1文字以上必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases differ.</source>
        <translation>2つの新しいパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose where to save the file.</source>
        <translation>ファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; CertDesk never overwrites it. Choose another name.</source>
        <translation>%1 は既に存在します。CertDesk は上書きしません。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate could not be downloaded: %1</source>
        <translation>証明書をダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral sent no certificate.</source>
        <translation>CertCentral から証明書が送信されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for the private key and writing the file…</source>
        <translation>秘密鍵を探してファイルを書き込んでいます…</translation>
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
            <numerusform>そこにある%n個の鍵は他の証明書のものです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No private key in %1 belongs to this certificate.%2</source>
        <translation>%1 内に、この証明書に対応する秘密鍵はありません。%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1 with the key from %2.</source>
        <translation>%2 の鍵を使って %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>PlacedOrder</name>
    <message>
        <location filename="../app/core/PlacedOrder.cpp" line="+20"/>
        <source>The reply has no order id</source>
        <translation>応答に注文IDがありません</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../app/core/PlainText.cpp" line="+23"/>
        <source>Character %1 is a control character (U+%2); only printable characters, line breaks and tabs are allowed.</source>
        <translation>%1 文字目は制御文字です（U+%2）。使用できるのは印字可能な文字、改行、タブのみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Character %1 is a control character or line break (U+%2); only printable characters on one line are allowed.</source>
        <translation>%1 文字目は制御文字または改行です（U+%2）。使用できるのは 1 行の印字可能な文字のみです。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../app/security/PrivateKey.cpp" line="+45"/>
        <source>The %1 key could not be made: %2</source>
        <translation>%1 の鍵を作成できませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The private key could not be read (wrong passphrase, or not a PEM private key): %1</source>
        <translation>秘密鍵を読み取れませんでした（パスフレーズが間違っているか、PEM形式の秘密鍵ではありません）: %1</translation>
    </message>
</context>
<context>
    <name>PrivateKeyFinder</name>
    <message>
        <location filename="../app/security/PrivateKeyFinder.cpp" line="+20"/>
        <source>The certificate could not be read, so no key can be matched to it.</source>
        <translation>証明書を読み取れなかったため、鍵を照合できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large to be a private key</source>
        <translation>秘密鍵としては大きすぎます</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a PEM private key</source>
        <translation>PEM 形式の秘密鍵ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>encrypted; a passphrase is needed to open it</source>
        <translation>暗号化されています。開くにはパスフレーズが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted; the passphrase does not open it</source>
        <translation>暗号化されています。このパスフレーズでは開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a private key OpenSSL can read</source>
        <translation>OpenSSL で読み取れる秘密鍵ではありません</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/ProcessHardening.cpp" line="+15"/>
        <source>The process could not be made non-dumpable: %1</source>
        <translation>プロセスをダンプ不可に設定できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core file size limit could not be set to zero: %1</source>
        <translation>コアファイルのサイズ上限を 0 に設定できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Core dumps are left to the system on this platform.</source>
        <translation>このプラットフォームでは、コアダンプはシステムの設定に従います。</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../app/core/Product.cpp" line="+39"/>
        <source>Domain validated (DV)</source>
        <translation>ドメイン認証（DV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wildcard</source>
        <translation>ワイルドカード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization validated (OV)</source>
        <translation>組織認証（OV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended validation (EV)</source>
        <translation>拡張認証（EV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>コードサイニング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EV code signing</source>
        <translation>EVコードサイニング</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ordered in CertDesk</source>
        <translation>CertDeskでは注文不可</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proves control of the names only; issued within minutes of DCV.</source>
        <translation>名前の管理権のみを証明します。DCV後、数分以内に発行されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One certificate for every name one level under a domain (*.example.com).</source>
        <translation>ドメインの1階層下のすべての名前を1枚の証明書で保護します（*.example.com）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also names your validated organization in the certificate.</source>
        <translation>検証済みの組織名も証明書に記載されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The strictest organization check, with a verified contact&apos;s approval.</source>
        <translation>最も厳格な組織確認で、検証済み担当者の承認が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs software in your organization&apos;s name.</source>
        <translation>組織の名前でソフトウェアに署名します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing with extended validation, on a hardware token.</source>
        <translation>ハードウェアトークン上での、拡張認証によるコードサイニングです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document signing, Secure Email and private certificates are ordered in the CertCentral console.</source>
        <translation>ドキュメント署名、Secure Email、プライベートの各証明書は CertCentral コンソールで注文します。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Expected a JSON object for the product</source>
        <translation>製品にはJSONオブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The product has no name_id</source>
        <translation>製品に name_id がありません</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/core/Profile.cpp" line="+29"/>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>欧州</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom URL</source>
        <translation>カスタムURL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a profile name.</source>
        <translation>プロファイル名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name may have at most 64 characters (this one has %1).</source>
        <translation>プロファイル名は最大64文字です（現在%1文字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile name must be printable characters on one line, without line breaks or control characters.</source>
        <translation>プロファイル名は 1 行の印字可能な文字で、改行や制御文字を含めないでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the full API address, for example https://www.digicert.com/services/v2/.</source>
        <translation>完全なAPIアドレスを入力してください（例: https://www.digicert.com/services/v2/）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https:// for %1: an API key must not travel unencrypted. Plain http:// is allowed only for this computer (127.0.0.1 or localhost).</source>
        <translation>%1 には https:// を使用してください。APIキーを暗号化せずに送信することはできません。http:// はこのコンピューター（127.0.0.1 または localhost）に対してのみ使用できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address must start with https:// (got &quot;%1&quot;).</source>
        <translation>アドレスは https:// で始まる必要があります（指定値:「%1」）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the API key from CertCentral (Automation &gt; API Keys).</source>
        <translation>CertCentralのAPIキーを貼り付けてください（Automation &gt; API Keys）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has no spaces or line breaks inside; check that only the key was copied.</source>
        <translation>APIキーには空白や改行は含まれません。キーだけがコピーされているか確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An API key has only letters, digits and punctuation; this one has other characters.</source>
        <translation>APIキーは英字、数字、記号のみで構成されますが、このキーにはそれ以外の文字が含まれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API key has at most 256 characters (this one has %1).</source>
        <translation>APIキーは最大256文字です（このキーは%1文字）。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/security/ProfileStore.cpp" line="+67"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>プロファイル「%1」は既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That profile no longer exists.</source>
        <translation>そのプロファイルはもう存在しません。</translation>
    </message>
</context>
<context>
    <name>ReissueNamesPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.ui" line="+6"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names</source>
        <translation>その他の名前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature hash</source>
        <translation>署名ハッシュ</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueNamesPage.cpp" line="+13"/>
        <source>Names on the reissued certificate</source>
        <translation>再発行する証明書の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefilled from order %1. Add, remove or change names; one per line.</source>
        <translation>注文 %1 から入力済みです。名前を追加、削除、変更してください（1行に1つ）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Leaving the certificate: %1. CertCentral may revoke the order&apos;s earlier certificates within 72 hours of the reissue, so replace them everywhere first.</source>
        <translation>証明書から除外される名前: %1。CertCentral は再発行から72時間以内に注文の以前の証明書を失効させる場合があるため、先にすべての場所でそれらを置き換えてください。</translation>
    </message>
</context>
<context>
    <name>ReissueOptionsPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.ui" line="+6"/>
        <source>Prove control of</source>
        <translation>管理権を証明する対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base domain (covers its subdomains)</source>
        <translation>ベースドメイン（サブドメインも対象）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each name exactly as requested</source>
        <translation>リクエストどおりの各名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments for the approver</source>
        <translation>承認者へのコメント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip approval (administrators)</source>
        <translation>承認をスキップ（管理者）</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueOptionsPage.cpp" line="+13"/>
        <source>Domain validation and approval</source>
        <translation>ドメイン検証と承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reissue</source>
        <translation>再発行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s default</source>
        <translation>アカウントの既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the order has it (%1)</source>
        <translation>注文の設定どおり（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each name</source>
        <translation>各名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base domain</source>
        <translation>ベースドメイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base domain: proving example.com also covers shop.example.com. Each name: every name is proven on its own, for example when only a subdomain is yours.</source>
        <translation>ベースドメイン: example.com を証明すると shop.example.com も対象になります。各名前: 名前ごとに個別に証明します。たとえば、サブドメインだけを所有している場合です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the order&apos;s</source>
        <translation>注文の設定を維持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the order&apos;s (%1)</source>
        <translation>注文の設定を維持（%1）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;%n name(s) leave the certificate: %1.&lt;/b&gt; Earlier certificates on this order may be revoked within 72 hours.</source>
        <extracomment>%n: how many names the reissue drops; %1: the names.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%n 件の名前が証明書から除外されます: %1。&lt;/b&gt;この注文の以前の証明書は72時間以内に失効する場合があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueProvisioningPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueProvisioningPage.cpp" line="+20"/>
        <source>Where will the new key live?</source>
        <translation>新しい鍵をどこに保管しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A code-signing certificate names the organization, not domains; the new key is made where it will be kept.</source>
        <translation>コードサイニング証明書に記載されるのはドメインではなく組織です。新しい鍵は保管先で生成されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As the order has it now</source>
        <translation>注文の現在の設定どおり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiCert ships a new hardware token</source>
        <translation>DigiCertが新しいハードウェアトークンを配送する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token I already have (the key is made on it)</source>
        <translation>手持ちのトークン（鍵はトークン上で生成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own HSM (I paste the CSR made there)</source>
        <translation>自社のHSM（HSMで作成したCSRを貼り付ける）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSR from your HSM:</source>
        <translation>HSMで作成したCSR:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-----BEGIN CERTIFICATE REQUEST-----</source>
        <translation>-----BEGIN CERTIFICATE REQUEST-----</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>As the order has it now (%1)</source>
        <translation>注文の現在の設定どおり（%1）</translation>
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
        <translation>再発行する発行済みの注文を選択してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A wildcard product needs a common name that starts with *., for example *.example.com</source>
        <translation>ワイルドカード製品には *. で始まるコモンネームが必要です（例: *.example.com）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A certificate holds at most %1 names; this one has %2.</source>
        <translation>1つの証明書に含められる名前は最大%1個です（この証明書は%2個）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reissue needs a certificate signing request (CSR) for the new key.</source>
        <translation>再発行には、新しい鍵の証明書署名リクエスト（CSR）が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Signature hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>署名ハッシュ「%1」は提供されていません。sha256、sha384、sha512 のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The server platform is a platform id, or -1 for other; got %1.</source>
        <translation>サーバープラットフォームはプラットフォームID、またはその他の場合は -1 で指定します（指定値: %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DCV scope &quot;%1&quot; is not known; use base_domain or fqdn, or leave it empty for the account&apos;s default.</source>
        <translation>DCVの範囲「%1」は不明です。base_domain または fqdn を使用するか、アカウントの既定値を使う場合は空欄にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV method &quot;%1&quot; is not known; use one of: %2</source>
        <translation>DCV方式「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HTTP file DCV cannot prove a wildcard name (%1); use e-mail or DNS.</source>
        <translation>HTTPファイルによるDCVではワイルドカード名（%1）を証明できません。メールまたはDNSを使用してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>コメントは最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Provisioning &quot;%1&quot; is not known; use ship_token, client_app or email, or leave it empty to keep the order&apos;s.</source>
        <translation>プロビジョニング「%1」は不明です。ship_token、client_app、email のいずれかを使用するか、注文の設定を維持する場合は空欄にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email provisioning (an HSM) needs a certificate signing request (CSR) for the new key.</source>
        <translation>メールによるプロビジョニング（HSM）には、新しい鍵の証明書署名リクエスト（CSR）が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A CSR goes only with email provisioning; with a token the key is made on the token.</source>
        <translation>CSRはメールによるプロビジョニングの場合のみ指定できます。トークンの場合、鍵はトークン上で生成されます。</translation>
    </message>
</context>
<context>
    <name>ReissueWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/ReissueWizard.cpp" line="+13"/>
        <source>Reissue order %1</source>
        <translation>注文 %1 を再発行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New key and CSR</source>
        <translation>新しい鍵とCSR</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+12"/>
        <source>&lt;b&gt;Reissue requested.&lt;/b&gt; Request %1 waits for approval on the Requests page.</source>
        <translation>&lt;b&gt;再発行をリクエストしました。&lt;/b&gt;リクエスト %1 は［リクエスト］ページで承認待ちです。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1.</source>
        <translation>注文 %1 の&lt;b&gt;再発行を申請しました&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiCert ships a new token; the order&apos;s details show its progress.</source>
        <translation>DigiCertが新しいトークンを配送します。進捗状況は注文の詳細で確認できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the new certificate on the token or HSM with DigiCert&apos;s tools once it is issued.</source>
        <translation>新しい証明書が発行されたら、DigiCertのツールを使ってトークンまたはHSMにインストールしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Reissue rejected.&lt;/b&gt; Request %1 was rejected; see the Requests page.</source>
        <translation>&lt;b&gt;再発行が却下されました。&lt;/b&gt;リクエスト %1 は却下されました。［リクエスト］ページを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; as request %1. CertCentral did not say whether it waits for approval; the Requests page shows it.</source>
        <translation>&lt;b&gt;再発行を申請しました&lt;/b&gt;（リクエスト %1）。承認待ちかどうかはCertCentralから示されていません。［リクエスト］ページで確認できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue submitted&lt;/b&gt; for order %1. CertCentral did not say whether it waits for approval; the order&apos;s details show it.</source>
        <translation>注文 %1 の&lt;b&gt;再発行を申請しました&lt;/b&gt;。承認待ちかどうかはCertCentralから示されていません。注文の詳細で確認できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1: new certificate %2.</source>
        <translation>注文 %1 の&lt;b&gt;再発行が受け付けられました&lt;/b&gt;。新しい証明書 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Reissue accepted&lt;/b&gt; for order %1.</source>
        <translation>注文 %1 の&lt;b&gt;再発行が受け付けられました&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove control of the names with this random value (DNS TXT record or file, as the order&apos;s DCV method says): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>このランダム値で名前の管理権を証明してください（注文のDCV方式に応じて DNS TXT レコードまたはファイル）: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names that still need DCV are listed on the order&apos;s Names and DCV tab.</source>
        <translation>まだDCVが必要な名前は、注文の［名前とDCV］タブに表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your new private key: %1</source>
        <translation>新しい秘密鍵: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier certificates with %1 may be revoked within 72 hours.</source>
        <translation>%1 を含む以前の証明書は72時間以内に失効する場合があります。</translation>
    </message>
</context>
<context>
    <name>RequestDecision</name>
    <message>
        <location filename="../app/core/RequestDecision.cpp" line="+24"/>
        <source>Choose the request to decide (a positive number).</source>
        <translation>承認または却下するリクエストを選択してください（正の数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the request is rejected: the requester sees the comment.</source>
        <translation>リクエストを却下する理由を入力してください。このコメントは申請者に表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment has at most %1 characters; this one has %2.</source>
        <translation>コメントは最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request %1 was already approved by someone else</source>
        <translation>リクエスト %1 は他のユーザーによってすでに承認されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2</source>
        <translation>リクエスト %1 は %2 によってすでに承認されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already approved by %2 on %3</source>
        <translation>リクエスト %1 は %3 に %2 によってすでに承認されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already rejected by someone else</source>
        <translation>リクエスト %1 は他のユーザーによってすでに却下されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2</source>
        <translation>リクエスト %1 は %2 によってすでに却下されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already rejected by %2 on %3</source>
        <translation>リクエスト %1 は %3 に %2 によってすでに却下されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request %1 was already decided by someone else</source>
        <translation>リクエスト %1 は他のユーザーによってすでに処理されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2</source>
        <translation>リクエスト %1 は %2 によってすでに処理されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1 was already decided by %2 on %3</source>
        <translation>リクエスト %1 は %3 に %2 によってすでに処理されています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1.</source>
        <extracomment>A sentence about a decision (%1, without its full stop) and the approver&apos;s comment (%2).</extracomment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (&quot;%2&quot;).</source>
        <translation>%1（「%2」）。</translation>
    </message>
</context>
<context>
    <name>RequestDecisionDialog</name>
    <message>
        <location filename="../ui/requests/RequestDecisionDialog.cpp" line="+31"/>
        <source>Approve requests</source>
        <translation>リクエストを承認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject requests</source>
        <translation>リクエストを却下</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approve %n request(s)? An approved request goes on to CertCentral at once and cannot be withdrawn here.</source>
        <translation>
            <numerusform>%n件のリクエストを承認しますか？承認されたリクエストはただちにCertCentralに送信され、ここでは取り消せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reject %n request(s)? The requester sees your comment; a rejected request cannot be reopened.</source>
        <translation>
            <numerusform>%n件のリクエストを却下しますか？申請者にはあなたのコメントが表示されます。却下されたリクエストは再開できません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request</source>
        <extracomment>&quot;Request&quot;: the approval request&apos;s number; &quot;What&quot;: what it asks for.</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Comment for the requester (optional):</source>
        <translation>申請者へのコメント（任意）(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the requester (required):</source>
        <translation>申請者に伝える理由（必須）(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: approved for the Q3 web rollout</source>
        <translation>例: 第3四半期のWeb展開のため承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: use the wildcard order 1234 instead</source>
        <translation>例: 代わりにワイルドカード注文 1234 を使用してください</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Approve %n request(s)</source>
        <translation>
            <numerusform>%n件のリクエストを承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n request(s)</source>
        <translation>
            <numerusform>%n件のリクエストを却下</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Sending %1 of %2…</source>
        <translation>%2件中%1件目を送信中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not known whether it was sent: %1. Refresh the list before trying again.</source>
        <translation>送信されたかどうかは不明です: %1。再試行する前に一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation>送信されませんでした: %1</translation>
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
            <numerusform>%n件のリクエストを承認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s) rejected.</source>
        <translation>
            <numerusform>%n件のリクエストを却下しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n had already been decided by someone else; the list is refreshed.</source>
        <translation>
            <numerusform>%n件は他のユーザーによってすでに処理されていました。一覧を再読み込みします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be sent; see the Result column.</source>
        <translation>
            <numerusform>%n件は送信できませんでした。［結果］列を参照してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDetailsPane</name>
    <message>
        <location filename="../ui/requests/RequestDetailsPane.cpp" line="+57"/>
        <source>Request</source>
        <extracomment>The tab with the approval request itself (who asked, when and why).</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester&apos;s comment</source>
        <translation>申請者のコメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>処理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver&apos;s comment</source>
        <translation>承認者のコメント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation reason</source>
        <translation>失効理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Order</source>
        <extracomment>A certificate order in CertCentral, not a sort order.
----------
Field label: the number of the certificate order the request belongs to.</extracomment>
        <translation>注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>その他の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization validation</source>
        <translation>組織の検証</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names in the CSR</source>
        <translation>CSR内の名前</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a request to see what it asks for.</source>
        <translation>リクエストを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request could not be loaded: %1</source>
        <translation>リクエストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order could not be loaded: %1</source>
        <translation>注文を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization could not be loaded: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request %1: %2</source>
        <translation>リクエスト %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request %1: %2 for %3</source>
        <translation>リクエスト %1: %3 の %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
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
        <translation>CertCentralから提供されていません</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A revocation carries no CSR.</source>
        <translation>失効リクエストにはCSRは含まれません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CertCentral did not return the CSR.</source>
        <translation>CertCentralからCSRが返されませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CSR could not be read: %1</source>
        <translation>CSRを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: CertCentral will refuse this CSR</source>
        <translation>無効: CertCentralはこのCSRを拒否します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
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
        <translation>%1（%2まで）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not validated yet</source>
        <translation>未検証</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../models/RequestsModel.cpp" line="+68"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common name</source>
        <translation>コモンネーム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other names</source>
        <translation>その他の名前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/requests/RequestsScreen.cpp" line="+32"/>
        <source>Approve…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Requests</source>
        <extracomment>The approvals queue: requests for certificates waiting for an approver.</extracomment>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>You can follow your own requests here. %1</source>
        <translation>ここでは自分のリクエストの状況を確認できます。%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select one or more pending requests</source>
        <translation>保留中のリクエストを1件以上選択してください</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only pending requests can be decided; %n selected request(s) already were.</source>
        <translation>
            <numerusform>承認または却下できるのは保留中のリクエストのみです。選択したリクエストのうち%n件はすでに処理されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the selected requests</source>
        <translation>選択したリクエストを承認します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected requests with a reason</source>
        <translation>選択したリクエストを理由を付けて却下します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request to see what it asks for.</source>
        <translation>リクエストを選択すると内容が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n件のリクエストが選択されています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading requests…</source>
        <translation>リクエストを読み込み中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The requests could not be loaded: %1</source>
        <translation>リクエストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be loaded.</source>
        <translation>一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No requests yet.</source>
        <translation>リクエストはまだありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests match the filters.</source>
        <translation>フィルターに一致するリクエストはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 request(s), %2 waiting for a decision</source>
        <translation>リクエスト %1件（処理待ち %2件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only part of the list was loaded; refresh to try again.</source>
        <translation>一覧の一部しか読み込めませんでした。再読み込みしてやり直してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n request(s) had been decided by someone else meanwhile; the list now shows their status.</source>
        <translation>
            <numerusform>%n件のリクエストは、その間に他のユーザーによって処理されていました。一覧には現在のステータスが表示されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n decision(s) could not be sent; the dialog lists why.</source>
        <translation>
            <numerusform>%n件の承認または却下を送信できませんでした。理由はダイアログに表示されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeConfirmPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.ui" line="+7"/>
        <source>Skip approval (administrators)</source>
        <translation>承認をスキップ（管理者）</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeConfirmPage.cpp" line="+13"/>
        <source>Confirm the revocation</source>
        <translation>失効の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoke &lt;b&gt;every certificate on order %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;注文 %1 のすべての証明書&lt;/b&gt;（%2）を失効させます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke &lt;b&gt;the certificate with serial number %1&lt;/b&gt; for %2.</source>
        <translation>%2 の&lt;b&gt;シリアル番号 %1 の証明書&lt;/b&gt;を失効させます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke &lt;b&gt;certificate %1&lt;/b&gt; for %2, serial %3.</source>
        <translation>%2 の&lt;b&gt;証明書 %1&lt;/b&gt;（シリアル番号 %3）を失効させます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromised at: %1 (sent as %2)</source>
        <translation>鍵が侵害された日時: %1（%2 として送信）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>確認のため &lt;b&gt;%1&lt;/b&gt; と入力してください:</translation>
    </message>
</context>
<context>
    <name>RevokeDatePage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.ui" line="+6"/>
        <source>I know when the private key was compromised</source>
        <translation>秘密鍵が侵害された日時がわかっている</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the order in CertCentral</source>
        <translation>CertCentralで注文を開く</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeDatePage.cpp" line="+18"/>
        <source>When was the key compromised?</source>
        <translation>鍵が侵害されたのはいつですか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relying parties may treat what was signed before this time as trustworthy.</source>
        <translation>この日時より前に署名されたものは、検証者によって信頼できるものとして扱われる場合があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CertCentral API has no field for this date: CertDesk writes it as the first line of the revocation comment (&quot;Key compromise date: 2024-01-09T14:30:00Z&quot;). In the CertCentral console the date has its own field.</source>
        <translation>CertCentral APIにはこの日付用のフィールドがありません。CertDeskは失効コメントの1行目に記載します（「Key compromise date: 2024-01-09T14:30:00Z」）。CertCentral コンソールでは、日付に専用のフィールドがあります。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Earliest allowed: %1 UTC (%2).</source>
        <translation>指定できる最も早い日時: %1 UTC（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time is in UTC.</source>
        <translation>時刻はUTCです。</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+26"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>注文の証明書の最新の発行日</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>the certificate&apos;s issue date</source>
        <translation>証明書の発行日</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Code signing: signatures made before this time stay valid; those made after it do not. Java ignores the date and treats every signature as invalid.</source>
        <translation>コードサイニング: この日時より前に行われた署名は有効なままですが、それ以降の署名は無効になります。Java は日付を無視し、すべての署名を無効として扱います。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key cannot have been compromised before %1, %2. Choose that time or later.</source>
        <translation>%1（%2）より前に鍵が侵害されたことはありえません。その日時以降を選択してください。</translation>
    </message>
</context>
<context>
    <name>RevokeReasonPage</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.ui" line="+6"/>
        <source>Revoke</source>
        <extracomment>Label before the choice of what to revoke: this certificate, a serial number, or the whole order.</extracomment>
        <translation>失効対象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeReasonPage.cpp" line="+11"/>
        <source>What to revoke, and why</source>
        <translation>失効の対象と理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation cannot be undone: browsers stop trusting the certificate.</source>
        <translation>失効は元に戻せません。ブラウザーはこの証明書を信頼しなくなります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This certificate: %1, serial %2</source>
        <translation>この証明書: %1、シリアル番号 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every certificate on order %1, duplicates and reissues included</source>
        <translation>注文 %1 のすべての証明書（複製と再発行を含む）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The certificate in the file: %1, serial %2</source>
        <translation>ファイル内の証明書: %1、シリアル番号 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate loaded from a file is revoked by its serial number alone.</source>
        <translation>ファイルから読み込んだ証明書は、シリアル番号のみで失効されます。</translation>
    </message>
</context>
<context>
    <name>RevokeRequest</name>
    <message>
        <location filename="../app/core/RevokeRequest.cpp" line="+80"/>
        <source>Name the certificate to revoke by its id (a positive number).</source>
        <translation>失効させる証明書をID（正の数）で指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons allowed); got &quot;%1&quot;.</source>
        <translation>シリアル番号は2～40桁の16進数です（0-9、A-F、コロン使用可）。指定値:「%1」。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the order whose certificates to revoke (a positive number).</source>
        <translation>証明書を失効させる注文を指定してください（正の数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revocation reason &quot;%1&quot; is not known; use one of: %2</source>
        <translation>失効理由「%1」は不明です。次のいずれかを使用してください: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date goes only with the reason keyCompromise, not %1.</source>
        <translation>鍵が侵害された日時は、理由が keyCompromise の場合にのみ指定でき、%1 では指定できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key compromise date may not be before %1 (%2); got %3.</source>
        <translation>鍵が侵害された日時は%1（%2）より前にできません（指定値: %3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key compromise date may not be in the future (now is %1); got %2.</source>
        <translation>鍵が侵害された日時に未来の日時は指定できません（現在: %1、指定値: %2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments have at most %1 characters with the key compromise date line; these have %2.</source>
        <translation>コメントは、鍵が侵害された日時の行を含めて最大%1文字です（現在%2文字）。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the most recent issue date of the order&apos;s certificates</source>
        <translation>注文の証明書の最新の発行日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate&apos;s issue date</source>
        <translation>証明書の発行日</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments have at most %1 characters; these have %2.</source>
        <translation>コメントは最大%1文字です（現在%2文字）。</translation>
    </message>
</context>
<context>
    <name>RevokeWizard</name>
    <message>
        <location filename="../ui/orders/lifecycle/RevokeWizard.cpp" line="+14"/>
        <source>Revoke %1</source>
        <translation>%1 を失効</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revoke certificate %1</source>
        <translation>証明書 %1 を失効</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key compromise</source>
        <translation>鍵の侵害</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>運用の停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>所属の変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key was lost, stolen or seen by someone who should not have it.</source>
        <translation>秘密鍵が紛失、盗難に遭った、または持つべきでない人に見られた。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The names are no longer used, or the service was shut down.</source>
        <translation>名前が使用されなくなった、またはサービスが終了した。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s name or relationship to the names changed.</source>
        <translation>組織の名前、または組織と名前の関係が変わった。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new certificate replaces this one; nothing was compromised.</source>
        <translation>新しい証明書がこの証明書を置き換える。侵害されたものはない。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the others applies, or you prefer not to say.</source>
        <translation>ほかのどれにも当てはまらない、または理由を言いたくない。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every certificate on order %1</source>
        <translation>注文 %1 のすべての証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the certificate with serial number %1 (%2)</source>
        <translation>シリアル番号 %1 の証明書（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate %1 (%2)</source>
        <translation>証明書 %1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CertCentral recorded it on %1 UTC.</source>
        <translation>CertCentral による記録日時: %1 UTC。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Revocation requested&lt;/b&gt; for %1. Request %2 waits for an administrator&apos;s approval on the Requests page; the certificate stays valid until then.</source>
        <translation>%1 の&lt;b&gt;失効をリクエストしました&lt;/b&gt;。リクエスト %2 は［リクエスト］ページで管理者の承認待ちです。それまで証明書は有効なままです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Revoked&lt;/b&gt;: %1, reason %2.</source>
        <translation>&lt;b&gt;失効しました&lt;/b&gt;: %1、理由: %2。</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <location filename="../app/core/RolePolicy.cpp" line="+5"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance manager</source>
        <translation>経理マネージャー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard user</source>
        <translation>標準ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limited user</source>
        <translation>制限付きユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>restricted key</source>
        <translation>制限付きキー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CertCentral refused a change that your role allows, so this API key is restricted (View Only, or to some areas). Sign in with a key that has more rights to do this.</source>
        <translation>ロールで許可されている変更をCertCentralが拒否したため、このAPIキーは制限されています（閲覧専用（View Only）、または一部の領域に限定）。この操作を行うには、より多くの権限を持つキーでサインインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your CertCentral user has no access role.</source>
        <translation>CertCentralのユーザーにアクセスロールがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your API key may only view; ask an administrator for a key with ordering rights.</source>
        <translation>このAPIキーは閲覧のみ可能です。注文権限のあるキーを管理者に依頼してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators may skip approval.</source>
        <translation>承認をスキップできるのは管理者のみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers approve or reject requests.</source>
        <translation>リクエストを承認または却下できるのは管理者とマネージャーのみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers see the account&apos;s funds.</source>
        <translation>アカウントの資金を表示できるのは管理者と経理マネージャーのみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and finance managers move funds between divisions.</source>
        <translation>部署間で資金を移動できるのは管理者と経理マネージャーのみです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only administrators delete domains and organizations.</source>
        <translation>ドメインと組織を削除できるのは管理者のみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and managers manage domains and organizations.</source>
        <translation>ドメインと組織を管理できるのは管理者とマネージャーのみです。</translation>
    </message>
</context>
<context>
    <name>SandboxLauncher</name>
    <message>
        <location filename="../app/api/SandboxLauncher.cpp" line="+29"/>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>サンドボックスが準備完了前に停止しました（終了コード %1）: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sandbox did not announce its address within %1 ms</source>
        <translation>サンドボックスが%1ミリ秒以内にアドレスを通知しませんでした</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected first line from the sandbox: %1</source>
        <translation>サンドボックスからの最初の行が予期しないものでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox announced an invalid address: %1</source>
        <translation>サンドボックスが無効なアドレスを通知しました: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/shell/SessionController.cpp" line="+40"/>
        <source>The sandbox could not be started: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Welcome to CertDesk. Sign in with an API key from CertCentral, or try the sandbox: a local CertCentral with sample data.</source>
        <translation>CertDeskへようこそ。CertCentralのAPIキーでサインインするか、サンプルデータ入りのローカルCertCentralであるサンドボックスをお試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the API key of %1 from the keychain…</source>
        <translation>キーチェーンから %1 のAPIキーを読み取り中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no API key in the keychain. Sign in to add one.</source>
        <translation>%1 のAPIキーがキーチェーンにありません。サインインして追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Starting the sandbox…</source>
        <translation>サンドボックスを起動中…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New name for the profile:</source>
        <translation>プロファイルの新しい名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new key replaces the old one in the keychain once CertCentral has accepted it.</source>
        <translation>新しいキーは、CertCentralに受け付けられた時点でキーチェーン内の古いキーと置き換わります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sandbox was stopped.</source>
        <translation>サンドボックスが停止しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out of %1?

The API key is removed from this computer&apos;s keychain. To sign in again you will need the key from CertCentral.</source>
        <translation>%1 からサインアウトしますか？

APIキーはこのコンピューターのキーチェーンから削除されます。再度サインインするには、CertCentralのキーが必要です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed out of %1.</source>
        <translation>%1 からサインアウトしました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile %1 and its API key from this computer?

Nothing changes in CertCentral.</source>
        <translation>プロファイル %1 とそのAPIキーをこのコンピューターから削除しますか？

CertCentral側では何も変更されません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile %1 was removed.</source>
        <translation>プロファイル %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/shell/SignInDialog.cpp" line="+40"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to CertCentral</source>
        <translation>CertCentralにサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the API key of %1</source>
        <translation>%1 のAPIキーを変更</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For example: Acme (US)</source>
        <translation>例: Acme (US)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional: a PEM file with your sandbox&apos;s or proxy&apos;s CA</source>
        <translation>任意: サンドボックスまたはプロキシのCAを含むPEMファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the key from CertCentral: Automation &gt; API Keys</source>
        <translation>CertCentralのキーを貼り付けてください: Automation &gt; API Keys</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Profile &amp;name</source>
        <translation>プロファイル名(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service</source>
        <translation>サービス(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL</source>
        <translation>API URL(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted CA</source>
        <translation>信頼するCA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key</source>
        <translation>APIキー(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(kept from the profile)</source>
        <translation>（プロファイルの設定を維持）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Trusted CA certificate</source>
        <translation>信頼するCA証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 にはPEM証明書（-----BEGIN CERTIFICATE-----）が含まれていません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A profile named &quot;%1&quot; exists already; choose another name.</source>
        <translation>プロファイル「%1」は既に存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as %1 &lt;%2&gt;, %3.</source>
        <translation>%1 &lt;%2&gt;（%3）としてサインインしました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no role</source>
        <translation>ロールなし</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Storing the key in the keychain…</source>
        <translation>キーをキーチェーンに保存中…</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <location filename="../app/core/StatusChange.cpp" line="+14"/>
        <source>Expected a JSON object with &quot;orders&quot;</source>
        <translation>&quot;orders&quot; を含むJSONオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>SubmitOrganizationDialog</name>
    <message>
        <location filename="../ui/organizations/SubmitOrganizationDialog.cpp" line="+25"/>
        <source>Loading verified contacts…</source>
        <translation>検証済み担当者を読み込み中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit %1 for validation</source>
        <translation>%1 の検証を申請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the validations to request. Those already completed are renewed; EV, CS and EV CS need a verified contact who approves them.</source>
        <translation>申請する検証を選択してください。完了済みの検証は更新されます。EV、CS、EV CS には承認を行う検証済み担当者が必要です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (now: %2)</source>
        <translation>%1（現在: %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved by (EV, CS, EV CS):</source>
        <translation>承認者（EV、CS、EV CS）:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+122"/>
        <source>Submit</source>
        <translation>申請</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This organization has no verified contacts yet; add one on the Verified contacts page before asking for EV or code signing.</source>
        <translation>この組織にはまだ検証済み担当者がいません。EVまたはコードサイニングを申請する前に、［検証済み担当者］ページで追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None checked: CertCentral asks the organization&apos;s verified contacts.</source>
        <translation>選択しない場合: CertCentralが組織の検証済み担当者に依頼します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verified contacts could not be loaded: %1</source>
        <translation>検証済み担当者を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose OV, EV, CS or EV CS to submit.</source>
        <translation>申請するOV、EV、CS、EV CS を選択してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CertCentral did not accept the request: %1</source>
        <translation>CertCentralはリクエストを受け付けませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitting…</source>
        <translation>申請中…</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <location filename="../app/api/TlsErrorText.cpp" line="+17"/>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>サーバーの証明書は%1に期限切れになりました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not valid before %1; check this computer&apos;s clock.</source>
        <translation>サーバーの証明書は%1より前は無効です。このコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s certificate is for %1, not for %2.</source>
        <translation>サーバーの証明書は %1 用であり、%2 用ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate is not signed by a certificate authority this computer trusts. For a sandbox or a company proxy, add its CA certificate to the profile.</source>
        <translation>サーバーの証明書は、このコンピューターが信頼する認証局によって署名されていません。サンドボックスや社内プロキシの場合は、そのCA証明書をプロファイルに追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>サーバーの証明書は失効しています。</translation>
    </message>
</context>
<context>
    <name>TokenShipment</name>
    <message>
        <location filename="../app/core/TokenShipment.cpp" line="+17"/>
        <source>the recipient</source>
        <translation>受取人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the street address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state or region</source>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter %1 for the token&apos;s shipment.</source>
        <translation>トークンの配送先の%1を入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shipping country is its two-letter code, for example US.</source>
        <translation>配送先の国は2文字の国コードで指定してください（例: US）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping is STANDARD or EXPEDITED.</source>
        <translation>配送方法は STANDARD または EXPEDITED です。</translation>
    </message>
</context>
<context>
    <name>TransferFundsDialog</name>
    <message>
        <location filename="../ui/finance/TransferFundsDialog.cpp" line="+37"/>
        <location line="+73"/>
        <location line="+154"/>
        <source>Move funds</source>
        <translation>資金を移動</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Moves funds from one division to another at once. CertCentral allows it when separate division funds are enabled (Finances &gt; Settings in the console), and moves whole amounts only.</source>
        <translation>ある部署から別の部署へ資金を直ちに移動します。CertCentral では、部署ごとの個別資金が有効な場合（コンソールの Finances &gt; Settings）に移動でき、移動できるのは整数の金額のみです。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From</source>
        <translation>移動元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>移動先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole amount, for example 1000</source>
        <translation>整数の金額（例: 1000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Available: %1</source>
        <translation>利用可能: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available: not known (unlimited, or the balance did not load)</source>
        <translation>利用可能: 不明（無制限か、残高を読み込めませんでした）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them back.</source>
        <translation>%1 を %2 から %3 に移動しますか？CertCentral は資金を直ちに移動します。元に戻すには、逆方向に移動してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moving…</source>
        <translation>移動中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Moved %1 from %2 to %3. The balances are updated.</source>
        <translation>%1 を %2 から %3 に移動しました。残高は更新済みです。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It is not known whether the funds moved: %1 Look at the balances and the balance history before moving them again.</source>
        <translation>資金が移動したかどうかは不明です: %1 再度移動する前に、残高と残高履歴を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CertCentral did not move the funds: %1</source>
        <translation>CertCentral は資金を移動しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>UserInfo</name>
    <message>
        <location filename="../app/core/UserInfo.cpp" line="+48"/>
        <source>Expected a JSON object for the user</source>
        <translation>ユーザーにはJSONオブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user has no id, name or email</source>
        <translation>ユーザーにID、名前、またはメールがありません</translation>
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
        <translation>%1 内線 %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validations</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>VerifiedContactsScreen</name>
    <message>
        <location filename="../ui/organizations/VerifiedContactsScreen.cpp" line="+25"/>
        <source>Add verified contacts…</source>
        <translation>検証済み担当者を追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified contacts</source>
        <translation>検証済み担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading organizations…</source>
        <translation>組織を読み込み中…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add people who may approve EV and code-signing orders (at most %1 at a time)</source>
        <translation>EV注文とコードサイニング注文を承認できる担当者を追加します（一度に最大%1人）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The organizations could not be loaded: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No organizations</source>
        <translation>組織なし</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading the verified contacts of %1…</source>
        <translation>%1 の検証済み担当者を読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no verified contacts yet.</source>
        <translation>%1 にはまだ検証済み担当者がいません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln verified contact(s)</source>
        <translation>
            <numerusform>検証済み担当者 %Ln人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The verified contacts of %1 could not be loaded: %2</source>
        <translation>%1 の検証済み担当者を読み込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln verified contact(s) added to %1; each is pending until CertCentral has checked them.</source>
        <translation>
            <numerusform>%1 に検証済み担当者を%Ln人追加しました。CertCentralが確認するまで、各担当者は保留中になります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+94"/>
        <source>Desktop client for DigiCert CertCentral</source>
        <translation>DigiCert CertCentral用デスクトップクライアント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a seeded local sandbox and sign in to it.</source>
        <translation>サンプルデータ入りのローカルサンドボックスを起動してサインインします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders the sandbox seeds (default 5000).</source>
        <translation>サンドボックスに作成するサンプル注文の数（既定値 5000）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect once to this API base URL with the key in CERTDESK_API_KEY, without a profile.</source>
        <translation>プロファイルを使わず、CERTDESK_API_KEY のキーでこのAPIベースURLに一度だけ接続します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra CA certificate (PEM) to trust for --api-url.</source>
        <translation>--api-url で信頼する追加のCA証明書（PEM）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also write the log to this file (keys are redacted).</source>
        <translation>ログをこのファイルにも書き込みます（キーは伏せられます）。</translation>
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
        <translation>--ca-file %1 にはPEM証明書が含まれていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--sandbox-orders must be a whole number from 0 to 200000.</source>
        <translation>--sandbox-orders は0～200000の整数で指定してください。</translation>
    </message>
</context>
</TS>
