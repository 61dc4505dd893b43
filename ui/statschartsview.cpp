#include "ui/statschartsview.h"

#include "models/pubstatsfeed.h"
#include "models/statscsv.h"
#include "ui/messagebox.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QToolTip>
#include <QValueAxis>
#include <functional>

namespace buttcloud {

using namespace std::chrono_literals;

// A chart view that reports the time under the mouse.
class StatsChartView final : public QChartView
{
public:
    StatsChartView(QChart *chart, QWidget *parent)
        : QChartView(chart, parent)
    {
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing);
    }

    std::function<void(const QDateTime &time, const QPoint &globalPosition)> onHover;

protected:
    void mouseMoveEvent(QMouseEvent *event) override
    {
        QChartView::mouseMoveEvent(event);
        const QPointF position = event->position();
        if (onHover && chart()->plotArea().contains(position)) {
            const QPointF value = chart()->mapToValue(position);
            onHover(QDateTime::fromMSecsSinceEpoch(qint64(value.x()), Qt::UTC), event->globalPosition().toPoint());
        }
    }
};

namespace {
constexpr double MiB = 1024.0 * 1024.0;
constexpr double KiB = 1024.0;
// Redraws are coalesced: one a second is what live samples need, and what keeps an hour of them cheap.
constexpr std::chrono::milliseconds RedrawDelay{200};

QString rangeLabel(std::chrono::seconds range)
{
    if (range < 1h)
        return StatsChartsView::tr("%n minute(s)", nullptr, int(range.count() / 60));
    if (range < 24h)
        return StatsChartsView::tr("%n hour(s)", nullptr, int(range.count() / 3600));
    return StatsChartsView::tr("%n day(s)", nullptr, int(range.count() / 86400));
}
}

StatsChartsView::StatsChartsView(PubStatsFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_rangeComboBox(new QComboBox(this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_hoverLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("statsChartsView"));
    m_rangeComboBox->setObjectName(QStringLiteral("rangeComboBox"));
    m_rangeComboBox->setAccessibleName(tr("Time range"));
    for (std::chrono::seconds range : ranges())
        m_rangeComboBox->addItem(rangeLabel(range), qint64(range.count()));
    m_pauseButton->setObjectName(QStringLiteral("pausePushButton"));
    m_pauseButton->setAccessibleName(tr("Pause live charts"));
    m_pauseButton->setCheckable(true);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_exportButton->setAccessibleName(tr("Export the shown samples as CSV"));
    m_hoverLabel->setObjectName(QStringLiteral("hoverValuesLabel"));
    m_hoverLabel->setAccessibleName(tr("Values under the mouse"));
    m_hoverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Range:"), this));
    controls->addWidget(m_rangeComboBox);
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_exportButton);
    controls->addWidget(m_hoverLabel, 1);

    m_charts = {
        createChart(tr("CPU"), tr("% of one core"), "cpuChartView", {{StatsMetric::CpuPercent, tr("CPU")}}, 1.0),
        createChart(tr("Memory"), tr("MiB"), "memoryChartView",
                    {{StatsMetric::MemoryBytes, tr("Used")}, {StatsMetric::MemoryLimitBytes, tr("Limit")}}, 1.0 / MiB),
        createChart(tr("Network"), tr("KiB/s"), "networkChartView",
                    {{StatsMetric::NetworkRxBytesPerSecond, tr("Received")},
                     {StatsMetric::NetworkTxBytesPerSecond, tr("Sent")}}, 1.0 / KiB),
        createChart(tr("Block I/O"), tr("KiB/s"), "blockIoChartView",
                    {{StatsMetric::BlockReadBytesPerSecond, tr("Read")},
                     {StatsMetric::BlockWriteBytesPerSecond, tr("Written")}}, 1.0 / KiB),
    };
    auto *grid = new QGridLayout;
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts.at(i).view, i / 2, i % 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);

    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(RedrawDelay);
    connect(&m_redrawTimer, &QTimer::timeout, this, [this] {
        if (!isPaused())
            redraw();
    });
    connect(m_feed, &PubStatsFeed::updated, this, &StatsChartsView::scheduleRedraw);
    connect(m_feed, &PubStatsFeed::historyFailed, m_hoverLabel, &QLabel::setText);
    connect(m_rangeComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_feed->setRange(ranges().value(index, ranges().constFirst()));
        redraw(); // a new range is drawn even while paused
    });
    connect(m_pauseButton, &QPushButton::toggled, this, &StatsChartsView::setPaused);
    connect(m_exportButton, &QPushButton::clicked, this, &StatsChartsView::chooseExportFile);
    m_feed->setRange(ranges().constFirst());
}

StatsChartsView::~StatsChartsView() = default;

QList<std::chrono::seconds> StatsChartsView::ranges()
{
    return {5min, 1h, 24h, 7 * 24h};
}

StatsChartsView::Chart StatsChartsView::createChart(const QString &title, const QString &unit, const char *objectName,
                                                    const QList<std::pair<StatsMetric, QString>> &lines, double scale)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // live data: animations only lag behind
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *timeAxis = new QDateTimeAxis(chart);
    timeAxis->setFormat(QStringLiteral("HH:mm"));
    timeAxis->setTickCount(5);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setTitleText(unit);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    Chart result{new StatsChartView(chart, this), {}};
    result.view->setObjectName(QString::fromLatin1(objectName));
    result.view->setAccessibleName(tr("%1 chart").arg(title));
    result.view->setMinimumSize(280, 180);
    result.view->onHover = [this](const QDateTime &time, const QPoint &globalPosition) {
        showHover(time);
        QToolTip::showText(globalPosition, m_hoverLabel->text(), this);
    };
    for (const auto &[metric, name] : lines) {
        auto *series = new QLineSeries(chart);
        series->setName(name);
        series->setUseOpenGL(false); // offscreen and remote desktops have no GL
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(valueAxis);
        result.lines.append({metric, scale, series});
    }
    return result;
}

bool StatsChartsView::isPaused() const
{
    return m_pauseButton->isChecked();
}

void StatsChartsView::setPaused(bool paused)
{
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume live charts") : tr("Pause live charts"));
    if (paused)
        m_redrawTimer.stop();
    else
        redraw();
}

void StatsChartsView::setRangeIndex(int index)
{
    m_rangeComboBox->setCurrentIndex(index);
}

QList<StatsSample> StatsChartsView::shownSamples() const
{
    return m_shown;
}

QString StatsChartsView::exportCsv(const QString &filePath) const
{
    return writeStatsCsv(filePath, m_shown);
}

void StatsChartsView::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Samples"), tr("pub-stats.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsv(path); !problem.isEmpty())
        MessageBox::warning(this, tr("Could not export the samples"), problem);
}

void StatsChartsView::scheduleRedraw()
{
    if (!isPaused() && !m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void StatsChartsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRedraw(); // the number of columns to downsample to changed
}

void StatsChartsView::redraw()
{
    const std::chrono::seconds range = ranges().value(m_rangeComboBox->currentIndex(), ranges().constFirst());
    const std::optional<StatsSample> latest = m_feed->series().latest();
    // The newest sample anchors the range, so a pub whose samples stopped still shows its last ones.
    m_shownTo = latest ? std::max(latest->time, QDateTime::currentDateTimeUtc()) : QDateTime::currentDateTimeUtc();
    m_shownFrom = m_shownTo.addSecs(-range.count());
    m_shown = m_feed->series().samples(m_shownFrom, m_shownTo);
    for (const Chart &chart : std::as_const(m_charts)) {
        // The plot area is not laid out yet when the axes change: the view's width bounds it.
        const int plotWidth = int(chart.view->chart()->plotArea().width());
        const int columns = std::max(1, plotWidth > 0 ? std::min(plotWidth, chart.view->width()) : chart.view->width());
        double highest = 0;
        for (const Line &line : chart.lines) {
            QList<QPointF> points = downsampleForDrawing(m_shown, line.metric, m_shownFrom, m_shownTo, columns);
            for (QPointF &point : points) {
                point.setY(point.y() * line.scale);
                highest = std::max(highest, point.y());
            }
            line.series->replace(points);
        }
        const QList<QAbstractAxis *> timeAxes = chart.view->chart()->axes(Qt::Horizontal);
        const QList<QAbstractAxis *> valueAxes = chart.view->chart()->axes(Qt::Vertical);
        auto *timeAxis = static_cast<QDateTimeAxis *>(timeAxes.constFirst());
        timeAxis->setRange(m_shownFrom.toLocalTime(), m_shownTo.toLocalTime());
        timeAxis->setFormat(range > 24h ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
        auto *valueAxis = static_cast<QValueAxis *>(valueAxes.constFirst());
        valueAxis->setLabelFormat(highest < 8 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        valueAxis->setRange(0.0, highest > 0 ? highest * 1.15 : 1.0);
        valueAxis->applyNiceNumbers(); // ticks at round values
    }
}

void StatsChartsView::showHover(const QDateTime &time)
{
    m_hoverLabel->setText(describeSampleNear(time));
}

QString StatsChartsView::describeSampleNear(const QDateTime &time) const
{
    if (m_shown.isEmpty())
        return {};
    const auto after = std::lower_bound(m_shown.cbegin(), m_shown.cend(), time,
                                        [](const StatsSample &sample, const QDateTime &t) { return sample.time < t; });
    auto nearest = after == m_shown.cend() ? after - 1 : after;
    if (after != m_shown.cbegin() && after != m_shown.cend()
        && (after - 1)->time.msecsTo(time) < time.msecsTo(after->time)) {
        nearest = after - 1;
    }
    const QLocale locale;
    const auto size = [&locale](double bytes) { return locale.formattedDataSize(qint64(bytes), 1); };
    return tr("%1 · CPU %2 % · Memory %3 of %4 · Network ↓ %5/s ↑ %6/s · Disk read %7/s, write %8/s")
        .arg(locale.toString(nearest->time.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
             locale.toString(nearest->value(StatsMetric::CpuPercent), 'f', 1),
             size(nearest->value(StatsMetric::MemoryBytes)), size(nearest->value(StatsMetric::MemoryLimitBytes)),
             size(nearest->value(StatsMetric::NetworkRxBytesPerSecond)),
             size(nearest->value(StatsMetric::NetworkTxBytesPerSecond)),
             size(nearest->value(StatsMetric::BlockReadBytesPerSecond)),
             size(nearest->value(StatsMetric::BlockWriteBytesPerSecond)));
}

}
