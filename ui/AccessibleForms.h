#pragma once

class QWidget;

// Gives every control of a window a name a screen reader can say, from what the window already
// shows: a form row's label becomes its field's buddy (which also makes the label's mnemonic
// work), and a line or text edit without a label is named by its placeholder text.
class AccessibleForms {
public:
    static void nameControls(QWidget *root);
};
