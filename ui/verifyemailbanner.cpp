#include "ui/verifyemailbanner.h"

#include "models/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace buttcloud {

VerifyEmailBanner::VerifyEmailBanner(Session *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("verifyEmailBanner"));
    setAccessibleName(tr("Email verification"));
    // The same colours as the offline banner: a notice, not an error.
    setStyleSheet(QStringLiteral("#verifyEmailBanner { background: #fff3cd; border-bottom: 1px solid #e0c36a; } "
                                 "#verifyEmailBanner QLabel { color: #5c4400; }"));
    m_label->setObjectName(QStringLiteral("verifyEmailBannerLabel"));
    m_label->setWordWrap(true);
    auto *button = new QPushButton(tr("&Verify…"), this);
    button->setObjectName(QStringLiteral("verifyEmailButton"));
    button->setAccessibleName(tr("Verify email address"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(button);

    connect(button, &QPushButton::clicked, this, &VerifyEmailBanner::verifyRequested);
    connect(m_session, &Session::signedIn, this, &VerifyEmailBanner::update);
    connect(m_session, &Session::userChanged, this, &VerifyEmailBanner::update);
    connect(m_session, &Session::signedOut, this, &VerifyEmailBanner::update);
    update();
}

VerifyEmailBanner::~VerifyEmailBanner() = default;

void VerifyEmailBanner::update()
{
    const bool unverified = m_session->isSignedIn() && !m_session->user().emailVerified;
    if (unverified)
        m_label->setText(tr("Your email address %1 is not verified yet. Open the link in the welcome mail, or choose Verify… and paste it.")
                             .arg(m_session->user().email));
    setVisible(unverified);
}

}
