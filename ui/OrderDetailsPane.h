#pragma once

#include "Order.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

// The selected order's fields, filled from Order info.
class OrderDetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetailsPane(QWidget *parent = nullptr);

    void showPlaceholder(const QString &text);
    void showLoading(qint64 orderId);
    void showOrder(const Order &order);
    qint64 shownOrderId() const { return m_shownId; }
    // The text of a field label's value, by object name ("detailSerial"); for tests.
    QString fieldText(const QString &objectName) const;

private:
    QLabel *addField(const QString &label, const QString &objectName);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_form;
    QFormLayout *m_layout;
    QLabel *m_title;
    QList<QLabel *> m_fields;
    qint64 m_shownId = 0;
};
