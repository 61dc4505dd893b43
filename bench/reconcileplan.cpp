// The reconcile plan for a large synthetic fleet: 10,000 pubs over 700 hubs, with some drift.
// Prints the median time of several runs and the process's peak memory (RSS). Usage:
//   bench_reconcileplan [pubs] [hubs] [runs]
#include "orchestrator/reconcileplanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace buttcloud;

namespace {
// Peak resident memory of this process (VmHWM), in KiB; 0 when unknown.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression line(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QString pubId(int i)
{
    return QStringLiteral("p%1").arg(i, 11, 10, QLatin1Char('0'));
}

// Every 50th pub has no service, every 70th runs an old image, every 90th sits on a drained hub,
// every 40th is stopped (every 120th of those still runs); 100 orphans; 500 unfinished jobs.
ReconcileInput syntheticFleet(int pubs, int hubs)
{
    ReconcileInput input;
    input.now = 1'800'000'000'000;
    input.orphanGraceMs = 600'000;
    for (int h = 0; h < hubs; ++h) {
        const bool drained = h % 100 == 99;
        input.nodes.append(ObservedNode{QStringLiteral("node%1").arg(h), QStringLiteral("hub-%1").arg(h), QStringLiteral("ready"),
                                        drained ? QStringLiteral("drain") : QStringLiteral("active"), qint64(15) << 30, 4});
    }
    for (int i = 0; i < pubs; ++i) {
        DesiredPub pub;
        pub.id = pubId(i);
        pub.name = QStringLiteral("pub-%1").arg(i);
        pub.desiredState = i % 40 == 0 ? PubDesiredState::Stopped : PubDesiredState::Running;
        pub.spec = PubServiceSpec{pub.id, QStringLiteral("buttcloud/pub:16.0.1"), quint16(20000 + i % 40000),
                                  qint64(1) << 30, qint64(1) << 30, QStringLiteral("pubs.example.org"), QString(), 1};
        input.pubs.append(pub);
        if (i % 50 == 1)
            continue;
        ObservedPub service;
        service.pubId = pub.id;
        service.serviceId = QStringLiteral("svc") + pub.id;
        service.image = i % 70 == 3 ? QStringLiteral("buttcloud/pub:15.0.0") : pub.spec.image;
        service.replicas = pub.desiredState == PubDesiredState::Running || i % 120 == 0 ? 1 : 0;
        service.status = service.replicas > 0 ? PubStatus::Up : PubStatus::Down;
        service.nodeId = QStringLiteral("node%1").arg(i % 90 == 5 ? 99 : i % hubs);
        service.memoryLimitBytes = pub.spec.memoryLimitBytes;
        service.memoryReservationBytes = pub.spec.memoryReservationBytes;
        service.publishedPort = pub.spec.publishedPort;
        input.services.append(service);
    }
    for (int o = 0; o < 100; ++o) {
        ObservedPub orphan;
        orphan.pubId = QStringLiteral("orphan%1").arg(o, 6, 10, QLatin1Char('0'));
        orphan.serviceId = QStringLiteral("svc") + orphan.pubId;
        orphan.replicas = 1;
        input.services.append(orphan);
        input.orphanFirstSeen.insert(orphan.serviceId, input.now - (o % 2 ? 3'600'000 : 0));
    }
    for (int j = 0; j < 500; ++j) {
        JobRecord job;
        job.id = QStringLiteral("job%1").arg(j);
        job.kind = JobKind::PubStart;
        job.pubId = pubId(j * 17 % pubs);
        job.idempotencyKey = pubJobKey(job.kind, job.pubId);
        input.unfinishedJobs.append(job);
    }
    return input;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int pubs = arguments.value(1, QStringLiteral("10000")).toInt();
    const int hubs = std::max(1, arguments.value(2, QStringLiteral("700")).toInt());
    const int runs = std::max(1, arguments.value(3, QStringLiteral("9")).toInt());

    QElapsedTimer build;
    build.start();
    const ReconcileInput input = syntheticFleet(pubs, hubs);
    const qint64 buildMs = build.elapsed();

    QList<double> times;
    qsizetype differences = 0;
    qsizetype jobs = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<ReconcileDifference> plan = planReconcile(input);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        differences = plan.size();
        jobs = std::count_if(plan.cbegin(), plan.cend(), [](const ReconcileDifference &d) { return d.job.has_value(); });
    }
    std::sort(times.begin(), times.end());
    std::printf("reconcile plan: %d pubs, %d hubs, %d runs\n", pubs, hubs, runs);
    std::printf("  differences %lld, jobs to queue %lld\n", qlonglong(differences), qlonglong(jobs));
    std::printf("  input built in %lld ms\n", buildMs);
    std::printf("  plan time: median %.2f ms, min %.2f ms, max %.2f ms\n", times.at(times.size() / 2), times.first(), times.last());
    std::printf("  peak RSS: %.1f MiB\n", double(peakRssKiB()) / 1024.0);
    return 0;
}
