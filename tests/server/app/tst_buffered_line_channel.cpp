#include <QTest>

#include <chrono>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/Message.h>

#include "app/BufferedLineChannel.h"

using tp::server::app::BufferedLineChannel;

namespace {

Poco::Message line(const std::string& text, Poco::Message::Priority priority = Poco::Message::PRIO_INFORMATION) {
    return Poco::Message("test", text, priority);
}

// A stream the test can read while the channel's thread writes to it.
class LockedStream {
public:
    LockedStream()
        : m_stream(&m_buffer) {}
    std::ostream& stream() { return m_stream; }
    std::string contents() {
        const std::lock_guard lock(m_buffer.mutex);
        return m_buffer.str();
    }

private:
    struct Buffer : std::stringbuf {
        std::recursive_mutex mutex; // xsputn may call overflow
        std::streamsize xsputn(const char* data, std::streamsize size) override {
            const std::lock_guard lock(mutex);
            return std::stringbuf::xsputn(data, size);
        }
        int_type overflow(int_type c) override {
            const std::lock_guard lock(mutex);
            return std::stringbuf::overflow(c);
        }
    };
    Buffer m_buffer;
    std::ostream m_stream;
};

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string each; std::getline(in, each);)
        lines.push_back(each);
    return lines;
}

} // namespace

class TestBufferedLineChannel : public QObject {
    Q_OBJECT

private slots:
    // Lines from many threads all arrive, whole, each thread's in its own order.
    void everyLineArrivesWholeAndInOrderPerThread() {
        LockedStream out;
        {
            Poco::AutoPtr<BufferedLineChannel> channel(
                new BufferedLineChannel(out.stream(), std::chrono::milliseconds(5)));
            std::vector<std::thread> writers;
            for (int t = 0; t < 4; ++t) {
                writers.emplace_back([&channel, t] {
                    for (int i = 0; i < 5000; ++i)
                        channel->log(line("{\"thread\":" + std::to_string(t) + ",\"n\":" + std::to_string(i) + "}"));
                });
            }
            for (std::thread& writer : writers)
                writer.join();
            channel->close();
        }
        const auto lines = linesOf(out.contents());
        QCOMPARE(lines.size(), std::size_t{20000});
        std::map<int, int> next;
        for (const std::string& each : lines) {
            int thread = -1;
            int n = -1;
            QVERIFY2(std::sscanf(each.c_str(), "{\"thread\":%d,\"n\":%d}", &thread, &n) == 2, each.c_str());
            QCOMPARE(n, next[thread]);
            next[thread] = n + 1;
        }
    }

    // Without close(), a line still reaches the stream within the flush interval.
    void linesAreFlushedWithoutClose() {
        LockedStream out;
        Poco::AutoPtr<BufferedLineChannel> channel(
            new BufferedLineChannel(out.stream(), std::chrono::milliseconds(20)));
        channel->log(line("first"));
        QTRY_VERIFY_WITH_TIMEOUT(!out.contents().empty(), 2000);
        QCOMPARE(out.contents(), std::string("first\n"));
        channel->close();
    }

    // An error is written at once, not after the (here very long) interval.
    void errorsAreWrittenAtOnce() {
        LockedStream out;
        Poco::AutoPtr<BufferedLineChannel> channel(new BufferedLineChannel(out.stream(), std::chrono::hours(1)));
        channel->log(line("before"));
        channel->log(line("failure", Poco::Message::PRIO_ERROR));
        QTRY_VERIFY_WITH_TIMEOUT(!out.contents().empty(), 2000);
        QCOMPARE(out.contents(), std::string("before\nfailure\n"));
        channel->close();
    }

    // The access log's direct path keeps order with messages logged through Poco.
    void directLinesKeepTheirPlace() {
        LockedStream out;
        Poco::AutoPtr<BufferedLineChannel> channel(new BufferedLineChannel(out.stream(), std::chrono::hours(1)));
        channel->log(line("one"));
        channel->writeLine("{\"two\":2}");
        channel->log(line("three"));
        channel->close();
        QCOMPARE(out.contents(), std::string("one\n{\"two\":2}\nthree\n"));
    }

    // After close(), logging still works (written directly) rather than being lost.
    void logAfterCloseIsWrittenDirectly() {
        std::ostringstream out;
        Poco::AutoPtr<BufferedLineChannel> channel(new BufferedLineChannel(out));
        channel->close();
        channel->log(line("late"));
        QCOMPARE(out.str(), std::string("late\n"));
    }
};

QTEST_GUILESS_MAIN(TestBufferedLineChannel)
#include "tst_buffered_line_channel.moc"
