#pragma once

#include "ApiCall.h"
#include "FilterChoice.h"

// GET product, organization or container (first 1000 entries): the choices of the Orders
// page's server filters.
// Documentation: certcentral-docs.md 1.1, 8.1 and 9 (products, organizations, containers).
class FilterChoicesCall : public ApiCall {
    Q_OBJECT
public:
    FilterChoicesCall(CertCentralClient *client, FilterChoice::Kind kind);
    FilterChoice::Kind kind() const { return m_kind; }

signals:
    void received(FilterChoice::Kind kind, const QList<FilterChoice> &choices);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_kind, m_choices); }

private:
    FilterChoice::Kind m_kind;
    QList<FilterChoice> m_choices;
};
