#include "OrderDetailsPane.h"

#include "OrdersModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

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
} // namespace

OrderDetailsPane::OrderDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_form(new QWidget(this))
    , m_layout(new QFormLayout(m_form))
    , m_title(new QLabel(m_form)) {
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
    m_layout->addRow(m_title);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above values: the pane stays narrow and long values get the whole width.
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_layout->setVerticalSpacing(2);

    addField(tr("Order"), QStringLiteral("detailOrderId"));
    addField(tr("Status"), QStringLiteral("detailStatus"));
    addField(tr("Product"), QStringLiteral("detailProduct"));
    addField(tr("Names"), QStringLiteral("detailNames"));
    addField(tr("Organization"), QStringLiteral("detailOrganization"));
    addField(tr("Container"), QStringLiteral("detailContainer"));
    addField(tr("Valid from"), QStringLiteral("detailValidFrom"));
    addField(tr("Valid till"), QStringLiteral("detailValidTill"));
    addField(tr("Serial number"), QStringLiteral("detailSerial"));
    addField(tr("Thumbprint"), QStringLiteral("detailThumbprint"));
    addField(tr("Key"), QStringLiteral("detailKey"));
    addField(tr("Signature hash"), QStringLiteral("detailHash"));
    addField(tr("Server platform"), QStringLiteral("detailPlatform"));
    addField(tr("Order validity"), QStringLiteral("detailValidity"));
    addField(tr("Requested by"), QStringLiteral("detailRequester"));
    addField(tr("Created"), QStringLiteral("detailCreated"));
    addField(tr("Alternative order ID"), QStringLiteral("detailAlternativeId"));
    addField(tr("Requests"), QStringLiteral("detailRequests"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlaceholder(tr("Select an order to see its details."));
}

QLabel *OrderDetailsPane::addField(const QString &label, const QString &objectName) {
    auto *value = new QLabel(m_form);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    auto *name = new QLabel(label, m_form);
    QPalette dim = name->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    name->setPalette(dim);
    QFont small = name->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    name->setFont(small);
    name->setBuddy(value);
    m_layout->addRow(name, value);
    m_fields << value;
    return value;
}

QString OrderDetailsPane::fieldText(const QString &objectName) const {
    const auto *label = m_form->findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void OrderDetailsPane::showPlaceholder(const QString &text) {
    m_shownId = 0;
    m_placeholder->setText(text);
    m_stack->setCurrentIndex(0);
}

void OrderDetailsPane::showLoading(qint64 orderId) {
    m_shownId = 0;
    m_placeholder->setText(tr("Loading order %1…").arg(orderId));
    m_stack->setCurrentIndex(0);
}

void OrderDetailsPane::showOrder(const Order &o) {
    const QLocale locale;
    const QString dash = QStringLiteral("—");
    auto set = [this, &dash](const char *name, const QString &text) {
        if (auto *label = m_form->findChild<QLabel *>(QLatin1String(name)))
            label->setText(text.isEmpty() ? dash : text);
    };
    auto date = [&locale](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    m_title->setText(o.commonName.isEmpty() ? tr("Order %1").arg(o.id) : o.commonName);
    m_title->setToolTip(m_title->text());
    set("detailOrderId", QString::number(o.id));
    set("detailStatus", OrdersModel::statusText(o.status));
    set("detailProduct", o.productName.isEmpty()
                             ? o.productNameId
                             : QStringLiteral("%1 (%2)").arg(o.productName, o.productNameId));
    set("detailNames", o.allNames().join(QLatin1Char('\n')));
    set("detailOrganization", o.organizationName);
    set("detailContainer", o.containerName);
    set("detailValidFrom", date(o.validFrom));
    set("detailValidTill",
        o.daysRemaining >= 0
            ? tr("%1 (%n day(s) left)", nullptr, o.daysRemaining).arg(date(o.validTill))
            : date(o.validTill));
    set("detailSerial", groupHex(o.serialNumber));
    set("detailThumbprint", groupHex(o.thumbprint));
    set("detailKey", o.keySize > 0 ? tr("%1 bits").arg(o.keySize) : QString());
    set("detailHash", o.signatureHash.toUpper());
    set("detailPlatform", o.serverPlatform);
    set("detailValidity",
        o.orderValidityYears > 0 ? tr("%n year(s)", nullptr, o.orderValidityYears) : QString());
    set("detailRequester", o.requesterEmail.isEmpty()
                               ? o.requesterName
                               : QStringLiteral("%1 <%2>").arg(o.requesterName, o.requesterEmail));
    set("detailCreated", o.dateCreated.isValid()
                             ? locale.toString(o.dateCreated.toLocalTime(), QLocale::ShortFormat)
                             : QString());
    set("detailAlternativeId", o.alternativeOrderId);
    QStringList requests;
    for (const OrderRequest &r : o.requests)
        requests << tr("#%1 %2: %3").arg(r.id).arg(r.type, r.status);
    set("detailRequests", requests.join(QLatin1Char('\n')));
    m_shownId = o.id;
    m_stack->setCurrentIndex(1);
}
