#include "ui/orders/wizard/OrderKeyPage.h"

#include "core/KeySpec.h"
#include "security/CsrInfo.h"
#include "security/NewKey.h"
#include "ui/orders/wizard/KeyPageHost.h"
#include "ui_OrderKeyPage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent>

OrderKeyPage::OrderKeyPage(KeyPageHost *host, QWidget *parent)
    : QWizardPage(parent)
    , ui(new Ui::OrderKeyPage)
    , m_host(host) {
    ui->setupUi(this);
    setTitle(tr("Private key and CSR"));
    setSubTitle(tr("The private key stays on this computer. CertCentral only sees the CSR."));
    for (const QString &name : KeySpec::names()) {
        KeySpec spec;
        QString error;
        KeySpec::parse(name, &spec, &error);
        ui->keyType->addItem(spec.description(), name);
    }
    ui->keyType->setCurrentIndex(ui->keyType->findData(QStringLiteral("rsa:3072")));
    ui->passphrase->setEchoMode(QLineEdit::Password);
    ui->passphraseAgain->setEchoMode(QLineEdit::Password);
    ui->busy->hide();
    ui->csrText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->generateKey, &QRadioButton::toggled, this, &OrderKeyPage::updateMode);
    connect(ui->generate, &QPushButton::clicked, this, &OrderKeyPage::generate);
    connect(ui->browseKey, &QToolButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the private key as"), ui->keyFile->text());
        if (!path.isEmpty())
            ui->keyFile->setText(path);
    });
    connect(ui->openCsr, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a CSR"), QString(),
                                                          tr("CSR files (*.csr *.pem *.txt);;"
                                                             "All files (*)"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            ui->csrText->setPlainText(QString::fromLatin1(file.read(64 * 1024)));
    });
    connect(ui->csrText, &QPlainTextEdit::textChanged, this, &OrderKeyPage::checkCsr);
    for (QLineEdit *edit : {ui->passphrase, ui->passphraseAgain, ui->keyFile})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            ui->strength->setText(strengthText(ui->passphrase->text()));
            ui->passphraseError->setMessage({});
            ui->keyFileError->setMessage({});
        });
    connect(ui->noPassphrase, &QCheckBox::toggled, this, [this](bool on) {
        ui->passphrase->setEnabled(!on);
        ui->passphraseAgain->setEnabled(!on);
        ui->passphraseError->setMessage(
            on ? tr("Anyone who can read the key file can use the key. Only do this for a "
                    "server that cannot ask for a passphrase.")
               : QString());
    });
    connect(&m_watcher, &QFutureWatcher<Made>::finished, this, &OrderKeyPage::onGenerated);
    updateMode();
}

OrderKeyPage::~OrderKeyPage() {
    m_watcher.waitForFinished();
    delete ui;
}

QString OrderKeyPage::strengthText(const QString &passphrase) {
    if (passphrase.isEmpty())
        return {};
    int classes = 0;
    for (const auto &test : {QStringLiteral("[a-z]"), QStringLiteral("[A-Z]"),
                             QStringLiteral("[0-9]"), QStringLiteral("[^a-zA-Z0-9]")})
        classes += passphrase.contains(QRegularExpression(test)) ? 1 : 0;
    if (passphrase.size() < 8)
        return tr("Too short: at least 8 characters.");
    if (passphrase.size() >= 16 || (passphrase.size() >= 12 && classes >= 3))
        return tr("Strength: strong.");
    return classes >= 3 ? tr("Strength: fair; longer is stronger.")
                        : tr("Strength: weak; use a longer phrase.");
}

void OrderKeyPage::initializePage() {
    if (ui->keyFile->text().isEmpty()) {
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        const QStringList names = m_host->keyPageNames();
        QString base = names.isEmpty() ? QStringLiteral("certificate") : names.first();
        base.replace(QLatin1Char('*'), QStringLiteral("star"));
        ui->keyFile->setText(QDir(dir).filePath(base + QStringLiteral(".key")));
    }
    // New names make a generated CSR stale.
    if (m_generatedFor != m_host->keyPageNames().join(QLatin1Char(','))) {
        m_generatedCsr.clear();
        ui->keyStatus->clear();
    }
    // A reissue may keep its key: the order's current CSR is offered, checked like a pasted one.
    const QByteArray suggested = m_host->keyPageSuggestedCsr();
    if (!suggested.isEmpty() && ui->csrText->toPlainText().trimmed().isEmpty()) {
        ui->csrText->setPlainText(QString::fromLatin1(suggested));
        ui->useCsr->setToolTip(tr("The order's current CSR is filled in; it must match the names "
                                  "of the reissue."));
    }
    checkCsr();
    updateMode();
}

void OrderKeyPage::updateMode() {
    const bool generating = ui->generateKey->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(ui->keyType), static_cast<QWidget *>(ui->keyFile),
                       static_cast<QWidget *>(ui->browseKey), static_cast<QWidget *>(ui->generate),
                       static_cast<QWidget *>(ui->noPassphrase)})
        w->setEnabled(generating && !m_watcher.isRunning());
    ui->passphrase->setEnabled(generating && !ui->noPassphrase->isChecked());
    ui->passphraseAgain->setEnabled(generating && !ui->noPassphrase->isChecked());
    ui->csrText->setEnabled(!generating);
    ui->openCsr->setEnabled(!generating);
    emit completeChanged();
}

void OrderKeyPage::generate() {
    const QString path = ui->keyFile->text().trimmed();
    const QByteArray pass = ui->passphrase->text().toUtf8();
    if (path.isEmpty() || QFileInfo::exists(path)) {
        ui->keyFileError->setMessage(path.isEmpty()
                                         ? tr("Choose where to save the key.")
                                         : tr("%1 already exists; keys are never overwritten. "
                                              "Choose another name.")
                                               .arg(path));
        return;
    }
    if (!ui->noPassphrase->isChecked()) {
        if (pass.size() < 8) {
            ui->passphraseError->setMessage(tr("The passphrase needs at least 8 characters."));
            return;
        }
        if (ui->passphrase->text() != ui->passphraseAgain->text()) {
            ui->passphraseError->setMessage(tr("The two passphrases differ."));
            return;
        }
    }
    KeySpec spec;
    QString error;
    KeySpec::parse(ui->keyType->currentData().toString(), &spec, &error);
    const QStringList names = m_host->keyPageNames();
    const QByteArray passphrase = ui->noPassphrase->isChecked() ? QByteArray() : pass;
    ui->busy->show();
    ui->keyStatus->setText(tr("Making a %1 key…").arg(spec.description()));
    m_generatedFor = names.join(QLatin1Char(','));
    m_watcher.setFuture(QtConcurrent::run([spec, names, passphrase, path] {
        Made made;
        if (!NewKey::make(spec, names, path, passphrase, &made.csr, &made.error))
            made.csr.clear();
        return made;
    }));
    updateMode();
}

void OrderKeyPage::onGenerated() {
    const Made made = m_watcher.result();
    ui->busy->hide();
    if (made.csr.isEmpty()) {
        ui->keyStatus->setText(made.error);
        emit generated(false, made.error);
    } else {
        m_generatedCsr = made.csr;
        m_host->setKeyFile(ui->keyFile->text().trimmed());
        const QString text =
            tr("Key saved to %1 (readable by you only). The CSR is ready.").arg(m_host->keyFile());
        ui->keyStatus->setText(text);
        emit generated(true, text);
    }
    updateMode();
}

void OrderKeyPage::checkCsr() {
    m_pastedCsr.clear();
    const QByteArray text = ui->csrText->toPlainText().toLatin1();
    if (text.trimmed().isEmpty()) {
        ui->csrProblems->setMessage({});
        emit completeChanged();
        return;
    }
    CsrInfo info;
    QString error;
    if (!CsrInfo::parse(text, &info, &error)) {
        ui->csrProblems->setMessage(error);
    } else {
        const QStringList names = m_host->keyPageNames();
        const QStringList problems =
            names.isEmpty() ? QStringList() : info.problems(names.first(), names.mid(1), false);
        ui->csrProblems->setMessage(problems.join(QLatin1Char('\n')));
        if (problems.isEmpty()) {
            m_pastedCsr = info.pem;
            ui->keyStatus->setText(
                tr("The CSR holds a %1 key and matches the names.").arg(info.key.description()));
        }
    }
    emit completeChanged();
}

bool OrderKeyPage::isComplete() const {
    if (m_watcher.isRunning())
        return false;
    return ui->generateKey->isChecked() ? !m_generatedCsr.isEmpty() : !m_pastedCsr.isEmpty();
}

bool OrderKeyPage::validatePage() {
    const QByteArray csr = ui->generateKey->isChecked() ? m_generatedCsr : m_pastedCsr;
    m_host->setKeyPageCsr(csr);
    if (!ui->generateKey->isChecked())
        m_host->setKeyFile(QString());
    return !csr.isEmpty();
}
