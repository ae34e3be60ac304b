#pragma once
// `rescue lab serve` as a script runs it: start it, wait for the line that gives the address
// and the probe's serial, and collect what it printed when it ends. Every wait is bounded.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include "cli_runner.h"

// What a script does with `rescue lab serve`: start it, wait for the address line.
struct Served {
    QProcess process;
    quint16 port = 0;
    QString serial;
    QString firstLines;

    // With --json the address line comes on stderr (stdout carries only the final object).
    bool start(const QStringList& args) {
        if (args.contains("--json"))
            process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(RESCUE_CLI_PATH), args);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (process.canReadLine() || process.waitForReadyRead(500)) {
                while (process.canReadLine()) {
                    const QString line = QString::fromUtf8(process.readLine());
                    firstLines += line;
                    const auto m =
                        QRegularExpression(R"(on 127\.0\.0\.1:(\d+): \S+ \S+, serial (\w+))").match(line);
                    if (m.hasMatch()) {
                        port = static_cast<quint16>(m.captured(1).toUInt());
                        serial = m.captured(2);
                        return true;
                    }
                }
            }
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    // Waits for the end; kills it if it does not end in time.
    CliRun finish(int timeoutMs = 20000) {
        CliRun r;
        r.finished = process.waitForFinished(timeoutMs);
        if (!r.finished) {
            process.kill();
            process.waitForFinished(3000);
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        const bool errFirst = process.readChannel() == QProcess::StandardError;
        r.out = (errFirst ? QString() : firstLines) + QString::fromUtf8(process.readAllStandardOutput());
        r.err = (errFirst ? firstLines : QString()) + QString::fromUtf8(process.readAllStandardError());
        return r;
    }
};
