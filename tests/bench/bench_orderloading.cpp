// Loading 100,000 orders into the orders table, against curl fetching the same pages one after
// another, with and without 100 ms of added latency per reply. Prints a table; asserts nothing
// (speed is measured here, never in the test suite).
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderListJob.h"
#include "core/OrderBatch.h"
#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

namespace {
constexpr int kOrders = 100000;
constexpr int kPageSize = 1000;

struct LoadResult {
    double totalMs = 0;
    double firstRowsMs = 0;
    double maxStallMs = 0;
    double maxAppendMs = 0;
    qint64 rows = 0;
};

double curlSequential(const TestSandbox &sandbox, const QString &headerFile) {
    QStringList args{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                     QStringLiteral("-H"), QLatin1Char('@') + headerFile};
    for (int offset = 0; offset < kOrders; offset += kPageSize) {
        QUrl url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/certificate")));
        url.setQuery(QStringLiteral("limit=%1&offset=%2").arg(kPageSize).arg(offset));
        args << url.toString();
        if (offset + kPageSize < kOrders)
            args << QStringLiteral("-o") << QStringLiteral("/dev/null");
    }
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(600000);
    return double(timer.nsecsElapsed()) / 1e6;
}

LoadResult loadIntoTable(const TestSandbox &sandbox, OrdersModel *model, QTableView *view) {
    LoadResult result;
    CertCentralClient client;
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(TestSandbox::testKey());
    client.setRateLimits({}); // the sandbox runs without limits here, like curl
    if (qEnvironmentVariableIsSet("BENCH_INFLIGHT"))
        client.setMaxConcurrentRequests(qEnvironmentVariableIntValue("BENCH_INFLIGHT"));
    model->clear();

    // The UI thread's longest gap between two 5 ms timer ticks.
    QElapsedTimer tick;
    QElapsedTimer timer;
    QTimer stallProbe;
    stallProbe.setInterval(5);
    QObject::connect(&stallProbe, &QTimer::timeout, [&] {
        const double gap = double(tick.nsecsElapsed()) / 1e6 - 5.0;
        if (gap > 40 && qEnvironmentVariableIsSet("BENCH_TRACE"))
            qWarning("stall %.1f ms at %.0f ms, rows %d", gap, double(timer.nsecsElapsed()) / 1e6,
                     model->rowCount());
        result.maxStallMs = qMax(result.maxStallMs, gap);
        tick.restart();
    });

    timer.start();
    tick.start();
    stallProbe.start();
    OrderListJob *job = client.startList<OrderListJob>(OrderQuery());
    QObject::connect(job, &OrderListJob::pageLoaded, model,
                     [&](const QList<Order> &orders, qint64, qint64 total) {
                         QElapsedTimer appendTimer;
                         appendTimer.start();
                         if (model->rowCount() == 0)
                             model->reserve(int(total)); // as the orders page does
                         model->appendOrders(orders);
                         result.maxAppendMs =
                             qMax(result.maxAppendMs, double(appendTimer.nsecsElapsed()) / 1e6);
                         if (result.firstRowsMs == 0 && model->rowCount() >= kPageSize) {
                             view->viewport()->repaint(); // on screen, not just in the model
                             result.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
                         }
                     });
    QSignalSpy finished(job, &OrderListJob::finished);
    finished.wait(600000);
    result.totalMs = double(timer.nsecsElapsed()) / 1e6;
    stallProbe.stop();
    result.rows = model->rowCount();
    return result;
}

double timeIt(const std::function<void()> &work) {
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}
} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString headerFile = dir.filePath(QStringLiteral("headers"));
    {
        QFile f(headerFile);
        f.open(QIODevice::WriteOnly);
        f.write("X-DC-DEVKEY: " + TestSandbox::testKey().toUtf8() + "\n");
    }

    TestSandbox sandbox;
    if (!sandbox.start({QStringLiteral("--orders"), QString::number(kOrders)})) {
        out << "sandbox did not start: " << sandbox.errorString() << '\n';
        return 1;
    }

    OrdersModel model;
    OrdersFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setInsertDelay(OrdersFilterProxy::kLoadingInsertDelayMs); // as the orders page does
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(OrdersModel::OrderIdColumn, Qt::DescendingOrder);
    view.resize(1100, 700);
    if (!qEnvironmentVariableIsSet("BENCH_NOVIEW"))
        view.show();
    if (qEnvironmentVariableIsSet("BENCH_NOPROXYVIEW"))
        view.setModel(nullptr);

    SandboxControl control(sandbox.faultsUrl());
    struct Row {
        QString what;
        QString measured;
        QString target;
    };
    QList<Row> rows;

    // Decoding one 1,000-order page (the work of the decoding thread per reply).
    {
        QByteArray page;
        SandboxControl::get(sandbox.baseUrl().resolved(
                                QUrl(QStringLiteral("order/certificate?limit=1000&offset=0"))),
                            TestSandbox::testKey().toUtf8(), &page);
        QList<double> times;
        for (int i = 0; i < 15; ++i) {
            OrderBatch decoded;
            QString error;
            times << timeIt([&] { OrderBatch::fromJson(page, &decoded, &error); });
        }
        std::sort(times.begin(), times.end());
        rows << Row{QStringLiteral("decode one 1,000-order page (%1 KB), median of 15")
                        .arg(page.size() / 1024),
                    QStringLiteral("%1 ms").arg(times.at(7), 0, 'f', 1), QString()};
    }

    // BENCH_NO_LATENCY_ONLY=1 runs only the first load (for profiling).
    const QList<int> latencies =
        qEnvironmentVariableIsSet("BENCH_NO_LATENCY_ONLY") ? QList<int>{0} : QList<int>{0, 100};
    for (int latency : latencies) {
        control.setFaults({{QStringLiteral("latency_ms"), latency}});
        const double curlMs = curlSequential(sandbox, headerFile);
        const LoadResult load = loadIntoTable(sandbox, &model, &view);
        const QString tag =
            latency ? QStringLiteral("100 ms latency") : QStringLiteral("no latency");
        rows << Row{QStringLiteral("curl, 100 pages one after another (%1)").arg(tag),
                    QStringLiteral("%1 ms").arg(curlMs, 0, 'f', 0), QString()};
        rows << Row{QStringLiteral("CertDesk, 100,000 orders into the table (%1)").arg(tag),
                    QStringLiteral("%1 ms (%2 rows)").arg(load.totalMs, 0, 'f', 0).arg(load.rows),
                    QString()};
        rows << Row{QStringLiteral("  ratio CertDesk / curl (%1)").arg(tag),
                    QString::number(load.totalMs / curlMs, 'f', 2),
                    latency ? QStringLiteral("<= 0.35") : QStringLiteral("<= 1.25")};
        rows << Row{QStringLiteral("  first 1,000 rows on screen (%1)").arg(tag),
                    QStringLiteral("%1 ms").arg(load.firstRowsMs, 0, 'f', 0),
                    QStringLiteral("<= 1000 ms")};
        rows << Row{QStringLiteral("  longest UI-thread stall while loading (%1)").arg(tag),
                    QStringLiteral("%1 ms (append %2)")
                        .arg(load.maxStallMs, 0, 'f', 1)
                        .arg(load.maxAppendMs, 0, 'f', 1),
                    QStringLiteral("<= 50 ms")};
    }
    control.clearFaults();

    // Search keystrokes and sorts on all 100,000 rows.
    double worstKey = 0;
    QString typed;
    for (const QChar c : QStringLiteral("example.c")) {
        typed += c;
        worstKey = qMax(worstKey, timeIt([&] { proxy.setSearchText(typed); }));
    }
    worstKey = qMax(worstKey, timeIt([&] { proxy.setSearchText(QString()); }));
    rows << Row{QStringLiteral("search keystroke, worst of 10, 100,000 rows"),
                QStringLiteral("%1 ms").arg(worstKey, 0, 'f', 1), QStringLiteral("< 30 ms")};
    for (int column : {int(OrdersModel::CommonNameColumn), int(OrdersModel::OrganizationColumn),
                       int(OrdersModel::ValidTillColumn), int(OrdersModel::StatusColumn),
                       int(OrdersModel::OrderIdColumn)}) {
        const double ms = timeIt([&] { view.sortByColumn(column, Qt::AscendingOrder); });
        rows << Row{QStringLiteral("sort by %1, 100,000 rows")
                        .arg(model.headerData(column, Qt::Horizontal).toString().toLower()),
                    QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), QStringLiteral("< 150 ms")};
    }
    rows << Row{QStringLiteral("peak resident memory of this process"),
                QStringLiteral("%1 MB").arg(peakRssMb(), 0, 'f', 0), QStringLiteral("< 200 MB")};

    int width = 0;
    for (const Row &r : rows)
        width = qMax(width, int(r.what.size()));
    out << "| " << QStringLiteral("measure").leftJustified(width) << " | "
        << QStringLiteral("result").leftJustified(22) << " | target |\n";
    out << "|" << QString(width + 2, QLatin1Char('-')) << "|" << QString(24, QLatin1Char('-'))
        << "|--------|\n";
    for (const Row &r : rows)
        out << "| " << r.what.leftJustified(width) << " | " << r.measured.leftJustified(22) << " | "
            << r.target << " |\n";
    out.flush();
    return 0;
}
