#pragma once

#include <QLabel>

// The large bold title at the top left of every page, so all pages look alike.
class PageTitle : public QLabel {
    Q_OBJECT
public:
    explicit PageTitle(const QString &text, QWidget *parent = nullptr);
};
