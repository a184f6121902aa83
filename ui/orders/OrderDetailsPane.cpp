#include "ui/orders/OrderDetailsPane.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "models/OrdersModel.h"
#include "services/OrderService.h"
#include "ui/common/QuietLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// "23DCD85CFC5955EB..." as "23DCD85C FC5955EB ...": readable, and it wraps in a narrow pane.
QString groupHex(const QString &hex) {
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 8) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += hex.mid(i, 8);
    }
    return out;
}

QString shortDate(const QDate &d) {
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OrderDetailsPane::OrderDetailsPane(QWidget *parent)
    : DetailsPane(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new QWidget(this))
    , m_title(new QLabel(this))
    , m_dcvList(nullptr)
    , m_dcvSummary(wrappedLabel(this, QStringLiteral("dcvSummary")))
    , m_historyList(nullptr)
    , m_historySummary(wrappedLabel(this, QStringLiteral("historySummary")))
    , m_requestList(nullptr)
    , m_notes(wrappedLabel(this, QStringLiteral("orderNotes")))
    , m_contacts(new QWidget(this)) {
    setObjectName(QStringLiteral("orderDetailsPane"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);

    buildCertificateTab();
    buildContactsTab();
    QWidget *dcv = nullptr;
    QWidget *history = nullptr;
    QWidget *requests = nullptr;
    buildListTabs(&dcv, &history, &requests);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(scrolled(m_form, this), tr("Certificate"));
    m_tabs->addTab(dcv, tr("Names and DCV"));
    m_tabs->addTab(history, tr("History"));
    //: Tab: the approval requests recorded on this order, not network requests.
    m_tabs->addTab(requests, tr("Requests"));
    m_tabs->addTab(scrolled(m_contacts, this), tr("Contacts"));
    m_tabs->setTabToolTip(DcvTab, tr("Domain control validation of each name on the order"));
    m_tabs->setTabToolTip(HistoryTab, tr("Reissued and duplicate certificates of the order"));
    m_tabs->setTabToolTip(RequestsTab, tr("Requests on the order and its notes"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrderDetailsPane::loadCurrentTab);

    auto *orderView = new QWidget(this);
    auto *orderLayout = new QVBoxLayout(orderView);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    orderLayout->addWidget(m_title);
    orderLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(orderView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlaceholder(tr("Select an order to see its details."));
}

// Four columns of fields: the pane sits under the table and has the window's width.
void OrderDetailsPane::buildCertificateTab() {
    auto *columns = new QHBoxLayout(m_form);
    columns->setSpacing(24);
    const auto column = [this, columns](int stretch) {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        form->setVerticalSpacing(3);
        columns->addLayout(form, stretch);
        return form;
    };
    QFormLayout *first = column(3);
    //: Field label: the certificate order's number.
    addField(first, m_form, tr("Order"), QStringLiteral("detailOrderId"));
    addField(first, m_form, tr("Status"), QStringLiteral("detailStatus"));
    addField(first, m_form, tr("Product"), QStringLiteral("detailProduct"));
    addField(first, m_form, tr("Organization"), QStringLiteral("detailOrganization"));
    addField(first, m_form, tr("Container"), QStringLiteral("detailContainer"));
    QFormLayout *second = column(2);
    addField(second, m_form, tr("Valid from"), QStringLiteral("detailValidFrom"));
    addField(second, m_form, tr("Valid till"), QStringLiteral("detailValidTill"));
    addField(second, m_form, tr("Created"), QStringLiteral("detailCreated"));
    addField(second, m_form, tr("Order validity"), QStringLiteral("detailValidity"));
    addField(second, m_form, tr("Alternative ID"), QStringLiteral("detailAlternativeId"));
    addField(second, m_form, tr("Cost"), QStringLiteral("detailCost"));
    QFormLayout *third = column(3);
    addField(third, m_form, tr("Serial number"), QStringLiteral("detailSerial"));
    addField(third, m_form, tr("Thumbprint"), QStringLiteral("detailThumbprint"));
    addField(third, m_form, tr("Key"), QStringLiteral("detailKey"));
    addField(third, m_form, tr("Signature hash"), QStringLiteral("detailHash"));
    addField(third, m_form, tr("Server platform"), QStringLiteral("detailPlatform"));
    QFormLayout *fourth = column(3);
    addField(fourth, m_form, tr("Names"), QStringLiteral("detailNames"));
}

// Who asked for the order and who hears about it.
void OrderDetailsPane::buildContactsTab() {
    m_contacts->setObjectName(QStringLiteral("contactsTab"));
    auto *contacts = new QFormLayout(m_contacts);
    contacts->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    contacts->setVerticalSpacing(3);
    addField(contacts, m_contacts, tr("Requested by"), QStringLiteral("detailRequester"));
    addField(contacts, m_contacts, tr("Organization contact"),
             QStringLiteral("detailOrganizationContact"));
    addField(contacts, m_contacts, tr("Technical contact"),
             QStringLiteral("detailTechnicalContact"));
    addField(contacts, m_contacts, tr("Also notified"), QStringLiteral("detailAdditionalEmails"));
}

// The DCV names, the reissues and duplicates, and the requests with the order's notes.
void OrderDetailsPane::buildListTabs(QWidget **dcv, QWidget **history, QWidget **requests) {
    m_dcvList = makeList({tr("Name"), tr("DCV"), tr("Method")}, QStringLiteral("dcvList"));
    *dcv = new QWidget(this);
    auto *dcvLayout = new QVBoxLayout(*dcv);
    dcvLayout->addWidget(m_dcvSummary);
    dcvLayout->addWidget(m_dcvList, 1);

    m_historyList = makeList({tr("Certificate"), tr("Status"), tr("Valid till")},
                             QStringLiteral("historyList"));
    *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(*history);
    historyLayout->addWidget(m_historySummary);
    historyLayout->addWidget(m_historyList, 1);

    m_requestList =
        //: "Request": an approval request on the order (new order, reissue, duplicate, revocation).
        makeList({tr("Request"), tr("Status"), tr("Date")}, QStringLiteral("requestList"));
    *requests = new QWidget(this);
    auto *requestsLayout = new QVBoxLayout(*requests);
    requestsLayout->addWidget(m_requestList, 1);
    auto *notesTitle = new QLabel(tr("Notes"), *requests);
    QFont bold = notesTitle->font();
    bold.setBold(true);
    notesTitle->setFont(bold);
    requestsLayout->addWidget(notesTitle);
    requestsLayout->addWidget(m_notes);
}

void OrderDetailsPane::setClient(CertCentralClient *client) {
    m_client = client;
}

QLabel *OrderDetailsPane::addField(QFormLayout *layout, QWidget *parent, const QString &label,
                                   const QString &objectName) {
    QLabel *value = wrappedLabel(parent, objectName);
    auto *name = new QLabel(label, parent);
    QuietLabel::quieten(name);
    QFont small = name->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    name->setFont(small);
    name->setBuddy(value);
    layout->addRow(name, value);
    return value;
}

QTreeWidget *OrderDetailsPane::makeList(const QStringList &headers, const QString &objectName) {
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return list;
}

void OrderDetailsPane::showPlaceholder(const QString &text) {
    abortCalls();
    m_shownId = 0;
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

void OrderDetailsPane::showLoading(qint64 orderId) {
    abortCalls();
    m_shownId = 0;
    m_placeholder->setText(tr("Loading order %1…").arg(orderId));
    m_stack->setCurrentIndex(0);
}

void OrderDetailsPane::showOrder(const Order &o) {
    const QLocale locale;
    if (o.id != m_shownId) {
        // Another order: what the other tabs showed belongs to the previous one.
        abortCalls();
        m_validationFor = m_historyFor = 0;
        m_dcvList->clear();
        m_historyList->clear();
        m_requestList->clear();
        m_dcvSummary->clear();
        m_historySummary->clear();
        m_notes->setText(tr("Loading…"));
        for (const char *name : {"detailRequester", "detailOrganizationContact",
                                 "detailTechnicalContact", "detailAdditionalEmails"})
            setField(name, QString());
    }
    m_title->setText(o.commonName.isEmpty() ? tr("Order %1").arg(o.id) : o.commonName);
    m_title->setToolTip(m_title->text());
    setField("detailOrderId", QString::number(o.id));
    setField("detailStatus", OrdersModel::statusText(o.status));
    setField("detailProduct", o.productName.isEmpty()
                                  ? o.productNameId
                                  : QStringLiteral("%1 (%2)").arg(o.productName, o.productNameId));
    setField("detailNames", o.allNames().join(QLatin1Char('\n')));
    setField("detailOrganization", o.organizationName);
    setField("detailContainer", o.containerName);
    setField("detailValidFrom", shortDate(o.validFrom));
    setField("detailValidTill",
             o.daysRemaining >= 0
                 ? tr("%1 (%n day(s) left)", nullptr, o.daysRemaining).arg(shortDate(o.validTill))
                 : shortDate(o.validTill));
    setField("detailSerial", groupHex(o.serialNumber));
    setField("detailThumbprint", groupHex(o.thumbprint));
    setField("detailKey", o.keySize > 0 ? tr("%1 bits").arg(o.keySize) : QString());
    setField("detailHash", o.signatureHash.toUpper());
    setField("detailPlatform", o.serverPlatform);
    setField("detailValidity", o.orderValidityYears > 0
                                   ? tr("%n year(s)", nullptr, o.orderValidityYears)
                                   : QString());
    setField("detailCreated", o.dateCreated.isValid() ? locale.toString(o.dateCreated.toLocalTime(),
                                                                        QLocale::ShortFormat)
                                                      : QString());
    setField("detailAlternativeId", o.alternativeOrderId);
    // The price as the API sends it (a decimal string), in the user's locale; nothing when the
    // order has none.
    setField("detailCost", o.price.trimmed().isEmpty()
                               ? QString()
                               : Money::formatText(o.price, o.currency, locale));
    const bool first = m_shownId != o.id;
    m_shownId = o.id;
    m_stack->setCurrentIndex(1);
    if (first)
        loadCurrentTab();
}

void OrderDetailsPane::showDetails(const Order &o, const OrderDetails &d) {
    showOrder(o);
    const QLocale locale;
    m_requestList->clear();
    for (const OrderRequest &r : o.requests) {
        auto *item = new QTreeWidgetItem(m_requestList);
        item->setText(0, tr("#%1 %2").arg(r.id).arg(OrdersModel::requestTypeText(r.type)));
        item->setText(1, OrdersModel::statusText(r.status));
        item->setText(2, r.date.isValid()
                             ? locale.toString(r.date.toLocalTime().date(), QLocale::ShortFormat)
                             : QString());
        if (!r.comments.isEmpty()) {
            item->setToolTip(0, r.comments);
            auto *comment = new QTreeWidgetItem(m_requestList);
            comment->setText(0, QStringLiteral("    ") + r.comments);
            comment->setFirstColumnSpanned(true);
            comment->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
    }
    if (o.requests.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_requestList);
        none->setText(0, tr("No requests on this order."));
        none->setFirstColumnSpanned(true);
    }
    QStringList notes;
    if (!d.comments.isEmpty())
        notes << d.comments;
    if (!d.cancelNote.isEmpty())
        notes << tr("Canceled: %1").arg(d.cancelNote);
    if (d.renewalOfOrderId > 0)
        notes << tr("Renewal of order %1.").arg(d.renewalOfOrderId);
    if (!d.customRenewalMessage.isEmpty())
        notes << tr("Renewal message: %1").arg(d.customRenewalMessage);
    m_notes->setText(notes.isEmpty() ? tr("No notes on this order.")
                                     : notes.join(QStringLiteral("\n\n")));

    setField("detailRequester", d.requester.summary());
    const QString organizationDefault =
        o.organizationId > 0 ? tr("The organization's own contact") : QString();
    setField("detailOrganizationContact", d.organizationContact.isEmpty()
                                              ? organizationDefault
                                              : d.organizationContact.summary());
    setField("detailTechnicalContact",
             d.technicalContact.isEmpty() ? QString() : d.technicalContact.summary());
    setField("detailAdditionalEmails", d.additionalEmails.join(QLatin1Char('\n')));
}

void OrderDetailsPane::loadCurrentTab() {
    if (m_shownId <= 0 || !m_client)
        return;
    if (m_tabs->currentIndex() == DcvTab && m_validationFor != m_shownId)
        loadValidation();
    else if (m_tabs->currentIndex() == HistoryTab && m_historyFor != m_shownId)
        loadHistory();
}

void OrderDetailsPane::loadValidation() {
    const qint64 id = m_shownId;
    m_validationFor = id;
    m_dcvList->clear();
    m_dcvSummary->setText(tr("Loading the validation status…"));
    const auto call = OrderService(m_client).validation(id);
    m_calls << call;
    call.onResult(this, [this, id](const OrderValidation &v) {
        if (id == m_shownId)
            showValidation(v);
    });
    call.onFailed(this, [this, id](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled || id != m_shownId)
            return;
        m_validationFor = 0; // showing the tab again tries again
        m_dcvSummary->setText(tr("The validation status could not be loaded."));
        emit loadFailed(tr("The validation status of order %1 could not be loaded: %2")
                            .arg(id)
                            .arg(error.message()),
                        error);
    });
}

void OrderDetailsPane::showValidation(const OrderValidation &v) {
    m_dcvList->clear();
    for (const OrderValidation::Name &name : v.names) {
        auto *item = new QTreeWidgetItem(m_dcvList);
        item->setText(0, name.dnsNames.join(QStringLiteral(", ")));
        const bool approved = name.status == QLatin1String("approved");
        item->setText(1, approved ? tr("Approved") : tr("Not yet"));
        item->setIcon(1, OrdersModel::statusIcon(approved ? QStringLiteral("issued")
                                                          : QStringLiteral("pending")));
        item->setText(2, name.method.isEmpty() ? v.dcvMethod : name.method);
        if (!name.nameScope.isEmpty())
            item->setToolTip(0, tr("Control is proven for %1").arg(name.nameScope));
    }
    QStringList summary;
    if (v.names.isEmpty())
        summary << tr("This order has no names to validate.");
    else
        summary << tr("%1 of %Ln name(s) approved.", nullptr, int(v.names.size()))
                       .arg(v.approvedCount());
    if (!v.nameScope.isEmpty())
        //: The DCV scope: which names domain control is proven for (the base domain or each name).
        summary << tr("Scope: %1.")
                       .arg(v.nameScope == QLatin1String("fqdn")          ? tr("each exact name")
                            : v.nameScope == QLatin1String("base_domain") ? tr("base domain")
                                                                          : v.nameScope);
    for (const OrderValidation::Organization &org : v.organizationValidations) {
        const QString name = org.name.isEmpty() ? org.type.toUpper() : org.name;
        const QString status = OrdersModel::statusText(org.status);
        //: %1: the validation (OV, EV) or organization, %2: its status, %3: a date.
        summary << (org.validatedUntil.isValid()
                        ? tr("Organization %1 validation: %2 until %3.")
                              .arg(name, status, shortDate(org.validatedUntil))
                        : tr("Organization %1 validation: %2.").arg(name, status));
    }
    if (!v.riskStatus.isEmpty())
        summary << tr("Risk check: %1.").arg(v.riskStatus);
    m_dcvSummary->setText(summary.join(QLatin1Char(' ')));
}

void OrderDetailsPane::loadHistory() {
    const qint64 id = m_shownId;
    m_historyFor = id;
    m_historyList->clear();
    m_reissues.clear();
    m_duplicates.clear();
    m_historyParts = 0;
    m_historySummary->setText(tr("Loading reissues and duplicates…"));
    for (const auto kind : {CertificateRecord::Kind::Reissue, CertificateRecord::Kind::Duplicate}) {
        const auto call = OrderService(m_client).certificates(id, kind);
        m_calls << call;
        call.onResult(this, [this, id, kind](qint64, const QList<CertificateRecord> &records) {
            if (id != m_shownId || m_historyFor != id)
                return;
            (kind == CertificateRecord::Kind::Reissue ? m_reissues : m_duplicates) = records;
            if (++m_historyParts == 2)
                showHistory();
        });
        call.onFailed(this, [this, id](const ApiError &error) {
            if (error.kind() == ApiError::Kind::Cancelled || id != m_shownId || m_historyFor != id)
                return;
            m_historyFor = 0;
            m_historySummary->setText(tr("The certificate history could not be loaded."));
            emit loadFailed(tr("The certificate history of order %1 could not be loaded: %2")
                                .arg(id)
                                .arg(error.message()),
                            error);
        });
    }
}

void OrderDetailsPane::showHistory() {
    QList<CertificateRecord> all = m_reissues + m_duplicates;
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.dateCreated != b.dateCreated ? a.dateCreated < b.dateCreated : a.id < b.id;
    });
    m_historyList->clear();
    for (const CertificateRecord &r : std::as_const(all)) {
        auto *item = new QTreeWidgetItem(m_historyList);
        const QString kind =
            r.kind == CertificateRecord::Kind::Reissue ? tr("Reissue") : tr("Duplicate");
        item->setText(0, tr("%1 %2").arg(kind).arg(r.id));
        item->setText(1, OrdersModel::statusText(r.status));
        item->setIcon(1, OrdersModel::statusIcon(r.status));
        item->setText(2, shortDate(r.validTill));
        QStringList tip{r.commonName};
        if (r.dateCreated.isValid())
            tip << tr("Created %1")
                       .arg(QLocale().toString(r.dateCreated.toLocalTime(), QLocale::ShortFormat));
        if (!r.serialNumber.isEmpty())
            tip << tr("Serial %1").arg(groupHex(r.serialNumber));
        if (!r.revocationReason.isEmpty())
            tip << tr("Revoked: %1").arg(r.revocationReason);
        item->setToolTip(0, tip.join(QLatin1Char('\n')));
    }
    m_historySummary->setText(
        all.isEmpty()
            ? tr("This order has not been reissued or duplicated.")
            : tr("%Ln reissue(s)", nullptr, int(m_reissues.size())) + QStringLiteral(", ") +
                  tr("%Ln duplicate(s)", nullptr, int(m_duplicates.size())) + QLatin1Char('.'));
}
