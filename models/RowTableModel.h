#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

// A table of value rows described by its columns: each column says its header and how a row
// reads in it (the text, what it sorts by, its tooltip, its alignment). The simple lists
// (domains, organizations, requests, funds, balance history, verified contacts) are this
// model with their columns; a subclass adds the roles no column describes (an id, an icon, a
// colour) in rowData(). The orders table keeps its own model, tuned for 100,000 rows.
template <typename Row> class RowTableModel : public QAbstractTableModel {
public:
    using Value = std::function<QVariant(const Row &)>;
    struct ColumnSpec {
        ColumnSpec(std::function<QString()> header, Value text, Value sortKey = Value(),
                   Value toolTip = Value(), Qt::Alignment alignment = Qt::Alignment())
            : header(std::move(header))
            , text(std::move(text))
            , sortKey(std::move(sortKey))
            , toolTip(std::move(toolTip))
            , alignment(alignment) {}
        // Asked each time the header is shown, so it follows the language.
        std::function<QString()> header;
        Value text;
        // What the sort role returns; empty: the text.
        Value sortKey;
        Value toolTip;
        Qt::Alignment alignment;
    };

    // sortRole: the role the columns' sort keys answer (-1: none).
    RowTableModel(QList<ColumnSpec> columns, int sortRole, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
        , m_sortRole(sortRole) {}

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const ColumnSpec &column = m_columns.at(index.column());
        if (role == Qt::DisplayRole)
            return column.text(row);
        if (role == m_sortRole)
            return column.sortKey ? column.sortKey(row) : column.text(row);
        if (role == Qt::ToolTipRole && column.toolTip)
            return column.toolTip(row);
        if (role == Qt::TextAlignmentRole && column.alignment)
            return QVariant::fromValue(column.alignment);
        return rowData(row, index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section < 0 || section >= m_columns.size())
            return {};
        return m_columns.at(section).header();
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }
    // The first row for which matches() is true, or -1.
    template <typename Predicate> int findRow(Predicate matches) const {
        for (int row = 0; row < m_rows.size(); ++row)
            if (matches(m_rows.at(row)))
                return row;
        return -1;
    }
    void appendRows(const QList<Row> &rows) {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    void setRows(QList<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void replaceRow(int row, const Row &value) {
        m_rows[row] = value;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    void removeRowAt(int row) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    void clear() { setRows({}); }

protected:
    // Any role the columns do not describe: an id, an icon, a colour.
    virtual QVariant rowData(const Row &, int /*column*/, int /*role*/) const { return {}; }
    // Every cell changes (a new locale): views read them again.
    void resetRows() {
        beginResetModel();
        endResetModel();
    }

private:
    QList<ColumnSpec> m_columns;
    QList<Row> m_rows;
    int m_sortRole;
};
