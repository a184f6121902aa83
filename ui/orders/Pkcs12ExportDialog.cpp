#include "ui/orders/Pkcs12ExportDialog.h"

#include "api/CertCentralClient.h"
#include "security/Pkcs12Bundle.h"
#include "security/PrivateKeyFinder.h"
#include "services/OrderService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QtConcurrent>

namespace {

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const std::function<void()> &browse) {
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *button = new QToolButton(row);
    button->setText(QStringLiteral("…"));
    button->setAccessibleName(QCoreApplication::translate("Pkcs12ExportDialog", "Browse"));
    QObject::connect(button, &QToolButton::clicked, parent, browse);
    layout->addWidget(button);
    return row;
}

} // namespace

Pkcs12ExportDialog::Pkcs12ExportDialog(CertCentralClient *client, qint64 certificateId,
                                       const QString &commonName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_certificateId(certificateId)
    , m_keyFolder(new QLineEdit(this))
    , m_keyPassphrase(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseAgain(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_error(new FieldErrorLabel(QStringLiteral("pkcs12Error"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("pkcs12ExportDialog"));
    setWindowTitle(tr("Save %1 as PKCS#12").arg(commonName));
    m_keyFolder->setObjectName(QStringLiteral("keyFolder"));
    m_keyPassphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setObjectName(QStringLiteral("bundlePassphrase"));
    m_passphraseAgain->setObjectName(QStringLiteral("bundlePassphraseAgain"));
    m_output->setObjectName(QStringLiteral("outputFile"));
    m_status->setObjectName(QStringLiteral("pkcs12Status"));
    m_status->setWordWrap(true);
    for (QLineEdit *e : {m_keyPassphrase, m_passphrase, m_passphraseAgain})
        e->setEchoMode(QLineEdit::Password);
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    m_keyFolder->setText(documents);
    QString base = commonName;
    base.replace(QLatin1Char('*'), QStringLiteral("star"));
    m_output->setText(QDir(documents).filePath(base + QStringLiteral(".p12")));
    m_keyPassphrase->setPlaceholderText(tr("only if the key file is encrypted"));
    m_passphrase->setPlaceholderText(
        tr("at least %1 characters").arg(Pkcs12Bundle::kMinPassphraseLength));

    auto *intro = new QLabel(tr("CertDesk looks for the private key of this certificate in the "
                                "folder below, checks that they belong together and writes "
                                "key, certificate and chain into one file under a new "
                                "passphrase."),
                             this);
    intro->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Key folder"), withBrowse(m_keyFolder, this, [this] {
                     const QString dir = QFileDialog::getExistingDirectory(
                         this, tr("Folder with the private key"), m_keyFolder->text());
                     if (!dir.isEmpty())
                         m_keyFolder->setText(dir);
                 }));
    form->addRow(tr("Key passphrase"), m_keyPassphrase);
    form->addRow(tr("New passphrase"), m_passphrase);
    form->addRow(tr("Again"), m_passphraseAgain);
    form->addRow(tr("Save as"), withBrowse(m_output, this, [this] {
                     const QString path = QFileDialog::getSaveFileName(
                         this, tr("Save the PKCS#12 file as"), m_output->text(),
                         tr("PKCS#12 (*.p12 *.pfx)"));
                     if (!path.isEmpty())
                         m_output->setText(path);
                 }));
    form->addRow(m_error);
    form->addRow(m_status);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePkcs12"));
    for (QLineEdit *e : {m_keyFolder, m_keyPassphrase, m_passphrase, m_passphraseAgain, m_output})
        connect(e, &QLineEdit::textEdited, this, [this] { m_error->setMessage({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &Pkcs12ExportDialog::submit);
    connect(&m_watcher, &QFutureWatcher<Written>::finished, this, &Pkcs12ExportDialog::onWritten);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

Pkcs12ExportDialog::~Pkcs12ExportDialog() {
    m_watcher.waitForFinished();
}

QString Pkcs12ExportDialog::statusText() const {
    return m_error->text().isEmpty() ? m_status->text() : m_error->text();
}

void Pkcs12ExportDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_status->setText(busy ? tr("Downloading the certificate and its chain…") : QString());
}

void Pkcs12ExportDialog::submit() {
    m_error->setMessage({});
    // Everything local first: nothing is downloaded for a form that cannot work.
    if (m_passphrase->text().size() < Pkcs12Bundle::kMinPassphraseLength) {
        m_error->setMessage(tr("The new passphrase needs at least %1 characters.")
                                .arg(Pkcs12Bundle::kMinPassphraseLength));
        return;
    }
    if (m_passphrase->text() != m_passphraseAgain->text()) {
        m_error->setMessage(tr("The two new passphrases differ."));
        return;
    }
    const QString output = m_output->text().trimmed();
    if (output.isEmpty() || QFileInfo::exists(output)) {
        m_error->setMessage(output.isEmpty()
                                ? tr("Choose where to save the file.")
                                : tr("%1 already exists; CertDesk never overwrites it. Choose "
                                     "another name.")
                                      .arg(output));
        return;
    }
    if (!QFileInfo(m_keyFolder->text()).isDir()) {
        m_error->setMessage(tr("%1 is not a folder.").arg(m_keyFolder->text()));
        return;
    }
    setBusy(true);
    const auto call = OrderService(m_client).download(m_certificateId, QStringLiteral("pem_all"));
    call.onResult(this, [this](const QByteArray &data) { write(data); });
    call.onFailed(this, [this](const ApiError &error) {
        setBusy(false);
        m_error->setMessage(tr("The certificate could not be downloaded: %1").arg(error.message()));
    });
}

void Pkcs12ExportDialog::write(const QByteArray &chainPem) {
    const QList<QByteArray> certificates = Pkcs12Bundle::splitPem(chainPem);
    if (certificates.isEmpty()) {
        setBusy(false);
        m_error->setMessage(tr("CertCentral sent no certificate."));
        return;
    }
    m_status->setText(tr("Looking for the private key and writing the file…"));
    const QString folder = m_keyFolder->text();
    const QString output = m_output->text().trimmed();
    const QByteArray keyPassphrase = m_keyPassphrase->text().toUtf8();
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    m_watcher.setFuture(
        QtConcurrent::run([certificates, folder, output, keyPassphrase, passphrase] {
            Written written;
            const PrivateKeyFinder::Result found =
                PrivateKeyFinder::find(folder, certificates.first(), keyPassphrase);
            if (!found.found()) {
                QStringList why;
                if (!found.error.isEmpty())
                    why << found.error;
                for (const auto &u : found.unreadable)
                    why << tr("%1: %2").arg(QFileInfo(u.path).fileName(), u.reason);
                if (!found.otherKeys.isEmpty())
                    why << tr("%n key(s) there belong to other certificates.", nullptr,
                              int(found.otherKeys.size()));
                written.error = tr("No private key in %1 belongs to this certificate.%2")
                                    .arg(folder, why.isEmpty() ? QString()
                                                               : QStringLiteral(" ") +
                                                                     why.join(QStringLiteral(" ")));
                return written;
            }
            if (Pkcs12Bundle::write(output, found.key, certificates.first(), certificates.mid(1),
                                    passphrase, &written.error))
                written.keyPath = found.path;
            return written;
        }));
}

void Pkcs12ExportDialog::onWritten() {
    setBusy(false);
    const Written written = m_watcher.result();
    if (written.keyPath.isEmpty()) {
        m_error->setMessage(written.error);
        return;
    }
    m_status->setText(tr("Saved %1 with the key from %2.")
                          .arg(m_output->text().trimmed(), QFileInfo(written.keyPath).fileName()));
    emit saved(m_output->text().trimmed());
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
}
