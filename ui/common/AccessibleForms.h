#pragma once

class QWidget;

// Gives every control of a window a name a screen reader can say, from what the window already
// shows: a form row's label becomes its field's buddy (which also makes the label's mnemonic
// work), a line or text edit without a label is named by its placeholder text, and Tab moves
// on from every text box instead of typing a tab character.
class AccessibleForms {
public:
    static void nameControls(QWidget *root);
};
