#include "LifecycleHarness.h"

#include "api/AccountEndpoints.h"
#include "api/BalanceHistoryJob.h"
#include "api/CertificateEndpoints.h"
#include "api/DomainEndpoints.h"
#include "api/DomainListJob.h"
#include "api/FinanceEndpoints.h"
#include "api/OrderEndpoints.h"
#include "api/OrderListJob.h"
#include "api/OrganizationEndpoints.h"
#include "api/OrganizationListJob.h"
#include "api/Reply.h"
#include "api/RequestEndpoints.h"
#include "api/RequestListJob.h"
#include "core/Money.h"
#include "services/OrderPlacement.h"

#include <QtTest>

#include <cstdio>
#include <functional>
#include <map>

// Every client operation under every fault the sandbox can inject, against real HTTP. Each cell
// asserts: the operation ends (no hang, no crash); a failure carries a message; a read retries
// within its bounds and then shows the same data as without the fault (only a reply that never
// comes in time may stop it); a write is sent exactly once (the request log), and what the
// client reports matches the sandbox's state: done means done once, refused means not done,
// "not known" is said as such. The matrix is printed at the end.
class tst_FaultMatrix : public QObject {
    Q_OBJECT
public:
    enum Op {
        ListOrders,
        OrderInfo,
        OrderDcvRandomValue,
        ListDomains,
        ListOrganizations,
        ListRequests,
        BalanceHistory,
        Balance,
        Me,
        PlaceOrder,
        Reissue,
        Duplicate,
        Revoke,
        Cancel,
        Approve,
        Reject,
        Transfer,
        AddDomain,
        NewDcvToken,
        AddOrganization,
        DeleteDomain,
        DeleteOrganization,
        ChangeOrderDcvMethod,
        EditOrderNames,
        SubmitDomain,
        CheckDomainDcv,
        SubmitOrganization,
        ChangeOrganizationContacts,
        AddVerifiedContacts,
        CheckOrderDcv,
        ResendOrderEmails,
        OpCount
    };
    enum Fault {
        Timeout,
        Burst429,
        Window503,
        CloseBeforeReply,
        CloseAfterHeaders,
        CloseMidBody,
        MalformedJson,
        WrongContentType,
        Empty200,
        LostReply,
        FaultCount
    };

private slots:
    void initTestCase();
    void cell_data();
    void cell();
    void cleanup();
    void cleanupTestCase();

private:
    struct Outcome {
        bool ended = false;
        bool ok = false;
        ApiError error;
        qint64 items = -1; // what a read returned (rows, or an id)
    };
    // What a write needs, made before the fault is armed, and how to see whether it happened.
    struct Target {
        qint64 id = 0;
        qint64 other = 0;
        QString writePath; // the logged path suffix of the write
        QByteArray method;
        std::function<int()> applied; // how many times the sandbox carried it out
    };

    static QString opName(int op);
    static QString faultName(int fault);
    static QJsonObject faultBody(int fault);
    static bool isRead(int op) { return op < PlaceOrder; }
    Outcome runRead(int op);
    Outcome runWrite(int op, Target *target);
    Target prepare(int op, int index);
    qint64 total(const QString &path) const;
    QString field(const QString &path, const QString &name) const;
    bool arm(int fault);
    QJsonObject get(const QString &path) const;
    qint64 createDomain(const QString &name, const QString &dcvMethod);
    qint64 createOrganization(const QString &name);

    life::Fixture m_f;
    std::map<int, qint64> m_baseline; // op -> items without faults
    qint64 m_randomValueOrder = 0;    // a pending DV order on DNS TXT
    std::map<std::pair<int, int>, QString> m_results;
    int m_index = 0;
};

namespace {
QString userKey() {
    return QStringLiteral("fault-user-key-0123456789");
}

template <typename Job, typename Item> void countPages(Job *job, qint64 *items) {
    QObject::connect(job, &Job::pageLoaded, job,
                     [items](const QList<Item> &page, qint64, qint64) { *items += page.size(); });
}
} // namespace

QString tst_FaultMatrix::opName(int op) {
    static const char *names[] = {"list orders",
                                  "order info",
                                  "order DCV random value",
                                  "list domains",
                                  "list organizations",
                                  "list requests",
                                  "balance history",
                                  "balance",
                                  "user/me",
                                  "place order",
                                  "reissue",
                                  "duplicate",
                                  "revoke",
                                  "cancel",
                                  "approve",
                                  "reject",
                                  "transfer funds",
                                  "add domain",
                                  "new DCV token",
                                  "add organization",
                                  "delete domain",
                                  "delete organization",
                                  "change order DCV method",
                                  "edit order names",
                                  "submit domain (EV, DCV method)",
                                  "check domain DCV",
                                  "submit organization",
                                  "change organization contacts",
                                  "add verified contacts",
                                  "check order DCV",
                                  "resend order DCV e-mails"};
    static_assert(sizeof(names) / sizeof(names[0]) == OpCount);
    return QString::fromLatin1(names[op]);
}

QString tst_FaultMatrix::faultName(int fault) {
    static const char *names[] = {"timeout",
                                  "429 burst",
                                  "503 window",
                                  "closed before reply",
                                  "closed after headers",
                                  "closed mid-body",
                                  "malformed JSON",
                                  "wrong content type",
                                  "empty 200",
                                  "reply lost after write"};
    return QString::fromLatin1(names[fault]);
}

QJsonObject tst_FaultMatrix::faultBody(int fault) {
    switch (fault) {
    case Timeout:
        return {{"latency_ms", 1200}};
    case Burst429:
        return {{"fail_next", QJsonObject{{"status", 429}, {"count", 2}}}};
    case Window503:
        // Shorter than the least the retries wait in all (60 + 120 + 240 ms, less half jitter).
        return {{"unavailable_for_ms", 150}};
    case CloseBeforeReply:
        return {{"close_next", 1}};
    case CloseAfterHeaders:
        return {{"close_after_headers_next", 1}};
    case CloseMidBody:
        return {{"truncate_body_next", 1}};
    case MalformedJson:
        return {{"malformed_json_next", 1}};
    case WrongContentType:
        return {{"wrong_content_type_next", 1}};
    case Empty200:
        return {{"empty_ok_next", 1}};
    default:
        return {{"lose_reply_next", 1}};
    }
}

void tst_FaultMatrix::initTestCase() {
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<LifecycleResult>();
    qRegisterMetaType<PlacedOrder>();
    m_f.logPath = m_f.sandbox.stateDir() + QStringLiteral("/requests.jsonl");
    QVERIFY2(m_f.sandbox.start({QStringLiteral("--orders"), QStringLiteral("60"),
                                QStringLiteral("--key"), userKey() + QStringLiteral(":user"),
                                QStringLiteral("--log-requests"), m_f.logPath}),
             qPrintable(m_f.sandbox.errorString()));
    m_f.client = m_f.makeClient(TestSandbox::testKey());
    // Quick retries keep the matrix short; the bounds are the same kind as in the product.
    RetryPolicy fast;
    fast.maxAttempts = 4;
    fast.baseDelayMs = 60;
    fast.maxDelayMs = 400;
    m_f.client->setRetryPolicy(fast);
    m_f.client->setTimeoutMs(5000);
    m_randomValueOrder = m_f.placeDvOrder(QStringLiteral("random-value.example.com"), {}, false);
    QVERIFY(m_randomValueOrder > 0);
    for (int op = 0; op < PlaceOrder; ++op) {
        const Outcome o = runRead(op);
        QVERIFY2(o.ok, qPrintable(opName(op) + QStringLiteral(": ") + o.error.message()));
        QVERIFY2(o.items > 0, qPrintable(opName(op)));
        m_baseline[op] = o.items;
    }
}

void tst_FaultMatrix::cleanup() {
    m_f.control("DELETE", QStringLiteral("/__sandbox/faults"));
    m_f.client->setTimeoutMs(5000);
}

bool tst_FaultMatrix::arm(int fault) {
    QByteArray ignored;
    return SandboxControl::request(
               "POST", m_f.sandbox.baseUrl().resolved(QUrl("/__sandbox/faults")), QByteArray(),
               QJsonDocument(faultBody(fault)).toJson(QJsonDocument::Compact), &ignored) == 204;
}

qint64 tst_FaultMatrix::total(const QString &path) const {
    return get(path).value(QLatin1String("page"))[QLatin1String("total")].toInteger(-1);
}

QJsonObject tst_FaultMatrix::get(const QString &path) const {
    QByteArray body;
    SandboxControl::get(m_f.sandbox.baseUrl().resolved(QUrl(path)), TestSandbox::testKey().toUtf8(),
                        &body);
    return QJsonDocument::fromJson(body).object();
}

qint64 tst_FaultMatrix::createDomain(const QString &name, const QString &dcvMethod) {
    int status = 0;
    return m_f
        .request("POST", QStringLiteral("domain"),
                 {{"name", name},
                  {"organization", QJsonObject{{"id", 3001}}},
                  {"validations", QJsonArray{QJsonObject{{"type", "ov"}}}},
                  {"dcv_method", dcvMethod}},
                 &status)
        .value(QStringLiteral("id"))
        .toInteger();
}

qint64 tst_FaultMatrix::createOrganization(const QString &name) {
    int status = 0;
    return m_f
        .request("POST", QStringLiteral("organization"),
                 {{"name", name},
                  {"address", "1 Main St"},
                  {"city", "Lehi"},
                  {"state", "Utah"},
                  {"zip", "84043"},
                  {"country", "us"},
                  {"telephone", "+1 801 555 0100"},
                  {"organization_contact", QJsonObject{{"first_name", "Ada"},
                                                       {"last_name", "Lovelace"},
                                                       {"job_title", "Engineer"},
                                                       {"email", "ada@example.com"},
                                                       {"telephone", "+1 801 555 0100"}}}},
                 &status)
        .value(QStringLiteral("id"))
        .toInteger();
}

QString tst_FaultMatrix::field(const QString &path, const QString &name) const {
    return get(path).value(name).toString();
}

tst_FaultMatrix::Outcome tst_FaultMatrix::runRead(int op) {
    Outcome out;
    CertCentralClient *client = m_f.client.get();
    QObject *job = nullptr;
    auto items = std::make_shared<qint64>(0);
    switch (op) {
    case ListOrders: {
        auto *j = client->startList<OrderListJob>(OrderQuery());
        countPages<OrderListJob, Order>(j, items.get());
        job = j;
        break;
    }
    case OrderInfo: {
        auto *c = client->call(OrderEndpoints::info(100001));
        Reply<Order>(c).onResult(c, [items](const Order &o) { *items = o.id; });
        job = c;
        break;
    }
    case OrderDcvRandomValue: {
        // The same value every time: a retry hands back what the order has.
        auto *c =
            client->call(OrderEndpoints::dcv(m_randomValueOrder, OrderDcvAction::RandomValue));
        Reply<OrderDcvResult>(c).onResult(c, [items](const OrderDcvResult &r) {
            *items = r.randomValue.isEmpty() ? 0 : qint64(qHash(r.randomValue) & 0x7fffffff) + 1;
        });
        job = c;
        break;
    }
    case ListDomains: {
        auto *j = client->startList<DomainListJob>(QString());
        countPages<DomainListJob, Domain>(j, items.get());
        job = j;
        break;
    }
    case ListOrganizations: {
        auto *j = client->startList<OrganizationListJob>(QString());
        countPages<OrganizationListJob, Organization>(j, items.get());
        job = j;
        break;
    }
    case ListRequests: {
        auto *j = client->startList<RequestListJob>(RequestFilter());
        countPages<RequestListJob, ApprovalRequest>(j, items.get());
        job = j;
        break;
    }
    case BalanceHistory: {
        auto *j = client->startList<BalanceHistoryJob>(BalanceHistoryQuery(), QDate::currentDate());
        countPages<BalanceHistoryJob, BalanceAdjustment>(j, items.get());
        job = j;
        break;
    }
    case Balance: {
        auto *c = client->call(FinanceEndpoints::balance());
        Reply<AccountBalance>(c).onResult(c, [items](const AccountBalance &b) {
            qint64 cents = 0;
            *items = Money::parseCents(b.balance, &cents) ? qAbs(cents) + 1 : 0;
        });
        job = c;
        break;
    }
    default: {
        auto *c = client->call(AccountEndpoints::me());
        Reply<UserInfo>(c).onResult(c, [items](const UserInfo &u) { *items = u.id; });
        job = c;
        break;
    }
    }
    QSignalSpy failed(job, SIGNAL(failed(ApiError)));
    QSignalSpy finished(job, SIGNAL(finished()));
    out.ended = finished.wait(20000);
    out.ok = out.ended && failed.isEmpty();
    if (!failed.isEmpty())
        out.error = failed.first().first().value<ApiError>();
    out.items = *items;
    return out;
}

tst_FaultMatrix::Target tst_FaultMatrix::prepare(int op, int index) {
    Target t;
    const QString cn = QStringLiteral("fault%1.example.com").arg(index);
    switch (op) {
    case PlaceOrder:
        t.method = "POST";
        t.writePath = QStringLiteral("order/certificate/ssl_dv_geotrust");
        break;
    case Reissue:
    case Duplicate:
    case Revoke: {
        t.id = m_f.placeDvOrder(cn, {});
        t.other = m_f.orderInfo(t.id).certificateId;
        const QString type = op == Reissue     ? QStringLiteral("reissue")
                             : op == Duplicate ? QStringLiteral("duplicate")
                                               : QStringLiteral("revoke");
        const QString path = QStringLiteral("request?limit=1&filters[type]=") + type;
        const qint64 before = total(path);
        t.applied = [this, path, before] {
            return int(total(path) - before);
        };
        t.method = op == Revoke ? "PUT" : "POST";
        t.writePath = op == Revoke ? QStringLiteral("certificate/%1/revoke").arg(t.other)
                                   : QStringLiteral("order/certificate/%1/%2").arg(t.id).arg(type);
        break;
    }
    case Cancel: {
        t.id = m_f.placeDvOrder(cn, {}, false);
        const QString path = QStringLiteral("order/certificate/%1").arg(t.id);
        t.applied = [this, path] {
            return field(path, QStringLiteral("status")) == "canceled";
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("order/certificate/%1/status").arg(t.id);
        break;
    }
    case Approve:
    case Reject: {
        QByteArray reply;
        const QJsonObject body{
            {"certificate", QJsonObject{{"common_name", cn},
                                        {"csr", QString::fromLatin1(life::Fixture::csr(cn))},
                                        {"signature_hash", "sha256"}}},
            {"dcv_method", "dns-txt-token"},
            {"order_validity", QJsonObject{{"years", 1}}}};
        SandboxControl::request("POST",
                                m_f.sandbox.baseUrl().resolved(
                                    QUrl(QStringLiteral("order/certificate/ssl_dv_geotrust"))),
                                userKey().toLatin1(),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
        t.id = QJsonDocument::fromJson(reply)["requests"][0]["id"].toInteger();
        const QString path = QStringLiteral("request/%1").arg(t.id);
        const QString decided =
            op == Approve ? QStringLiteral("approved") : QStringLiteral("rejected");
        t.applied = [this, path, decided] {
            return field(path, QStringLiteral("status")) == decided;
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("request/%1/status").arg(t.id);
        break;
    }
    case AddDomain: {
        const QString name = QStringLiteral("fault-domain-%1.example.com").arg(index);
        t.id = 1;
        t.applied = [this, name] {
            return int(total(QStringLiteral("domain?filters[search]=") + name));
        };
        t.method = "POST";
        t.writePath = QStringLiteral("domain");
        break;
    }
    case NewDcvToken: {
        // A domain validated by DNS TXT: a new token replaces the one it has.
        const QString name = QStringLiteral("fault-token-%1.example.com").arg(index);
        int status = 0;
        const QJsonObject created =
            m_f.request("POST", QStringLiteral("domain"),
                        {{"name", name},
                         {"organization", QJsonObject{{"id", 3001}}},
                         {"validations", QJsonArray{QJsonObject{{"type", "ov"}}}},
                         {"dcv_method", "dns-txt-token"}},
                        &status);
        t.id = created.value(QStringLiteral("id")).toInteger();
        const QString path = QStringLiteral("domain/%1?include_dcv=true").arg(t.id);
        const auto token = [this, path] {
            return get(path).value(QLatin1String("dcv_token"))[QLatin1String("token")].toString();
        };
        const QString before = token();
        t.applied = [token, before] {
            return int(!before.isEmpty() && token() != before);
        };
        t.method = "POST";
        t.writePath = QStringLiteral("domain/%1/dcv/token").arg(t.id);
        break;
    }
    case AddOrganization: {
        const QString name = QStringLiteral("Fault Organization %1").arg(index);
        t.id = 1;
        t.applied = [this, name] {
            return int(total(QStringLiteral("organization?filters[search]=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(name))));
        };
        t.method = "POST";
        t.writePath = QStringLiteral("organization");
        break;
    }
    case DeleteDomain:
    case DeleteOrganization: {
        // A new one to delete; applied when Info answers 404.
        int status = 0;
        const bool domain = op == DeleteDomain;
        const QJsonObject created =
            domain
                ? m_f.request("POST", QStringLiteral("domain"),
                              {{"name", QStringLiteral("fault-delete-%1.example.com").arg(index)},
                               {"organization", QJsonObject{{"id", 3001}}},
                               {"validations", QJsonArray{QJsonObject{{"type", "ov"}}}}},
                              &status)
                : m_f.request(
                      "POST", QStringLiteral("organization"),
                      {{"name", QStringLiteral("Fault Delete %1").arg(index)},
                       {"address", "1 Main St"},
                       {"city", "Lehi"},
                       {"state", "Utah"},
                       {"zip", "84043"},
                       {"country", "us"},
                       {"telephone", "+1 801 555 0100"},
                       {"organization_contact", QJsonObject{{"first_name", "Ada"},
                                                            {"last_name", "Lovelace"},
                                                            {"job_title", "Engineer"},
                                                            {"email", "ada@example.com"},
                                                            {"telephone", "+1 801 555 0100"}}}},
                      &status);
        t.id = created.value(QStringLiteral("id")).toInteger();
        const QString path =
            (domain ? QStringLiteral("domain/%1") : QStringLiteral("organization/%1")).arg(t.id);
        t.applied = [this, path] {
            QByteArray body;
            return int(SandboxControl::get(m_f.sandbox.baseUrl().resolved(QUrl(path)),
                                           TestSandbox::testKey().toUtf8(), &body) == 404);
        };
        t.method = "DELETE";
        t.writePath = path;
        break;
    }
    case ChangeOrderDcvMethod: {
        // A pending DV order on DNS TXT moves to HTTP: applied when the order says so.
        t.id = m_f.placeDvOrder(cn, {}, false);
        const QString path = QStringLiteral("order/certificate/%1").arg(t.id);
        t.applied = [this, path] {
            return int(field(path, QStringLiteral("dcv_method")) == QLatin1String("http-token"));
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("order/certificate/%1/dcv-method").arg(t.id);
        break;
    }
    case EditOrderNames: {
        // A pending order's second name is swapped: applied when the order lists the new one.
        t.id = m_f.placeDvOrder(cn, {QStringLiteral("old.") + cn}, false);
        const QString path = QStringLiteral("order/certificate/%1").arg(t.id);
        const QString wanted = QStringLiteral("new.") + cn;
        t.applied = [this, path, wanted] {
            const QJsonArray names =
                get(path).value(QLatin1String("certificate"))[QLatin1String("dns_names")].toArray();
            return int(names.contains(wanted));
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("order/certificate/%1/dns-names").arg(t.id);
        break;
    }
    case SubmitDomain: {
        // An OV domain on DNS TXT is submitted for EV with HTTP: applied when both show.
        t.id = createDomain(QStringLiteral("fault-submit-%1.example.com").arg(index),
                            QStringLiteral("dns-txt-token"));
        const QString path = QStringLiteral("domain/%1?include_validation=true").arg(t.id);
        t.applied = [this, path] {
            const QJsonObject d = get(path);
            bool ev = false;
            for (const QJsonValue &v : d.value(QStringLiteral("validations")).toArray())
                ev = ev || v[QStringLiteral("type")].toString() == QLatin1String("ev");
            return int(ev && d.value(QStringLiteral("dcv_method")).toString() ==
                                 QLatin1String("http-token"));
        };
        t.method = "POST";
        t.writePath = QStringLiteral("domain/%1/validation").arg(t.id);
        break;
    }
    case CheckDomainDcv: {
        // A DNS TXT domain whose record is in place: applied when its token is approved.
        const QString name = QStringLiteral("fault-check-%1.example.com").arg(index);
        t.id = createDomain(name, QStringLiteral("dns-txt-token"));
        m_f.control("POST", QStringLiteral("/__sandbox/dcv/") + name);
        const QString path = QStringLiteral("domain/%1?include_dcv=true").arg(t.id);
        t.applied = [this, path] {
            return int(
                get(path).value(QLatin1String("dcv_token"))[QLatin1String("status")].toString() ==
                QLatin1String("approved"));
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("domain/%1/dcv/validate-token").arg(t.id);
        break;
    }
    case SubmitOrganization:
    case ChangeOrganizationContacts:
    case AddVerifiedContacts: {
        t.id = createOrganization(QStringLiteral("Fault Validation %1").arg(index));
        const QString path = QStringLiteral("organization/%1").arg(t.id);
        const QString email = QStringLiteral("new-%1@example.com").arg(index);
        if (op == SubmitOrganization) {
            // Applied when the organization lists an OV validation.
            t.applied = [this, path] {
                int ov = 0;
                for (const QJsonValue &v : get(path).value(QStringLiteral("validations")).toArray())
                    ov += v[QStringLiteral("type")].toString() == QLatin1String("ov") ? 1 : 0;
                return ov;
            };
            t.method = "POST";
            t.writePath = QStringLiteral("organization/%1/validation").arg(t.id);
        } else if (op == ChangeOrganizationContacts) {
            // Applied when the organization contact is the new one.
            t.applied = [this, path, email] {
                return int(get(path)
                               .value(QLatin1String("organization_contact"))[QLatin1String("email")]
                               .toString() == email);
            };
            t.method = "PUT";
            t.writePath = QStringLiteral("organization/%1/contact").arg(t.id);
        } else {
            // Applied when the new person is among the verified contacts (once per request).
            t.applied = [this, path, email] {
                int found = 0;
                for (const QJsonValue &v :
                     get(path).value(QStringLiteral("verified_contacts")).toArray())
                    found += v[QStringLiteral("email")].toString() == email ? 1 : 0;
                return found;
            };
            t.method = "POST";
            t.writePath = QStringLiteral("organization/%1/validation").arg(t.id);
        }
        break;
    }
    case CheckOrderDcv: {
        // A pending DV order whose DNS record is in place: applied when it is issued.
        t.id = m_f.placeDvOrder(cn, {}, false);
        m_f.control("POST", QStringLiteral("/__sandbox/dcv/") + cn);
        const QString path = QStringLiteral("order/certificate/%1").arg(t.id);
        t.applied = [this, path] {
            return int(field(path, QStringLiteral("status")) == QLatin1String("issued"));
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("order/certificate/%1/check-dcv").arg(t.id);
        break;
    }
    case ResendOrderEmails: {
        // A pending DV order on e-mail DCV: applied when the sandbox's outbox holds the five
        // constructed addresses again (once per request).
        t.id = m_f.placeDvOrder(cn, {}, false, QStringLiteral("email"));
        const qint64 orderId = t.id;
        t.applied = [this, orderId] {
            int sent = 0;
            const QJsonObject outbox = get(QStringLiteral("/__sandbox/dcv-emails"));
            for (const QJsonValue &v : outbox.value(QStringLiteral("emails")).toArray())
                sent += v[QStringLiteral("order_id")].toInteger() == orderId ? 1 : 0;
            return sent / 5;
        };
        t.method = "PUT";
        t.writePath = QStringLiteral("order/certificate/%1/resend-emails").arg(t.id);
        break;
    }
    default: {
        // 1.00 from the top division to Americas; applied when Americas has it.
        t.id = 100;
        t.other = 102;
        const QString path = QStringLiteral("finance/balance?container_id=102");
        qint64 before = 0;
        Money::parseCents(field(path, QStringLiteral("balance")), &before);
        t.applied = [this, path, before] {
            qint64 now = 0;
            Money::parseCents(field(path, QStringLiteral("balance")), &now);
            return int((now - before) / 100);
        };
        t.method = "POST";
        t.writePath = QStringLiteral("finance/transfer");
        break;
    }
    }
    return t;
}

tst_FaultMatrix::Outcome tst_FaultMatrix::runWrite(int op, Target *t) {
    Outcome out;
    CertCentralClient *client = m_f.client.get();
    const QString cn = QStringLiteral("write%1.example.com").arg(m_index);
    if (op == PlaceOrder) {
        OrderPlacement placement(client);
        NewOrder order;
        order.productNameId = QStringLiteral("ssl_dv_geotrust");
        order.commonName = cn;
        order.csr = life::Fixture::csr(cn);
        order.dcvMethod = QStringLiteral("dns-txt-token");
        order.skipApproval = true;
        QSignalSpy placed(&placement, &OrderPlacement::placed);
        QSignalSpy notPlaced(&placement, &OrderPlacement::notPlaced);
        QSignalSpy unknown(&placement, &OrderPlacement::unknown);
        placement.place(order);
        out.ended = QTest::qWaitFor(
            [&] { return !placed.isEmpty() || !notPlaced.isEmpty() || !unknown.isEmpty(); }, 20000);
        out.ok = !placed.isEmpty();
        if (!notPlaced.isEmpty())
            out.error = notPlaced.first().first().value<ApiError>();
        if (!unknown.isEmpty())
            out.error = unknown.first().first().value<ApiError>();
        const QString alternative = placement.alternativeOrderId();
        t->applied = [this, alternative] {
            return int(total(QStringLiteral("order/alternate/") + alternative));
        };
        return out;
    }
    ApiCall *call = nullptr;
    switch (op) {
    case Reissue: {
        ReissueRequest r;
        r.orderId = t->id;
        r.commonName = QStringLiteral("fault%1.example.com").arg(m_index);
        r.csr = life::Fixture::csr(r.commonName);
        call = client->call(CertificateEndpoints::reissue(r));
        break;
    }
    case Duplicate: {
        DuplicateRequest r;
        r.orderId = t->id;
        r.commonName = QStringLiteral("fault%1.example.com").arg(m_index);
        r.csr = life::Fixture::csr(r.commonName);
        call = client->call(CertificateEndpoints::duplicate(r));
        break;
    }
    case Revoke: {
        RevokeRequest r;
        r.certificateId = t->other;
        r.reason = QStringLiteral("superseded");
        r.comments = QStringLiteral("fault matrix");
        call = client->call(CertificateEndpoints::revoke(r));
        break;
    }
    case Cancel: {
        OrderCancellation c;
        c.orderId = t->id;
        c.note = QStringLiteral("fault matrix");
        call = client->call(OrderEndpoints::cancel(c));
        break;
    }
    case Approve:
    case Reject: {
        RequestDecision d;
        d.requestId = t->id;
        d.outcome =
            op == Approve ? RequestDecision::Outcome::Approve : RequestDecision::Outcome::Reject;
        d.comment = QStringLiteral("fault matrix");
        call = client->call(RequestEndpoints::decide(d));
        break;
    }
    case AddDomain: {
        NewDomain domain;
        domain.name = QStringLiteral("fault-domain-%1.example.com").arg(m_index);
        domain.organizationId = 3001;
        domain.validationTypes = {QStringLiteral("ov")};
        domain.dcvMethod = QStringLiteral("dns-txt-token");
        call = client->call(DomainEndpoints::create(domain));
        break;
    }
    case NewDcvToken:
        call = client->call(DomainEndpoints::newToken(t->id));
        break;
    case AddOrganization: {
        NewOrganization o;
        o.name = QStringLiteral("Fault Organization %1").arg(m_index);
        o.address = QStringLiteral("1 Main St");
        o.city = QStringLiteral("Lehi");
        o.state = QStringLiteral("Utah");
        o.zip = QStringLiteral("84043");
        o.country = QStringLiteral("us");
        o.telephone = QStringLiteral("+1 801 555 0100");
        o.organizationContact.firstName = QStringLiteral("Ada");
        o.organizationContact.lastName = QStringLiteral("Lovelace");
        o.organizationContact.email = QStringLiteral("ada@example.com");
        o.organizationContact.jobTitle = QStringLiteral("Engineer");
        o.organizationContact.telephone = QStringLiteral("+1 801 555 0100");
        call = client->call(OrganizationEndpoints::create(o));
        break;
    }
    case DeleteDomain:
        call = client->call(DomainEndpoints::remove(t->id));
        break;
    case DeleteOrganization:
        call = client->call(OrganizationEndpoints::remove(t->id));
        break;
    case EditOrderNames: {
        const QString cn = QStringLiteral("fault%1.example.com").arg(m_index);
        call =
            client->call(OrderEndpoints::editNames(t->id, cn, {cn, QStringLiteral("new.") + cn}));
        break;
    }
    case ChangeOrderDcvMethod:
        call = client->call(
            OrderEndpoints::dcv(t->id, OrderDcvAction::ChangeMethod, QStringLiteral("http-token")));
        break;
    case SubmitDomain:
        call = client->call(DomainEndpoints::submitValidation(t->id, {QStringLiteral("ev")},
                                                              QStringLiteral("http-token")));
        break;
    case CheckDomainDcv:
        call = client->call(DomainEndpoints::checkToken(t->id));
        break;
    case SubmitOrganization: {
        NewOrganization::Validation ov;
        ov.type = QStringLiteral("ov");
        call = client->call(OrganizationEndpoints::submitValidation(t->id, {ov}));
        break;
    }
    case ChangeOrganizationContacts: {
        OrganizationContact contact;
        contact.firstName = QStringLiteral("Grace");
        contact.lastName = QStringLiteral("Hopper");
        contact.jobTitle = QStringLiteral("Engineer");
        contact.email = QStringLiteral("new-%1@example.com").arg(m_index);
        contact.telephone = QStringLiteral("+1 801 555 0101");
        call = client->call(OrganizationEndpoints::changeContacts(t->id, contact, {}));
        break;
    }
    case AddVerifiedContacts: {
        NewVerifiedContact person;
        person.contact.firstName = QStringLiteral("Grace");
        person.contact.lastName = QStringLiteral("Hopper");
        person.contact.jobTitle = QStringLiteral("Engineer");
        person.contact.email = QStringLiteral("new-%1@example.com").arg(m_index);
        person.contact.telephone = QStringLiteral("+1 801 555 0101");
        person.validationTypes = {QStringLiteral("ev")};
        call = client->call(OrganizationEndpoints::addVerifiedContacts(t->id, {person}));
        break;
    }
    case CheckOrderDcv:
        call = client->call(OrderEndpoints::dcv(t->id, OrderDcvAction::Check));
        break;
    case ResendOrderEmails:
        call = client->call(OrderEndpoints::dcv(t->id, OrderDcvAction::ResendEmails));
        break;
    default: {
        FundsTransfer transfer;
        transfer.fromContainerId = t->id;
        transfer.toContainerId = t->other;
        transfer.amount = QStringLiteral("1");
        call = client->call(FinanceEndpoints::transfer(transfer));
        break;
    }
    }
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy finished(call, &ApiCall::finished);
    out.ended = finished.wait(20000);
    out.ok = out.ended && failed.isEmpty();
    if (!failed.isEmpty())
        out.error = failed.first().first().value<ApiError>();
    return out;
}

void tst_FaultMatrix::cell_data() {
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("fault");
    for (int op = 0; op < OpCount; ++op)
        for (int fault = 0; fault < FaultCount; ++fault)
            QTest::addRow("%s / %s", qPrintable(opName(op)), qPrintable(faultName(fault)))
                << op << fault;
}

void tst_FaultMatrix::cell() {
    QFETCH(int, op);
    QFETCH(int, fault);
    ++m_index;
    const auto key = std::make_pair(op, fault);
    m_results[key] = QStringLiteral("FAIL");
    Target target;
    if (!isRead(op)) {
        target = prepare(op, m_index);
        QVERIFY(op == PlaceOrder || target.id > 0);
    }
    if (fault == Timeout)
        m_f.client->setTimeoutMs(500);
    const qint64 logBefore = isRead(op) ? 0 : m_f.logged(target.method, target.writePath).size();
    QVERIFY(arm(fault));
    const Outcome o = isRead(op) ? runRead(op) : runWrite(op, &target);
    QVERIFY2(o.ended, "the operation did not end");
    // Disarm before looking: unused faults must not hit the checks.
    m_f.control("DELETE", QStringLiteral("/__sandbox/faults"));
    if (!o.ok)
        QVERIFY2(!o.error.message().isEmpty(), "a failure without a message");

    QString result;
    if (isRead(op)) {
        // Only a reply that never comes in time may stop a read; anything else is retried.
        if (fault == Timeout) {
            QVERIFY(!o.ok);
            QCOMPARE(o.error.kind(), ApiError::Kind::Timeout);
            result = QStringLiteral("stops: %1").arg(o.error.shortCode());
        } else {
            QVERIFY2(o.ok, qPrintable(o.error.message()));
            QCOMPARE(o.items, m_baseline[op]);
            result = QStringLiteral("ok after retry");
        }
    } else {
        const int sent = int(m_f.logged(target.method, target.writePath).size() - logBefore);
        QCOMPARE(sent, 1); // never sent twice
        QVERIFY(target.applied);
        const int applied = target.applied();
        QVERIFY2(applied == 0 || applied == 1, qPrintable(QString::number(applied)));
        if (o.ok) {
            QCOMPARE(applied, 1);
            result = QStringLiteral("done once");
        } else if (o.error.isOutcomeUnknown()) {
            QVERIFY2(o.error.message().contains(QLatin1String("not known")),
                     qPrintable(o.error.message()));
            result = applied ? QStringLiteral("unknown (was done)")
                             : QStringLiteral("unknown (not done)");
        } else {
            QCOMPARE(applied, 0);
            result = QStringLiteral("refused: %1").arg(o.error.shortCode());
        }
    }
    m_results[key] = QStringLiteral("pass: ") + result;
}

void tst_FaultMatrix::cleanupTestCase() {
    // The matrix, one line per operation, for the notes.
    QString out = QStringLiteral("\n| operation |");
    for (int fault = 0; fault < FaultCount; ++fault)
        out += QLatin1Char(' ') + faultName(fault) + QStringLiteral(" |");
    out += QStringLiteral("\n|---|");
    for (int fault = 0; fault < FaultCount; ++fault)
        out += QStringLiteral("---|");
    int passed = 0;
    for (int op = 0; op < OpCount; ++op) {
        out += QStringLiteral("\n| ") + opName(op) + QStringLiteral(" |");
        for (int fault = 0; fault < FaultCount; ++fault) {
            const auto it = m_results.find(std::make_pair(op, fault));
            const QString text = it == m_results.end() ? QStringLiteral("not run") : it->second;
            passed += text.startsWith(QLatin1String("pass")) ? 1 : 0;
            out += QLatin1Char(' ') + text + QStringLiteral(" |");
        }
    }
    out += QStringLiteral("\n%1 of %2 cells pass\n").arg(passed).arg(int(OpCount * FaultCount));
    std::fputs(qPrintable(out), stdout);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
