#pragma once

#include "models/statssample.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace buttcloud {

// Samples as CSV: a header row (time, then every metric by its wire name), one row per sample,
// times in ISO-8601 UTC and numbers with a dot, whatever the locale, so spreadsheets and scripts
// read it the same everywhere.
QByteArray statsToCsv(const QList<StatsSample> &samples);

// Writes the CSV atomically (a half-written file never replaces an old one). Returns an empty
// string on success, otherwise why it failed, for people.
QString writeStatsCsv(const QString &filePath, const QList<StatsSample> &samples);

}
