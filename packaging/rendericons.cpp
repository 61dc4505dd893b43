// rendericons: renders an SVG icon into the PNG sizes of the freedesktop hicolor theme, at build time,
// with Qt's own SVG image plugin (no other SVG renderer needed).
//
//   rendericons SVG OUTDIR NAME SIZE...   writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png
#include <QDir>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QStringList>

#include <cstdio>

namespace {
constexpr int ExitUsage = 2;
constexpr int MaximumSize = 1024;

void fail(const QString &message)
{
    std::fprintf(stderr, "rendericons: %s\n", qPrintable(message));
}

bool renderIcon(const QString &svgPath, const QString &outputDirectory, const QString &name, int size)
{
    QImageReader reader(svgPath, "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        fail(QStringLiteral("cannot render %1 at %2 px: %3").arg(svgPath).arg(size).arg(reader.errorString()));
        return false;
    }
    if (image.size() != QSize(size, size)) {
        fail(QStringLiteral("%1 rendered as %2x%3 px, not %4 px square: the icon must be square")
                 .arg(svgPath).arg(image.width()).arg(image.height()).arg(size));
        return false;
    }
    const QString directory = QStringLiteral("%1/%2x%2/apps").arg(outputDirectory).arg(size);
    const QString path = QStringLiteral("%1/%2.png").arg(directory, name);
    if (!QDir().mkpath(directory) || !image.save(path, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return false;
    }
    return true;
}
}

int main(int argc, char *argv[])
{
    // No display at build time, and none needed: the SVG plugin paints into a QImage.
    QCoreApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        fail(QStringLiteral("usage: rendericons SVG OUTDIR NAME SIZE..."));
        return ExitUsage;
    }
    const QString svgPath = arguments.at(1);
    const QString outputDirectory = arguments.at(2);
    const QString name = arguments.at(3);
    for (const QString &argument : arguments.mid(4)) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > MaximumSize) {
            fail(QStringLiteral("invalid size \"%1\": expected 1 to %2").arg(argument).arg(MaximumSize));
            return ExitUsage;
        }
        if (!renderIcon(svgPath, outputDirectory, name, size))
            return 1;
    }
    return 0;
}
