#pragma once

#include <QWidget>

#include <functional>

#include "domain/money/Currency.h"
#include "models/CampaignEdits.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace tp::backoffice::ui {

// Price campaigns: every campaign of the shop in a list (planned, running, ended or archived;
// filtered as typed, sorted by any column), and the chosen one in a form — name, from and
// until, the stores it runs in (none ticked: every store), and its items with their regular
// and campaign prices (typed per line, or all at once as a percentage off the regular price).
// New (Ctrl+N), Save (Ctrl+S); problems said in words.
class CampaignsScreen : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, From, Until, Items, Stores, Phase, Columns };
    enum PriceColumn { Sku, Item, Regular, SalePrice, PriceColumns };

    CampaignsScreen(CampaignEdits& campaigns, std::function<domain::Currency()> currency,
                    std::function<QList<std::pair<QString, QString>>()> stores, QWidget* parent = nullptr);

    void refresh();
    void newCampaign();
    void choose(int row);
    bool save();
    // A new empty line, its SKU cell being edited.
    void addItem();
    void removeItem();
    // Every line's campaign price = its regular price less the percentage (half up).
    void applyPercentOff();

private:
    void showCampaign(const CampaignDraft& campaign);
    void showPriceLine(int row, const CampaignPriceLine& line);
    // The item's name and regular price beside a typed SKU.
    void describeLine(int row);
    bool readForm(CampaignDraft& campaign);
    QString phaseText(const QString& phase) const;
    void say(const QString& message, bool problem);

    CampaignEdits& m_campaigns;
    std::function<domain::Currency()> m_currency;
    std::function<QList<std::pair<QString, QString>>()> m_stores;
    QList<CampaignDraft> m_list;
    CampaignDraft m_editing;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_until;
    QListWidget* m_storeList;
    QTableWidget* m_prices;
    QSpinBox* m_percent;
    QComboBox* m_status;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
