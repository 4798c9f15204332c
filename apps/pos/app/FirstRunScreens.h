#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tp::pos::app {

// First run, step one: the server's address and the one-time code from the backoffice.
class EnrolmentScreen : public QWidget {
    Q_OBJECT

public:
    explicit EnrolmentScreen(QWidget* parent = nullptr);

    void fill(const QString& server, const QString& code);
    void say(const QString& message);
    void setBusy(bool busy);

signals:
    void enrolRequested(const QString& server, const QString& code);

private:
    QLineEdit* m_server;
    QLineEdit* m_code;
    QPushButton* m_enrol;
    QLabel* m_message;
};

// First run, step two: the catalog comes in. It can be stopped and goes on from where it
// stopped (the replica keeps its cursor), now or at the next start.
class FirstSyncScreen : public QWidget {
    Q_OBJECT

public:
    explicit FirstSyncScreen(QWidget* parent = nullptr);

    void started();
    void progressed(qint64 changes);
    // How far the pull is through the server's log (ChangePuller::positionKnown).
    void positioned(qint64 cursor, qint64 latest);
    void stopped(const QString& why);

signals:
    void cancelRequested();
    void resumeRequested();

private:
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    qint64 m_changes = 0;
};

} // namespace tp::pos::app
