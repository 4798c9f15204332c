#include "ui/StockHistoryDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/stock/StockLevelModel.h"
#include "ui/ListTable.h"
#include "ui/SortableItem.h"

namespace tp::backoffice::ui {

StockHistoryDialog::StockHistoryDialog(StockHistory& history, const QString& storeId, const QString& sku,
                                       const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_message(new QLabel(tr("Asking the server…"), this)) {
    setWindowTitle(tr("Stock history: %1").arg(title));
    resize(720, 480);
    m_table->setObjectName(QStringLiteral("stockHistory"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Change"), tr("Counted"), tr("Who")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setObjectName(QStringLiteral("stockHistoryMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeFilterBox(m_table, tr("Filter movements"), QStringLiteral("stockHistoryFilter"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPointer<StockHistoryDialog> self(this); // the answer may come after the dialog closed
    history.fetch(storeId, sku, 200, [self](domain::Result<StockHistoryPage> answer) {
        if (self)
            self->showMovements(answer);
    });
}

void StockHistoryDialog::showMovements(const domain::Result<StockHistoryPage>& page) {
    m_loaded = true;
    if (!page) {
        m_message->setText(QString::fromStdString(page.error().message));
        return;
    }
    const QList<StockMovementView>* answer = &page->movements;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(answer->size()));
    for (int row = 0; row < answer->size(); ++row) {
        const StockMovementView& movement = answer->at(row);
        const QDateTime at = QDateTime::fromString(movement.occurredAt, Qt::ISODateWithMs);
        m_table->setItem(row, 0,
                         new SortableItem(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                                       : movement.occurredAt,
                                          movement.occurredAt));
        m_table->setItem(row, 1, new SortableItem(movement.reasonText(), movement.reason));
        const QString change = (movement.deltaMilli > 0 ? QStringLiteral("+") : QString()) +
                               StockLevelModel::quantityText(movement.deltaMilli);
        m_table->setItem(row, 2, new SortableItem(change, movement.deltaMilli, true));
        m_table->setItem(
            row, 3,
            new SortableItem(movement.countedMilli ? StockLevelModel::quantityText(*movement.countedMilli) : QString(),
                             movement.countedMilli ? QVariant(*movement.countedMilli) : QVariant(), true));
        m_table->setItem(row, 4, new SortableItem(movement.actor, movement.actor));
    }
    m_table->setSortingEnabled(true);
    filterTableRows(m_table, findChild<QLineEdit*>(QStringLiteral("stockHistoryFilter"))->text());
    if (!page->complete)
        m_message->setText(tr("Offline: only the sales known here and this office's bookings not sent yet are shown "
                              "(%1); the whole history needs the server.")
                               .arg(answer->size()));
    else
        m_message->setText(answer->isEmpty() ? tr("No movements yet.") : tr("%1 movements.").arg(answer->size()));
}

} // namespace tp::backoffice::ui
