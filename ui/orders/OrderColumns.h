#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class OrdersFilterProxy;
class OrdersModel;
class QMenu;
class QTableView;
class QTimer;
class QWidget;

// The columns of the orders table: their starting widths and visibility, the menu that shows
// or hides them (the Columns button and the header's context menu), and the header state kept
// between runs (saved a moment after the user stops resizing, moving or sorting).
class OrderColumns : public QObject {
    Q_OBJECT
public:
    OrderColumns(QTableView *table, OrdersModel *model, OrdersFilterProxy *proxy);

    // A new menu (deleted when closed) with a check box per column and "Reset columns".
    QMenu *menu(QWidget *parent);
    void setVisible(int column, bool visible);
    QByteArray state() const;
    // An empty, unreadable or outdated state restores the defaults.
    void restore(const QByteArray &state);
    // The visible columns in the order the user sees them (for CSV).
    QList<int> visibleInOrder() const;

signals:
    void stateChanged(const QByteArray &state);

private:
    void setDefaultWidths();
    void scheduleSave();

    QTableView *m_table;
    OrdersModel *m_model;
    OrdersFilterProxy *m_proxy;
    QTimer *m_saveTimer;
    QByteArray m_defaultState;
    bool m_restoring = false;
};
