#include "StreamTransfer.h"

#include "StepContext.h"
#include "remote/Relay.h"
#include "remote/Shell.h"

#include <QFile>
#include <QLocale>

namespace pgcrossing {

namespace {

// Splits stderr chunks into whole lines for the live log.
class LineFeed {
public:
    LineFeed(StepContext &ctx, QString prefix) : m_ctx(ctx), m_prefix(std::move(prefix)) {}
    void add(const QByteArray &chunk)
    {
        m_buf += chunk;
        m_all += chunk;
        if (m_all.size() > 64 * 1024)
            m_all = m_all.right(64 * 1024);
        qsizetype nl;
        while ((nl = m_buf.indexOf('\n')) >= 0) {
            m_ctx.log(StepContext::Level::Output, m_prefix + QString::fromUtf8(m_buf.left(nl)));
            m_buf.remove(0, nl + 1);
        }
    }
    void flush()
    {
        if (!m_buf.isEmpty())
            m_ctx.log(StepContext::Level::Output, m_prefix + QString::fromUtf8(m_buf));
        m_buf.clear();
    }
    QString text() const { return QString::fromUtf8(m_all).trimmed(); }

private:
    StepContext &m_ctx;
    QString m_prefix;
    QByteArray m_buf;
    QByteArray m_all;
};

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

QString tool(const CommandSpec &spec)
{
    return spec.argv.isEmpty() ? QString() : spec.argv.first().section(QLatin1Char('/'), -1);
}

void reportProgress(StepContext &ctx, qint64 bytes, qint64 expected)
{
    ctx.progress(expected > 0 ? double(bytes) / double(expected) : 0, StreamTransfer::progressText(bytes, expected));
    ctx.transferred(bytes);
}

QString ofAbout()
{
    return StreamTransfer::tr("%1 of about %2");
}

QString transferred()
{
    return StreamTransfer::tr("%1 transferred");
}

// Waits for a process to end while honouring cancel and draining its stderr.
bool waitEnd(StepContext &ctx, RemoteProcess &p, LineFeed &err)
{
    while (!p.waitForFinished(100)) {
        err.add(p.takeStderr());
        if (ctx.cancelled())
            return false;
    }
    err.add(p.takeStderr());
    return true;
}

} // namespace

QString StreamTransfer::progressText(qint64 bytes, qint64 expectedBytes)
{
    const QString done = QLocale::c().formattedDataSize(bytes);
    return expectedBytes > 0 ? ofAbout().arg(done, QLocale::c().formattedDataSize(expectedBytes)) : transferred().arg(done);
}

StreamTransfer::Outcome StreamTransfer::toProcess(StepContext &ctx, Shell &fromShell, const CommandSpec &producer,
                                                  Shell &toShell, const CommandSpec &consumer, qint64 expectedBytes)
{
    Outcome out;
    LineFeed prodErr(ctx, tool(producer) + QStringLiteral(": "));
    LineFeed consErr(ctx, tool(consumer) + QStringLiteral(": "));
    QString error;
    // The consumer starts first, so the producer's data always has somewhere to go.
    auto cons = toShell.start(consumer, &error);
    if (!cons) {
        out.message = tr("cannot start %1 on %2: %3").arg(tool(consumer), toShell.hostLabel(), error);
        return out;
    }
    auto prod = fromShell.start(producer, &error);
    if (!prod) {
        cons->terminate();
        out.message = tr("cannot start %1 on %2: %3").arg(tool(producer), fromShell.hostLabel(), error);
        return out;
    }
    Relay relay(*prod, [&](const char *d, qint64 n) { return cons->writeStdin(d, n); });
    relay.setCancel(ctx.cancel);
    relay.setProgress([&](qint64 b) { reportProgress(ctx, b, expectedBytes); });
    relay.setFromStderr([&](const QByteArray &c) { prodErr.add(c); });
    relay.setExtraPoll([&] { consErr.add(cons->takeStderr()); });
    const Relay::Result r = relay.run();
    out.bytes = r.bytes;

    // A link that broke is said at once in the live log; stopping what ran on both hosts can take a while.
    const QString prodLink = prod->linkError();
    if (const QString lost = prodLink.isEmpty() ? cons->linkError() : prodLink; !lost.isEmpty())
        ctx.log(StepContext::Level::Error, tr("the SSH connection to %1 %2; stopping the copy on both hosts")
                                               .arg(prodLink.isEmpty() ? toShell.hostLabel() : fromShell.hostLabel(), lost));
    bool cancelled = r.cancelled;
    // The way to the producer's host broke mid-stream: what came through is a cut-off stream, so the consumer
    // is stopped rather than given an end of input (psql would commit what it had; pg_restore would blame
    // the file).
    const bool producerLost = !cancelled && !prodLink.isEmpty();
    if (producerLost) {
        cons->terminate();
        prod->terminate();
    } else if (!cancelled) {
        if (r.sinkRefused)
            prod->terminate(); // the consumer is gone; the producer would block forever
        cons->closeStdin();
        cancelled = !waitEnd(ctx, *cons, consErr) || (!r.sinkRefused && !waitEnd(ctx, *prod, prodErr));
    }
    if (cancelled) {
        prod->terminate();
        cons->terminate();
        prodErr.add(prod->takeStderr());
        consErr.add(cons->takeStderr());
    }
    prodErr.flush();
    consErr.flush();
    out.cancelled = cancelled;
    out.producerExit = r.sinkRefused ? -1 : prod->exitCode();
    out.consumerExit = cons->exitCode();
    out.producerErr = prodErr.text();
    out.consumerErr = consErr.text();
    const QString consLink = cons->linkError();
    if (cancelled) {
        out.message = tr("cancelled after %1").arg(QLocale::c().formattedDataSize(out.bytes));
    } else if (producerLost) {
        out.message = tr("the SSH connection to %1 %2 while %3 streamed, after %4; %5 on %6 was stopped so that "
                         "nothing partial stays loaded. Check the network to that host, then resume the session.")
                          .arg(fromShell.hostLabel(), prodLink, tool(producer),
                               QLocale::c().formattedDataSize(out.bytes), tool(consumer), toShell.hostLabel());
    } else if (!consLink.isEmpty()) {
        out.message = tr("the SSH connection to %1 %2 while %3 loaded the stream, after %4; %5 on %6 was stopped. "
                         "Check the network to that host, then resume the session.")
                          .arg(toShell.hostLabel(), consLink, tool(consumer), QLocale::c().formattedDataSize(out.bytes),
                               tool(producer), fromShell.hostLabel());
    } else if (out.consumerExit != 0) {
        out.message = tr("%1 on %2 failed (exit %3): %4")
                          .arg(tool(consumer), toShell.hostLabel())
                          .arg(out.consumerExit)
                          .arg(lastLine(out.consumerErr));
    } else if (out.producerExit != 0) {
        out.message = tr("%1 on %2 failed (exit %3): %4")
                          .arg(tool(producer), fromShell.hostLabel())
                          .arg(out.producerExit)
                          .arg(lastLine(out.producerErr));
    } else {
        out.ok = true;
    }
    return out;
}

StreamTransfer::Outcome StreamTransfer::toFile(StepContext &ctx, Shell &fromShell, const CommandSpec &producer,
                                               const QString &path, qint64 expectedBytes)
{
    Outcome out;
    LineFeed prodErr(ctx, tool(producer) + QStringLiteral(": "));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        out.message = tr("cannot create %1: %2").arg(path, file.errorString());
        return out;
    }
    QString error;
    auto prod = fromShell.start(producer, &error);
    if (!prod) {
        file.remove();
        out.message = tr("cannot start %1 on %2: %3").arg(tool(producer), fromShell.hostLabel(), error);
        return out;
    }
    Relay relay(*prod, [&](const char *d, qint64 n) { return file.write(d, n) == n; });
    relay.setCancel(ctx.cancel);
    relay.setHashing(true);
    relay.setProgress([&](qint64 b) { reportProgress(ctx, b, expectedBytes); });
    relay.setFromStderr([&](const QByteArray &c) { prodErr.add(c); });
    const Relay::Result r = relay.run();
    out.bytes = r.bytes;
    out.sha256 = r.sha256;
    bool cancelled = r.cancelled;
    if (r.sinkRefused) {
        prod->terminate();
        out.message = tr("cannot write %1: %2").arg(path, file.errorString());
    } else if (!cancelled) {
        cancelled = !waitEnd(ctx, *prod, prodErr);
    }
    if (cancelled)
        prod->terminate();
    prodErr.flush();
    file.close();
    out.cancelled = cancelled;
    out.producerExit = prod->exitCode();
    out.producerErr = prodErr.text();
    if (cancelled)
        out.message = tr("cancelled after %1").arg(QLocale::c().formattedDataSize(out.bytes));
    else if (!prod->linkError().isEmpty())
        out.message = tr("the SSH connection to %1 %2 while %3 streamed, after %4. Check the network to that host, "
                         "then resume the session.")
                          .arg(fromShell.hostLabel(), prod->linkError(), tool(producer),
                               QLocale::c().formattedDataSize(out.bytes));
    else if (!r.sinkRefused && out.producerExit != 0)
        out.message = tr("%1 on %2 failed (exit %3): %4")
                          .arg(tool(producer), fromShell.hostLabel())
                          .arg(out.producerExit)
                          .arg(lastLine(out.producerErr));
    out.ok = out.message.isEmpty();
    if (!out.ok)
        file.remove(); // a partial dump must never pass for a backup
    return out;
}

} // namespace pgcrossing
