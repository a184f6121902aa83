#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Every shipped language is complete: lupdate reads the sources as they are now, and each
// string it finds must be translated (no unfinished entry, no empty form) in de, es, fr, ja
// and pt_BR, keeping the placeholders (%1, %L1, %n) and HTML tags of the English.
class tst_TranslationFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();

private:
    struct Message {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        bool finished = false;
        QStringList forms;
    };
    static QList<Message> read(const QString &path, QString *error);
    QString m_root;
    QList<Message> m_sources;
};

QList<tst_TranslationFiles::Message> tst_TranslationFiles::read(const QString &path,
                                                                QString *error) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

void tst_TranslationFiles::initTestCase() {
    m_root = QStringLiteral(CERTDESK_SOURCE_DIR);
    const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed (Debian package qt6-l10n-tools)");
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("now.ts"));
    QProcess process;
    process.setWorkingDirectory(m_root);
    process.start(lupdate,
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("app"),
                   QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("-ts"), ts});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QString error;
    m_sources = read(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_sources.size() > 1000);
}

void tst_TranslationFiles::everySourceStringIsTranslated_data() {
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "es", "fr", "ja", "pt_BR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_TranslationFiles::everySourceStringIsTranslated() {
    QFETCH(QString, language);
    QString error;
    const QList<Message> shipped =
        read(m_root + QStringLiteral("/translations/certdesk_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const Message &m : shipped)
        byKey.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment, m);
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z]+"));
    const auto found = [](const QRegularExpression &re, const QString &text) {
        QStringList all;
        for (auto it = re.globalMatch(text); it.hasNext();)
            all << it.next().captured(0);
        all.sort();
        all.removeDuplicates();
        return all;
    };
    QStringList missing;
    for (const Message &source : std::as_const(m_sources)) {
        const auto it =
            byKey.constFind(source.context + QChar(0) + source.source + QChar(0) + source.comment);
        const QString where = source.context + QStringLiteral(": ") + source.source.left(60);
        if (it == byKey.constEnd() || !it->finished) {
            missing << where;
            continue;
        }
        QStringList wanted = found(placeholder, source.source);
        if (source.numerus)
            wanted.removeAll(QStringLiteral("%n"));
        for (const QString &form : it->forms) {
            QStringList have = found(placeholder, form);
            if (source.numerus)
                have.removeAll(QStringLiteral("%n"));
            if (form.trimmed().isEmpty() && !source.source.trimmed().isEmpty())
                missing << where + QStringLiteral(" (empty)");
            else if (have != wanted)
                missing << where + QStringLiteral(" (placeholders)");
            else if (found(tag, form) != found(tag, source.source))
                missing << where + QStringLiteral(" (HTML tags)");
        }
    }
    if (!missing.isEmpty())
        qWarning().noquote() << missing.size() << "strings not translated in" << language << ":\n  "
                             << missing.mid(0, 20).join(QStringLiteral("\n  "));
    QCOMPARE(missing.size(), 0);
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
