#pragma once

#include <QDialog>

namespace buttcloud {

// Version, the Qt it runs on, the licence as packaging/copyright states it, and where to find more.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QString licenceText();
};

}
