#include "models/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
struct Fruit {
    int id = 0;
    QString name;
    int grams = 0;
};

// A model the way the list models use the template: columns described once, one extra role.
class FruitModel : public RowTableModel<Fruit> {
public:
    enum { SortRole = Qt::UserRole + 1, IdRole };
    explicit FruitModel(const QString *headerLanguage)
        : RowTableModel(columns(headerLanguage), SortRole, nullptr) {}

protected:
    QVariant rowData(const Fruit &fruit, int, int role) const override {
        return role == IdRole ? QVariant(fruit.id) : QVariant();
    }

private:
    static QList<ColumnSpec> columns(const QString *language) {
        return {
            {[language] { return *language + QStringLiteral(":name"); },
             [](const Fruit &f) { return f.name; },
             {},
             [](const Fruit &f) {
                 return QStringLiteral("tip %1").arg(f.name);
             }},
            {[] { return QStringLiteral("Weight"); },
             [](const Fruit &f) { return QStringLiteral("%1 g").arg(f.grams); },
             [](const Fruit &f) { return f.grams; },
             {},
             Qt::AlignRight | Qt::AlignVCenter},
        };
    }
};
} // namespace

// The table every simple list is built on: what each role answers from the column
// descriptions, and the row changes it signals to views (checked by QAbstractItemModelTester).
class tst_RowTableModel : public QObject {
    Q_OBJECT
private slots:
    void rolesComeFromTheColumns();
    void headersAreAskedEachTime();
    void rowChangesAreSignalled();
};

void tst_RowTableModel::rolesComeFromTheColumns() {
    const QString language = QStringLiteral("en");
    FruitModel model(&language);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows({{7, QStringLiteral("Apple"), 180}, {9, QStringLiteral("Plum"), 60}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex name = model.index(1, 0);
    const QModelIndex weight = model.index(1, 1);
    QCOMPARE(name.data().toString(), QStringLiteral("Plum"));
    QCOMPARE(weight.data().toString(), QStringLiteral("60 g"));
    // The sort key where the column gives one, else the text.
    QCOMPARE(weight.data(FruitModel::SortRole).toInt(), 60);
    QCOMPARE(name.data(FruitModel::SortRole).toString(), QStringLiteral("Plum"));
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("tip Plum"));
    QVERIFY(!weight.data(Qt::ToolTipRole).isValid());
    QCOMPARE(weight.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!name.data(Qt::TextAlignmentRole).isValid());
    // A role no column describes goes to the subclass.
    QCOMPARE(name.data(FruitModel::IdRole).toInt(), 9);
    QVERIFY(!name.data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(2, 0).isValid());
}

void tst_RowTableModel::headersAreAskedEachTime() {
    QString language = QStringLiteral("en");
    FruitModel model(&language);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("en:name"));
    language = QStringLiteral("de"); // the language changed: the header follows
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("de:name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Weight"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void tst_RowTableModel::rowChangesAreSignalled() {
    const QString language = QStringLiteral("en");
    FruitModel model(&language);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.appendRows({});
    QCOMPARE(inserted.count(), 0); // nothing to insert, nothing said
    model.appendRows({{1, QStringLiteral("Apple"), 180},
                      {2, QStringLiteral("Pear"), 170},
                      {3, QStringLiteral("Fig"), 50}});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    const int pear = model.findRow([](const Fruit &f) { return f.id == 2; });
    QCOMPARE(pear, 1);
    QCOMPARE(model.findRow([](const Fruit &f) { return f.id == 42; }), -1);
    model.replaceRow(pear, {2, QStringLiteral("Nashi"), 200});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, 1));
    QCOMPARE(model.rowAt(1).name, QStringLiteral("Nashi"));

    model.removeRowAt(0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(0).name, QStringLiteral("Nashi"));

    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.rows().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RowTableModel)
#include "tst_rowtablemodel.moc"
