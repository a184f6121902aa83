#include "ui/requests/RequestDetailsPane.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "models/OrdersModel.h"
#include "models/OrganizationsModel.h"
#include "models/RequestsModel.h"
#include "security/CsrInfo.h"
#include "services/OrderService.h"
#include "services/OrganizationService.h"
#include "services/RequestService.h"
#include "ui/common/QuietLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QString when(const QDateTime &t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

RequestDetailsPane::RequestDetailsPane(CertCentralClient *client, QWidget *parent)
    : DetailsPane(parent)
    , m_client(client)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("requestDetails"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("requestDetailsPlaceholder"));
    m_title->setObjectName(QStringLiteral("requestDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tabs->setObjectName(QStringLiteral("requestDetailsTabs"));

    auto makeTab = [this](const QString &name) {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_tabs->addTab(scrolled(page, m_tabs), name);
        return std::make_pair(page, form);
    };
    //: The tab with the approval request itself (who asked, when and why).
    auto [requestPage, request] = makeTab(tr("Request"));
    addField(request, requestPage, tr("Type"), QStringLiteral("requestType"));
    addField(request, requestPage, tr("Status"), QStringLiteral("requestStatus"));
    addField(request, requestPage, tr("Requested"), QStringLiteral("requestDate"));
    addField(request, requestPage, tr("Requester"), QStringLiteral("requestRequester"));
    addField(request, requestPage, tr("Requester's comment"), QStringLiteral("requestComment"));
    addField(request, requestPage, tr("Decided by"), QStringLiteral("requestProcessor"));
    addField(request, requestPage, tr("Approver's comment"),
             QStringLiteral("requestProcessorComment"));
    addField(request, requestPage, tr("Revocation reason"),
             QStringLiteral("requestRevocationReason"));
    //: A certificate order in CertCentral, not a sort order.
    auto [orderPage, order] = makeTab(tr("Order"));
    //: Field label: the number of the certificate order the request belongs to.
    addField(order, orderPage, tr("Order"), QStringLiteral("requestOrder"));
    addField(order, orderPage, tr("Product"), QStringLiteral("requestProduct"));
    addField(order, orderPage, tr("Common name"), QStringLiteral("requestCommonName"));
    addField(order, orderPage, tr("Other names"), QStringLiteral("requestOtherNames"));
    addField(order, orderPage, tr("Validity"), QStringLiteral("requestValidity"));
    addField(order, orderPage, tr("Price"), QStringLiteral("requestPrice"));
    addField(order, orderPage, tr("Division"), QStringLiteral("requestDivision"));
    addField(order, orderPage, tr("Organization"), QStringLiteral("requestOrganization"));
    addField(order, orderPage, tr("Organization validation"),
             QStringLiteral("requestOrganizationValidation"));
    auto [csrPage, csr] = makeTab(tr("CSR"));
    addField(csr, csrPage, tr("Key"), QStringLiteral("requestKey"));
    addField(csr, csrPage, tr("Signature"), QStringLiteral("requestCsrSignature"));
    addField(csr, csrPage, tr("Names in the CSR"), QStringLiteral("requestCsrNames"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlaceholder(tr("Select a request to see what it asks for."));
}

RequestDetailsPane::~RequestDetailsPane() {
    for (const AnyReply &call : std::as_const(m_calls))
        call.cancelLater(this);
}

QLabel *RequestDetailsPane::addField(QFormLayout *form, QWidget *parent, const QString &label,
                                     const QString &objectName) {
    auto *value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLabel(label, parent);
    QuietLabel::quieten(name);
    name->setBuddy(value);
    form->addRow(name, value);
    return value;
}

void RequestDetailsPane::showPlaceholder(const QString &text) {
    abortCalls();
    m_request = ApprovalRequest();
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

void RequestDetailsPane::showRequest(const ApprovalRequest &request) {
    abortCalls();
    m_request = request;
    m_currency.clear();
    m_stack->setCurrentIndex(1);
    fillFromRequest();
    setField("requestValidity", tr("Loading…"));
    setField("requestOrganizationValidation",
             request.organizationId > 0 ? tr("Loading…") : QString());
    setField("requestKey", tr("Loading…"));
    setField("requestCsrSignature", QString());
    setField("requestCsrNames", QString());

    const qint64 id = request.id;
    const auto info = RequestService(m_client).info(id);
    info.onResult(this, [this, id](const ApprovalRequest &current) {
        if (current.id != id)
            return;
        m_request = current;
        fillFromRequest();
        showCsr();
        emit requestLoaded(current);
    });
    info.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            setField("requestKey", tr("The request could not be loaded: %1").arg(error.message()));
    });
    m_calls << info;

    if (request.orderId > 0) {
        const auto order = OrderService(m_client).info(request.orderId);
        order.onResult(this, [this](const Order &o) { showOrder(o); });
        order.onFailed(this, [this](const ApiError &error) {
            if (error.kind() != ApiError::Kind::Cancelled)
                setField("requestValidity",
                         tr("The order could not be loaded: %1").arg(error.message()));
        });
        m_calls << order;
    } else {
        setField("requestValidity", QString());
    }
    if (request.organizationId > 0) {
        const auto org = OrganizationService(m_client).info(request.organizationId);
        org.onResult(this, [this](const Organization &o) { showOrganization(o); });
        org.onFailed(this, [this](const ApiError &error) {
            if (error.kind() != ApiError::Kind::Cancelled)
                setField("requestOrganizationValidation",
                         tr("The organization could not be loaded: %1").arg(error.message()));
        });
        m_calls << org;
    }
}

void RequestDetailsPane::fillFromRequest() {
    const ApprovalRequest &r = m_request;
    const QString type = ApprovalRequest::typeLabel(r.type);
    m_title->setText(r.commonName.isEmpty()
                         ? tr("Request %1: %2").arg(r.id).arg(type)
                         : tr("Request %1: %2 for %3").arg(r.id).arg(type, r.commonName));
    setField("requestType", type);
    setField("requestStatus", RequestsModel::statusText(r.status));
    setField("requestDate", when(r.date));
    setField("requestRequester",
             r.requester.email.isEmpty() || r.requester.displayName() == r.requester.email
                 ? r.requester.displayName()
                 : tr("%1 <%2>").arg(r.requester.displayName(), r.requester.email));
    setField("requestComment", r.comments);
    setField("requestProcessor",
             r.dateProcessed.isValid()
                 ? tr("%1 on %2").arg(r.processor.displayName(), when(r.dateProcessed))
                 : QString());
    setField("requestProcessorComment", r.processorComment);
    QString revocation = r.revocationReason;
    setField("requestRevocationReason", revocation);
    setField("requestOrder",
             r.orderId > 0
                 ? (r.orderStatus.isEmpty()
                        ? QString::number(r.orderId)
                        : tr("%1 (%2)").arg(r.orderId).arg(OrdersModel::statusText(r.orderStatus)))
                 : QString());
    setField("requestProduct", r.productName.isEmpty() ? r.productNameId : r.productName);
    setField("requestCommonName", r.commonName);
    setField("requestOtherNames", RequestsModel::otherNames(r));
    setField("requestPrice", r.price.isEmpty() ? tr("Not given by CertCentral")
                                               : Money::formatText(r.price, m_currency));
    setField("requestDivision", r.containerName);
    setField("requestOrganization", r.organizationName);
}

void RequestDetailsPane::showCsr() {
    if (m_request.csr.isEmpty()) {
        setField("requestKey", m_request.type == QLatin1String("revoke")
                                   ? tr("A revocation carries no CSR.")
                                   : tr("CertCentral did not return the CSR."));
        return;
    }
    CsrInfo csr;
    QString error;
    if (!CsrInfo::parse(m_request.csr.toUtf8(), &csr, &error)) {
        setField("requestKey", tr("The CSR could not be read: %1").arg(error));
        return;
    }
    setField("requestKey", csr.key.description());
    setField("requestCsrSignature",
             csr.signatureValid ? tr("Valid") : tr("Not valid: CertCentral will refuse this CSR"));
    setField("requestCsrNames", csr.allNames().join(QStringLiteral(", ")));
}

void RequestDetailsPane::showOrder(const Order &order) {
    if (order.id != m_request.orderId)
        return;
    m_currency = order.currency;
    QString validity;
    if (order.validFrom.isValid() && order.validTill.isValid())
        validity = tr("%1 to %2")
                       .arg(QLocale().toString(order.validFrom, QLocale::ShortFormat),
                            QLocale().toString(order.validTill, QLocale::ShortFormat));
    else if (order.orderValidityYears > 0)
        validity = tr("%n year(s)", nullptr, order.orderValidityYears);
    setField("requestValidity", validity);
    const QString price = m_request.price.isEmpty() ? order.price : m_request.price;
    setField("requestPrice", price.isEmpty() ? tr("Not given by CertCentral")
                                             : Money::formatText(price, m_currency));
}

void RequestDetailsPane::showOrganization(const Organization &organization) {
    if (organization.id != m_request.organizationId)
        return;
    QStringList parts;
    for (const OrganizationValidation &v : organization.validations) {
        QString part = tr("%1: %2").arg(OrganizationValidation::typeName(v.type),
                                        OrganizationsModel::statusText(v.status));
        if (v.validatedUntil.isValid())
            part = tr("%1 until %2")
                       .arg(part, QLocale().toString(v.validatedUntil, QLocale::ShortFormat));
        parts << part;
    }
    setField("requestOrganizationValidation",
             parts.isEmpty() ? tr("Not validated yet") : parts.join(QStringLiteral("; ")));
}
