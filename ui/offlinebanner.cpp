#include "ui/offlinebanner.h"

#include "models/eventstream.h"

namespace buttcloud {

OfflineBanner::OfflineBanner(EventStream *stream, QWidget *parent)
    : QLabel(parent)
    , m_stream(stream)
{
    setObjectName(QStringLiteral("offlineBannerLabel"));
    setAccessibleName(tr("Live updates status"));
    setWordWrap(true);
    setMargin(6);
    // A warning colour that reads on light and dark themes; the text says the same in words.
    setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a; }"));
    connect(m_stream, &EventStream::stateChanged, this, &OfflineBanner::update);
    update();
}

OfflineBanner::~OfflineBanner() = default;

void OfflineBanner::update()
{
    switch (m_stream->state()) {
    case EventStream::State::Online:
        hide();
        return;
    case EventStream::State::Offline:
        if (!m_stream->isStarted()) {
            hide();
            return;
        }
        setText(tr("%1 Figures and statuses may be out of date; reconnecting…").arg(m_stream->statusMessage()));
        show();
        return;
    case EventStream::State::Connecting:
        if (!isHidden())
            setText(m_stream->statusMessage());
        return;
    }
}

}
