// certdesk-sandbox speed: seeding 200,000 orders, building one 1,000-order page in process
// (cold and warm sort caches), and serving that page over loopback HTTP from the real
// executable. Prints a table with the targets (seed < 10 s, page < 50 ms); asserts nothing.

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int kOrders = 200000;
constexpr int kRuns = 5;

struct Row {
    QString what;
    double medianMs = 0;
    double worstMs = 0;
    QString target;
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// One page as the list route builds it: query, then JSON for every order, then bytes.
QByteArray page(SandboxStore &store, const SandboxStore::ListQuery &query) {
    const SandboxStore::ListResult result = store.list(query);
    QJsonArray orders;
    for (const SandboxStore::Order *order : result.orders)
        orders.append(SandboxJson::orderSummary(store, *order));
    return SandboxJson::compact(QJsonObject{{QStringLiteral("orders"), orders}});
}

Row measure(const QString &what, const QString &target, int runs, const std::function<void()> &f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {what, median(times), *std::max_element(times.begin(), times.end()), target};
}

QString sandboxProgram() {
    QString dir = qEnvironmentVariable("CERTDESK_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
    return QDir(dir).filePath(QStringLiteral("certdesk-sandbox"));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    std::vector<Row> rows;

    // In process.
    SandboxStore store;
    rows.push_back(measure(QStringLiteral("seed 200,000 orders (in process)"),
                           QStringLiteral("< 10000"), kRuns,
                           [&] { store.seed(7, kOrders, QDate(2026, 11, 22)); }));
    SandboxStore::ListQuery byId;
    rows.push_back(measure(QStringLiteral("1,000-order page, sort=id"), QStringLiteral("< 50"), 20,
                           [&] { page(store, byId); }));
    SandboxStore::ListQuery byExpiry;
    byExpiry.sort = SandboxStore::SortKey::ValidTill;
    byExpiry.descending = true;
    byExpiry.offset = 100000;
    rows.push_back(measure(QStringLiteral("same, sort=-valid_till, cold cache"), QString(), 1,
                           [&] { page(store, byExpiry); }));
    rows.push_back(measure(QStringLiteral("same, sort=-valid_till, warm cache"),
                           QStringLiteral("< 50"), 20, [&] { page(store, byExpiry); }));
    SandboxStore::ListQuery filtered;
    filtered.status = SandboxStore::Status::Issued;
    filtered.search = QStringLiteral("%example");
    rows.push_back(measure(QStringLiteral("filters[status]=issued&filters[search]=%25example"),
                           QStringLiteral("< 50"), 10, [&] { page(store, filtered); }));

    // Over HTTP against the executable.
    QProcess sandbox;
    sandbox.setProgram(sandboxProgram());
    sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--orders"),
                          QString::number(kOrders), QStringLiteral("--seed"), QStringLiteral("7"),
                          QStringLiteral("--now"), QStringLiteral("2026-11-22"),
                          QStringLiteral("--no-rate-limit")});
    QElapsedTimer startup;
    startup.start();
    QSignalSpy ready(&sandbox, &QProcess::readyReadStandardOutput);
    sandbox.start(QIODevice::ReadOnly);
    while (sandbox.state() != QProcess::NotRunning && !sandbox.canReadLine() && ready.wait(60000)) {
    }
    const double startupMs = double(startup.nsecsElapsed()) / 1e6;
    const QByteArray line = sandbox.readLine().trimmed();
    const QUrl base(QString::fromLatin1(line.mid(QByteArrayLiteral("listening on ").size())));
    if (!line.startsWith("listening on ") || !base.isValid()) {
        out << "certdesk-sandbox did not start: " << sandbox.readAllStandardError() << Qt::endl;
        return 1;
    }
    rows.push_back({QStringLiteral("executable start-up incl. seeding (listening line)"), startupMs,
                    startupMs, QStringLiteral("< 10000")});

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    qint64 bytes = 0;
    auto fetch = [&](const QString &query) {
        QUrl url = base.resolved(QUrl(QStringLiteral("order/certificate")));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("X-DC-DEVKEY", "demo-admin-key");
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        bytes = reply->readAll().size();
        reply->deleteLater();
    };
    fetch(QStringLiteral("limit=1")); // connection set up outside the measurement
    rows.push_back(measure(QStringLiteral("GET 1,000-order page over HTTP, sort=id"),
                           QStringLiteral("< 50"), 20,
                           [&] { fetch(QStringLiteral("limit=1000&offset=50000")); }));
    const qint64 pageBytes = bytes;
    rows.push_back(measure(QStringLiteral("GET 1,000-order page, sort=-valid_till, cold"),
                           QString(), 1,
                           [&] { fetch(QStringLiteral("limit=1000&sort=-valid_till")); }));
    rows.push_back(measure(
        QStringLiteral("GET 1,000-order page, sort=-valid_till, warm"), QStringLiteral("< 50"), 20,
        [&] { fetch(QStringLiteral("limit=1000&offset=1000&sort=-valid_till")); }));
    sandbox.terminate();
    sandbox.waitForFinished(10000);

#ifdef NDEBUG
    const char *build = "optimised";
#else
    const char *build = "debug";
#endif
    out << "certdesk-sandbox benchmark (" << build << " build, " << kOrders << " orders, page "
        << pageBytes << " bytes)\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("measurement"), -56)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("worst ms"), 10)
               .arg(QStringLiteral("target ms"), 10);
    for (const Row &row : rows)
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(row.what, -56)
                   .arg(row.medianMs, 10, 'f', 1)
                   .arg(row.worstMs, 10, 'f', 1)
                   .arg(row.target.isEmpty() ? QStringLiteral("-") : row.target, 10);
    out.flush();
    return 0;
}
