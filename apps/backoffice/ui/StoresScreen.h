#pragma once

#include <QWidget>

#include "models/OfficeAdmin.h"
#include "models/StoreProfiles.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tp::backoffice::ui {

// Stores: the shop's stores in a list (filtered as typed, sorted by any column) and the chosen
// one's settings in a form — name, address, time zone, whether prices include tax, the tax
// rates per tax class, loyalty points per unit — saved offline (Ctrl+S); and a new store made
// online (Ctrl+N goes to its code), which the list shows after the next sync.
class StoresScreen : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Code, Currency, City, TimeZone, Columns };

    StoresScreen(StoreProfiles& profiles, OfficeAdmin& admin, QWidget* parent = nullptr);

    void refresh();
    void choose(int row);
    bool save();
    void addStore();

signals:
    // A new store was made (the app syncs so that it shows).
    void storeAdded(const QString& storeId);

private:
    void showStore(const StoreProfile& store);
    bool readForm(StoreProfile& store);

    StoreProfiles& m_profiles;
    OfficeAdmin& m_admin;
    QList<StoreProfile> m_list;
    StoreProfile m_editing;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_line1;
    QLineEdit* m_line2;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QComboBox* m_timezone;
    QCheckBox* m_pricesIncludeTax;
    QLineEdit* m_taxRates;
    QSpinBox* m_loyalty;
    QLabel* m_message;
    QLineEdit* m_newCode;
    QLineEdit* m_newName;
    QLineEdit* m_newCurrency;
    QComboBox* m_newTimezone;
    QLabel* m_newMessage;
};

} // namespace tp::backoffice::ui
