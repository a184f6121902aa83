#pragma once

#include <QLabel>

// Secondary text (a note, a field's name, the connection line) in the palette's placeholder
// colour, so the eye goes to the values first. Every screen uses this one shade.
class QuietLabel : public QLabel {
    Q_OBJECT
public:
    explicit QuietLabel(const QString &text = {}, QWidget *parent = nullptr);
    // Gives an existing widget the same quiet colour.
    static void quieten(QWidget *widget);
};
