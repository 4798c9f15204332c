#include "PtyPair.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace tp::pos::devices::testing {

PtyPair::PtyPair() = default;

PtyPair::~PtyPair() {
    if (m_socat.state() != QProcess::NotRunning) {
        m_socat.terminate();
        if (!m_socat.waitForFinished(3000)) {
            m_socat.kill();
            m_socat.waitForFinished(3000);
        }
    }
}

QString PtyPair::deviceEnd() const {
    return m_directory.filePath(QStringLiteral("device"));
}

QString PtyPair::tillEnd() const {
    return m_directory.filePath(QStringLiteral("till"));
}

bool PtyPair::start() {
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty()) {
        m_error = QStringLiteral("socat is not installed (scripts/packages/test.txt lists it)");
        return false;
    }
    m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat.start(socat, {QStringLiteral("pty,raw,echo=0,link=") + deviceEnd(),
                          QStringLiteral("pty,raw,echo=0,link=") + tillEnd()});
    if (!m_socat.waitForStarted(5000)) {
        m_error = QStringLiteral("socat did not start: ") + m_socat.errorString();
        return false;
    }
    const QDeadlineTimer deadline(5000);
    while (!(QFileInfo::exists(deviceEnd()) && QFileInfo::exists(tillEnd()))) {
        if (deadline.hasExpired() || m_socat.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("socat did not create the pty links");
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

} // namespace tp::pos::devices::testing
