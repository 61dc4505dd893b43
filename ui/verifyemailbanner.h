#pragma once

#include <QFrame>

class QLabel;

namespace buttcloud {

class Session;

// A strip for a signed-in user whose email address is not verified yet, with a way to verify it.
// Hidden otherwise; follows the session as the user changes.
class VerifyEmailBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyEmailBanner)

public:
    explicit VerifyEmailBanner(Session *session, QWidget *parent = nullptr);
    ~VerifyEmailBanner() override;

Q_SIGNALS:
    void verifyRequested();

private:
    void update();

    Session *m_session;
    QLabel *m_label;
};

}
