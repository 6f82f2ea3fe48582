#pragma once
#include <QByteArray>
#include <QString>
#include <functional>

namespace pgcrossing {

class RemoteProcess;
class CancelToken;

// Streams one command's stdout into a sink — another command's stdin (pg_dump on the source into
// pg_restore on the target) or a file — through this machine, with no intermediate file. Memory is
// one 256 KiB buffer: a read waits until the previous chunk was accepted (back-pressure both ways).
// Counts bytes, optionally hashes them (sha256), hands both sides' stderr to a callback as it comes,
// and stops at once on cancel or when the sink refuses (the consumer exited).
class Relay {
public:
    using Sink = std::function<bool(const char *data, qint64 size)>;
    using Stderr = std::function<void(const QByteArray &chunk)>;

    struct Result {
        qint64 bytes = 0;
        bool cancelled = false;
        bool sinkRefused = false;   // the consumer stopped accepting data before the end
        QByteArray sha256;          // hex, when hashing was asked for
    };

    Relay(RemoteProcess &from, Sink sink) : m_from(from), m_sink(std::move(sink)) {}
    void setCancel(const CancelToken *cancel) { m_cancel = cancel; }
    void setHashing(bool on) { m_hash = on; }
    void setProgress(std::function<void(qint64 bytes)> cb) { m_progress = std::move(cb); }
    void setFromStderr(Stderr cb) { m_fromErr = std::move(cb); }
    void setExtraPoll(std::function<void()> cb) { m_poll = std::move(cb); }

    Result run();

private:
    RemoteProcess &m_from;
    Sink m_sink;
    const CancelToken *m_cancel = nullptr;
    bool m_hash = false;
    std::function<void(qint64)> m_progress;
    Stderr m_fromErr;
    std::function<void()> m_poll;
};

} // namespace pgcrossing
