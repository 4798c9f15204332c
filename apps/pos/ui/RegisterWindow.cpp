#include "ui/RegisterWindow.h"

#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>

#include "register/Till.h"
#include "ui/LoginScreen.h"
#include "ui/SaleScreen.h"
#include "ui/ShiftScreen.h"

namespace tp::pos::ui {

RegisterWindow::RegisterWindow(Till& till, QWidget* parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginScreen(till, m_pages))
    , m_sale(new SaleScreen(till, m_pages))
    , m_shift(new ShiftScreen(till, m_pages))
    , m_syncStatus(new QLabel(this)) {
    setWindowTitle(tr("Tillpoint — %1").arg(till.store().name));
    setMinimumSize(1024, 768);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_sale);
    m_pages->addWidget(m_shift);
    setCentralWidget(m_pages);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(&till, &Till::sessionChanged, this, &RegisterWindow::follow);
    connect(&till, &Till::shiftChanged, this, &RegisterWindow::follow);
    connect(&till, &Till::saleChanged, m_sale, &SaleScreen::refresh);
    connect(m_sale, &SaleScreen::shiftRequested, this, &RegisterWindow::showShift);
    connect(m_shift, &ShiftScreen::backToSale, this, &RegisterWindow::follow);
    follow();
}

void RegisterWindow::scanned(const QString& code) {
    if (m_pages->currentWidget() == m_sale)
        m_sale->scanned(code);
}

void RegisterWindow::setSyncStatus(const QString& text) {
    m_syncStatus->setText(text);
}

void RegisterWindow::follow() {
    if (!m_till.session()) {
        m_login->refresh();
        m_pages->setCurrentWidget(m_login);
    } else if (!m_till.shift()) {
        showShift();
    } else {
        m_sale->refresh();
        m_pages->setCurrentWidget(m_sale);
    }
}

void RegisterWindow::showShift() {
    m_shift->refresh();
    m_pages->setCurrentWidget(m_shift);
}

} // namespace tp::pos::ui
