#include "Relay.h"

#include "CancelToken.h"
#include "RemoteProcess.h"

#include <QCryptographicHash>

namespace pgcrossing {

Relay::Result Relay::run()
{
    Result res;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buf(256 * 1024, Qt::Uninitialized);
    for (;;) {
        if (m_cancel && m_cancel->isCancelled()) {
            res.cancelled = true;
            break;
        }
        const qint64 n = m_from.readStdout(buf.data(), buf.size(), 100);
        if (m_fromErr) {
            const QByteArray err = m_from.takeStderr();
            if (!err.isEmpty())
                m_fromErr(err);
        }
        if (m_poll)
            m_poll();
        if (n < 0)
            break;
        if (n == 0)
            continue;
        if (!m_sink(buf.constData(), n)) {
            res.sinkRefused = true;
            break;
        }
        if (m_hash)
            hash.addData(QByteArrayView(buf.constData(), n));
        res.bytes += n;
        if (m_progress)
            m_progress(res.bytes);
    }
    if (m_hash)
        res.sha256 = hash.result().toHex();
    return res;
}

} // namespace pgcrossing
