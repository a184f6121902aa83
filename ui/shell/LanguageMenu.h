#pragma once

#include <QMenu>

// View > Language: each translation CertDesk ships, named in its own language, or the
// system's. The choice is kept in the settings and applies at the next start.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // The user chose a language (already saved).
    void languageChosen(const QString &code);
};
