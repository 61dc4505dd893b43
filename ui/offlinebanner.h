#pragma once

#include <QLabel>

namespace buttcloud {

class EventStream;

// A strip that says live updates are offline, and why, while the stream is away. It stays up while
// the stream reconnects after an outage and does not flash on the first connection.
class OfflineBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineBanner)

public:
    explicit OfflineBanner(EventStream *stream, QWidget *parent = nullptr);
    ~OfflineBanner() override;

private:
    void update();

    EventStream *m_stream;
};

}
