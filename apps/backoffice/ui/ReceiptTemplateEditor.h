#pragma once

#include <QWidget>

#include "models/StoreSettings.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace tp::backoffice::ui {

// The receipt template of each store: its header (under the store's name) and footer, with a
// live preview of a sample receipt as the register prints it (the devices library's layout and
// rendering), at the paper widths registers use. Save (Ctrl+S) queues the texts for the store.
class ReceiptTemplateEditor : public QWidget {
    Q_OBJECT

public:
    explicit ReceiptTemplateEditor(StoreSettings& settings, QWidget* parent = nullptr);

    void refresh();
    bool save();
    // The preview as it stands (for tests and the screenshot).
    QImage preview() const { return m_previewImage; }

private:
    void chooseStore(int index);
    void updatePreview();
    void say(const QString& message, bool problem);

    StoreSettings& m_settings;
    QList<StoreReceiptTexts> m_stores;
    QComboBox* m_store;
    QComboBox* m_paper;
    QPlainTextEdit* m_header;
    QPlainTextEdit* m_footer;
    QLabel* m_preview;
    QLabel* m_message;
    QImage m_previewImage;
};

} // namespace tp::backoffice::ui
