#include "ui/shell/LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent) {
    setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    // Each language in its own words; "" follows the system.
    const QList<QPair<QString, QString>> names = {
        {QString(), tr("As the system")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
    for (const auto &[code, name] : names) {
        QAction *action = addAction(name);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            emit languageChosen(code);
        });
    }
}
