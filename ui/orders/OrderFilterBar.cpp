#include "ui/orders/OrderFilterBar.h"

#include "models/OrdersModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
bool sameQuery(const OrderQuery &a, const OrderQuery &b) {
    return a.status == b.status && a.search.trimmed() == b.search.trimmed() &&
           a.productNameId == b.productNameId && a.organizationId == b.organizationId &&
           a.containerId == b.containerId && a.validTillFrom == b.validTillFrom &&
           a.validTillTo == b.validTillTo;
}
} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_container(new QComboBox(this))
    , m_validTill(new QCheckBox(tr("Valid till"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_clear(new QPushButton(tr("Clear filters"), this)) {
    setObjectName(QStringLiteral("orderFilterBar"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_container->setObjectName(QStringLiteral("containerFilter"));
    m_validTill->setObjectName(QStringLiteral("validTillFilter"));
    m_from->setObjectName(QStringLiteral("validTillFrom"));
    m_to->setObjectName(QStringLiteral("validTillTo"));
    m_search->setObjectName(QStringLiteral("serverSearch"));
    m_clear->setObjectName(QStringLiteral("clearServerFilters"));

    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : OrderQuery::statuses())
        m_status->addItem(OrdersModel::statusText(status), status);
    m_product->addItem(tr("All products"), QString());
    m_organization->addItem(tr("All organizations"), QString());
    m_container->addItem(tr("All containers"), QString());
    for (QComboBox *box : {m_status, m_product, m_organization, m_container}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(280);
        box->setMinimumContentsLength(10);
    }
    m_status->setToolTip(tr("Load only orders with this status"));
    m_product->setToolTip(tr("Load only orders of this product"));
    m_organization->setToolTip(tr("Load only orders of this organization"));
    m_container->setToolTip(tr("Load only orders in this container"));
    m_validTill->setToolTip(tr("Load only certificates that end between these two days "
                               "(both included); orders without an end date are left out"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    }
    m_from->setDate(today);
    m_to->setDate(today.addDays(90));
    m_search->setPlaceholderText(tr("Name on the server"));
    m_search->setToolTip(tr("Load only orders whose common name or SANs contain this text, or "
                            "the order with this number; press Enter to load"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(255);
    m_search->setMinimumWidth(150);

    buildLayout();
    connectControls();
    m_applied = query();
    updateWidgets();
}

// Two rows: the choices, then the dates and the search. In one row the bar would ask for more
// than a 1280-pixel screen once the combos hold long names or translated words.
void OrderFilterBar::buildLayout() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *choices = new QHBoxLayout;
    auto *range = new QHBoxLayout;
    layout->addLayout(choices);
    layout->addLayout(range);
    auto *label = new QLabel(tr("Load:"), this);
    label->setToolTip(tr("These filters are applied by CertCentral; the search box above "
                         "filters what is loaded"));
    choices->addWidget(label);
    choices->addWidget(m_status);
    choices->addWidget(m_product);
    choices->addWidget(m_organization);
    choices->addWidget(m_container);
    choices->addStretch(1);
    range->addWidget(m_validTill);
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_to);
    range->addSpacing(8);
    range->addWidget(m_search, 1);
    range->addWidget(m_clear);
}

// Every change settles the filters; a date counts when its edit ends or the calendar closes.
void OrderFilterBar::connectControls() {
    for (QComboBox *box : {m_status, m_product, m_organization, m_container})
        connect(box, &QComboBox::currentIndexChanged, this, &OrderFilterBar::settle);
    connect(m_validTill, &QCheckBox::toggled, this, &OrderFilterBar::settle);
    connect(m_from, &QDateEdit::editingFinished, this, &OrderFilterBar::settle);
    connect(m_to, &QDateEdit::editingFinished, this, &OrderFilterBar::settle);
    // A date picked in the calendar popup ends the edit too.
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_from->hasFocus())
            settle();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_to->hasFocus())
            settle();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &OrderFilterBar::settle);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            settle();
    });
    connect(m_clear, &QPushButton::clicked, this, &OrderFilterBar::clear);
}

OrderQuery OrderFilterBar::query() const {
    OrderQuery q;
    q.status = m_status->currentData().toString();
    q.productNameId = m_product->currentData().toString();
    q.organizationId = m_organization->currentData().toString().toLongLong();
    q.containerId = m_container->currentData().toString().toLongLong();
    if (m_validTill->isChecked()) {
        q.validTillFrom = m_from->date();
        q.validTillTo = m_to->date();
    }
    q.search = m_search->text().trimmed();
    return q;
}

QString OrderFilterBar::description() const {
    const OrderQuery q = query();
    QStringList parts;
    if (!q.status.isEmpty())
        parts << tr("status %1").arg(m_status->currentText());
    if (!q.productNameId.isEmpty())
        parts << tr("product %1").arg(m_product->currentText());
    if (q.organizationId > 0)
        parts << tr("organization %1").arg(m_organization->currentText());
    if (q.containerId > 0)
        parts << tr("container %1").arg(m_container->currentText());
    if (q.validTillFrom.isValid())
        parts << tr("valid till %1 – %2")
                     .arg(QLocale().toString(q.validTillFrom, QLocale::ShortFormat),
                          QLocale().toString(q.validTillTo, QLocale::ShortFormat));
    if (!q.search.isEmpty())
        parts << tr("name containing \"%1\"").arg(q.search);
    return parts.join(QStringLiteral(", "));
}

QComboBox *OrderFilterBar::combo(FilterChoice::Kind kind) const {
    switch (kind) {
    case FilterChoice::Kind::Product:
        return m_product;
    case FilterChoice::Kind::Organization:
        return m_organization;
    case FilterChoice::Kind::Container:
        return m_container;
    }
    return m_product;
}

void OrderFilterBar::setChoices(FilterChoice::Kind kind, const QList<FilterChoice> &choices) {
    QComboBox *box = combo(kind);
    const QString current = box->currentData().toString();
    m_updating = true;
    while (box->count() > 1)
        box->removeItem(1);
    for (const FilterChoice &choice : choices)
        box->addItem(choice.name, choice.id);
    int index = box->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // Still filtering by it: keep it visible rather than silently dropping the filter.
        box->addItem(tr("%1 (not in the list)").arg(current), current);
        index = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, index));
    m_updating = false;
    m_loaded[int(kind)] = true;
}

bool OrderFilterBar::hasChoices(FilterChoice::Kind kind) const {
    return m_loaded[int(kind)];
}

void OrderFilterBar::forgetChoices() {
    m_updating = true;
    for (QComboBox *box : {m_product, m_organization, m_container}) {
        box->setCurrentIndex(0);
        while (box->count() > 1)
            box->removeItem(1);
    }
    m_updating = false;
    m_loaded[0] = m_loaded[1] = m_loaded[2] = false;
    m_applied = query();
    updateWidgets();
}

void OrderFilterBar::clear() {
    m_updating = true;
    for (QComboBox *box : {m_status, m_product, m_organization, m_container})
        box->setCurrentIndex(0);
    m_validTill->setChecked(false);
    m_search->clear();
    m_updating = false;
    settle();
}

void OrderFilterBar::settle() {
    updateWidgets();
    if (m_updating)
        return;
    const OrderQuery now = query();
    if (sameQuery(now, m_applied))
        return;
    m_applied = now;
    emit changed();
}

void OrderFilterBar::updateWidgets() {
    m_from->setEnabled(m_validTill->isChecked());
    m_to->setEnabled(m_validTill->isChecked());
    // The last day can't be before the first: the "to" edit follows.
    m_to->setMinimumDate(m_from->date());
    m_clear->setEnabled(query().hasFilters());
}
