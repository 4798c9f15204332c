#pragma once

#include <QWidget>

#include <functional>

#include "domain/money/Currency.h"
#include "models/CouponEdits.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace tp::backoffice::ui {

// Coupons: every coupon of the shop in a list (filtered as typed, sorted by any column), and
// the chosen one's rules in a form — code, name, percent or amount, minimum order, validity,
// how often it may be used in all and per customer, which SKUs and categories it is for, and
// whether it is in use. New (Ctrl+N), Save (Ctrl+S); problems said in words.
class CouponsScreen : public QWidget {
    Q_OBJECT

public:
    enum Column { Code, Name, Value, Valid, Status, Columns };

    CouponsScreen(CouponEdits& coupons, std::function<domain::Currency()> currency, QWidget* parent = nullptr);

    void refresh();
    void newCoupon();
    void choose(int row);
    bool save();

private:
    void showCoupon(const CouponDraft& coupon);
    bool readForm(CouponDraft& coupon);
    QString valueText(const CouponDraft& coupon) const;
    void say(const QString& message, bool problem);

    CouponEdits& m_coupons;
    std::function<domain::Currency()> m_currency;
    QList<CouponDraft> m_list;
    CouponDraft m_editing;
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_value;
    QLineEdit* m_minimum;
    QCheckBox* m_hasFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_hasUntil;
    QDateTimeEdit* m_until;
    QLineEdit* m_maxUses;
    QLineEdit* m_maxPerCustomer;
    QLineEdit* m_skus;
    QListWidget* m_categories;
    QComboBox* m_status;
    QLabel* m_message;
};

} // namespace tp::backoffice::ui
