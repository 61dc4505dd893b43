#pragma once

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace buttcloud::test {

// Saves a grab where the screenshots go (BUTTCLOUD_SCREENSHOTS_DIR), and always into dir so the
// test can check it is a real picture.
inline QImage grabAndSave(QWidget *widget, const QString &fileName, const QTemporaryDir &dir)
{
    QTest::qWait(100); // let chart layouts settle after the last redraw
    const QImage image = widget->grab().toImage();
    image.save(dir.filePath(fileName));
    const QString screenshots = qEnvironmentVariable("BUTTCLOUD_SCREENSHOTS_DIR");
    if (!screenshots.isEmpty() && QDir().mkpath(screenshots))
        image.save(QDir(screenshots).filePath(fileName));
    return image;
}

}
