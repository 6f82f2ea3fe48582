#include "ThroughputChart.h"

#include <QLocale>
#include <QtCharts>

namespace pgcrossing {

namespace {
constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kWindow = 0.5; // seconds: one point per half second at most
} // namespace

ThroughputChart::ThroughputChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_series = new QLineSeries(chart);
    QPen pen(QColor(0x1a, 0x4f, 0xa0));
    pen.setWidthF(2);
    m_series->setPen(pen);
    chart->addSeries(m_series);
    m_x = new QValueAxis(chart);
    m_y = new QValueAxis(chart);
    m_x->setTitleText(tr("Elapsed seconds"));
    m_y->setTitleText(tr("MiB/s"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTickCount(5);
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 150);
    clear();
}

void ThroughputChart::clear()
{
    m_series->clear();
    m_clock.start();
    m_inTransfer = false;
    m_stepStart = 0;
    m_total = m_ended = 0;
    m_lastBytes = 0;
    m_peak = 0;
    m_points = 0;
    m_x->setRange(0, 10);
    m_x->setTickCount(6);
    m_y->setRange(0, 1);
    m_y->setTickCount(5);
    updateTitle();
}

double ThroughputChart::now() const
{
    return m_clock.elapsed() / 1000.0;
}

void ThroughputChart::stepStarted()
{
    stepFinished();
    m_stepStart = now();
}

void ThroughputChart::addBytes(qint64 bytes)
{
    const double t = now();
    if (m_inTransfer && bytes < m_lastBytes) // a new transfer in the same step: the last one ended
        stepFinished();
    if (!m_inTransfer) {
        m_inTransfer = true;
        // Measured from the step's start: the first bytes arrive some time after the tool started.
        m_windowTime = m_stepStart;
        m_windowBytes = 0;
        m_series->append(m_windowTime, 0);
    }
    m_lastTime = t;
    m_lastBytes = bytes;
    m_total = m_ended + bytes;
    if (t - m_windowTime >= kWindow) {
        addPoint(t, (bytes - m_windowBytes) / kMiB / (t - m_windowTime));
        m_windowTime = t;
        m_windowBytes = bytes;
    }
    updateTitle();
}

void ThroughputChart::stepFinished()
{
    if (!m_inTransfer)
        return;
    m_inTransfer = false;
    // What the last window saw (a small transfer may fit in less than one window).
    if (m_lastBytes > m_windowBytes && m_lastTime > m_windowTime)
        addPoint(m_lastTime, (m_lastBytes - m_windowBytes) / kMiB / (m_lastTime - m_windowTime));
    m_series->append(m_lastTime, 0);
    m_ended += m_lastBytes;
    m_total = m_ended;
    m_lastBytes = 0;
    m_stepStart = now();
    updateTitle();
}

void ThroughputChart::addPoint(double t, double mibPerSecond)
{
    m_series->append(t, mibPerSecond);
    ++m_points;
    m_peak = qMax(m_peak, mibPerSecond);
    m_x->setRange(0, qMax(10.0, t * 1.05));
    m_x->applyNiceNumbers();
    m_y->setRange(0, qMax(1.0, m_peak * 1.15));
    m_y->applyNiceNumbers();
}

int ThroughputChart::pointCount() const
{
    return m_points;
}

void ThroughputChart::updateTitle()
{
    const QString title = m_total == 0 ? tr("Throughput: nothing moved yet")
                                       : tr("Throughput: peak %1/s").arg(QLocale().formattedDataSize(qint64(m_peak * kMiB)));
    const QString tip = tr("%1 moved so far").arg(QLocale().formattedDataSize(m_total));
    if (toolTip() != tip)
        setToolTip(tip);
    if (chart()->title() != title)
        chart()->setTitle(title);
}

} // namespace pgcrossing
