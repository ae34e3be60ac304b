#pragma once
// Runs the `rescue` executable like a user's shell would, with a timeout, and captures
// stdout, stderr and the exit code.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runRescue(const QStringList& args, int timeoutMs = 60000) {
    QProcess p;
    p.start(QStringLiteral(RESCUE_CLI_PATH), args);
    CliRun r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
