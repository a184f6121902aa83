#pragma once

#include "core/FilterChoice.h"
#include "core/OrderQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

// The Orders page's server filters: status, product, organization, container, a valid-till
// range and a name search, sent to CertCentral as filters[...]. changed() fires when the user
// settles on a different query (combo boxes at once, text and dates when editing ends).
class OrderFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit OrderFilterBar(QWidget *parent = nullptr);

    OrderQuery query() const;
    // In words, for the dashboard and the count label: "status Issued, product Basic OV";
    // empty when nothing is filtered.
    QString description() const;
    // Fills a combo box; the current choice stays when it is still offered.
    void setChoices(FilterChoice::Kind kind, const QList<FilterChoice> &choices);
    bool hasChoices(FilterChoice::Kind kind) const;
    void forgetChoices(); // another account: the lists are reloaded
    // Sets every filter back to "all" and fires changed() once if anything changed.
    void clear();

signals:
    void changed();

private:
    void buildLayout();
    void connectControls();
    QComboBox *combo(FilterChoice::Kind kind) const;
    void settle();
    void updateWidgets();

    QComboBox *m_status;
    QComboBox *m_product;
    QComboBox *m_organization;
    QComboBox *m_container;
    QCheckBox *m_validTill;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QPushButton *m_clear;
    OrderQuery m_applied;
    bool m_loaded[3] = {false, false, false};
    bool m_updating = false;
};
